"""The word-by-word dictionary gloss shown when no translation model is installed: 我们(we) 去(to go) …

Each word gets a few words of its most useful sense (sense_rank: never a surname, a variant or an archaic
reading when the word has an ordinary one), cut at a separator or a word boundary, never mid-word. A word
whose best reading has no sense of its own (了, 吗: particles whose CC-CEDICT senses are grammar notes) is
written bare rather than with empty brackets, and an English reader never sees a Chinese cross-reference.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.core.sense_rank import short_gloss, shorten
from app.core.text import is_han

if TYPE_CHECKING:
    from app.data.dictionary import Dictionary

GLOSS_CHARS = 32
_NUMERALS = {
    "一": "one",
    "两": "two",
    "二": "two",
    "三": "three",
    "四": "four",
    "五": "five",
    "六": "six",
    "七": "seven",
    "八": "eight",
    "九": "nine",
    "十": "ten",
    "几": "a few",
    "这": "this",
    "那": "that",
    "每": "every",
}


def short(meaning: str, limit: int = GLOSS_CHARS) -> str:
    """A glossary meaning for a gloss: its first ;-part without notes in brackets, cut at a word boundary."""
    first = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", meaning).split(";")[0]
    return shorten(re.sub(r"\s+", " ", first).strip(" ,."), limit)


def zh_word(word: str, dictionary: Dictionary) -> str:
    """A Chinese word glossed in English: 银行(bank); the word bare when nothing useful is known."""
    if not any(is_han(c) for c in word):
        return word
    if counted := _numeral_classifier(word, dictionary):
        return f"{word}({counted})"
    entries = dictionary.lookup_hanzi(word)  # most useful reading first
    if entries:
        gloss = short_gloss(entries[0].definitions, GLOSS_CHARS)
        return f"{word}({gloss})" if gloss else word
    return "".join(zh_word(c, dictionary) for c in word) if len(word) > 1 else word


def en_word(word: str, dictionary: Dictionary) -> str:
    """An English word glossed in Chinese: cat(猫), by the reverse look-up's ranking (common words first)."""
    if not re.search(r"[A-Za-z]", word):
        return word
    found = dictionary.lookup_english(word, limit=1)
    return f"{word}({found[0].simplified})" if found else word


def _numeral_classifier(word: str, dictionary: Dictionary) -> str:
    """一家 in 一家小店 is "one (shop)", not CC-CEDICT's "the whole family": a numeral or demonstrative followed
    by one character that is a classifier reads as the number."""
    if len(word) != 2 or word[0] not in _NUMERALS:
        return ""
    for entry in dictionary.lookup_hanzi(word[1]):
        if any(d.lower().startswith("classifier for") for d in entry.definitions):
            return _NUMERALS[word[0]]
    return ""
