"""The Reader's last text, so it comes back after a restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.data.changes import READER_TEXT
from app.data.timestamps import now_stamp

if TYPE_CHECKING:
    from app.data.database import Database


class ReaderTextStore:
    def __init__(self, data: Database) -> None:
        self.data = data

    def save(self, text: str) -> None:
        with self.data.transaction() as db:
            db.table("reader_texts").upsert({"id": 1, "text": text, "updated_at": now_stamp()}, pk="id")
            self.data.changed(READER_TEXT, [1])

    def load(self) -> str:
        row = self.data.db.execute("select text from reader_texts where id = 1").fetchone()
        return str(row[0]) if row and row[0] else ""
