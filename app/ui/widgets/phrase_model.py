"""The phrasebook as a paged Qt table model (see paged_model): phrase ids from a search, rows a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from app.ui.widgets.paged_model import Column, PagedTableModel

if TYPE_CHECKING:
    from app.data.phrases import Phrase
    from app.services.context import AppContext

# (header, phrase field edited in place or None, sort key in PhraseStore.SORTS)
COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    ("Phrase", "text", "text"),
    ("Pinyin", "pinyin", "pinyin"),
    ("Translation", "translation", "translation"),
    ("Tags", "tags", "tags"),
    ("Note", "note", "note"),
    ("Source", "source", "source"),
    ("Added", None, "created"),
)


class PhraseTableModel(PagedTableModel):
    columns = tuple(Column(header, field, key) for header, field, key in COLUMNS)
    editable = True

    @staticmethod
    def get_many(app: AppContext, ids: list[Any]) -> dict[Any, Any]:
        return dict(app.phrase_store.get_many(ids))

    def cell(self, row: Phrase, column: int, role: int) -> object:
        field = COLUMNS[column][1]
        if field is None:
            return row.created_at[:10]
        if field == "tags":
            return ", ".join(row.tags)
        value = str(getattr(row, field))
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(value.split())  # one line in the table; the detail shows line breaks
        return value


# lupdate finds the column names here.
_COLUMN_NAMES = (
    QCoreApplication.translate("PhraseTableModel", "Phrase"),
    QCoreApplication.translate("PhraseTableModel", "Pinyin"),
    QCoreApplication.translate("PhraseTableModel", "Translation"),
    QCoreApplication.translate("PhraseTableModel", "Tags"),
    QCoreApplication.translate("PhraseTableModel", "Note"),
    QCoreApplication.translate("PhraseTableModel", "Source"),
    QCoreApplication.translate("PhraseTableModel", "Added"),
)
