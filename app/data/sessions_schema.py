"""The sessions tables (created by one migration in app/data/migrations.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def upgrade(db: sqlite_utils.Database) -> None:
    """Create the sessions tables. Runs once, inside the migration's transaction."""
    # direction: 'en' = I help with English, 'zh' = they help me with Chinese, 'both'.
    # The timer adds up its runs in elapsed_seconds; running_since is set while it runs, so a
    # session that is reopened later does not count the days in between.
    db.execute(
        """create table sessions (
            id integer primary key,
            title text not null,
            partner text not null default '',
            direction text not null default 'both' check (direction in ('en', 'zh', 'both')),
            subject text not null default '',
            started_at text,
            ended_at text,
            elapsed_seconds integer not null default 0 check (elapsed_seconds >= 0),
            running_since text,
            created_at text not null,
            updated_at text not null
        )"""
    )
    db.execute("create index sessions_updated on sessions(updated_at, id)")
    # One row per entry, in `position` order within its session. A correction keeps the student's
    # text in `text` and the tutor's in `corrected`; a translation keeps its result in `translation`.
    db.execute(
        """create table session_entries (
            id integer primary key,
            session_id integer not null references sessions(id) on delete cascade,
            position integer not null,
            kind text not null check (kind in ('question', 'answer', 'translation', 'correction', 'note')),
            text text not null default '',
            corrected text not null default '',
            translation text not null default '',
            explanation text not null default '',
            created_at text not null,
            updated_at text not null
        )"""
    )
    db.execute("create index session_entries_order on session_entries(session_id, position)")
    # Phrases saved from an entry point back to it through phrases.origin = 'session' and
    # phrases.origin_ref = the entry's id (the phrasebook's columns, indexed there), so a link
    # lives in one place and both sides read it.
