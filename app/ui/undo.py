"""The one undo command the views use: the change is made first (so its error reaches the user as a
message), then pushed already applied; undo and redo move between the two states."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class Applied(QUndoCommand):
    """A change already made; undo calls `revert`, redo `reapply`, and both then `show` the result."""

    def __init__(
        self, text: str, revert: Callable[[], Any], reapply: Callable[[], Any], show: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._revert, self._reapply, self._show = revert, reapply, show
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo; the change is already made
            self._first = False
            return
        self._reapply()
        self._show()

    def undo(self) -> None:
        self._revert()
        self._show()
