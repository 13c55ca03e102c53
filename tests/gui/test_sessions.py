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
from app.ui.views import VIEWS
from app.ui.views.sessions import SessionsView

REGISTERED = any(v.view_id == "sessions" for v in VIEWS)


def open_view(qtbot, ui_ctx) -> SessionsView:  # type: ignore[no-untyped-def]
    view = SessionsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    view.on_data_ready()
    return view


@pytest.fixture
def view(qtbot, ui_ctx) -> SessionsView:  # type: ignore[no-untyped-def]
    return open_view(qtbot, ui_ctx)


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
    session_id = view.new_session()
    assert view.session_list.count() == 1 and view.header.timer_button.text() == "End session"
    replace_text(qtbot, view.header.title, "Essay help")
    type_into(qtbot, view.header.partner, "小明")
    view.log.add_actions["question"].trigger()
    type_into(qtbot, view.log.editor.text, "How do I say 我很忙?")
    view.log.add_actions["correction"].trigger()
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
    assert "2 entries · 1 corrections" in view.header.summary.text()
    assert view.log.list.item(1).text() == "2. Correction: I has a apple. → I have an apple."


def test_autosave_persists_across_a_new_window(view, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    session_id = view.new_session()
    replace_text(qtbot, view.header.title, "Kept")
    view.log.add_actions["note"].trigger()
    type_into(qtbot, view.log.editor.text, "typed, then a pause")
    store = store_of(view)
    qtbot.waitUntil(lambda: store.entries(session_id)[0].text == "typed, then a pause", timeout=3000)  # no Save
    view.log.add_actions["correction"].trigger()
    type_into(qtbot, view.log.editor.text, "我去了北京")
    type_into(qtbot, view.log.editor.corrected, "我去过北京")
    view.shutdown()  # closing the window: the last keystrokes are written, the clock stops
    view.close()
    again = open_view(qtbot, ui_ctx)
    assert again.session_id == session_id and again.header.title.text() == "Kept"
    assert [again.log.list.item(i).text() for i in range(again.log.list.count())] == [
        "1. Note: typed, then a pause",
        "2. Correction: 我去了北京 → 我去过北京",
    ]
    assert again.log.editor.corrected.toPlainText() == "我去过北京"
    assert [s.text for s in again.log.editor.diff.segments if s.op != "equal"] == ["了", "过"]
    assert not store.get(session_id).running and again.header.timer_button.text() == "Start timer"


@pytest.mark.skipif(not REGISTERED, reason="the Sessions view is not in app.ui.views.VIEWS yet")
def test_in_the_main_window(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.data_ready()
    view = window.show_view("sessions")
    session_id = view.new_session()
    view.log.add_actions["question"].trigger()
    type_into(qtbot, view.log.editor.text, "What is 内卷?")
    entry_id = view.log.current_entry_id()
    phrase_id = view.log.save_phrase()
    window.show_view("phrasebook").open_origin(phrase_id)  # the phrase's link back
    assert window.current_view() is view and view.log.current_entry_id() == entry_id
    window.close()  # closeEvent → shutdown → written
    assert store_of(view).entries(session_id)[0].text == "What is 内卷?"


def test_undo_and_redo_within_a_session(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session_id = view.new_session()
    store = store_of(view)
    title = store.get(session_id).title
    replace_text(qtbot, view.header.title, "Renamed")
    question = view.log.add_entry("question")
    correction = view.log.add_entry("correction")
    type_into(qtbot, view.log.editor.text, "She go")
    view.flush()
    type_into(qtbot, view.log.editor.corrected, "She goes")
    view.undo()  # the typing not yet saved is saved, then undone
    assert store.entry(correction).corrected == "" and view.log.editor.corrected.toPlainText() == ""
    view.undo()
    assert store.entry(correction).text == "" and view.log.editor.text.toPlainText() == ""
    view.redo()
    view.redo()
    assert store.entry(correction).corrected == "She goes" and view.log.editor.corrected.toPlainText() == "She goes"
    view.log.move_entry(-1)
    assert [e.id for e in store.entries(session_id)] == [correction, question]
    view.log.delete_entry()
    assert [e.id for e in store.entries(session_id)] == [question]
    view.undo_action.trigger()  # the delete
    assert [e.id for e in store.entries(session_id)] == [correction, question]
    assert store.entry(correction).corrected == "She goes"
    view.undo_action.trigger()  # the move
    assert [e.id for e in store.entries(session_id)] == [question, correction]
    for _ in range(5):  # typing, the two entries, the title
        view.undo_action.trigger()
    assert store.entries(session_id) == [] and store.get(session_id).title == title
    assert view.header.title.text() == title and view.log.list.count() == 0
    view.redo_action.trigger()
    assert store.get(session_id).title == "Renamed" and view.header.title.text() == "Renamed"
    view.open_session(session_id)  # another session (or this one again): a fresh history
    assert not view.undo_stack.canUndo()


def test_typing_survives_a_reload_from_elsewhere(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session_id = view.new_session()
    entry_id = view.log.add_entry("note")
    type_into(qtbot, view.log.editor.text, "not saved yet")
    view.ctx.events.phrases_changed.emit()  # e.g. the phrasebook deleted a phrase, before the autosave
    assert view.log.editor.text.toPlainText() == "not saved yet"
    assert store_of(view).entry(entry_id).text == "not saved yet"
    assert view.open_target(str(entry_id)) and view.session_id == session_id


def test_an_empty_title_is_refused_and_the_last_one_kept(view, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    ui_ctx.show_status = lambda message, timeout: messages.append(message)
    session_id = view.new_session()
    replace_text(qtbot, view.header.title, "Keep me")
    view.flush()
    view.header.title.selectAll()
    qtbot.keyClick(view.header.title, Qt.Key.Key_Delete)
    view.flush()
    assert store_of(view).get(session_id).title == "Keep me"
    assert messages == ["A session needs a title; the last one is kept."]


def test_save_as_phrase_links_both_ways_and_undoes(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    session_id = view.new_session()
    entry_id = view.log.add_entry("question")
    type_into(qtbot, view.log.editor.text, "家人们谁懂啊，破防了")
    cursor = view.log.editor.text.textCursor()
    cursor.setPosition(7)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
    view.log.editor.text.setTextCursor(cursor)
    phrase_id = view.log.phrase_action.isEnabled() and view.log.save_phrase()
    phrases = PhraseStore(view.ctx.app.data)
    phrase = phrases.get(phrase_id)
    assert phrase is not None and phrase.text == "破防了" and phrase.pinyin
    assert (phrase.origin, phrase.origin_ref) == ("session", str(entry_id))
    store = store_of(view)
    assert store.entry_of_phrase(phrase.origin, phrase.origin_ref).id == entry_id  # type: ignore[union-attr]
    assert store.summary(session_id).phrases_saved == 1 and "1 phrases saved" in view.header.summary.text()
    assert view.log.editor.phrases_label.text() == "Saved as phrases: 破防了"
    view.undo()
    assert phrases.get(phrase_id) is None and "0 phrases saved" in view.header.summary.text()
    assert view.log.editor.phrases_label.isHidden()
    view.redo()
    assert phrases.get(phrase_id) is not None and not view.log.editor.phrases_label.isHidden()


def test_the_link_back_from_a_phrase_opens_its_entry(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = store_of(view)
    target = store.create("Slang night", "小红", "zh", "slang")
    wanted = store.add_entry(target, "question", "破防了是什么意思？")
    store.add_entry(target, "note", "later")
    other = store.create("Essay", "Amy", "en", "English essay")
    view.refresh_sessions()
    view.direction_filter.setCurrentIndex(view.direction_filter.findData("en"))
    assert view.session_id == other
    phrase = PhraseStore(store.db).get(store.save_phrase(wanted, "破防了"))
    entry = store.entry_of_phrase(phrase.origin, phrase.origin_ref)  # type: ignore[union-attr]
    assert entry is not None and view.open_target(phrase.origin_ref)  # type: ignore[union-attr]
    assert view.session_id == target and view.log.current_entry_id() == wanted
    assert view.log.editor.text.toPlainText() == "破防了是什么意思？"
    assert view.log.editor.phrases_label.text() == "Saved as phrases: 破防了"  # it heard phrases_changed
    assert "1 phrases saved" in view.header.summary.text()
    PhraseStore(store.db).delete([phrase.id])  # type: ignore[union-attr]
    view.ctx.events.phrases_changed.emit()  # as the phrasebook does after a delete
    assert view.log.editor.phrases_label.isHidden() and "0 phrases saved" in view.header.summary.text()
    assert not view.open_target("99999") and not view.open_target("x")


def test_a_translation_entry_uses_the_translator(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.new_session()
    entry_id = view.log.add_entry("translation")
    editor = view.log.editor
    assert editor.translation.isVisible() and editor.translate_button.isVisible() and not editor.diff.isVisible()
    type_into(qtbot, editor.text, "我们去银行")
    with qtbot.waitSignal(view.log.translation_done, timeout=10000):
        qtbot.mouseClick(editor.translate_button, Qt.MouseButton.LeftButton)
    translated = store_of(view).entry(entry_id).translation
    assert "bank" in translated.lower()  # no model installed: the dictionary gloss
    assert editor.translation.toPlainText() == translated


def test_search_and_filters(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = store_of(view)
    essay = store.create("Essay", "Amy", "en", "English essay")
    slang = store.create("Slang", "小红", "zh", "slang")
    store.add_entry(slang, "question", "绝绝子")
    view.refresh_sessions()
    shown = lambda: [view.session_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.session_list.count())]  # noqa: E731
    assert set(shown()) == {essay, slang}
    type_into(qtbot, view.search, "绝绝")
    qtbot.waitUntil(lambda: shown() == [slang], timeout=2000)
    assert view.session_id == slang and view.header.title.text() == "Slang"
    view.search.clear()
    view.refresh_sessions()
    view.direction_filter.setCurrentIndex(view.direction_filter.findData("en"))
    assert shown() == [essay] and view.session_id == essay
    view.direction_filter.setCurrentIndex(0)
    view.subject_filter.setCurrentIndex(view.subject_filter.findData("slang"))
    assert shown() == [slang]


def test_export_writes_markdown_html_and_pdf(view, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view.new_session()
    replace_text(qtbot, view.header.title, "Handout")
    view.log.add_entry("correction")
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


def test_delete_session(view, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    first = view.new_session()
    second = view.new_session()
    view.log.add_entry("note")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    view.delete_session()
    assert view.session_id == second  # asked, and the answer was no
    view.delete_session(confirm=False)
    store = store_of(view)
    assert [s.id for s in store.sessions()] == [first] and view.session_id == first
    assert store.db.execute("select count(*) from session_entries").fetchone()[0] == 0
