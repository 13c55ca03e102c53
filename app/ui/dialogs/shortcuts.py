"""Help → Keyboard shortcuts: every key the app answers to, by view."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.ui.views import VIEWS


def key_text(keys: str) -> str:
    """A shortcut as this platform writes it (Ctrl+S; ⌘S on macOS); plain keys and ranges stay as they are."""
    if "+" not in keys:  # Delete, F1, 1 2 3 4: as written (Qt would shorten Delete to "Del")
        return keys
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.resize(560, 560)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcut-list")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(section title, [(keys, what they do)]), in the order shown."""
        titles = {v.view_id: v.title() for v in VIEWS}
        switch = [
            (f"Ctrl+{n}", self.tr("Show {view}").replace("{view}", v.title())) for n, v in enumerate(VIEWS, start=1)
        ]
        return [
            (
                self.tr("Everywhere"),
                [
                    *switch,
                    ("Ctrl+Z", self.tr("Undo the last change in this view")),
                    ("Ctrl+Shift+Z", self.tr("Redo (also Ctrl+Y)")),
                    ("Ctrl+O", self.tr("Open a text file in the Reader")),
                    ("Ctrl+,", self.tr("Preferences")),
                    ("F1", self.tr("User guide")),
                    ("Ctrl+Q", self.tr("Quit")),
                ],
            ),
            (
                titles["reader"],
                [
                    ("Ctrl+L", self.tr("Look up a word")),
                    ("Ctrl+S", self.tr("Save the word or sentence as a phrase")),
                    ("Ctrl+Shift+C", self.tr("Copy as pinyin")),
                ],
            ),
            (
                titles["translate"],
                [
                    ("Ctrl+Enter", self.tr("Translate")),
                    ("Ctrl+Shift+V", self.tr("Translate what is on the clipboard")),
                    ("Ctrl+S", self.tr("Save the sentence and its translation as a phrase")),
                ],
            ),
            (
                titles["glossary"],
                [
                    ("Ctrl+F", self.tr("Search")),
                    ("Ctrl+N", self.tr("New entry")),
                    ("Ctrl+S", self.tr("Save the entry to your phrasebook")),
                    ("Delete", self.tr("Delete the selected entries (Ctrl+Z brings them back)")),
                ],
            ),
            (
                titles["phrasebook"],
                [
                    ("Ctrl+F", self.tr("Search")),
                    ("Ctrl+N", self.tr("New phrase")),
                    ("Delete", self.tr("Delete the selected phrases (Ctrl+Z brings them back)")),
                ],
            ),
            (
                titles["sessions"],
                [
                    ("Ctrl+N", self.tr("New session")),
                    ("Ctrl+Shift+S", self.tr("Save the entry as a phrase")),
                ],
            ),
            (
                titles["study"],
                [
                    (self.tr("Space"), self.tr("Show the answer (also Enter)")),
                    ("1 2 3 4", self.tr("Grade: Again, Hard, Good, Easy")),
                    ("Ctrl+Z", self.tr("Take back the last grade")),
                ],
            ),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.clear()
        for title, rows in self.sections():
            section = QTreeWidgetItem(self.tree, [title])
            section.setFirstColumnSpanned(True)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            for keys, action in rows:
                QTreeWidgetItem(self.tree, [key_text(keys), action])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
