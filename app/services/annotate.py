"""Annotating text for the Reader: words, a reading per character, a short gloss per word."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from app.core import pinyin_orthography as ortho
from app.core import segment
from app.core.pinyin import PinyinStyle, apply_sandhi, format_syllable
from app.core.text import is_han, to_simplified
from app.data.dictionary import Dictionary, DictionaryUnavailable

if TYPE_CHECKING:
    from app.services.slang_index import SlangIndex

# Rows the Reader lays out independently; long paragraphs are cut at sentence ends.
ROW_CHARS = 240
_SENTENCE_END_RE = re.compile(r"(?<=[。！？!?；;…])")


class TokenKind(StrEnum):
    HAN = "han"
    WORD = "word"  # Latin letters and digits
    SPACE = "space"
    OTHER = "other"  # punctuation, symbols, emoji


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # offset into the whole annotated text
    kind: TokenKind
    readings: tuple[str | None, ...] = ()  # numbered syllable per character, for Han tokens
    gloss: str = ""  # a few words from the most useful dictionary sense, if any
    proper: bool = False  # the dictionary calls it a proper noun (a place, a language): copied capitalised

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def syllables(self, style: PinyinStyle, sandhi: bool = False) -> list[str]:
        """Display pinyin, one string per character ('' where a character has no reading)."""
        readings = [r or "" for r in self.readings]
        if sandhi and all(readings):
            readings = apply_sandhi(self.text, readings)
        return [format_syllable(r, style) if r else "" for r in readings]


@dataclass(frozen=True, slots=True)
class SlangSpan:
    start: int  # offsets into the whole annotated text
    end: int
    entry_id: str
    term: str
    meaning: str  # the chosen sense's meaning, in the other language
    sense: str = "main"  # the chosen sense's id
    confidence: float = 1.0  # how sure the detector is of that sense
    senses: tuple[tuple[str, float], ...] = ()  # (sense id, likelihood) of every sense, most likely first


@dataclass(slots=True)
class Row:
    """A paragraph, or a piece of a long one: the unit the Reader lays out and paints."""

    start: int
    tokens: list[Token] = field(default_factory=list)
    ends_paragraph: bool = True
    slang: list[SlangSpan] = field(default_factory=list)

    def slang_at(self, token: Token) -> SlangSpan | None:
        """The slang span a token belongs to, if any."""
        return next((s for s in self.slang if s.start < token.end and token.start < s.end), None)


ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


def _kind(word: str) -> TokenKind:
    if any(is_han(ch) for ch in word):
        return TokenKind.HAN
    if word.isspace():
        return TokenKind.SPACE
    if any(ch.isalnum() for ch in word):
        return TokenKind.WORD
    return TokenKind.OTHER


def split_rows(text: str) -> Iterator[tuple[int, str, bool]]:
    """(offset, piece, ends_paragraph) for each paragraph, long ones cut at sentence ends."""
    offset = 0
    for line in text.split("\n"):
        pieces = _pack(_SENTENCE_END_RE.split(line)) if len(line) > ROW_CHARS else [line]
        for i, piece in enumerate(pieces):
            yield offset, piece, i == len(pieces) - 1
            offset += len(piece)
        offset += 1  # the newline


def _pack(sentences: list[str]) -> list[str]:
    rows: list[str] = []
    current = ""
    for sentence in sentences:
        while len(sentence) > ROW_CHARS:  # a "sentence" with no stop in it
            if current:
                rows.append(current)
                current = ""
            rows.append(sentence[:ROW_CHARS])
            sentence = sentence[ROW_CHARS:]
        if current and len(current) + len(sentence) > ROW_CHARS:
            rows.append(current)
            current = ""
        current += sentence
    if current or not rows:
        rows.append(current)
    return rows


class Annotator:
    """Turns text into rows of tokens; the dictionary is optional (no glosses without it)."""

    def __init__(self, dictionary: Dictionary | None = None, slang: SlangIndex | None = None) -> None:
        self.dictionary = dictionary
        self.slang = slang

    def annotate_row(self, start: int, piece: str, ends_paragraph: bool = True) -> Row:
        return self.annotate_rows([(start, piece, ends_paragraph)])[0]

    def annotate_rows(self, pieces: list[tuple[int, str, bool]]) -> list[Row]:
        """Annotate several rows at once: one pinyin-model call and one dictionary query for all
        of them, which is what makes a long text fast (per-call overhead dominates short rows)."""
        from app.core import polyphone  # numpy and the model load on first use, not at start-up

        bases = [_basis(piece) for _, piece, _ in pieces]
        # Newlines are hard sentence boundaries for the resolver, so joined rows don't see each other.
        joined = polyphone.char_readings("\n".join(bases))
        rows: list[Row] = []
        pos = 0
        for start, piece, ends in pieces:
            readings = joined[pos : pos + len(piece)]
            pos += len(piece) + 1
            rows.append(Row(start, self._tokens(start, piece, readings), ends, self._slang(start, piece)))
        self._add_dictionary(rows, bases)
        return rows

    @staticmethod
    def _tokens(start: int, piece: str, readings: list[str | None]) -> list[Token]:
        tokens: list[Token] = []
        pos = 0
        for word in segment.iter_segments(piece):
            kind = _kind(word)
            word_readings = tuple(readings[pos : pos + len(word)]) if kind is TokenKind.HAN else ()
            tokens.append(Token(word, start + pos, kind, word_readings))
            pos += len(word)
        return tokens

    def _slang(self, start: int, piece: str) -> list[SlangSpan]:
        matches = self.slang.detect(piece) if self.slang else []
        return [
            SlangSpan(
                start + m.start,
                start + m.end,
                m.entry_id,
                m.term,
                m.meaning,
                m.sense,
                m.confidence,
                tuple((s.id, s.confidence) for s in m.senses),
            )
            for m in matches
        ]

    def _add_dictionary(self, rows: list[Row], bases: list[str]) -> None:
        """Add each word's first dictionary sense, and the neutral tones the dictionary gives it.

        The pinyin model answers with citation tones (朋友 péng yǒu, as the CPP benchmark labels
        them); learners should see the word as it is said and written in dictionaries: péngyou.
        """
        if self.dictionary is None:
            return
        words = {
            basis[t.start - row.start : t.end - row.start]
            for row, basis in zip(rows, bases, strict=True)
            for t in row.tokens
            if t.kind is TokenKind.HAN
        }
        try:
            entries = self.dictionary.word_entries(words)
        except DictionaryUnavailable:
            return
        for row, basis in zip(rows, bases, strict=True):
            for i, t in enumerate(row.tokens):
                candidates = (
                    entries.get(basis[t.start - row.start : t.end - row.start]) if t.kind is TokenKind.HAN else None
                )
                if candidates:
                    readings, gloss, proper = _match_entry(t.readings, candidates)
                    row.tokens[i] = Token(t.text, t.start, t.kind, readings, gloss, proper)

    def annotate(
        self,
        text: str,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
        on_rows: Callable[[list[Row]], None] | None = None,
        batch: int = 40,
    ) -> list[Row]:
        """All rows of `text`; `on_rows` receives them in batches as they are ready."""
        rows: list[Row] = []
        pending: list[tuple[int, str, bool]] = []
        pieces = split_rows(text)
        while True:
            if cancelled and cancelled():
                break
            pending = list(itertools.islice(pieces, batch))
            if not pending:
                break
            done = self.annotate_rows(pending)
            rows.extend(done)
            if on_rows:
                on_rows(done)
            if progress:
                progress(pending[-1][0] + len(pending[-1][1]), len(text))
        if progress:
            progress(len(text), len(text))
        return rows


def _basis(piece: str) -> str:
    """The text the models read: simplified characters, which they know best (OpenCC maps
    character for character, but a conversion that changes the length is not used)."""
    if not any(is_han(c) for c in piece):
        return piece
    simplified = to_simplified(piece)
    return simplified if len(simplified) == len(piece) else piece


def _match_entry(
    readings: tuple[str | None, ...], candidates: list[tuple[str, str, bool]]
) -> tuple[tuple[str | None, ...], str, bool]:
    """The entry whose pinyin agrees with the readings (a neutral tone agrees with any tone of the
    same syllable): its gloss, and the readings with its neutral tones. Else the first entry's gloss.
    Candidates come most useful reading first, so of two entries with the same reading (高 "high" and
    "surname Gao") the ordinary one wins."""
    for pinyin, gloss, proper in candidates:
        syllables = pinyin.split()
        if len(syllables) != len(readings) or not all(readings):
            continue
        merged: list[str | None] = []
        for reading, syllable in zip(readings, syllables, strict=True):
            assert reading is not None
            if reading[:-1] != syllable[:-1]:
                break
            merged.append(syllable if syllable.endswith("5") else reading)
        else:
            return tuple(merged), gloss, proper
    return readings, candidates[0][1], candidates[0][2]


def pinyin_text(rows: list[Row], style: PinyinStyle = PinyinStyle.MARKS) -> str:
    """The text as pinyin written by the orthography rules (pinyin_orthography): words apart, apostrophes,
    capitals at sentence starts and on proper nouns, Western punctuation. Zhuyin has no letters: words
    apart and punctuation only."""
    letters = style is not PinyinStyle.ZHUYIN
    out: list[str] = []
    words: list[ortho.Word] = []
    for row in rows:
        words.extend(
            ortho.Word(t.text, ortho.Kind(t.kind.value), tuple(t.syllables(style)), t.proper) for t in row.tokens
        )
        if row.ends_paragraph:
            out.append(ortho.write(words, apostrophes=style is PinyinStyle.MARKS, capitals=letters))
            words = []
    if words:
        out.append(ortho.write(words, apostrophes=style is PinyinStyle.MARKS, capitals=letters))
    return "\n".join(out).rstrip("\n ")
