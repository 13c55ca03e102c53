"""The Phrasebook: every phrase kept from the Reader, translations, the glossary and sessions; search,
tags, edit in place, undo, exports."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.text import is_han
from app.ui.context import UiContext
from app.ui.tasks import TaskContext
from app.ui.views.base import View
from app.ui.widgets.entry_panel import marks_coloured
from app.ui.widgets.phrase_model import COLUMNS, PhraseTableModel

if TYPE_CHECKING:
    from app.data.phrases import Phrase, PhraseStore, Snapshot
    from app.ui.dialogs.phrase_dialog import PhraseDialog

SEARCH_DELAY_MS = 150
# Where each origin leads back to: the view that shows it (its open_target takes phrases.origin_ref).
ORIGIN_VIEWS = {"reader": "reader", "translation": "translate", "glossary": "glossary", "session": "sessions"}


def _phrase_error() -> tuple[type[Exception], ...]:
    import sqlite3

    from app.data.phrases import PhraseError

    return (PhraseError, OSError, sqlite3.Error)


class PhrasebookView(View):
    view_id = "phrasebook"

    results_shown = Signal()  # after every search (tests wait on it)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.undo_stack = QUndoStack(self)
        self._request = 0
        self._sort = ("created", True)
        self._writing = False  # our own writes: the phrases_changed we emit needs no second search
        self._ready = False
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._build()
        self.search.textChanged.connect(self._search_timer.start)
        ctx.events.phrases_changed.connect(self._on_phrases_changed)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("phrasebook-search")
        self.search.setClearButtonEnabled(True)
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("phrasebook-tags")
        self.tag_box.setMinimumContentsLength(12)
        self.tag_box.currentIndexChanged.connect(self.refresh)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.tag_box)
        filters.addWidget(self.count_label)

        self.new_action = self._action(self.new_phrase, QKeySequence(QKeySequence.StandardKey.New))
        self.delete_action = self._action(self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete))
        self.tag_action = self._action(self.tag_selected)
        self.untag_action = self._action(self.untag_selected)
        self.export_selected_action = self._action(lambda: self.export(selected_only=True))
        self.export_all_action = self._action(self.export)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.bar = QToolBar()
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.delete_action,
            self.tag_action,
            self.untag_action,
            self.export_selected_action,
            self.export_all_action,
            self.undo_action,
            self.redo_action,
        ):
            self.bar.addAction(action)

        self.model = PhraseTableModel(lambda ids: self.store.get_many(ids), self)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.model.sort_requested.connect(self._on_sort_requested)
        self.table = QTableView()
        self.table.setObjectName("phrasebook-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSortIndicator(len(COLUMNS) - 1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # header clicks ask the store for another order
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Every row the same height: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((0, 130, 0, 90, 100, 60, 80)):
            header.resizeSection(column, width)
        for column in (0, 2):  # the phrase and its translation share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.detail = QTextBrowser()
        self.detail.setObjectName("phrasebook-detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)
        self._update_actions()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search phrases: text, translation, pinyin with or without tones, note…")
        )
        for action, text in (
            (self.new_action, self.tr("New phrase…")),
            (self.delete_action, self.tr("Delete")),
            (self.tag_action, self.tr("Add tag…")),
            (self.untag_action, self.tr("Remove tag…")),
            (self.export_selected_action, self.tr("Export selected…")),
            (self.export_all_action, self.tr("Export all…")),
        ):
            action.setText(text)
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        if self._ready:
            self._reload_tags()
            self._show_count()
            self._show_current()

    # --- data ---------------------------------------------------------------------------------------
    @property
    def store(self) -> PhraseStore:
        return self.ctx.app.phrase_store

    def on_data_ready(self) -> None:
        """Load, or reload after a restore put another database in place (the search reconnects)."""
        self._ready = True
        self.undo_stack.clear()
        self._reload_tags()
        self.refresh()

    def shutdown(self) -> None:
        self._search_timer.stop()

    def _on_phrases_changed(self) -> None:
        if self._ready and not self._writing:
            self._reload_tags()
            self.refresh()

    def _reload_tags(self) -> None:
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), "")
        for tag, count in self.store.tags():
            self.tag_box.addItem(f"{tag} ({count})", tag)
        found = self.tag_box.findData(current) if current else 0
        self.tag_box.setCurrentIndex(max(0, found))
        self.tag_box.blockSignals(False)
        if current and found < 0:  # the tag is gone: show everything again
            self.refresh()

    def refresh(self) -> None:
        """Search with the current text, tag and order in a worker; only the newest request is shown."""
        self._search_timer.stop()
        if not self._ready:
            return
        self._request += 1
        request = self._request
        query, tag = self.search.text(), self.tag_box.currentData() or None
        sort, descending = self._sort
        self.ctx.ops.query(
            lambda app: app.phrase_store.search_ids(query, tag=tag, sort=sort, descending=descending),
            name="phrasebook-search",
            on_done=lambda ids: self._show_results(request, ids),
            on_error=lambda exc: self.ctx.show_status(str(exc), 8000),
        )

    def _show_results(self, request: int, ids: list[int]) -> None:
        if request != self._request:
            return  # a newer search is under way
        selected = self.selected_ids()
        self.model.set_ids(ids)
        self._reselect(selected)
        self._show_count()
        self._show_current()
        self.results_shown.emit()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.store.count()
        text = self.tr("{shown} of {total} phrases") if shown != total else self.tr("{total} phrases")
        self.count_label.setText(text.replace("{shown}", f"{shown:,}").replace("{total}", f"{total:,}"))

    def _on_sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh()

    def _reselect(self, ids: list[int]) -> None:
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        if not rows and self.model.rowCount():
            rows = [0]
        selection = self.table.selectionModel()
        selection.clearSelection()
        for n, row in enumerate(rows[:1000]):
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if n == 0:
                selection.setCurrentIndex(self.model.index(row, 0), flags)
            else:
                selection.select(self.model.index(row, 0), flags)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if r < self.model.rowCount()]

    def current_phrase(self) -> Phrase | None:
        index = self.table.currentIndex()
        return self.model.phrase(index.row()) if index.isValid() else None

    def select_phrase(self, phrase_id: int) -> bool:
        """Show one phrase, clearing the search and tag filter if they hide it."""
        if self.model.row_of(phrase_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.tag_box.setCurrentIndex(0)
            self.refresh()
        row = self.model.row_of(phrase_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_target(self, ref: str) -> bool:
        return ref.isdigit() and self.select_phrase(int(ref))

    def _update_actions(self) -> None:
        has = bool(self.table.selectionModel().hasSelection())
        for action in (self.delete_action, self.tag_action, self.untag_action, self.export_selected_action):
            action.setEnabled(has)

    # --- detail -------------------------------------------------------------------------------------
    def _show_current(self) -> None:
        self._update_actions()
        phrase = self.current_phrase()
        if phrase is None:
            if self.store.count() == 0:
                empty = self.tr(
                    "No phrases yet. Save one from the Reader (select text, Ctrl+S), a translation, "
                    "the Glossary or a session, or add one with “New phrase…”."
                )
            else:
                empty = self.tr("No phrase matches.")
            self.detail.setHtml(f"<p style='color:gray'>{escape(empty)}</p>")
            return
        self.detail.setHtml(self._phrase_html(phrase))

    def _phrase_html(self, p: Phrase) -> str:
        s = self.ctx.settings.current
        colours = dict(s.tone_colours) if s.tone_colours_enabled else None
        pinyin = f"<p style='font-size:16px'>{marks_coloured(p.pinyin, colours)}</p>" if p.pinyin else ""
        # The pinyin goes under whichever side is Chinese (an English phrase has a Chinese translation).
        chinese_text = any(is_han(c) for c in p.text)
        parts = [f"<p style='font-size:22px'>{escape(p.text)}</p>", pinyin if chinese_text else ""]
        if p.translation:
            parts.append(f"<p style='font-size:15px'>{_lines(p.translation)}</p>")
        if not chinese_text:
            parts.append(pinyin)
        if p.note:
            parts.append(f"<p style='color:#444'>{_lines(p.note)}</p>")
        if p.tags:
            tags = " ".join(
                f"<a href='tag:{escape(t, quote=True)}' style='background:#e8eef2'>&nbsp;{escape(t)}&nbsp;</a>"
                for t in p.tags
            )
            parts.append(f"<p>{tags}</p>")
        if p.source:
            shown = escape(p.source)
            if p.source.startswith(("http://", "https://")):
                shown = f"<a href='{escape(p.source, quote=True)}'>{shown}</a>"
            label = self.tr("Source")
            parts.append(f"<p style='color:#555'>{escape(label)}: {shown}</p>")
        origin = self._origin_text(p.origin)
        if p.origin in ORIGIN_VIEWS and p.origin_ref:
            link = self.tr("Show it there")
            origin += f" · <a href='origin:{p.id}'>{escape(link)}</a>"
        added = self.tr("Added {date}").replace("{date}", p.created_at[:16].replace("T", " "))
        parts.append(f"<p style='color:gray; font-size:11px'>{origin}<br>{escape(added)}</p>")
        return "".join(parts)

    def _origin_text(self, origin: str) -> str:
        texts = {
            "reader": self.tr("Saved from the Reader"),
            "translation": self.tr("Saved from a translation"),
            "glossary": self.tr("Saved from the Glossary"),
            "session": self.tr("Saved from a session"),
        }
        return escape(texts.get(origin, self.tr("Typed in")))

    def _on_link(self, url: QUrl) -> None:
        link = url.toString()
        if link.startswith("tag:"):
            found = self.tag_box.findData(link[4:])
            if found >= 0:
                self.tag_box.setCurrentIndex(found)
        elif link.startswith("origin:"):
            self.open_origin(int(link[7:]))
        elif link.startswith(("http://", "https://")):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)

    def open_origin(self, phrase_id: int) -> bool:
        """Go back to where a phrase was saved: its glossary entry, its session entry, its text."""
        phrase = self.store.get(phrase_id)
        if phrase is None or phrase.origin not in ORIGIN_VIEWS:
            return False
        found = self.ctx.open_target(ORIGIN_VIEWS[phrase.origin], phrase.origin_ref)
        if not found:
            self.ctx.show_status(self.tr("The place this phrase came from no longer exists."), 6000)
        return found

    # --- writing ------------------------------------------------------------------------------------
    def _changed(self, search_again: bool = True) -> None:
        """After a write: tell the other views (not this one), refresh tags, counts and the rows."""
        self._writing = True
        try:
            self.ctx.events.phrases_changed.emit()
        finally:
            self._writing = False
        self._reload_tags()
        if search_again:
            self.refresh()
        else:
            self._show_count()
            self._show_current()

    def _push(self, text: str, revert: Callable[[], None], reapply: Callable[[], None]) -> None:
        from app.ui.glossary_undo import Applied

        self.undo_stack.push(Applied(text, revert, reapply, self._changed))

    def _fail(self, exc: BaseException) -> None:
        self.ctx.show_status(str(exc), 8000)

    def new_phrase(self) -> PhraseDialog:
        from app.ui.dialogs.phrase_dialog import PhraseDialog

        dialog = PhraseDialog(self, known_tags=[t for t, _n in self.store.tags()])
        dialog.accepted.connect(lambda: self.add_phrase(**dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_phrase(self, text: str, translation: str = "", **fields: object) -> int | None:
        try:
            phrase_id = self.store.add(text, translation, **fields)  # type: ignore[arg-type]
        except _phrase_error() as exc:
            self._fail(exc)
            return None
        held: list[Snapshot] = []
        self._push(
            self.tr("Add phrase"),
            lambda: held.append(self.store.delete([phrase_id])),
            lambda: self.store.restore(held.pop()),
        )
        self._changed()
        self.select_phrase(phrase_id)
        return phrase_id

    def _on_edit_requested(self, phrase_id: int, field: str, value: str) -> None:
        self.edit_phrase(phrase_id, **{field: value})

    def edit_phrase(self, phrase_id: int, **changes: str) -> bool:
        """Save an edit made in place; the row stays where it is until the next search."""
        try:
            before = self.store.snapshot([phrase_id])
            self.store.update(phrase_id, **changes)
        except _phrase_error() as exc:
            self._fail(exc)
            self.model.reload([phrase_id])
            return False
        after = self.store.snapshot([phrase_id])
        self._push(
            self.tr("Edit phrase"),
            lambda: self.store.restore(before),
            lambda: self.store.restore(after),
        )
        self.model.reload([phrase_id])
        self._changed(search_again=False)
        return True

    def delete_selected(self) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        try:
            snapshot = self.store.delete(ids)
        except _phrase_error() as exc:
            self._fail(exc)
            return 0

        def delete_again() -> None:
            self.store.delete(ids)

        self._push(self.tr("Delete phrases"), lambda: self.store.restore(snapshot), delete_again)
        self._changed()
        self.ctx.show_status(
            self.tr("Deleted {count} phrases. Undo with Ctrl+Z.").replace("{count}", str(len(ids))), 8000
        )
        return len(ids)

    def tag_selected(self, tag: str | None = None) -> bool:
        return self._retag(tag, remove=False)

    def untag_selected(self, tag: str | None = None) -> bool:
        return self._retag(tag, remove=True)

    def _retag(self, tag: str | None, remove: bool) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        if tag is None:
            known = [t for t, _n in self.store.tags()]
            title = self.tr("Remove tag") if remove else self.tr("Add tag")
            prompt = self.tr("Tag for the {count} selected phrases:").replace("{count}", str(len(ids)))
            tag, ok = QInputDialog.getItem(self, title, prompt, known, 0, not remove)
            if not ok:
                return False
        if not tag.strip():
            return False
        try:
            before = self.store.remove_tag(ids, tag) if remove else self.store.add_tag(ids, tag)
        except _phrase_error() as exc:
            self._fail(exc)
            return False
        after = self.store.snapshot(ids)
        self._push(
            self.tr("Remove tag") if remove else self.tr("Add tag"),
            lambda: self.store.restore(before),
            lambda: self.store.restore(after),
        )
        self.model.reload(ids)
        self._changed(search_again=bool(self.tag_box.currentData()))
        return True

    # --- export ---------------------------------------------------------------------------------------
    def export(self, path: str | None = None, selected_only: bool = False) -> None:
        """Export the selected phrases (in their order here) or all of them, in a worker."""
        from app.services.phrasebook import EXPORT_FORMATS

        ids = self.selected_ids() if selected_only else None
        if selected_only and not ids:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export phrases"),
                "jiaoliu-phrases.csv",
                self.tr("CSV (*.csv);;JSON (*.json);;Anki deck (*.apkg)"),
            )
            if not path:
                return
        fmt = Path(path).suffix.lower().lstrip(".")
        if fmt not in EXPORT_FORMATS:
            self.ctx.show_status(self.tr("Choose a file ending in .csv, .json or .apkg."), 8000)
            return
        database = self.ctx.app.paths.database

        def work(task: TaskContext, target: str) -> int:
            import sqlite_utils

            from app.data.database import connect
            from app.data.phrases import PhraseStore  # noqa: F811 - the runtime class
            from app.services.phrasebook import export_from_store

            conn = connect(database)  # this worker's own connection
            try:
                return export_from_store(PhraseStore(sqlite_utils.Database(conn)), fmt, Path(target), ids)
            finally:
                conn.close()

        self.ctx.tasks.submit(
            work,
            path,
            name="export-phrases",
            on_done=lambda count: self.ctx.show_status(
                self.tr("Exported {count} phrases to {file}.").replace("{count}", str(count)).replace("{file}", path),
                10000,
            ),
            on_error=self._fail,
        )


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


VIEW = PhrasebookView
