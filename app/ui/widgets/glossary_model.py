"""The glossary as a paged Qt table model (see paged_model): entry keys from a search, rows a page at a time."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.core.pinyin import format_syllable, marks_to_numbers, split_tone
from app.core.slang_patterns import readable
from app.core.text import is_han
from app.ui.labels import register_names
from app.ui.widgets.paged_model import Column, PagedTableModel

if TYPE_CHECKING:
    from app.data.glossary_store import StoredEntry
    from app.services.context import AppContext
    from app.ui.ops import Ops

TERM, PINYIN, MEANING, REGISTER, DECK = range(5)


def _join_word(syllables: list[str]) -> str:
    """Tone-mark syllables written as one word, as the Reader writes a word: 'juéjuézǐ', 'nǚ'ér' (an
    apostrophe before a syllable that starts with a, o or e)."""
    out = ""
    for syllable in syllables:
        if out and syllable[:1].lower() in "aāáǎàoōóǒòeēéěè":
            out += "'"
        out += syllable
    return out


@lru_cache(maxsize=16_384)
def word_syllables(term: str, stored: str) -> tuple[str, ...]:
    """The tone-mark syllables the Glossary shows for a term: the Reader's reading of the word (its tones,
    neutral ones included; citation tones, as in a dictionary, without the spoken sandhi). When the stored
    reading is another pronunciation (other syllables), or the term is not all Chinese characters, the
    stored syllables. Thread-safe: the search worker fills the cache before the table paints."""
    stored_numbers = marks_to_numbers(stored).split() if stored else []
    if term and all(is_han(c) for c in term):
        from app.core import polyphone

        readings = polyphone.char_readings(term)
        bases = [split_tone(s)[0] for s in stored_numbers]
        if all(readings) and (not stored_numbers or bases == [split_tone(r or "")[0] for r in readings]):
            return tuple(format_syllable(r or "") for r in readings)
    return tuple(stored.split())


def word_pinyin(term: str, stored: str) -> str:
    """The term's pinyin written as one word, as the Reader writes a word ("juéjuézǐ", not "jué jué zi")."""
    return _join_word(list(word_syllables(term, stored)))


class GlossaryTableModel(PagedTableModel):
    columns = (Column("Term"), Column("Pinyin"), Column("Meaning"), Column("Register"), Column("Deck"))

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(ops, parent)
        self.deck_names: dict[int, str] = {}

    @staticmethod
    def get_many(app: AppContext, ids: list[Any]) -> dict[Any, Any]:
        found = dict(app.glossary_store.get_many(ids))
        for stored in found.values():  # read the words' pinyin here, in the worker, not while painting
            if stored.entry.lang == "zh":
                word_syllables(stored.entry.term, stored.entry.pinyin or "")
        return found

    def cell(self, row: StoredEntry, column: int, role: int) -> object:
        entry = row.entry
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MEANING:
                return "\n".join(x for x in (entry.meaning_en, entry.meaning_zh) if x)
            if column == TERM and entry.variants:
                return "\n".join((entry.term, *(readable(v) for v in entry.variants)))
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole) or None  # the whole text of a cut cell
        if column == TERM:
            return entry.term
        if column == PINYIN:
            stored = entry.pinyin or ""
            return word_pinyin(entry.term, stored) if entry.lang == "zh" else stored
        if column == MEANING:
            return entry.meaning_other
        if column == REGISTER:
            return register_names(entry.register)
        return self.deck_names.get(row.deck_id, "")


# lupdate finds the column names here.
_COLUMN_NAMES = (
    QCoreApplication.translate("GlossaryTableModel", "Term"),
    QCoreApplication.translate("GlossaryTableModel", "Pinyin"),
    QCoreApplication.translate("GlossaryTableModel", "Meaning"),
    QCoreApplication.translate("GlossaryTableModel", "Register"),
    QCoreApplication.translate("GlossaryTableModel", "Deck"),
)
