"""The one format of every time stored in the database: UTC, ISO 8601, to the second (2026-12-06T02:35:06+00:00).

Every stamp has the same width and the same offset, so stamps sort and compare correctly as text (the study
queue's `due <= ?`), and SQLite's date functions read them as they are (`date(reviewed_at, '+480 minutes')`).
A study day (`buried_until`) is a date, `YYYY-MM-DD`, not a time, and stays one.
"""

from __future__ import annotations

from datetime import UTC, datetime

FORMAT = "%Y-%m-%dT%H:%M:%S+00:00"
# The same format written by SQLite itself (triggers, migrations): its strftime() takes the same codes, reads
# any time SQLite understands (offsets included, converted to UTC) and truncates fractions as Python's does.
SQL_NOW = f"strftime('{FORMAT}', 'now')"


def sql_stamp(expression: str) -> str:
    """SQL that turns `expression` (any time SQLite reads) into a stamp, or NULL when it is not a time."""
    return f"strftime('{FORMAT}', {expression})"


def now_stamp() -> str:
    """This moment as a stamp."""
    return to_stamp(datetime.now(UTC))


def to_stamp(moment: datetime) -> str:
    """A datetime as a stamp; an aware one is converted to UTC, a naive one is taken as local time."""
    return moment.astimezone(UTC).strftime(FORMAT)


def from_stamp(text: str) -> datetime:
    """An aware UTC datetime from a stamp; older forms (`YYYY-MM-DD HH:MM:SS`, fractions) read too."""
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def normalise_stamp(text: str) -> str:
    """Any ISO time (an import, an older row) as a stamp; a naive one is taken as UTC, as stored rows were."""
    return to_stamp(from_stamp(text))


__all__ = ["FORMAT", "SQL_NOW", "from_stamp", "normalise_stamp", "now_stamp", "sql_stamp", "to_stamp"]
