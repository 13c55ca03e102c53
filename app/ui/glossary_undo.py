"""Undoable glossary edits. The view makes the change first (so an error reaches the user as a
message), then pushes a command that is already applied and can undo and redo it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.core.slang import SlangEntry
from app.data.glossary_store import GlossaryStore, Snapshot


class Applied(QUndoCommand):
    """A change that has already happened; `revert` and `reapply` move between the two states."""

    def __init__(
        self, text: str, revert: Callable[[], None], reapply: Callable[[], None], on_change: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._revert, self._reapply, self._on_change = revert, reapply, on_change
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo; the change is already made
            self._first = False
            return
        self._reapply()
        self._on_change()

    def undo(self) -> None:
        self._revert()
        self._on_change()


class _Holder:
    """Keeps what an undo removed, for the redo that puts it back."""

    snapshot: Snapshot | None = None

    def restore(self, store: GlossaryStore) -> None:
        assert self.snapshot is not None, "redo comes only after an undo"
        store.restore(self.snapshot)


def added(store: GlossaryStore, key: str, text: str, on_change: Callable[[], None]) -> Applied:
    held = _Holder()

    def revert() -> None:
        held.snapshot = store.delete([key])

    return Applied(text, revert, lambda: held.restore(store), on_change)


def deleted(
    store: GlossaryStore, keys: list[str], snapshot: Snapshot, text: str, on_change: Callable[[], None]
) -> Applied:
    def reapply() -> None:
        store.delete(keys)

    return Applied(text, lambda: store.restore(snapshot), reapply, on_change)


def edited(
    store: GlossaryStore, key: str, before: SlangEntry, after: SlangEntry, text: str, on_change: Callable[[], None]
) -> Applied:
    return Applied(text, lambda: store.update(key, before), lambda: store.update(key, after), on_change)


def deck_created(store: GlossaryStore, deck_id: int, text: str, on_change: Callable[[], None]) -> Applied:
    held = _Holder()

    def revert() -> None:
        held.snapshot = store.delete_deck(deck_id)

    return Applied(text, revert, lambda: held.restore(store), on_change)


def deck_deleted(
    store: GlossaryStore, deck_id: int, snapshot: Snapshot, text: str, on_change: Callable[[], None]
) -> Applied:
    def reapply() -> None:
        store.delete_deck(deck_id)

    return Applied(text, lambda: store.restore(snapshot), reapply, on_change)


def deck_renamed(
    store: GlossaryStore, deck_id: int, before: str, after: str, text: str, on_change: Callable[[], None]
) -> Applied:
    return Applied(
        text, lambda: store.rename_deck(deck_id, before), lambda: store.rename_deck(deck_id, after), on_change
    )
