"""Homework-help sessions as values: a session, an entry, a summary, a snapshot for undo, and their limits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from app.core.errors import UserError
from app.core.queries import like_contains
from app.data.snapshot import Snapshot  # noqa: F401 - the stores' one snapshot type
from app.data.timestamps import from_stamp, to_stamp

KINDS = ("question", "answer", "translation", "correction", "note")
DIRECTIONS = ("en", "zh", "both")  # I help with English / they help me with Chinese / both
SESSION_FIELDS = ("title", "partner", "direction", "subject")
ENTRY_FIELDS = ("kind", "text", "corrected", "translation", "explanation")
MAX_TITLE = 200
MAX_FIELD = 200  # partner, subject
MAX_TEXT = 100_000  # an entry's text: a pasted homework page, not a book
PHRASE_ORIGIN = "session"  # phrases.origin of a phrase saved from an entry; origin_ref is the entry id


class SessionError(UserError, ValueError):
    """A request the store refuses (unknown session, empty title, bad kind …), in one sentence."""


@dataclass(frozen=True, slots=True)
class Session:
    id: int
    title: str
    partner: str
    direction: str
    subject: str
    started_at: str | None
    ended_at: str | None
    elapsed_seconds: int  # finished timer runs
    running_since: str | None
    created_at: str
    updated_at: str

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def duration(self, now: datetime | None = None) -> int:
        """Seconds the timer has run, the current run included."""
        total = self.elapsed_seconds
        if self.running_since is not None:
            since = from_stamp(self.running_since)
            total += max(0, int(((now or datetime.now(UTC)) - since).total_seconds()))
        return total

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "partner": self.partner,
            "direction": self.direction,
            "subject": self.subject,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "running": self.running,
            "duration_seconds": self.duration(),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    session_id: int
    position: int
    kind: str
    text: str  # a correction's original
    corrected: str
    translation: str
    explanation: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Summary:
    duration_seconds: int
    entries: int
    corrections: int
    phrases_saved: int
    by_kind: dict[str, int] = field(default_factory=dict)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _stamp(when: datetime | None = None) -> str:
    return to_stamp(when or _now())


def _session(r: Mapping[str, Any]) -> Session:
    return Session(**{f.name: r[f.name] for f in fields(Session)})


def _entry(r: Mapping[str, Any]) -> Entry:
    return Entry(**{f.name: r[f.name] for f in fields(Entry)})


def _like(text: str) -> str:
    return like_contains(text)
