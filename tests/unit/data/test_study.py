"""Study cards in a real SQLite database, scheduled by the real fsrs package."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from app.core.slang import Example, SlangEntry
from app.data.database import open_database
from app.data.glossary_store import GlossaryStore
from app.data.phrases import PhraseStore
from app.data.study_store import LEARNING, NEW, REVIEW, Source, StudyError, StudyOptions, StudyStore, options_from
from app.services.study import SessionTally, content_of, judge_drill, study_stats

NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "jiaoliu.db")
    yield database
    database.close()


@pytest.fixture
def phrases(db) -> PhraseStore:  # type: ignore[no-untyped-def]
    return PhraseStore(db)


def _phrase(phrases: PhraseStore, text: str = "你好", translation: str = "hello", pinyin: str = "nǐ hǎo") -> int:
    return phrases.add(text, translation, pinyin=pinyin)


def _entry(term: str, lang: str = "zh") -> SlangEntry:
    return SlangEntry(
        id="",
        term=term,
        lang=lang,
        variants=(),
        pinyin="shàng àn" if lang == "zh" else None,
        literal="",
        meaning_en="passed the exam",
        meaning_zh="考上了",
        register=("neutral",),
        examples=(Example("他上岸了", "He made it"),),
        tags=(),
        year=2020,
        related=(),
    )


def _store(db, **options: object) -> StudyStore:  # type: ignore[no-untyped-def]
    return StudyStore(db, StudyOptions(**options))  # type: ignore[arg-type]


def _graduate(store: StudyStore, card_id: int, at: datetime) -> datetime:
    """Good twice: through the learning steps into review; returns the first review due time."""
    due = store.grade(card_id, 3, at)
    return store.grade(card_id, 3, due)


def test_a_card_graded_good_is_due_later_than_one_graded_again(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    store.add_phrase(_phrase(phrases), ["recognition", "production"])
    first, second = store.cards_of(Source("phrase", "1"))
    again, good = store.grade(first, 1, NOON), store.grade(second, 3, NOON)
    assert NOON < again < good
    assert store.card(first).queue == LEARNING  # type: ignore[union-attr]
    # Easy on a new card skips the learning steps altogether.
    third = store.add_phrase(_phrase(phrases, "谢谢", "thanks", "xiè xie"), ["recognition"])
    assert third == 1
    card = store.cards_of(Source("phrase", "2"))[0]
    easy = store.grade(card, 4, NOON)
    assert easy - NOON >= timedelta(days=1) and store.card(card).queue == REVIEW  # type: ignore[union-attr]


def test_intervals_grow_with_each_good_review(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    store.add_phrase(_phrase(phrases), ["recognition"])
    card = store.due_cards(1, NOON)[0].id
    at = NOON
    due = _graduate(store, card, at)
    intervals = []
    for _ in range(5):
        at, due = due, store.grade(card, 3, due)
        intervals.append(due - at)
    assert all(later > earlier for earlier, later in zip(intervals, intervals[1:], strict=False)), intervals
    assert intervals[-1] > timedelta(days=60)
    assert int(db.db.execute("select count(*) from study_reviews where card_id = ?", [card]).fetchone()[0]) == 7


def test_higher_desired_retention_means_shorter_intervals(db, phrases) -> None:  # type: ignore[no-untyped-def]
    relaxed, strict = _store(db, desired_retention=0.8, fuzz=False), _store(db, desired_retention=0.97, fuzz=False)
    relaxed.add_phrase(_phrase(phrases), ["recognition", "production"])
    a, b = relaxed.cards_of(Source("phrase", "1"))
    assert _graduate(relaxed, a, NOON) > _graduate(strict, b, NOON)
    with pytest.raises(StudyError):
        StudyOptions(desired_retention=0.5)


def test_preview_matches_the_grade(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db, fuzz=False)
    store.add_phrase(_phrase(phrases), ["recognition"])
    card = store.due_cards(1, NOON)[0].id
    preview = store.preview(card, NOON)
    assert preview[1] < preview[2] < preview[3] < preview[4]
    assert store.grade(card, 3, NOON) == preview[3]


def test_undo_puts_back_the_exact_state_and_forgets_the_review(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    store.add_phrase(_phrase(phrases), ["recognition"])
    card = store.due_cards(1, NOON)[0].id
    due = store.grade(card, 3, NOON)
    before = dict(next(iter(db.db.query("select * from study_cards where id = ?", [card]))))
    store.grade(card, 1, due)
    assert store.can_undo()
    assert store.undo_last() == card
    assert dict(next(iter(db.db.query("select * from study_cards where id = ?", [card])))) == before
    assert store.undo_last() == card  # and once more: new again
    restored = store.card(card)
    assert restored is not None and restored.queue == NEW and restored.reps == 0
    assert not store.can_undo()
    with pytest.raises(StudyError):
        store.undo_last()


def test_undo_is_refused_once_the_card_was_reset(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    store.add_phrase(_phrase(phrases), ["recognition"])
    card = store.due_cards(1, NOON)[0].id
    _graduate(store, card, NOON)
    store.reset([card], NOON)
    assert store.card(card).queue == NEW  # type: ignore[union-attr]
    assert not store.can_undo()
    assert study_stats(store, 7, NOON).total_reviews == 2  # history stays


def test_suspend_and_bury(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    store.add_phrase(_phrase(phrases), ["recognition"])
    store.add_phrase(_phrase(phrases, "谢谢", "thanks", "xiè xie"), ["recognition"])
    first, second = [c.id for c in store.due_cards(5, NOON)]
    store.suspend([first])
    assert [c.id for c in store.due_cards(5, NOON)] == [second]
    assert store.suspended_count() == 1
    store.bury([second], NOON)
    assert store.due_cards(5, NOON) == [] and store.counts(NOON).total == 0
    assert [c.id for c in store.due_cards(5, NOON + timedelta(days=1))] == [second]  # back the next study day
    assert store.unsuspend_all() == 1
    assert {c.id for c in store.due_cards(5, NOON + timedelta(days=1))} == {first, second}


def test_new_cards_per_day_limit_and_one_new_card_per_source_a_day(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db, new_per_day=3)
    for i in range(6):
        store.add_phrase(_phrase(phrases, f"词{i}", f"word {i}", "cí"), ["recognition", "production"])
    assert store.counts(NOON).new == 3
    seen = []
    for _ in range(3):
        card = store.next_card(NOON)
        assert card is not None and card.queue == NEW
        seen.append(card.source)
        store.grade(card.id, 4, NOON)  # Easy: out of today's queue
    assert len(set(seen)) == 3  # never the other side of a phrase met today
    assert store.next_card(NOON) is None and store.counts(NOON).new == 0
    tomorrow = NOON + timedelta(days=1)
    assert store.counts(tomorrow).new == 3


def test_learning_cards_come_back_within_the_learn_ahead_window(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    store.add_phrase(_phrase(phrases), ["recognition"])
    card = store.due_cards(1, NOON)[0].id
    store.grade(card, 1, NOON)  # Again: due in a minute
    counts = store.counts(NOON)
    assert (counts.learning, counts.review, counts.new) == (1, 0, 0)
    assert store.next_card(NOON).id == card  # type: ignore[union-attr]
    store.grade(card, 3, NOON)  # Good: the ten-minute step, still within the window
    assert store.next_card(NOON).id == card  # type: ignore[union-attr]
    store.grade(card, 3, NOON)  # Good again: graduated, due in days
    assert store.next_card(NOON) is None and store.counts(NOON).total == 0


def test_listening_cards_can_be_left_out_and_english_items_get_no_drills(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    assert store.add_phrase(_phrase(phrases), ["recognition", "listening", "pinyin"]) == 3
    assert store.add_phrase(_phrase(phrases, "no cap", "不骗你", ""), ["recognition", "listening", "pinyin"]) == 1
    types = {c.card_type for c in store.due_cards(10, NOON, exclude_types=("listening",))}
    assert "listening" not in types
    with pytest.raises(StudyError):
        store.add_phrase(1, ["flashy"])
    with pytest.raises(StudyError):
        store.add_phrase(999)


def test_cards_show_their_phrase_as_it_is_now(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    phrase = _phrase(phrases)
    store.add_phrase(phrase, ["recognition"])
    card = store.next_card(NOON)
    assert card is not None
    assert content_of(PhraseStore(db), GlossaryStore(db), card.source).meaning == "hello"  # type: ignore[union-attr]
    phrases.update(phrase, translation="hi there")
    assert content_of(PhraseStore(db), GlossaryStore(db), card.source).meaning == "hi there"  # type: ignore[union-attr]


def test_a_deleted_phrase_hides_its_cards_until_removed_or_restored(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    phrase = _phrase(phrases)
    store.add_phrase(phrase, ["recognition", "production"])
    store.grade(store.next_card(NOON).id, 3, NOON)  # type: ignore[union-attr]
    snapshot = phrases.delete([phrase])
    assert len(store.orphans()) == 2 and store.next_card(NOON) is None and store.counts(NOON).total == 0
    phrases.restore(snapshot)  # the phrasebook's undo: same id, same creation time
    assert store.orphans() == [] and store.counts(NOON).total == 1
    phrases.delete([phrase])
    assert store.remove_cards([c.id for c in store.orphans()]) == 2
    assert store.cards_of(Source("phrase", str(phrase))) == []
    assert study_stats(store, 7, NOON).total_reviews == 1  # the history stays


def test_a_new_phrase_reusing_an_id_does_not_inherit_old_cards(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    phrase = _phrase(phrases)
    saved_long_ago = "update phrases set created_at = '2020-01-01T00:00:00+00:00' where id = ?"
    db.db.execute(saved_long_ago, [phrase])
    store.add_phrase(phrase, ["recognition"])
    db.db.execute("delete from phrases where id = ?", [phrase])
    again = _phrase(phrases, "再见", "goodbye", "zài jiàn")
    assert again == phrase  # SQLite reuses the largest rowid
    assert len(store.orphans()) == 1
    assert store.add_phrase(again, ["recognition"]) == 1  # the stranger's cards go, fresh ones come
    assert store.orphans() == [] and store.next_card(NOON).reps == 0  # type: ignore[union-attr]


def test_glossary_entries_and_whole_decks(db) -> None:  # type: ignore[no-untyped-def]
    glossary = GlossaryStore(db)
    deck = glossary.create_deck("Week 1")
    first = glossary.add(deck, _entry("上岸"))
    store = _store(db)
    assert store.add_deck(deck) == 3
    later = glossary.add(deck, _entry("内卷"))  # added after: the followed deck brings its cards
    english = glossary.add(deck, _entry("no cap", "en"))
    assert len(store.cards_of(Source("entry", later))) == 3
    assert len(store.cards_of(Source("entry", english))) == 2  # no pinyin drill for English
    content = content_of(PhraseStore(db), GlossaryStore(db), Source("entry", first))
    assert content is not None and (content.pinyin, content.meaning, content.extra) == (
        "shàng àn",
        "passed the exam",
        "考上了",
    )
    glossary.update(first, replace(_entry("上岸"), meaning_en="landed a job"))
    assert content_of(PhraseStore(db), GlossaryStore(db), Source("entry", first)).meaning == "landed a job"  # type: ignore[union-attr]
    snapshot = glossary.delete([first])
    assert {c.source.ref for c in store.orphans()} == {first}
    glossary.restore(snapshot)
    assert store.orphans() == []
    glossary.delete_deck(deck)
    assert len(store.orphans()) == 8
    with pytest.raises(StudyError):
        store.add_deck(deck)


def test_the_pinyin_drill_uses_the_characters_as_a_hint(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    store.add_phrase(_phrase(phrases, "西安", "Xi'an", "xī ān"), ["pinyin"])
    content = content_of(PhraseStore(db), GlossaryStore(db), store.next_card(NOON).source)  # type: ignore[union-attr]
    assert content is not None
    assert judge_drill(content, "xi1an1").correct
    assert judge_drill(content, "xian1").tone_errors == 1


def test_statistics(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db, fuzz=False)
    for i in range(3):
        store.add_phrase(_phrase(phrases, f"词{i}", f"word {i}", "cí"), ["recognition"])
    ids = [c.id for c in store.due_cards(5, NOON)]
    three_days_ago = NOON - timedelta(days=3)
    for card in ids:  # studied on four days in a row, up to today
        due = store.grade(card, 4, three_days_ago)
    assert due > three_days_ago
    store.grade(ids[0], 3, NOON - timedelta(days=2))
    store.grade(ids[1], 1, NOON - timedelta(days=1))
    store.grade(ids[2], 3, NOON)
    stats = study_stats(store, 7, NOON)
    assert stats.days[-1] == "2025-03-10" and len(stats.days) == 7
    assert stats.reviews[-4:] == [3, 1, 1, 1]
    assert stats.retention[-4:] == [None, 1.0, 0.0, 1.0]  # only reviews of learned cards count
    assert stats.period_retention == pytest.approx(2 / 3)
    assert stats.streak == 4 and stats.studied_today
    assert stats.total_reviews == 6
    assert stats.cards == {"new": 0, "learning": 1, "review": 2, "suspended": 0, "orphaned": 0}
    assert len(stats.forecast) == 30 and stats.forecast[0][0] == "2025-03-10"
    assert sum(n for _d, n in stats.forecast) == 3
    # The next morning, before studying, the streak is still alive; two days later it is gone.
    assert study_stats(store, 7, NOON + timedelta(days=1)).streak == 4
    assert study_stats(store, 7, NOON + timedelta(days=2)).streak == 0
    as_json = stats.to_json()
    assert as_json["reviews_per_day"][-1] == {"day": "2025-03-10", "reviews": 1}


def test_a_long_streak_crosses_the_first_window(db, phrases) -> None:  # type: ignore[no-untyped-def]
    store = _store(db)
    store.add_phrase(_phrase(phrases), ["recognition"])
    card = store.next_card(NOON).id  # type: ignore[union-attr]
    for days_ago in range(80, -1, -1):
        store.grade(card, 3, NOON - timedelta(days=days_ago))
    assert study_stats(store, 30, NOON).streak == 81


def test_study_days_start_at_four_in_the_morning_local_time(db) -> None:  # type: ignore[no-untyped-def]
    from datetime import timezone

    store = _store(db)
    beijing = timezone(timedelta(hours=8))
    late = datetime(2025, 3, 11, 2, 30, tzinfo=beijing)  # 2:30 at night still belongs to the 10th
    assert store.day_start(late) == datetime(2025, 3, 10, 4, 0, tzinfo=beijing)
    assert store.day_modifier(late) == "+240 minutes"


def test_options_from_settings_and_the_session_tally() -> None:
    assert options_from(SimpleNamespace()) == StudyOptions()  # type: ignore[arg-type]
    chosen = options_from(SimpleNamespace(study_desired_retention=0.85, study_new_per_day=5))  # type: ignore[arg-type]
    assert (chosen.desired_retention, chosen.new_per_day) == (0.85, 5)
    assert options_from(SimpleNamespace(study_desired_retention=3.0)) == StudyOptions()  # type: ignore[arg-type]
    tally = SessionTally()
    for rating, ms in ((3, 4000), (1, 6000), (4, 2000)):
        tally.add(rating, ms)
    tally.undo()
    assert (tally.cards, tally.seconds, tally.accuracy) == (2, 10.0, 0.5)
