"""The 'Your data' dialog: back up, restore (with its safety copy), export, and the guarded delete."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.data.changes import KINDS
from app.ui.dialogs.my_data_dialog import CONFIRM_WORD, DeleteConfirmDialog, MyDataDialog


@pytest.fixture
def quits() -> list[str]:
    return []


@pytest.fixture
def dialog(qtbot, ui_ctx, quits):  # type: ignore[no-untyped-def]
    dlg = MyDataDialog(ui_ctx, quit_app=lambda: quits.append("quit"))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def _texts(ui_ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in ui_ctx.app.phrase_store.all()]


def test_back_up_now_shows_a_row(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 1).text() == "Backup"
    assert dialog.table.item(0, 2).text().endswith(("kB", "MB"))
    assert dialog.selected_backup() is not None and dialog.selected_backup().exists()
    assert dialog.selected_backup().name in dialog.status.text()
    assert dialog.restore_button.isEnabled()


def test_restore_asks_keeps_a_safety_copy_and_reloads(  # type: ignore[no-untyped-def]
    dialog, ui_ctx, qtbot, monkeypatch
) -> None:
    ui_ctx.app.phrase_store.add("before")
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    ui_ctx.app.phrase_store.add("after")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert _texts(ui_ctx) == ["after", "before"]  # "No" changes nothing
    assert "safety copy" in asked[0]

    answer = QMessageBox.StandardButton.Yes
    with (
        qtbot.waitSignal(dialog.data_restored, timeout=2000),
        qtbot.waitSignal(ui_ctx.ops.changed, timeout=2000) as changed,
    ):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored, initiator = changed.args
    assert initiator is dialog and restored.kinds == KINDS  # every view hears that everything changed
    assert _texts(ui_ctx) == ["before"]
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "Safety copy (before a restore)"
    assert "Restored" in dialog.status.text()

    dialog.table.selectRow(0)  # and back again: nothing was lost
    with qtbot.waitSignal(dialog.data_restored, timeout=2000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert _texts(ui_ctx) == ["after", "before"]


def test_restoring_a_file_that_is_not_a_backup_is_refused(  # type: ignore[no-untyped-def]
    dialog, ui_ctx, qtbot, monkeypatch, tmp_path, warnings
) -> None:
    ui_ctx.app.phrase_store.add("mine")
    junk = tmp_path / "holiday-photos.db"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(junk), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "not a Jiaoliu database" in warnings[0]
    assert _texts(ui_ctx) == ["mine"]
    assert dialog.table.rowCount() == 0  # no safety copy either: nothing was touched


def test_export_writes_a_zip(dialog, ui_ctx, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.app.phrase_store.add("加油", "keep going")
    target = tmp_path / "my-data"  # no extension typed: .zip is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "my-data.zip"
    qtbot.waitUntil(lambda: str(out) in dialog.status.text())
    assert out.exists()
    assert dialog.export_button.isEnabled()
    with zipfile.ZipFile(out) as archive:
        assert {"README.txt", "jiaoliu.db", "tables/phrases.json"} <= set(archive.namelist())
        assert "加油" in archive.read("tables/phrases.json").decode("utf-8")


def _confirm_with(monkeypatch: pytest.MonkeyPatch, qtbot, word: str, seen: dict[str, bool]) -> None:  # type: ignore[no-untyped-def]
    """Run the confirmation dialog as a user would: type the word, then press Delete if it can be pressed."""

    def fake_exec(self: DeleteConfirmDialog) -> int:
        qtbot.keyClicks(self.word, word)
        seen["enabled"] = self.delete_button.isEnabled()
        if self.delete_button.isEnabled():
            qtbot.mouseClick(self.delete_button, Qt.MouseButton.LeftButton)
            return int(self.result())
        return int(QDialog.DialogCode.Accepted)  # even a forced "accept" must not delete with the wrong word

    monkeypatch.setattr(DeleteConfirmDialog, "exec", fake_exec)


def test_delete_with_the_wrong_word_does_nothing(  # type: ignore[no-untyped-def]
    dialog, ui_ctx, qtbot, monkeypatch, quits
) -> None:
    ui_ctx.app.phrase_store.add("keep me")
    seen: dict[str, bool] = {}
    _confirm_with(monkeypatch, qtbot, "delete", seen)
    assert dialog.delete_everything() is False
    assert seen["enabled"] is False
    assert quits == [] and dialog.status.text() == "Nothing was deleted."
    assert ui_ctx.app.paths.database.exists() and _texts(ui_ctx) == ["keep me"]


def test_delete_with_the_word_removes_everything_and_quits(  # type: ignore[no-untyped-def]
    dialog, ui_ctx, qtbot, monkeypatch, quits
) -> None:
    paths = ui_ctx.app.paths
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    ui_ctx.app.settings.update(reader_font_size=30)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a: told.append(text)))
    seen: dict[str, bool] = {}
    _confirm_with(monkeypatch, qtbot, CONFIRM_WORD, seen)
    with qtbot.waitSignal(dialog.data_deleted, timeout=2000):
        assert dialog.delete_everything() is True
    assert seen["enabled"] is True
    assert not paths.database.exists() and not paths.backups.exists() and not paths.settings.exists()
    assert not Path(str(paths.database) + "-wal").exists()
    assert told and "deleted" in told[0]
    assert quits == ["quit"]


def test_delete_from_the_main_window_closes_it_before_the_files_go(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch, quits
) -> None:
    window.data_ready()
    paths = window.ctx.app.paths
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    _confirm_with(monkeypatch, qtbot, CONFIRM_WORD, {})
    dlg = MyDataDialog(window.ctx, window, quit_app=lambda: quits.append("quit"))
    assert dlg.delete_everything() is True
    assert not window.isVisible()  # closed first: its state was saved before the deletion, not after
    assert not paths.qt_state.exists() and not paths.database.exists()
    assert quits == ["quit"]


def test_after_a_restore_every_open_view_shows_the_restored_data(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch
) -> None:
    from app.data.study_store import Source

    app = window.ctx.app
    kept = app.session_store.create("From the backup")
    phrase = app.phrase_store.add("你好", "hello")
    app.study_store.add_cards([Source("phrase", str(phrase))], ["recognition"])
    window.data_ready()
    sessions, study = window.show_view("sessions"), window.show_view("study")
    qtbot.waitUntil(lambda: sessions.session_list.count() == 1 and "1 new" in study.counts_label.text())
    dialog = MyDataDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    sessions.new_session()  # changes after the backup, shown at once
    study.show_answer()
    study.grade(4)
    qtbot.waitUntil(lambda: sessions.session_list.count() == 2 and "0 new" in study.counts_label.text())
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.data_restored, timeout=5000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sessions.session_list.count() == 1 and sessions.session_id == kept)
    qtbot.waitUntil(lambda: "1 new" in study.counts_label.text())
    assert study.card is not None and not app.history.can_undo("study")  # the grade's step went with its data
