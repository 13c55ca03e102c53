"""Saved phrases become study cards by default ("Add saved phrases to study"); off, they wait in "Add cards"."""

from __future__ import annotations

import pytest

from app.data.study_store import Source, StudyError
from app.services.context import AppContext
from app.services.phrasebook import save_phrase
from app.services.study import add_to_study


@pytest.fixture
def app(data_dir) -> AppContext:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.open_data()
    yield ctx
    ctx.close()


def _cards(app: AppContext, phrase_id: int) -> list[str]:
    ids = app.study_store.cards_of(Source("phrase", str(phrase_id)))
    return sorted(app.study_store.card(i).card_type for i in ids)  # type: ignore[union-attr]


def test_a_saved_phrase_becomes_study_cards_by_default(app: AppContext) -> None:
    assert app.settings.current.study_saved_phrases is True
    saved = save_phrase(app, "宝藏小店", "a hidden gem of a shop")
    assert saved.cards == 3
    assert _cards(app, saved.phrase_id) == ["pinyin", "production", "recognition"]
    english = save_phrase(app, "no cap", "不骗你")
    assert _cards(app, english.phrase_id) == ["production", "recognition"]  # no pinyin drill without Han
    assert app.study_store.counts().new >= 1


def test_with_the_preference_off_the_phrase_waits_for_add_cards(app: AppContext) -> None:
    app.settings.update(study_saved_phrases=False)
    saved = save_phrase(app, "出片率超高", "great for photos")
    assert saved.cards == 0 and _cards(app, saved.phrase_id) == []
    assert app.phrase_store.get(saved.phrase_id) is not None
    added = add_to_study(app, phrase_id=saved.phrase_id)  # what "Add cards" / `study add` does later
    assert (added.added, added.existing) == (3, 0)


def test_the_preference_is_kept_in_the_settings_file(data_dir) -> None:  # type: ignore[no-untyped-def]
    first = AppContext()
    first.settings.update(study_saved_phrases=False)
    assert AppContext().settings.current.study_saved_phrases is False


def test_undo_of_a_save_removes_the_phrase_and_its_cards_and_redo_brings_both(app: AppContext) -> None:
    saved = save_phrase(app, "家人们", "folks", undo_name="Add phrase", scope="phrasebook")
    assert app.history.undo_name("phrasebook") == "Add phrase"
    app.history.undo("phrasebook")
    assert app.phrase_store.get(saved.phrase_id) is None
    assert _cards(app, saved.phrase_id) == []
    assert app.study_store.orphans() == []  # nothing left behind in Study's "orphaned cards"
    app.history.redo("phrasebook")
    assert app.phrase_store.get(saved.phrase_id) is not None
    assert len(_cards(app, saved.phrase_id)) == 3


def test_study_add_counts_new_and_existing_cards_and_refuses_unknown_things(app: AppContext) -> None:
    app.settings.update(study_saved_phrases=False)
    saved = save_phrase(app, "打卡", "check in (and post about it)")
    first = add_to_study(app, phrase_id=saved.phrase_id, types=["recognition"])
    assert (first.added, first.existing) == (1, 0)
    again = add_to_study(app, phrase_id=saved.phrase_id)
    assert (again.added, again.existing) == (2, 1)
    with pytest.raises(StudyError, match="There is no phrase 999"):
        add_to_study(app, phrase_id=999)
    with pytest.raises(StudyError, match="no glossary entry"):
        add_to_study(app, entry_key="not-a-key")
    with pytest.raises(StudyError, match="no deck called"):
        add_to_study(app, deck_name="Nope")
    with pytest.raises(StudyError, match="Unknown card type"):
        add_to_study(app, phrase_id=saved.phrase_id, types=["sideways"])
