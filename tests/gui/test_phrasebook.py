"""The Phrasebook view as a learner uses it: search as you type, tags, edit in place, undo, export,
saving from the Reader and the Glossary, and going back to where a phrase came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.ui.widgets.phrase_model import COLUMNS


@pytest.fixture
def phrasebook(window, ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    store = ui_ctx.app.phrase_store
    store.add("我们去银行了", "we went to the bank", tags="places, week 1")
    store.add("no cap", "不骗你", note="Gen Z slang", tags="slang")
    store.add("绝绝子", "amazing", tags="slang, week 1")
    window.data_ready()
    view = window.show_view("phrasebook")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=3000)
    return view


def _texts(view) -> list[str | None]:  # type: ignore[no-untyped-def]
    """The phrases the table shows, top to bottom (None for a row whose page is still on its way)."""
    rows = (view.model.row(r) for r in range(view.model.rowCount()))
    return [p.text if p is not None else None for p in rows]


def _wait_texts(qtbot, view, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: _texts(view) == texts, timeout=3000)


def _select_rows(view, *rows: int) -> None:  # type: ignore[no-untyped-def]
    """Select rows as a click and Ctrl+clicks would (selectRow follows the keyboard modifiers held)."""
    selection = view.table.selectionModel()
    flags = selection.SelectionFlag.Rows
    for n, row in enumerate(rows):
        command = selection.SelectionFlag.ClearAndSelect if n == 0 else selection.SelectionFlag.Select
        selection.setCurrentIndex(view.model.index(row, 0), command | flags)


def _selected_texts(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.model.row(view.model.row_of(i)).text for i in view.selected_ids()]


def _column(name: str) -> int:
    return [c[0] for c in COLUMNS].index(name)


def test_search_as_you_type_by_toneless_pinyin_and_note(phrasebook, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _texts(phrasebook) == ["绝绝子", "no cap", "我们去银行了"]  # newest first
    assert "3 phrases" in phrasebook.count_label.text()
    with qtbot.waitSignal(phrasebook.results_shown, timeout=3000):
        qtbot.keyClicks(phrasebook.search, "yinhang")
    assert _texts(phrasebook) == ["我们去银行了"]
    assert "1 of 3 phrases" in phrasebook.count_label.text()
    assert "yín háng" in phrasebook.detail.toPlainText() and "we went to the bank" in phrasebook.detail.toPlainText()
    phrasebook.search.setText("gen z")
    phrasebook.refresh()
    _wait_texts(qtbot, phrasebook, ["no cap"])


def test_tag_filter_sort_and_bulk_tag(phrasebook, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = phrasebook.tag_box
    assert [box.itemData(i) for i in range(box.count())] == ["", "places", "slang", "week 1"]
    box.setCurrentIndex(box.findData("slang"))
    _wait_texts(qtbot, phrasebook, ["绝绝子", "no cap"])
    box.setCurrentIndex(0)
    _wait_texts(qtbot, phrasebook, ["绝绝子", "no cap", "我们去银行了"])
    phrasebook.model.sort(_column("Phrase"), Qt.SortOrder.AscendingOrder)
    _wait_texts(qtbot, phrasebook, ["no cap", "我们去银行了", "绝绝子"])
    phrasebook.table.selectAll()
    assert phrasebook.tag_selected("review")
    qtbot.waitUntil(lambda: all("review" in phrasebook.model.row(r).tags for r in range(3)), timeout=3000)
    qtbot.waitUntil(lambda: box.findData("review") > 0, timeout=3000)
    assert phrasebook.undo_action.text() == "Undo Add tag"
    phrasebook.undo_action.trigger()
    qtbot.waitUntil(lambda: box.findData("review") < 0, timeout=3000)
    qtbot.waitUntil(lambda: not any("review" in phrasebook.model.row(r).tags for r in range(3)), timeout=3000)


def test_edit_in_place_and_undo(phrasebook, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    row = _texts(phrasebook).index("我们去银行了")
    index = phrasebook.model.index(row, _column("Phrase"))
    phrasebook.table.setCurrentIndex(index)
    phrasebook.table.edit(index)
    editor = phrasebook.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "我们去银行了"
    editor.setText("我们去银行吧")  # keyClicks cannot type Chinese
    phrase_id = phrasebook.model.id_at(row)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: ui_ctx.app.phrase_store.require(phrase_id).text == "我们去银行吧", timeout=3000)
    qtbot.waitUntil(lambda: phrasebook.model.row(row).text == "我们去银行吧", timeout=3000)  # it stays in its row
    phrase = phrasebook.model.row(row)
    assert phrase.id == phrase_id and phrase.pinyin.endswith("ba")  # pinyin follows the text
    phrasebook.undo_action.trigger()
    qtbot.waitUntil(lambda: phrasebook.model.row(row).text == "我们去银行了", timeout=3000)
    assert ui_ctx.app.phrase_store.require(phrase.id).text == "我们去银行了"
    assert phrasebook.model.row(row).pinyin.endswith("le")
    phrasebook.redo_action.trigger()
    qtbot.waitUntil(lambda: ui_ctx.app.phrase_store.require(phrase.id).text == "我们去银行吧", timeout=3000)
    qtbot.waitUntil(lambda: phrasebook.model.row(row).text == "我们去银行吧", timeout=3000)


def test_delete_many_with_undo(phrasebook, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    phrasebook.table.selectAll()
    assert phrasebook.delete_selected() == 3
    qtbot.waitUntil(lambda: phrasebook.model.rowCount() == 0, timeout=3000)
    assert ui_ctx.app.phrase_store.count() == 0
    assert "No phrases yet" in phrasebook.detail.toPlainText()
    phrasebook.undo_action.trigger()
    qtbot.waitUntil(lambda: phrasebook.model.rowCount() == 3, timeout=3000)
    assert sorted(_texts(phrasebook)) == sorted(["绝绝子", "no cap", "我们去银行了"])
    assert ui_ctx.app.phrase_store.tags() == [("places", 1), ("slang", 2), ("week 1", 2)]


def test_new_phrase_dialog(phrasebook, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = phrasebook.new_phrase()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.text.setPlainText("破防")
    dialog.translation.setPlainText("emotionally wrecked")
    dialog.tags.setText("slang")
    dialog.accept()
    qtbot.waitUntil(lambda: _texts(phrasebook)[:1] == ["破防"], timeout=3000)
    qtbot.waitUntil(lambda: _selected_texts(phrasebook) == ["破防"], timeout=3000)  # the new phrase is selected
    assert phrasebook.current_phrase().pinyin == "pò fáng"
    assert "pò fáng" in phrasebook.detail.toPlainText()
    phrasebook.undo_action.trigger()
    qtbot.waitUntil(lambda: "破防" not in _texts(phrasebook), timeout=3000)


def test_export_selected_and_all(phrasebook, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    phrasebook.table.selectRow(1)
    phrasebook.export(str(tmp_path / "one.json"), selected_only=True)
    qtbot.waitUntil((tmp_path / "one.json").exists, timeout=3000)
    document = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [p["text"] for p in document["phrases"]] == ["no cap"]
    phrasebook.export(str(tmp_path / "all.csv"))
    qtbot.waitUntil((tmp_path / "all.csv").exists, timeout=3000)
    assert (tmp_path / "all.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    phrasebook.export(str(tmp_path / "all.apkg"))
    qtbot.waitUntil((tmp_path / "all.apkg").exists, timeout=3000)
    assert (tmp_path / "all.apkg").stat().st_size > 0
    phrasebook.export(str(tmp_path / "all.txt"))
    assert not (tmp_path / "all.txt").exists()


def test_save_from_the_reader_selection_and_go_back(window, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.data_ready()
    reader = window.show_view("reader")
    reader.set_text("今天我们去银行了。明天去学校。")
    cursor = reader.input.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)  # 银行
    reader.input.setTextCursor(cursor)
    dialog = reader.save_phrase()
    assert dialog.text.toPlainText() == "银行" and "bank" in dialog.translation.toPlainText()
    dialog.tags.setText("places")
    dialog.accept()
    saved = ui_ctx.app.phrase_store.all()[0]
    assert (saved.text, saved.pinyin, saved.origin, saved.tags) == ("银行", "yín háng", "reader", ("places",))
    assert saved.origin_ref == "5:7:今天我们去银行了。"  # where it is in the sentence it was found in
    phrasebook = window.show_view("phrasebook")
    _wait_texts(qtbot, phrasebook, ["银行"])  # the phrasebook heard about it
    reader.input.setPlainText("something else entirely")
    # The Reader holds other text: asked first; "Cancel" keeps it, "Replace" shows the sentence (undoable).
    assert phrasebook.open_origin(saved.id)
    question = _question(qtbot, phrasebook)
    assert "Replace it with the text this phrase was saved from?" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert window.current_view() is phrasebook and reader.input.toPlainText() == "something else entirely"
    assert phrasebook.open_origin(saved.id)
    _question(qtbot, phrasebook).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.current_view() is reader)
    assert reader.input.textCursor().selectedText() == "银行"
    assert "今天我们去银行了。" in reader.input.toPlainText()
    assert "Ctrl+Z there brings yours back" in window.statusBar().currentMessage()
    # The same text in the Reader: no question, the phrase is selected in it.
    window.show_view("phrasebook")
    assert phrasebook.open_origin(saved.id)
    assert window.current_view() is reader and reader.input.textCursor().selectedText() == "银行"


def _question(qtbot, parent):  # type: ignore[no-untyped-def]
    """The question box on screen (one answered before may still wait for its deletion)."""

    def shown() -> list[QMessageBox]:
        return [b for b in parent.findChildren(QMessageBox, "replace-reader-text") if b.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def test_save_from_the_glossary_and_go_back(window, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.data_ready()
    glossary = window.show_view("glossary")
    assert glossary.select_entry("zh-yyds")
    qtbot.waitUntil(lambda: glossary.current_entry() is not None and glossary.current_entry().key == "zh-yyds")
    dialog = glossary.save_to_phrasebook()
    assert dialog.text.toPlainText() == "yyds"
    dialog.accept()
    saved = ui_ctx.app.phrase_store.all()[0]
    assert (saved.origin, saved.origin_ref) == ("glossary", "zh-yyds")
    assert saved.pinyin == "yǒng yuǎn de shén" and saved.translation
    glossary.select_entry("en-slay")
    qtbot.waitUntil(lambda: glossary.current_entry() is not None and glossary.current_entry().key == "en-slay")
    phrasebook = window.show_view("phrasebook")
    qtbot.waitUntil(lambda: phrasebook.model.rowCount() == 1, timeout=3000)
    phrasebook.table.selectRow(0)
    qtbot.waitUntil(lambda: "Saved from the Glossary" in phrasebook.detail.toPlainText(), timeout=3000)
    assert phrasebook.open_origin(saved.id)
    assert window.current_view() is glossary
    qtbot.waitUntil(lambda: glossary.current_entry().key == "zh-yyds", timeout=3000)


def test_a_hundred_thousand_phrases_scroll_and_search(window, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Model/view with rows fetched a page at a time: the table never holds 100,000 phrases."""
    from app.core.phrase_text import search_text

    db = ui_ctx.app.data
    rows = []
    for n in range(100_000):
        text = f"短语{n} phrase {n}"
        rows.append(
            {
                "text": text,
                "translation": f"translation {n}",
                "pinyin": "duǎn yǔ",
                "tags": '["bulk"]' if n % 10 else '["tenth"]',
                "search_text": search_text(text, f"translation {n}", "duǎn yǔ", ""),
                "created_at": f"2026-01-01T00:00:{n:06d}",
                "updated_at": "2026-01-01",
            }
        )
    with db.transaction():
        db.db.table("phrases").insert_all(rows, batch_size=2000)
    window.data_ready()
    view = window.show_view("phrasebook")
    qtbot.waitUntil(lambda: view.model.rowCount() == 100_000, timeout=5000)
    assert len(view.model._pages) <= 2  # only what is on screen was fetched  # noqa: SLF001
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.row(99_999) is not None, timeout=5000)  # its page arrives
    assert view.model.row(99_999).text == "短语0 phrase 0"
    assert len(view.model._pages) <= 4  # noqa: SLF001
    with qtbot.waitSignal(view.results_shown, timeout=5000):
        view.search.setText("phrase 4242")
    found = _texts(view)
    assert "短语4242 phrase 4242" in found and all("4242" in t for t in found)
    assert len(found) == 20  # every number below 100,000 with 4242 in it
    view.search.clear()
    view.tag_box.setCurrentIndex(view.tag_box.findData("tenth"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 10_000, timeout=5000)


def test_a_phrase_from_a_session_leads_back_to_its_entry(window, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.data.sessions import SessionStore

    sessions = SessionStore(ui_ctx.app.data)
    session_id = sessions.create("Essay help", partner="@lin")
    entry_id = sessions.add_entry(session_id, "correction", "I goed home", corrected="I went home")
    phrase_id = sessions.save_phrase(ui_ctx.app.phrase_store, entry_id, "went", "去了（go 的过去式）")
    window.data_ready()
    phrasebook = window.show_view("phrasebook")
    _wait_texts(qtbot, phrasebook, ["went"])
    phrasebook.table.selectRow(0)
    assert "Saved from a session" in phrasebook.detail.toPlainText()
    assert phrasebook.current_phrase().pinyin == "qù le de guò qù shì"  # of the Chinese side
    assert phrasebook.open_origin(phrase_id)
    assert window.current_view() is window.views["sessions"]
    qtbot.waitUntil(lambda: window.views["sessions"].session_id == session_id, timeout=3000)


def test_a_phrase_added_elsewhere_shows_up_and_the_selection_stays(phrasebook, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    _select_rows(phrasebook, _texts(phrasebook).index("no cap"))
    other_view = QObject()
    ui_ctx.ops.write(lambda app: app.phrase_store.add("银行", "bank", origin="reader"), initiator=other_view)
    qtbot.waitUntil(lambda: "银行" in _texts(phrasebook), timeout=3000)
    assert _texts(phrasebook)[0] == "银行"  # newest first
    assert _selected_texts(phrasebook) == ["no cap"]  # nothing else is selected
    assert "不骗你" in phrasebook.detail.toPlainText()
    assert "4 phrases" in phrasebook.count_label.text()


def test_delete_then_ctrl_z_and_ctrl_shift_z(window, phrasebook, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not phrasebook.undo_action.isEnabled() and not window.undo_action.isEnabled()
    _select_rows(phrasebook, 0, 1)
    assert sorted(_selected_texts(phrasebook)) == ["no cap", "绝绝子"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need the active window
    phrasebook.table.setFocus()
    qtbot.keyClick(phrasebook.table, Qt.Key.Key_Delete)
    _wait_texts(qtbot, phrasebook, ["我们去银行了"])
    qtbot.waitUntil(lambda: phrasebook.undo_action.text() == "Undo Delete 2 phrases", timeout=3000)
    assert window.undo_action.text().replace("&", "") == "Undo Delete 2 phrases"  # the Edit menu
    assert phrasebook.undo_action.isEnabled() and not phrasebook.redo_action.isEnabled()
    qtbot.keyClick(phrasebook.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _wait_texts(qtbot, phrasebook, ["绝绝子", "no cap", "我们去银行了"])
    qtbot.waitUntil(lambda: phrasebook.redo_action.text() == "Redo Delete 2 phrases", timeout=3000)
    assert window.redo_action.text().replace("&", "") == "Redo Delete 2 phrases"
    assert not phrasebook.undo_action.isEnabled()
    qtbot.keyClick(
        phrasebook.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    _wait_texts(qtbot, phrasebook, ["我们去银行了"])
    assert ui_ctx.app.phrase_store.count() == 1


@pytest.fixture
def pooled_window(qtbot, app_ctx):  # type: ignore[no-untyped-def]
    """The main window on the real thread pool: callbacks arrive in whatever order the workers finish."""
    from app.ui import i18n
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow
    from app.ui.settings_bridge import SettingsBridge
    from app.ui.tasks import TaskRunner

    i18n.install_language("en")
    ctx = UiContext(app_ctx, TaskRunner(), SettingsBridge(app_ctx.settings))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctx.tasks.wait()
    win.close()


def test_adding_a_phrase_selects_it_on_the_real_thread_pool(pooled_window, app_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    for text in ("我们去银行了", "no cap", "绝绝子"):
        app_ctx.phrase_store.add(text)
    pooled_window.data_ready()
    view = pooled_window.show_view("phrasebook")
    qtbot.waitUntil(lambda: _texts(view) == ["绝绝子", "no cap", "我们去银行了"], timeout=5000)
    _select_rows(view, 1)  # no cap: what a wrong selection would keep
    assert _selected_texts(view) == ["no cap"]
    view.add_phrase("破防", "emotionally wrecked")
    qtbot.waitUntil(lambda: _texts(view)[:1] == ["破防"], timeout=5000)
    qtbot.waitUntil(lambda: _selected_texts(view) == ["破防"], timeout=5000)
    qtbot.waitUntil(lambda: "emotionally wrecked" in view.detail.toPlainText(), timeout=5000)


def test_only_the_newest_search_is_shown(phrasebook, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown: list[list[str | None]] = []
    phrasebook.results_shown.connect(lambda: shown.append(_texts(phrasebook)))
    phrasebook.search.setText("bank")
    phrasebook.refresh()
    phrasebook.search.setText("gen z")
    phrasebook.refresh()  # before the first answer arrives
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    qtbot.wait(300)  # the typing timer has fired too, and its answer is in
    assert shown[0] == ["no cap"] and all(texts == ["no cap"] for texts in shown)
    assert "1 of 3 phrases" in phrasebook.count_label.text()


def test_a_phrase_saved_in_the_reader_reaches_the_open_phrasebook_through_the_one_event(
    window, phrasebook, ui_ctx, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The architecture issue's check: the Phrasebook is open with a selection; the Reader saves a phrase through
    its own dialog. The Phrasebook shows it and keeps its selection; the Reader keeps its text and selection."""
    _select_rows(phrasebook, _texts(phrasebook).index("no cap"))
    heard: list[tuple[object, object]] = []
    ui_ctx.ops.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    reader = window.show_view("reader")
    reader.set_text("今天我们去银行了。")
    cursor = reader.input.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)  # 银行
    reader.input.setTextCursor(cursor)
    dialog = reader.save_phrase()
    dialog.accept()
    qtbot.waitUntil(lambda: "银行" in _texts(phrasebook), timeout=3000)
    assert _selected_texts(phrasebook) == ["no cap"]  # it shows the new phrase and selects nothing else
    assert "4 phrases" in phrasebook.count_label.text()
    assert any(
        "phrase" in changes and initiator is reader for changes, initiator in heard
    )  # one event, from the Reader
    assert reader.input.toPlainText() == "今天我们去银行了。"  # the Reader ignored its own change
    assert reader.input.textCursor().selectedText() == "银行"


# --- as a newcomer sees it ---------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1000, 650), (1400, 900)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_headers_and_actions_are_shown_whole(window, phrasebook, qtbot, size, language) -> None:  # type: ignore[no-untyped-def]
    from app.ui import i18n
    from tests.gui.seen import cut_headers, hidden_actions

    i18n.install_language(language)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    qtbot.wait(50)
    assert window.height() <= size[1] + 1
    assert cut_headers(phrasebook.table) == []
    assert hidden_actions(phrasebook) == []
    primary = [b.defaultAction() for b in phrasebook.bar.buttons]
    assert phrasebook.delete_action in primary and phrasebook.undo_action in primary
    assert phrasebook.new_action in primary


def test_ctrl_f_focuses_search_and_typing_never_picks_a_tag(window, phrasebook, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is phrasebook.search
    phrasebook.tag_box.setFocus()
    qtbot.keyClicks(phrasebook.tag_box, "bank")
    assert phrasebook.search.text() == "bank" and phrasebook.tag_box.currentIndex() == 0
    _wait_texts(qtbot, phrasebook, ["我们去银行了"])
