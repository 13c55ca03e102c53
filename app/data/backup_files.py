"""Database files as whole files: copying one with SQLite's online backup API, checking one, restoring one.

The backup policy (names, rotation, messages) lives in app/services/backup.py; this module only opens the
connections. Every function raises sqlite3.DatabaseError (or OSError for the file system) for the caller to
put into words.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.data import atomic_file
from app.data.database import migrate

COPY_BUSY_TIMEOUT_MS = 5000  # a copy waits this long for a writer in another connection


@dataclass(frozen=True, slots=True)
class FileCheck:
    problems: list[str]  # PRAGMA integrity_check's lines; ["ok"] for a sound file
    applied: int  # migrations of `migration_set` recorded in the file (0: not one of ours)


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write to the file at `path` (nor create it)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Backup API into a temp file beside `target`, checked and flushed, then renamed: never a half file."""
    with atomic_file.replacing(target) as tmp, closing(sqlite3.connect(tmp)) as copy:
        source.backup(copy)
        # One self-contained file: the copy must not depend on a -wal file beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
        result = copy.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlite3.DatabaseError(f"the copy failed its check: {result[0] if result else '?'}")


def copy_database_file(source: Path, target: Path) -> None:
    """A consistent copy of the live database at `source` (other connections may keep writing) to `target`."""
    with closing(sqlite3.connect(source)) as conn:
        conn.execute(f"PRAGMA busy_timeout = {COPY_BUSY_TIMEOUT_MS}")
        copy_database(conn, target)


def check_file(path: Path, migration_set: str) -> FileCheck:
    """The integrity check of the file at `path` and how many of our migrations it has; never writes to it."""
    with read_only(path) as conn:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            return FileCheck(problems, 0)
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        applied = 0
        if "_sqlite_migrations" in tables:
            sql = "select count(*) from _sqlite_migrations where migration_set = ?"
            applied = int(conn.execute(sql, (migration_set,)).fetchone()[0])
    return FileCheck(problems, applied)


def restore_file(backup: Path, database: Path) -> None:
    """Copy the (checked) file `backup` over the database at `database`, which no program has open."""
    with closing(sqlite3.connect(database)) as target:
        with read_only(backup) as source:
            source.backup(target)
        target.execute("PRAGMA journal_mode = WAL")  # the backup carries its own journal mode
        migrate(target)  # a backup made by an older version gets the newer tables
        result = target.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlite3.DatabaseError(f"the restored database failed its check: {result[0] if result else '?'}")
