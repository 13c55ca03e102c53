"""Operations, as in Anki's QueryOp/CollectionOp: work on the AppContext off the GUI thread.

`query(fn)` reads; `write(fn)` writes and, once it is done, emits `changed(changes, initiator)` on the GUI
thread with what the write changed (collected by the data owner from the stores). Every view listens to that
one event and skips the changes it made itself (`initiator is self`). `fn` receives the AppContext: plain
inputs in, plain values out, never a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.data.changes import Changes
from app.services.context import AppContext
from app.services.history import Step
from app.ui.tasks import TaskContext, TaskHandle, TaskRunner


class Ops(QObject):
    changed = Signal(object, object)  # Changes, the initiator (a view, or None)
    history_changed = Signal()  # what can be undone or redone changed (the Edit menu's names)

    def __init__(self, app: AppContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        # The history may change on a worker thread; a queued signal brings the news to the GUI thread.
        app.history.subscribe(self.history_changed.emit)

    def query(
        self,
        fn: Callable[[AppContext], Any],
        *,
        name: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Read something in a worker; `on_done(result)` runs on the GUI thread."""
        return self.runner.submit(lambda task: fn(self.app), name=name or "query", on_done=on_done, on_error=on_error)

    def write(
        self,
        fn: Callable[[AppContext], Any],
        *,
        initiator: object = None,
        name: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Write in a worker; then `changed` is emitted (before `on_done`) with what the write changed."""

        def run(task: TaskContext) -> tuple[Any, Changes]:
            with self.app.data.collect() as log:
                result = fn(self.app)
            return result, log.freeze()

        def done(outcome: tuple[Any, Changes]) -> None:
            result, changes = outcome
            if changes:
                self.changed.emit(changes, initiator)
            if on_done is not None:
                on_done(result)

        return self.runner.submit(run, name=name or "write", on_done=done, on_error=on_error)

    def undo(
        self,
        scope: str | None = None,
        *,
        initiator: object = None,
        on_done: Callable[[Step], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        """Undo the newest step (of `scope`); every view hears what it changed, the initiator included."""
        return self.write(
            lambda app: app.history.undo(scope), initiator=initiator, name="undo", on_done=on_done, on_error=on_error
        )

    def redo(
        self,
        scope: str | None = None,
        *,
        initiator: object = None,
        on_done: Callable[[Step], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle:
        return self.write(
            lambda app: app.history.redo(scope), initiator=initiator, name="redo", on_done=on_done, on_error=on_error
        )
