"""The sessions tables (created by one migration in app/data/migrations.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def upgrade(db: sqlite_utils.Database) -> None:
    """Create the sessions tables. Runs once, inside the migration's transaction."""
