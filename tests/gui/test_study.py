"""The Study view as a learner uses it: a whole review session on the keyboard, undo, pause, the pinyin
drill's marks, cards that follow their phrase, adding cards, and the statistics charts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.data.study_store import Source
from app.ui.views.stats import BAR_COLOUR
from app.ui.views.study import StudyView


@pytest.fixture
def cards(ui_ctx) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Two phrases with three new cards: a pinyin drill and a recognition card for 你好, one for 谢谢."""
    phrases, store = ui_ctx.app.phrase_store, ui_ctx.app.study_store
    hello = phrases.add("你好", "hello", pinyin="nǐ hǎo")
    thanks = phrases.add("谢谢", "thank you", pinyin="xiè xie")
    assert store.add_cards([Source("phrase", str(hello))], ["pinyin", "recognition"]) == 2
    assert store.add_cards([Source("phrase", str(thanks))], ["recognition"]) == 1
    return hello, thanks


@pytest.fixture
def study(qtbot, window, cards):  # type: ignore[no-untyped-def]
    """The Study view in the main window (Ctrl+Z is the window's Edit › Undo)."""
    window.data_ready()
    view = window.show_view("study")
    qtbot.waitUntil(lambda: view.card is not None and "2 new" in view.counts_label.text())
    window.activateWindow()
    return view


def _press(qtbot, view, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key as the user types it: to whatever has the focus inside the view."""
    focus = QApplication.focusWidget()
    target = focus if focus is not None and view.isAncestorOf(focus) else view
    qtbot.keyClick(target, key, modifier)


def _reviews(ui_ctx) -> int:  # type: ignore[no-untyped-def]
    return int(ui_ctx.app.data.db.execute("select count(*) from study_reviews").fetchone()[0])


def _answer_and_grade(qtbot, study, key) -> None:  # type: ignore[no-untyped-def]
    """Show the answer (the drill typed right) and grade with a key; wait until the next card or the summary."""
    if study.face.is_drill:  # in the drill, space is part of the answer and return checks it
        qtbot.keyClicks(study.face.drill, "ni3 hao3")
        _press(qtbot, study, Qt.Key.Key_Return)
    else:
        _press(qtbot, study, Qt.Key.Key_Space)
    assert study.answer_shown
    with qtbot.waitSignal(study.state_shown):
        _press(qtbot, study, key)


def test_a_whole_session_on_the_keyboard_with_undo_and_pause(study, qtbot, ui_ctx, window) -> None:  # type: ignore[no-untyped-def]
    first = study.card
    assert first is not None and first.card_type == "pinyin"
    assert "你好" in study.face.front.text() and study.face.drill.isVisible()
    assert not study.face.back.isVisible() and not study.face.grade_buttons[0].isEnabled()
    assert not study.undo_button.isEnabled() and not window.undo_action.isEnabled()

    # The drill: typed with a wrong tone on the first syllable.
    qtbot.keyClicks(study.face.drill, "ni2hao3")
    _press(qtbot, study, Qt.Key.Key_Return)
    assert study.answer_shown and study.face.back.isVisible()
    back = study.face.back.text()
    assert "Tone errors (orange): 1 · spelling errors (red): 0" in back and "#e08a00" in back
    assert study.judgement is not None and study.judgement.suggested_rating() == 1
    assert all(b.isEnabled() for b in study.face.grade_buttons)
    assert "Again" in study.face.grade_buttons[0].text() and "min" in study.face.grade_buttons[0].text()

    # Pause: the keys do nothing until resumed.
    study.toggle_pause()
    _press(qtbot, study, Qt.Key.Key_1)
    qtbot.wait(50)
    assert _reviews(ui_ctx) == 0 and study.pages.currentWidget() is study.pause_label
    study.toggle_pause()
    with qtbot.waitSignal(study.card_shown):
        _press(qtbot, study, Qt.Key.Key_1)  # Again
    assert _reviews(ui_ctx) == 1 and study.tally.cards == 1
    second = study.card
    assert second is not None and second.id != first.id and second.card_type == "recognition"
    assert "谢谢" in study.face.front.text()
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    assert window.undo_action.text() == "&Undo Grade" and study.undo_button.isEnabled()

    # Undo (Ctrl+Z, the Edit menu's step) brings the drill back, as it was before the grade.
    with qtbot.waitSignal(study.card_shown):
        _press(qtbot, study, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _reviews(ui_ctx) == 0 and study.tally.cards == 0
    assert study.card is not None and study.card.id == first.id and study.card.queue == "new"
    assert not study.answer_shown and study.face.drill.text() == ""
    qtbot.waitUntil(lambda: window.redo_action.text() == "&Redo Grade")
    assert not window.undo_action.isEnabled() and not study.undo_button.isEnabled()
    # Redo (Ctrl+Shift+Z) grades it again, Again as before; undo once more to go on. (In the drill's box the
    # keys undo its typing, as in any text box: the redo is pressed with the focus on the card.)
    study.setFocus()
    with qtbot.waitSignal(study.card_shown):
        _press(qtbot, study, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _reviews(ui_ctx) == 1 and study.tally.ratings == [1] and study.card.id == second.id
    with qtbot.waitSignal(study.card_shown):
        window.undo_action.trigger()
    assert _reviews(ui_ctx) == 0 and study.card.id == first.id

    study.face.drill.insert("nǐ hǎo")  # tone marks come from an input method, not from key presses
    _press(qtbot, study, Qt.Key.Key_Return)
    assert "Right, tones and all." in study.face.back.text()
    with qtbot.waitSignal(study.state_shown):
        _press(qtbot, study, Qt.Key.Key_3)  # Good

    # The rest of the session: space shows the answer, 4 (Easy) sends a card away for days.
    for _ in range(10):
        if study.card is None:
            break
        _answer_and_grade(qtbot, study, Qt.Key.Key_4)
    assert study.card is None and study.pages.currentWidget() is study.done_page
    qtbot.waitUntil(lambda: "Nothing is due" in study.summary_label.text())  # it knows there are cards
    summary = study.summary_label.text()
    assert "Session finished" in summary and "answered right: 100%" in summary and "Nothing is due" in summary
    assert study.tally.cards == _reviews(ui_ctx) >= 3
    assert study.tally.accuracy == 1.0
    assert "0 learning · 0 review · 0 new" in study.counts_label.text()


def test_grading_on_the_real_thread_pool(qtbot, ui_ctx, cards) -> None:  # type: ignore[no-untyped-def]
    """Grades, undo and the next card with workers really running in parallel (no inline test runner)."""
    from app.ui.tasks import TaskRunner

    ui_ctx.tasks = TaskRunner(synchronous=False)
    ui_ctx.ops.runner = ui_ctx.tasks
    view = StudyView(ui_ctx)
    qtbot.addWidget(view)
    view.show()
    view.on_data_ready()
    qtbot.waitUntil(lambda: view.card is not None, timeout=10_000)
    first = view.card
    view.show_answer()
    view.grade(3)
    view.grade(3)  # a second press while the first grade is written is ignored
    qtbot.waitUntil(lambda: view.card is not None and view.card.id != first.id, timeout=10_000)
    assert _reviews(ui_ctx) == 1 and view.tally.cards == 1
    qtbot.waitUntil(view.undo_button.isEnabled, timeout=10_000)
    view.undo()
    qtbot.waitUntil(lambda: view.card is not None and view.card.id == first.id, timeout=10_000)
    assert _reviews(ui_ctx) == 0 and view.tally.cards == 0
    assert ui_ctx.tasks.wait(10_000)


def test_a_card_follows_its_phrase(study, qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    card = study.card
    assert card is not None
    phrases = ui_ctx.app.phrase_store
    # Edited in another view: the card on screen reads as the phrase now does.
    ui_ctx.ops.write(lambda app: phrases.update(int(card.source.ref), text="您好"), initiator=object())
    qtbot.waitUntil(lambda: "您好" in study.face.front.text())

    ui_ctx.ops.write(lambda app: phrases.delete([int(card.source.ref)]), initiator=object())
    qtbot.waitUntil(lambda: study.card is not None and study.card.source != card.source)  # its cards left the queue
    qtbot.waitUntil(lambda: study.orphan_label.isVisible() and study.orphan_label.text().endswith(": 2"))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.No))
    study.orphan_button.click()
    qtbot.wait(50)
    assert study.orphan_label.isVisible()  # nothing removed without a yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    study.orphan_button.click()
    qtbot.waitUntil(lambda: not study.orphan_label.isVisible())
    assert ui_ctx.app.study_store.orphans() == []


def test_suspend_bury_and_reset_from_the_card_menu(study, qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = ui_ctx.app.study_store
    first = study.card
    study.suspend_action.trigger()
    qtbot.waitUntil(lambda: study.card is not None and study.card.id != first.id)
    with qtbot.waitSignal(study.state_shown):
        study.bury_action.trigger()
    with qtbot.waitSignal(study.session_finished):
        study.bury_action.trigger()
    assert study.card is None
    qtbot.waitUntil(lambda: "Nothing is due" in study.summary_label.text())
    assert not study.bury_action.isEnabled()
    assert study.unsuspend_action.isEnabled()
    study.unsuspend_action.trigger()
    qtbot.waitUntil(lambda: study.card is not None and study.card.id == first.id)
    study.show_answer()
    with qtbot.waitSignal(study.state_shown):
        study.grade(4)
    assert store.card(first.id).queue == "review"  # type: ignore[union-attr]
    with qtbot.waitSignal(study.card_shown):
        study.undo()
    assert study.card.id == first.id and store.card(first.id).queue == "new"  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    study.show_answer()
    with qtbot.waitSignal(study.state_shown):
        study.grade(4)
    assert store.card(first.id).queue == "review"  # type: ignore[union-attr]
    with qtbot.waitSignal(study.card_shown):
        study.undo()
    with qtbot.waitSignal(study.state_shown):
        study.reset_action.trigger()
    assert store.card(first.id).queue == "new"  # type: ignore[union-attr]


def test_add_cards_dialog_offers_phrases_entries_and_decks(study, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.study_cards import AddCardsDialog

    dialog = AddCardsDialog(ui_ctx, can_listen=False, parent=study)
    qtbot.waitUntil(lambda: dialog.phrase_list.count() == 2 and dialog.deck_list.count() >= 1)
    assert not dialog.type_boxes["listening"].isVisibleTo(dialog) and dialog.speech_hint.isVisibleTo(dialog)
    assert dialog.types() == ["recognition", "production", "pinyin"]
    dialog.phrase_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert len(dialog.sources()) == 1 and dialog.deck_id() is None
    dialog.tabs.setCurrentIndex(1)
    dialog.search.setText("yyds")
    qtbot.waitUntil(lambda: dialog.entry_list.count() >= 1 and "yyds" in dialog.entry_list.item(0).text())
    dialog.entry_list.item(0).setCheckState(Qt.CheckState.Checked)
    phrase = str(dialog.phrase_list.item(0).data(Qt.ItemDataRole.UserRole))
    assert dialog.sources() == [Source("phrase", phrase), Source("entry", "zh-yyds")]  # both tabs' ticks
    messages: list[str] = []
    ui_ctx.show_status = lambda message, timeout: messages.append(message)
    study.add_from([Source("entry", "zh-yyds")], None, dialog.types())
    qtbot.waitUntil(lambda: "New study cards: 3" in messages)
    dialog.tabs.setCurrentIndex(2)
    dialog.deck_list.setCurrentRow(0)
    deck = dialog.deck_id()
    assert deck is not None
    study.add_from([], deck, ["recognition"])
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert int(messages[1].rsplit(" ", 1)[1]) > 500  # the bundled deck, one card per entry (yyds already had one)
    with_listening = AddCardsDialog(ui_ctx, can_listen=True, parent=study)
    assert with_listening.type_boxes["listening"].isVisibleTo(with_listening)
    assert not with_listening.speech_hint.isVisibleTo(with_listening)


def test_the_statistics_charts_render_with_data(study, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    while study.card is not None:  # one card of each phrase today
        study.show_answer()
        with qtbot.waitSignal(study.state_shown):
            study.grade(4)
    panel = study.stats_panel
    with qtbot.waitSignal(panel.stats_shown, timeout=5000):
        study.tabs.setCurrentIndex(1)
    assert panel.stats is not None and panel.stats.reviews[-1] == 2
    assert "Days in a row: 1" in panel.streak.text()
    assert "Reviews: 2 in all, 2 today" in panel.summary.text()
    qtbot.wait(50)
    image = panel.reviews_view.grab().toImage()
    assert not image.isNull() and image.width() > 100
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 10  # axes, labels and bars, not a blank rectangle
    assert QColor(BAR_COLOUR).name() in colours  # today's bar is drawn
    forecast = panel.forecast_view.grab().toImage()
    assert len({forecast.pixelColor(x, y).name() for x in range(0, forecast.width(), 3) for y in range(0, 200, 3)}) > 10


# --- as a newcomer sees it ---------------------------------------------------------------------------------
def test_with_no_cards_it_says_how_to_get_some(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.data_ready()
    study = window.show_view("study")
    qtbot.waitUntil(lambda: "No study cards yet" in study.summary_label.text())
    text = study.summary_label.text()
    assert "Add cards…" in text and "Nothing is due" not in text
    assert not study.again_button.isVisible() and not study.pause_button.isEnabled()
    assert study.add_button.isEnabled()


def test_when_nothing_is_due_it_says_when_the_next_cards_are(study, qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(10):
        if study.card is None:
            break
        _answer_and_grade(qtbot, study, Qt.Key.Key_4)  # Easy: back in some days
    qtbot.waitUntil(lambda: "The next cards are due on" in study.summary_label.text())
    assert "Nothing is due right now." in study.summary_label.text()
    assert "No study cards yet" not in study.summary_label.text()


def _tick_labels(chart) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels of a chart's value axis as Qt draws them (its "%d" format of each tick)."""
    axis = chart.axes(Qt.Orientation.Vertical)[0]
    low, high, count = axis.min(), axis.max(), axis.tickCount()
    return [str(int(low + i * (high - low) / (count - 1))) for i in range(count)] if count > 1 else []


def test_empty_statistics_explain_themselves(study, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = study.stats_panel
    with qtbot.waitSignal(panel.stats_shown):
        study.tabs.setCurrentIndex(1)
    for chart in (panel.reviews_view.chart(), panel.forecast_view.chart()):
        labels = _tick_labels(chart)
        axis = chart.axes(Qt.Orientation.Vertical)[0]
        assert len(labels) == len(set(labels)), labels  # 0, 1, 2 — never 0, 0, 1, 1, 2
        assert all(float(x).is_integer() for x in (axis.min(), axis.max()))
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        assert step.is_integer(), step
    assert "–" not in panel.summary.text() and "no reviews of learned cards yet" in panel.summary.text()
    retention_axis = panel.retention_view.chart().axes(Qt.Orientation.Horizontal)[0]
    assert "No learned card was reviewed" in retention_axis.titleText()


def test_add_cards_keeps_the_ticks_of_every_tab(study, qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Tick two phrases, switch to the entries, tick two (one found by searching), OK: all four get cards."""
    from app.ui.dialogs.study_cards import AddCardsDialog

    phrases = ui_ctx.app.phrase_store
    extra = phrases.add("加油", "keep going", pinyin="jiā yóu")

    def use_it(dialog: AddCardsDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.phrase_list.count() == 3 and dialog.entry_list.count() > 0)
        for row in range(dialog.phrase_list.count()):
            item = dialog.phrase_list.item(row)
            if item.text().startswith(("加油", "谢谢")):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.tabs.setCurrentIndex(1)
        assert dialog.tabs.tabText(0) == "Phrases (2)"
        dialog.entry_list.item(0).setCheckState(Qt.CheckState.Checked)
        first = dialog.entry_list.item(0).data(Qt.ItemDataRole.UserRole)
        dialog.search.setText("yyds")
        qtbot.waitUntil(lambda: "yyds" in dialog.entry_list.item(0).text())
        dialog.entry_list.item(0).setCheckState(Qt.CheckState.Checked)
        assert dialog.tabs.tabText(1) == "Glossary entries (2)"
        picked.extend([first, "zh-yyds"])
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    picked: list[str] = []
    monkeypatch.setattr(AddCardsDialog, "exec", use_it)
    messages: list[str] = []
    ui_ctx.show_status = lambda message, timeout: messages.append(message)
    study.add_cards()
    qtbot.waitUntil(lambda: any(m.startswith("New study cards") for m in messages))
    store = ui_ctx.app.study_store
    for source in (Source("phrase", str(extra)), *(Source("entry", key) for key in picked)):
        assert store.cards_of(source), source
    assert store.cards_of(Source("phrase", str(phrases.all()[0].id)))  # 谢谢 had its card already


def test_study_words_follow_the_language_both_ways(study, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui import i18n

    _press(qtbot, study, Qt.Key.Key_Space) if not study.face.is_drill else study.show_answer()
    grades = [b.text() for b in study.face.grade_buttons]
    i18n.install_language("zh_CN")
    qtbot.waitUntil(lambda: study.face.show_button.text() == "显示答案（空格）")
    assert study.stats_panel.reviews_view.chart().title() == "每日复习量"
    assert all(not b.text().split(" · ")[1].isascii() for b in study.face.grade_buttons)
    i18n.install_language("en")
    qtbot.waitUntil(lambda: study.face.show_button.text() == "Show answer (space)")
    assert [b.text() for b in study.face.grade_buttons] == grades
    assert study.stats_panel.reviews_view.chart().title() == "Reviews per day"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_review_and_statistics_fit_a_small_window(study, window, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from app.ui import i18n
    from tests.gui.seen import clipped_buttons

    i18n.install_language(language)
    window.resize(1000, 650)
    qtbot.waitUntil(lambda: window.width() == 1000)
    for tab in (0, 1):
        study.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        assert window.height() <= 651
        assert clipped_buttons(study) == []


def test_the_card_menu_opens_inside_the_window(study, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1000, 650)
    qtbot.wait(50)
    study.more_button.click()
    qtbot.waitUntil(study.card_menu.isVisible)
    menu, frame = study.card_menu.geometry(), window.geometry()
    assert frame.left() <= menu.left() and menu.right() <= frame.right() + 1
    study.card_menu.close()
