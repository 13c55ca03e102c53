"""Study cards in SQLite: sources, the due queue, grading through the fsrs package, undo, suspend/bury/reset."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from fsrs import Card, Rating, Scheduler, State

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.text import is_han
from app.data.changes import CARD
from app.data.study_schema import CARD_TYPES
from app.data.timestamps import from_stamp, to_stamp

if TYPE_CHECKING:
    import sqlite_utils

    from app.data.database import Database

DEFAULT_TYPES = ("recognition", "production", "pinyin")
CHINESE_ONLY = frozenset({"pinyin", "listening"})  # drills that need Han characters
NEW, LEARNING, REVIEW = "new", "learning", "review"


class StudyError(UserError, ValueError):
    """A request the study store refuses, in one sentence."""


@dataclass(frozen=True, slots=True)
class StudyOptions:
    desired_retention: float = 0.9
    new_per_day: int = 20
    learn_ahead_minutes: int = 20  # a learning card due this soon is shown rather than ending the session
    day_starts_at_hour: int = 4  # as in Anki: a late-night session still counts for the evening's day
    fuzz: bool = True

    def __post_init__(self) -> None:
        if not 0.7 <= self.desired_retention <= 0.99:
            raise StudyError(QT_TRANSLATE_NOOP("Errors", "The desired retention must be between 0.70 and 0.99."))
        if not 0 <= self.new_per_day <= 9999:
            raise StudyError(QT_TRANSLATE_NOOP("Errors", "New cards per day must be between 0 and 9999."))


def options_from(settings: object) -> StudyOptions:
    """Study options from the preferences (`study_desired_retention`, `study_new_per_day`), else defaults."""
    default = StudyOptions()
    retention = getattr(settings, "study_desired_retention", default.desired_retention)
    per_day = getattr(settings, "study_new_per_day", default.new_per_day)
    try:
        return StudyOptions(desired_retention=float(retention), new_per_day=int(per_day))
    except (ValueError, TypeError):
        return default


@dataclass(frozen=True, slots=True)
class Source:
    kind: str  # 'phrase' (ref = the phrase id) or 'entry' (ref = the glossary key)
    ref: str


@dataclass(frozen=True, slots=True)
class StudyCard:
    id: int
    card_type: str
    source: Source
    queue: str  # NEW, LEARNING or REVIEW
    due: datetime
    reps: int
    lapses: int
    suspended: bool
    orphaned: bool  # its phrase or entry was deleted


@dataclass(frozen=True, slots=True)
class QueueCounts:
    new: int
    learning: int
    review: int
    later_today: int = 0  # learning cards that come back later today

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


def to_db_time(moment: datetime) -> str:
    """A time as stored (app/data/timestamps.py: one format for every table; it sorts as text)."""
    return to_stamp(moment)


def from_db_time(text: str) -> datetime:
    return from_stamp(text)


def local_now(now: datetime | None = None) -> datetime:
    """An aware datetime; its offset decides where study days begin (the system's zone by default)."""
    if now is None:
        return datetime.now().astimezone()
    return now if now.tzinfo is not None else now.astimezone()


@lru_cache(maxsize=8)
def _scheduler(retention: float, fuzz: bool) -> Scheduler:
    return Scheduler(desired_retention=retention, enable_fuzzing=fuzz)


class StudyStore:
    def __init__(self, data: Database, options: StudyOptions | None = None) -> None:
        self.data = data
        self.options = options or StudyOptions()

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection: the writer inside a transaction, else this thread's reader."""
        return self.data.db

    @property
    def scheduler(self) -> Scheduler:
        return _scheduler(self.options.desired_retention, self.options.fuzz)

    # --- study days ------------------------------------------------------------------------------------
    def day_start(self, now: datetime | None = None) -> datetime:
        """When the study day containing `now` began (an aware datetime in now's zone)."""
        now = local_now(now)
        hour = self.options.day_starts_at_hour
        day = (now - timedelta(hours=hour)).date()
        return datetime.combine(day, time(hour), tzinfo=now.tzinfo)

    def day_modifier(self, now: datetime | None = None) -> str:
        """The SQLite date() modifier that turns a stored UTC time into its study day."""
        offset = local_now(now).utcoffset() or timedelta()
        minutes = int(offset.total_seconds() // 60) - self.options.day_starts_at_hour * 60
        return f"{minutes:+d} minutes"

    # --- adding and removing cards --------------------------------------------------------------------
    def add_cards(
        self, sources: Iterable[Source], types: Iterable[str] = DEFAULT_TYPES, deck_id: int | None = None
    ) -> int:
        """Cards of the given types for each source (existing ones are kept); returns how many are new."""
        types = tuple(types)
        unknown = set(types) - set(CARD_TYPES)
        if unknown:
            raise StudyError(QT_TRANSLATE_NOOP("Errors", "Unknown card type {field}."), field=repr(sorted(unknown)[0]))
        now = to_db_time(datetime.now(UTC))
        added = 0
        with self.data.transaction():
            self.data.changed(CARD)
            for source in sources:
                found = self._source_row(source)
                if found is None:
                    raise StudyError(
                        QT_TRANSLATE_NOOP("Errors", "The {kind} {ref} no longer exists."),
                        kind=source.kind,
                        ref=source.ref,
                    )
                chinese, stamp = found
                # Cards left by a deleted source whose id was reused belong to nobody: replace them.
                self.db.execute(
                    "delete from study_cards where source_kind = ? and source_ref = ? and orphaned = 1",
                    [source.kind, source.ref],
                )
                for card_type in types:
                    if card_type in CHINESE_ONLY and not chinese:
                        continue
                    cursor = self.db.execute(
                        "insert or ignore into study_cards (source_kind, source_ref, source_stamp, card_type, "
                        "deck_id, due, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                        [source.kind, source.ref, stamp, card_type, deck_id, now, now],
                    )
                    added += cursor.rowcount
        return added

    def add_phrase(self, phrase_id: int, types: Iterable[str] = DEFAULT_TYPES) -> int:
        return self.add_cards([Source("phrase", str(phrase_id))], types)

    def add_entry(self, key: str, types: Iterable[str] = DEFAULT_TYPES) -> int:
        return self.add_cards([Source("entry", key)], types)

    def add_deck(self, deck_id: int, types: Iterable[str] = DEFAULT_TYPES) -> int:
        """Study a whole glossary deck; entries added to it later get cards as well."""
        import json

        types = tuple(types)
        keys = [r["key"] for r in self.db.query("select key from glossary where deck_id = ? order by id", [deck_id])]
        if not keys and not self.db.execute("select 1 from decks where id = ?", [deck_id]).fetchone():
            raise StudyError(QT_TRANSLATE_NOOP("Errors", "There is no deck {deck_id}."), deck_id=deck_id)
        with self.data.transaction():
            self.data.changed(CARD)
            added = self.add_cards([Source("entry", k) for k in keys], types, deck_id)
            self.db.execute(
                "insert or replace into study_decks (deck_id, card_types, created_at) values (?, ?, ?)",
                [deck_id, json.dumps(list(types)), to_db_time(datetime.now(UTC))],
            )
        return added

    def _source_row(self, source: Source) -> tuple[bool, str] | None:
        """(is it Chinese, stamp) of a source that exists; None when it does not."""
        if source.kind == "phrase":
            if not source.ref.isdigit():
                return None
            row = self.db.execute("select text, created_at from phrases where id = ?", [int(source.ref)]).fetchone()
            return (any(is_han(ch) for ch in row[0]), row[1]) if row else None
        if source.kind == "entry":
            # A Chinese entry written in letters (yyds) still has a reading to drill.
            row = self.db.execute("select lang from glossary where key = ?", [source.ref]).fetchone()
            return (row[0] == "zh", "") if row else None
        raise StudyError(QT_TRANSLATE_NOOP("Errors", "Unknown source kind {kind}."), kind=repr(source.kind))

    def cards_of(self, source: Source) -> list[int]:
        rows = self.db.execute(
            "select id from study_cards where source_kind = ? and source_ref = ? order by id", [source.kind, source.ref]
        )
        return [r[0] for r in rows]

    def remove_cards(self, card_ids: Collection[int]) -> int:
        """Delete cards (their review history stays for the statistics)."""
        ids = list(card_ids)
        with self.data.transaction():
            self.data.changed(CARD)
            return sum(self.db.execute("delete from study_cards where id = ?", [i]).rowcount for i in ids)

    def remove_source(self, source: Source) -> int:
        """Delete a source's cards: the phrasebook calls this once the user confirmed deleting the phrase."""
        return self.remove_cards(self.cards_of(source))

    def orphans(self) -> list[StudyCard]:
        rows = self.db.query("select * from study_cards where orphaned = 1 order by id")
        return [self._card(r) for r in rows]

    def refresh_orphans(self) -> int:
        """Recompute which cards lost their source (a safety net under the triggers); returns the count."""
        with self.data.transaction():
            self.data.changed(CARD)
            self.db.execute(
                """update study_cards set orphaned = case
                    when source_kind = 'phrase' then not exists
                        (select 1 from phrases p where p.id = cast(source_ref as integer))
                    else not exists (select 1 from glossary g where g.key = source_ref) end"""
            )
        return int(self.db.execute("select count(*) from study_cards where orphaned = 1").fetchone()[0])

    # --- reading cards --------------------------------------------------------------------------------
    def card(self, card_id: int) -> StudyCard | None:
        row = next(iter(self.db.query("select * from study_cards where id = ?", [card_id])), None)
        return self._card(row) if row else None

    @staticmethod
    def _card(row: dict[str, Any]) -> StudyCard:
        queue = NEW if row["reps"] == 0 else REVIEW if row["state"] == State.Review else LEARNING
        source = Source(row["source_kind"], row["source_ref"])
        due = from_db_time(row["due"])
        return StudyCard(
            row["id"],
            row["card_type"],
            source,
            queue,
            due,
            row["reps"],
            row["lapses"],
            bool(row["suspended"]),
            bool(row["orphaned"]),
        )

    # --- the queue ------------------------------------------------------------------------------------
    def _queue(self, queue: str, bound: datetime, today: str, exclude: Collection[str]) -> tuple[str, list[Any], str]:
        """FROM and WHERE of one queue; its first terms repeat the partial index's WHERE so SQLite uses it."""
        where = "(buried_until is null or buried_until < ?)"
        params: list[Any] = [today]
        if exclude:
            where += f" and card_type not in ({','.join('?' * len(exclude))})"
            params += list(exclude)
        if queue == NEW:
            # One new card per source a day: meeting 你好 both ways in one sitting teaches little.
            sql = (
                f"from study_cards c where reps = 0 and suspended = 0 and orphaned = 0 and {where} "
                "and not exists (select 1 from study_cards s where s.source_kind = c.source_kind "
                "and s.source_ref = c.source_ref and s.last_review >= ?)"
            )
            return sql, [*params, to_db_time(bound)], "id"
        due = "state != 2 and due <= ?" if queue == LEARNING else "state = 2 and due < ?"
        sql = f"from study_cards where reps > 0 and suspended = 0 and orphaned = 0 and {due} and {where}"
        return sql, [to_db_time(bound), *params], "due"

    def _rows(self, queue: str, bound: datetime, today: str, exclude: Collection[str], limit: int) -> list[dict]:
        if limit <= 0:
            return []
        sql, params, order = self._queue(queue, bound, today, exclude)
        if queue != NEW:
            return list(self.db.query(f"select * {sql} order by {order} limit ?", [*params, limit]))
        # One new card per source (see _queue); the cursor stops once there are enough.
        rows: list[dict[str, Any]] = []
        sources: set[tuple[str, str]] = set()
        for row in self.db.query(f"select * {sql} order by {order}", params):
            if (row["source_kind"], row["source_ref"]) not in sources:
                sources.add((row["source_kind"], row["source_ref"]))
                rows.append(row)
                if len(rows) == limit:
                    break
        return rows

    def _count(self, queue: str, bound: datetime, today: str, exclude: Collection[str], limit: int = -1) -> int:
        sql, params, _order = self._queue(queue, bound, today, exclude)
        what = "distinct source_kind, source_ref" if queue == NEW else "1"
        found = self.db.execute(f"select count(*) from (select {what} {sql} limit ?)", [*params, limit]).fetchone()
        return int(found[0])

    def new_left_today(self, now: datetime | None = None) -> int:
        introduced = self.db.execute(
            "select count(*) from study_reviews where reviewed_at >= ? and prev_reps = 0",
            [to_db_time(self.day_start(now))],
        ).fetchone()[0]
        return max(0, self.options.new_per_day - int(introduced))

    def _day(self, now: datetime | None) -> tuple[datetime, datetime, datetime, str]:
        now = local_now(now)
        start = self.day_start(now)
        return now, start, start + timedelta(days=1), start.date().isoformat()

    def counts(self, now: datetime | None = None, exclude_types: Collection[str] = ()) -> QueueCounts:
        now, start, end, today = self._day(now)
        ahead = now + timedelta(minutes=self.options.learn_ahead_minutes)
        learning = self._count(LEARNING, ahead, today, exclude_types)
        later = self._count(LEARNING, end, today, exclude_types) - learning
        review = self._count(REVIEW, end, today, exclude_types)
        new = self._count(NEW, start, today, exclude_types, self.new_left_today(now))
        return QueueCounts(new, learning, review, max(0, later))

    def due_cards(
        self, limit: int = 10, now: datetime | None = None, exclude_types: Collection[str] = ()
    ) -> list[StudyCard]:
        """The next cards in the order a session shows them: learning, reviews, new, then learning ahead."""
        now, start, end, today = self._day(now)
        rows = self._rows(LEARNING, now, today, exclude_types, limit)
        rows += self._rows(REVIEW, end, today, exclude_types, limit - len(rows))
        rows += self._rows(NEW, start, today, exclude_types, min(limit - len(rows), self.new_left_today(now)))
        if len(rows) < limit:
            ahead = now + timedelta(minutes=self.options.learn_ahead_minutes)
            seen = {r["id"] for r in rows}
            rows += [r for r in self._rows(LEARNING, ahead, today, exclude_types, limit) if r["id"] not in seen]
        return [self._card(r) for r in rows[:limit]]

    def next_card(self, now: datetime | None = None, exclude_types: Collection[str] = ()) -> StudyCard | None:
        found = self.due_cards(1, now, exclude_types)
        return found[0] if found else None

    # --- grading --------------------------------------------------------------------------------------
    def _fsrs_card(self, row: dict[str, Any]) -> Card:
        return Card(
            card_id=row["id"],
            state=State(row["state"]),
            step=row["step"],
            stability=row["stability"],
            difficulty=row["difficulty"],
            due=from_db_time(row["due"]),
            last_review=from_db_time(row["last_review"]) if row["last_review"] else None,
        )

    def _row(self, card_id: int) -> dict[str, Any]:
        row = next(iter(self.db.query("select * from study_cards where id = ?", [card_id])), None)
        if row is None:
            raise StudyError(QT_TRANSLATE_NOOP("Errors", "There is no study card {card_id}."), card_id=card_id)
        return row

    def preview(self, card_id: int, now: datetime | None = None) -> dict[int, datetime]:
        """When the card would be due again after each rating (1–4), for the grade buttons."""
        card = self._fsrs_card(self._row(card_id))
        at = local_now(now).astimezone(UTC)
        return {int(r): self.scheduler.review_card(card, r, at)[0].due for r in Rating}

    def grade(self, card_id: int, rating: int, now: datetime | None = None, duration_ms: int | None = None) -> datetime:
        """Record a review (1 Again … 4 Easy) and reschedule the card with FSRS; returns its new due time."""
        if rating not in (1, 2, 3, 4):
            raise StudyError(QT_TRANSLATE_NOOP("Errors", "A grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)."))
        row = self._row(card_id)
        at = local_now(now).astimezone(UTC)
        card, _log = self.scheduler.review_card(self._fsrs_card(row), Rating(rating), at, duration_ms)
        lapse = int(rating == Rating.Again and row["state"] == State.Review)
        with self.data.transaction():
            self.data.changed(CARD)
            review_id = self.db.execute(
                "insert into study_reviews (card_id, rating, reviewed_at, duration_ms, prev_state, prev_step, "
                "prev_stability, prev_difficulty, prev_due, prev_last_review, prev_last_review_id, prev_reps, "
                "prev_lapses) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [card_id, rating, to_db_time(at), duration_ms]
                + [row[k] for k in ("state", "step", "stability", "difficulty", "due", "last_review")]
                + [row["last_review_id"], row["reps"], row["lapses"]],
            ).lastrowid
            self.db.execute(
                "update study_cards set state = ?, step = ?, stability = ?, difficulty = ?, due = ?, "
                "last_review = ?, last_review_id = ?, reps = reps + 1, lapses = lapses + ?, buried_until = null "
                "where id = ?",
                [int(card.state), card.step, card.stability, card.difficulty, to_db_time(card.due)]
                + [to_db_time(at), review_id, lapse, card_id],
            )
        return card.due

    def can_undo(self) -> bool:
        return self._undoable() is not None

    def _undoable(self) -> dict[str, Any] | None:
        last = next(iter(self.db.query("select * from study_reviews order by id desc limit 1")), None)
        if last is None:
            return None
        current = self.db.execute("select last_review_id from study_cards where id = ?", [last["card_id"]]).fetchone()
        # The card must still exist and still carry this review's result (no reset or later grade).
        return last if current and current[0] == last["id"] else None

    def undo_last(self) -> int:
        """Take back the most recent grade: the card gets its earlier state; returns the card id."""
        last = self._undoable()
        if last is None:
            raise StudyError(QT_TRANSLATE_NOOP("Errors", "There is no grade to undo."))
        with self.data.transaction():
            self.data.changed(CARD)
            self.db.execute(
                "update study_cards set state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
                "last_review_id = ?, reps = ?, lapses = ? where id = ?",
                [last[f"prev_{k}"] for k in ("state", "step", "stability", "difficulty", "due", "last_review")]
                + [last["prev_last_review_id"], last["prev_reps"], last["prev_lapses"], last["card_id"]],
            )
            self.db.execute("delete from study_reviews where id = ?", [last["id"]])
        return int(last["card_id"])

    # --- suspend, bury, reset -------------------------------------------------------------------------
    def _update(self, card_ids: Collection[int], assignments: str, params: list[Any]) -> int:
        with self.data.transaction():
            self.data.changed(CARD)
            return sum(
                self.db.execute(f"update study_cards set {assignments} where id = ?", [*params, i]).rowcount
                for i in card_ids
            )

    def suspend(self, card_ids: Collection[int], suspended: bool = True) -> int:
        return self._update(card_ids, "suspended = ?", [int(suspended)])

    def unsuspend_all(self) -> int:
        with self.data.transaction():
            self.data.changed(CARD)
            return self.db.execute("update study_cards set suspended = 0 where suspended = 1").rowcount

    def suspended_count(self) -> int:
        return int(self.db.execute("select count(*) from study_cards where suspended = 1").fetchone()[0])

    def bury(self, card_ids: Collection[int], now: datetime | None = None) -> int:
        """Hide cards until the next study day."""
        return self._update(card_ids, "buried_until = ?", [self._day(now)[3]])

    def reset(self, card_ids: Collection[int], now: datetime | None = None) -> int:
        """Make cards new again (their past reviews stay in the statistics)."""
        due = to_db_time(local_now(now))
        return self._update(
            card_ids,
            "state = 1, step = 0, stability = null, difficulty = null, due = ?, last_review = null, "
            "last_review_id = null, reps = 0, lapses = 0, buried_until = null",
            [due],
        )
