"""Glossary import and export: round trips through CSV, JSON and .apkg, and all-or-nothing imports of bad files."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import genanki
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.slang import Example, Sense, SlangEntry, load_bundled
from app.services import glossary_io as gio
from app.services.glossary_io import ImportProblem

COMPARED = ("term", "lang", "pinyin", "meaning_en", "meaning_zh", "literal", "examples", "tags", "senses")


def make(**changes: Any) -> SlangEntry:
    fields: dict[str, Any] = {
        "id": "zh-yyds",
        "term": "yyds",
        "lang": "zh",
        "variants": ("YYDS", "永远的神"),
        "pinyin": "yǒng yuǎn de shén",
        "literal": "forever's god",
        "meaning_en": 'The GOAT; "the best ever", said of people & things.',
        "meaning_zh": "永远的神，夸某人或某物最棒。",
        "register": ("playful",),
        "examples": (
            Example("这家火锅yyds！", "This hotpot place is the GOAT!"),
            Example("梅西yyds, 不接受反驳。", "Messi is the GOAT, no arguments."),
        ),
        "tags": ("abbreviation", "praise"),
        "year": 2019,
        "related": ("zh-juejuezi",),
        "detect_alone": True,
    }
    fields.update(changes)
    return SlangEntry(**fields)


SAMPLE = [
    make(),
    make(
        id="zh-juan",
        term="卷",
        variants=("内卷", "卷起来"),
        pinyin="juǎn",
        literal="to roll",
        meaning_en="Cut-throat competition,\nwith a second line.",
        meaning_zh="内卷；过度竞争",
        register=("neutral", "sarcastic"),
        examples=(Example("大家都太卷了。", "Everyone is competing way too hard."),),
        tags=("work", "study"),
        year=2020,
        related=(),
        detect_alone=False,
    ),
    make(
        id="en-no-cap",
        term="no cap",
        lang="en",
        variants=("nocap",),
        pinyin=None,
        literal="没有帽子",
        meaning_en="For real, no lie.",
        meaning_zh="说真的，不骗你。",
        examples=(Example("That was the best pizza ever, no cap.", "那是我吃过最好吃的披萨，真的。"),),
        tags=(),
        year=2018,
        related=(),
    ),
]


NOTES = make(
    id="zh-biji",
    term="笔记",
    variants=("发笔记",),
    pinyin="bǐ jì",
    literal="notes",
    meaning_en="A RedNote post; also ordinary notes.",
    meaning_zh="小红书的帖子；也是普通的笔记。",
    register=("neutral",),
    examples=(Example("第一次发笔记", "My first post"),),
    tags=("platform",),
    related=(),
    senses=(
        Sense(
            "post",
            "A post on RedNote.",
            "小红书上的帖子。",
            "帖子",
            ("neutral",),
            (Example("第一次发笔记", "My first post"), Example("这篇笔记火了", "This post blew up")),
            ("小红书", "发~"),
        ),
        Sense("notes", "Class notes; not slang.", "上课的笔记。", "", ("neutral",), (), ("上课", "记~"), literal=True),
    ),
)


def test_senses_survive_every_format(tmp_path: Path) -> None:
    entries = [*SAMPLE, NOTES]
    gio.write_csv(entries, tmp_path / "s.csv")
    gio.write_json(entries, tmp_path / "s.json", "Senses")
    gio.write_apkg(entries, tmp_path / "s.apkg", "Senses")
    assert gio.read_file(tmp_path / "s.json").entries == entries
    for name in ("s.csv", "s.apkg"):
        read = gio.read_file(tmp_path / name).entries
        assert [compared(e) for e in read] == [compared(e) for e in entries], name
        assert read[-1].senses[1].literal and read[-1].senses[0].cues == ("小红书", "发~")


def test_csv_is_one_row_per_sense_with_the_entry_key(tmp_path: Path) -> None:
    gio.write_csv([SAMPLE[0], NOTES], tmp_path / "s.csv")
    with (tmp_path / "s.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["key"], r["sense"], r["sense_literal"]) for r in rows] == [
        ("zh-yyds", "main", ""),
        ("zh-biji", "post", "false"),
        ("zh-biji", "notes", "true"),
    ]
    assert rows[1]["term"] == rows[2]["term"] == "笔记" and rows[2]["sense_meaning_en"] == "Class notes; not slang."


def test_csv_rows_are_grouped_by_key_and_old_csvs_still_import() -> None:
    text = (
        "key,term,meaning_en,sense,sense_meaning_en,sense_plain,sense_literal,sense_cues\n"
        "k1,拔草,two opposite senses,cured,no longer wanting it,打消念头,,差评; 避雷\n"
        "k2,yyds,the GOAT,,,,,\n"
        "k1,,,bought,finally bought it,亲自体验,no,终于\n"
    )
    bacao, yyds = gio.read_csv(text.encode()).entries
    assert [s.id for s in bacao.senses] == ["cured", "bought"] and bacao.meaning_en == "two opposite senses"
    assert bacao.senses[0].cues == ("差评", "避雷") and bacao.senses[1].plain == "亲自体验"
    assert yyds.senses == () and [s.id for s in yyds.all_senses] == ["main"]
    old = gio.read_csv("term,meaning_en\n拔草,over it\n上岸,passed\n".encode()).entries
    assert [(e.term, e.senses) for e in old] == [("拔草", ()), ("上岸", ())]


def test_csv_sense_problems_name_their_lines_and_nothing_is_imported() -> None:
    text = (
        "key,term,meaning_en,sense,sense_meaning_en,sense_literal\n"
        "k1,笔记,post,post,a post,\n"
        "k1,笔迹,,Bad Id!,handwriting,maybe\n"
        "k2,嗑,ship,seeds,cracking seeds,yes\n"
        "k1,,,post,again,\n"
    )
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(text.encode())
    assert problems_of(excinfo) == [
        "line 3: key 'k1' has term '笔迹' here but '笔记' on line 2",
        "line 3: sense id 'bad id!' must be lowercase letters, digits and hyphens (post, notes)",
        "line 3: 'literal' must be true or false, not 'maybe'",
        "line 5: sense id 'post' is used twice",
        "line 4: every sense is literal; at least one must be the slang reading",
    ]


def test_json_sense_problems_are_named() -> None:
    items = [
        {"term": "gg", "meaning_en": "over", "senses": [{"id": "over", "meaning_en": "done for", "colour": 1}]},
        {"term": "OP", "meaning_en": "x", "senses": "poster"},
        {"term": "swag", "meaning_zh": "范儿", "senses": [{"id": "style"}, {"id": "merch", "register": ["rude"]}]},
    ]
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_json(json.dumps(items).encode())
    assert problems_of(excinfo) == [
        "entry 1 ('gg') sense 1: unknown sense field(s) 'colour'",
        "entry 2 ('OP'): 'senses' must be a list of objects",
        "entry 3 ('swag') sense 1: the sense has no meaning: add 'meaning_en' or 'meaning_zh'",
        "entry 3 ('swag') sense 2: the sense has no meaning: add 'meaning_en' or 'meaning_zh'",
        "entry 3 ('swag') sense 2: unknown register rude; use affectionate, dated, neutral, offensive, playful, "
        "sarcastic, self-deprecating, vulgar",
    ]


def test_apkg_notes_show_the_senses_and_keep_them_for_re_import(tmp_path: Path) -> None:
    gio.write_apkg([NOTES], tmp_path / "n.apkg", "Senses")
    with zipfile.ZipFile(tmp_path / "n.apkg") as archive:
        (tmp_path / "c.db").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "c.db")
    fields = conn.execute("SELECT flds FROM notes").fetchone()[0].split("\x1f")
    conn.close()
    shown = dict(zip(gio.ANKI_FIELDS, fields, strict=True))["Senses"]
    assert shown == "<ol><li>A post on RedNote.</li><li class=literal>Class notes; not slang.</li></ol>"


def compared(entry: SlangEntry) -> tuple[Any, ...]:
    return tuple(getattr(entry, name) for name in COMPARED)


def problems_of(excinfo: pytest.ExceptionInfo[ImportProblem]) -> list[str]:
    return excinfo.value.errors


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- round trips -------------------------------------------------------------------------------------------


def test_json_round_trip_is_exact(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    gio.write_json(SAMPLE, path, deck_name="Week 3")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"], document["deck"]) == ("jiaoliu-glossary", 1, "Week 3")
    deck = gio.read_file(path)
    assert deck.name == "Week 3" and deck.entries == SAMPLE
    assert [p.name for p in tmp_path.iterdir()] == ["mine.json"]  # no temp file left behind


def test_csv_round_trip_keeps_everything_but_ids_and_related(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    gio.write_csv(SAMPLE, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read Chinese as UTF-8
    assert raw[3:].split(b"\r\n")[0].decode() == ",".join(gio.CSV_COLUMNS)
    deck = gio.read_file(path)
    assert deck.name is None
    for before, after in zip(SAMPLE, deck.entries, strict=True):
        assert compared(after) == compared(before)
        assert (after.variants, after.register, after.year, after.detect_alone) == (
            before.variants,
            before.register,
            before.year,
            before.detect_alone,
        )
        assert after.id.startswith("user-") and len(after.id) == len("user-") + 12


def test_apkg_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "mine.apkg"
    gio.write_apkg(SAMPLE, path, "Week 3")
    deck = gio.read_file(path)
    assert deck.name == "Week 3"
    assert deck.entries == SAMPLE  # exact: the hidden EntryData field carries register, year, forms …
    assert [p.name for p in tmp_path.iterdir()] == ["mine.apkg"]


def test_apkg_notes_hold_pinyin_and_examples(tmp_path: Path) -> None:
    path = tmp_path / "mine.apkg"
    gio.write_apkg(SAMPLE, path, "Week 3")
    with zipfile.ZipFile(path) as archive:
        assert "collection.anki2" in archive.namelist()
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    notes = [row[0].split("\x1f") for row in conn.execute("SELECT flds FROM notes ORDER BY id")]
    models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
    conn.close()
    (model,) = models.values()
    assert model["name"] == "Jiaoliu Slang"
    assert [f["name"] for f in model["flds"]] == list(gio.ANKI_FIELDS)
    term, pinyin, meaning, own, _literal, examples, tags, senses, sense_data, entry_data = notes[0]
    assert (senses, sense_data) == ("", "")  # one implicit sense: the note's own fields say it all
    hidden = json.loads(entry_data.replace("&quot;", '"'))  # what no shown field says, for a lossless re-import
    assert hidden["register"] == ["playful"] and hidden["year"] == 2019 and hidden["variants"] == ["YYDS", "永远的神"]
    assert (term, pinyin) == ("yyds", "yǒng yuǎn de shén")
    assert meaning == "The GOAT; &quot;the best ever&quot;, said of people &amp; things."  # escaped for Anki
    assert own == "永远的神，夸某人或某物最棒。"
    assert "<li>这家火锅yyds！<br>" in examples and "This hotpot place is the GOAT!" in examples
    assert tags == "abbreviation praise"
    assert notes[2][2] == "说真的，不骗你。"  # an English term's Meaning is the Chinese one


def test_apkg_ids_are_stable_per_deck_name(tmp_path: Path) -> None:
    def ids(path: Path) -> tuple[set[str], set[str]]:
        with zipfile.ZipFile(path) as archive:
            (tmp_path / "c.db").write_bytes(archive.read("collection.anki2"))
        conn = sqlite3.connect(tmp_path / "c.db")
        models, decks = (json.loads(v) for v in conn.execute("SELECT models, decks FROM col").fetchone())
        conn.close()
        return set(models), set(decks) - {"1"}

    gio.write_apkg(SAMPLE, tmp_path / "a.apkg", "Week 3")
    gio.write_apkg(SAMPLE[:1], tmp_path / "b.apkg", "Week 3")
    gio.write_apkg(SAMPLE, tmp_path / "c.apkg", "Week 4")
    assert ids(tmp_path / "a.apkg") == ids(tmp_path / "b.apkg") != ids(tmp_path / "c.apkg")


def test_the_bundled_glossary_survives_every_format(tmp_path: Path) -> None:
    bundled = load_bundled()
    gio.write_json(bundled, tmp_path / "all.json")
    gio.write_csv(bundled, tmp_path / "all.csv")
    gio.write_apkg(bundled, tmp_path / "all.apkg", "Everything")
    assert gio.read_file(tmp_path / "all.json").entries == bundled
    for name in ("all.csv", "all.apkg"):
        assert [compared(e) for e in gio.read_file(tmp_path / name).entries] == [compared(e) for e in bundled]


def test_file_extensions_are_case_insensitive(tmp_path: Path) -> None:
    gio.write_csv(SAMPLE, tmp_path / "A.CSV")
    gio.write_json(SAMPLE, tmp_path / "B.Json")
    gio.write_apkg(SAMPLE, tmp_path / "C.APKG", "C")
    for name in ("A.CSV", "B.Json", "C.APKG"):
        assert len(gio.read_file(tmp_path / name).entries) == 3


def test_other_extensions_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_file(write(tmp_path / "deck.xlsx", "term,meaning\nyyds,GOAT\n"))
    assert "choose a .csv, .json or .apkg file" in problems_of(excinfo)[0]


# --- CSV imports -------------------------------------------------------------------------------------------


def test_minimal_term_meaning_csv_gets_defaults(tmp_path: Path) -> None:
    path = write(tmp_path / "mini.csv", "Term,Meaning\n绝绝子,absolutely amazing\nno cap,说真的\n内卷,内部的过度竞争\n")
    a, b, c = gio.read_file(path).entries
    assert (a.lang, a.meaning_en, a.meaning_zh, a.pinyin) == ("zh", "absolutely amazing", "", None)
    assert (b.lang, b.meaning_en, b.meaning_zh) == ("en", "", "说真的")
    # A Chinese gloss of a Chinese term goes where its script says, not blindly into the other language.
    assert (c.meaning_en, c.meaning_zh) == ("", "内部的过度竞争")
    assert a.register == ("neutral",) and a.year == date.today().year and a.detect_alone
    assert (a.variants, a.tags, a.related, a.examples, a.literal) == ((), (), (), (), "")


def test_csv_errors_name_physical_lines_and_nothing_is_imported(tmp_path: Path) -> None:
    text = (
        "term,lang,meaning_en,example,example_translation\n"  # line 1
        'yyds,zh,the GOAT,"这家火锅yyds！\n'  # line 2: a quoted example running onto line 3
        '梅西yyds",This hotpot is the GOAT!\n'  # line 3
        ",zh,no term here,,\n"  # line 4
        "\n"  # line 5: blank lines are skipped but still counted
        "卷,zh,competition,,\n"  # line 6
        "tea,fr,gossip,,\n"  # line 7
    )
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_file(write(tmp_path / "bad.csv", text))
    assert problems_of(excinfo) == ["line 4: 'term' is empty", "line 7: 'lang' must be \"zh\" or \"en\", not 'fr'"]


def test_csv_missing_required_columns_are_named(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(b"lang,meaning_en\nzh,GOAT\n")
    assert problems_of(excinfo) == ["line 1: missing the required column 'term'"]
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(b"term,lang,notes\nyyds,zh,x\n")
    assert problems_of(excinfo) == [
        "line 1: unknown column(s) 'notes'",
        "line 1: missing a meaning column: 'meaning_en', 'meaning_zh' or 'meaning'",
    ]


def test_csv_without_a_header_row_is_explained() -> None:
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv("yyds,永远的神\n绝绝子,amazing\n".encode())
    assert "the first row must name the columns" in problems_of(excinfo)[0]


def test_csv_unquoted_comma_is_caught() -> None:
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(b"term,meaning\nyyds,the GOAT, the best\n")
    assert problems_of(excinfo) == ["line 2: 3 cells but only 2 columns (put quotes around text that contains a comma)"]


def test_csv_bad_cells_are_all_reported() -> None:
    text = (
        "term;pinyin;meaning_en;register;year;detect_alone;example;example_translation\n"
        "yyds;yong3 yuan3 de shen2;GOAT;playful；sarcastic;2019;no;;\n"
        "绝绝子;not pinyin 好;amazing;cute;20x1;maybe;;a translation alone\n"
        "no cap;;;;;;;\n"
    )
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(text.encode())
    assert problems_of(excinfo) == [
        "line 3: 'pinyin' does not look like pinyin: 'not pinyin 好'",
        "line 3: unknown register cute; use affectionate, dated, neutral, offensive, playful, sarcastic, "
        "self-deprecating, vulgar",
        "line 3: example 1 has no text",
        "line 3: 'year' must be a year such as 2021, not '20x1'",
        "line 3: 'detect_alone' must be true or false, not 'maybe'",
        "line 4: no meaning: 'meaning_en' empty",
    ]


def test_csv_semicolons_lists_and_numbered_pinyin() -> None:
    text = (
        "term;pinyin;meaning_en;register;variants;detect_alone\n"
        "yyds;yong3 yuan3 de shen2;GOAT;playful；sarcastic;YYDS； 永远的神;no\n"
    )
    (entry,) = gio.read_csv(text.encode()).entries
    assert entry.pinyin == "yǒng yuǎn de shén"
    assert entry.register == ("playful", "sarcastic")
    assert entry.variants == ("YYDS", "永远的神") and entry.detect_alone is False


def test_csv_multiple_examples_pair_up_by_line() -> None:
    text = 'term,meaning_en,example,example_translation\n卷,competition,"太卷了\n别卷了","So competitive\nStop it"\n'
    (entry,) = gio.read_csv(text.encode()).entries
    assert entry.examples == (Example("太卷了", "So competitive"), Example("别卷了", "Stop it"))


def test_duplicate_terms_name_both_lines() -> None:
    text = "term,meaning\nyyds,GOAT\n绝绝子,amazing\nＹＹＤＳ,GOAT again\ntea,八卦\n"
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(text.encode())
    assert problems_of(excinfo) == ["line 4: 'ＹＹＤＳ' is already at line 2"]


def test_the_same_spelling_in_both_languages_is_not_a_duplicate() -> None:
    text = "term,lang,meaning\ngg,zh,游戏结束\ngg,en,good game\n"
    assert [e.lang for e in gio.read_csv(text.encode()).entries] == ["zh", "en"]


def test_errors_are_capped_with_a_count() -> None:
    text = "term,meaning\n" + ",x\n" * 60
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(text.encode())
    errors = problems_of(excinfo)
    assert len(errors) == 51 and errors[0] == "line 2: 'term' is empty" and errors[-1] == "… and 10 more"


def test_header_only_csv_has_no_entries() -> None:
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(b"term,meaning\n\n")
    assert problems_of(excinfo) == ["the file has no entries"]


def test_a_term_swallowing_lines_is_refused() -> None:
    # An unclosed quote makes the rest of the file one field.
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_csv(b'term,meaning\n"yyds,GOAT\nabc,def\n')
    assert problems_of(excinfo)[0].startswith("line 2: 'term' must be one line")


# --- encodings, sizes and junk -----------------------------------------------------------------------------


def test_utf8_with_and_without_bom_is_accepted() -> None:
    plain = "term,meaning\n绝绝子,amazing\n".encode()
    assert gio.read_csv(plain).entries[0].term == "绝绝子"
    assert gio.read_csv(b"\xef\xbb\xbf" + plain).entries[0].term == "绝绝子"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"  \n\r\n ", "the file is empty"),
        (b"\xef\xbb\xbf", "the file is empty"),
        ("term,meaning\nyyds,GOAT\n绝绝子,好\n".encode("gbk"), "line 3: the file is not UTF-8 text (byte 0xbe)"),
        ("term,meaning\n".encode("utf-16"), "the file is UTF-16 text, not UTF-8"),
        (bytes(range(256)) * 4, "the file contains binary data"),
    ],
)
def test_unreadable_text_is_explained(tmp_path: Path, data: bytes, expected: str) -> None:
    for name in ("x.csv", "x.json"):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ImportProblem) as excinfo:
            gio.read_file(tmp_path / name)
        assert problems_of(excinfo)[0].startswith(expected)


def test_oversized_files_are_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk

    def no_reading(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_file(path)
    assert problems_of(excinfo) == ["the file is 50 MB; files over 20 MB are refused"]


def test_the_size_limit_also_guards_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gio.files, "MAX_IMPORT_BYTES", 10)
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_json(b'[{"term": "yyds", "meaning_en": "GOAT"}]')
    assert "refused" in problems_of(excinfo)[0]


def test_a_missing_file_or_a_folder_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "folder.csv").mkdir()
    for name, problem in (
        ("gone.csv", "there is no such file"),
        ("folder.csv", "it is a folder, not a file"),
        ("gone.apkg", "there is no such file"),
    ):
        with pytest.raises(ImportProblem) as excinfo:
            gio.read_file(tmp_path / name)
        assert problems_of(excinfo) == [problem]


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400))
def test_random_bytes_never_raise_anything_but_import_problem(data: bytes) -> None:
    for reader in (gio.read_csv, gio.read_json):
        with contextlib.suppress(ImportProblem):  # any other exception fails the test
            reader(data)


# --- JSON imports ------------------------------------------------------------------------------------------


def test_json_forms_accepted(tmp_path: Path) -> None:
    item = {"term": "绝绝子", "meaning_en": "amazing"}
    bare = gio.read_json(json.dumps([item]).encode())
    bundled = gio.read_json(json.dumps({"version": 1, "entries": [item]}).encode())
    ours = gio.read_json(
        json.dumps({"format": "jiaoliu-glossary", "version": 1, "deck": "Mine", "entries": [item]}).encode()
    )
    assert (bare.name, bundled.name, ours.name) == (None, None, "Mine")
    assert bare.entries[0].lang == bundled.entries[0].lang == ours.entries[0].lang == "zh"


def test_json_ids_are_kept_when_valid() -> None:
    items = [
        {"id": "zh-yyds", "term": "yyds", "pinyin": "yǒng yuǎn de shén", "meaning_en": "GOAT"},
        {"id": "Not An Id!", "term": "no cap", "meaning_zh": "说真的"},
    ]
    a, b = gio.read_json(json.dumps(items).encode()).entries
    assert a.id == "zh-yyds" and a.lang == "zh"  # Latin letters, but the pinyin makes it Chinese
    assert b.id.startswith("user-") and b.lang == "en"


def test_json_syntax_error_gives_line_and_column() -> None:
    text = '{\n  "entries": [\n    {"term": "yyds", "meaning_en": "GOAT",}\n  ]\n}\n'
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_json(text.encode())
    assert problems_of(excinfo) == [
        "line 3, column 43: not valid JSON: Expecting property name enclosed in double quotes"
    ]


def test_json_wrong_types_name_entry_and_term() -> None:
    items = [
        {"term": "yyds", "meaning_en": "GOAT"},
        {"term": 5, "meaning_en": "x"},
        {"term": "卷", "meaning_en": "compete", "variants": 5, "year": 2020.5, "detect_alone": 1},
        "not an entry",
        {"term": "tea", "meaning": "八卦", "examples": [{"text": "spill it"}, "x"], "colour": "red"},
    ]
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_json(json.dumps(items).encode())
    assert problems_of(excinfo) == [
        "entry 2: 'term' must be text, not a number",
        "entry 3 ('卷'): 'variants' must be a list of text, not a number",
        "entry 3 ('卷'): 'year' must be a year such as 2021, not 2020.5",
        "entry 3 ('卷'): 'detect_alone' must be true or false, not 1",
        "entry 4: expected an object, not text",
        "entry 5 ('tea'): unknown field(s) 'colour'",
        "entry 5 ('tea'): example 2 must be an object with 'text' and 'translation'",
    ]


def test_json_duplicates_name_both_entries() -> None:
    items = [{"term": "yyds", "meaning_en": "GOAT"}, {"term": "YYDS", "meaning_en": "GOAT"}]
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_json(json.dumps(items).encode())
    assert problems_of(excinfo) == ["entry 2 ('YYDS'): 'YYDS' is already at entry 1"]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ('"just text"', 'expected an object with an "entries" list, or a list of entries'),
        ('{"items": []}', 'expected an object with an "entries" list, or a list of entries'),
        ('{"format": "anki", "entries": []}', '"format" is \'anki\', not "jiaoliu-glossary"'),
        ('{"version": 2, "entries": []}', '"version" 2 is not one this app can read (up to 1)'),
        ("[]", "the file has no entries"),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_json_documents_of_the_wrong_shape(document: str, expected: str) -> None:
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_json(document.encode())
    assert expected in problems_of(excinfo)[0]


def test_pinyin_belongs_to_chinese_terms() -> None:
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_json(json.dumps([{"term": "tea", "lang": "en", "pinyin": "chá", "meaning_zh": "八卦"}]).encode())
    assert problems_of(excinfo) == ["entry 1 ('tea'): 'pinyin' is only for Chinese terms"]


# --- apkg imports ------------------------------------------------------------------------------------------


def zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def write_package(deck: genanki.Deck, path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # genanki leaves its scratch database in the temp folder; keep it inside the test's own folder.
    scratch = path.parent / "scratch"
    scratch.mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    genanki.Package(deck).write_to_file(path)
    return path


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        (None, "not a readable Anki deck"),
        ({"media": b"{}"}, "not an Anki deck: there is no collection inside the archive"),
        ({"../../evil.txt": b"x", "collection.anki2": b"x"}, "the archive contains an unsafe path: '../../evil.txt'"),
        ({"/etc/passwd": b"x"}, "the archive contains an unsafe path"),
        ({"collection.anki2": b"not sqlite at all" * 100}, "not a readable Anki collection"),
        ({"collection.anki21b": b"x", "collection.anki2": b"x"}, "this deck uses Anki's newest package format"),
    ],
)
def test_broken_apkg_files(tmp_path: Path, members: dict[str, bytes] | None, expected: str) -> None:
    path = tmp_path / "deck.apkg"
    if members is None:
        path.write_bytes(b"PK\x03\x04 this is not really a zip" * 10)
    else:
        zip_with(path, members)
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_file(path)
    assert problems_of(excinfo)[0].startswith(expected)


@settings(max_examples=150, deadline=None)
@given(damage=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_apkg_never_raises_anything_but_import_problem(
    tmp_path_factory: pytest.TempPathFactory, damage: list[tuple[int, int]]
) -> None:
    path = tmp_path_factory.mktemp("damaged") / "deck.apkg"
    gio.write_apkg(SAMPLE, path, "Deck")
    data = bytearray(path.read_bytes())
    for position, value in damage:
        data[position % len(data)] = value
    path.write_bytes(bytes(data))
    with contextlib.suppress(ImportProblem):
        gio.read_file(path)


def test_apkg_collection_size_is_limited_while_unpacking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gio.write_apkg(SAMPLE, tmp_path / "deck.apkg", "Deck")
    monkeypatch.setattr(gio.anki_deck, "MAX_COLLECTION_BYTES", 4096)
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_file(tmp_path / "deck.apkg")
    assert problems_of(excinfo) == ["the deck's collection is over 4,096 bytes unpacked"]
    assert not list(tmp_path.glob("*.sqlite"))


def test_other_anki_decks_map_first_fields_and_strip_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    basic = genanki.Model(
        1607392319,
        "Basic",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}],
    )
    deck = genanki.Deck(2059400110, "Chinese::Slang")
    deck.add_note(genanki.Note(model=basic, fields=["<div><b>绝绝子</b></div>", "amazing &amp; <i>over the top</i>"]))
    deck.add_note(
        genanki.Note(model=basic, fields=["no&nbsp;cap[sound:nocap.mp3]", "说真的<br>不骗你"], tags=["leech"])
    )
    write_package(deck, tmp_path / "basic.apkg", monkeypatch)
    imported = gio.read_file(tmp_path / "basic.apkg")
    assert imported.name == "Chinese::Slang"
    a, b = imported.entries
    assert (a.term, a.lang, a.meaning_en) == ("绝绝子", "zh", "amazing & over the top")
    assert (b.term, b.lang, b.meaning_zh, b.tags) == ("no cap", "en", "说真的\n不骗你", ())


def test_other_anki_decks_find_fields_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = genanki.Model(
        1607392320,
        "Chinese",
        fields=[{"name": "Hanzi"}, {"name": "Pinyin"}, {"name": "English"}],
        templates=[{"name": "Card 1", "qfmt": "{{Hanzi}}", "afmt": "{{English}}"}],
    )
    deck = genanki.Deck(2059400111, "HSK")
    deck.add_note(genanki.Note(model=model, fields=["内卷", "nèi juǎn", "involution"], tags=["work"]))
    write_package(deck, tmp_path / "hsk.apkg", monkeypatch)
    (entry,) = gio.read_file(tmp_path / "hsk.apkg").entries
    assert (entry.term, entry.pinyin, entry.meaning_en, entry.tags) == ("内卷", "nèi juǎn", "involution", ("work",))


def test_apkg_notes_with_problems_are_numbered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = genanki.Model(
        1607392321,
        "Basic",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}],
    )
    deck = genanki.Deck(2059400112, "Mixed")
    for front, back in (("yyds", "GOAT"), ("卷", ""), ("yyds", "again")):
        deck.add_note(genanki.Note(model=model, fields=[front, back]))
    write_package(deck, tmp_path / "mixed.apkg", monkeypatch)
    with pytest.raises(ImportProblem) as excinfo:
        gio.read_file(tmp_path / "mixed.apkg")
    assert problems_of(excinfo) == [
        "note 2 ('卷'): no meaning: 'meaning' empty",
        "note 3 ('yyds'): 'yyds' is already at note 1",
    ]


# --- writing -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["csv", "json", "apkg"])
def test_a_failed_export_leaves_the_old_file_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    path = tmp_path / f"deck.{kind}"
    path.write_bytes(b"the previous export")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    writers = {
        "csv": lambda: gio.write_csv(SAMPLE, path),
        "json": lambda: gio.write_json(SAMPLE, path),
        "apkg": lambda: gio.write_apkg(SAMPLE, path, "Deck"),
    }
    with pytest.raises(OSError):
        writers[kind]()
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_apkg_export_needs_a_deck_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        gio.write_apkg(SAMPLE, tmp_path / "x.apkg", "  ")
    assert not list(tmp_path.iterdir())


def _phrase(alphabet: str) -> st.SearchStrategy[str]:
    # Single spaces only: Anki fields are HTML, where runs of spaces collapse.
    return st.text(alphabet=alphabet, min_size=1, max_size=14).map(lambda t: " ".join(t.split())).filter(bool)


_LATIN = "abcxyz é,.;!?\"'&<>"
_HAN = "绝子卷神，。！"


@settings(max_examples=40, deadline=None)
@given(
    lang=st.sampled_from(["zh", "en"]),
    latin_term=_phrase(_LATIN),
    han_term=_phrase(_HAN),
    meaning_en=_phrase(_LATIN),
    meaning_zh=_phrase(_HAN + "abc ").filter(lambda t: any(ch in "绝子卷神" for ch in t)),
    example=st.tuples(_phrase(_LATIN + _HAN), _phrase(_LATIN + _HAN)),
    tags=st.lists(st.from_regex(r"[a-z]{1,6}(-[a-z]{1,4})?", fullmatch=True), max_size=3, unique=True),
)
def test_any_plain_entry_survives_every_format(
    tmp_path_factory: pytest.TempPathFactory,
    lang: str,
    latin_term: str,
    han_term: str,
    meaning_en: str,
    meaning_zh: str,
    example: tuple[str, str],
    tags: list[str],
) -> None:
    entry = make(
        term=han_term if lang == "zh" else latin_term,
        lang=lang,
        pinyin=None,
        variants=(),
        meaning_en=meaning_en,
        meaning_zh=meaning_zh,
        examples=(Example(*example),),
        tags=tuple(tags),
    )
    folder = tmp_path_factory.mktemp("prop")
    gio.write_csv([entry], folder / "e.csv")
    gio.write_json([entry], folder / "e.json")
    gio.write_apkg([entry], folder / "e.apkg", "P")
    assert gio.read_file(folder / "e.json").entries == [entry]
    for name in ("e.csv", "e.apkg"):
        assert compared(gio.read_file(folder / name).entries[0]) == compared(entry)
