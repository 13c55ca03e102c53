"""Finished translations, keyed by everything that decides the output."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

MAX_ENTRIES = 5000  # oldest entries beyond this are dropped: the cache must not grow without bound


def cache_key(text: str, direction: str, model: str, options: str) -> str:
    return hashlib.sha256("\x1f".join((direction, model, options, text)).encode("utf-8")).hexdigest()


class TranslationCache:
    """Uses a plain sqlite3 connection of the calling thread (translation runs in workers)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, key: str) -> dict[str, Any] | None:
        row = self.conn.execute("select result from translation_cache where key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, result: dict[str, Any]) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.conn:
            self.conn.execute(
                "insert or replace into translation_cache (key, result, created_at) values (?, ?, ?)",
                (key, json.dumps(result, ensure_ascii=False), now),
            )
            self.conn.execute(
                "delete from translation_cache where key not in "
                "(select key from translation_cache order by created_at desc limit ?)",
                (MAX_ENTRIES,),
            )

    def clear(self) -> None:
        with self.conn:
            self.conn.execute("delete from translation_cache")
