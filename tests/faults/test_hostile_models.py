"""Hostile model packages, built at test time from a real tiny package, installed with the real command line.

Each is refused at install time in one sentence (no traceback, exit status 1, in seconds), leaves nothing
installed, replaced or in a temp folder; a package damaged on disk never breaks listing, removal or translation.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fixtures.tiny_argos import build_package

pytestmark = pytest.mark.slow

TIME_LIMIT_S = 60  # per command, on a busy two-core machine; a refusal itself takes about a second


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("hostile-models")
    return {f"{a}_{b}": build_package(out / f"{a}_{b}.argosmodel", a, b) for a, b in (("en", "zh"), ("zh", "en"))}


@pytest.fixture
def cli(glossary_paths, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:  # type: ignore[no-untyped-def]
    """`jiaoliu ARGS` as a person runs it, with a private temp folder (so leftovers can be seen)."""
    temp = tmp_path / "tmp"
    temp.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "JIAOLIU_DATA_DIR": str(glossary_paths.data), "TMPDIR": str(temp)}
        env["PYTHONIOENCODING"] = "utf-8"
        start = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=TIME_LIMIT_S
        )
        result.elapsed = time.monotonic() - start  # type: ignore[attr-defined]
        return result

    run.data = glossary_paths.data  # type: ignore[attr-defined]
    run.temp = temp  # type: ignore[attr-defined]
    return run


def _edited(source: Path, out: Path, edit: Callable[[str, bytes], tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as written:
        for info in archive.infolist():
            name, data = edit(info.filename, archive.read(info))
            written.writestr(name, data)
    return out


def _metadata(**changes: object) -> Callable[[str, bytes], tuple[str, bytes]]:
    def edit(name: str, data: bytes) -> tuple[str, bytes]:
        if name.endswith("/metadata.json"):
            data = json.dumps(json.loads(data) | changes).encode()
        return name, data

    return edit


def _garbage(suffix: str) -> Callable[[str, bytes], tuple[str, bytes]]:
    return lambda name, data: (name, b"\xff" * 4096 if name.endswith(suffix) else data)


def _named_like_zh_en(name: str, data: bytes) -> tuple[str, bytes]:
    return name.replace("translate-en_zh-1_0", "translate-zh_en-1_0"), data


HOSTILE: dict[str, tuple[Callable[[str, bytes], tuple[str, bytes]], str]] = {
    "name_is_a_number": (_metadata(from_name=5), "its metadata.json gives from_name as 5, which is not text"),
    "garbage_model_bin": (_garbage("/model/model.bin"), "its CTranslate2 model (model/) cannot be loaded"),
    "garbage_tokenizer": (_garbage("/sentencepiece.model"), "its tokenizer (sentencepiece.model) cannot be loaded"),
    "garbage_config": (_garbage("/model/config.json"), "its model/config.json is not valid JSON"),
    "named_like_the_other_direction": (_named_like_zh_en, "it is named 'translate-zh_en-1_0', but its metadata.json"),
}


def _tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its bytes: "nothing installed, nothing replaced" in one value."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _leftovers(cli) -> list[str]:  # type: ignore[no-untyped-def]
    models = Path(cli.data) / "models"
    found = [p.name for p in models.glob(".staging-*")] + [p.name for p in models.glob(".trash-*")]
    found += [p.name for p in models.rglob("*.part")] + [p.name for p in Path(cli.data).rglob("*.tmp")]
    return found + [p.name for p in Path(cli.temp).iterdir() if p.name != "jieba.cache"]  # jieba's own cache


def _refused(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jiaoliu: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert result.elapsed < TIME_LIMIT_S  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_package_is_refused_at_install(case: str, cli, packages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    edit, message = HOSTILE[case]
    assert cli("models", "install-file", str(packages["zh_en"])).returncode == 0
    packages_dir = Path(cli.data) / "models" / "packages"
    before = _tree(packages_dir)
    hostile = _edited(packages["en_zh"], tmp_path / f"{case}.argosmodel", edit)
    result = cli("models", "install-file", str(hostile))
    _refused(result, f"Cannot install {hostile.name}: ", message)
    assert _tree(packages_dir) == before  # nothing installed, the zh→en model untouched
    assert _leftovers(cli) == []
    listed = cli("models", "list")
    assert listed.returncode == 0 and [line.split("\t")[0] for line in listed.stdout.splitlines()] == [
        "translate-zh_en"
    ]
    assert cli("translate", "--from", "zh", "谢谢。").stdout.strip() == "Thank you."


def test_a_second_model_for_the_same_direction_needs_replace(cli, packages) -> None:  # type: ignore[no-untyped-def]
    assert cli("models", "install-file", str(packages["en_zh"])).returncode == 0
    packages_dir = Path(cli.data) / "models" / "packages"
    before = _tree(packages_dir)
    result = cli("models", "install-file", str(packages["en_zh"]))
    _refused(result, "the English→Chinese model (translate-en_zh 1.0) is already installed; add --replace")
    assert _tree(packages_dir) == before and _leftovers(cli) == []
    replaced = cli("models", "install-file", "--replace", str(packages["en_zh"]))
    assert replaced.returncode == 0 and replaced.stdout.startswith("Installed translate-en_zh 1.0")
    assert _tree(packages_dir) == before and _leftovers(cli) == []


DAMAGED_ON_DISK: dict[str, Callable[[Path], None]] = {
    "name_is_a_number": lambda f: (f / "metadata.json").write_text(
        json.dumps(json.loads((f / "metadata.json").read_text("utf-8")) | {"from_name": 5}), "utf-8"
    ),
    "metadata_unreadable": lambda f: (f / "metadata.json").write_bytes(b"\xff\xfe{"),
    "model_missing": lambda f: (f / "model" / "model.bin").unlink(),
    "config_garbage": lambda f: (f / "model" / "config.json").write_bytes(b"\xff" * 64),
    "model_garbage": lambda f: (f / "model" / "model.bin").write_bytes(b"\xff" * 4096),
    "tokenizer_garbage": lambda f: (f / "sentencepiece.model").write_bytes(b"\xff" * 4096),
}


@pytest.mark.parametrize("case", DAMAGED_ON_DISK)
def test_a_package_damaged_on_disk_breaks_nothing(case: str, cli, packages) -> None:  # type: ignore[no-untyped-def]
    assert cli("models", "install-file", str(packages["en_zh"])).returncode == 0
    folder = Path(cli.data) / "models" / "packages" / "translate-en_zh-1_0"
    DAMAGED_ON_DISK[case](folder)

    listed = cli("models", "list")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    (line,) = listed.stdout.splitlines()
    assert str(folder) in line and "\tdamaged: " in line

    refused = cli("translate", "Hello.")
    _refused(refused, "No en→zh translation model is installed", "--gloss")
    glossed = cli("translate", "--gloss", "--json", "我们去银行。")
    assert glossed.returncode == 0, glossed.stderr
    assert "银行(bank)" in json.loads(glossed.stdout)["target"]

    installed = cli("models", "install-file", str(packages["en_zh"]))  # a damaged model is replaced only if asked
    _refused(installed, "a damaged ", "add --replace")

    again = cli("models", "install-file", "--replace", str(packages["en_zh"]))  # asked: the damaged one goes
    assert again.returncode == 0, again.stderr
    assert cli("translate", "Hello.").stdout.strip() == "你好。"
    DAMAGED_ON_DISK[case](folder)
    name = line.split("\t")[0]
    removed = cli("models", "remove", name)
    assert removed.returncode == 0 and removed.stdout == f"Removed {name}.\n", removed.stderr
    assert not folder.exists() and cli("models", "list").stdout == "" and _leftovers(cli) == []


def test_a_model_that_only_fails_when_loaded_still_gives_the_gloss(cli, packages) -> None:  # type: ignore[no-untyped-def]
    """A cut-off model.bin passes the quick checks of `models list`; loading it fails, in one line, and --gloss
    then glosses (saying why) instead of failing."""
    assert cli("models", "install-file", str(packages["en_zh"])).returncode == 0
    model = Path(cli.data) / "models" / "packages" / "translate-en_zh-1_0" / "model" / "model.bin"
    model.write_bytes(model.read_bytes()[: model.stat().st_size // 2])
    _refused(cli("translate", "--from", "en", "--to", "zh", "Hello."), "could not be loaded")
    glossed = cli("translate", "--gloss", "--json", "--from", "en", "--to", "zh", "Hello.")
    assert glossed.returncode == 0, glossed.stderr
    data = json.loads(glossed.stdout)
    assert data["engine"]["kind"] == "dictionary-gloss" and "could not be loaded" in data["engine"]["hint"]
    assert data["sentences"][0]["flags"] == ["gloss"]
