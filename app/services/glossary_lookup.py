"""The Reader's look-up box in the glossary: a term as typed (any form, toneless pinyin), then meanings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.pinyin import marks_to_numbers

if TYPE_CHECKING:
    from app.core.slang import SlangEntry
    from app.data.glossary_store import GlossaryStore

_PINYIN_RE = re.compile(r"^[a-zü:\u00c0-\u024f\u0300-\u036f1-5' ]+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GlossaryHits:
    terms: list[SlangEntry] = field(default_factory=list)  # the query is a form of these, or their pinyin
    meanings: list[SlangEntry] = field(default_factory=list)  # the query is a whole word of their meaning


def toneless(pinyin: str) -> str:
    """Pinyin without tones, spaces or apostrophes: "jué jué zi", "jue2jue2zi3" and "juejuezi" agree."""
    numbered = marks_to_numbers(unicodedata.normalize("NFC", pinyin.lower()))
    return re.sub(r"[1-5\s'’\-]", "", numbered).replace("ü", "v").replace("u:", "v")


def find(store: GlossaryStore, query: str, limit: int = 5) -> GlossaryHits:
    """Glossary entries for what the user typed in the look-up box, best first."""
    query = query.strip()
    if not query:
        return GlossaryHits()
    terms = [s.entry for s in store.lookup(query)]
    if _PINYIN_RE.match(query):
        plain = toneless(query)
        if len(plain) >= 2:
            for stored in store.search(plain, limit=50):
                entry = stored.entry
                if entry.pinyin and toneless(entry.pinyin) == plain and entry not in terms:
                    terms.append(entry)
    word = re.compile(rf"(?<![\w]){re.escape(query.lower())}(?![\w])")
    meanings = []
    for stored in store.search(query, limit=60):
        entry = stored.entry
        if entry in terms or entry in meanings:
            continue
        texts = [entry.meaning_en, entry.meaning_zh, *(m for s in entry.senses for m in (s.meaning_en, s.meaning_zh))]
        if any(word.search(t.lower()) for t in texts):
            meanings.append(entry)
    return GlossaryHits(terms[:limit], meanings[:limit])
