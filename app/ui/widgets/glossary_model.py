"""The glossary as a Qt table model, fetched in batches so large decks stay quick."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from app.data.glossary_store import StoredEntry

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 200
_Index = QModelIndex | QPersistentModelIndex


class GlossaryTableModel(QAbstractTableModel):
    COLUMNS = ("Term", "Pinyin", "Meaning", "Register", "Deck")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[StoredEntry] = []
        self._shown = 0
        self.deck_names: dict[int, str] = {}

    def set_entries(self, entries: list[StoredEntry], deck_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._all = entries
        self._shown = min(BATCH, len(entries))
        self.deck_names = deck_names
        self.endResetModel()

    def entry(self, row: int) -> StoredEntry:
        return self._all[row]

    def row_of(self, key: str) -> int:
        for row, stored in enumerate(self._all):
            if stored.key == key:
                while row >= self._shown:
                    self.fetchMore(QModelIndex())
                return row
        return -1

    def total(self) -> int:
        return len(self._all)

    # --- lazy fetching ---
    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: _Index) -> None:
        more = min(BATCH, len(self._all) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # --- model ---
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("GlossaryTableModel", self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        stored = self._all[index.row()]
        entry = stored.entry
        if role == KEY_ROLE:
            return stored.key
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return f"{entry.meaning_en}\n{entry.meaning_zh}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return entry.term
        if column == 1:
            return entry.pinyin or ""
        if column == 2:
            return entry.meaning_other
        if column == 3:
            return ", ".join(entry.register)
        return self.deck_names.get(stored.deck_id, "")


# lupdate finds the column names here.
_COLUMN_NAMES = (
    QCoreApplication.translate("GlossaryTableModel", "Term"),
    QCoreApplication.translate("GlossaryTableModel", "Pinyin"),
    QCoreApplication.translate("GlossaryTableModel", "Meaning"),
    QCoreApplication.translate("GlossaryTableModel", "Register"),
    QCoreApplication.translate("GlossaryTableModel", "Deck"),
)
