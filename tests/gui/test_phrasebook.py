"""The Phrasebook view as a learner uses it: search as you type, tags, edit in place, undo, export,
saving from the Reader and the Glossary, and going back to where a phrase came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.widgets.phrase_model import COLUMNS


@pytest.fixture
def phrasebook(window, ui_ctx):  # type: ignore[no-untyped-def]
    store = ui_ctx.app.phrase_store
    store.add("我们去银行了", "we went to the bank", tags="places, week 1")
    store.add("no cap", "不骗你", note="Gen Z slang", tags="slang")
    store.add("绝绝子", "amazing", tags="slang, week 1")
    window.data_ready()
    return window.show_view("phrasebook")


def _texts(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.model.phrase(r).text for r in range(view.model.rowCount())]


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
    assert _texts(phrasebook) == ["no cap"]


def test_tag_filter_sort_and_bulk_tag(phrasebook) -> None:  # type: ignore[no-untyped-def]
    box = phrasebook.tag_box
    assert [box.itemData(i) for i in range(box.count())] == ["", "places", "slang", "week 1"]
    box.setCurrentIndex(box.findData("slang"))
    assert _texts(phrasebook) == ["绝绝子", "no cap"]
    box.setCurrentIndex(0)
    phrasebook.model.sort(_column("Phrase"), Qt.SortOrder.AscendingOrder)
    assert _texts(phrasebook) == ["no cap", "我们去银行了", "绝绝子"]
    phrasebook.table.selectAll()
    assert phrasebook.tag_selected("review")
    assert all("review" in phrasebook.model.phrase(r).tags for r in range(3))
    assert box.findData("review") > 0
    phrasebook.undo_stack.undo()
    assert box.findData("review") < 0
    assert not any("review" in phrasebook.model.phrase(r).tags for r in range(3))


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
    phrase = phrasebook.model.phrase(row)
    assert phrase.text == "我们去银行吧" and phrase.pinyin.endswith("ba")  # pinyin follows the text
    assert ui_ctx.app.phrase_store.require(phrase.id).text == "我们去银行吧"
    assert _texts(phrasebook)[row] == "我们去银行吧"  # it stays in its row
    phrasebook.undo_stack.undo()
    assert ui_ctx.app.phrase_store.require(phrase.id).text == "我们去银行了"
    assert phrasebook.model.phrase(row).pinyin.endswith("le")
    phrasebook.undo_stack.redo()
    assert ui_ctx.app.phrase_store.require(phrase.id).text == "我们去银行吧"


def test_delete_many_with_undo(phrasebook, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    phrasebook.table.selectAll()
    assert phrasebook.delete_selected() == 3
    assert phrasebook.model.rowCount() == 0 and ui_ctx.app.phrase_store.count() == 0
    assert "No phrases yet" in phrasebook.detail.toPlainText()
    phrasebook.undo_action.trigger()
    assert sorted(_texts(phrasebook)) == sorted(["绝绝子", "no cap", "我们去银行了"])
    assert ui_ctx.app.phrase_store.tags() == [("places", 1), ("slang", 2), ("week 1", 2)]


def test_new_phrase_dialog(phrasebook, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = phrasebook.new_phrase()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.text.setPlainText("破防")
    dialog.translation.setPlainText("emotionally wrecked")
    dialog.tags.setText("slang")
    dialog.accept()
    assert _texts(phrasebook)[0] == "破防"
    assert phrasebook.current_phrase().pinyin == "pò fáng"
    phrasebook.undo_stack.undo()
    assert "破防" not in _texts(phrasebook)


def test_export_selected_and_all(phrasebook, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    phrasebook.table.selectRow(1)
    phrasebook.export(str(tmp_path / "one.json"), selected_only=True)
    document = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert [p["text"] for p in document["phrases"]] == ["no cap"]
    phrasebook.export(str(tmp_path / "all.csv"))
    assert (tmp_path / "all.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    phrasebook.export(str(tmp_path / "all.apkg"))
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
    assert _texts(phrasebook) == ["银行"]  # the phrasebook heard about it
    reader.input.setPlainText("something else entirely")
    assert phrasebook.open_origin(saved.id)
    assert window.current_view() is reader
    assert reader.input.textCursor().selectedText() == "银行"
    assert "今天我们去银行了。" in reader.input.toPlainText()


def test_save_from_the_glossary_and_go_back(window, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    window.data_ready()
    glossary = window.show_view("glossary")
    assert glossary.select_entry("zh-yyds")
    dialog = glossary.save_to_phrasebook()
    assert dialog.text.toPlainText() == "yyds"
    dialog.accept()
    saved = ui_ctx.app.phrase_store.all()[0]
    assert (saved.origin, saved.origin_ref) == ("glossary", "zh-yyds")
    assert saved.pinyin == "yǒng yuǎn de shén" and saved.translation
    glossary.select_entry("en-slay")
    phrasebook = window.show_view("phrasebook")
    phrasebook.table.selectRow(0)
    assert "Saved from the Glossary" in phrasebook.detail.toPlainText()
    assert phrasebook.open_origin(saved.id)
    assert window.current_view() is glossary and glossary.current_entry().key == "zh-yyds"


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
    with db.atomic():
        db.table("phrases").insert_all(rows, batch_size=2000)
    window.data_ready()
    view = window.show_view("phrasebook")
    assert view.model.rowCount() == 100_000
    assert len(view.model._pages) <= 2  # only what is on screen was fetched  # noqa: SLF001
    view.table.scrollToBottom()
    QApplication.processEvents()
    assert view.model.phrase(99_999).text == "短语0 phrase 0"
    assert len(view.model._pages) <= 4  # noqa: SLF001
    with qtbot.waitSignal(view.results_shown, timeout=5000):
        view.search.setText("phrase 4242")
    found = _texts(view)
    assert "短语4242 phrase 4242" in found and all("4242" in t for t in found)
    assert len(found) == 20  # every number below 100,000 with 4242 in it
    view.search.clear()
    view.tag_box.setCurrentIndex(view.tag_box.findData("tenth"))
    assert view.model.rowCount() == 10_000


def test_a_phrase_from_a_session_leads_back_to_its_entry(window, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.data.sessions import SessionStore

    sessions = SessionStore(ui_ctx.app.data)
    session_id = sessions.create("Essay help", partner="@lin")
    entry_id = sessions.add_entry(session_id, "correction", "I goed home", corrected="I went home")
    phrase_id = sessions.save_phrase(entry_id, "went", "去了（go 的过去式）")
    window.data_ready()
    phrasebook = window.show_view("phrasebook")
    assert _texts(phrasebook) == ["went"]
    phrasebook.table.selectRow(0)
    assert "Saved from a session" in phrasebook.detail.toPlainText()
    assert phrasebook.current_phrase().pinyin == "qù le de guò qù shì"  # of the Chinese side
    assert phrasebook.open_origin(phrase_id)
    assert window.current_view() is window.views["sessions"]
    assert window.views["sessions"].session_id == session_id
