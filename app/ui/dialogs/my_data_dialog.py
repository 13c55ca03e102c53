"""'Your data': backups (make, list, restore), export everything, delete everything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.text import file_size
from app.services.backup import KEEP, Backup, RestoreResult, list_backups, make_backup, restore_backup
from app.services.context import AppContext
from app.services.my_data import DeleteReport, delete_all, export_all
from app.ui.context import UiContext
from app.ui.errors import error_text

CONFIRM_WORD = "DELETE"  # the same word in every language, so the confirmation cannot be mistyped by accident


def _when(backup: Backup) -> str:
    return backup.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _quit_app() -> None:
    QTimer.singleShot(0, QApplication.quit)  # after the dialog's own event loop has returned


class DeleteConfirmDialog(QDialog):
    """Asks for the word DELETE before everything goes; the models are kept unless ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delete-confirm-dialog")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.word = QLineEdit()
        self.include_models = QCheckBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.word.textChanged.connect(lambda _text: self.delete_button.setEnabled(self.confirmed()))
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.word, self.include_models, self.buttons):
            layout.addWidget(widget)
        self.setWindowTitle(self.tr("Delete all my data"))
        self.explanation.setText(
            self.tr(
                "This deletes your phrases, sessions, glossary decks, Reader texts, study progress, backups and "
                "preferences from this computer. It cannot be undone; export your data first if you may want it "
                "back. Jiaoliu closes afterwards and starts fresh next time.\n\nType {word} to confirm."
            ).replace("{word}", CONFIRM_WORD)
        )
        self.include_models.setText(self.tr("Also delete the translation models (they can be downloaded again)"))
        self.delete_button.setText(self.tr("Delete everything"))

    def confirmed(self) -> bool:
        return self.word.text().strip() == CONFIRM_WORD


class MyDataDialog(QDialog):
    """Backups, export and deletion of the user's data; a restore is a write operation like any other."""

    data_restored = Signal()  # the database now holds a backup's data (the views heard it through ops.changed)
    data_deleted = Signal()  # everything is gone and the services are closed: the app must quit

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, quit_app: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("my-data-dialog")
        self.ctx = ctx
        self.quit_app = quit_app or _quit_app
        self.setMinimumSize(560, 420)
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.back_up_button = QPushButton()
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton()
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_everything)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_everything)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        backup_row = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.restore_file_button):
            backup_row.addWidget(button)
        backup_row.addStretch(1)
        data_row = QHBoxLayout()
        data_row.addWidget(self.export_button)
        data_row.addStretch(1)
        data_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy)
        layout.addWidget(self.table, 1)
        layout.addLayout(backup_row)
        layout.addLayout(data_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your data"))
        self.policy.setText(
            self.tr(
                "Jiaoliu backs up your data automatically once a day and keeps the newest {keep} backups. "
                "Before a restore, a safety copy of your current data is added to the list."
            ).replace("{keep}", str(KEEP))
        )
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.back_up_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_file_button.setText(self.tr("Restore from a file…"))
        self.export_button.setText(self.tr("Export all my data…"))
        self.delete_button.setText(self.tr("Delete all my data…"))

    # --- the list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        backups = list_backups(self.ctx.app.paths)
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            kind = self.tr("Safety copy (before a restore)") if backup.safety else self.tr("Backup")
            for column, text in enumerate((_when(backup), kind, file_size(backup.size))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.ctx.show_status(message, 8000)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc))
        QMessageBox.warning(self, self.tr("Your data"), error_text(exc))

    # --- backups ------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        paths = self.ctx.app.paths
        self.back_up_button.setEnabled(False)
        self._say(self.tr("Backing up…"))
        self.ctx.tasks.submit(
            lambda task: make_backup(paths), name="backup", on_done=self._on_backed_up, on_error=self._on_backup_failed
        )

    def _on_backed_up(self, path: Path) -> None:
        self.back_up_button.setEnabled(True)
        self.refresh()
        self._say(self.tr("Backed up to {file}.").replace("{file}", path.name))

    def _on_backup_failed(self, exc: BaseException) -> None:
        self.back_up_button.setEnabled(True)
        self._failed(exc)

    def restore_selected(self) -> None:
        path = self.selected_backup()
        if path is not None:
            self.restore(path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), "", self.tr("Jiaoliu databases (*.db);;All files (*)")
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> bool:
        """Ask, then replace the current data with `path` in the background; True when the restore started."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace your current data with {file}?\n\nA safety copy of your current data is kept first and "
                "appears in the list of backups, so you can go back. Jiaoliu then reloads your data."
            ).replace("{file}", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.restore_button.setEnabled(False)
        self.restore_file_button.setEnabled(False)
        self._say(self.tr("Restoring…"))

        def work(app: AppContext) -> RestoreResult:
            result = restore_backup(app.paths, path, app.data)
            app.history.clear()  # steps recorded against the old data cannot be undone in the restored one
            return result

        # A write operation: every view hears `changed` with every kind of data and shows the restored data.
        self.ctx.ops.write(
            work,
            initiator=self,
            name="restore",
            on_done=lambda result: self._on_restored(path, result),
            on_error=self._on_restore_failed,
        )
        return True

    def _on_restored(self, path: Path, result: RestoreResult) -> None:
        QApplication.restoreOverrideCursor()
        self.restore_file_button.setEnabled(True)
        self.refresh()
        self.data_restored.emit()
        kept = result.safety_copy.name if result.safety_copy else "—"
        message = self.tr("Restored {file}. Your previous data was kept as {copy}.")
        self._say(message.replace("{file}", path.name).replace("{copy}", kept))

    def _on_restore_failed(self, exc: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        self.restore_file_button.setEnabled(True)
        self._update_buttons()
        self._failed(exc)

    # --- export and delete ----------------------------------------------------------------------------
    def export_everything(self) -> None:
        suggested = str(Path.home() / f"jiaoliu-data-{date.today():%Y%m%d}.zip")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export all my data"), suggested, self.tr("Zip archives (*.zip)")
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        paths = self.ctx.app.paths
        self.ctx.tasks.submit(
            lambda task: export_all(paths, out),
            name="export-all",
            on_done=self._on_exported,
            on_error=self._on_export_failed,
        )

    def _on_exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("All your data was exported to {file}.").replace("{file}", str(path)))

    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._failed(exc)

    def delete_everything(self) -> bool:
        """Ask for the confirmation word; then delete, tell the user, and quit. True when deleted."""
        confirm = DeleteConfirmDialog(self)
        if confirm.exec() != QDialog.DialogCode.Accepted or not confirm.confirmed():
            self._say(self.tr("Nothing was deleted."))
            return False
        self.ctx.tasks.cancel_all()
        self.ctx.tasks.wait(10_000)
        parent = self.parentWidget()
        if parent is not None:
            parent.window().close()  # its views save their state now, before the files go, not into the deleted folder
        report = delete_all(
            self.ctx.app.paths, include_models=confirm.include_models.isChecked(), close=self.ctx.app.close
        )
        self._report_deleted(report)
        self.data_deleted.emit()
        self.accept()
        self.quit_app()
        return True

    def _report_deleted(self, report: DeleteReport) -> None:
        text = self.tr("All your data was deleted. Jiaoliu will now close; it starts fresh next time.")
        if report.failed:
            text += "\n\n" + self.tr("These could not be deleted:") + "\n" + "\n".join(report.failed)
        QMessageBox.information(self, self.tr("Delete all my data"), text)
