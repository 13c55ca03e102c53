"""What a write changed: kinds of data and their ids, so that every view can tell whether it cares."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# The kinds of data a write can change. Views filter on these names.
PHRASE = "phrase"
GLOSSARY = "glossary"  # glossary entries (ids are entry keys)
DECK = "deck"  # glossary decks (ids are deck ids)
SESSION = "session"
SESSION_ENTRY = "session_entry"
CARD = "card"  # study cards and their reviews
READER_TEXT = "reader_text"
SETTINGS = "settings"
KINDS = frozenset({PHRASE, GLOSSARY, DECK, SESSION, SESSION_ENTRY, CARD, READER_TEXT, SETTINGS})


@dataclass(frozen=True)
class Changes:
    """Ids per kind. An empty id set for a kind means "something of this kind changed" (e.g. a bulk import)."""

    ids: Mapping[str, frozenset[object]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, kind: str, ids: Iterable[object] = ()) -> Changes:
        return cls(MappingProxyType({kind: frozenset(ids)}))

    def __contains__(self, kind: object) -> bool:
        return kind in self.ids

    def __bool__(self) -> bool:
        return bool(self.ids)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.ids for kind in kinds)

    def merged(self, other: Changes) -> Changes:
        combined = {kind: set(ids) for kind, ids in self.ids.items()}
        for kind, ids in other.ids.items():
            combined.setdefault(kind, set()).update(ids)
        return Changes(MappingProxyType({kind: frozenset(ids) for kind, ids in combined.items()}))


class ChangeLog:
    """Collects what one transaction (or one operation of several transactions) changed."""

    def __init__(self) -> None:
        self._ids: dict[str, set[object]] = {}

    def add(self, kind: str, ids: Iterable[object] = ()) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind of change {kind!r}")
        self._ids.setdefault(kind, set()).update(ids)

    def extend(self, changes: Changes) -> None:
        for kind, ids in changes.ids.items():
            self.add(kind, ids)

    def freeze(self) -> Changes:
        return Changes(MappingProxyType({kind: frozenset(ids) for kind, ids in self._ids.items()}))
