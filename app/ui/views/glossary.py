"""The Glossary: search slang both ways, read an entry, and build your own decks."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.slang import REGISTERS, SlangEntry
from app.ui.context import UiContext
from app.ui.tasks import TaskContext
from app.ui.views.base import View
from app.ui.widgets.entry_panel import marks_coloured
from app.ui.widgets.glossary_model import GlossaryTableModel

if TYPE_CHECKING:
    from types import ModuleType

    from app.data.glossary_store import Deck, GlossaryStore, StoredEntry
    from app.services.glossary_io import ImportedDeck
    from app.ui.dialogs.phrase_dialog import PhraseDialog

SEARCH_DELAY_MS = 150
ALL_DECKS = -1


# The glossary's store, import/export and undo modules load when the view first needs them, not at
# start-up (every view module is imported to build the navigation).
def _service() -> ModuleType:
    from app.services import glossary

    return glossary


def _undo() -> ModuleType:
    from app.ui import glossary_undo

    return glossary_undo


def _store_error() -> type[Exception]:
    from app.data.glossary_store import GlossaryStoreError

    return GlossaryStoreError


class GlossaryView(View):
    view_id = "glossary"

    results_shown = Signal()  # after every search (tests wait on it)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.undo_stack = QUndoStack(self)
        self._decks: list[Deck] = []
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        ctx.events.glossary_changed.connect(self._on_glossary_changed)
        ctx.settings.changed.connect(self._on_setting_changed)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("glossary-search")
        self.lang_box, self.tag_box, self.register_box = QComboBox(), QComboBox(), QComboBox()
        for box in (self.lang_box, self.tag_box, self.register_box):
            box.currentIndexChanged.connect(self.refresh)
        self.hide_offensive = QCheckBox()
        self.hide_offensive.setChecked(self.ctx.settings.current.hide_vulgar)
        self.hide_offensive.toggled.connect(lambda on: self.ctx.app.settings.update(hide_vulgar=on))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.lang_box, self.tag_box, self.register_box, self.hide_offensive):
            filters.addWidget(widget)

        self.deck_list = QListWidget()
        self.deck_list.setObjectName("deck-list")
        self.deck_list.currentRowChanged.connect(self._on_deck_changed)
        self.deck_bar = QToolBar()
        self.new_deck_action = self._action(self.new_deck)
        self.rename_deck_action = self._action(self.rename_deck)
        self.delete_deck_action = self._action(self.delete_deck)
        self.import_action = self._action(self.import_file)
        self.export_action = self._action(self.export_file)
        for action in (
            self.new_deck_action,
            self.rename_deck_action,
            self.delete_deck_action,
            self.import_action,
            self.export_action,
        ):
            self.deck_bar.addAction(action)
        self.deck_bar.setOrientation(Qt.Orientation.Vertical)
        self.deck_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        decks = QWidget()
        deck_layout = QVBoxLayout(decks)
        deck_layout.setContentsMargins(0, 0, 0, 0)
        deck_layout.addWidget(self.deck_list, 1)
        deck_layout.addWidget(self.deck_bar)

        self.model = GlossaryTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("glossary-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda *_: self.edit_entry())

        self.detail = QTextBrowser()
        self.detail.setObjectName("glossary-detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.entry_bar = QToolBar()
        self.new_entry_action = self._action(self.new_entry, QKeySequence(QKeySequence.StandardKey.New))
        self.edit_entry_action = self._action(self.edit_entry)
        self.copy_entry_action = self._action(self.copy_to_deck)
        self.phrase_action = self._action(self.save_to_phrasebook, QKeySequence("Ctrl+S"))
        self.delete_entry_action = self._action(self.delete_entries, QKeySequence(QKeySequence.StandardKey.Delete))
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for action in (
            self.new_entry_action,
            self.edit_entry_action,
            self.copy_entry_action,
            self.phrase_action,
            self.delete_entry_action,
            self.undo_action,
            self.redo_action,
        ):
            self.entry_bar.addAction(action)
        self.entry_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.entry_bar)
        right_layout.addWidget(self.detail, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        panes: tuple[tuple[QWidget, int], ...] = ((decks, 1), (self.table, 4), (right, 3))
        for pane, stretch in panes:
            split.addWidget(pane)
            split.setStretchFactor(split.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self._update_actions()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search slang: term, pinyin with or without tones, meaning…"))
        self._fill_combo(
            self.lang_box,
            [("", self.tr("All languages")), ("zh", self.tr("Chinese slang")), ("en", self.tr("English slang"))],
        )
        self._fill_combo(self.register_box, [("", self.tr("Any register"))] + [(r, r) for r in sorted(REGISTERS)])
        self.hide_offensive.setText(self.tr("Hide vulgar/offensive"))
        for action, text in (
            (self.new_deck_action, self.tr("New deck…")),
            (self.rename_deck_action, self.tr("Rename…")),
            (self.delete_deck_action, self.tr("Delete deck")),
            (self.import_action, self.tr("Import…")),
            (self.export_action, self.tr("Export…")),
            (self.new_entry_action, self.tr("New entry")),
            (self.edit_entry_action, self.tr("Edit")),
            (self.copy_entry_action, self.tr("Copy to deck…")),
            (self.phrase_action, self.tr("Save to phrasebook")),
            (self.delete_entry_action, self.tr("Delete")),
        ):
            action.setText(text)
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        if self._decks:
            self._fill_decks()

    @staticmethod
    def _fill_combo(box: QComboBox, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for data, text in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    # --- data ---------------------------------------------------------------------------------------
    @property
    def store(self) -> GlossaryStore:
        return self.ctx.app.glossary_store

    def on_data_ready(self) -> None:
        self._reload_decks()
        self.refresh()

    def _on_glossary_changed(self) -> None:
        self._reload_decks()
        self.refresh()

    def _on_setting_changed(self, key: str) -> None:
        if key == "hide_vulgar":
            self.hide_offensive.blockSignals(True)
            self.hide_offensive.setChecked(self.ctx.settings.current.hide_vulgar)
            self.hide_offensive.blockSignals(False)
            self.refresh()

    def _reload_decks(self) -> None:
        self._decks = self.store.decks()
        self._fill_decks()
        self._fill_combo(self.tag_box, [("", self.tr("All tags"))] + [(t, t) for t in self.store.tags()])

    def _fill_decks(self) -> None:
        current = self.current_deck_id()
        self.deck_list.blockSignals(True)
        self.deck_list.clear()
        total = sum(d.count for d in self._decks)
        self._deck_item(self.tr("All decks ({count})").replace("{count}", str(total)), ALL_DECKS)
        for deck in self._decks:
            name = self.tr("Bundled slang ({count})") if deck.bundled else f"{deck.name} ({{count}})"
            self._deck_item(name.replace("{count}", str(deck.count)), deck.id)
        rows = [self.deck_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.deck_list.count())]
        self.deck_list.setCurrentRow(rows.index(current) if current in rows else 0)
        self.deck_list.blockSignals(False)
        self._update_actions()

    def _deck_item(self, text: str, deck_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, deck_id)
        self.deck_list.addItem(item)

    def current_deck_id(self) -> int:
        item = self.deck_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else ALL_DECKS

    def current_deck(self) -> Deck | None:
        return next((d for d in self._decks if d.id == self.current_deck_id()), None)

    def _on_deck_changed(self, _row: int) -> None:
        self._update_actions()
        self.refresh()

    def refresh(self) -> None:
        """Run the search with the current filters (the store answers in milliseconds)."""
        self._search_timer.stop()
        if not self._decks:
            return
        deck_id = self.current_deck_id()
        results = self.store.search(
            self.search.text(),
            lang=self.lang_box.currentData() or None,
            tag=self.tag_box.currentData() or None,
            register=self.register_box.currentData() or None,
            deck_id=None if deck_id == ALL_DECKS else deck_id,
            hide_offensive=self.hide_offensive.isChecked(),
            limit=100_000,
        )
        selected = self.selected_keys()
        self.model.set_entries(results, {d.id: (self.tr("Bundled") if d.bundled else d.name) for d in self._decks})
        self._reselect(selected)
        self._show_current()
        self.results_shown.emit()

    def _reselect(self, keys: list[str]) -> None:
        row = next((r for r in (self.model.row_of(k) for k in keys) if r >= 0), 0 if self.model.total() else -1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected_keys(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.entry(r).key for r in rows]

    def current_entry(self) -> StoredEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select_entry(self, key: str) -> bool:
        """Show one entry (from the Reader's "open in glossary" link, or a related entry)."""
        row = self.model.row_of(key)
        if row < 0:
            self.deck_list.setCurrentRow(0)
            self.search.clear()
            self.refresh()
            row = self.model.row_of(key)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # --- detail -------------------------------------------------------------------------------------
    def _show_current(self) -> None:
        self._update_actions()
        stored = self.current_entry()
        if stored is None:
            nothing = self.tr("No entry matches.")
            self.detail.setHtml(f"<p style='color:gray'>{escape(nothing)}</p>")
            return
        self.detail.setHtml(self._entry_html(stored))

    def _entry_html(self, stored: StoredEntry) -> str:
        e: SlangEntry = stored.entry
        s = self.ctx.settings.current
        colours = dict(s.tone_colours) if s.tone_colours_enabled else None
        badge = self.tr("Bundled entry") if stored.bundled else self.tr("Your entry")
        pinyin = f"<div style='font-size:17px'>{marks_coloured(e.pinyin, colours)}</div>" if e.pinyin else ""
        meta = " · ".join(x for x in (", ".join(e.register), str(e.year) if e.year else "", badge) if x)
        examples = "".join(f"<li><i>{escape(x.text)}</i><br>{escape(x.translation)}</li>" for x in e.examples)
        related = []
        for key in e.related:
            other = self.store.get(key)
            if other:
                related.append(f"<a href='entry:{escape(key)}'>{escape(other.entry.term)}</a>")
        label = {
            "en": self.tr("English"),
            "zh": self.tr("Chinese"),
            "literal": self.tr("Literally"),
            "forms": self.tr("Other forms"),
            "examples": self.tr("Examples"),
            "related": self.tr("See also"),
            "tags": self.tr("Tags"),
        }
        rows = (
            ("en", escape(e.meaning_en)),
            ("zh", escape(e.meaning_zh)),
            ("literal", escape(e.literal)),
            ("forms", escape(", ".join(e.variants))),
        )
        parts = [
            f"<div style='font-size:26px'><b>{escape(e.term)}</b></div>{pinyin}",
            f"<p style='color:gray'>{escape(meta)}</p>",
        ]
        parts += [f"<p><b>{escape(label[name])}:</b> {value}</p>" for name, value in rows if value]
        if examples:
            parts.append(f"<p><b>{escape(label['examples'])}:</b></p><ul>{examples}</ul>")
        if related:
            parts.append(f"<p><b>{escape(label['related'])}:</b> {' · '.join(related)}</p>")
        if e.tags:
            parts.append(f"<p style='color:gray'>{escape(label['tags'])}: {escape(', '.join(e.tags))}</p>")
        return "".join(parts)

    def open_target(self, ref: str) -> bool:
        return self.select_entry(ref)

    def save_to_phrasebook(self) -> PhraseDialog | None:
        """Keep the entry as a phrase: its term, pinyin and meaning, linked back to the entry."""
        from app.ui.dialogs.phrase_dialog import save_phrase

        stored = self.current_entry()
        if stored is None:
            return None
        e = stored.entry
        note = e.literal and f"{self.tr('Literally')}: {e.literal}"
        example = e.examples[0] if e.examples else None
        if example is not None:
            note = "\n".join(x for x in (note, f"{example.text} — {example.translation}") if x)
        dialog = save_phrase(
            self.ctx,
            self,
            text=e.term,
            translation=e.meaning_other,
            note=note,
            tags=e.tags,
            origin="glossary",
            origin_ref=stored.key,
        )
        if e.pinyin:
            dialog.pinyin.setText(e.pinyin)
        return dialog

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("entry:"):
            self.select_entry(text.removeprefix("entry:"))

    def _update_actions(self) -> None:
        deck = self.current_deck()
        own_deck = deck is not None and not deck.bundled
        self.rename_deck_action.setEnabled(own_deck)
        self.delete_deck_action.setEnabled(own_deck)
        stored = self.current_entry() if hasattr(self, "model") else None
        self.edit_entry_action.setEnabled(stored is not None and not stored.bundled)
        self.delete_entry_action.setEnabled(stored is not None and not stored.bundled)
        self.copy_entry_action.setEnabled(stored is not None)
        self.phrase_action.setEnabled(stored is not None)

    # --- changes (each one undoable) -------------------------------------------------------------------
    def _changed(self) -> None:
        self.ctx.glossary_written()

    def _fail(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Glossary"), str(exc))

    def _own_deck_for_new_entry(self) -> int | None:
        deck = self.current_deck()
        if deck is not None and not deck.bundled:
            return deck.id
        return self._choose_deck(self.tr("Add to which deck?"))

    def _choose_deck(self, question: str) -> int | None:
        own = [d for d in self._decks if not d.bundled]
        new_label = self.tr("A new deck…")
        names = [d.name for d in own] + [new_label]
        name, ok = QInputDialog.getItem(self, self.tr("Glossary"), question, names, 0, False)
        if not ok:
            return None
        if name == new_label:
            return self.new_deck()
        return next(d.id for d in own if d.name == name)

    def new_deck(self) -> int | None:
        name, ok = QInputDialog.getText(self, self.tr("New deck"), self.tr("Name of the new deck:"))
        if not ok:
            return None
        try:
            deck_id = self.store.create_deck(name)
        except _store_error() as exc:
            self._fail(exc)
            return None
        self.undo_stack.push(_undo().deck_created(self.store, deck_id, self.tr("New deck"), self._changed))
        self._changed()
        self._select_deck(deck_id)
        return deck_id

    def _select_deck(self, deck_id: int) -> None:
        self._reload_decks()
        for i in range(self.deck_list.count()):
            if self.deck_list.item(i).data(Qt.ItemDataRole.UserRole) == deck_id:
                self.deck_list.setCurrentRow(i)

    def rename_deck(self) -> None:
        deck = self.current_deck()
        if deck is None or deck.bundled:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename deck"), self.tr("New name:"), text=deck.name)
        if not ok or name.strip() == deck.name:
            return
        try:
            self.store.rename_deck(deck.id, name)
        except _store_error() as exc:
            self._fail(exc)
            return
        after = self.store.deck(deck.id).name
        self.undo_stack.push(
            _undo().deck_renamed(self.store, deck.id, deck.name, after, self.tr("Rename deck"), self._changed)
        )
        self._changed()

    def delete_deck(self) -> None:
        deck = self.current_deck()
        if deck is None or deck.bundled:
            return
        snapshot = self.store.delete_deck(deck.id)
        self.undo_stack.push(_undo().deck_deleted(self.store, deck.id, snapshot, self.tr("Delete deck"), self._changed))
        self._changed()
        self.ctx.show_status(self.tr("Deleted the deck “{name}”. Undo with Ctrl+Z.").replace("{name}", deck.name), 8000)

    def new_entry(self) -> None:
        from app.ui.dialogs.entry_editor import EntryEditor

        deck_id = self._own_deck_for_new_entry()
        if deck_id is None:
            return
        editor = EntryEditor(None, self)
        if not editor.exec() or editor.entry() is None:
            return
        self.add_entry(deck_id, editor.entry())  # type: ignore[arg-type]

    def add_entry(self, deck_id: int, entry: SlangEntry, source_key: str | None = None) -> str | None:
        try:
            key = self.store.add(deck_id, _service().with_pinyin(entry), source_key)
        except _store_error() as exc:
            self._fail(exc)
            return None
        self.undo_stack.push(_undo().added(self.store, key, self.tr("Add entry"), self._changed))
        self._changed()
        self.select_entry(key)
        return key

    def edit_entry(self) -> None:
        from app.ui.dialogs.entry_editor import EntryEditor

        stored = self.current_entry()
        if stored is None or stored.bundled:
            return
        editor = EntryEditor(stored.entry, self)
        if editor.exec() and editor.entry() is not None:
            self.update_entry(stored, editor.entry())  # type: ignore[arg-type]

    def update_entry(self, stored: StoredEntry, after: SlangEntry) -> None:
        after = _service().with_pinyin(after)
        try:
            self.store.update(stored.key, after)
        except _store_error() as exc:
            self._fail(exc)
            return
        self.undo_stack.push(
            _undo().edited(self.store, stored.key, stored.entry, after, self.tr("Edit entry"), self._changed)
        )
        self._changed()

    def copy_to_deck(self) -> None:
        stored = self.current_entry()
        if stored is None:
            return
        deck_id = self._choose_deck(self.tr("Copy “{term}” to which deck?").replace("{term}", stored.entry.term))
        if deck_id is not None:
            self.add_entry(deck_id, stored.entry, source_key=stored.key)

    def delete_entries(self) -> None:
        keys = [k for k in self.selected_keys() if not (s := self.store.get(k)) or not s.bundled]
        if not keys:
            return
        snapshot = self.store.delete(keys)
        self.undo_stack.push(_undo().deleted(self.store, keys, snapshot, self.tr("Delete entries"), self._changed))
        self._changed()
        self.ctx.show_status(
            self.tr("Deleted {count} entries. Undo with Ctrl+Z.").replace("{count}", str(len(keys))), 8000
        )

    # --- import and export ----------------------------------------------------------------------------
    def import_file(self, path: str | None = None, deck_name: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import glossary"), "", self.tr("Glossary files (*.csv *.json *.apkg)")
            )
            if not path:
                return
        self.ctx.tasks.submit(
            lambda task, p: _service().read_for_import(Path(p)),
            path,
            name="import-glossary",
            on_done=lambda imported: self._finish_import(imported, Path(path), deck_name),
            on_error=lambda exc: self._import_failed(exc),
        )

    def _finish_import(self, imported: ImportedDeck, path: Path, deck_name: str | None) -> None:
        own = self.current_deck()
        name = deck_name or (own.name if own is not None and not own.bundled else None)
        try:
            result = _service().import_into(self.store, imported, name, path)
        except _store_error() as exc:
            self._fail(exc)
            return
        self.undo_stack.clear()  # an import is not undoable entry by entry; the deck can be deleted
        self._changed()
        self._select_deck(result.deck_id)
        message = self.tr("Imported {added} entries into “{deck}” ({replaced} replaced).")
        message = message.replace("{added}", str(result.added)).replace("{deck}", result.deck_name)
        self.ctx.show_status(message.replace("{replaced}", str(result.replaced)), 10000)

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, _service().ImportProblem):
            lines = "\n".join(exc.errors[:20])
            text = self.tr("Nothing was imported. Please fix the file and try again:") + "\n\n" + lines
        else:
            text = self.tr("Nothing was imported: {error}").replace("{error}", str(exc))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import glossary"), text, parent=self)
        box.setObjectName("import-problem")
        box.open()

    def export_file(self, path: str | None = None) -> None:
        deck = self.current_deck()
        if path is None:
            suggested = (deck.name if deck else "jiaoliu-glossary") + ".csv"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export glossary"), suggested, self.tr("CSV (*.csv);;JSON (*.json);;Anki deck (*.apkg)")
            )
            if not path:
                return
        fmt = Path(path).suffix.lower().lstrip(".")
        if fmt not in _service().EXPORT_FORMATS:
            self._fail(_store_error()(self.tr("Choose a file ending in .csv, .json or .apkg.")))
            return
        database = self.ctx.app.paths.database
        name = deck.name if deck else None

        def work(task: TaskContext, target: str) -> int:
            from app.data.database import connect, migrate
            from app.data.glossary_store import GlossaryStore  # noqa: F811 - the runtime class

            db = migrate(connect(database), database)  # this worker's own connection
            try:
                return _service().export_to(GlossaryStore(db), fmt, Path(target), name)
            finally:
                db.conn.close()

        self.ctx.tasks.submit(
            work,
            path,
            name="export-glossary",
            on_done=lambda count: self.ctx.show_status(
                self.tr("Exported {count} entries to {file}.").replace("{count}", str(count)).replace("{file}", path),
                10000,
            ),
            on_error=lambda exc: self._fail(exc),
        )


VIEW = GlossaryView
