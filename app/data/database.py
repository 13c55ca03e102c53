"""The one owner of the user's SQLite database: per-thread readers, one writer, changes collected per write.

- Reads go through `Database.db`: this thread's own connection (closed when the thread ends), or, inside a
  transaction on this thread, the writer, so a write sees what it just wrote.
- Writes go through `Database.transaction()`: one writer connection at a time in this process (a lock), and
  `BEGIN IMMEDIATE`, so a writer in another process makes us wait `busy_timeout` instead of failing later
  with SQLITE_BUSY_SNAPSHOT. Nested calls join the open transaction.
- Stores record what they change with `Database.changed(kind, ids)`; `collect()` gathers the changes of the
  transactions that commit while it is open (one operation may run several), for the views' `changed` event.
- The integrity check and the migrations run once, in `open()`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.data.changes import ChangeLog, Changes
from app.data.paths import make_private
from app.data.thread_connections import ThreadConnections

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 15_000


class DatabaseError(UserError, RuntimeError):
    """The database file cannot be used; the message says why in one sentence."""


class DamagedDatabase(DatabaseError):
    """The file itself is damaged: the app offers to restore a backup or start fresh (others just explain)."""


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with the pragmas every connection needs, in autocommit mode (transactions are explicit)."""
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise database_error(path, exc) from exc
    return conn


class Database:
    """Owns the database file at `path` (':memory:' for tests shares one connection between threads)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        self._name = str(path)
        self._writer_conn: sqlite3.Connection | None = None
        self._writer_db: sqlite_utils.Database | None = None
        self._write_lock = threading.RLock()
        self._open_lock = threading.Lock()
        self._opened = False
        self._readers = ThreadConnections(self._new_reader)
        self._local = threading.local()

    # --- opening -----------------------------------------------------------------------------------------
    def open(self) -> Database:
        """Check integrity and apply pending migrations, once; raises DatabaseError with a sentence."""
        with self._open_lock:
            if self._opened:
                return self
            import sqlite_utils

            from app.data.migrations import migrations

            conn = connect(self._name)
            try:
                db = sqlite_utils.Database(conn)
                _refuse_newer(db, self._name)  # before anything is written
                if self.path is not None:
                    conn.execute("PRAGMA journal_mode = WAL")
                    result = conn.execute("PRAGMA quick_check").fetchone()
                    if result and result[0] != "ok":
                        raise sqlite3.DatabaseError(f"integrity check failed: {result[0]}")
                migrations.apply(db)
                _stamp_version(db, len(migrations._migrations))
                if self.path is not None:
                    for suffix in ("", "-wal", "-shm"):  # SQLite gives -wal and -shm the mode of the database
                        make_private(self.path.with_name(self.path.name + suffix))
            except (sqlite3.Error, UnicodeDecodeError) as exc:
                conn.close()
                raise database_error(self._name, exc) from exc
            except DatabaseError:
                conn.close()
                raise
            self._writer_conn, self._writer_db = conn, db
            self._opened = True
        return self

    def _new_reader(self) -> sqlite3.Connection:
        self.open()
        if self.path is None:
            assert self._writer_conn is not None
            return self._writer_conn
        return connect(self.path)

    # --- reading -----------------------------------------------------------------------------------------
    @property
    def db(self) -> sqlite_utils.Database:
        """The connection for this thread now: the writer inside a transaction, else this thread's reader."""
        writing = getattr(self._local, "log", None)
        if writing is not None:
            assert self._writer_db is not None
            return self._writer_db
        return self._reader_db()

    def _reader_db(self) -> sqlite_utils.Database:
        import sqlite_utils

        conn = self._readers.get()
        wrapped: sqlite_utils.Database | None = getattr(self._local, "reader", None)
        if wrapped is None or wrapped.conn is not conn:
            wrapped = sqlite_utils.Database(conn)
            self._local.reader = wrapped
        return wrapped

    def reader_count(self) -> int:
        return self._readers.open_count()

    # --- writing -----------------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction (BEGIN IMMEDIATE); commits at the end, rolls back on any exception."""
        if getattr(self._local, "log", None) is not None:  # nested: join the open transaction
            assert self._writer_db is not None
            yield self._writer_db
            return
        self.open()
        assert self._writer_db is not None and self._writer_conn is not None
        with self._write_lock:
            log = ChangeLog()
            try:
                self._writer_conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise database_error(self._name, exc) from exc
            self._local.log = log
            try:
                yield self._writer_db
                self._writer_conn.execute("COMMIT")
            except BaseException as exc:
                if self._writer_conn.in_transaction:
                    self._writer_conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error | UnicodeDecodeError):  # read-only or full disk, damage: one sentence
                    raise database_error(self._name, exc) from exc
                raise
            finally:
                self._local.log = None
        for collector in getattr(self._local, "collectors", ()):
            collector.extend(log.freeze())

    def changed(self, kind: str, ids: Iterable[object] = ()) -> None:
        """Record a change of the running transaction (stores call this next to their SQL)."""
        log: ChangeLog | None = getattr(self._local, "log", None)
        if log is None:
            raise RuntimeError("a change was recorded outside a transaction")
        log.add(kind, ids)

    @contextmanager
    def collect(self) -> Iterator[ChangeLog]:
        """Gather what the transactions committed on this thread inside the block changed."""
        collectors: list[ChangeLog] = getattr(self._local, "collectors", None) or []
        log = ChangeLog()
        self._local.collectors = [*collectors, log]
        try:
            yield log
        finally:
            self._local.collectors = collectors

    # --- restoring -------------------------------------------------------------------------------------------
    def restore_from(self, source: Path) -> Changes:
        """Replace the whole database with the file `source` (a checked backup), in place under the writer lock,
        so every connection sees the restored data; older backups get the newer tables. Returns "everything"."""
        from app.data.changes import KINDS
        from app.data.migrations import migrations

        self.open()
        assert self._writer_conn is not None and self._writer_db is not None
        with self._write_lock:
            with closing(sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)) as src:
                src.backup(self._writer_conn)
            self._writer_conn.execute("PRAGMA journal_mode = WAL")  # the backup carries its own journal mode
            migrations.apply(self._writer_db)
            result = self._writer_conn.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise sqlite3.DatabaseError(f"the restored database failed its check: {result[0] if result else '?'}")
        log = ChangeLog()
        for kind in KINDS:
            log.add(kind)
        for collector in getattr(self._local, "collectors", ()):
            collector.extend(log.freeze())
        return log.freeze()

    # --- closing -----------------------------------------------------------------------------------------
    def close(self) -> None:
        self._readers.close_all()
        with self._write_lock:
            if self._writer_conn is not None:
                self._writer_conn.close()
            self._writer_conn = self._writer_db = None
            self._opened = False


def _refuse_newer(db: sqlite_utils.Database, name: str) -> None:
    """A database written by a newer Jiaoliu (migrations this version does not know) is not touched at all."""
    from app.data.migrations import migrations

    known = {m.name for m in migrations._migrations}
    version = db.execute("PRAGMA user_version").fetchone()[0]
    unknown = (
        []
        if "_sqlite_migrations" not in db.table_names()
        else [m.name for m in migrations.applied(db) if m.name not in known]
    )
    if unknown or version > len(known):
        rows = dict(db.execute("select key, value from app_meta").fetchall()) if db["app_meta"].exists() else {}
        writer = rows.get("opened_by") or rows.get("created_by")
        by = f" ({writer})" if writer else ""
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {name} was written by a newer version of Jiaoliu{by}; this version cannot use it "
                "safely, so nothing was changed. Install the newer version to open it.",
            ),
            name=name,
            by=by,
        )


def _stamp_version(db: sqlite_utils.Database, migration_count: int) -> None:
    """Record which schema (user_version) and which release last opened the file, for `_refuse_newer`."""
    from app import __version__

    if db.execute("PRAGMA user_version").fetchone()[0] != migration_count:
        db.execute(f"PRAGMA user_version = {migration_count}")
    row = db.execute("select value from app_meta where key = 'opened_by'").fetchone()
    if row is None or row[0] != __version__:
        db.execute("insert or replace into app_meta (key, value) values ('opened_by', ?)", [__version__])


def migrate(conn: sqlite3.Connection) -> None:
    """Apply pending migrations on a connection of the caller's (a restore while the app is not running)."""
    import sqlite_utils

    from app.data.migrations import migrations

    migrations.apply(sqlite_utils.Database(conn))


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate the database at `path`; ':memory:' works for tests."""
    return Database(path).open()


def explain(path: Path | str, exc: BaseException) -> str:
    """One sentence for any SQLite failure, whatever Python type it arrives as (decode errors included)."""
    return str(database_error(path, exc))


def database_error(path: Path | str, exc: BaseException) -> DatabaseError:
    """`explain`'s sentence as an error the desktop app translates."""
    if isinstance(exc, UnicodeDecodeError):  # SQLite's error text itself was not UTF-8: the file is damaged
        return DamagedDatabase(
            QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged (its schema cannot be read)."), path=path
        )
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} is read-only, so nothing can be saved."), path=path
        )
    if "not a database" in text or "malformed" in text or "integrity" in text:
        return DamagedDatabase(
            QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged ({detail})."), path=path, detail=text
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "The disk holding {path} is full, so nothing was saved; free some space and try again."
            ),
            path=path,
        )
    if "locked" in text or "busy" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} is busy in another program; try again in a moment."),
            path=path,
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be opened ({detail})."), path=path, detail=text
    )


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) so a fresh one can start; nothing is deleted."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(target.with_name(target.name + suffix))
    return target


__all__ = [
    "Changes",
    "DamagedDatabase",
    "Database",
    "DatabaseError",
    "connect",
    "explain",
    "migrate",
    "open_database",
    "set_aside",
]
