"""The user database's schema, one sqlite-utils migration per change. Never edit an applied one."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("jiaoliu")


@migrations()
def m001_app_meta(db: sqlite_utils.Database) -> None:
    """Facts about this database itself (when it was created, by which version)."""
    from datetime import UTC, datetime

    from app import __version__

    db.table("app_meta").insert_all(
        [
            {"key": "created_at", "value": datetime.now(UTC).isoformat()},
            {"key": "created_by", "value": __version__},
        ],
        pk="key",
    )


@migrations()
def m002_reader_history(db: sqlite_utils.Database) -> None:
    """Texts opened in the Reader, so the last one comes back after a restart."""
    db.table("reader_texts").create(
        {"id": int, "text": str, "updated_at": str},
        pk="id",
        not_null={"text", "updated_at"},
    )
