"""The base of every main-window view: its id, data loading after the first paint, re-translation."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.context import UiContext


class View(QWidget):
    view_id: ClassVar[str] = ""  # as in app.ui.views.VIEWS, which also gives its title and icon

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"view-{self.view_id}")

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
        """An action for a tool bar or menu; a shortcut works while focus is anywhere in this view."""
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return action

    def retranslate(self) -> None:
        """Set every visible string again; called when the UI language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_data_ready(self) -> None:
        """Load stored data; called once the database is open (right after the first paint)."""

    def open_target(self, ref: str) -> bool:
        """Show the item `ref` names (a phrase's link back to where it was saved); False if it is gone."""
        return False

    def shutdown(self) -> None:
        """Stop timers and save state before the window closes."""
