"""SQLite connections, one per thread, each closed when its thread ends (or at `close_all`)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import weakref
from collections.abc import Callable


class _Holder:
    """Lives in a thread's `threading.local`; Python drops it when the thread ends, which closes the connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __del__(self) -> None:
        # Closing twice is harmless; at interpreter teardown the module may already be half gone.
        with contextlib.suppress(Exception):
            self.conn.close()


class ThreadConnections:
    """`get()` returns this thread's connection, made by `factory` on first use in the thread."""

    def __init__(self, factory: Callable[[], sqlite3.Connection]) -> None:
        self._factory = factory
        self._local = threading.local()
        self._all: weakref.WeakSet[_Holder] = weakref.WeakSet()
        self._lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        holder: _Holder | None = getattr(self._local, "holder", None)
        if holder is None:
            holder = _Holder(self._factory())
            self._local.holder = holder
            with self._lock:
                self._all.add(holder)
        return holder.conn

    def open_count(self) -> int:
        """How many threads hold a connection now (tests check that ended threads hold none)."""
        with self._lock:
            return len(self._all)

    def close_all(self) -> None:
        """Close every thread's connection (at shutdown); a thread that asks again gets a new one."""
        with self._lock:
            holders = list(self._all)
            self._all = weakref.WeakSet()
        for holder in holders:
            with contextlib.suppress(sqlite3.ProgrammingError):
                holder.conn.close()
        self._local = threading.local()
