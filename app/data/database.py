"""Opening the user's SQLite database: WAL, foreign keys, and the schema migrations.

Opening happens in two steps so the desktop app can paint its window first:
`connect` (plain sqlite3: fast, and it already finds a damaged or read-only file)
and `migrate` (sqlite-utils and the migrations, which take a moment to import).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


class DatabaseError(RuntimeError):
    """The database file cannot be used; the message says why in one sentence."""


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with the pragmas every connection needs; raises DatabaseError."""
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        result = conn.execute("PRAGMA quick_check").fetchone()
        if result and result[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {result[0]}")
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_explain(path, exc)) from exc
    return conn


def migrate(conn: sqlite3.Connection, path: Path | str = "") -> sqlite_utils.Database:
    """Wrap the connection for sqlite-utils and apply any pending migrations."""
    import sqlite_utils

    from app.data.migrations import migrations

    db = sqlite_utils.Database(conn)
    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_explain(path, exc)) from exc
    return db


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at `path`; ':memory:' works for tests."""
    return migrate(connect(path), path)


def _explain(path: Path | str, exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"The database {path} is read-only, so nothing can be saved."
    if "not a database" in text or "malformed" in text or "integrity" in text:
        return f"The database {path} is damaged ({text})."
    return f"The database {path} cannot be opened ({text})."


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
