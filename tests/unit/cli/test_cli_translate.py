"""`jiaoliu translate` and `jiaoliu models` as a user runs them, with tiny real models, offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.tiny_argos import build_package
from tests.unit.cli.test_cli import run


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pkgs")
    return {f"{a}_{b}": build_package(out / f"{a}_{b}.argosmodel", a, b) for a, b in (("en", "zh"), ("zh", "en"))}


def test_without_a_model_translate_explains_and_gloss_falls_back(glossary_paths) -> None:  # type: ignore[no-untyped-def]
    result = run(["translate", "我们去银行。"], glossary_paths)
    assert result.returncode == 1 and "No zh→en translation model" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    gloss = run(["translate", "--gloss", "--json", "我们去银行。"], glossary_paths)
    data = json.loads(gloss.stdout)
    assert data["engine"] == {"name": "dictionary gloss", "kind": "dictionary-gloss", "where": "this-computer"}
    assert "银行(bank)" in data["target"]


def test_install_translate_and_remove(glossary_paths, packages) -> None:  # type: ignore[no-untyped-def]
    for path in packages.values():
        assert run(["models", "install-file", str(path)], glossary_paths).returncode == 0
    listed = run(["models", "list"], glossary_paths).stdout
    assert "translate-en_zh\t1.0" in listed and "translate-zh_en\t1.0" in listed
    assert run(["translate", "Hello. I love cats."], glossary_paths).stdout.strip() == "你好。我爱猫。"
    data = json.loads(run(["translate", "--json", "--from", "zh", "谢谢。家人们，yyds！"], glossary_paths).stdout)
    assert data["direction"] == "zh-en" and data["sentences"][0]["tgt"] == "Thank you."
    assert [n["entry_id"] for n in data["slang"]] == ["zh-jiarenmen", "zh-yyds"]
    assert set(data) == {"source", "target", "direction", "sentences", "slang", "engine", "model"}
    lines = run(["translate", "--jsonl"], glossary_paths, "Hello.\n\n我爱猫。谢谢。\n").stdout.splitlines()
    rows = [json.loads(line) for line in lines]  # one object per sentence, in order, with its input line
    assert [(r["line"], r["src"], r["tgt"]) for r in rows] == [
        (1, "Hello.", "你好。"),
        (3, "我爱猫。", "I love cats."),
        (3, "谢谢。", "Thank you."),
    ]
    assert run(["models", "remove", "translate-en_zh"], glossary_paths).returncode == 0
    assert "translate-en_zh" not in run(["models", "list"], glossary_paths).stdout
    assert run(["translate", "Hello."], glossary_paths).returncode == 1


def test_bad_model_files_are_refused_in_one_line(glossary_paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.argosmodel"
    junk.write_bytes(b"this is not a zip file")
    result = run(["models", "install-file", str(junk)], glossary_paths)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert run(["models", "list"], glossary_paths).stdout == ""
    missing = run(["models", "install-file", str(tmp_path / "nope.argosmodel")], glossary_paths)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


def test_available_offline_without_an_index_is_empty(glossary_paths) -> None:  # type: ignore[no-untyped-def]
    result = run(["models", "available", "--offline"], glossary_paths)
    assert result.returncode == 0 and result.stdout == ""
