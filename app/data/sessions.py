"""Homework-help sessions in SQLite: the session, its ordered entries, its timer and its summary.

The values and their limits are in `session_records`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.queries import bounded
from app.data.changes import SESSION, SESSION_ENTRY
from app.data.session_records import (  # noqa: F401 - the names other modules import from here
    DIRECTIONS,
    ENTRY_FIELDS,
    KINDS,
    MAX_FIELD,
    MAX_TEXT,
    MAX_TITLE,
    PHRASE_ORIGIN,
    SESSION_FIELDS,
    Entry,
    Session,
    SessionError,
    Snapshot,
    Summary,
    _entry,
    _like,
    _now,
    _session,
    _stamp,
)

if TYPE_CHECKING:
    import sqlite_utils

    from app.data.database import Database
    from app.data.phrases import PhraseStore


class SessionStore:
    def __init__(self, data: Database) -> None:
        self.data = data

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection: the writer inside a transaction, else this thread's reader."""
        return self.data.db

    # --- sessions ------------------------------------------------------------------------------------
    def create(
        self, title: str, partner: str = "", direction: str = "both", subject: str = "", *, start: bool = False
    ) -> int:
        """A new session; `start` sets its timer running. Returns its id."""
        values = self._session_values({"title": title, "partner": partner, "direction": direction, "subject": subject})
        now = _stamp()
        row = {**values, "elapsed_seconds": 0, "created_at": now, "updated_at": now}
        if start:
            row.update(started_at=now, running_since=now)
        with self.data.transaction():
            session_id = int(self.db.table("sessions").insert(row).last_pk or 0)
            self.data.changed(SESSION, [session_id])
        return session_id

    def get(self, session_id: int) -> Session:
        row = next(iter(self.db.query("select * from sessions where id = ?", [session_id])), None)
        if row is None:
            raise SessionError(QT_TRANSLATE_NOOP("Errors", "There is no session {session_id}."), session_id=session_id)
        return _session(row)

    def update(self, session_id: int, **changes: str) -> Session:
        """Change some of title, partner, direction, subject; returns the session as saved."""
        unknown = set(changes) - set(SESSION_FIELDS)
        if unknown:
            raise SessionError(
                QT_TRANSLATE_NOOP("Errors", "A session has no field {field} to change."), field=repr(sorted(unknown)[0])
            )
        self.get(session_id)
        values = self._session_values(changes)
        with self.data.transaction():
            self.db.table("sessions").update(session_id, {**values, "updated_at": _stamp()})
            self.data.changed(SESSION, [session_id])
        return self.get(session_id)

    @staticmethod
    def _session_values(values: Mapping[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in values.items():
            value = " ".join(str(value).split())  # one line: these are labels
            if name == "title":
                if not value:
                    raise SessionError(QT_TRANSLATE_NOOP("Errors", "A session needs a title."))
                if len(value) > MAX_TITLE:
                    raise SessionError(
                        QT_TRANSLATE_NOOP("Errors", "A title can have at most {max_title} characters."),
                        max_title=MAX_TITLE,
                    )
            elif name == "direction":
                if value not in DIRECTIONS:
                    raise SessionError(
                        QT_TRANSLATE_NOOP("Errors", "The direction of help is one of {choices}, not {value}."),
                        choices=", ".join(DIRECTIONS),
                        value=repr(value),
                    )
            elif len(value) > MAX_FIELD:
                raise SessionError(
                    QT_TRANSLATE_NOOP("Errors", "The {what} can have at most {max_field} characters."),
                    what=name,
                    max_field=MAX_FIELD,
                )
            out[name] = value
        return out

    def delete(self, session_id: int) -> Snapshot:
        """Delete a session and its entries in one transaction; the snapshot puts them back."""
        snapshot = Snapshot.of(
            sessions=self.db.query("select * from sessions where id = ?", [session_id]),
            session_entries=self.db.query("select * from session_entries where session_id = ?", [session_id]),
        )
        if not snapshot.rows("sessions"):
            raise SessionError(QT_TRANSLATE_NOOP("Errors", "There is no session {session_id}."), session_id=session_id)
        with self.data.transaction():
            self.db.execute("delete from sessions where id = ?", [session_id])
            self.data.changed(SESSION, [session_id])
            self.data.changed(SESSION_ENTRY, [r["id"] for r in snapshot.rows("session_entries")])
        return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Undo a delete: the rows go back with their ids and times, in one transaction."""
        with self.data.transaction():
            sessions, entries = snapshot.rows("sessions"), snapshot.rows("session_entries")
            if sessions:
                self.db.table("sessions").upsert_all(sessions, pk="id")
            if entries:
                self.db.table("session_entries").upsert_all(entries, pk="id")
            self.data.changed(SESSION, [r["id"] for r in sessions])
            self.data.changed(SESSION_ENTRY, [r["id"] for r in entries])

    def sessions(
        self,
        query: str = "",
        *,
        direction: str | None = None,
        subject: str | None = None,
        partner: str | None = None,
        limit: int = 10_000,
    ) -> list[Session]:
        """Sessions, last changed first, with every word of `query` in the title, partner, subject or an entry."""
        # LIKE rather than FTS: a user has hundreds of sessions, not millions, and LIKE finds any Chinese substring.
        where: list[str] = []
        params: list[Any] = []
        for word in bounded(query).split():
            where.append(
                "(sessions.title like ? escape '\\' or sessions.partner like ? escape '\\' "
                "or sessions.subject like ? escape '\\' or sessions.id in (select session_id from session_entries "
                "where text like ? escape '\\' or corrected like ? escape '\\' or translation like ? escape '\\' "
                "or explanation like ? escape '\\'))"
            )
            params += [_like(word)] * 7
        for column, value in (("direction", direction), ("subject", subject), ("partner", partner)):
            if value:
                where.append(f"sessions.{column} = ? collate nocase")
                params.append(value)
        sql = "select * from sessions" + (" where " + " and ".join(where) if where else "")
        rows = self.db.query(f"{sql} order by updated_at desc, id desc limit ?", [*params, limit])
        return [_session(r) for r in rows]

    def search(self, query: str) -> list[Session]:
        return self.sessions(query)

    def subjects(self) -> list[str]:
        return self._distinct("subject")

    def partners(self) -> list[str]:
        return self._distinct("partner")

    def _distinct(self, column: str) -> list[str]:
        """Each value in use once (whatever its case), alphabetically."""
        rows = self.db.execute(
            f"select min({column}) from sessions where {column} != '' group by {column} collate nocase "
            f"order by {column} collate nocase"
        ).fetchall()
        return [r[0] for r in rows]

    # --- timer ---------------------------------------------------------------------------------------
    def start_timer(self, session_id: int, now: datetime | None = None) -> Session:
        """Start (or resume) the session's timer; a running timer is left alone."""
        session = self.get(session_id)
        if session.running:
            return session
        stamp = _stamp(now)
        with self.data.transaction():
            self.db.execute(
                "update sessions set started_at = coalesce(started_at, ?), running_since = ?, ended_at = null, "
                "updated_at = ? where id = ?",
                [stamp, stamp, stamp, session_id],
            )
            self.data.changed(SESSION, [session_id])
        return self.get(session_id)

    def stop_timer(self, session_id: int, now: datetime | None = None) -> Session:
        """End the current run: its seconds are added up and the session gets its end time."""
        session = self.get(session_id)
        if not session.running:
            return session
        now = now or _now()
        with self.data.transaction():
            self.db.execute(
                "update sessions set elapsed_seconds = ?, running_since = null, ended_at = ?, updated_at = ? "
                "where id = ?",
                [session.duration(now), _stamp(now), _stamp(now), session_id],
            )
            self.data.changed(SESSION, [session_id])
        return self.get(session_id)

    # --- entries -------------------------------------------------------------------------------------
    def entries(self, session_id: int) -> list[Entry]:
        rows = self.db.query("select * from session_entries where session_id = ? order by position, id", [session_id])
        return [_entry(r) for r in rows]

    def entry(self, entry_id: int) -> Entry:
        row = next(iter(self.db.query("select * from session_entries where id = ?", [entry_id])), None)
        if row is None:
            raise SessionError(QT_TRANSLATE_NOOP("Errors", "The entry {entry_id} no longer exists."), entry_id=entry_id)
        return _entry(row)

    def add_entry(
        self,
        session_id: int,
        kind: str,
        text: str = "",
        *,
        corrected: str = "",
        translation: str = "",
        explanation: str = "",
        position: int | None = None,
    ) -> int:
        """Add an entry at the end (or at `position`, moving the later ones down). Returns its id."""
        self.get(session_id)
        values = self._entry_values(
            {"kind": kind, "text": text, "corrected": corrected, "translation": translation, "explanation": explanation}
        )
        now = _stamp()
        with self.data.transaction():
            count = int(
                self.db.execute("select count(*) from session_entries where session_id = ?", [session_id]).fetchone()[0]
            )
            where = count if position is None else max(0, min(position, count))
            self._renumber(session_id)
            self.db.execute(
                "update session_entries set position = position + 1 where session_id = ? and position >= ?",
                [session_id, where],
            )
            row = {**values, "session_id": session_id, "position": where, "created_at": now, "updated_at": now}
            entry_id = int(self.db.table("session_entries").insert(row).last_pk or 0)
            self._touch(session_id, now)
            self.data.changed(SESSION_ENTRY, [entry_id])
        return entry_id

    def edit_entry(self, entry_id: int, **changes: str) -> Entry:
        """Change some of kind, text, corrected, translation, explanation; returns the entry as saved."""
        unknown = set(changes) - set(ENTRY_FIELDS)
        if unknown:
            raise SessionError(
                QT_TRANSLATE_NOOP("Errors", "An entry has no field {field} to change."), field=repr(sorted(unknown)[0])
            )
        entry = self.entry(entry_id)
        values = self._entry_values(changes)
        now = _stamp()
        with self.data.transaction():
            self.db.table("session_entries").update(entry_id, {**values, "updated_at": now})
            self._touch(entry.session_id, now)
            self.data.changed(SESSION_ENTRY, [entry_id])
        return self.entry(entry_id)

    @staticmethod
    def _entry_values(values: Mapping[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in values.items():
            value = str(value)
            if name == "kind":
                if value not in KINDS:
                    raise SessionError(
                        QT_TRANSLATE_NOOP("Errors", "An entry is a {choices} or {last}, not {value}."),
                        choices=", ".join(KINDS[:-1]),
                        last=KINDS[-1],
                        value=repr(value),
                    )
            elif len(value) > MAX_TEXT:
                raise SessionError(
                    QT_TRANSLATE_NOOP("Errors", "The {what} is too long (at most {max_text} characters)."),
                    what=name,
                    max_text=f"{MAX_TEXT:,}",
                )
            out[name] = value
        return out

    def delete_entry(self, entry_id: int) -> Snapshot:
        """Delete one entry; the snapshot puts it back in its place (the phrases saved from it stay)."""
        entry = self.entry(entry_id)
        snapshot = Snapshot.of(session_entries=self.db.query("select * from session_entries where id = ?", [entry_id]))
        with self.data.transaction():
            self.db.execute("delete from session_entries where id = ?", [entry_id])
            self.data.changed(SESSION_ENTRY, [entry_id])
            self._renumber(entry.session_id)
            self._touch(entry.session_id)
        return snapshot

    def restore_entry(self, snapshot: Snapshot) -> None:
        """Put a deleted entry back at its old position."""
        with self.data.transaction():
            for row in snapshot.rows("session_entries"):
                self.db.execute(
                    "update session_entries set position = position + 1 where session_id = ? and position >= ?",
                    [row["session_id"], row["position"]],
                )
                self.db.table("session_entries").insert(row)
                self.data.changed(SESSION_ENTRY, [row["id"]])
                self._renumber(row["session_id"])
                self._touch(row["session_id"])

    def reorder(self, session_id: int, entry_ids: Iterable[int]) -> None:
        """Put the session's entries in this order; it must name each of them exactly once."""
        wanted = [int(i) for i in entry_ids]
        current = [e.id for e in self.entries(session_id)]
        if sorted(wanted) != sorted(current):
            raise SessionError(
                QT_TRANSLATE_NOOP("Errors", "The new order must list each entry of the session exactly once.")
            )
        with self.data.transaction():
            for position, entry_id in enumerate(wanted):
                self.db.execute("update session_entries set position = ? where id = ?", [position, entry_id])
            self._touch(session_id)
            self.data.changed(SESSION_ENTRY, wanted)

    def move_entry(self, entry_id: int, position: int) -> list[int]:
        """Move an entry to `position` (clamped); returns the order before, for undo."""
        entry = self.entry(entry_id)
        before = [e.id for e in self.entries(entry.session_id)]
        after = [i for i in before if i != entry_id]
        after.insert(max(0, min(position, len(after))), entry_id)
        if after != before:
            self.reorder(entry.session_id, after)
        return before

    def _renumber(self, session_id: int) -> None:
        """Positions 0, 1, 2 … in the current order (closes the gap a delete leaves)."""
        rows = self.db.execute(
            "select id from session_entries where session_id = ? order by position, id", [session_id]
        ).fetchall()
        for position, (entry_id,) in enumerate(rows):
            self.db.execute("update session_entries set position = ? where id = ?", [position, entry_id])

    def _touch(self, session_id: int, stamp: str | None = None) -> None:
        self.db.execute("update sessions set updated_at = ? where id = ?", [stamp or _stamp(), session_id])
        self.data.changed(SESSION, [session_id])

    # --- phrases and summary -------------------------------------------------------------------------
    def save_phrase(
        self, phrases: PhraseStore, entry_id: int, text: str, translation: str = "", *, note: str = ""
    ) -> int:
        """Save a phrase from an entry into the phrasebook, linked back to the entry, in one transaction; its id."""
        entry = self.entry(entry_id)
        session = self.get(entry.session_id)
        source = " · ".join(x for x in (session.title, session.partner) if x)
        with self.data.transaction():
            phrase_id = phrases.add(
                text, translation, note=note, source=source, origin=PHRASE_ORIGIN, origin_ref=str(entry_id)
            )
            self._touch(entry.session_id)
        return phrase_id

    def phrase_ids(self, entry_id: int) -> list[int]:
        rows = self.db.execute(
            "select id from phrases where origin = ? and origin_ref = ? order by id", [PHRASE_ORIGIN, str(entry_id)]
        ).fetchall()
        return [r[0] for r in rows]

    def phrase_counts(self, session_id: int) -> dict[int, int]:
        """Phrases saved from each entry of the session that has any."""
        rows = self.db.execute(
            "select e.id, count(p.id) from session_entries e join phrases p "
            "on p.origin = ? and p.origin_ref = cast(e.id as text) where e.session_id = ? group by e.id",
            [PHRASE_ORIGIN, session_id],
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    def entry_of_phrase(self, origin: str, origin_ref: str) -> Entry | None:
        """The entry a phrase was saved from (the phrasebook's link back), if it still exists."""
        if origin != PHRASE_ORIGIN or not origin_ref.isdigit():
            return None
        try:
            return self.entry(int(origin_ref))
        except SessionError:
            return None

    def summary(self, session_id: int, now: datetime | None = None) -> Summary:
        session = self.get(session_id)
        by_kind = dict.fromkeys(KINDS, 0)
        for kind, count in self.db.execute(
            "select kind, count(*) from session_entries where session_id = ? group by kind", [session_id]
        ).fetchall():
            by_kind[kind] = count
        phrases = sum(self.phrase_counts(session_id).values())
        return Summary(session.duration(now), sum(by_kind.values()), by_kind["correction"], phrases, by_kind)
