"""Re-importing a deck's own export (CSV, JSON, .apkg) into the same deck, another deck or a new one: imports
merge, never blank what the file does not say, settle local edits by policy, and are one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import genanki
import pytest

from app.core.slang import Example, Sense, SlangEntry
from app.data.database import Database, open_database
from app.data.glossary_store import GlossaryStore, GlossaryStoreError
from app.services import glossary_io as gio
from app.services.glossary import export_to, import_into, read_for_import
from app.services.glossary_io import anki_deck

FORMATS = ("csv", "json", "apkg")


def full(**changes: Any) -> SlangEntry:
    fields: dict[str, Any] = {
        "id": "",
        "term": "yyds",
        "lang": "zh",
        "variants": ("YYDS", "永远的神"),
        "pinyin": "yǒng yuǎn de shén",
        "literal": "forever's god",
        "meaning_en": "The GOAT; the best ever.",
        "meaning_zh": "永远的神，夸某人或某物最棒。",
        "register": ("playful", "affectionate"),
        "examples": (Example("这家火锅yyds！", "This hotpot place is the GOAT!"),),
        "tags": ("abbreviation", "praise"),
        "year": 2016,
        "related": (),
        "detect_alone": False,
        "plain": "最棒",
    }
    fields.update(changes)
    return SlangEntry(**fields)


FULL = [
    full(),
    full(
        term="笔记",
        variants=("发笔记",),
        pinyin="bǐ jì",
        literal="notes",
        meaning_en="A RedNote post; also ordinary notes.",
        meaning_zh="小红书的帖子；也是普通的笔记。",
        register=("neutral",),
        tags=("platform",),
        year=2013,
        detect_alone=True,
        plain="",
        senses=(
            Sense("post", "A post on RedNote.", "小红书上的帖子。", "帖子", ("neutral",), (), ("小红书", "发~")),
            Sense("notes", "Class notes.", "上课的笔记。", "", ("neutral",), (), ("上课",), literal=True),
        ),
    ),
    full(
        term="no cap",
        lang="en",
        variants=("nocap",),
        pinyin=None,
        literal="没有帽子",
        meaning_en="For real, no lie.",
        meaning_zh="说真的，不骗你。",
        register=("playful",),
        examples=(Example("Best pizza ever, no cap.", "我吃过最好吃的披萨，真的。"),),
        tags=("aave",),
        year=2018,
        plain="honestly",
    ),
]


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "jiaoliu.db")
    yield database
    database.close()


@pytest.fixture
def store(data: Database) -> GlossaryStore:
    return GlossaryStore(data)


@pytest.fixture
def deck(store: GlossaryStore) -> int:
    deck_id = store.create_deck("Week 3")
    for entry in FULL:
        store.add(deck_id, entry)
    return deck_id


def contents(store: GlossaryStore, deck_id: int) -> dict[str, SlangEntry]:
    """A deck's entries by term, without their keys (those differ between decks)."""
    return {s.entry.term: replace(s.entry, id="") for s in store.entries(deck_id)}


def export(store: GlossaryStore, fmt: str, folder: Path, deck_name: str = "Week 3") -> Path:
    path = folder / f"week3.{fmt}"
    export_to(store, fmt, path, deck_name)
    return path


def key_of(store: GlossaryStore, deck_id: int, term: str) -> str:
    return next(s.key for s in store.entries(deck_id) if s.entry.term == term)


def edit(store: GlossaryStore, deck_id: int, term: str, **changes: Any) -> None:
    key = key_of(store, deck_id, term)
    stored = store.get(key)
    assert stored is not None
    store.update(key, replace(stored.entry, **changes))


def counts(result: Any) -> tuple[int, int, int, int]:
    return result.added, result.updated, result.unchanged, result.conflicts


@pytest.mark.parametrize("fmt", FORMATS)
def test_re_importing_the_decks_own_export_loses_nothing(
    store: GlossaryStore, deck: int, tmp_path: Path, fmt: str
) -> None:
    before = contents(store, deck)
    path = export(store, fmt, tmp_path)
    # JSON and .apkg name their deck; a CSV does not, so the person names it (the GUI asks, the CLI has --deck).
    target = "Week 3" if fmt == "csv" else None
    result = import_into(store, read_for_import(path), target, path)
    assert (result.deck_id, result.deck_name, result.new_deck) == (deck, "Week 3", False)
    assert counts(result) == (0, 0, 3, 0)
    assert contents(store, deck) == before
    assert [d.name for d in store.decks()] == ["Week 3"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("policy", ["keep", "replace"])
def test_a_local_edit_is_kept_or_replaced_and_nothing_else_changes(
    store: GlossaryStore, deck: int, tmp_path: Path, fmt: str, policy: str
) -> None:
    path = export(store, fmt, tmp_path)
    exported = contents(store, deck)
    edit(store, deck, "yyds", meaning_en="My own meaning.", register=("sarcastic",), year=2021)
    edit(store, deck, "no cap", literal="")  # emptied here: the file fills it in, whatever the policy
    edited = contents(store, deck)
    result = import_into(store, read_for_import(path), deck, path, on_conflict=policy)
    assert counts(result) == ((0, 1, 2, 1) if policy == "keep" else (0, 2, 1, 1))
    assert result.conflict_terms == ("yyds",)
    after = contents(store, deck)
    assert after["no cap"] == exported["no cap"]
    assert after["笔记"] == exported["笔记"]
    assert after["yyds"] == (edited["yyds"] if policy == "keep" else exported["yyds"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_into_a_new_deck_everything_is_added(store: GlossaryStore, deck: int, tmp_path: Path, fmt: str) -> None:
    path = export(store, fmt, tmp_path)
    result = import_into(store, read_for_import(path), "Week 3 copy", path)
    assert result.new_deck and result.deck_name == "Week 3 copy" and counts(result) == (3, 0, 0, 0)
    assert result.deck_id is not None and contents(store, result.deck_id) == contents(store, deck)


def test_an_older_apkg_without_entry_data_never_blanks_register_year_or_forms(
    store: GlossaryStore, deck: int, tmp_path: Path
) -> None:
    """The export of the previous release: nine fields, no EntryData. Its re-import used to reset them."""
    model = genanki.Model(
        1_234_567_890,
        gio.ANKI_MODEL_NAME,
        fields=[{"name": name} for name in gio.ANKI_FIELDS[:9]],
        templates=[{"name": "Card 1", "qfmt": "{{Term}}", "afmt": "{{Meaning}}"}],
    )
    old = genanki.Deck(1_987_654_321, "Week 3")
    for entry in FULL:
        old.add_note(genanki.Note(model=model, fields=anki_deck._note_fields(entry)[:9]))
    path = tmp_path / "old.apkg"
    from app.services import anki_package

    anki_package.write(genanki.Package(old), path)
    before = contents(store, deck)
    for policy in ("keep", "replace"):
        result = import_into(store, read_for_import(path), None, path, on_conflict=policy)
        assert (result.deck_id, counts(result)) == (deck, (0, 0, 3, 0))
        assert contents(store, deck) == before


@pytest.mark.parametrize("policy", ["keep", "replace"])
def test_a_file_lacking_a_field_never_blanks_it(store: GlossaryStore, deck: int, tmp_path: Path, policy: str) -> None:
    before = contents(store, deck)
    csv_file = tmp_path / "two.csv"
    csv_file.write_text("term,meaning_en,tags,year\nyyds,The GOAT.,,\n", encoding="utf-8")
    json_file = tmp_path / "sparse.json"
    items = [{"term": "no cap", "meaning_en": "For real.", "tags": [], "pinyin": None, "examples": [], "plain": ""}]
    json_file.write_text(json.dumps(items), encoding="utf-8")
    for path in (csv_file, json_file):
        result = import_into(store, read_for_import(path), deck, path, on_conflict=policy)
        assert counts(result) == ((0, 0, 1, 1) if policy == "keep" else (0, 1, 0, 1))
    after = contents(store, deck)
    if policy == "keep":
        assert after == before
    else:  # only the meanings the files gave changed
        assert after["yyds"] == replace(before["yyds"], meaning_en="The GOAT.")
        assert after["no cap"] == replace(before["no cap"], meaning_en="For real.")


def test_a_field_the_deck_leaves_empty_is_filled_without_a_conflict(
    store: GlossaryStore, deck: int, tmp_path: Path
) -> None:
    edit(store, deck, "yyds", plain="", tags=())
    path = tmp_path / "fill.json"
    path.write_text(json.dumps([{"term": "yyds", "meaning_en": "The GOAT; the best ever.", "plain": "最好"}]))
    result = import_into(store, read_for_import(path), deck, path)
    assert counts(result) == (0, 1, 0, 0)
    assert contents(store, deck)["yyds"].plain == "最好" and contents(store, deck)["yyds"].tags == ()


def test_a_dry_run_counts_and_writes_nothing(store: GlossaryStore, deck: int, tmp_path: Path) -> None:
    path = export(store, "apkg", tmp_path)
    edit(store, deck, "yyds", meaning_en="Mine.")
    before, decks = contents(store, deck), store.decks()
    planned = import_into(store, read_for_import(path), None, path, dry_run=True)
    assert (planned.deck_id, counts(planned), planned.conflict_terms) == (deck, (0, 0, 3, 1), ("yyds",))
    fresh = import_into(store, read_for_import(path), "Not yet", path, dry_run=True)
    assert (fresh.deck_id, fresh.new_deck, counts(fresh)) == (None, True, (3, 0, 0, 0))
    assert contents(store, deck) == before and store.decks() == decks


def test_an_import_is_all_or_nothing(
    store: GlossaryStore, deck: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export(store, "json", tmp_path)
    edit(store, deck, "yyds", meaning_en="Mine.")
    store.delete([key_of(store, deck, "no cap")])  # so the import adds one and updates one
    before, decks = contents(store, deck), store.decks()
    real_insert_all = type(store.db.table("glossary")).insert_all

    def failing(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(store.db.table("glossary")), "insert_all", failing)
    for target in (deck, "Brand new"):
        with pytest.raises(OSError):
            import_into(store, read_for_import(path), target, path, on_conflict="replace")
        assert contents(store, deck) == before and store.decks() == decks
    monkeypatch.setattr(type(store.db.table("glossary")), "insert_all", real_insert_all)


def test_undo_and_redo_swap_the_whole_import(store: GlossaryStore, deck: int, tmp_path: Path) -> None:
    path = export(store, "csv", tmp_path)
    edit(store, deck, "yyds", meaning_en="Mine.")
    study_key = key_of(store, deck, "yyds")
    store.delete([key_of(store, deck, "no cap")])
    before = contents(store, deck)
    result = import_into(store, read_for_import(path), deck, path, on_conflict="replace")
    after = contents(store, deck)
    assert counts(result) == (1, 1, 1, 1) and after != before
    store.swap(result.after, result.before)
    assert contents(store, deck) == before and key_of(store, deck, "yyds") == study_key
    store.swap(result.before, result.after)
    assert contents(store, deck) == after and key_of(store, deck, "yyds") == study_key
    fresh = import_into(store, read_for_import(path), "Fresh", path)
    assert fresh.deck_id is not None
    store.swap(fresh.after, fresh.before)
    assert store.deck_by_name("Fresh") is None
    store.swap(fresh.before, fresh.after)
    assert contents(store, fresh.deck_id) == contents(store, deck)


def test_the_bundled_deck_and_unknown_policies_are_refused(store: GlossaryStore, tmp_path: Path) -> None:
    store.sync_bundled([], "test")  # the bundled deck, empty
    path = tmp_path / "x.csv"
    path.write_text("term,meaning\nrizz,魅力\n", encoding="utf-8")
    bundled = next(d for d in store.decks() if d.bundled)
    with pytest.raises(GlossaryStoreError, match="Imports go into your own decks"):
        import_into(store, read_for_import(path), bundled.id, path)
    with pytest.raises(GlossaryStoreError, match="conflict policy"):
        import_into(store, read_for_import(path), "Mine", path, on_conflict="overwrite")
    assert store.deck_by_name("Mine") is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_entry_without_a_year_round_trips(store: GlossaryStore, tmp_path: Path, fmt: str) -> None:
    deck_id = store.create_deck("Week 3")
    store.add(deck_id, full(year=0))  # an older entry: its year is unknown
    path = export(store, fmt, tmp_path)
    result = import_into(store, read_for_import(path), deck_id, path)
    assert counts(result) == (0, 0, 1, 0) and contents(store, deck_id)["yyds"].year == 0
    fresh = import_into(store, read_for_import(path), "New", path)
    assert fresh.deck_id is not None and contents(store, fresh.deck_id)["yyds"].year > 2000  # a new entry: this year
