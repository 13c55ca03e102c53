"""Study use cases: what a card shows, judging the pinyin drill, options from settings, statistics."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from app.core import pinyin_judge
from app.core.errors import QT_TRANSLATE_NOOP, shown
from app.core.phrase_text import auto_pinyin
from app.core.text import han_count
from app.data.study_store import (
    DEFAULT_TYPES,
    LEARNING,
    NEW,
    REVIEW,
    QueueCounts,
    Source,
    StudyCard,
    StudyError,
    StudyStore,
    local_now,
    to_db_time,
)

if TYPE_CHECKING:
    import sqlite_utils

    from app.data.glossary_store import GlossaryStore
    from app.data.phrases import PhraseStore
    from app.services.context import AppContext

FORECAST_DAYS = 30


@dataclass(frozen=True, slots=True)
class CardContent:
    """What a card shows, read from its source at review time (so an edit shows at the next review)."""

    text: str  # the Chinese (or an English slang term)
    pinyin: str  # tone marks; empty when there is nothing to read
    meaning: str
    extra: str = ""  # the meaning in the other language
    example: str = ""
    lang: str = "zh"


def content_of(phrases: PhraseStore, glossary: GlossaryStore, source: Source) -> CardContent | None:
    """The source's current text; None when it was deleted."""
    if source.kind == "phrase":
        phrase = phrases.get(int(source.ref)) if source.ref.isdigit() else None
        return (
            CardContent(phrase.text, phrase.pinyin or auto_pinyin(phrase.text), phrase.translation) if phrase else None
        )
    stored = glossary.get(source.ref)
    if stored is None:
        return None
    e = stored.entry
    pinyin = (e.pinyin or auto_pinyin(e.term)) if e.lang == "zh" else ""
    example = f"{e.examples[0].text} — {e.examples[0].translation}" if e.examples else ""
    meaning, extra = (e.meaning_en, e.meaning_zh) if e.meaning_en else (e.meaning_zh, "")
    return CardContent(e.term, pinyin, meaning, extra, example, e.lang)


@dataclass(frozen=True)
class AddedCards:
    """What `add_to_study` did: cards made now, and cards of the same sources and types that existed already."""

    added: int
    existing: int
    sources: int  # phrases or entries looked at


def add_to_study(
    app: AppContext,
    *,
    phrase_id: int | None = None,
    entry_key: str | None = None,
    deck_name: str | None = None,
    types: Collection[str] = DEFAULT_TYPES,
) -> AddedCards:
    """Make study cards for one phrase, one glossary entry (its key, or a term only one entry has) or every entry
    of a deck (named; entries added to the deck later get cards too). Unknown ids, keys and decks are refused
    with a sentence (StudyError)."""
    types = tuple(dict.fromkeys(types))
    store = app.study_store
    if phrase_id is not None:
        if app.phrase_store.get(phrase_id) is None:
            raise StudyError(QT_TRANSLATE_NOOP("Errors", "There is no phrase {id}."), id=phrase_id)
        sources = [Source("phrase", str(phrase_id))]
        deck_id = None
    elif entry_key is not None:
        sources = [Source("entry", _entry_key(app, entry_key))]
        deck_id = None
    elif deck_name is not None:
        deck = app.glossary_store.deck_by_name(deck_name)
        if deck is None:
            raise StudyError(
                QT_TRANSLATE_NOOP("Errors", "There is no deck called “{deck_name}”."), deck_name=shown(deck_name)
            )
        deck_id = deck.id
        keys = [r["key"] for r in store.db.query("select key from glossary where deck_id = ? order by id", [deck_id])]
        sources = [Source("entry", k) for k in keys]
    else:
        raise StudyError(QT_TRANSLATE_NOOP("Errors", "Name a phrase, an entry or a deck to study."))
    with app.data.transaction():
        existing = sum(_existing_cards(store, s, types) for s in sources)
        added = store.add_deck(deck_id, types) if deck_id is not None else store.add_cards(sources, types)
    return AddedCards(added, existing, len(sources))


def _entry_key(app: AppContext, key: str) -> str:
    glossary = app.glossary_store
    if glossary.get(key) is not None:
        return key
    found = glossary.lookup(key)
    if len(found) == 1:
        return found[0].key
    if found:
        raise StudyError(
            QT_TRANSLATE_NOOP("Errors", "{term} is the term of {count} entries; give one of their keys: {keys}."),
            term=repr(shown(key)),
            count=len(found),
            keys=", ".join(s.key for s in found[:10]),
        )
    raise StudyError(QT_TRANSLATE_NOOP("Errors", "There is no glossary entry {key}."), key=repr(shown(key)))


def _existing_cards(store: StudyStore, source: Source, types: tuple[str, ...]) -> int:
    """Cards of these types the source has already (orphaned ones are replaced by add_cards, so not counted)."""
    marks = ",".join("?" * len(types))
    row = store.db.execute(
        f"select count(*) from study_cards where source_kind = ? and source_ref = ? and orphaned = 0 "
        f"and card_type in ({marks})",
        [source.kind, source.ref, *types],
    ).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class StudyState:
    """Everything the Study screen shows, read in one go in a worker: the card to show (with its content and
    when each grade would bring it back), the queue counts, and the numbers behind the card menu."""

    card: StudyCard | None
    content: CardContent | None
    due_after: dict[int, datetime]  # rating -> the card's next due time after that grade
    counts: QueueCounts
    suspended: int
    orphans: int
    read_at: datetime


def study_state(
    app: AppContext, exclude_types: Collection[str] = (), show_card: int | None = None, *, keep: bool = False
) -> StudyState:
    """The next due card (or card `show_card`, e.g. the one whose grade was just undone), with its content.

    With `keep`, `show_card` is shown only if it is still due-able (not deleted, suspended or orphaned): a
    refresh after an edit elsewhere keeps the card on screen while it still exists."""
    store = app.study_store
    now = datetime.now(UTC)
    card = store.card(show_card) if show_card is not None else None
    if card is not None and (card.suspended or card.orphaned):
        card = None
    if card is None and not keep:
        card = store.next_card(exclude_types=exclude_types)
    content = content_of(app.phrase_store, app.glossary_store, card.source) if card is not None else None
    for _attempt in range(3):
        if card is None or content is not None:
            break
        store.refresh_orphans()  # its source was deleted behind the triggers' back: mark it and move on
        card = None if keep else store.next_card(exclude_types=exclude_types)
        content = content_of(app.phrase_store, app.glossary_store, card.source) if card is not None else None
    if content is None:
        card = None
    due_after = store.preview(card.id, now) if card is not None else {}
    return StudyState(
        card,
        content,
        due_after,
        store.counts(exclude_types=exclude_types),
        store.suspended_count(),
        len(store.orphans()),
        now,
    )


def grade_card(app: AppContext, card_id: int, rating: int, duration_ms: int, name: str, scope: str) -> None:
    """Grade a card and record the step in the History: undo is the store's `undo_last`, redo grades again."""

    def undo() -> None:
        app.study_store.undo_last()

    def redo() -> None:
        app.study_store.grade(card_id, rating, duration_ms=duration_ms)

    redo()
    app.history.record(name, undo, redo, scope)


def judge_drill(content: CardContent, answer: str) -> pinyin_judge.Judgement:
    """Judge typed pinyin against the card's reading, one syllable per Han character where it can."""
    return pinyin_judge.judge(content.pinyin, answer, han_count(content.text) or None)


@dataclass
class SessionTally:
    """A study session's running summary: cards, grades, active time (pauses excluded)."""

    ratings: list[int] = field(default_factory=list)
    durations_ms: list[int] = field(default_factory=list)

    def add(self, rating: int, duration_ms: int) -> None:
        self.ratings.append(rating)
        self.durations_ms.append(duration_ms)

    def undo(self) -> None:
        if self.ratings:
            self.ratings.pop()
            self.durations_ms.pop()

    @property
    def cards(self) -> int:
        return len(self.ratings)

    @property
    def seconds(self) -> float:
        return sum(self.durations_ms) / 1000

    @property
    def accuracy(self) -> float | None:
        """Share of answers not graded Again."""
        return sum(r > 1 for r in self.ratings) / len(self.ratings) if self.ratings else None


@dataclass(frozen=True)
class StudyStats:
    days: list[str]  # study days, oldest first, ending today
    reviews: list[int]  # reviews on each of those days
    retention: list[float | None]  # share of review-state cards recalled (not Again) each day
    forecast: list[tuple[str, int]]  # cards due on each of the next FORECAST_DAYS days (overdue: today)
    streak: int  # consecutive study days up to today (or yesterday, if today has none yet)
    studied_today: bool
    total_reviews: int
    period_retention: float | None
    cards: dict[str, int]  # new, learning, review, suspended, orphaned

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["reviews_per_day"] = [{"day": d, "reviews": n} for d, n in zip(self.days, self.reviews, strict=True)]
        data["retention_per_day"] = [{"day": d, "retention": r} for d, r in zip(self.days, self.retention, strict=True)]
        data["forecast"] = [{"day": d, "due": n} for d, n in self.forecast]
        for key in ("days", "reviews", "retention"):
            del data[key]
        return data


def study_stats(store: StudyStore, days: int = 30, now: datetime | None = None) -> StudyStats:
    """Everything the statistics view and `jiaoliu study stats` show, in a few indexed queries."""
    now = local_now(now)
    db, mod = store.db, store.day_modifier(now)
    today = store.day_start(now).date()
    first = today - timedelta(days=days - 1)
    per_day: dict[str, tuple[int, int, int]] = {}
    for day, n, mature, kept in db.execute(
        "select date(reviewed_at, ?), count(*), sum(prev_state = 2), sum(prev_state = 2 and rating > 1) "
        "from study_reviews where reviewed_at >= ? group by 1",
        [mod, _day_start_utc(store, first, now)],
    ):
        per_day[day] = (n, mature, kept)
    labels = [(first + timedelta(days=i)).isoformat() for i in range(days)]
    reviews = [per_day.get(d, (0, 0, 0))[0] for d in labels]
    retention = [(k / m if m else None) for _n, m, k in (per_day.get(d, (0, 0, 0)) for d in labels)]
    mature_total = sum(v[1] for v in per_day.values())
    kept_total = sum(v[2] for v in per_day.values())
    total = int(db.execute("select count(*) from study_reviews").fetchone()[0])
    return StudyStats(
        labels,
        reviews,
        retention,
        _forecast(store, today, now),
        _streak(store, today, now),
        reviews[-1] > 0 if reviews else False,
        total,
        kept_total / mature_total if mature_total else None,
        _card_counts(db),
    )


def _day_start_utc(store: StudyStore, day: date, now: datetime) -> str:
    return to_db_time(datetime.combine(day, time(store.options.day_starts_at_hour), tzinfo=now.tzinfo))


def _forecast(store: StudyStore, today: date, now: datetime) -> list[tuple[str, int]]:
    end = _day_start_utc(store, today + timedelta(days=FORECAST_DAYS), now)
    due: dict[str, int] = {}
    for day, n in store.db.execute(
        "select max(date(due, ?), ?), count(*) from study_cards "
        "where reps > 0 and suspended = 0 and orphaned = 0 and due < ? group by 1",
        [store.day_modifier(now), today.isoformat(), end],
    ):
        due[day] = n
    labels = [(today + timedelta(days=i)).isoformat() for i in range(FORECAST_DAYS)]
    return [(d, due.get(d, 0)) for d in labels]


def _streak(store: StudyStore, today: date, now: datetime) -> int:
    """Walk back through windows that double in length until a day without reviews."""
    mod, streak, cursor, span = store.day_modifier(now), 0, today, 32
    checked_today = False
    while True:
        low = cursor - timedelta(days=span - 1)
        found = {
            d
            for (d,) in store.db.execute(
                "select distinct date(reviewed_at, ?) from study_reviews where reviewed_at >= ? and reviewed_at < ?",
                [mod, _day_start_utc(store, low, now), _day_start_utc(store, cursor + timedelta(days=1), now)],
            )
        }
        if not checked_today:
            checked_today = True
            if cursor.isoformat() not in found:  # nothing yet today: the streak is still alive from yesterday
                cursor -= timedelta(days=1)
        while cursor >= low and cursor.isoformat() in found:
            streak += 1
            cursor -= timedelta(days=1)
        if cursor >= low:
            return streak
        span *= 2


def _card_counts(db: sqlite_utils.Database) -> dict[str, int]:
    row = db.execute(
        "select coalesce(sum(reps = 0), 0), coalesce(sum(reps > 0 and state != 2), 0), "
        "coalesce(sum(reps > 0 and state = 2), 0), coalesce(sum(suspended), 0), coalesce(sum(orphaned), 0) "
        "from study_cards"
    ).fetchone()
    return dict(zip((NEW, LEARNING, REVIEW, "suspended", "orphaned"), map(int, row), strict=True))


def card_json(card: StudyCard, content: CardContent | None) -> dict[str, Any]:
    """A card for `jiaoliu study due --json`."""
    data: dict[str, Any] = {
        "id": card.id,
        "type": card.card_type,
        "queue": card.queue,
        "due": card.due.isoformat(),
        "source": {"kind": card.source.kind, "ref": card.source.ref},
    }
    if content is not None:
        data.update(text=content.text, pinyin=content.pinyin, meaning=content.meaning)
    return data
