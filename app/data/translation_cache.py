"""Finished translations, keyed by everything that decides the output."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from app.data.timestamps import now_stamp

if TYPE_CHECKING:
    from app.data.database import Database

MAX_ENTRIES = 5000  # oldest entries beyond this are dropped: the cache must not grow without bound


def cache_key(text: str, direction: str, model: str, options: str) -> str:
    return hashlib.sha256("\x1f".join((direction, model, options, text)).encode("utf-8")).hexdigest()


class TranslationCache:
    """In the user's database, through its owner (translation runs in workers: each reads on its own connection)."""

    def __init__(self, data: Database) -> None:
        self.data = data

    def get(self, key: str) -> dict[str, Any] | None:
        row = self.data.db.execute("select result from translation_cache where key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, result: dict[str, Any]) -> None:
        now = now_stamp()
        with self.data.transaction() as db:
            db.execute(
                "insert or replace into translation_cache (key, result, created_at) values (?, ?, ?)",
                (key, json.dumps(result, ensure_ascii=False), now),
            )
            db.execute(
                "delete from translation_cache where key not in "
                "(select key from translation_cache order by created_at desc limit ?)",
                (MAX_ENTRIES,),
            )

    def clear(self) -> None:
        with self.data.transaction() as db:
            db.execute("delete from translation_cache")
