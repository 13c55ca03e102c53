"""One time format in every table (app/data/timestamps.py), and the migration that moved older databases to it."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.data.database import open_database
from app.data.glossary_store import GlossaryStore
from app.data.migrations import TIME_COLUMNS
from app.data.phrases import PhraseStore
from app.data.reader_texts import ReaderTextStore
from app.data.sessions import SessionStore
from app.data.study_store import Source, StudyOptions, StudyStore
from app.data.timestamps import from_stamp, normalise_stamp, now_stamp, to_stamp
from app.services.study import study_stats
from tests.fixtures.entries import user_entry

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")
NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
BEIJING = timezone(timedelta(hours=8))


# --- the helpers ------------------------------------------------------------------------------------------
def test_a_stamp_is_utc_iso_to_the_second() -> None:
    assert to_stamp(datetime(2026, 12, 6, 10, 35, 6, 999_999, tzinfo=BEIJING)) == "2026-12-06T02:35:06+00:00"
    assert STAMP.match(now_stamp())
    assert from_stamp("2026-12-06T02:35:06+00:00") == datetime(2026, 12, 6, 2, 35, 6, tzinfo=UTC)


@pytest.mark.parametrize(
    "old",
    ["2026-12-06 02:35:06", "2026-12-06T02:35:06", "2026-12-06T02:35:06.123456+00:00", "2026-12-06T10:35:06+08:00"],
)
def test_older_forms_read_as_the_same_moment(old: str) -> None:
    assert from_stamp(old).replace(microsecond=0) == datetime(2026, 12, 6, 2, 35, 6, tzinfo=UTC)
    assert normalise_stamp(old) == "2026-12-06T02:35:06+00:00"


moments = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(9998, 12, 31), timezones=st.just(UTC)).map(
    lambda d: d.replace(microsecond=0)
)


@given(moments, moments)
def test_stamps_sort_as_text_as_their_moments_do(a: datetime, b: datetime) -> None:
    assert (to_stamp(a) < to_stamp(b)) == (a < b)
    assert from_stamp(to_stamp(a)) == a


@given(moments)
def test_sqlite_reads_a_stamp_as_the_same_moment(moment: datetime) -> None:
    with sqlite3.connect(":memory:") as conn:
        row = conn.execute("select datetime(?), date(?, '+480 minutes')", [to_stamp(moment)] * 2).fetchone()
    assert row == (moment.strftime("%Y-%m-%d %H:%M:%S"), (moment + timedelta(hours=8)).date().isoformat())


# --- the migration ----------------------------------------------------------------------------------------
def _fill(path: Path) -> dict[str, object]:
    """A database with something in every table that holds a time; returns what the user sees of it."""
    data = open_database(path)
    try:
        phrases, glossary = PhraseStore(data), GlossaryStore(data)
        study = StudyStore(data, StudyOptions(fuzz=False))
        sessions = SessionStore(data)
        ReaderTextStore(data).save("你好")
        first = phrases.add("你好", "hello", pinyin="nǐ hǎo")
        second = phrases.add("谢谢", "thanks", pinyin="xiè xie")
        deck = glossary.create_deck("Mine")
        glossary.add(deck, user_entry("上岸"))
        study.add_cards([Source("phrase", str(first)), Source("phrase", str(second))])
        study.add_deck(deck, ["recognition"])
        cards = study.due_cards(20, now=NOON + timedelta(days=1))
        for day, card in enumerate(cards[:4]):
            at = NOON - timedelta(days=20 - day)
            study.grade(card.id, 3, now=at)
            study.grade(card.id, 3, now=at + timedelta(minutes=10))
        study.grade(cards[0].id, 1, now=NOON - timedelta(days=2))
        session = sessions.create("Homework", start=True)
        sessions.add_entry(session, "question", "为什么?")
        return _seen(data, NOON)
    finally:
        data.close()


def _seen(data, now: datetime) -> dict[str, object]:  # type: ignore[no-untyped-def]
    study = StudyStore(data, StudyOptions(fuzz=False))
    ids = [r[0] for r in data.db.execute("select id from study_cards order by id")]
    cards = [study.card(i) for i in ids]
    # Around each card's due time too, where comparing two formats as text would go wrong within the day.
    moments = [now] + [c.due + d for c in cards if c for d in (timedelta(minutes=-30), timedelta(minutes=1))]
    return {
        "cards": cards,
        "counts": study.counts(now=now),
        "queues": [(m, study.counts(now=m), [c.id for c in study.due_cards(50, now=m)]) for m in moments],
        "stats": study_stats(study, now=now).to_json(),
        "phrases": [(p.id, p.created_at) for p in PhraseStore(data).all()],
        "sessions": [(s.id, s.started_at, s.running_since) for s in SessionStore(data).sessions()],
    }


def _make_old(path: Path) -> None:
    """Write every time as the release before m011 did, and forget that m011 ran."""
    with sqlite3.connect(path) as conn:
        for table in ("study_cards", "study_reviews", "study_decks"):
            for column in TIME_COLUMNS[table]:
                if column != "source_stamp":  # study copied the phrase's stamp, which was already ISO
                    conn.execute(f"update {table} set {column} = strftime('%Y-%m-%d %H:%M:%S', {column})")
        conn.execute("update reader_texts set updated_at = '2025-03-10T12:00:00.123456+00:00'")
        conn.execute("update app_meta set value = '2025-01-01T08:00:00.654321+00:00' where key = 'created_at'")
        conn.execute("drop trigger study_deck_entry_added")
        conn.execute(
            """create trigger study_deck_entry_added after insert on glossary
            when new.deck_id in (select deck_id from study_decks) begin
                insert or ignore into study_cards (source_kind, source_ref, card_type, deck_id, due, created_at)
                select 'entry', new.key, value, new.deck_id, datetime('now'), datetime('now')
                from json_each((select card_types from study_decks where deck_id = new.deck_id))
                where new.lang = 'zh' or value in ('recognition', 'production');
            end"""
        )
        conn.execute("delete from _sqlite_migrations where name = 'm011_one_time_format'")
    conn.close()


def _times(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        values = [
            value
            for table, columns in TIME_COLUMNS.items()
            for column in columns
            for (value,) in conn.execute(f"select {column} from {table} where {column} is not null and {column} != ''")
        ]
        values.append(conn.execute("select value from app_meta where key = 'created_at'").fetchone()[0])
    conn.close()
    return values


def test_an_old_database_migrates_to_the_one_format(tmp_path: Path) -> None:
    path = tmp_path / "jiaoliu.db"
    before = _fill(path)
    _make_old(path)
    old = _times(path)
    assert any(" " in value for value in old)  # the study tables really were in the old format
    assert not all(STAMP.match(value) for value in old)

    data = open_database(path)  # applies m011
    try:
        after = _seen(data, NOON)
        assert after == before  # the same cards due, the same queue counts, the same statistics
        counts, stats = after["counts"], after["stats"]
        assert counts.review > 0 and counts.new > 0 and stats["total_reviews"] == 7  # type: ignore[attr-defined,index]
    finally:
        data.close()
    times = _times(path)
    assert len(times) == len(old)
    assert [value for value in times if not STAMP.match(value)] == []


def test_a_migrated_database_keeps_studying(tmp_path: Path) -> None:
    path = tmp_path / "jiaoliu.db"
    _fill(path)
    _make_old(path)
    data = open_database(path)
    try:
        study, glossary = StudyStore(data, StudyOptions(fuzz=False)), GlossaryStore(data)
        deck = glossary.create_deck("Later")
        study.add_deck(deck, ["recognition"])
        key = glossary.add(deck, user_entry("躺平"))  # the deck trigger, rewritten by m011, makes its card
        (card_id,) = study.cards_of(Source("entry", key))
        row = data.db.execute("select due, created_at from study_cards where id = ?", [card_id]).fetchone()
        assert STAMP.match(row[0]) and STAMP.match(row[1])
        assert card_id in [c.id for c in study.due_cards(100, now=datetime.now(UTC) + timedelta(minutes=1))]
        # A card graded before the migration is still due when it was, and grades on from there.
        old_card = next(c for c in study.due_cards(50, now=NOON + timedelta(days=400)) if c.reps)
        due = study.grade(old_card.id, 3, now=NOON + timedelta(days=400))
        assert due > NOON + timedelta(days=400)
    finally:
        data.close()


def test_a_running_session_timer_survives_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "jiaoliu.db"
    _fill(path)
    _make_old(path)
    data = open_database(path)
    try:
        (session,) = SessionStore(data).sessions()
        assert session.running
        assert 0 <= session.duration() < 600  # running since it was made, moments ago
    finally:
        data.close()
