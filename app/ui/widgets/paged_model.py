"""One table model for the Glossary and the Phrasebook: a list of ids from a search; rows are fetched a page
at a time in a worker as the view paints them, so 100,000 rows cost a list of ids and the pages on screen."""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
    from app.services.context import AppContext
    from app.ui.ops import Ops

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 128
MAX_PAGES = 64  # pages kept in memory (about 8,000 rows)
_Index = QModelIndex | QPersistentModelIndex
# Reads the rows of some ids in a worker: (context, ids) -> {id: row}; a missing id is a row that is gone.
GetMany = Callable[["AppContext", list[Any]], dict[Any, Any]]


@dataclass(frozen=True)
class Column:
    header: str  # translated in the model's context (lupdate finds it in the subclass's module)
    field: str | None = None  # edited in place when set and the model is editable
    sort_key: str | None = None  # a header click asks the search for this order


def load_pages(get_many: GetMany, app: AppContext, ids: Sequence[Any], rows: Iterable[int]) -> dict[int, list[Any]]:
    """In a worker: the pages holding `rows`, so the first paint after a search needs no second trip."""
    pages: dict[int, list[Any]] = {}
    for number in sorted({row // PAGE for row in rows if 0 <= row < len(ids)}):
        wanted = list(ids[number * PAGE : (number + 1) * PAGE])
        found = get_many(app, wanted)
        pages[number] = [found.get(i) for i in wanted]
    return pages


class PagedTableModel(QAbstractTableModel):
    """Subclasses give `columns`, `get_many` and `cell()`; the view gives the ids and pages of a search."""

    edit_requested = Signal(object, str, str)  # id, field, the text typed into the cell
    sort_requested = Signal(str, bool)  # sort key, descending
    rows_loaded = Signal(int, int)  # first and last row of a page that arrived

    columns: tuple[Column, ...] = ()
    editable = False

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._ids: list[Any] = []
        self._rows: dict[Any, int] | None = None
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._pending: dict[int, int] = {}  # page -> the token of its newest request
        self._tokens = itertools.count(1)

    @staticmethod
    def get_many(app: AppContext, ids: list[Any]) -> dict[Any, Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> object:
        raise NotImplementedError

    # --- contents -------------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[Any], pages: dict[int, list[Any]] | None = None) -> None:
        """New search results; `pages` were read with them (see `load_pages`)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = None
        self._pages.clear()
        self._pending.clear()  # answers to older requests are dropped
        self._pages.update(pages or {})
        self.endResetModel()

    def ids(self) -> list[Any]:
        return self._ids

    def id_at(self, row: int) -> Any:
        return self._ids[row]

    def row_of(self, item_id: Any) -> int:
        if self._rows is None:
            self._rows = {item: row for row, item in enumerate(self._ids)}
        return self._rows.get(item_id, -1)

    def row(self, row: int) -> Any:
        """What `row` shows, or None while its page is on its way (it is asked for) or when it is gone."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            return None
        self._pages.move_to_end(number)
        return page[row % PAGE]

    def reload(self, ids: Iterable[Any]) -> None:
        """Rows were changed in place: read their pages again (they keep their places; the old text stays
        on screen until the new one arrives)."""
        for number in sorted({row // PAGE for row in map(self.row_of, ids) if row >= 0}):
            self._request(number, force=True)

    def _request(self, number: int, force: bool = False) -> None:
        if number in self._pending and not force:
            return  # already on its way
        token = self._pending[number] = next(self._tokens)
        wanted = self._ids[number * PAGE : (number + 1) * PAGE]
        get_many = self.get_many
        self._ops.query(
            lambda app: get_many(app, wanted),
            name="table-page",
            on_done=lambda found: self._arrived(number, token, wanted, found),
            on_error=lambda _exc: self._arrived(number, token, wanted, {}),
        )

    def _arrived(self, number: int, token: int, wanted: list[Any], found: dict[Any, Any]) -> None:
        if self._pending.get(number) != token:
            return  # new results came in since, or a newer read of this page is on its way
        del self._pending[number]
        self._pages[number] = [found.get(i) for i in wanted]
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first, last = number * PAGE, min(len(self._ids), (number + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
            self.rows_loaded.emit(first, last)

    # --- model ----------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.columns[section].header)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and self.columns[index.column()].field is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row(index.row())
        return None if row is None else self.cell(row, index.column(), role)

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = self.columns[index.column()].field if index.isValid() and self.editable else None
        if role != Qt.ItemDataRole.EditRole or field is None:
            return False
        if str(value) == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.edit_requested.emit(self._ids[index.row()], field, str(value))  # the view saves it
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
