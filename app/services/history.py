"""Undo and redo for every view, without Qt: each step is a change already made plus the two ways between
its states (built on the stores' snapshot/restore). Anki keeps undo in its collection for the same reason:
the GUI only names the step and forwards Ctrl+Z."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.errors import QT_TRANSLATE_NOOP, UserError

MAX_STEPS = 100


@dataclass(frozen=True)
class Step:
    """One undoable action. `name` is shown in the Edit menu ("Undo Delete 3 phrases"); `scope` names the
    view it belongs to (steps of other scopes stay on the stack when a view clears its own)."""

    name: str
    undo: Callable[[], Any]
    redo: Callable[[], Any]
    scope: str = ""


class HistoryError(UserError, RuntimeError):
    """Nothing to undo or redo."""


class History:
    """A stack of steps. `push` after a change was made; `undo`/`redo` run a step's callable (in a write
    operation, so its changes reach every view) and move it to the other stack."""

    def __init__(self, limit: int = MAX_STEPS) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._limit = limit
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Called (on whichever thread changed the stacks) when what can be undone or redone changed."""
        self._listeners.append(listener)

    def _tell(self) -> None:
        for listener in list(self._listeners):
            listener()

    def push(self, step: Step) -> None:
        with self._lock:
            self._done.append(step)
            del self._done[: -self._limit]
            self._undone.clear()
        self._tell()

    def record(self, name: str, undo: Callable[[], Any], redo: Callable[[], Any], scope: str = "") -> None:
        self.push(Step(name, undo, redo, scope))

    def undo_name(self, scope: str | None = None) -> str | None:
        step = self._peek(self._done, scope)
        return step.name if step else None

    def redo_name(self, scope: str | None = None) -> str | None:
        step = self._peek(self._undone, scope)
        return step.name if step else None

    def can_undo(self, scope: str | None = None) -> bool:
        return self._peek(self._done, scope) is not None

    def can_redo(self, scope: str | None = None) -> bool:
        return self._peek(self._undone, scope) is not None

    @staticmethod
    def _peek(stack: list[Step], scope: str | None) -> Step | None:
        if not stack:
            return None
        step = stack[-1]
        return step if scope is None or step.scope == scope else None

    def undo(self, scope: str | None = None) -> Step:
        """Undo the newest step (of `scope`, when given); raises HistoryError when there is none."""
        return self._move(self._done, self._undone, scope, "undo")

    def redo(self, scope: str | None = None) -> Step:
        return self._move(self._undone, self._done, scope, "redo")

    def _move(self, source: list[Step], target: list[Step], scope: str | None, which: str) -> Step:
        with self._lock:
            step = self._peek(source, scope)
            if step is None:
                if which == "undo":
                    raise HistoryError(QT_TRANSLATE_NOOP("Errors", "There is nothing to undo."))
                raise HistoryError(QT_TRANSLATE_NOOP("Errors", "There is nothing to redo."))
            source.pop()
        try:
            (step.undo if which == "undo" else step.redo)()
        except Exception:
            with self._lock:
                source.append(step)  # the step stays where it was; the error reaches the user
            raise
        with self._lock:
            target.append(step)
        self._tell()
        return step

    def clear(self, scope: str | None = None) -> None:
        """Forget every step (of `scope`): after a restore, or when a view starts afresh."""
        with self._lock:
            if scope is None:
                self._done.clear()
                self._undone.clear()
            else:
                self._done[:] = [s for s in self._done if s.scope != scope]
                self._undone[:] = [s for s in self._undone if s.scope != scope]
        self._tell()
