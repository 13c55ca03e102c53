"""`jiaoliu glossary import FILE [--deck NAME] [--on-conflict keep|replace]`: imports merge into a deck."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.cli.test_cli import call

FULL_CSV = (
    "term,lang,pinyin,meaning_en,meaning_zh,variants,register,tags,year,example,example_translation\n"
    "上岸,zh,shàng àn,passed the exam,考试通过,上岸了,playful,study,2019,他终于上岸了,He finally made it\n"
)


def deck_entries(tmp_path: Path, deck: str) -> dict[str, dict[str, Any]]:
    out = tmp_path / "check.json"
    status, _, err = call("glossary", "export", "--format", "json", "--deck", deck, str(out))
    assert status == 0, err
    return {e["term"]: e for e in json.loads(out.read_text(encoding="utf-8"))["entries"]}


@pytest.mark.usefixtures("glossary_paths")
def test_import_merges_and_follows_on_conflict(tmp_path: Path) -> None:
    full = tmp_path / "week1.csv"
    full.write_text(FULL_CSV, encoding="utf-8")
    status, out, err = call("glossary", "import", str(full), "--deck", "Week 1")
    assert status == 0, err
    assert out == "Imported 1 entry into the new deck “Week 1”: 1 added, 0 updated, 0 unchanged.\n"

    # The deck's own apkg export, re-imported without --deck: back into "Week 1", nothing lost or duplicated.
    package = tmp_path / "week1.apkg"
    assert call("glossary", "export", "--format", "apkg", "--deck", "Week 1", str(package))[0] == 0
    status, out, err = call("glossary", "import", str(package))
    assert status == 0, err
    assert out == "Imported 1 entry into “Week 1”: 0 added, 0 updated, 1 unchanged.\n"
    before = deck_entries(tmp_path, "Week 1")["上岸"]
    assert (before["register"], before["year"], before["variants"]) == (["playful"], 2019, ["上岸了"])

    # A sparse file with another meaning: kept by default, taken with --on-conflict replace.
    sparse = tmp_path / "sparse.csv"
    sparse.write_text("term,meaning_en\n上岸,got the job\n", encoding="utf-8")
    status, out, err = call("glossary", "import", str(sparse), "--deck", "week 1")
    assert status == 0, err
    assert out == (
        "Imported 1 entry into “Week 1”: 0 added, 0 updated, 1 unchanged; 1 with local edits kept (上岸): "
        "use --on-conflict replace to take the file's values.\n"
    )
    assert deck_entries(tmp_path, "Week 1")["上岸"] == before
    status, out, err = call("glossary", "import", str(sparse), "--deck", "Week 1", "--on-conflict", "replace")
    assert status == 0, err
    assert out == (
        "Imported 1 entry into “Week 1”: 0 added, 1 updated, 0 unchanged; "
        "1 with local edits replaced by the file's values.\n"
    )
    after = deck_entries(tmp_path, "Week 1")["上岸"]
    assert after == {**before, "meaning_en": "got the job"}  # register, year, forms, examples untouched


def test_on_conflict_takes_only_keep_or_replace(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import build_parser

    args = build_parser().parse_args(["glossary", "import", "week1.csv"])
    assert (args.on_conflict, args.deck) == ("keep", None)
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["glossary", "import", "week1.csv", "--on-conflict", "overwrite"])
    assert exited.value.code == 2 and "invalid choice: 'overwrite'" in capsys.readouterr().err
