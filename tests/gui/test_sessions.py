"""The Sessions view as a tutor uses it: correction diff, autosave, undo, phrases, translation, exports."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from app.core.diff import Segment
from app.data.phrases import PhraseStore
from app.data.sessions import SessionStore
from app.ui.views.sessions import SessionsView


def open_view(qtbot, ui_ctx) -> SessionsView:  # type: ignore[no-untyped-def]
    view = SessionsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    with qtbot.waitSignal(view.sessions_shown):
        view.on_data_ready()
    return view


@pytest.fixture
def view(qtbot, ui_ctx) -> SessionsView:  # type: ignore[no-untyped-def]
    return open_view(qtbot, ui_ctx)


def new_session(qtbot, view: SessionsView) -> int:  # type: ignore[no-untyped-def]
    """New session, as the button does; returns its id once it is open with its title selected."""
    before = view.session_id
    view.new_action.trigger()
    qtbot.waitUntil(lambda: view.session_id not in (None, before) and view.header.title.hasSelectedText())
    assert view.session_id is not None
    return view.session_id


def add_entry(qtbot, view: SessionsView, kind: str) -> int:  # type: ignore[no-untyped-def]
    """An entry added with its button; returns its id once it is shown, selected, in the editor."""
    count = view.log.list.count()
    view.log.add_actions[kind].trigger()
    qtbot.waitUntil(lambda: view.log.list.count() == count + 1 and view.log.editor.kind == kind)
    entry_id = view.log.current_entry_id()
    assert entry_id is not None and view.log.editor.entry_id == entry_id
    return entry_id


def listed(view: SessionsView) -> list[str]:
    return [view.log.list.item(i).text() for i in range(view.log.list.count())]


def store_of(view: SessionsView) -> SessionStore:
    return SessionStore(view.ctx.app.data)


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a user does: keys for ASCII, an input method's committed text for Chinese."""
    widget.setFocus()
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def replace_text(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    type_into(qtbot, edit, text)


def formats(view: SessionsView) -> dict[str, tuple[bool, str]]:
    """Each run of text in the diff view: (struck through, background colour)."""
    found: dict[str, tuple[bool, str]] = {}
    block = view.log.editor.diff.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            found[fragment.text()] = (fmt.fontStrikeOut(), fmt.background().color().name())
            it += 1
        block = block.next()
    return found


def test_question_and_correction_with_the_diff_shown_live(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session_id = new_session(qtbot, view)
    assert view.session_list.count() == 1 and view.header.timer_button.text() == "End session"
    replace_text(qtbot, view.header.title, "Essay help")
    type_into(qtbot, view.header.partner, "小明")
    add_entry(qtbot, view, "question")
    type_into(qtbot, view.log.editor.text, "How do I say 我很忙?")
    add_entry(qtbot, view, "correction")
    editor = view.log.editor
    assert editor.corrected.isVisible() and editor.diff.isVisible() and not editor.translation.isVisible()
    type_into(qtbot, editor.text, "I has a apple.")
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    replace_text(qtbot, editor.corrected, "I have an apple.")
    qtbot.waitUntil(lambda: editor.diff.segments[1:3] == [Segment("delete", "has"), Segment("insert", "have")])
    shown = formats(view)
    assert shown["has"] == (True, "#fde2e2") and shown["a"] == (True, "#fde2e2")
    assert shown["have"] == (False, "#c6efce") and shown["an"] == (False, "#c6efce")
    assert editor.diff.toPlainText().strip() == "I hashave aan apple."
    store = store_of(view)
    qtbot.waitUntil(lambda: store.entries(session_id)[-1].corrected == "I have an apple.", timeout=3000)
    session = store.get(session_id)
    assert (session.title, session.partner) == ("Essay help", "小明")
    assert [e.kind for e in store.entries(session_id)] == ["question", "correction"]
    assert store.entries(session_id)[0].text == "How do I say 我很忙?"
    assert "2 entries · 1 correction · " in view.header.summary.text()
    qtbot.waitUntil(lambda: listed(view)[1] == "2. Correction: I has a apple. → I have an apple.")
    assert view.session_list.item(0).text().startswith("Essay help\n小明")


def test_autosave_persists_across_a_new_window(view, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    session_id = new_session(qtbot, view)
    replace_text(qtbot, view.header.title, "Kept")
    add_entry(qtbot, view, "note")
    type_into(qtbot, view.log.editor.text, "typed, then a pause")
    store = store_of(view)
    qtbot.waitUntil(lambda: store.entries(session_id)[0].text == "typed, then a pause", timeout=3000)  # no Save
    add_entry(qtbot, view, "correction")
    type_into(qtbot, view.log.editor.text, "我去了北京")
    type_into(qtbot, view.log.editor.corrected, "我去过北京")
    view.shutdown()  # closing the window: the last keystrokes are written, the clock stops
    view.close()
    qtbot.waitUntil(lambda: not store.get(session_id).running)
    again = open_view(qtbot, ui_ctx)
    assert again.session_id == session_id and again.header.title.text() == "Kept"
    assert listed(again) == ["1. Note: typed, then a pause", "2. Correction: 我去了北京 → 我去过北京"]
    assert again.log.editor.corrected.toPlainText() == "我去过北京"
    assert [s.text for s in again.log.editor.diff.segments if s.op != "equal"] == ["了", "过"]
    assert again.header.timer_button.text() == "Start timer"


def test_in_the_main_window_the_link_back_from_the_phrasebook(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.data_ready()
    view = window.show_view("sessions")
    session_id = new_session(qtbot, view)
    entry_id = add_entry(qtbot, view, "question")
    type_into(qtbot, view.log.editor.text, "What is 内卷?")
    add_entry(qtbot, view, "note")
    view.log.list.setCurrentRow(0)
    view.log.save_phrase()
    qtbot.waitUntil(lambda: view.log.editor.phrases_label.text() == "Saved as phrases: What is 内卷?")
    phrases = window.ctx.app.phrase_store.linked("session", str(entry_id))
    view.log.list.setCurrentRow(1)
    window.show_view("phrasebook").open_origin(phrases[0].id)  # the phrase's link back
    qtbot.waitUntil(lambda: window.current_view() is view and view.log.current_entry_id() == entry_id)
    window.close()  # closeEvent → shutdown → written
    assert store_of(view).entries(session_id)[0].text == "What is 内卷?"


def test_undo_and_redo_within_a_session(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session_id = new_session(qtbot, view)
    store = store_of(view)
    title = store.get(session_id).title
    replace_text(qtbot, view.header.title, "Renamed")
    question = add_entry(qtbot, view, "question")
    correction = add_entry(qtbot, view, "correction")
    type_into(qtbot, view.log.editor.text, "She go")
    view.flush()
    type_into(qtbot, view.log.editor.corrected, "She goes")
    assert view.undo_action.isEnabled()
    view.undo()  # the typing not yet saved is saved, then undone
    qtbot.waitUntil(lambda: view.log.editor.corrected.toPlainText() == "")
    assert store.entry(correction).corrected == ""
    view.undo()
    qtbot.waitUntil(lambda: view.log.editor.text.toPlainText() == "")
    assert store.entry(correction).text == ""
    view.redo()
    qtbot.waitUntil(lambda: view.log.editor.text.toPlainText() == "She go")
    view.redo()
    qtbot.waitUntil(lambda: view.log.editor.corrected.toPlainText() == "She goes")
    assert store.entry(correction).corrected == "She goes"
    view.log.move_entry(-1)
    qtbot.waitUntil(lambda: listed(view) == ["1. Correction: She go → She goes", "2. Question: "])
    assert [e.id for e in store.entries(session_id)] == [correction, question]
    view.log.delete_entry()
    qtbot.waitUntil(lambda: listed(view) == ["1. Question: "])
    view.undo_action.trigger()  # the delete
    qtbot.waitUntil(lambda: listed(view) == ["1. Correction: She go → She goes", "2. Question: "])
    assert view.log.current_entry_id() == correction and store.entry(correction).corrected == "She goes"
    view.undo_action.trigger()  # the move
    qtbot.waitUntil(lambda: listed(view) == ["1. Question: ", "2. Correction: She go → She goes"])
    for count in (2, 2, 1, 0):  # the typing (two boxes), the two entries
        view.undo_action.trigger()
        qtbot.waitUntil(lambda count=count: view.log.list.count() == count)
    qtbot.waitUntil(lambda: view.log.list.count() == 0 and view.header.title.text() == "Renamed")
    view.undo_action.trigger()  # the title
    qtbot.waitUntil(lambda: view.header.title.text() == title)
    assert store.entries(session_id) == [] and store.get(session_id).title == title
    assert not view.undo_action.isEnabled()
    view.redo_action.trigger()
    qtbot.waitUntil(lambda: view.header.title.text() == "Renamed")
    assert store.get(session_id).title == "Renamed"
    other = new_session(qtbot, view)  # another session: a fresh history
    assert other != session_id and not view.ctx.app.history.can_undo("sessions")


def test_ctrl_z_in_the_window_names_and_takes_back_the_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.data_ready()
    view = window.show_view("sessions")
    qtbot.waitUntil(lambda: window.current_view() is view)
    window.activateWindow()
    new_session(qtbot, view)
    first = add_entry(qtbot, view, "question")
    type_into(qtbot, view.log.editor.text, "破防了?")
    assert window.undo_action.isEnabled()  # typing not yet saved: the first thing undone
    add_entry(qtbot, view, "note")
    view.log.list.setCurrentRow(0)
    view.log.list.setFocus()
    view.log.delete_entry()
    qtbot.waitUntil(lambda: listed(view) == ["1. Note: "])
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Delete entry")
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    qtbot.keyClick(view.log.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: listed(view) == ["1. Question: 破防了?", "2. Note: "])
    assert view.log.current_entry_id() == first  # the restored entry is selected
    qtbot.waitUntil(lambda: window.redo_action.text() == "&Redo Delete entry")
    assert window.undo_action.text() == "&Undo Add entry"
    view.log.editor.text.setFocus()  # in the entry's box too, Ctrl+Shift+Z is the session's redo
    qtbot.keyClick(
        view.log.editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: listed(view) == ["1. Note: "])
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Delete entry")
    window.show_view("reader")  # another view: its own (empty) history
    assert window.undo_action.text() == "&Undo" and not window.undo_action.isEnabled()
    window.show_view("sessions")
    assert window.undo_action.text() == "&Undo Delete entry"


def test_typing_survives_a_reload_from_elsewhere(view, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    session_id = new_session(qtbot, view)
    entry_id = add_entry(qtbot, view, "note")
    type_into(qtbot, view.log.editor.text, "not saved yet")
    shown = []
    view.sessions_shown.connect(lambda: shown.append(True))
    # e.g. the phrasebook deleted a phrase, before the autosave: the view reloads and keeps the typing
    ui_ctx.ops.write(lambda app: app.phrase_store.add("elsewhere"), initiator=object())
    qtbot.waitUntil(lambda: shown == [True])
    assert view.log.editor.text.toPlainText() == "not saved yet"
    qtbot.waitUntil(lambda: store_of(view).entry(entry_id).text == "not saved yet", timeout=3000)
    assert view.open_target(str(entry_id))
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert view.session_id == session_id and view.log.editor.text.toPlainText() == "not saved yet"


def test_an_empty_title_is_refused_and_the_last_one_kept(view, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    ui_ctx.show_status = lambda message, timeout: messages.append(message)
    session_id = new_session(qtbot, view)
    replace_text(qtbot, view.header.title, "Keep me")
    view.flush()
    qtbot.waitUntil(lambda: store_of(view).get(session_id).title == "Keep me")
    view.header.title.selectAll()
    qtbot.keyClick(view.header.title, Qt.Key.Key_Delete)
    view.flush()
    qtbot.wait(50)
    assert store_of(view).get(session_id).title == "Keep me"
    assert messages == ["A session needs a title; the last one is kept."]


def test_save_as_phrase_links_both_ways_and_undoes(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session_id = new_session(qtbot, view)
    entry_id = add_entry(qtbot, view, "question")
    type_into(qtbot, view.log.editor.text, "家人们谁懂啊，破防了")
    cursor = view.log.editor.text.textCursor()
    cursor.setPosition(7)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
    view.log.editor.text.setTextCursor(cursor)
    assert view.log.phrase_action.isEnabled()
    view.log.phrase_action.trigger()
    qtbot.waitUntil(lambda: view.log.editor.phrases_label.text() == "Saved as phrases: 破防了")
    phrases = PhraseStore(view.ctx.app.data)
    [phrase] = phrases.linked("session", str(entry_id))
    assert phrase.text == "破防了" and phrase.pinyin
    store = store_of(view)
    assert store.entry_of_phrase(phrase.origin, phrase.origin_ref).id == entry_id  # type: ignore[union-attr]
    assert store.summary(session_id).phrases_saved == 1 and "1 phrase saved" in view.header.summary.text()
    view.undo()
    qtbot.waitUntil(lambda: "0 phrases saved" in view.header.summary.text())
    assert phrases.get(phrase.id) is None and view.log.editor.phrases_label.isHidden()
    assert view.log.editor.text.toPlainText() == "家人们谁懂啊，破防了"  # only the phrase was undone
    view.redo()
    qtbot.waitUntil(lambda: not view.log.editor.phrases_label.isHidden())
    assert phrases.get(phrase.id) is not None


def test_the_link_back_from_a_phrase_opens_its_entry(view, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    ui_ctx.show_status = lambda message, timeout: messages.append(message)
    store = store_of(view)
    target = store.create("Slang night", "小红", "zh", "slang")
    wanted = store.add_entry(target, "question", "破防了是什么意思？")
    store.add_entry(target, "note", "later")
    other = store.create("Essay", "Amy", "en", "English essay")
    phrase_id = store.save_phrase(PhraseStore(store.data), wanted, "破防了")  # saved elsewhere (the command line)
    view.refresh_sessions()
    qtbot.waitUntil(lambda: view.session_list.count() == 2)
    view.direction_filter.setCurrentIndex(view.direction_filter.findData("en"))
    qtbot.waitUntil(lambda: view.session_list.count() == 1 and view.session_id == other)
    phrase = PhraseStore(store.data).get(phrase_id)
    assert phrase is not None and view.open_target(phrase.origin_ref)
    qtbot.waitUntil(lambda: view.session_id == target and view.log.current_entry_id() == wanted)
    assert view.session_list.count() == 2  # the filter that hid its session was cleared
    assert view.log.editor.text.toPlainText() == "破防了是什么意思？"
    assert view.log.editor.phrases_label.text() == "Saved as phrases: 破防了"
    assert "1 phrase saved" in view.header.summary.text()
    ui_ctx.ops.write(lambda app: app.phrase_store.delete([phrase_id]), initiator=object())  # the phrasebook
    qtbot.waitUntil(lambda: "0 phrases saved" in view.header.summary.text())
    assert view.log.editor.phrases_label.isHidden()
    assert not view.open_target("x")
    assert view.open_target("99999")
    qtbot.waitUntil(lambda: "The entry this phrase was saved from no longer exists." in messages)
    assert view.session_id == target


def test_a_translation_entry_uses_the_translator(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    new_session(qtbot, view)
    entry_id = add_entry(qtbot, view, "translation")
    editor = view.log.editor
    assert editor.translation.isVisible() and editor.translate_button.isVisible() and not editor.diff.isVisible()
    type_into(qtbot, editor.text, "我们去银行")
    with qtbot.waitSignal(view.log.translation_done, timeout=10000):
        qtbot.mouseClick(editor.translate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "bank" in store_of(view).entry(entry_id).translation.lower())  # the dictionary gloss
    assert editor.translation.toPlainText() == store_of(view).entry(entry_id).translation


def test_search_and_filters(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = store_of(view)
    essay = store.create("Essay", "Amy", "en", "English essay")
    slang = store.create("Slang", "小红", "zh", "slang")
    store.add_entry(slang, "question", "绝绝子")
    view.refresh_sessions()
    shown = lambda: [view.session_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.session_list.count())]  # noqa: E731
    qtbot.waitUntil(lambda: set(shown()) == {essay, slang})
    type_into(qtbot, view.search, "绝绝")
    qtbot.waitUntil(lambda: shown() == [slang], timeout=2000)
    assert view.session_id == slang and view.header.title.text() == "Slang"
    view.search.clear()
    qtbot.waitUntil(lambda: len(shown()) == 2)
    view.direction_filter.setCurrentIndex(view.direction_filter.findData("en"))
    qtbot.waitUntil(lambda: shown() == [essay] and view.session_id == essay)
    view.direction_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(shown()) == 2)
    view.subject_filter.setCurrentIndex(view.subject_filter.findData("slang"))
    qtbot.waitUntil(lambda: shown() == [slang])


def test_export_writes_markdown_html_and_pdf(view, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    new_session(qtbot, view)
    replace_text(qtbot, view.header.title, "Handout")
    add_entry(qtbot, view, "correction")
    type_into(qtbot, view.log.editor.text, "我昨天去了商店买东西。")
    type_into(qtbot, view.log.editor.corrected, "我昨天去商店买了东西。")
    for fmt in ("md", "html", "pdf"):
        target = tmp_path / f"handout.{fmt}"
        with qtbot.waitSignal(view.export_finished, timeout=30000) as done:
            view.export(fmt, str(target))  # the typing is saved first
        assert done.args == [str(target)]
    assert "我昨天去~~了~~商店买**了**东西。" in (tmp_path / "handout.md").read_text(encoding="utf-8")
    html = (tmp_path / "handout.html").read_text(encoding="utf-8")
    assert "<h1>Handout</h1>" in html and "shāngdiàn" in html and "<del" in html
    reader = PdfReader(tmp_path / "handout.pdf")
    assert len(reader.pages) == 1 and "Handout" in reader.pages[0].extract_text()


def test_delete_session_is_undone_with_ctrl_z(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = new_session(qtbot, view)
    second = new_session(qtbot, view)
    add_entry(qtbot, view, "note")
    view.delete_session()  # no question: Ctrl+Z brings it back
    qtbot.waitUntil(lambda: view.session_list.count() == 1 and view.session_id == first)
    store = store_of(view)
    assert [s.id for s in store.sessions()] == [first]
    assert store.db.execute("select count(*) from session_entries").fetchone()[0] == 0
    assert view.ctx.app.history.undo_name("sessions") == "Delete session"
    view.undo()
    qtbot.waitUntil(lambda: view.session_list.count() == 2 and view.session_id == second)
    assert store.db.execute("select count(*) from session_entries").fetchone()[0] == 1
    assert view.ctx.app.history.redo_name("sessions") == "Delete session"


# --- as a newcomer sees it ---------------------------------------------------------------------------------
def test_empty_state_says_how_to_start_while_the_buttons_are_disabled(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert view.session_id is None
    assert not view.log.add_actions["question"].isEnabled()
    assert view.empty_hint.isVisible() and "New session" in view.empty_hint.text()
    assert "buttons above" not in view.empty_hint.text() and not view.detail.isVisible()
    new_session(qtbot, view)
    assert not view.empty_hint.isVisible() and view.detail.isVisible()
    assert view.log.editor.heading.text() == "Add an entry with the buttons above."  # now they work
    assert view.log.add_actions["question"].isEnabled()


def test_counts_are_singular_and_plural(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    new_session(qtbot, view)
    add_entry(qtbot, view, "correction")
    qtbot.waitUntil(lambda: "1 entry" in view.header.summary.text())
    summary = view.header.summary.text()
    assert "1 correction" in summary and "1 entries" not in summary and "1 corrections" not in summary
    add_entry(qtbot, view, "note")
    qtbot.waitUntil(lambda: "2 entries" in view.header.summary.text())


@pytest.mark.parametrize("size", [(1000, 650), (1400, 900)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_action_is_a_button_in_the_window(window, qtbot, size, language) -> None:  # type: ignore[no-untyped-def]
    from app.ui import i18n
    from tests.gui.seen import hidden_actions

    i18n.install_language(language)
    window.data_ready()
    sessions = window.show_view("sessions")
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    new_session(qtbot, sessions)
    add_entry(qtbot, sessions, "correction")  # the tallest entry: five boxes
    qtbot.wait(50)
    assert window.height() <= size[1] + 1
    assert hidden_actions(sessions) == []
    log_buttons = [b.defaultAction() for b in sessions.log.toolbar.buttons]
    assert sessions.log.delete_action in log_buttons and sessions.log.phrase_action in log_buttons
    assert sessions.undo_action in [b.defaultAction() for b in sessions.bar.buttons]


def test_ctrl_f_and_delete_key(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.data_ready()
    sessions = window.show_view("sessions")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    new_session(qtbot, sessions)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is sessions.search
    sessions.direction_filter.setFocus()
    qtbot.keyClicks(sessions.direction_filter, "home")  # not a choice of direction
    assert sessions.search.text() == "home" and sessions.direction_filter.currentIndex() == 0
    sessions.search.clear()
    qtbot.waitUntil(lambda: sessions.session_list.count() == 1)
    sessions.session_list.setFocus()
    qtbot.keyClick(sessions.session_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: sessions.session_list.count() == 0)
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(sessions.session_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sessions.session_list.count() == 1)
