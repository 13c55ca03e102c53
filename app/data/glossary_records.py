"""The glossary's values: decks, stored entries, undo snapshots, and how an entry becomes a row and back."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.core.errors import UserError
from app.core.pinyin import marks_to_numbers
from app.core.slang import Example, SlangEntry, sense_dicts, senses_from_dicts
from app.core.slang_patterns import literal_forms
from app.core.text import fold_width
from app.data.snapshot import Snapshot  # noqa: F401 - the stores' one snapshot type
from app.data.timestamps import now_stamp

BUNDLED_DECK = "Jiaoliu slang"
OFFENSIVE = frozenset({"vulgar", "offensive"})


class GlossaryStoreError(UserError, ValueError):
    """A request the store refuses (duplicate deck name, bundled entry edit …), in one sentence."""


@dataclass(frozen=True, slots=True)
class Deck:
    id: int
    name: str
    kind: str  # 'bundled' or 'user'
    count: int

    @property
    def bundled(self) -> bool:
        return self.kind == "bundled"


class StoredEntry:
    """An entry as stored: its key, deck and origin. The entry's fields are parsed from their JSON
    columns on first use: a search may return thousands of rows, and a table shows a screenful."""

    __slots__ = ("_row", "_entry", "key", "deck_id", "bundled", "source_key")

    def __init__(self, row: dict[str, Any]) -> None:
        self._row: dict[str, Any] | None = row
        self._entry: SlangEntry | None = None
        self.key: str = row["key"]
        self.deck_id: int = row["deck_id"]
        self.bundled: bool = bool(row["bundled"])
        self.source_key: str | None = row["source_key"]

    @property
    def entry(self) -> SlangEntry:
        if self._entry is None:
            assert self._row is not None
            self._entry, self._row = _parse(self._row), None
        return self._entry

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StoredEntry) and other.key == self.key and other.entry == self.entry

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"StoredEntry({self.key!r}, deck {self.deck_id})"


def _now() -> str:
    return now_stamp()


def search_text(entry: SlangEntry) -> str:
    """Everything a search may hit: term, variants, pinyin with marks, numbers and none, meanings, examples."""
    parts = [entry.term, *entry.variants, entry.literal, entry.meaning_en, entry.meaning_zh]
    if entry.pinyin:
        numbered = marks_to_numbers(entry.pinyin)
        plain = re.sub(r"[1-5]", "", numbered)
        parts += [entry.pinyin, numbered, plain, plain.replace(" ", "")]
    parts += [e.text for e in entry.examples] + [e.translation for e in entry.examples] + list(entry.tags)
    for sense in entry.senses:  # 笔记 is found by "class notes" too
        parts += [sense.meaning_en, sense.meaning_zh, *(e.text for e in sense.examples)]
        parts += [e.translation for e in sense.examples]
    return normalise(" \n ".join(parts))


def normalise(text: str) -> str:
    return fold_width(text).lower()


def lookup_key(text: str) -> str:
    """A form as people may type it: case, width, spaces, hyphens and apostrophes do not matter."""
    return re.sub(r"[\s\-'‘’]+", "", normalise(text.strip()))


_SEP = "\x1f"
# The forms column as lookup_key compares it (curly apostrophes are folded by normalise already).
_SQUEEZED_FORMS = "replace(replace(replace(forms, ' ', ''), '-', ''), char(39), '')"


def forms_key(forms: Iterable[str]) -> str:
    """All of an entry's forms, normalised, between unit separators: \x1fyyds\x1f永远的神\x1f."""
    return _SEP + _SEP.join(normalise(f) for f in forms) + _SEP


def _row(entry: SlangEntry, key: str, deck_id: int, bundled: bool, source_key: str | None) -> dict[str, Any]:
    now = _now()
    return {
        "key": key,
        "deck_id": deck_id,
        "bundled": int(bundled),
        "source_key": source_key,
        "term": entry.term,
        "lang": entry.lang,
        "variants": json.dumps(list(entry.variants), ensure_ascii=False),
        "pinyin": entry.pinyin,
        "literal": entry.literal,
        "meaning_en": entry.meaning_en,
        "meaning_zh": entry.meaning_zh,
        "register": json.dumps(list(entry.register)),
        "examples": json.dumps([[e.text, e.translation] for e in entry.examples], ensure_ascii=False),
        "tags": json.dumps(list(entry.tags), ensure_ascii=False),
        "year": entry.year,
        "related": json.dumps(list(entry.related)),
        "detect_alone": int(entry.detect_alone),
        "plain": entry.plain,
        "senses": json.dumps(sense_dicts(entry.senses), ensure_ascii=False),
        "search_text": search_text(entry),
        # Look-up finds plain forms, and the ones a `{a|b}` shorthand stands for; patterns only detect.
        "forms": forms_key((entry.term, *literal_forms(entry.variants))),
        "created_at": now,
        "updated_at": now,
    }


def _entry(row: dict[str, Any]) -> StoredEntry:
    return StoredEntry(row)


def _parse(row: dict[str, Any]) -> SlangEntry:
    return SlangEntry(
        id=row["key"],
        term=row["term"],
        lang=row["lang"],
        variants=tuple(json.loads(row["variants"])),
        pinyin=row["pinyin"],
        literal=row["literal"],
        meaning_en=row["meaning_en"],
        meaning_zh=row["meaning_zh"],
        register=tuple(json.loads(row["register"])),
        examples=tuple(Example(t, tr) for t, tr in json.loads(row["examples"])),
        tags=tuple(json.loads(row["tags"])),
        year=row["year"] or 0,
        related=tuple(json.loads(row["related"])),
        detect_alone=bool(row["detect_alone"]),
        plain=row.get("plain") or "",
        senses=senses_from_dicts(json.loads(row.get("senses") or "[]")),
    )


def new_key() -> str:
    return f"user-{uuid.uuid4().hex[:12]}"
