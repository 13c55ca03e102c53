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
def glossary(window):  # type: ignore[no-untyped-def]
    window.data_ready()
    return window.show_view("glossary")


def _terms(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.model.entry(r).entry.term for r in range(view.model.rowCount())]


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
    assert glossary.model.total() >= 600
    with qtbot.waitSignal(glossary.results_shown, timeout=3000):
        qtbot.keyClicks(glossary.search, "po fang")
    assert _terms(glossary)[0] == "破防"
    assert "defense" in glossary.detail.toPlainText() or "defence" in glossary.detail.toPlainText()
    assert "pò fáng" in glossary.detail.toPlainText()


def test_filters_and_the_remembered_vulgar_switch(glossary, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    glossary.lang_box.setCurrentIndex(glossary.lang_box.findData("en"))
    assert {glossary.model.entry(r).entry.lang for r in range(glossary.model.rowCount())} == {"en"}
    everything = glossary.model.total()
    glossary.hide_offensive.setChecked(True)
    assert ui_ctx.app.settings.current.hide_vulgar is True
    assert glossary.model.total() < everything
    rows = [glossary.model.entry(r).entry for r in range(glossary.model.rowCount())]
    assert not any({"vulgar", "offensive"} & set(e.register) for e in rows)


def test_deck_entry_edit_delete_undo_redo(glossary, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Exam week", True)))
    deck_id = glossary.new_deck()
    assert glossary.current_deck().name == "Exam week"
    key = glossary.add_entry(deck_id, _entry("上岸"))
    stored = glossary.store.get(key)
    assert stored.entry.pinyin == "shàng àn"  # filled in automatically
    assert _terms(glossary) == ["上岸"]
    glossary.update_entry(stored, replace(stored.entry, meaning_en="passed the exam"))
    assert glossary.store.get(key).entry.meaning_en == "passed the exam"
    glossary.table.selectRow(0)
    glossary.delete_entries()
    assert _terms(glossary) == [] and glossary.store.get(key) is None
    glossary.undo_action.trigger()
    assert _terms(glossary) == ["上岸"]
    glossary.undo_action.trigger()  # undo the edit too
    assert glossary.store.get(key).entry.meaning_en == "landed a job"
    glossary.redo_action.trigger()
    glossary.redo_action.trigger()
    assert glossary.store.get(key) is None


def test_bundled_entries_are_read_only_but_can_be_copied(glossary, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    glossary.search.setText("yyds")
    glossary.refresh()
    assert glossary.current_entry().bundled
    assert not glossary.edit_entry_action.isEnabled() and not glossary.delete_entry_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Mine", True)))
    new_deck = glossary.tr("A new deck…")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (new_deck, True)))
    glossary.copy_to_deck()
    mine = glossary.store.deck_by_name("Mine")
    copied = glossary.store.entries(mine.id)
    assert [s.entry.term for s in copied] == ["yyds"] and copied[0].source_key == "zh-yyds"


def test_deleting_a_deck_is_undoable(glossary, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Temp", True)))
    deck_id = glossary.new_deck()
    glossary.add_entry(deck_id, _entry("上岸"))
    glossary.delete_deck()
    assert glossary.store.deck_by_name("Temp") is None
    glossary.undo_action.trigger()
    assert glossary.store.deck_by_name("Temp").count == 1


def test_malformed_import_shows_line_numbers_and_imports_nothing(glossary, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text("term,lang,meaning_en\n上岸,zh,landed\n,zh,no term\n破防,xx,bad language\n", encoding="utf-8")
    before = glossary.store.count()
    glossary.import_file(str(bad), deck_name="Broken")
    box = qtbot.waitUntil(lambda: glossary.findChild(QMessageBox, "import-problem") is not None, timeout=3000)
    text = glossary.findChild(QMessageBox, "import-problem").text()
    assert "line 3" in text and "line 4" in text and "Nothing was imported" in text
    assert glossary.store.count() == before and glossary.store.deck_by_name("Broken") is None
    assert box is None


def test_import_then_export(glossary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "class.csv"
    good.write_text("term,meaning\n上岸,got the job / passed the exam\nrizz,魅力\n", encoding="utf-8")
    glossary.import_file(str(good), deck_name="Class 3")
    deck = glossary.store.deck_by_name("Class 3")
    assert deck is not None and deck.count == 2
    assert glossary.current_deck().id == deck.id
    out = tmp_path / "export.csv"
    glossary.export_file(str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert sorted(r["term"] for r in rows) == ["rizz", "上岸"]


def test_reader_marks_slang_and_explains_it_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = window.show_view("reader")
    reader.set_text("家人们谁懂啊，这家火锅yyds！")
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
