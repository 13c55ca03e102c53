"""The one way views run long work: off the GUI thread, with progress, partial results and cancel.

`fn` runs in a pool thread and gets a `TaskContext`; it never touches a widget.
Results, partial results, progress and errors come back as signals, delivered
on the GUI thread because the emitting QObject lives there.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task by `TaskContext.check()` once cancel was asked for."""


class TaskContext:
    """What a running task sees: report progress, hand over partial results, notice cancel."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle

    @property
    def cancelled(self) -> bool:
        return self._handle.is_cancelled()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        if not self.cancelled:
            self._handle.progressed.emit(done, total)

    def partial(self, value: Any) -> None:
        if not self.cancelled:
            self._handle.partial.emit(value)


class TaskHandle(QObject):
    """One submitted task. Signals fire on the GUI thread; nothing fires after cancel."""

    progressed = Signal(int, int)
    partial = Signal(object)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, task_id: int, name: str) -> None:
        super().__init__()
        self.task_id = task_id
        self.name = name
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        if not self.done:
            self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.handle = handle
        self.fn = fn
        self.args = args

    def run(self) -> None:
        run_task(self.handle, self.fn, self.args)


def run_task(handle: TaskHandle, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    ctx = TaskContext(handle)
    try:
        result = fn(ctx, *args)
    except Cancelled:
        result = None
    except Exception as exc:  # every error reaches the view as a signal
        handle.done = True
        if handle.is_cancelled():  # stopped by its cancel check (a watchdog that raises): that is a cancel
            with contextlib.suppress(RuntimeError):
                handle.cancelled.emit()
            return
        log.error("Task %s failed:\n%s", handle.name, traceback.format_exc())
        handle.failed.emit(exc)
        return
    handle.done = True
    try:
        if handle.is_cancelled():
            handle.cancelled.emit()
        else:
            handle.finished.emit(result)
    except RuntimeError:  # the handle's Qt object is gone: the app is shutting down, nobody listens
        log.debug("Task %s ended after its handle was deleted", handle.name)


class TaskRunner(QObject):
    """Submits tasks to a thread pool, or runs them inline when `synchronous` (for tests).

    Even inline, results, progress and errors arrive as queued events, as they do from the pool: a view
    never sees its callback run before `submit` returns, so tests catch the ordering bugs the pool causes.
    """

    task_started = Signal(object)  # TaskHandle
    task_ended = Signal(object)

    def __init__(self, synchronous: bool = False, max_threads: int = 2, parent: QObject | None = None):
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._active: dict[int, TaskHandle] = {}

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        name: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle(next(self._ids), name or getattr(fn, "__name__", "task"))
        for signal, slot in (
            (handle.finished, on_done),
            (handle.failed, on_error),
            (handle.progressed, on_progress),
            (handle.partial, on_partial),
            (handle.cancelled, on_cancelled),
        ):
            if slot is not None:
                signal.connect(slot, Qt.ConnectionType.QueuedConnection)
        for end in (handle.finished, handle.failed, handle.cancelled):
            end.connect(lambda *_, h=handle: self._forget(h), Qt.ConnectionType.QueuedConnection)
        self._active[handle.task_id] = handle
        self.task_started.emit(handle)
        if self.synchronous:
            run_task(handle, fn, args)
        else:
            self._pool.start(_Runnable(handle, fn, args))
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        if self._active.pop(handle.task_id, None) is not None:
            self.task_ended.emit(handle)

    def active(self) -> list[TaskHandle]:
        return list(self._active.values())

    def cancel_all(self) -> None:
        for handle in self.active():
            handle.cancel()

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for running tasks (on shutdown, after cancel_all)."""
        return self._pool.waitForDone(msecs)


class LatestTask:
    """A view's one background job when each new request replaces the last (re-annotate, re-translate).

    `submit` cancels the job before it, and its callbacks run only while their request is still the
    latest: a slow result for an older text never lands on a newer one. `generation` names the current
    request for follow-up work that must be dropped the same way (`is_current`).
    """

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._handle: TaskHandle | None = None
        self.generation = 0

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        name: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
    ) -> None:
        self.cancel()
        generation = self.generation

        def latest(callback: Callable[..., None] | None, ends: bool = False) -> Callable[..., None] | None:
            if callback is None and not ends:
                return None

            def call(*values: Any) -> None:
                if generation != self.generation:
                    return
                if ends:
                    self._handle = None
                if callback is not None:
                    callback(*values)

            return call

        self._handle = self._runner.submit(
            fn,
            *args,
            name=name,
            on_done=latest(on_done, ends=True),
            on_error=latest(on_error, ends=True),
            on_progress=latest(on_progress),
            on_partial=latest(on_partial),
        )

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def cancel(self) -> None:
        """Stop the running job (if any); callbacks of everything submitted so far are dropped."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self.generation += 1

    def is_busy(self) -> bool:
        return self._handle is not None and not self._handle.done
