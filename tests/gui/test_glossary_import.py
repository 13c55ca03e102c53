"""Importing into the Glossary as a tutor does it: choose the deck, answer the conflict question, undo."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.core.slang import Example, SlangEntry
from app.services.glossary import export_to
from app.ui.dialogs.import_deck import ConflictQuestion, ImportDeckDialog

YYDS = SlangEntry(
    id="",
    term="yyds",
    lang="zh",
    variants=("永远的神",),
    pinyin="yǒng yuǎn de shén",
    literal="forever's god",
    meaning_en="The GOAT.",
    meaning_zh="永远的神",
    register=("playful",),
    examples=(Example("这家火锅yyds！", "This hotpot is the GOAT!"),),
    tags=("praise",),
    year=2016,
    related=(),
)


@pytest.fixture
def glossary(window, qtbot):  # type: ignore[no-untyped-def]
    window.data_ready()
    view = window.show_view("glossary")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    return view


@pytest.fixture
def week3(glossary, tmp_path: Path) -> tuple[str, Path]:  # type: ignore[no-untyped-def]
    """A deck with one full entry, its .apkg export, then a local edit of the entry's meaning."""
    store = glossary.ctx.app.glossary_store
    deck_id = store.create_deck("Week 3")
    key = store.add(deck_id, YYDS)
    path = tmp_path / "week3.apkg"
    export_to(store, "apkg", path, "Week 3")
    store.update(key, replace(YYDS, meaning_en="My own meaning."))
    return key, path


def _dialog(qtbot, view, kind: type) -> Any:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(kind)), timeout=3000)
    return next(d for d in view.findChildren(kind) if d.isVisible())


def _ok(dialog: ImportDeckDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _entry(view, key: str) -> SlangEntry:  # type: ignore[no-untyped-def]
    stored = view.ctx.app.glossary_store.get(key)
    assert stored is not None
    return stored.entry


def test_re_importing_an_apkg_asks_the_deck_and_keeps_my_edit(glossary, qtbot, week3, window) -> None:  # type: ignore[no-untyped-def]
    key, path = week3
    glossary.import_file(str(path))
    dialog = _dialog(qtbot, glossary, ImportDeckDialog)
    choices = [dialog.deck_box.itemText(i) for i in range(dialog.deck_box.count())]
    assert choices == ["Week 3", "New deck"]  # your decks, never the bundled one
    assert dialog.deck_box.currentText() == "Week 3"  # the file came from it
    assert not dialog.name_edit.isVisible() and _ok(dialog).isEnabled()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    question = _dialog(qtbot, glossary, ConflictQuestion)
    assert question.text() == "In “Week 3”, entries where the file differs from your own values: 1."
    assert question.informativeText().startswith("yyds")
    assert [b.text() for b in (question.keep_button, question.replace_button)] == ["Keep mine", "Take the file’s"]
    qtbot.mouseClick(question.keep_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Imported into “Week 3”" in window.statusBar().currentMessage(), timeout=3000)
    assert window.statusBar().currentMessage() == (
        "Imported into “Week 3”: 0 added, 0 updated, 1 unchanged. Kept your own values in entries the file changes: 1."
    )  # and no "Undo with Ctrl+Z.": nothing changed
    assert _entry(glossary, key) == replace(YYDS, id=key, meaning_en="My own meaning.")  # nothing lost
    assert "Import" not in glossary.undo_action.text()  # nothing changed, so nothing to undo
    qtbot.waitUntil(lambda: glossary.current_deck() is not None and glossary.current_deck().name == "Week 3")
    assert [d.name for d in glossary.ctx.app.glossary_store.decks() if not d.bundled] == ["Week 3"]


def test_taking_the_files_values_is_one_undo_step(glossary, qtbot, week3, window) -> None:  # type: ignore[no-untyped-def]
    key, path = week3
    glossary.import_file(str(path))
    qtbot.mouseClick(_ok(_dialog(qtbot, glossary, ImportDeckDialog)), Qt.MouseButton.LeftButton)
    question = _dialog(qtbot, glossary, ConflictQuestion)
    qtbot.mouseClick(question.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _entry(glossary, key).meaning_en == "The GOAT.", timeout=3000)
    assert _entry(glossary, key) == replace(YYDS, id=key)
    qtbot.waitUntil(lambda: "Took the file’s values" in window.statusBar().currentMessage(), timeout=3000)
    assert "0 added, 1 updated, 0 unchanged" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: glossary.undo_action.text() == "Undo Import “week3.apkg”", timeout=3000)
    glossary.undo_action.trigger()
    qtbot.waitUntil(lambda: _entry(glossary, key).meaning_en == "My own meaning.", timeout=3000)
    assert _entry(glossary, key) == replace(YYDS, id=key, meaning_en="My own meaning.")


def test_cancelling_either_question_imports_nothing(glossary, qtbot, week3) -> None:  # type: ignore[no-untyped-def]
    key, path = week3
    store = glossary.ctx.app.glossary_store
    before = (store.count(), _entry(glossary, key))
    glossary.import_file(str(path))
    _dialog(qtbot, glossary, ImportDeckDialog).reject()
    glossary.import_file(str(path))
    qtbot.mouseClick(_ok(_dialog(qtbot, glossary, ImportDeckDialog)), Qt.MouseButton.LeftButton)
    question = _dialog(qtbot, glossary, ConflictQuestion)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not question.isVisible(), timeout=3000)
    assert (store.count(), _entry(glossary, key)) == before
    assert "Import" not in glossary.undo_action.text()  # not even an empty import step


def test_a_new_deck_is_named_after_the_file(glossary, qtbot, tmp_path: Path, window) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "class 4.csv"
    path.write_text("term,meaning\n上岸,got the job\nrizz,魅力\n", encoding="utf-8")
    glossary.import_file(str(path))
    dialog = _dialog(qtbot, glossary, ImportDeckDialog)
    assert dialog.deck_box.currentText() == "New deck"
    assert dialog.name_edit.isVisible() and dialog.name_edit.text() == "class 4"
    dialog.name_edit.clear()
    assert not _ok(dialog).isEnabled()  # a new deck needs a name
    qtbot.keyClicks(dialog.name_edit, "Class 4")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    # No conflicts in a new deck: no question, straight in.
    qtbot.waitUntil(lambda: glossary.current_deck() is not None and glossary.current_deck().name == "Class 4")
    assert window.statusBar().currentMessage().startswith("Imported into “Class 4”: 2 added, 0 updated, 0 unchanged.")
    assert not [q for q in glossary.findChildren(ConflictQuestion) if q.isVisible()]


def test_a_slow_import_shows_progress_and_cancel_stops_it(app_ctx, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On the real thread pool: reading stands in for a slow deck until it is told to stop, as read_collection's
    watchdog is (the real cancellation is tested in tests/faults/test_hostile_apkg.py)."""
    import threading

    import app.services.glossary as glossary_service
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow
    from app.ui.settings_bridge import SettingsBridge
    from app.ui.tasks import TaskRunner

    started = threading.Event()

    def slow_read(path: Path, limit: int, cancelled: Any = None) -> Any:
        started.set()
        for _ in range(1000):
            if cancelled():
                raise glossary_service.ImportProblem(["the import was cancelled"], path.name)
            threading.Event().wait(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(glossary_service, "read_for_import", slow_read)
    ctx = UiContext(app_ctx, TaskRunner(), SettingsBridge(app_ctx.settings))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.data_ready()
    view = window.show_view("glossary")
    decks = view.deck_list.count()
    view.import_file(str(tmp_path / "big.apkg"))
    qtbot.waitUntil(lambda: view.import_progress.isVisible() and started.is_set(), timeout=5000)
    qtbot.mouseClick(view.import_progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.import_progress.isVisible(), timeout=5000)
    assert window.statusBar().currentMessage() == "Import cancelled."
    assert view.deck_list.count() == decks
    ctx.tasks.wait()
