"""Translation models: what is installed, what the official index offers, download and sideload."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:
    from app.services.models import ModelInfo


def _size(value: int | None) -> str:
    return "" if value is None else f"{value / 1e6:.1f} MB"


class ModelsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("models-dialog")
        self.ctx = ctx
        self.setMinimumSize(620, 420)
        self._task: TaskHandle | None = None
        self.installed_label, self.available_label = QLabel(), QLabel()
        self.installed = self._table()
        self.available = self._table()
        self.fetch_button = QPushButton()
        self.fetch_button.clicked.connect(self.fetch_index)
        self.file_button = QPushButton()
        self.file_button.clicked.connect(lambda: self.install_from_file())
        self.install_button = QPushButton()
        self.install_button.clicked.connect(self.install_selected)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        installed_row = QHBoxLayout()
        installed_row.addWidget(self.installed_label, 1)
        installed_row.addWidget(self.remove_button)
        installed_row.addWidget(self.file_button)
        available_row = QHBoxLayout()
        available_row.addWidget(self.available_label, 1)
        available_row.addWidget(self.fetch_button)
        available_row.addWidget(self.install_button)
        layout = QVBoxLayout(self)
        layout.addLayout(installed_row)
        layout.addWidget(self.installed, 1)
        layout.addLayout(available_row)
        layout.addWidget(self.available, 1)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.retranslate()
        self.refresh()

    @staticmethod
    def _table() -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Translation models"))
        self.installed_label.setText(self.tr("Installed on this computer"))
        self.available_label.setText(self.tr("Official English↔Chinese models"))
        self.fetch_button.setText(self.tr("Fetch the list (uses the internet)"))
        self.file_button.setText(self.tr("Install from file…"))
        self.install_button.setText(self.tr("Download and install"))
        self.remove_button.setText(self.tr("Remove"))
        self.cancel_button.setText(self.tr("Cancel"))
        headers = [self.tr("Model"), self.tr("Version"), self.tr("Size")]
        for table in (self.installed, self.available):
            table.setHorizontalHeaderLabels(headers)

    # --- listing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        models = self.ctx.app.models
        self.ctx.tasks.submit(
            lambda task: (models.installed(), models.available()),
            name="list-models",
            on_done=self._show_lists,
            on_error=self._failed,
        )

    def _show_lists(self, lists: tuple[list[ModelInfo], list[ModelInfo]]) -> None:
        installed, available = lists
        self._fill(self.installed, installed)
        self._fill(self.available, available)
        self.install_button.setEnabled(bool(available))

    @staticmethod
    def _fill(table: QTableWidget, models: list[ModelInfo]) -> None:
        table.setRowCount(len(models))
        for row, info in enumerate(models):
            for column, text in enumerate((info.code, info.version, _size(info.size_bytes))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.code)
                table.setItem(row, column, item)
        if models:
            table.selectRow(0)

    def _selected(self, table: QTableWidget) -> str | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    # --- changes -----------------------------------------------------------------------------------
    def fetch_index(self) -> None:
        models = self.ctx.app.models
        self._run(
            lambda task: models.refresh_index(task.progress, lambda: task.cancelled),
            self.tr("Fetching the list of models…"),
            "fetch-index",
        )

    def install_selected(self) -> None:
        code = self._selected(self.available)
        if code:
            models = self.ctx.app.models
            self._run(
                lambda task: models.download_and_install(code, task.progress, lambda: task.cancelled),
                self.tr("Downloading {model}…").replace("{model}", code),
                "download-model",
            )

    def install_from_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Install a model"), "", self.tr("Argos models (*.argosmodel);;All files (*)")
            )
            if not path:
                return
        models = self.ctx.app.models
        self._run(lambda task: models.install_file(Path(path)), self.tr("Installing…"), "install-model")

    def remove_selected(self) -> None:
        code = self._selected(self.installed)
        if code:
            models = self.ctx.app.models
            self._run(
                lambda task: models.remove(code), self.tr("Removing {model}…").replace("{model}", code), "remove-model"
            )

    def _run(self, fn: Callable[[TaskContext], object], message: str, name: str) -> None:
        if self._task is not None and not self._task.done:
            return
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress_box.setVisible(True)

        def work(task: TaskContext) -> object:
            return fn(task)

        self._task = self.ctx.tasks.submit(
            work,
            name=name,
            on_progress=self._on_progress,
            on_done=self._finished,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self, _result: object) -> None:
        self.progress_box.setVisible(False)
        self.status.setText(self.tr("Done."))
        self.ctx.app.translator.forget_engines()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.progress_box.setVisible(False)
        self.status.setText(error_text(exc))
        self.status.setStyleSheet("color: #b00020")

    def _cancelled(self) -> None:
        self.progress_box.setVisible(False)
        self.status.setText(self.tr("Cancelled; nothing was installed."))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def reject(self) -> None:
        self.cancel()
        super().reject()
