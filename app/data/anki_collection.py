"""Anki collection files (the SQLite database inside an .apkg): writing a new one, reading a foreign one safely."""

from __future__ import annotations

import json
import sqlite3
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


def read_collection(path: Path) -> AnkiCollection:
    """Note types, deck name and notes of the collection file at `path`; raises CollectionError."""
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise CollectionError(str(exc), opening=True) from exc
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA trusted_schema = OFF")  # a hostile file's views and triggers may not call functions
        models = _note_models(conn)
        name = _deck_name(conn)
        notes = conn.execute("SELECT mid, flds, tags FROM notes ORDER BY id").fetchall()
    except (sqlite3.Error, ValueError, TypeError) as exc:  # a damaged file: bad pages, bad UTF-8, odd values
        raise CollectionError(str(exc), opening=False) from exc
    finally:
        conn.close()
    return AnkiCollection(models, name, notes)


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
