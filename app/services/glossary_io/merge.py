"""Merging an imported entry into the one a deck already has: only the fields the file carries, a policy for
the fields where the file and a local edit disagree."""

from __future__ import annotations

from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from typing import Any

from app.core.slang import SlangEntry

KEEP = "keep"  # a conflicting field keeps the deck's value
REPLACE = "replace"  # a conflicting field takes the file's value
CONFLICT_POLICIES = (KEEP, REPLACE)

# The term and its language are how an entry is matched; the id is the deck's own key.
MERGED_FIELDS = tuple(f.name for f in dataclass_fields(SlangEntry) if f.name not in ("id", "term", "lang"))


@dataclass(frozen=True, slots=True)
class Merged:
    entry: SlangEntry  # the deck's entry after the merge
    changed: tuple[str, ...]  # the fields that take a new value
    conflicts: tuple[str, ...]  # the fields where the file differs from a value the deck already had


def merge_entry(local: SlangEntry, incoming: SlangEntry, carried: frozenset[str] | None, policy: str) -> Merged:
    """`local` with the fields `incoming` carries (None: all of them). A field the deck leaves empty is filled;
    one it has a value for is a conflict when the file differs, settled by `policy`. Fields the file does not
    carry are never touched, so an Anki note or a two-column CSV cannot blank a register or a year."""
    if policy not in CONFLICT_POLICIES:
        raise ValueError(f"unknown conflict policy {policy!r}")
    changes: dict[str, Any] = {}
    conflicts: list[str] = []
    for name in MERGED_FIELDS:
        if carried is not None and name not in carried:
            continue
        theirs, ours = getattr(incoming, name), getattr(local, name)
        if theirs == ours:
            continue
        if _empty(name, ours):
            changes[name] = theirs
            continue
        conflicts.append(name)
        if policy == REPLACE:
            changes[name] = theirs
    return Merged(replace(local, **changes) if changes else local, tuple(changes), tuple(conflicts))


def _empty(name: str, value: Any) -> bool:
    if name == "year":
        return not value  # 0: unknown
    return value is None or value == "" or value == ()
