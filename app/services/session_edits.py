"""The Sessions view's use cases without Qt: what it shows, read in one go, and its edits as History steps.

Each edit is made first and then recorded (`History.record`) with the two ways between its states, built on
the session store's snapshot/restore. Step names come translated from the view; the scope is the view's id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.data.sessions import Entry, Session, Summary
    from app.services.context import AppContext


@dataclass(frozen=True)
class SessionPage:
    """One session as the view shows it: the header, the entries, the summary, the phrases saved from each."""

    session: Session
    entries: list[Entry]
    summary: Summary
    phrases: dict[int, list[str]] = field(default_factory=dict)  # entry id -> texts of the phrases saved from it


@dataclass(frozen=True)
class SessionsState:
    """The list for a search and filters, the subjects in use, and the open session (None: nothing to open)."""

    sessions: list[Session]
    subjects: list[str]
    page: SessionPage | None


@dataclass(frozen=True)
class Typing:
    """What was typed since the last write: the header's fields and one entry's fields."""

    session_id: int | None = None
    header: Mapping[str, str] | None = None
    entry_id: int | None = None
    entry: Mapping[str, str] | None = None

    def __bool__(self) -> bool:
        return bool(self.header) or bool(self.entry)


@dataclass(frozen=True)
class Saved:
    """The rows as stored after a write of typing (the view updates its labels from them)."""

    session: Session | None = None
    entry: Entry | None = None


def load_page(app: AppContext, session_id: int) -> SessionPage | None:
    from app.data.sessions import SessionError

    store = app.session_store
    try:
        session = store.get(session_id)
    except SessionError:
        return None
    entries = store.entries(session_id)
    phrases: dict[int, list[str]] = {}
    if store.phrase_counts(session_id):
        for entry in entries:
            linked = app.phrase_store.linked("session", str(entry.id))
            if linked:
                phrases[entry.id] = [p.text for p in linked]
    return SessionPage(session, entries, store.summary(session_id), phrases)


def load_state(
    app: AppContext, query: str, direction: str | None, subject: str | None, session_id: int | None
) -> SessionsState:
    """The sessions matching the search; `session_id` is opened if it is among them, else the first."""
    store = app.session_store
    sessions = store.sessions(query, direction=direction, subject=subject)
    ids = [s.id for s in sessions]
    chosen = session_id if session_id in ids else (ids[0] if ids else None)
    page = load_page(app, chosen) if chosen is not None else None
    return SessionsState(sessions, store.subjects(), page)


def session_of_entry(app: AppContext, entry_id: int) -> int | None:
    """The session an entry belongs to (a phrase's link back), None when the entry is gone."""
    from app.data.sessions import SessionError

    try:
        return app.session_store.entry(entry_id).session_id
    except SessionError:
        return None


# --- edits, each one a History step ------------------------------------------------------------------------
def save_typing(app: AppContext, typing: Typing, names: tuple[str, str], scope: str) -> Saved:
    """Write the header's and the entry's typing (each box's change one step: `names` = header, entry)."""
    session = entry = None
    if typing.header and typing.session_id is not None:
        session = edit_header(app, typing.session_id, typing.header, names[0], scope)
    if typing.entry and typing.entry_id is not None:
        entry = edit_entry(app, typing.entry_id, typing.entry, names[1], scope)
    return Saved(session, entry)


def edit_header(app: AppContext, session_id: int, values: Mapping[str, str], name: str, scope: str) -> Session:
    store = app.session_store
    old = store.get(session_id)
    before = {k: getattr(old, k) for k in values}
    changes = {k: v for k, v in values.items() if " ".join(v.split()) != before[k]}
    if not changes:
        return old
    saved = store.update(session_id, **changes)
    undo = {k: before[k] for k in changes}
    app.history.record(
        name, lambda: store.update(session_id, **undo), lambda: store.update(session_id, **changes), scope
    )
    return saved


def edit_entry(app: AppContext, entry_id: int, values: Mapping[str, str], name: str, scope: str) -> Entry:
    store = app.session_store
    old = store.entry(entry_id)
    changes = {k: v for k, v in values.items() if getattr(old, k) != v}
    if not changes:
        return old
    saved = store.edit_entry(entry_id, **changes)
    undo = {k: getattr(old, k) for k in changes}
    app.history.record(
        name, lambda: store.edit_entry(entry_id, **undo), lambda: store.edit_entry(entry_id, **changes), scope
    )
    return saved


def add_entry(app: AppContext, session_id: int, kind: str, name: str, scope: str) -> int:
    store = app.session_store
    entry_id = store.add_entry(session_id, kind)
    held: dict[str, Any] = {}

    def undo() -> None:
        held["snapshot"] = store.delete_entry(entry_id)

    app.history.record(name, undo, lambda: store.restore_entry(held["snapshot"]), scope)
    return entry_id


def delete_entry(app: AppContext, entry_id: int, name: str, scope: str) -> None:
    store = app.session_store
    snapshot = store.delete_entry(entry_id)
    app.history.record(name, lambda: store.restore_entry(snapshot), lambda: store.delete_entry(entry_id), scope)


def move_entry(app: AppContext, entry_id: int, step: int, name: str, scope: str) -> bool:
    """Move an entry `step` places up (-1) or down (1); False when it was already at that end."""
    store = app.session_store
    entry = store.entry(entry_id)
    order = [e.id for e in store.entries(entry.session_id)]
    before = store.move_entry(entry_id, order.index(entry_id) + step)
    after = [e.id for e in store.entries(entry.session_id)]
    if after == before:
        return False
    session_id = entry.session_id
    app.history.record(name, lambda: store.reorder(session_id, before), lambda: store.reorder(session_id, after), scope)
    return True


def save_phrase(app: AppContext, entry_id: int, text: str, translation: str, note: str, name: str, scope: str) -> int:
    """Save a phrase from an entry, linked back to it, with its study cards when "Add saved phrases to study" is
    on; undo deletes the phrase and those cards again."""
    from app.services.phrasebook import unsave_phrase

    study = app.settings.current.study_saved_phrases
    with app.data.transaction():
        phrase_id = app.session_store.save_phrase(app.phrase_store, entry_id, text, translation, note=note)
        if study:
            app.study_store.add_phrase(phrase_id)
    phrases = app.phrase_store
    held: dict[str, Any] = {}

    def undo() -> None:
        held["snapshot"] = unsave_phrase(app, phrase_id)

    def redo() -> None:
        with app.data.transaction():
            phrases.restore(held["snapshot"])
            if study:
                app.study_store.add_phrase(phrase_id)

    app.history.record(name, undo, redo, scope)
    return phrase_id


def stop_running_timers(app: AppContext) -> None:
    """Time with the app closed is not session time."""
    store = app.session_store
    for session in store.sessions():
        if session.running:
            store.stop_timer(session.id)
