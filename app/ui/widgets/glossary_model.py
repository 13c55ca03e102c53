"""The glossary as a paged Qt table model (see paged_model): entry keys from a search, rows a page at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.ui.labels import register_names
from app.ui.widgets.paged_model import Column, PagedTableModel

if TYPE_CHECKING:
    from app.data.glossary_store import StoredEntry
    from app.services.context import AppContext
    from app.ui.ops import Ops


class GlossaryTableModel(PagedTableModel):
    columns = (Column("Term"), Column("Pinyin"), Column("Meaning"), Column("Register"), Column("Deck"))

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(ops, parent)
        self.deck_names: dict[int, str] = {}

    @staticmethod
    def get_many(app: AppContext, ids: list[Any]) -> dict[Any, Any]:
        return dict(app.glossary_store.get_many(ids))

    def cell(self, row: StoredEntry, column: int, role: int) -> object:
        entry = row.entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.meaning_en}\n{entry.meaning_zh}" if column == 2 else None
        if column == 0:
            return entry.term
        if column == 1:
            return entry.pinyin or ""
        if column == 2:
            return entry.meaning_other
        if column == 3:
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
