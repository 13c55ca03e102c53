"""A row of text buttons for a view's main actions and a "More" button for the rest.

A QToolBar hides what does not fit behind a "››" extension whose menu can open outside the window; this row
never hides a button: its minimum width is the sum of its buttons, and the secondary actions are in a menu
that opens inside the window (right-aligned under its button when there is no room to the right).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget


def text_button(action: QAction) -> QToolButton:
    """A flat button that shows the action's short text (its icon text) and names the whole step in its tip."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(True)
    return button


class ActionBar(QWidget):
    """`primary` actions as buttons, `more` actions in the menu of a "More" button (hidden when there are none)."""

    def __init__(self, primary: Iterable[QAction], more: Iterable[QAction] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for action in primary:
            if action.isSeparator():
                layout.addSpacing(8)
                continue
            button = text_button(action)
            self.buttons.append(button)
            layout.addWidget(button)
        self.menu = QMenu(self)
        self.menu.addActions(list(more))
        self.more_button = QToolButton()
        self.more_button.setObjectName("more-actions")
        self.more_button.setAutoRaise(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_button.clicked.connect(self.show_menu)
        self.more_button.setVisible(bool(self.menu.actions()))
        layout.addWidget(self.more_button)
        layout.addStretch(1)

    def set_more_text(self, text: str) -> None:
        self.more_button.setText(text + " ▾")

    def show_menu(self) -> None:
        popup_inside(self.menu, self.more_button)


def popup_inside(menu: QMenu, button: QWidget) -> None:
    """Open a button's menu under it, inside the window: right-aligned when it would pass the window's right
    edge, above the button when it would pass the bottom."""
    window = button.window()
    hint = menu.sizeHint()
    below = button.mapTo(window, QPoint(0, button.height()))
    x = below.x()
    if x + hint.width() > window.width():
        x = max(0, button.mapTo(window, QPoint(button.width(), 0)).x() - hint.width())
    y = below.y()
    if y + hint.height() > window.height():
        y = max(0, button.mapTo(window, QPoint(0, 0)).y() - hint.height())
    menu.popup(window.mapToGlobal(QPoint(x, y)))
