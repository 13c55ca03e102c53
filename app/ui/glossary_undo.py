"""Undo commands for glossary edits (see app/ui/undo.py for how they work)."""

from __future__ import annotations

from collections.abc import Callable

from app.core.slang import SlangEntry
from app.data.glossary_store import GlossaryStore, Snapshot
from app.ui.undo import Applied


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
