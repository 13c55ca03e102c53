"""Anki collection files (the SQLite database inside an .apkg): writing a new one, reading a foreign one safely."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class CollectionError(Exception):
    """The collection cannot be used; `opening` tells a file SQLite refuses from one that breaks while read."""

    def __init__(self, detail: str, *, opening: bool) -> None:
        super().__init__(detail)
        self.opening = opening


@dataclass(frozen=True, slots=True)
class AnkiCollection:
    models: dict[int, list[str]]  # field names of every note type, by note type id
    deck_name: str | None  # the deck holding most cards, unless that is Anki's "Default"
    notes: list[tuple[Any, Any, Any]]  # (note type id, fields joined by \x1f, tags) as stored, in note order


def write_collection(path: Path, fill: Callable[[sqlite3.Cursor], None]) -> None:
    """A new collection file at `path`: `fill` writes its tables (genanki's Package.write_to_db), then commit."""
    conn = sqlite3.connect(path)
    try:
        fill(conn.cursor())
        conn.commit()
    finally:
        conn.close()


MAX_NOTES = 20_000  # a glossary deck; larger decks are refused with their size in the message
TIME_BUDGET_S = 5.0  # a hostile collection cannot keep the import busy for longer than this
_REAL_TABLES = ("col", "notes", "cards")


class CollectionTooLarge(CollectionError):
    def __init__(self, notes: int, limit: int) -> None:
        super().__init__(f"this deck has {notes:,} notes; the limit is {limit:,}", opening=False)
        self.notes, self.limit = notes, limit


def read_collection(
    path: Path, *, max_notes: int = MAX_NOTES, cancelled: Callable[[], bool] | None = None
) -> AnkiCollection:
    """Note types, deck name and notes of the collection file at `path`; raises CollectionError.

    The file is foreign: opened read-only and immutable, with untrusted schema objects, and only real tables are
    read (a view named `notes` that recurses forever would fill the disk with temporary rows). Every statement
    runs under a progress handler that stops it after TIME_BUDGET_S or when `cancelled()` says so."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise CollectionError(str(exc), opening=True) from exc
    deadline = time.monotonic() + TIME_BUDGET_S
    stopped: list[str] = []

    def watchdog() -> int:
        if cancelled is not None and cancelled():
            stopped.append("the import was cancelled")
        elif time.monotonic() > deadline:
            stopped.append(f"reading the deck took longer than {TIME_BUDGET_S:.0f} seconds")
        return 1 if stopped else 0

    try:
        conn.execute("PRAGMA trusted_schema = OFF")  # a hostile file's views and triggers may not call functions
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # nothing spills into the temp folder
        conn.set_progress_handler(watchdog, 10_000)
        _require_real_tables(conn)
        notes_count = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
        if notes_count > max_notes:
            raise CollectionTooLarge(notes_count, max_notes)
        models = _note_models(conn)
        name = _deck_name(conn)
        notes = conn.execute("SELECT mid, flds, tags FROM notes ORDER BY id").fetchall()
    except CollectionError:
        raise
    except (sqlite3.Error, ValueError, TypeError) as exc:  # a damaged file: bad pages, bad UTF-8, odd values
        raise CollectionError(stopped[0] if stopped else str(exc), opening=False) from exc
    finally:
        conn.close()
    return AnkiCollection(models, name, notes)


def _require_real_tables(conn: sqlite3.Connection) -> None:
    kinds = dict(conn.execute("SELECT name, type FROM sqlite_master WHERE name IN ('col', 'notes', 'cards')"))
    for table in _REAL_TABLES:
        if kinds.get(table) != "table":
            what = "missing" if table not in kinds else f"a {kinds[table]}, not a table"
            raise CollectionError(f"its '{table}' is {what}", opening=False)


def _has_table(conn: sqlite3.Connection, table: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None
    )


def _col_json(conn: sqlite3.Connection, column: str) -> dict[str, Any]:
    """A JSON column of the `col` row (older collections keep note types and decks there)."""
    row = conn.execute(f"SELECT {column} FROM col").fetchone()
    try:
        value = json.loads(row[0]) if row and row[0] else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _note_models(conn: sqlite3.Connection) -> dict[int, list[str]]:
    """Field names of every note type, by note type id."""
    models: dict[int, list[str]] = {}
    for mid, model in _col_json(conn, "models").items():
        fields = model.get("flds") if isinstance(model, dict) else None
        if isinstance(fields, list) and str(mid).isdigit():
            ordered = sorted((f for f in fields if isinstance(f, dict)), key=lambda f: f.get("ord", 0))
            models[int(mid)] = [str(f.get("name", "")) for f in ordered]
    if not models and _has_table(conn, "fields"):  # newer collections: one row per field
        for ntid, name in conn.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
            models.setdefault(int(ntid), []).append(str(name))
    return models


def _deck_name(conn: sqlite3.Connection) -> str | None:
    """The deck holding most cards, unless that is Anki's "Default"."""
    row = conn.execute("SELECT did FROM cards GROUP BY did ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    if row is None:
        return None
    deck = _col_json(conn, "decks").get(str(row[0]))
    name = deck.get("name") if isinstance(deck, dict) else None
    if name is None and _has_table(conn, "decks"):
        found = conn.execute("SELECT name FROM decks WHERE id = ?", (row[0],)).fetchone()
        name = str(found[0]).replace("\x1f", "::") if found else None
    return name if isinstance(name, str) and name.strip() and name != "Default" else None
