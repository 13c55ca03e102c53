"""The glossary use cases: keep the bundled content in the database, detect slang, fill in pinyin."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.pinyin import PinyinStyle, format_syllables
from app.core.slang import SlangEntry, load_bundled
from app.core.text import is_han
from app.data.glossary_store import GlossaryStore, GlossaryStoreError
from app.resources import resource_path
from app.services.glossary_io import ImportedDeck, ImportProblem, read_file, write_apkg, write_csv, write_json
from app.services.slang_index import SlangIndex

__all__ = [
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
    deck_id: int
    deck_name: str
    added: int
    replaced: int


def read_for_import(path: Path) -> ImportedDeck:
    """Parse and validate a glossary file completely (raises ImportProblem) and fill in missing pinyin."""
    deck = read_file(path)
    return ImportedDeck(deck.name, [with_pinyin(e) for e in deck.entries])


def import_into(store: GlossaryStore, imported: ImportedDeck, deck_name: str | None, path: Path) -> ImportResult:
    """Put parsed entries into the named deck (created if new), in one transaction."""
    name = (deck_name or imported.name or path.stem).strip()
    existing = store.deck_by_name(name)
    if existing is not None:
        deck_id, added, replaced = store.import_entries(existing.id, imported.entries)
    else:
        deck_id, added, replaced = store.import_entries(None, imported.entries, new_deck=name)
    return ImportResult(deck_id, store.deck(deck_id).name, added, replaced)


EXPORT_FORMATS = ("csv", "json", "apkg")


def export_to(store: GlossaryStore, fmt: str, path: Path, deck_name: str | None = None) -> int:
    """Write a deck (or every entry when no deck is named) as CSV, JSON or Anki .apkg; returns the count."""
    if deck_name:
        deck = store.deck_by_name(deck_name)
        if deck is None:
            raise GlossaryStoreError(
                QT_TRANSLATE_NOOP("Errors", "There is no deck called “{deck_name}”."), deck_name=deck_name
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
