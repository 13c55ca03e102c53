"""What a person sees of a view, for the layout tests: headers not cut, no action hidden, nothing clipped."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QTableView, QToolBar, QToolButton, QWidget

from app.ui.widgets.action_bar import ActionBar


def cut_headers(table: QTableView) -> list[str]:
    """The visible column headers whose text is wider than their section (Qt would draw them with "…")."""
    header, model = table.horizontalHeader(), table.model()
    metrics = header.fontMetrics()
    cut = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        if metrics.horizontalAdvance(text) + 8 > header.sectionSize(column):
            cut.append(text)
    return cut


def hidden_actions(view: QWidget) -> list[str]:
    """Actions a person cannot reach in one click: tool bars with their "››" extension shown, and buttons of
    action bars that are hidden or (partly) outside the view."""
    problems = []
    for bar in view.findChildren(QToolBar):
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if bar.isVisible() and extension is not None and extension.isVisible():
            problems.append(f"{bar.objectName() or 'a tool bar'} has an overflow menu")
    for action_bar in view.findChildren(ActionBar):
        if not action_bar.isVisible():
            continue
        for button in [*action_bar.buttons, action_bar.more_button]:
            if button is action_bar.more_button and not action_bar.menu.actions():
                continue
            if not button.isVisible() or not inside(view, button):
                problems.append(button.text())
    return problems


def inside(view: QWidget, widget: QWidget) -> bool:
    """The whole widget lies within the view's rectangle."""
    top_left = widget.mapTo(view, QPoint(0, 0))
    return view.rect().contains(QRect(top_left, widget.size()))


def clipped_buttons(view: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs."""
    found = []
    for button in view.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.minimumSizeHint().width():
            found.append(button.text())
    return found
