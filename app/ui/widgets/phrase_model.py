"""The phrasebook as a Qt table model over a list of ids; rows are fetched from SQLite a page at a time,
as the view paints them, so 100,000 phrases cost a list of ints and the few pages on screen."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

if TYPE_CHECKING:
    from app.data.phrases import Phrase

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 128
MAX_PAGES = 64  # pages kept in memory (about 8,000 rows)
_Index = QModelIndex | QPersistentModelIndex

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


class PhraseTableModel(QAbstractTableModel):
    edit_requested = Signal(int, str, str)  # phrase id, field, the text typed into the cell
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, fetch: Callable[[list[int]], dict[int, Phrase]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._pages: OrderedDict[int, list[Phrase | None]] = OrderedDict()

    # --- contents -------------------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, phrase_id: int) -> int:
        if not self._rows and self._ids:
            self._rows = {pid: row for row, pid in enumerate(self._ids)}
        return self._rows.get(phrase_id, -1)

    def phrase(self, row: int) -> Phrase | None:
        """The phrase shown in `row` (its page is fetched if it is not in memory); None if it is gone."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE : (number + 1) * PAGE]
            found = self._fetch(ids)
            page = [found.get(i) for i in ids]
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[row % PAGE]

    def reload(self, phrase_ids: Iterable[int]) -> None:
        """Phrases were edited: forget their cached rows and repaint them (they keep their places)."""
        for phrase_id in phrase_ids:
            row = self.row_of(phrase_id)
            if row < 0:
                continue
            self._pages.pop(row // PAGE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # --- model ----------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PhraseTableModel", COLUMNS[section][0])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][1] is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        phrase = self.phrase(index.row())
        if phrase is None:
            return None
        field = COLUMNS[index.column()][1]
        if field is None:
            return phrase.created_at[:10]
        if field == "tags":
            return ", ".join(phrase.tags)
        value = str(getattr(phrase, field))
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(value.split())  # one line in the table; the detail shows line breaks
        return value

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = COLUMNS[index.column()][1] if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or field is None:
            return False
        if str(value) == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.edit_requested.emit(self._ids[index.row()], field, str(value))  # the view saves it
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(COLUMNS[column][2], order == Qt.SortOrder.DescendingOrder)


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
