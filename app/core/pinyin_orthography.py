"""Writing a text out as pinyin by the Basic Rules of Hanyu Pinyin Orthography (GB/T 16159-2012).

The rules this applies: syllables of one word are written together and words apart (the segmenter decides
what a word is); an apostrophe goes before a syllable that starts with a, o or e inside a word (Xī'ān,
pí'ǎo); the first letter of a sentence and of a proper noun is a capital; Chinese punctuation becomes its
Western equivalent, closing marks against the word before them and opening marks against the word after.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    HAN = "han"  # a Chinese word: its syllables are written
    WORD = "word"  # Latin letters, digits: written as they are
    SPACE = "space"
    OTHER = "other"  # punctuation, symbols, emoji


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    kind: Kind
    syllables: tuple[str, ...] = ()  # one per character of a Han word; "" keeps the character
    proper: bool = False  # a proper noun (a place, a person, a language): capitalised


# Marks that close (they stick to the word before them) and those that open (they stick to the next word).
CLOSING = {
    "。": ".",
    "．": ".",
    "，": ",",
    "、": ",",
    "；": ";",
    "：": ":",
    "？": "?",
    "！": "!",
    "）": ")",
    "】": "]",
    "〕": ")",
    "》": '"',
    "〉": '"',
    "」": '"',
    "』": '"',
    "”": '"',
    "’": "'",
    "…": "...",
    "～": "~",
    ".": ".",
    ",": ",",
    ";": ";",
    ":": ":",
    "?": "?",
    "!": "!",
    ")": ")",
    "]": "]",
    "%": "%",
    "％": "%",
}
OPENING = {
    "（": "(",
    "【": "[",
    "〔": "(",
    "《": '"',
    "〈": '"',
    "「": '"',
    "『": '"',
    "“": '"',
    "‘": "'",
    "(": "(",
    "[": "[",
}
SENTENCE_END = frozenset("。．？！?!.")
DASHES = frozenset("—–―－")
SEPARATORS = frozenset("·・•")  # the dot between parts of a foreign name: the parts become words
_STRAIGHT_QUOTES = frozenset("\"'")


def needs_apostrophe(syllable: str) -> bool:
    """A syllable that starts with a, o or e (with or without a tone mark) needs an apostrophe after another."""
    base = unicodedata.normalize("NFD", syllable[:1])[:1].lower()
    return base in {"a", "o", "e"}


def word_pinyin(word: Word, apostrophes: bool = True) -> str:
    """A Han word's syllables written together, with apostrophes where a/o/e would run into the syllable before."""
    parts: list[str] = []
    previous = False  # the part before was a syllable
    for char, syllable in zip(word.text, (*word.syllables, *([""] * len(word.text))), strict=False):
        if not syllable:
            parts.append(char)
            previous = False
            continue
        if apostrophes and previous and needs_apostrophe(syllable):
            parts.append("'")
        parts.append(syllable)
        previous = True
    return "".join(parts)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class _Writer:
    """Joins pieces with the spacing Western punctuation wants."""

    def __init__(self, capitals: bool) -> None:
        self.out: list[str] = []
        self.glue = True  # nothing before, or an opening mark: the next word follows without a space
        self.capitals = capitals
        self.sentence_start = True
        self.quote_open = False

    def word(self, text: str, capital: bool = False, keep_case: bool = False) -> None:
        if not self.glue:
            self.out.append(" ")
        if self.capitals and not keep_case and (capital or self.sentence_start):
            text = capitalise(text)
        self.out.append(text)
        self.glue = False
        self.sentence_start = False

    def mark(self, char: str) -> None:
        if char in _STRAIGHT_QUOTES:  # ASCII quotes: open and close in turn
            self._opening(char) if not self.quote_open else self._closing(char)
            self.quote_open = not self.quote_open
        elif char in OPENING:
            self.quote_open = self.quote_open or OPENING[char] == '"'
            self._opening(OPENING[char])
        elif char in CLOSING:
            if CLOSING[char] == '"':
                self.quote_open = False
            self._closing(CLOSING[char])
            if char in SENTENCE_END:
                self.sentence_start = True
        elif char in DASHES:
            if not (self.out and self.out[-1] == "—"):
                self.out.append("—")
            self.glue = True
        elif char in SEPARATORS:
            self.glue = False
        else:  # a symbol or an emoji: a word of its own, written as it is
            if not self.glue:
                self.out.append(" ")
            self.out.append(char)
            self.glue = False

    def _opening(self, text: str) -> None:
        if text in _STRAIGHT_QUOTES and self.out and self.out[-1] == ":":
            self.sentence_start = True  # 他说：“你好！” quotes a sentence: Tā shuō: "Nǐ hǎo!"
        if not self.glue:
            self.out.append(" ")
        self.out.append(text)
        self.glue = True

    def _closing(self, text: str) -> None:
        self.out.append(text)
        self.glue = False


def write(words: Iterable[Word], *, apostrophes: bool = True, capitals: bool = True) -> str:
    """One paragraph's words as pinyin text. `apostrophes`/`capitals` are off for zhuyin (no letters)."""
    writer = _Writer(capitals)
    for word in words:
        if word.kind is Kind.SPACE:
            continue
        if word.kind is Kind.HAN:
            writer.word(word_pinyin(word, apostrophes), capital=word.proper)
        elif word.kind is Kind.WORD:
            writer.word(word.text, keep_case=True)  # Latin words and numbers keep their own case
        else:
            for char in word.text:
                writer.mark(char)
    return "".join(writer.out).strip()
