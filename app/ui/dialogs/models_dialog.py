"""Translation models: what is installed, what the official index offers, download and sideload.

Nothing here destroys on Enter: Close is the default button, Remove asks first, and installing over a model for
the same direction asks before replacing it."""

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
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.text import file_size
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.tasks import TaskContext, TaskHandle

if TYPE_CHECKING:
    from app.services.models import ModelExists, ModelInfo


def _size(value: int | None) -> str:
    return "" if value is None else file_size(value)


class ModelsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("models-dialog")
        self.ctx = ctx
        self.setMinimumSize(620, 420)
        self._task: TaskHandle | None = None
        self._retry: Callable[[], None] | None = None  # the running install again, replacing: after "Replace?"
        self._installed: list[ModelInfo] = []
        self._available: list[ModelInfo] = []
        self.question: QMessageBox | None = None  # the open "remove?" or "replace?" question, if any
        self.installed_label, self.available_label = QLabel(), QLabel()
        self.installed = self._table(4)
        self.available = self._table(3)
        self.installed.itemSelectionChanged.connect(self._update_buttons)
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
        for button in (
            self.fetch_button,
            self.file_button,
            self.install_button,
            self.remove_button,
            self.cancel_button,
        ):
            button.setAutoDefault(False)  # Enter never presses an action, least of all Remove
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
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
        self._update_buttons()
        self.refresh()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
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
        self.installed.setHorizontalHeaderLabels([*headers, self.tr("State")])
        self.available.setHorizontalHeaderLabels(headers)
        self._fill_installed(self._installed)
        self._fill(self.available, self._available)

    # --- listing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        models = self.ctx.app.models
        self.ctx.tasks.submit(
            lambda task: (models.installed(broken=True), models.available()),
            name="list-models",
            on_done=self._show_lists,
            on_error=self._failed,
        )

    def _show_lists(self, lists: tuple[list[ModelInfo], list[ModelInfo]]) -> None:
        installed, available = lists
        self._fill_installed(installed)
        self._available = available
        self._fill(self.available, available)
        self.install_button.setEnabled(bool(available))
        self._update_buttons()

    def _fill_installed(self, models: list[ModelInfo]) -> None:
        """The installed table, with a state column: a damaged package is listed (and removable) with its reason."""
        self._installed = models
        self._fill(self.installed, models)
        for row, info in enumerate(models):
            item = QTableWidgetItem(self.tr("Damaged") if info.broken else self.tr("Ready"))
            if info.problem is not None:
                item.setToolTip(error_text(info.problem))
                item.setForeground(Qt.GlobalColor.red)
            self.installed.setItem(row, 3, item)

    def _update_buttons(self) -> None:
        selected = self._selected_installed()
        self.remove_button.setEnabled(selected is not None)
        if selected is not None and selected.problem is not None:  # why it is damaged, and what to do
            self.status.setText(error_text(selected.problem) + " " + self.tr("Remove it, then install it again."))
            self.status.setStyleSheet("color: #b00020")

    def _fill(self, table: QTableWidget, models: list[ModelInfo]) -> None:
        """One row per package, named by its direction (English→Chinese); the package code, which the CLI uses,
        is the tooltip."""
        table.setRowCount(len(models))
        for row, info in enumerate(models):
            for column, text in enumerate((self._direction(info), info.version, _size(info.size_bytes))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.code)
                item.setToolTip(info.code)
                table.setItem(row, column, item)
        if models:
            table.selectRow(0)

    def _selected(self, table: QTableWidget) -> str | None:
        rows = {index.row() for index in table.selectionModel().selectedRows()}
        item = table.item(min(rows), 0) if rows else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _selected_installed(self) -> ModelInfo | None:
        rows = {index.row() for index in self.installed.selectionModel().selectedRows()}
        row = min(rows) if rows else -1
        return self._installed[row] if 0 <= row < len(self._installed) else None

    def _direction(self, info: ModelInfo) -> str:
        names = {
            ("en", "zh"): self.tr("English→Chinese"),
            ("zh", "en"): self.tr("Chinese→English"),
        }
        return names.get((info.from_code, info.to_code), info.code)

    # --- changes -----------------------------------------------------------------------------------
    def fetch_index(self) -> None:
        models = self.ctx.app.models
        self._run(
            lambda task: models.refresh_index(task.progress, lambda: task.cancelled),
            self.tr("Fetching the list of models…"),
            "fetch-index",
        )

    def install_selected(self, replace: bool = False) -> None:
        code = self._selected(self.available)
        if code:
            models = self.ctx.app.models
            self._run(
                lambda task: models.download_and_install(code, task.progress, lambda: task.cancelled, replace=replace),
                self.tr("Downloading {model}…").replace("{model}", code),
                "download-model",
                retry=lambda: self.install_selected(replace=True),
            )

    def install_from_file(self, path: str | None = None, replace: bool = False) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Install a model"), "", self.tr("Argos models (*.argosmodel);;All files (*)")
            )
            if not path:
                return
        models = self.ctx.app.models
        chosen = path
        self._run(
            lambda task: models.install_file(Path(chosen), replace=replace),
            self.tr("Checking and installing the model…"),
            "install-model",
            retry=lambda: self.install_from_file(chosen, replace=True),
        )

    def remove_selected(self) -> None:
        """Ask first ("Remove the English→Chinese model (95 MB)?"); only an explicit Remove removes."""
        info = self._selected_installed()
        if info is None:
            return
        question = self.tr("Remove the {model} model ({size})?").replace("{model}", self._direction(info))
        code = info.path.name if info.path is not None else info.code  # the folder: exactly the row asked about

        def remove() -> None:
            models = self.ctx.app.models
            self._run(
                lambda task: models.remove(code), self.tr("Removing {model}…").replace("{model}", code), "remove-model"
            )

        self._ask(question.replace("{size}", _size(info.size_bytes) or "?"), self.tr("Remove"), remove)

    def _ask_to_replace(self, exc: ModelExists, retry: Callable[[], None]) -> None:
        info = exc.installed
        if info.broken:
            text = self.tr("A damaged {model} model is installed. Replace it with the new one?")
        elif exc.new_version:
            text = self.tr("The {model} model (version {old}) is already installed. Replace it with version {new}?")
        else:
            text = self.tr("The {model} model (version {old}) is already installed. Replace it?")
        text = text.replace("{model}", self._direction(info)).replace("{old}", info.version)
        self._ask(text.replace("{new}", exc.new_version), self.tr("Replace"), retry)

    def _ask(self, text: str, action: str, on_yes: Callable[[], None]) -> None:
        """A question whose default (Enter, Escape) is Cancel; `on_yes` runs only when `action` is clicked."""
        if self.question is not None:
            self.question.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text, parent=self)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is yes:
                on_yes()
            else:
                self.status.setText(self.tr("Nothing was changed."))

        box.finished.connect(lambda _result: answered())
        self.question = box
        box.open()

    def _run(
        self, fn: Callable[[TaskContext], object], message: str, name: str, retry: Callable[[], None] | None = None
    ) -> None:
        if self._task is not None and not self._task.done:
            return
        self._retry = retry
        self.status.setStyleSheet("")
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
        self.ctx.events.models_changed.emit()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from app.services.models import ModelExists

        self.progress_box.setVisible(False)
        if isinstance(exc, ModelExists) and self._retry is not None:
            self.status.clear()
            self._ask_to_replace(exc, self._retry)
            return
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
