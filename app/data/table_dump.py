"""Reading every table of a database file generically, for "Export all my data" (app/services/my_data.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path

from app.data.backup_files import read_only

_FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


class TableReader:
    """A read-only look at the database file at `path` (a copy made for the export); use it in a `with`."""

    def __init__(self, path: Path) -> None:
        self._opened = read_only(path)
        self._conn: sqlite3.Connection | None = None

    def __enter__(self) -> TableReader:
        self._conn = self._opened.__enter__()
        self._conn.row_factory = sqlite3.Row
        return self

    def __exit__(self, *exc: object) -> None:
        self._opened.__exit__(None, None, None)
        self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        assert self._conn is not None, "TableReader is used outside its with block"
        return self._conn

    def tables(self, excluded: Collection[str] = ()) -> list[str]:
        """Ordinary tables: not SQLite's or sqlite-utils' own (`sqlite_*`, `_*`), no FTS index, no `*_cache`."""
        rows = self.conn.execute("select name, sql from sqlite_master where type = 'table' order by name").fetchall()
        virtual = [r[0] for r in rows if (r[1] or "").lstrip().upper().startswith("CREATE VIRTUAL TABLE")]
        shadows = {v + suffix for v in virtual for suffix in _FTS_SHADOWS}
        return [
            name
            for name, _sql in rows
            if not name.startswith(("sqlite_", "_"))
            and name not in excluded
            and not name.endswith("_cache")
            and name not in virtual
            and name not in shadows
        ]

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"pragma table_info({quote(table)})")]

    def rows(self, table: str, where: Mapping[str, str] | None = None) -> Iterator[sqlite3.Row]:
        """The table's rows in insertion order; `where` maps a table to the SQL condition its rows must meet."""
        quoted = quote(table)
        condition = f" where {where[table]}" if where and table in where else ""
        try:
            yield from self.conn.execute(f"select * from {quoted}{condition} order by rowid")
        except sqlite3.OperationalError:  # a WITHOUT ROWID table has no rowid to order by
            yield from self.conn.execute(f"select * from {quoted}{condition}")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
