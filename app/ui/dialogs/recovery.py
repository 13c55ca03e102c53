"""The start-up dialog for a damaged database: restore a backup (listed with dates) or start fresh.

Nothing is ever deleted: a restore keeps the damaged file beside the database, renamed, and so does a fresh start.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.text import file_size
from app.services.backup import Backup


class Recovery(Enum):
    RESTORE = "restore"
    FRESH = "fresh"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    """Says what is wrong and offers the ways out; `choice` and `chosen_backup` hold the answer."""

    def __init__(self, problem: str, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your data could not be opened"))
        self.choice = Recovery.QUIT
        self.chosen_backup: Backup | None = None
        self._backups = [b for b in backups if not b.safety] + [b for b in backups if b.safety]

        layout = QVBoxLayout(self)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problem)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a refused backup's reason is long; it wraps instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for backup in self._backups:
            item = QListWidgetItem(self._describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        layout.addWidget(self.list)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.fresh_button = QPushButton(self.tr("Start fresh"))
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.fresh_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        # Enter restores the newest backup when there is one; it never starts fresh.
        for button in (self.fresh_button, self.quit_button):
            button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._restore)
        self.fresh_button.clicked.connect(lambda: self._finish(Recovery.FRESH))
        self.quit_button.clicked.connect(lambda: self._finish(Recovery.QUIT))
        self.list.itemSelectionChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())

        if self._backups:
            self.advice.setText(
                self.tr(
                    "Choose a backup to restore (the newest is selected), or start fresh with an empty database. "
                    "Either way the damaged file is kept beside the database, renamed, so nothing is deleted."
                )
            )
            self.list.setCurrentRow(0)
            self.restore_button.setDefault(True)
        else:
            self.advice.setText(
                self.tr(
                    "There are no backups to restore. Start fresh with an empty database: the damaged file is "
                    "kept beside it, renamed, so nothing is deleted."
                )
            )
            self.list.hide()
        self._update()
        self.resize(560, 380 if self._backups else 200)

    def _describe(self, backup: Backup) -> str:
        when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        size = file_size(backup.size)
        if backup.safety:
            return self.tr("{when} — {size} (kept before an earlier restore)").format(when=when, size=size)
        return self.tr("{when} — {size}").format(when=when, size=size)

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self._backups) and self.list.currentItem() is not None)
        self.restore_button.setVisible(bool(self._backups))

    def mark_unusable(self, backup: Backup, reason: str) -> None:
        """A backup that failed its check: say why in the list and move the selection to the next one."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == backup:
                item.setText(self.tr("{backup} — cannot be used: {reason}").format(backup=item.text(), reason=reason))
                item.setToolTip(reason)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        usable = [row for row in range(self.list.count()) if self.list.item(row).flags() & Qt.ItemFlag.ItemIsSelectable]
        self.list.setCurrentRow(usable[0] if usable else -1)
        if not usable:
            self.list.clearSelection()
        self._update()

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen_backup = item.data(Qt.ItemDataRole.UserRole)
        self._finish(Recovery.RESTORE)

    def _finish(self, choice: Recovery) -> None:
        self.choice = choice
        if choice is Recovery.QUIT:
            self.reject()
        else:
            self.accept()
