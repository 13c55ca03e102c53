"""The Glossary view as a tutor uses it: search, filters, decks, entries, undo, import and export."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from app.core.slang import Example, SlangEntry


@pytest.fixture
def glossary(window, qtbot):  # type: ignore[no-untyped-def]
    window.data_ready()
    view = window.show_view("glossary")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    return view


def _terms(view) -> list[str | None]:  # type: ignore[no-untyped-def]
    """The terms the table shows, top to bottom (None for a row whose page is still on its way)."""
    rows = (view.model.row(r) for r in range(view.model.rowCount()))
    return [s.entry.term if s is not None else None for s in rows]


def _wait_terms(qtbot, view, terms: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: _terms(view) == terms, timeout=3000)


def _new_deck(qtbot, view, monkeypatch, name: str) -> int:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (name, True)))
    view.new_deck()
    qtbot.waitUntil(lambda: view.current_deck() is not None and view.current_deck().name == name, timeout=3000)
    return view.current_deck().id


def _entry(term: str) -> SlangEntry:
    return SlangEntry(
        id="",
        term=term,
        lang="zh",
        variants=(),
        pinyin=None,
        literal="",
        meaning_en="landed a job",
        meaning_zh="上岸",
        register=("neutral",),
        examples=(Example("他终于上岸了", "He finally made it"),),
        tags=("study",),
        year=2019,
        related=(),
    )


def test_search_as_you_type_with_toneless_pinyin(glossary, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert glossary.model.rowCount() >= 600
    with qtbot.waitSignal(glossary.results_shown, timeout=3000):
        qtbot.keyClicks(glossary.search, "po fang")
    assert _terms(glossary)[0] == "破防"
    assert "defense" in glossary.detail.toPlainText() or "defence" in glossary.detail.toPlainText()
    assert "pò fáng" in glossary.detail.toPlainText()


def _entries(view):  # type: ignore[no-untyped-def]
    """Every entry the list holds, read the way the table does: a page at a time."""
    return [s.entry for s in view.model.get_many(view.ctx.app, view.model.ids()).values()]


def test_filters_and_the_remembered_vulgar_switch(glossary, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    everything = glossary.model.rowCount()
    with qtbot.waitSignal(glossary.results_shown, timeout=3000):
        glossary.lang_box.setCurrentIndex(glossary.lang_box.findData("en"))
    assert {e.lang for e in _entries(glossary)} == {"en"}
    assert glossary.model.rowCount() < everything
    english = glossary.model.rowCount()
    with qtbot.waitSignal(glossary.results_shown, timeout=3000):
        glossary.hide_offensive.setChecked(True)
    assert ui_ctx.app.settings.current.hide_vulgar is True
    assert glossary.model.rowCount() < english
    assert not any({"vulgar", "offensive"} & set(e.register) for e in _entries(glossary))
    assert f"of {everything:,} entries" in glossary.count_label.text()


def test_deck_entry_edit_delete_undo_redo(glossary, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = glossary.ctx.app.glossary_store
    deck_id = _new_deck(qtbot, glossary, monkeypatch, "Exam week")
    glossary.add_entry(deck_id, _entry("上岸"))
    _wait_terms(qtbot, glossary, ["上岸"])
    qtbot.waitUntil(lambda: glossary.current_entry() is not None, timeout=3000)  # the new entry is selected
    stored = glossary.current_entry()
    assert stored.entry.pinyin == "shàng àn"  # filled in automatically
    assert "shàng àn" in glossary.detail.toPlainText()
    glossary.update_entry(stored, replace(stored.entry, meaning_en="passed the exam"))
    qtbot.waitUntil(lambda: "passed the exam" in glossary.detail.toPlainText(), timeout=3000)
    assert glossary.undo_action.text() == "Undo Edit entry"
    glossary.table.selectRow(0)
    glossary.delete_entries()
    _wait_terms(qtbot, glossary, [])
    assert store.get(stored.key) is None
    qtbot.waitUntil(lambda: glossary.undo_action.text() == "Undo Delete 1 entry", timeout=3000)
    glossary.undo_action.trigger()
    _wait_terms(qtbot, glossary, ["上岸"])
    glossary.undo_action.trigger()  # undo the edit too
    qtbot.waitUntil(lambda: store.get(stored.key).entry.meaning_en == "landed a job", timeout=3000)
    qtbot.waitUntil(lambda: "landed a job" in glossary.detail.toPlainText(), timeout=3000)
    glossary.redo_action.trigger()
    qtbot.waitUntil(lambda: glossary.redo_action.text() == "Redo Delete 1 entry", timeout=3000)
    glossary.redo_action.trigger()
    _wait_terms(qtbot, glossary, [])
    assert store.get(stored.key) is None


def test_bundled_entries_are_read_only_but_can_be_copied(glossary, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = glossary.ctx.app.glossary_store
    glossary.search.setText("yyds")
    glossary.refresh()
    qtbot.waitUntil(lambda: _terms(glossary)[:1] == ["yyds"] and glossary.current_entry() is not None, timeout=3000)
    assert glossary.current_entry().bundled
    assert not glossary.edit_entry_action.isEnabled() and not glossary.delete_entry_action.isEnabled()
    assert glossary.copy_entry_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Mine", True)))
    new_deck = glossary.tr("A new deck…")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (new_deck, True)))
    glossary.copy_to_deck()
    qtbot.waitUntil(lambda: glossary.current_deck() is not None and glossary.current_deck().name == "Mine")
    _wait_terms(qtbot, glossary, ["yyds"])  # the copy, in the new deck
    # The new deck's search may still be on its way while the old (bundled) row is shown: wait for the copy itself.
    qtbot.waitUntil(lambda: (e := glossary.current_entry()) is not None and not e.bundled, timeout=3000)
    assert glossary.edit_entry_action.isEnabled()
    mine = store.deck_by_name("Mine")
    copied = store.entries(mine.id)
    assert [s.entry.term for s in copied] == ["yyds"] and copied[0].source_key == "zh-yyds"


def _deck_names(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.deck_list.item(i).text() for i in range(view.deck_list.count())]


def test_deleting_a_deck_is_undoable(glossary, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = glossary.ctx.app.glossary_store
    deck_id = _new_deck(qtbot, glossary, monkeypatch, "Temp")
    glossary.add_entry(deck_id, _entry("上岸"))
    qtbot.waitUntil(lambda: "Temp (1)" in _deck_names(glossary), timeout=3000)
    glossary.delete_deck()
    qtbot.waitUntil(lambda: not any(n.startswith("Temp") for n in _deck_names(glossary)), timeout=3000)
    assert store.deck_by_name("Temp") is None
    assert glossary.undo_action.text() == "Undo Delete deck"
    glossary.undo_action.trigger()
    qtbot.waitUntil(lambda: "Temp (1)" in _deck_names(glossary), timeout=3000)
    assert store.deck_by_name("Temp").count == 1


def test_malformed_import_shows_line_numbers_and_imports_nothing(glossary, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("term,lang,meaning_en\n上岸,zh,landed\n,zh,no term\n破防,xx,bad language\n", encoding="utf-8")
    store = glossary.ctx.app.glossary_store
    before = store.count()
    glossary.import_file(str(bad), deck_name="Broken")
    qtbot.waitUntil(lambda: glossary.findChild(QMessageBox, "import-problem") is not None, timeout=3000)
    text = glossary.findChild(QMessageBox, "import-problem").text()
    assert "line 3" in text and "line 4" in text and "Nothing was imported" in text
    assert store.count() == before and store.deck_by_name("Broken") is None


def test_import_then_export(glossary, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "class.csv"
    good.write_text("term,meaning\n上岸,got the job / passed the exam\nrizz,魅力\n", encoding="utf-8")
    glossary.import_file(str(good), deck_name="Class 3")
    qtbot.waitUntil(lambda: glossary.current_deck() is not None and glossary.current_deck().name == "Class 3")
    deck = glossary.ctx.app.glossary_store.deck_by_name("Class 3")
    assert deck is not None and deck.count == 2
    qtbot.waitUntil(lambda: sorted(t or "" for t in _terms(glossary)) == ["rizz", "上岸"], timeout=3000)
    out = tmp_path / "export.csv"
    glossary.export_file(str(out))
    qtbot.waitUntil(out.exists, timeout=3000)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert sorted(r["term"] for r in rows) == ["rizz", "上岸"]


def test_reader_marks_slang_and_explains_it_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = window.show_view("reader")
    reader.set_text("家人们谁懂啊，这家火锅yyds！")
    qtbot.waitUntil(lambda: bool(reader.rows()), timeout=5000)  # annotated in a worker
    row = reader.rows()[0]
    assert {s.entry_id for s in row.slang} >= {"zh-jiarenmen", "zh-yyds"}
    assert row.tokens[0].text in ("家人们", "家人们谁懂啊")  # kept whole by the segmenter (jieba splits 家 / 人们)
    token = next(t for t in row.tokens if t.text == "yyds")
    index = row.tokens.index(token)
    qtbot.mouseMove(reader.ruby.viewport(), reader.ruby.token_position(0, index))
    qtbot.waitUntil(lambda: "GOAT" in reader.panel.toPlainText(), timeout=2000)
    assert reader.panel.toPlainText().index("Slang") < reader.panel.toPlainText().index("GOAT")


def test_glossary_strings_are_translated(glossary, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.app.settings.update(ui_language="zh_CN")
    QApplication.processEvents()
    assert glossary.new_deck_action.text() == "新建词库…"
    assert glossary.model.headerData(0, Qt.Orientation.Horizontal) == "词语"


def test_an_entry_added_elsewhere_shows_up_and_the_selection_stays(glossary, ui_ctx, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    deck_id = _new_deck(qtbot, glossary, monkeypatch, "Class")
    glossary.add_entry(deck_id, _entry("上岸"))
    qtbot.waitUntil(lambda: _terms(glossary) == ["上岸"] and glossary.current_entry() is not None, timeout=3000)
    mine = glossary.current_entry().key
    ui_ctx.ops.write(lambda app: app.glossary_store.add(deck_id, _entry("内卷")), initiator=object())
    qtbot.waitUntil(lambda: sorted(t or "" for t in _terms(glossary)) == sorted(["上岸", "内卷"]), timeout=3000)
    assert glossary.selected_keys() == [mine]  # nothing else is selected
    assert glossary.current_entry().entry.term == "上岸"
    qtbot.waitUntil(lambda: "Class (2)" in _deck_names(glossary), timeout=3000)


def test_the_entry_editor_keeps_what_it_does_not_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Editing a copied multi-sense entry keeps its plain paraphrase and its senses."""
    from app.core.slang import load_bundled
    from app.ui.dialogs.entry_editor import EntryEditor

    swag = next(e for e in load_bundled() if e.id == "en-swag")
    assert len(swag.senses) >= 2 and swag.plain
    editor = EntryEditor(swag)
    qtbot.addWidget(editor)
    editor.literal.setText("loot")
    editor.accept()
    edited = editor.entry()
    assert edited.literal == "loot" and edited.senses == swag.senses and edited.plain == swag.plain


def test_a_changed_meaning_becomes_the_slang_senses_meaning(qtbot) -> None:  # type: ignore[no-untyped-def]
    """摸鱼 has a slang sense and a literal one: the editor says so, and the tutor's meaning is the slang sense's
    (what detection shows and what the tutor's term is translated as); the literal sense is untouched."""
    from app.core.slang import load_bundled
    from app.ui.dialogs.entry_editor import EntryEditor

    moyu = next(e for e in load_bundled() if e.id == "zh-moyu")
    editor = EntryEditor(moyu)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.senses_note.isVisible()
    assert "has 2 senses" in editor.senses_note.text() and "(literal)" in editor.senses_note.text()
    editor.meaning_en.setPlainText("to goof off at work")
    editor.accept()
    edited = editor.entry()
    slang, literal = edited.senses
    assert slang.meaning_en == "to goof off at work" and slang.meaning_zh == moyu.senses[0].meaning_zh
    assert literal == moyu.senses[1]
    assert edited.with_sense(slang.id).meaning_en == "to goof off at work"


def test_the_editor_of_a_one_sense_entry_shows_no_senses(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.core.slang import load_bundled
    from app.ui.dialogs.entry_editor import EntryEditor

    editor = EntryEditor(next(e for e in load_bundled() if e.id == "zh-yyds"))
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.senses_note.isVisible()


# --- as a newcomer sees it: sizes, keys, pinyin, languages -------------------------------------------------
@pytest.mark.parametrize("size", [(1000, 650), (1100, 720), (1400, 900)])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_header_and_action_is_shown_whole(window, glossary, qtbot, size, language) -> None:  # type: ignore[no-untyped-def]
    from app.ui import i18n
    from tests.gui.seen import cut_headers, hidden_actions

    i18n.install_language(language)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    qtbot.wait(50)  # the layout follows the new size
    assert window.height() <= size[1] + 1  # the view fits the window: nothing is pushed off the screen
    assert cut_headers(glossary.table) == []
    assert hidden_actions(glossary) == []
    for action in (glossary.delete_entry_action, glossary.undo_action, glossary.phrase_action):
        assert any(b.defaultAction() is action for b in glossary.entry_bar.buttons)  # a button, not a menu item
    meaning = glossary.table.horizontalHeader().sectionSize(2)
    assert meaning >= 150, f"the meaning column is {meaning} px wide"
    lists = glossary.deck_list
    widest = max(lists.fontMetrics().horizontalAdvance(lists.item(i).text()) for i in range(lists.count()))
    assert widest <= lists.viewport().width()  # "Bundled slang (2,089)", not "Bundled slang (2"
    index = glossary.model.index(0, 2)
    assert glossary.model.data(index, Qt.ItemDataRole.ToolTipRole)  # a cut meaning shows whole as a tip


def test_secondary_actions_open_inside_the_window(window, glossary, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1000, 650)
    qtbot.wait(50)
    bar = glossary.entry_bar
    bar.more_button.click()
    qtbot.waitUntil(bar.menu.isVisible)
    menu = bar.menu.geometry()
    frame = window.geometry()
    assert frame.left() <= menu.left() and menu.right() <= frame.right() + 1
    assert [a.text() for a in bar.menu.actions()][:1] == ["Copy to deck…"]
    bar.menu.close()


def test_ctrl_f_focuses_search_and_typing_never_goes_to_a_filter(window, glossary, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus()  # the focus outside the view: Ctrl+F still finds its search box
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is glossary.search
    glossary.tag_box.setFocus()  # a filter chosen with the mouse keeps the focus; typing then goes to the search
    before = glossary.model.rowCount()
    qtbot.keyClicks(glossary.tag_box, "yyds")
    assert glossary.search.text() == "yyds" and glossary.tag_box.currentIndex() == 0
    assert QApplication.focusWidget() is glossary.search
    qtbot.waitUntil(lambda: 0 < glossary.model.rowCount() < before)
    assert "yyds" in (_terms(glossary)[0] or "")


def test_pinyin_is_written_as_the_reader_writes_a_word(glossary, qtbot) -> None:  # type: ignore[no-untyped-def]
    glossary.search.setText("绝绝子")
    qtbot.waitUntil(lambda: "绝绝子" in _terms(glossary))
    row = _terms(glossary).index("绝绝子")
    assert glossary.model.data(glossary.model.index(row, 1)) == "juéjuézǐ"  # not "jué jué zi"
    glossary.table.selectRow(row)
    qtbot.waitUntil(lambda: "jué jué zǐ" in glossary.detail.toPlainText())  # the entry, a colour per syllable


def test_a_new_entry_starts_neutral(glossary, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.entry_editor import EntryEditor

    editor = EntryEditor(None, glossary)
    qtbot.addWidget(editor)
    assert editor.register.currentData() == "neutral" and editor.register.currentText() == "neutral"


def test_labels_follow_the_language_both_ways(window, glossary, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui import i18n

    glossary.search.setText("yyds")
    qtbot.waitUntil(lambda: "yyds" in _terms(glossary))

    def register() -> str:  # the register column of yyds's row ("" while its page is on its way)
        rows = _terms(glossary)
        return str(glossary.model.data(glossary.model.index(rows.index("yyds"), 3)) or "") if "yyds" in rows else ""

    english = register()
    assert english and english.isascii()
    i18n.install_language("zh_CN")
    qtbot.waitUntil(lambda: glossary.tag_box.itemText(0) == "所有标签")
    qtbot.waitUntil(lambda: bool(register()) and not register().isascii())  # 调侃, not "playful"
    assert glossary.model.headerData(0, Qt.Orientation.Horizontal) == "词语"
    i18n.install_language("en")
    qtbot.waitUntil(lambda: glossary.tag_box.itemText(0) == "All tags")
    qtbot.waitUntil(lambda: register() == english)
    assert glossary.delete_entry_action.text() == "Delete" and glossary.undo_action.iconText() == "Undo"


def test_delete_key_acts_on_what_has_the_focus_and_ctrl_z_undoes(window, glossary, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    deck = _new_deck(qtbot, glossary, monkeypatch, "Homework")
    glossary.add_entry(deck, _entry("上岸"))
    _wait_terms(qtbot, glossary, ["上岸"])
    glossary.table.setFocus()
    qtbot.keyClick(glossary.table, Qt.Key.Key_Delete)
    _wait_terms(qtbot, glossary, [])
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(glossary.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _wait_terms(qtbot, glossary, ["上岸"])
    glossary.deck_list.setFocus()
    qtbot.keyClick(glossary.deck_list, Qt.Key.Key_Delete)  # the deck, not the entry the table shows
    qtbot.waitUntil(lambda: not _deck_names(glossary) & {"Homework (1)"})
    qtbot.keyClick(glossary.deck_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Homework (1)" in _deck_names(glossary))


def _deck_names(view) -> set[str]:  # type: ignore[no-untyped-def]
    return {view.deck_list.item(i).text() for i in range(view.deck_list.count())}
