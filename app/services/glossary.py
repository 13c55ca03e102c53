"""The glossary use cases: keep the bundled content in the database, detect slang, fill in pinyin."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP, shown
from app.core.pinyin import PinyinStyle, format_syllables
from app.core.slang import SlangEntry, load_bundled
from app.core.text import is_han
from app.data.glossary_store import GlossaryStore, GlossaryStoreError, StoredEntry, normalise
from app.data.snapshot import Snapshot
from app.resources import resource_path
from app.services.glossary_io import (
    MAX_ENTRIES,
    ImportedDeck,
    ImportProblem,
    read_file,
    write_apkg,
    write_csv,
    write_json,
)
from app.services.glossary_io.merge import CONFLICT_POLICIES, KEEP, REPLACE, merge_entry
from app.services.slang_index import SlangIndex

__all__ = [
    "CONFLICT_POLICIES",
    "KEEP",
    "REPLACE",
    "ImportProblem",
    "ImportResult",
    "import_into",
    "read_for_import",
    "export_to",
    "prepare_glossary",
    "sync_bundled",
]


def bundle_version(folder: Path | None = None) -> str:
    """A fingerprint of the bundled glossary files: the database is re-synced when it changes."""
    folder = folder or resource_path("glossary")
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.json")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def sync_bundled(store: GlossaryStore) -> bool:
    """Bring this release's bundled glossary into the database (a no-op when it is already there)."""
    return store.sync_bundled(load_bundled(), bundle_version())


def with_pinyin(entry: SlangEntry) -> SlangEntry:
    """A Chinese entry typed by a tutor gets its pinyin filled in (polyphone-aware)."""
    if entry.lang != "zh" or entry.pinyin or not any(is_han(c) for c in entry.term):
        return entry
    from app.core import polyphone

    readings = [r for r, c in zip(polyphone.char_readings(entry.term), entry.term, strict=True) if is_han(c) and r]
    return replace(entry, pinyin=format_syllables(readings, PinyinStyle.MARKS)) if readings else entry


def prepare_glossary(store: GlossaryStore, index: SlangIndex, *, platform_words: bool = False) -> bool:
    """Sync the bundled content and build the detector; a worker's job at start-up. True if synced now."""
    synced = sync_bundled(store)
    reindex(store, index, platform_words=platform_words)
    return synced


def reindex(store: GlossaryStore, index: SlangIndex, *, platform_words: bool = False) -> int:
    """Rebuild the detector from every stored entry (after a deck changes); returns the entry count."""
    entries = [stored.entry for stored in store.entries()]
    index.rebuild(entries, platform_words=platform_words)
    return len(entries)


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run, would do); added + updated + unchanged is the file's entry count."""

    deck_id: int | None  # None: a dry run into a deck that does not exist yet
    deck_name: str
    new_deck: bool
    added: int
    updated: int
    unchanged: int
    conflicts: int  # entries where the file differs from a value the deck has: kept or taken, by `on_conflict`
    conflict_terms: tuple[str, ...]  # the first few of them, to name in a question
    on_conflict: str
    # The rows before and after (none for a dry run): one undo step swaps them back (GlossaryStore.swap).
    before: Snapshot = field(default_factory=Snapshot, repr=False, compare=False)
    after: Snapshot = field(default_factory=Snapshot, repr=False, compare=False)


SHOWN_CONFLICTS = 5


def read_for_import(
    path: Path, max_entries: int = MAX_ENTRIES, cancelled: Callable[[], bool] | None = None
) -> ImportedDeck:
    """Parse and validate a glossary file completely (raises ImportProblem) and fill in missing pinyin;
    `cancelled` stops reading an Anki deck at once (its temporary copy is removed)."""
    deck = read_file(path, max_entries, cancelled)
    # Pinyin filled in here is not one the file carries: a merge leaves the deck's own pinyin alone.
    return ImportedDeck(deck.name, [with_pinyin(e) for e in deck.entries], deck.carried)


def import_into(
    store: GlossaryStore,
    imported: ImportedDeck,
    deck: int | str | None,
    path: Path,
    *,
    on_conflict: str = KEEP,
    dry_run: bool = False,
) -> ImportResult:
    """Merge parsed entries into a deck in ONE transaction (all or nothing), or count what that would do.

    `deck` is a deck id, a deck name (the deck of that name, else a new one) or None for the name the file
    gives (else the file's own name). An entry the deck has (same term and language) takes only the fields the
    file carries; where the file differs from a value the deck has, `on_conflict` keeps ours or takes theirs.
    """
    if on_conflict not in CONFLICT_POLICIES:
        raise GlossaryStoreError(
            QT_TRANSLATE_NOOP("Errors", "Unknown conflict policy {policy}; use keep or replace."),
            policy=repr(on_conflict),
        )
    with nullcontext() if dry_run else store.data.transaction():  # the plan and its writing see the same deck
        target, name = _target(store, imported, deck, path)
        existing = store.entries_by_term(target) if isinstance(target, int) else {}
        added, updated, conflicts = _merged(existing, imported, on_conflict)
        deck_id, before, after = target if isinstance(target, int) else None, Snapshot(), Snapshot()
        if not dry_run:
            deck_id, before, after = store.import_merged(target, added, updated)
            name = store.deck(deck_id).name
    unchanged = len(imported.entries) - len(added) - len(updated)
    return ImportResult(
        deck_id,
        name,
        isinstance(target, str),
        len(added),
        len(updated),
        unchanged,
        len(conflicts),
        tuple(conflicts[:SHOWN_CONFLICTS]),
        on_conflict,
        before,
        after,
    )


def _merged(
    existing: dict[tuple[str, str], StoredEntry], imported: ImportedDeck, on_conflict: str
) -> tuple[list[SlangEntry], dict[str, SlangEntry], list[str]]:
    """The new entries, the merged entries by key (only those that change) and the terms with conflicts."""
    by_term: dict[str, list[StoredEntry]] = {}
    for (_, term), stored_entry in existing.items():
        by_term.setdefault(term, []).append(stored_entry)
    added: list[SlangEntry] = []
    updated: dict[str, SlangEntry] = {}
    conflicts: list[str] = []
    matched: set[str] = set()
    for index, entry in enumerate(imported.entries):
        carried = imported.carried_by(index)
        stored = existing.get((entry.lang, normalise(entry.term)))
        if stored is None and carried is not None and "lang" not in carried:
            # The file did not say the language, so it was guessed (yyds looks English): the deck knows.
            same = [s for s in by_term.get(normalise(entry.term), []) if s.key not in matched]
            stored = same[0] if len(same) == 1 else None
        if stored is None:
            added.append(entry)
            continue
        matched.add(stored.key)
        merged = merge_entry(stored.entry, entry, carried, on_conflict)
        if merged.conflicts:
            conflicts.append(stored.entry.term)
        if merged.changed:
            updated[stored.key] = merged.entry
    return added, updated, conflicts


def _target(store: GlossaryStore, imported: ImportedDeck, deck: int | str | None, path: Path) -> tuple[int | str, str]:
    """The deck to import into: (its id and name), or (the name of a new deck, twice)."""
    name = "" if isinstance(deck, int) else " ".join((deck or imported.name or path.stem).split())
    found = store.deck(deck) if isinstance(deck, int) else store.deck_by_name(name) if name else None
    if found is None:
        return name, name
    if found.bundled:
        raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "Imports go into your own decks."))
    return found.id, found.name


EXPORT_FORMATS = ("csv", "json", "apkg")


def export_to(store: GlossaryStore, fmt: str, path: Path, deck_name: str | None = None) -> int:
    """Write a deck (or every entry when no deck is named) as CSV, JSON or Anki .apkg; returns the count."""
    if deck_name:
        deck = store.deck_by_name(deck_name)
        if deck is None:
            raise GlossaryStoreError(
                QT_TRANSLATE_NOOP("Errors", "There is no deck called “{deck_name}”."), deck_name=shown(deck_name)
            )
        entries, title = [s.entry for s in store.entries(deck.id)], deck.name
    else:
        entries, title = [s.entry for s in store.entries()], "Jiaoliu glossary"
    if fmt == "csv":
        write_csv(entries, path)
    elif fmt == "json":
        write_json(entries, path, title)
    elif fmt == "apkg":
        write_apkg(entries, path, title)
    else:
        raise GlossaryStoreError(
            QT_TRANSLATE_NOOP("Errors", "Unknown export format {fmt}; use csv, json or apkg."), fmt=repr(fmt)
        )
    return len(entries)
