"""Typing on a filter box goes into the search box: a combo box would take each key as a choice and silently
filter the list (the first tag starting with the letter typed)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit


class SearchGuard(QObject):
    def __init__(self, search: QLineEdit, boxes: tuple[QComboBox, ...] = ()) -> None:
        super().__init__(search)
        self.search = search
        for box in boxes:
            self.guard(box)

    def guard(self, box: QComboBox) -> None:
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            others = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            if text and text.isprintable() and not text.isspace() and others == Qt.KeyboardModifier.NoModifier:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                self.search.insert(text)
                return True
        return super().eventFilter(watched, event)


def focus_search(search: QLineEdit) -> None:
    """Ctrl+F: the search box, its text selected (typing replaces it)."""
    search.setFocus(Qt.FocusReason.ShortcutFocusReason)
    search.selectAll()
