"""Property tests of the glossary import parsers: any input gives entries or one UserError and writes nothing;
every generated entry survives export and re-import (CSV, JSON, .apkg), into the same deck too."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import UserError
from app.core.slang import REGISTERS, Example, Sense, SlangEntry
from app.data.database import Database, open_database
from app.data.glossary_store import GlossaryStore
from app.services import glossary_io as gio
from app.services.glossary import export_to, import_into, read_for_import

FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def data() -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "jiaoliu.db")
        yield database
        database.close()


@pytest.fixture(scope="module")
def store(data: Database) -> GlossaryStore:
    return GlossaryStore(data)


def fingerprint(store: GlossaryStore) -> tuple[Any, ...]:
    """Everything an import could write: every deck and every entry row."""
    decks = list(store.db.query("select * from decks order by id"))
    rows = list(store.db.query("select * from glossary order by id"))
    return json.dumps(decks), json.dumps(rows)


def check_one_clear_message(exc: UserError) -> None:
    """A UserError the UI can translate; an import's problems are one line each, short, never a traceback."""
    assert str(exc).strip() and "Traceback" not in str(exc)
    if isinstance(exc, gio.ImportProblem):
        assert exc.errors
        for problem in exc.errors:
            assert problem.strip() and "\n" not in problem and len(problem) < 400, problem


# --- any input: entries, or one clear message and nothing written -------------------------------------------

CSV_ALPHABET = "termaning_ezhly,;\t\"'\n\r =+-@#绝子卷神：，；" + "\x00\ufeff"
csv_texts = st.one_of(
    st.text(alphabet=CSV_ALPHABET, max_size=200),
    st.text(alphabet=CSV_ALPHABET, max_size=150).map(lambda body: "term,meaning_en,tags,year\n" + body),
    st.text(max_size=120).map(lambda body: "term,lang,meaning\n" + body),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
entry_like = st.dictionaries(
    st.sampled_from(["term", "meaning", "meaning_en", "lang", "pinyin", "tags", "year", "senses", "examples", "x"]),
    json_values,
    max_size=6,
)
json_documents = st.one_of(
    json_values.map(json.dumps),
    st.lists(entry_like, max_size=4).map(json.dumps),
    st.lists(entry_like, max_size=4).map(lambda items: json.dumps({"format": "jiaoliu-glossary", "entries": items})),
    st.text(max_size=80),
)


@FAST
@given(data=st.binary(max_size=300) | csv_texts.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_csv_bytes_give_entries_or_one_clear_message(data: bytes) -> None:
    try:
        deck = gio.read_csv(data, "any.csv")
    except UserError as exc:  # anything else fails the test
        check_one_clear_message(exc)
    else:
        assert deck.entries and len(deck.carried) == len(deck.entries)


@FAST
@given(text=json_documents)
def test_any_json_text_gives_entries_or_one_clear_message(text: str) -> None:
    try:
        deck = gio.read_json(text.encode("utf-8", "surrogatepass"), "any.json")
    except UserError as exc:
        check_one_clear_message(exc)
    else:
        assert deck.entries and len(deck.carried) == len(deck.entries)


@FAST
@given(name=st.sampled_from(["in.csv", "in.json"]), text=csv_texts | json_documents)
def test_a_failed_import_writes_nothing(
    store: GlossaryStore, tmp_path_factory: pytest.TempPathFactory, name: str, text: str
) -> None:
    deck_id = store.deck_by_name("Mine").id if store.deck_by_name("Mine") else store.create_deck("Mine")
    path = tmp_path_factory.mktemp("any") / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    before = fingerprint(store)
    try:
        imported = read_for_import(path)
        result = import_into(store, imported, deck_id, path, on_conflict="replace")
    except UserError as exc:
        check_one_clear_message(exc)
        assert fingerprint(store) == before
    else:
        assert result.added + result.updated + result.unchanged == len(imported.entries)


# --- generated entries survive every format ---------------------------------------------------------------


def phrase(alphabet: str, max_size: int = 12) -> st.SearchStrategy[str]:
    # Single spaces and no line breaks: Anki fields are HTML (runs of spaces collapse) and CSV example cells keep
    # one example per line.
    return st.text(alphabet=alphabet, min_size=1, max_size=max_size).map(lambda t: " ".join(t.split())).filter(bool)


LATIN = "abcxyz é,.!?\"'&<>=+-@"
HAN = "绝子卷神笔记，。！"
tag = st.from_regex(r"[a-z]{1,6}(-[a-z]{1,4})?", fullmatch=True)
registers = st.lists(st.sampled_from(sorted(REGISTERS)), min_size=1, max_size=3, unique=True).map(tuple)
examples = st.lists(st.builds(Example, phrase(LATIN + HAN), phrase(LATIN + HAN) | st.just("")), max_size=2).map(tuple)


@st.composite
def senses(draw: st.DrawFn) -> tuple[Sense, ...]:
    ids = draw(st.lists(st.from_regex(r"[a-z]{1,6}", fullmatch=True).filter(lambda s: s != "main"), max_size=3))
    ids = list(dict.fromkeys(ids))
    items = [
        Sense(
            id=sense_id,
            meaning_en=draw(phrase(LATIN)),
            meaning_zh=draw(phrase(HAN) | st.just("")),
            plain=draw(phrase(HAN) | st.just("")),
            register=draw(registers),
            examples=draw(examples),
            cues=tuple(dict.fromkeys(draw(st.lists(phrase(HAN + "~", 4), max_size=2)))),
            literal=draw(st.booleans()) if i else False,  # the first is the slang reading
        )
        for i, sense_id in enumerate(ids)
    ]
    return tuple(items)


@st.composite
def entries(draw: st.DrawFn) -> SlangEntry:
    lang = draw(st.sampled_from(["zh", "en"]))
    term = draw(phrase(HAN) if lang == "zh" else phrase("abcxyz '-"))
    variants = draw(st.lists(phrase(HAN + "abc"), max_size=2).map(lambda vs: tuple(dict.fromkeys(vs))))
    return SlangEntry(
        id=draw(st.from_regex(r"user-[0-9a-f]{12}", fullmatch=True)),
        term=term,
        lang=lang,
        variants=tuple(v for v in variants if v != term),
        pinyin=draw(st.sampled_from(["jué jué zǐ", "yǒng yuǎn de shén", None])) if lang == "zh" else None,
        literal=draw(phrase(LATIN) | st.just("")),
        meaning_en=draw(phrase(LATIN)),
        meaning_zh=draw(phrase(HAN) | st.just("")),
        register=draw(registers),
        examples=draw(examples),
        tags=tuple(draw(st.lists(tag, max_size=3, unique=True))),
        year=draw(st.integers(1990, date.today().year)),
        related=tuple(draw(st.lists(st.from_regex(r"zh-[a-z]{1,8}", fullmatch=True), max_size=2, unique=True))),
        detect_alone=draw(st.booleans()),
        plain=draw(phrase(LATIN + HAN) | st.just("")),
        senses=draw(senses()),
    )


def distinct(items: list[SlangEntry]) -> list[SlangEntry]:
    """One entry per term and language (a file may not repeat one), each with its own id."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for entry in items:
        key = (entry.lang, entry.term.casefold())
        if key not in seen:
            seen.add(key)
            kept.append(replace(entry, id=f"{entry.id[:-2]}{len(kept):02d}"))
    return kept


@settings(max_examples=50, deadline=None)
@given(generated=st.lists(entries(), min_size=1, max_size=3).map(distinct))
def test_export_then_import_is_the_identity(
    tmp_path_factory: pytest.TempPathFactory, generated: list[SlangEntry]
) -> None:
    folder = tmp_path_factory.mktemp("round")
    gio.write_json(generated, folder / "e.json", "Deck")
    gio.write_apkg(generated, folder / "e.apkg", "Deck")
    gio.write_csv(generated, folder / "e.csv")
    assert gio.read_file(folder / "e.json").entries == generated
    assert gio.read_file(folder / "e.apkg").entries == generated
    # CSV has no id or related columns: the rest is exact.
    unkeyed = [replace(e, id="", related=()) for e in gio.read_file(folder / "e.csv").entries]
    assert unkeyed == [replace(e, id="", related=()) for e in generated]


@FAST
@given(
    generated=st.lists(entries(), min_size=1, max_size=3).map(distinct), fmt=st.sampled_from(["csv", "json", "apkg"])
)
def test_re_importing_an_export_into_its_deck_changes_nothing(
    store: GlossaryStore, tmp_path_factory: pytest.TempPathFactory, generated: list[SlangEntry], fmt: str
) -> None:
    name = f"Deck {len(store.decks()) + 1}"
    result = import_into(store, gio.ImportedDeck(name, generated), name, Path("x"))
    assert result.deck_id is not None and result.added == len(generated)
    path = tmp_path_factory.mktemp("deck") / f"deck.{fmt}"
    export_to(store, fmt, path, name)
    before = fingerprint(store)
    again = import_into(store, read_for_import(path), name, path)
    assert (again.deck_id, again.added, again.updated, again.unchanged) == (result.deck_id, 0, 0, len(generated))
    assert fingerprint(store) == before
