"""The glossary in a real SQLite file: bundled sync, decks, search, undo snapshots, imports."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.slang import Example, SlangEntry, load_bundled
from app.data.database import open_database
from app.data.glossary_store import GlossaryStore, GlossaryStoreError
from app.services.glossary import bundle_version


def _entry(term: str, lang: str = "zh", **kw: object) -> SlangEntry:
    base = SlangEntry(
        id="",
        term=term,
        lang=lang,
        variants=(),
        pinyin=None,
        literal="",
        meaning_en="m",
        meaning_zh="义",
        register=("playful",),
        examples=(Example("x", "y"),),
        tags=("test",),
        year=2025,
        related=(),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.fixture
def store(glossary_paths) -> GlossaryStore:  # type: ignore[no-untyped-def]
    return GlossaryStore(open_database(glossary_paths.database))


def test_bundled_content_is_synced_once(store: GlossaryStore) -> None:
    bundled = load_bundled()
    assert store.count() == len(bundled) >= 600
    assert store.sync_bundled(bundled, bundle_version()) is False  # same version: nothing to do
    assert [d.kind for d in store.decks()] == ["bundled"]


def test_new_release_updates_bundled_but_never_user_entries(store: GlossaryStore) -> None:
    deck = store.create_deck("My class")
    mine = store.add(deck, _entry("yyds", meaning_en="my own words"))
    bundled = load_bundled()
    changed = [replace(e, meaning_en="updated") if e.id == "zh-yyds" else e for e in bundled if e.id != "zh-xswl"]
    assert store.sync_bundled(changed, "next-release")
    assert store.get("zh-yyds").entry.meaning_en == "updated"  # type: ignore[union-attr]
    assert store.get("zh-xswl") is None  # removed from the bundle
    assert store.get(mine).entry.meaning_en == "my own words"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "query",
    ["yyds", "YYDS", "ｙｙｄｓ", "yong yuan de shen", "yongyuandeshen", "yǒng yuǎn", "yong3 yuan3", "永远的神", "GOAT"],
)
def test_search_finds_by_term_pinyin_and_meaning(store: GlossaryStore, query: str) -> None:
    assert "zh-yyds" in [s.key for s in store.search(query)]


def test_search_ranks_exact_term_first_and_short_queries_work(store: GlossaryStore) -> None:
    assert store.search("slay")[0].key == "en-slay"
    assert store.search("破防")[0].entry.term == "破防"
    assert store.search("卷")  # one character: LIKE instead of trigram FTS


@pytest.mark.parametrize("query", ["y", "卷", "go", "破防"])
@pytest.mark.parametrize("filters", [{}, {"lang": "zh"}, {"lang": "en", "hide_offensive": True}, {"tag": "gaming"}])
def test_short_queries_rank_and_filter_as_sql_would(store: GlossaryStore, query: str, filters: dict) -> None:
    # One or two characters are ranked in Python from cached texts (a big glossary matches them almost everywhere);
    # the result must be what one SQL query over all rows gives: same filters, same ranking, limit applied last.
    conditions = ["instr(search_text, :q) > 0"]
    if "lang" in filters:
        conditions.append("lang = :lang")
    if "tag" in filters:
        conditions.append("exists (select 1 from json_each(tags) where value = :tag)")
    if filters.get("hide_offensive"):
        conditions.append("not exists (select 1 from json_each(register) where value in ('vulgar', 'offensive'))")
    rank = (
        "case when lower(term) = :q then 0 when lower(term) like :q || '%' then 1 "
        "when instr(forms, :form) > 0 then 2 else 3 end"
    )
    rows = store.db.query(
        f"select key from glossary where {' and '.join(conditions)} order by {rank}, term collate nocase, id limit 40",
        {"q": query, "form": "\x1f" + query + "\x1f", **filters},
    )
    assert [s.key for s in store.search(query, limit=40, **filters)] == [r["key"] for r in rows]


def test_filters(store: GlossaryStore) -> None:
    assert {s.entry.lang for s in store.search("", lang="en")} == {"en"}
    assert all("number" in s.entry.tags for s in store.search("", tag="number"))
    hidden = store.search("", hide_offensive=True)
    assert hidden and not any({"vulgar", "offensive"} & set(s.entry.register) for s in hidden)
    assert len(hidden) < store.count()


def test_lookup_exact_term_or_alias(store: GlossaryStore) -> None:
    assert [s.key for s in store.lookup("永远的神")] == ["zh-yyds"]
    assert [s.key for s in store.lookup("Slayed")] == ["en-slay"]
    assert store.lookup("yy") == [] and store.lookup("") == []


def test_decks_create_rename_delete_and_restore(store: GlossaryStore) -> None:
    deck = store.create_deck("  Week   1 ")
    assert store.deck(deck).name == "Week 1"
    with pytest.raises(GlossaryStoreError, match="already"):
        store.create_deck("week 1")
    store.rename_deck(deck, "Week one")
    key = store.add(deck, _entry("上岸"))
    snapshot = store.delete_deck(deck)
    assert store.get(key) is None and store.deck_by_name("Week one") is None
    store.restore(snapshot)
    assert store.get(key).entry.term == "上岸"  # type: ignore[union-attr]
    assert store.deck_by_name("week one") is not None


def test_bundled_deck_and_entries_are_read_only(store: GlossaryStore) -> None:
    bundled = store.decks()[0]
    for action in (
        lambda: store.rename_deck(bundled.id, "x"),
        lambda: store.delete_deck(bundled.id),
        lambda: store.add(bundled.id, _entry("x")),
        lambda: store.delete(["zh-yyds"]),
        lambda: store.update("zh-yyds", _entry("yyds")),
    ):
        with pytest.raises(GlossaryStoreError):
            action()


def test_copy_edit_delete_and_undo(store: GlossaryStore) -> None:
    deck = store.create_deck("Tutor")
    key = store.copy_to_deck("zh-yyds", deck)
    copy = store.get(key)
    assert copy is not None and copy.source_key == "zh-yyds" and not copy.bundled
    store.update(key, replace(copy.entry, meaning_en="the greatest"))
    assert store.get(key).entry.meaning_en == "the greatest"  # type: ignore[union-attr]
    with pytest.raises(GlossaryStoreError, match="already has"):
        store.add(deck, _entry("YYDS"))
    snapshot = store.delete([key])
    assert store.get(key) is None
    store.restore(snapshot)
    assert store.get(key).entry.meaning_en == "the greatest"  # type: ignore[union-attr]


def test_same_term_in_two_languages_is_two_entries(store: GlossaryStore) -> None:
    deck = store.create_deck("Both")
    store.add(deck, _entry("gg", lang="zh"))
    store.add(deck, _entry("gg", lang="en"))
    _, added, replaced = store.import_entries(deck, [_entry("gg", lang="en", meaning_en="good game")])
    assert (added, replaced) == (0, 1)
    assert sorted(s.entry.lang for s in store.entries(deck)) == ["en", "zh"]


def test_import_into_a_new_deck_is_one_transaction(store: GlossaryStore) -> None:
    before = store.count()
    broken = [_entry("好"), _entry("坏", lang="xx")]  # the second violates the lang check constraint
    with pytest.raises(Exception):  # noqa: B017 - sqlite3.IntegrityError from the CHECK constraint
        store.import_entries(None, broken, new_deck="Half")
    assert store.count() == before and store.deck_by_name("Half") is None
    deck_id, added, replaced = store.import_entries(None, [_entry("好")], new_deck="Whole")
    assert (added, replaced) == (1, 0) and store.deck(deck_id).count == 1


@pytest.mark.parametrize("typed", ["no cap", "no-cap", "nocap", "NO CAP", "ｎｏ ｃａｐ", "No-Cap"])
def test_lookup_ignores_case_width_spaces_and_hyphens(store: GlossaryStore, typed: str) -> None:
    assert [s.entry.term for s in store.lookup(typed)] == ["no cap"]


def test_lookup_ignores_apostrophes_and_finds_chinese_sub_forms(store: GlossaryStore) -> None:
    for typed in ("its giving", "it’s giving", "it's giving"):
        assert [s.entry.term for s in store.lookup(typed)] == ["it's giving"]
    assert "小目标" in [s.entry.term for s in store.lookup("一个小目标")]  # listed only as 先定一个小目标 / 一个小目标
    assert store.lookup("zzz") == []  # English matches whole forms only


# --- senses ----------------------------------------------------------------------------------------


def test_senses_are_stored_searched_and_restored(store: GlossaryStore) -> None:
    biji = store.get("zh-biji")
    assert biji is not None and [s.id for s in biji.entry.senses] == ["post", "notes"]
    assert biji.entry == next(e for e in load_bundled() if e.id == "zh-biji")  # every sense field survives
    assert "zh-biji" in [s.key for s in store.search("class notes")]  # a sense's meaning is searchable
    deck = store.create_deck("Senses")
    key = store.copy_to_deck("zh-bacao", deck)
    copy = store.get(key)
    assert copy is not None and [s.id for s in copy.entry.senses] == ["cured", "bought", "weeding"]
    store.update(key, replace(copy.entry, senses=copy.entry.senses[:1]))
    assert [s.id for s in store.get(key).entry.senses] == ["cured"]  # type: ignore[union-attr]
    store.restore(store.delete([key]))
    assert [s.id for s in store.get(key).entry.senses] == ["cured"]  # type: ignore[union-attr]


def test_entries_from_before_senses_migrate_to_one_sense_without_loss(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    import sqlite_utils

    from app.data.migrations import migrations

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="m012_glossary_senses")
    assert "senses" not in old["glossary"].columns_dict
    now = "2025-01-01T00:00:00Z"
    old["decks"].insert({"id": 7, "name": "Week 1", "kind": "user", "created_at": now, "updated_at": now})
    old["glossary"].insert(
        {
            "key": "user-abc",
            "deck_id": 7,
            "term": "上岸",
            "lang": "zh",
            "variants": '["成功上岸"]',
            "pinyin": "shàng àn",
            "literal": "go ashore",
            "meaning_en": "passed the exam",
            "meaning_zh": "考上了",
            "register": '["playful"]',
            "examples": '[["他上岸了", "He made it"]]',
            "tags": '["study"]',
            "year": 2019,
            "plain": "考上",
            "created_at": now,
            "updated_at": now,
        }
    )
    old.conn.close()
    store = GlossaryStore(open_database(path))  # applies m012
    (stored,) = store.entries(7)
    entry = stored.entry
    assert entry.senses == ()  # '[]': its one implicit sense, made of its own fields
    (sense,) = entry.all_senses
    assert (sense.id, sense.meaning_en, sense.meaning_zh, sense.plain) == ("main", "passed the exam", "考上了", "考上")
    assert sense.register == ("playful",) and sense.examples == (Example("他上岸了", "He made it"),)
    assert (entry.term, entry.variants, entry.pinyin, entry.tags, entry.year) == (
        "上岸",
        ("成功上岸",),
        "shàng àn",
        ("study",),
        2019,
    )
    with sqlite3.connect(path) as conn:
        assert conn.execute("select senses from glossary where key = 'user-abc'").fetchone() == ("[]",)
    conn.close()
