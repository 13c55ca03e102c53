"""Opening the user's SQLite database: WAL, foreign keys, and the schema migrations."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import sqlite_utils

from app.data.migrations import migrations


class DatabaseError(RuntimeError):
    """The database file cannot be used; the message says why in one sentence."""


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at `path`; ':memory:' works for tests."""
    try:
        if str(path) == ":memory:":
            db = sqlite_utils.Database(memory=True)
        else:
            db = sqlite_utils.Database(sqlite3.connect(str(path), check_same_thread=False))
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 5000")
        if str(path) != ":memory:":
            db.enable_wal()
        _check(db)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_explain(path, exc)) from exc
    return db


def _check(db: sqlite_utils.Database) -> None:
    result = db.execute("PRAGMA quick_check").fetchone()
    if result and result[0] != "ok":
        raise sqlite3.DatabaseError(f"integrity check failed: {result[0]}")


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
