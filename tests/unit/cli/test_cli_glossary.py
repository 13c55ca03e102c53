"""`jiaoliu slang` and `jiaoliu glossary` as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from tests.unit.cli.test_cli import run


def test_slang_detect_jsonl_gives_character_offsets(glossary_paths) -> None:  # type: ignore[no-untyped-def]
    lines = ["家人们，这家店绝绝子，yyds！", "This fit is fire, no cap.", "", "I created a middle layer to suspend it."]
    result = run(["slang", "detect", "--jsonl"], glossary_paths, "\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == len(lines)
    for line, matches in zip(lines, outputs, strict=True):
        for m in matches:
            assert set(m) == {"term", "start", "end", "entry_id", "meaning", "sense", "confidence"}
            assert 0 <= m["start"] < m["end"] <= len(line) and 0 < m["confidence"] <= 1
    assert {m["entry_id"] for m in outputs[0]} >= {"zh-juejuezi", "zh-yyds"}
    assert "no cap" in [lines[1][m["start"] : m["end"]] for m in outputs[1]]
    assert outputs[2] == [] and outputs[3] == []


def test_slang_detect_jsonl_gives_the_sense_chosen_in_context(glossary_paths) -> None:  # type: ignore[no-untyped-def]
    lines = ["明天考试还没复习，gg了", "gg今天的舞台太帅了", "过年在家嗑瓜子", "The conference swag was a tote bag."]
    result = run(["slang", "detect", "--jsonl"], glossary_paths, "\n".join(lines) + "\n")
    over, gege, seeds, swag = (json.loads(line) for line in result.stdout.splitlines())
    assert [(m["entry_id"], m["sense"]) for m in over + gege] == [("zh-gg", "over"), ("zh-gg", "gege")]
    assert "big brother" in gege[0]["meaning"].lower() and "big brother" not in over[0]["meaning"].lower()
    assert seeds == []  # 嗑瓜子 is cracking seeds, the literal reading: not slang
    assert (swag[0]["sense"], swag[0]["meaning"]) == ("merch", "活动或公司免费发放的周边（帆布袋、贴纸、T恤等）。")
    assert swag[0]["confidence"] > 0.9
    unsure = json.loads(run(["slang", "detect", "--jsonl", "swag"], glossary_paths).stdout)[0]
    assert unsure["sense"] == "style" and unsure["confidence"] < 0.6  # no cue: the first sense, and it says so


def test_slang_detect_argument(glossary_paths) -> None:  # type: ignore[no-untyped-def]
    result = run(["slang", "detect", "--jsonl", "ｙｙｄｓ"], glossary_paths)
    assert json.loads(result.stdout)[0]["entry_id"] == "zh-yyds"


def test_glossary_lookup(glossary_paths) -> None:  # type: ignore[no-untyped-def]
    found = json.loads(run(["glossary", "lookup", "YYDS", "--json"], glossary_paths).stdout)
    assert [e["id"] for e in found] == ["zh-yyds"] and found[0]["pinyin"] == "yǒng yuǎn de shén"
    assert json.loads(run(["glossary", "lookup", "永远的神", "--json"], glossary_paths).stdout)[0]["id"] == "zh-yyds"
    lines = run(["glossary", "lookup", "--jsonl"], glossary_paths, "slayed\nnot-a-term\n").stdout.splitlines()
    assert [e["id"] for e in json.loads(lines[0])] == ["en-slay"] and json.loads(lines[1]) == []
    missing = run(["glossary", "lookup", "not-a-term"], glossary_paths)
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1


def test_import_export_round_trip(glossary_paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "week1.csv"
    source.write_text(
        "term,meaning_en,example,example_translation\n上岸,passed the exam,他上岸了,He made it\n", encoding="utf-8"
    )
    imported = run(["glossary", "import", str(source), "--deck", "Week 1"], glossary_paths)
    assert imported.returncode == 0 and "Imported 1" in imported.stdout
    for fmt in ("csv", "json", "apkg"):
        out = tmp_path / f"week1.{fmt}"
        result = run(["glossary", "export", "--format", fmt, "--deck", "Week 1", str(out)], glossary_paths)
        assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "week1.json").read_text(encoding="utf-8"))
    assert data["entries"][0]["term"] == "上岸" and data["entries"][0]["pinyin"] == "shàng àn"
    with zipfile.ZipFile(tmp_path / "week1.apkg") as package:
        package.extract("collection.anki2", tmp_path)
    fields = sqlite3.connect(tmp_path / "collection.anki2").execute("select flds from notes").fetchone()[0]
    assert "上岸" in fields and "shàng àn" in fields and "他上岸了" in fields
    again = run(["glossary", "import", str(tmp_path / "week1.apkg"), "--deck", "Week 1 again"], glossary_paths)
    assert again.returncode == 0 and "Imported 1" in again.stdout


def test_malformed_import_is_refused_whole(glossary_paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text('{"entries": [{"term": "ok", "meaning_en": "fine"}, {"term": ""}]', encoding="utf-8")
    result = run(["glossary", "import", str(bad)], glossary_paths)
    assert result.returncode == 1 and "nothing imported" in result.stderr and "line" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    export = tmp_path / "all.json"
    run(["glossary", "export", "--format", "json", str(export)], glossary_paths)
    assert "bad" not in {e.get("deck") for e in [json.loads(export.read_text())]}
    corrupt = tmp_path / "broken.apkg"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip")
    assert run(["glossary", "import", str(corrupt)], glossary_paths).returncode == 1
