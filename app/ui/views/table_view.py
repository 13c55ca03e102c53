"""The searchable table view that the Glossary and the Phrasebook share: a search box, a count, a paged table,
a detail pane, and undo/redo through the History.

A search always runs in a worker and only the newest one is shown. Writes go through `ctx.ops.write` with this
view as the initiator; its own change is shown by the write's `on_done`, a change made anywhere else (another
view, an undo, a restore) searches again and keeps the selection. `select_id` selects an id when it appears:
after an add, that is when the search results that hold it arrive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QTextBrowser,
    QWidget,
)

from app.data.changes import Changes
from app.services.context import AppContext
from app.services.history import Step
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.views.base import View
from app.ui.widgets.paged_model import PagedTableModel, load_pages
from app.ui.widgets.search_guard import SearchGuard, focus_search

SEARCH_DELAY_MS = 150
MAX_SELECTED = 1000  # rows selected again after a search (selecting is per row in Qt)

# In a worker: (ids in order, how many there are in all, what else the view shows with them: tags, decks).
SearchJob = Callable[[AppContext], tuple[list[Any], int, Any]]


def header_metrics(table: QTableView) -> QFontMetrics:
    """The metrics of the header's font (it may be bold, in some styles)."""
    return table.horizontalHeader().fontMetrics()


@dataclass(frozen=True)
class Results:
    ids: list[Any]
    total: int
    pages: dict[int, list[Any]] = field(default_factory=dict)
    extra: Any = None


class TableView(View):
    """Subclasses make the model, lay the widgets out, and fill in the hooks below."""

    results_shown = Signal()  # after every search is shown (tests wait on it)
    kinds: ClassVar[tuple[str, ...]] = ()  # the kinds of change (app.data.changes) that this view shows

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._ready = False
        self._request = 0
        self._want: Any = None  # select this id when it appears
        self.total = 0
        self.model = self.make_model()
        self.model.rows_loaded.connect(self._on_rows_loaded)
        self.search = QLineEdit()
        self.search.setObjectName(f"{self.view_id}-search")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{self.view_id}-count")
        self.table = self._make_table()
        self.detail = QTextBrowser()
        self.detail.setObjectName(f"{self.view_id}-detail")
        self.detail.setOpenLinks(False)
        # Tool-bar buttons; Ctrl+Z and Ctrl+Shift+Z are the main window's Edit menu, which calls undo()/redo().
        self.undo_action = self._action(self.undo)
        self.redo_action = self._action(self.redo)
        # Ctrl+F wherever the focus is in the window, while this view is the one shown (hidden views'
        # shortcuts do not fire).
        self.find_action = self._action(self.focus_search, QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._guard = SearchGuard(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        ctx.ops.changed.connect(self._on_ops_changed)
        ctx.ops.history_changed.connect(self._update_history_actions)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"{self.view_id}-table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setWordWrap(False)
        vertical = table.verticalHeader()
        vertical.hide()
        # Every row the same height: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.model.sort_requested.connect(self._on_sort_requested)
        return table

    # --- search box and filters ---------------------------------------------------------------------
    def focus_search(self) -> None:
        focus_search(self.search)

    def guard_filters(self, *boxes: QComboBox) -> None:
        """Typing on these filters goes into the search box."""
        for box in boxes:
            self._guard.guard(box)

    def fit_headers(self, widths: dict[int, int], stretch: tuple[int, ...] = ()) -> None:
        """Give columns their widths, never narrower than their header's text (a header is never cut);
        `stretch` columns share what is left, and no column is made narrower than its header."""
        header, metrics = self.table.horizontalHeader(), header_metrics(self.table)
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 26  # the sort arrow
        needed = {
            c: metrics.horizontalAdvance(str(self.model.headerData(c, Qt.Orientation.Horizontal))) + pad
            for c in range(self.model.columnCount())
        }
        header.setMinimumSectionSize(max([48, *(needed[c] for c in stretch)]))
        for column, width in widths.items():
            header.resizeSection(column, max(width, needed[column]))
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    # --- hooks ----------------------------------------------------------------------------------------
    def make_model(self) -> PagedTableModel:
        raise NotImplementedError

    def search_job(self) -> SearchJob:
        """The search with the current filters, as a function for a worker (read the widgets here, not there)."""
        raise NotImplementedError

    def apply_extra(self, extra: Any) -> bool:
        """Show what came with the results (tags, decks); True if a filter changed and the search must run again."""
        return False

    def clear_filters(self) -> bool:
        """Show everything (a wanted id is hidden by the filters); False if nothing was filtered."""
        if not self.search.text():
            return False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        return True

    def show_detail(self, row: Any) -> None:
        """Show the current row in the detail pane (None: there is none)."""

    def count_text(self, shown: int, total: int) -> str:
        return ""

    def update_actions(self) -> None:
        """Enable what the selection allows."""

    def set_sort(self, key: str, descending: bool) -> bool:
        """A header was clicked; True if the order changed."""
        return False

    # --- searching ------------------------------------------------------------------------------------
    def on_data_ready(self) -> None:
        """Load, or reload after a restore put another database in place (its undo steps are gone)."""
        self._ready = True
        self.ctx.app.history.clear(self.view_id)
        self.refresh()

    def shutdown(self) -> None:
        self._search_timer.stop()

    def refresh(self) -> None:
        """Search with the current text, filters and order in a worker; only the newest request is shown."""
        self._search_timer.stop()
        if not self._ready:
            return
        self._request += 1
        request = self._request
        job, get_many = self.search_job(), self.model.get_many
        want, keep = self._want, self.selected_ids()[:1]
        on_screen = [self.table.rowAt(0), self.table.rowAt(self.table.viewport().height() - 1)]

        def work(app: AppContext) -> Results:
            ids, total, extra = job(app)
            places = {item: row for row, item in enumerate(ids)} if want is not None or keep else {}
            rows = [0, *on_screen, *(places.get(item, -1) for item in (want, *keep))]
            return Results(ids, total, load_pages(get_many, app, ids, rows), extra)

        self.ctx.ops.query(
            work,
            name=f"{self.view_id}-search",
            on_done=lambda results: self._show_results(request, results),
            on_error=lambda exc: self._search_failed(request, exc),
        )

    def _search_failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.fail(exc)

    def _show_results(self, request: int, results: Results) -> None:
        if request != self._request:
            return  # a newer search is under way
        if self.apply_extra(results.extra):
            self.refresh()
            return
        want, selected, current = self._want, self.selected_ids(), self.current_id()
        if want is not None and want not in results.ids and self.clear_filters():
            self.refresh()  # the wanted row is hidden: show everything, then select it
            return
        self.model.set_ids(results.ids, results.pages)
        self.total = results.total
        self._want = None
        if want is not None and self.model.row_of(want) >= 0:
            self._select([want], want)
        else:
            if want is not None:
                self.ctx.show_status(QCoreApplication.translate("TableView", "It is no longer there."), 6000)
            self._select(selected, current)
        self.count_label.setText(self.count_text(self.model.rowCount(), self.total))
        self._show_current()
        self.results_shown.emit()

    def _on_sort_requested(self, key: str, descending: bool) -> None:
        if self.set_sort(key, descending):
            self.refresh()

    def _on_ops_changed(self, changes: Changes, initiator: object) -> None:
        """A change made elsewhere: search again, keeping the selection (our own writes show themselves)."""
        if initiator is not self and self._ready and changes.touches(*self.kinds):
            self.refresh()

    # --- selection ------------------------------------------------------------------------------------
    def select_id(self, item_id: Any) -> bool:
        """Select `item_id` now if it is shown, else when it appears (filters are cleared if they hide it)."""
        row = self.model.row_of(item_id)
        if row < 0:
            self._want = item_id
            self.refresh()
            return True
        self._select([item_id], item_id)
        return True

    def _select(self, ids: Iterable[Any], current: Any = None) -> None:
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        if not rows and self.model.rowCount():
            rows = [0]
        selection = self.table.selectionModel()
        selection.clearSelection()
        current_row = self.model.row_of(current) if current is not None else -1
        first = current_row if current_row in rows else (rows[0] if rows else -1)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows[:MAX_SELECTED]:
            if row != first:
                selection.select(self.model.index(row, 0), flags)
        if first >= 0:
            selection.setCurrentIndex(self.model.index(first, 0), flags)
            self.table.scrollTo(self.model.index(first, 0))

    def selected_ids(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if r < self.model.rowCount()]

    def current_id(self) -> Any:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_row(self) -> Any:
        """What the current row shows, or None (no current row, or its page is still on its way)."""
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        self.update_actions()
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        if row is not None or not index.isValid():
            self.show_detail(row)  # else its page arrives soon: _on_rows_loaded

    def _on_rows_loaded(self, first: int, last: int) -> None:
        index = self.table.currentIndex()
        if index.isValid() and first <= index.row() <= last:
            self._show_current()

    # --- writing and undo -----------------------------------------------------------------------------
    def write(
        self, fn: Callable[[AppContext], Any], on_done: Callable[[Any], None] | None = None, *, name: str = ""
    ) -> None:
        """Write in a worker; errors reach the user. Undoable writes record their History step in `fn`."""
        self.ctx.ops.write(
            fn, initiator=self, name=name or f"{self.view_id}-write", on_done=on_done, on_error=self.fail
        )

    def fail(self, exc: BaseException) -> None:
        self.ctx.show_status(error_text(exc), 8000)

    def undo(self) -> None:
        if self.ctx.app.history.can_undo(self.view_id):
            self.ctx.ops.undo(self.view_id, initiator=self, on_done=self._after_history, on_error=self.fail)

    def redo(self) -> None:
        if self.ctx.app.history.can_redo(self.view_id):
            self.ctx.ops.redo(self.view_id, initiator=self, on_done=self._after_history, on_error=self.fail)

    def _after_history(self, step: Step) -> None:
        self.refresh()

    def _update_history_actions(self) -> None:
        history = self.ctx.app.history
        undo_name, redo_name = history.undo_name(self.view_id), history.redo_name(self.view_id)
        self.undo_action.setEnabled(undo_name is not None)
        self.redo_action.setEnabled(redo_name is not None)
        # self.tr finds the TableView context from a subclass too (PySide looks along the class's bases).
        undo = self.tr("Undo {action}").replace("{action}", undo_name) if undo_name else self.tr("Undo")
        redo = self.tr("Redo {action}").replace("{action}", redo_name) if redo_name else self.tr("Redo")
        self.undo_action.setText(undo)
        self.redo_action.setText(redo)
        # The buttons keep a short text (the bar must not grow with the step's name); the tip names it.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_action.setToolTip(undo + " (Ctrl+Z)")
        self.redo_action.setToolTip(redo + " (Ctrl+Shift+Z)")
