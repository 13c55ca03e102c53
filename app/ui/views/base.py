"""The base of every main-window view: an id, a translated title, and re-translation."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from app.resources import resource_path
from app.ui.context import UiContext


class View(QWidget):
    view_id: ClassVar[str] = ""
    order: ClassVar[int] = 100  # position in the navigation
    icon_name: ClassVar[str] = ""  # resources/icons/<name>.svg, else the desktop theme's icon

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"view-{self.view_id}")

    @classmethod
    def title(cls) -> str:
        """The translated name in the navigation (a class method: views are built lazily)."""
        raise NotImplementedError

    @classmethod
    def icon(cls) -> QIcon:
        bundled = resource_path("icons", f"{cls.icon_name}.svg")
        return QIcon(str(bundled)) if bundled.exists() else QIcon.fromTheme(cls.icon_name)

    def retranslate(self) -> None:
        """Set every visible string again; called when the UI language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_data_ready(self) -> None:
        """Load stored data; called once the database is open (right after the first paint)."""

    def shutdown(self) -> None:
        """Stop timers and save state before the window closes."""
