"""Saved phrases in SQLite (the phrasebook's store; the translator adds to it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True, slots=True)
class Phrase:
    id: int
    text: str
    translation: str
    pinyin: str
    note: str
    tags: tuple[str, ...]
    source: str
    origin: str  # where it was saved from: "translation", "reader", "glossary", "typed" …
    created_at: str


class PhraseStore:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(
        self,
        text: str,
        translation: str = "",
        *,
        pinyin: str = "",
        note: str = "",
        tags: tuple[str, ...] = (),
        source: str = "",
        origin: str = "typed",
    ) -> int:
        text = text.strip()
        if not text:
            raise ValueError("A phrase needs some text.")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db.atomic():
            row = self.db.table("phrases").insert(
                {
                    "text": text,
                    "translation": translation.strip(),
                    "pinyin": pinyin,
                    "note": note,
                    "tags": json.dumps(list(tags), ensure_ascii=False),
                    "source": source,
                    "origin": origin,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        return int(row.last_pk or 0)

    def all(self) -> list[Phrase]:
        rows = self.db.query("select * from phrases order by id desc")
        return [
            Phrase(
                r["id"],
                r["text"],
                r["translation"],
                r["pinyin"],
                r["note"],
                tuple(json.loads(r["tags"])),
                r["source"],
                r["origin"],
                r["created_at"],
            )
            for r in rows
        ]
