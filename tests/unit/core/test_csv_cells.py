"""Formula cells are neutralised in CSV exports and restored on import, losslessly."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.core.csv_cells import neutralise, restore
from app.core.slang import Example, SlangEntry
from app.services.glossary_io import read_file, write_csv

ATTACKS = ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "\tx", "\r=1"]


def test_formula_cells_become_text() -> None:
    for cell in ATTACKS:
        assert neutralise(cell).startswith("'") and restore(neutralise(cell)) == cell
    assert neutralise("yyds") == "yyds" and neutralise("'quoted") == "'quoted"


@given(st.text(alphabet=st.sampled_from("'=+-@\t\rab 你"), max_size=8))
def test_round_trip_is_lossless(cell: str) -> None:
    assert restore(neutralise(cell)) == cell
    assert not neutralise(cell).lstrip("'").startswith(("=", "+", "-", "@", "\t", "\r")) or neutralise(cell)[0] == "'"


def test_glossary_csv_export_is_safe_and_reimports_unchanged(tmp_path: Path) -> None:
    entry = SlangEntry(
        id="",
        term='=HYPERLINK("http://evil")',
        lang="en",
        variants=("@cmd",),
        pinyin=None,
        literal="-2+3",
        meaning_en="+cmd|' /C calc'!A0",
        meaning_zh="公式",
        register=("neutral",),
        examples=(Example('=HYPERLINK("http://evil") here', "这里"),),
        tags=("test",),
        year=2025,
        related=(),
    )
    path = tmp_path / "deck.csv"
    write_csv([entry], path)
    text = path.read_text(encoding="utf-8-sig")
    assert "\n=" not in text and ",=" not in text and ",+" not in text and ",-2" not in text
    back = read_file(path).entries[0]
    assert (back.term, back.literal, back.meaning_en, back.variants) == (
        entry.term,
        entry.literal,
        entry.meaning_en,
        entry.variants,
    )
