"""The phrasebook store in a real SQLite file: pinyin, search, tags, sorting, edits, delete and restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.phrase_text import clean_tags, pinyin_forms
from app.data.database import open_database
from app.data.phrases import PhraseError, PhraseStore


@pytest.fixture
def store(tmp_path: Path) -> PhraseStore:
    db = open_database(tmp_path / "jiaoliu.db")
    yield PhraseStore(db)
    db.close()


def test_add_fills_pinyin_for_chinese_text_or_translation(store: PhraseStore) -> None:
    bank = store.require(store.add("我们去银行了", "we went to the bank"))
    assert bank.pinyin == "wǒ men qù yín háng le" and bank.origin == "typed"
    assert bank.created_at == bank.updated_at and bank.tags == ()
    cap = store.require(store.add("no cap", "不骗你"))
    assert cap.pinyin == "bù piàn nǐ"
    assert store.require(store.add("hello", "hi")).pinyin == ""
    assert store.require(store.add("长城", pinyin="cháng chéng!")).pinyin == "cháng chéng!"  # kept as given


def test_add_refuses_empty_and_huge_text(store: PhraseStore) -> None:
    with pytest.raises(PhraseError, match="needs some text"):
        store.add("   ")
    with pytest.raises(PhraseError, match="too long"):
        store.add("x" * 3000)
    assert store.count() == 0


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("银行", ["bank"]),
        ("行", ["bank"]),
        ("yinhang", ["bank"]),
        ("yín háng", ["bank"]),
        ("yin2 hang2", ["bank"]),
        ("YIN", ["bank"]),
        ("bank", ["bank"]),
        ("ＢＡＮＫ", ["bank"]),  # full-width typed with a Chinese input method
        ("bu pian", ["cap"]),
        ("Gen Z", ["cap"]),  # the note
        ("cap gen", ["cap"]),  # every word, anywhere
        ("cap bank", []),
        ("100%", []),
        ("", ["cap", "bank"]),
    ],
)
def test_search_text_translation_pinyin_and_note(store: PhraseStore, query: str, found: list[str]) -> None:
    ids = {"bank": store.add("我们去银行了", "we went to the bank"), "cap": store.add("no cap", "不骗你", note="Gen Z")}
    names = {v: k for k, v in ids.items()}
    assert [names[i] for i in store.search_ids(query)] == found


def test_tags_are_cleaned_counted_and_filtered(store: PhraseStore) -> None:
    a = store.add("绝绝子", tags="slang, Week 1 ,slang")
    b = store.add("slay", tags=["SLANG", "  english   words "])
    assert store.require(a).tags == ("slang", "Week 1")
    assert store.tags() == [("english words", 1), ("slang", 2), ("Week 1", 1)]
    assert store.search_ids(tag="slang") == [b, a]
    assert store.search_ids(tag="week 1") == [a]
    assert store.search_ids("slay", tag="week 1") == []


def test_bulk_tag_and_untag_with_undo(store: PhraseStore) -> None:
    ids = [store.add(f"phrase {n}", tags="old") for n in range(3)]
    before = store.add_tag(ids[:2], "review")
    assert [store.require(i).tags for i in ids] == [("old", "review"), ("old", "review"), ("old",)]
    store.restore(before)
    assert [store.require(i).tags for i in ids] == [("old",)] * 3
    assert store.tags() == [("old", 3)]
    store.remove_tag(ids, "OLD")
    assert store.tags() == [] and store.search_ids(tag="old") == []


def test_sorting(store: PhraseStore) -> None:
    ids = [store.add(t, tr) for t, tr in (("b", "2"), ("A", "3"), ("c", "1"))]
    assert store.search_ids(sort="created", descending=False) == ids
    assert store.search_ids(sort="text", descending=False) == [ids[1], ids[0], ids[2]]
    assert store.search_ids(sort="translation", descending=True) == [ids[1], ids[0], ids[2]]
    for n, pid in enumerate((ids[2], ids[0], ids[1])):
        store.db.execute("update phrases set updated_at = ? where id = ?", [f"2026-01-0{n + 1}", pid])
    assert store.search_ids() == [ids[1], ids[0], ids[2]]  # most recently changed first


def test_update_recomputes_pinyin_when_the_text_changes(store: PhraseStore) -> None:
    pid = store.add("我们去银行了", "we went to the bank")
    after = store.update(pid, text="我们去银行吧", tags="a, b")
    assert after.pinyin.endswith("ba") and after.tags == ("a", "b")
    assert store.search_ids("yinhangba") == [pid]
    kept = store.update(pid, pinyin="wǒmen qù yínháng ba")
    assert kept.pinyin == "wǒmen qù yínháng ba"
    assert store.update(pid, note="a note").pinyin == "wǒmen qù yínháng ba"  # untouched text keeps it
    with pytest.raises(PhraseError, match="no field"):
        store.update(pid, origin="reader")
    with pytest.raises(PhraseError, match="needs some text"):
        store.update(pid, text="")
    with pytest.raises(PhraseError, match="no longer exists"):
        store.update(999, text="x")


def test_delete_and_restore_exactly(store: PhraseStore) -> None:
    keep = store.add("保留", tags="x")
    gone = [store.add("银行", "bank", tags="money", origin="reader", origin_ref="我们去银行了"), store.add("no cap")]
    before = store.get_many(gone)
    snapshot = store.delete(gone)
    assert store.search_ids() == [keep] and store.tags() == [("x", 1)] and store.search_ids("bank") == []
    store.restore(snapshot)
    assert store.get_many(gone) == before
    assert store.tags() == [("money", 1), ("x", 1)] and store.search_ids("bank") == [gone[0]]
    assert not store.delete([])  # an empty snapshot: nothing was deleted


def test_links_back_to_where_a_phrase_came_from(store: PhraseStore) -> None:
    first = store.add("破防", origin="session", origin_ref="42")
    second = store.add("yyds", origin="session", origin_ref="42")
    store.add("other", origin="session", origin_ref="43")
    assert [p.id for p in store.linked("session", "42")] == [first, second]
    assert store.require(store.add("x", origin="nonsense")).origin == "typed"


def test_migration_keeps_phrases_saved_before_it(tmp_path: Path) -> None:
    """Phrases the translator saved under schema 5 become searchable and keep their tags."""
    from sqlite_utils import Database

    from app.data.migrations import migrations

    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    wanted = {"m001_app_meta", "m002_reader_history", "m003_glossary", "m004_translation_cache", "m005_phrases"}
    for migration in migrations._migrations:  # noqa: SLF001 - apply the schema as an older release had it
        if migration.name in wanted:
            with db.atomic():
                migration.fn(db)
            db.table("_sqlite_migrations").insert(
                {"migration_set": "jiaoliu", "name": migration.name, "applied_at": "2026-01-01"}, alter=True
            )
    db.table("phrases").insert(
        {
            "text": "我爱你",
            "translation": "I love you",
            "pinyin": "",
            "tags": '["love"]',
            "created_at": "t",
            "updated_at": "t",
        }
    )
    db.conn.commit()
    db.close()
    store = PhraseStore(open_database(path))
    assert store.search_ids("love") == [1] and store.search_ids(tag="love") == [1]
    assert store.require(1).origin_ref == ""


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), max_size=6))
def test_clean_tags_is_idempotent(raw: list[str]) -> None:
    once = clean_tags(raw)
    assert clean_tags(once) == once
    assert all(t and "," not in t and t == " ".join(t.split()) for t in once)
    assert len({t.casefold() for t in once}) == len(once)


def test_pinyin_forms() -> None:
    assert pinyin_forms("Nǐ hǎo") == ["nǐ hǎo", "nǐhǎo", "ni3 hao3", "ni3hao3", "ni hao", "nihao"]
    assert pinyin_forms("  ") == []


def test_nul_and_control_characters_are_not_stored(store: PhraseStore) -> None:
    pid = store.add("你\x00好\x07", "hel\x00lo", note="a\x1bnote")
    phrase = store.require(pid)
    assert (phrase.text, phrase.translation, phrase.note) == ("你好", "hello", "anote")
