"""The Glossary: search slang both ways, read an entry, and build your own decks.

(Over 450 lines: its strings stay in one translation context, "GlossaryView", that the .ts files use.)
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.slang import SlangEntry
from app.core.slang_patterns import readable
from app.data.changes import DECK, GLOSSARY
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.labels import register_choices, register_names
from app.ui.tasks import TaskContext, TaskHandle
from app.ui.views.glossary_writes import ALL_DECKS, GlossaryWrites
from app.ui.views.table_view import SearchJob
from app.ui.widgets.action_bar import ActionBar
from app.ui.widgets.entry_panel import marks_coloured
from app.ui.widgets.glossary_model import DECK as DECK_COLUMN
from app.ui.widgets.glossary_model import MEANING, PINYIN, REGISTER, TERM, word_syllables
from app.ui.widgets.progress_strip import ProgressStrip

WIDE_LAYOUT = 1100  # the view's width from which the entry sits beside the table, not under it

if TYPE_CHECKING:
    from app.data.glossary_store import Deck, StoredEntry
    from app.services.context import AppContext
    from app.ui.dialogs.phrase_dialog import PhraseDialog


class GlossaryView(GlossaryWrites):
    view_id = "glossary"
    kinds = (GLOSSARY, DECK)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._decks: list[Deck] = []
        self._tags: list[str] = []
        self._want_deck = None
        self._related: dict[str, str] = {}  # entry key -> term, for the "See also" links
        self._build()
        ctx.settings.changed.connect(self._on_setting_changed)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.lang_box, self.tag_box, self.register_box = QComboBox(), QComboBox(), QComboBox()
        for box in (self.lang_box, self.tag_box, self.register_box):
            box.currentIndexChanged.connect(self.refresh)
        self.guard_filters(self.lang_box, self.tag_box, self.register_box)
        self.hide_offensive = QCheckBox()
        self.hide_offensive.setChecked(self.ctx.settings.current.hide_vulgar)
        self.hide_offensive.toggled.connect(lambda on: self.ctx.app.settings.update(hide_vulgar=on))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.lang_box, self.tag_box, self.register_box, self.hide_offensive, self.count_label):
            filters.addWidget(widget)

        self.deck_list = QListWidget()
        self.deck_list.setObjectName("deck-list")
        self.deck_list.currentRowChanged.connect(self._on_deck_changed)
        self.new_deck_action = self._action(self.new_deck)
        self.rename_deck_action = self._action(self.rename_deck)
        self.delete_deck_action = self._action(self.delete_deck)
        self.import_action = self._action(self.import_file)
        self.export_action = self._action(self.export_file)
        self.deck_bar = ActionBar(
            [self.new_deck_action],
            [self.rename_deck_action, self.delete_deck_action, self.import_action, self.export_action],
        )
        decks = QWidget()
        deck_layout = QVBoxLayout(decks)
        deck_layout.setContentsMargins(0, 0, 0, 0)
        deck_layout.addWidget(self.deck_list, 1)
        deck_layout.addWidget(self.deck_bar)

        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MEANING, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda *_: self.edit_entry())
        self.detail.anchorClicked.connect(self._on_link)
        self.new_entry_action = self._action(self.new_entry, QKeySequence(QKeySequence.StandardKey.New))
        self.edit_entry_action = self._action(self.edit_entry)
        self.copy_entry_action = self._action(self.copy_to_deck)
        self.phrase_action = self._action(self.save_to_phrasebook, QKeySequence("Ctrl+S"))
        self.delete_entry_action = self._action(self.delete_entries, QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete acts on what has the focus: the entries in the table, the deck in the deck list.
        for action, target in ((self.delete_entry_action, self.table), (self.delete_deck_action, self.deck_list)):
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.removeAction(action)
            target.addAction(action)
        self.entry_bar = ActionBar(
            [
                self.new_entry_action,
                self.edit_entry_action,
                self.delete_entry_action,
                self.undo_action,
                self.phrase_action,
            ],
            [self.copy_entry_action, self.redo_action],
        )
        # The entry beside the table when there is room, under it when the window is narrow: the meaning
        # column stays readable either way.
        self.entry_split = QSplitter(Qt.Orientation.Horizontal)
        self.entry_split.addWidget(self.table)
        self.entry_split.addWidget(self.detail)
        self.entry_split.setChildrenCollapsible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.entry_bar)
        right_layout.addWidget(self.entry_split, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(decks)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self.import_progress = ProgressStrip()
        self.import_progress.setObjectName("glossary-import-progress")
        self.import_progress.cancel_requested.connect(
            lambda: self._import_handle.cancel() if self._import_handle else None
        )
        self._import_handle: TaskHandle | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.import_progress)
        self._lay_out_entry(self.width())
        self.update_actions()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out_entry(event.size().width())

    def _lay_out_entry(self, width: int) -> None:
        wide = width >= WIDE_LAYOUT
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.entry_split.orientation() != orientation:
            self.entry_split.setOrientation(orientation)
            total = self.entry_split.width() if wide else self.entry_split.height()
            share = 0.64 if wide else 0.55
            self.entry_split.setSizes([int(total * share), total - int(total * share)])

    def _size_columns(self) -> None:
        """Term, pinyin, register and deck as wide as their header and their usual text; the meaning takes
        the rest. A cut cell ends in "…" and shows its whole text as a tip."""
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 24  # the sort arrow
        decks = ["Bundled", *self.model.deck_names.values()]
        samples = {TERM: "破防了了了", PINYIN: "língzhēnqǐshǒu", REGISTER: "self-deprecating", DECK_COLUMN: ""}
        samples[DECK_COLUMN] = max(decks, key=metrics.horizontalAdvance)
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            text = min(metrics.horizontalAdvance(sample) + 12, 100 if column == DECK_COLUMN else 150)
            header.resizeSection(column, max(text, metrics.horizontalAdvance(title) + pad))
        title = str(self.model.headerData(MEANING, Qt.Orientation.Horizontal))
        header.setMinimumSectionSize(max(60, metrics.horizontalAdvance(title) + pad))
        self.table.setColumnHidden(DECK_COLUMN, self.current_deck_id() != ALL_DECKS)  # one deck: its name is known

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search slang: term, pinyin with or without tones, meaning…"))
        self._fill_combo(
            self.lang_box,
            [("", self.tr("All languages")), ("zh", self.tr("Chinese slang")), ("en", self.tr("English slang"))],
        )
        self._fill_combo(self.register_box, [("", self.tr("Any register")), *register_choices()])
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
        self._update_history_actions()
        if self._decks:
            self._fill_decks()
            self._fill_combo(self.tag_box, [("", self.tr("All tags"))] + [(t, t) for t in self._tags])
            self.count_label.setText(self.count_text(self.model.rowCount(), self.total))
            self._show_current()  # the detail pane's labels
        self.deck_bar.set_more_text(self.tr("Decks"))
        self.entry_bar.set_more_text(self.tr("More"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._size_columns()
        self.table.viewport().update()  # the register column

    @staticmethod
    def _fill_combo(box: QComboBox, items: list[tuple[str, str]]) -> bool:
        """Fill a filter, keeping its choice; True if the choice is gone (it shows everything again)."""
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for data, text in items:
            box.addItem(text, data)
        found = box.findData(current)
        box.setCurrentIndex(max(0, found))
        box.blockSignals(False)
        return bool(current) and found < 0

    # --- searching ------------------------------------------------------------------------------------
    def _on_setting_changed(self, key: str) -> None:
        if key == "hide_vulgar":
            self.hide_offensive.blockSignals(True)
            self.hide_offensive.setChecked(self.ctx.settings.current.hide_vulgar)
            self.hide_offensive.blockSignals(False)
            self.refresh()

    def search_job(self) -> SearchJob:
        text, deck_id = self.search.text(), self.current_deck_id()
        lang, tag = self.lang_box.currentData() or None, self.tag_box.currentData() or None
        register, hide = self.register_box.currentData() or None, self.hide_offensive.isChecked()

        def job(app: AppContext) -> tuple[list[Any], int, Any]:
            store = app.glossary_store
            found = store.search(
                text,
                lang=lang,
                tag=tag,
                register=register,
                deck_id=None if deck_id == ALL_DECKS else deck_id,
                hide_offensive=hide,
                limit=100_000,
            )
            return [s.key for s in found], store.count(), (store.decks(), store.tags(), deck_id)

        return job

    def apply_extra(self, extra: Any) -> bool:
        decks, tags, searched_deck = extra
        self._decks, self._tags = decks, tags
        self._fill_decks()
        tag_gone = self._fill_combo(self.tag_box, [("", self.tr("All tags"))] + [(t, t) for t in tags])
        self.model.deck_names = {d.id: (self.tr("Bundled") if d.bundled else d.name) for d in decks}
        self._size_columns()
        return tag_gone or self.current_deck_id() != searched_deck

    def clear_filters(self) -> bool:
        cleared = super().clear_filters()
        for box in (self.lang_box, self.tag_box, self.register_box):
            if box.currentIndex() > 0:
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
                cleared = True
        if self.current_deck_id() != ALL_DECKS:
            self.deck_list.blockSignals(True)
            self.deck_list.setCurrentRow(0)
            self.deck_list.blockSignals(False)
            cleared = True
        return cleared

    def counted(self, what: str, count: int) -> str:
        """The texts with a count that GlossaryWrites shows. They live here, in the view's own class: PySide's
        `tr` tries a base class's context only when the view's own returns the text unchanged, and a `%n` text
        never comes back unchanged, so a plural form written in GlossaryWrites would never be found."""
        if what == "delete-step":
            return self.tr("Delete %n entries", "", count)
        return self.tr("Deleted %n entries. Undo with Ctrl+Z.", "", count)  # "deleted"

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln entries", "", total)
        return self.tr("{shown} of %Ln entries", "", total).replace("{shown}", QLocale().toString(shown))

    def _fill_decks(self) -> None:
        current = self._want_deck if self._want_deck is not None else self.current_deck_id()
        self.deck_list.blockSignals(True)
        self.deck_list.clear()
        total = sum(d.count for d in self._decks)
        self._deck_item(self.tr("All decks ({count})").replace("{count}", QLocale().toString(total)), ALL_DECKS)
        for deck in self._decks:
            name = self.tr("Bundled slang ({count})") if deck.bundled else f"{deck.name} ({{count}})"
            self._deck_item(name.replace("{count}", QLocale().toString(deck.count)), deck.id)
        rows = [self.deck_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.deck_list.count())]
        self._want_deck = None  # asked for once: a deck that is not listed now is gone
        self._fit_deck_list()
        self.deck_list.setCurrentRow(rows.index(current) if current in rows else 0)
        self.deck_list.blockSignals(False)
        self.update_actions()

    def _fit_deck_list(self) -> None:
        """As wide as its longest name (up to a limit: a longer one ends in "…" and shows whole as a tip)."""
        metrics = self.deck_list.fontMetrics()
        texts = [self.deck_list.item(i).text() for i in range(self.deck_list.count())]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        frame = 2 * self.deck_list.frameWidth() + 16 + self.deck_list.verticalScrollBar().sizeHint().width()
        width = max(self.deck_bar.minimumSizeHint().width(), min(widest + frame, 260))
        if width != self.deck_list.minimumWidth():
            self.deck_list.setMinimumWidth(width)
            self.split.setSizes([width, 100_000])  # the decks at their width, the rest to the entries

    def _deck_item(self, text: str, deck_id: int) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, deck_id)
        self.deck_list.addItem(item)

    def _on_deck_changed(self, _row: int) -> None:
        self.table.setColumnHidden(DECK_COLUMN, self.current_deck_id() != ALL_DECKS)
        self.update_actions()
        self.refresh()

    def open_target(self, ref: str) -> bool:
        return self.select_entry(ref)

    # --- detail -------------------------------------------------------------------------------------
    def show_detail(self, row: Any) -> None:
        if row is None:
            nothing = self.tr("No entry matches.")
            self.detail.setHtml(f"<p style='color:gray'>{escape(nothing)}</p>")
            return
        stored: StoredEntry = row
        missing = [k for k in stored.entry.related if k not in self._related]
        if missing:  # their terms are read in a worker; the entry shows again with them
            self.ctx.ops.query(
                lambda app: {k: s.entry.term for k, s in app.glossary_store.get_many(missing).items()},
                name="glossary-related",
                on_done=lambda terms: self._on_related(stored.key, missing, terms),
            )
        self.detail.setHtml(self._entry_html(stored))

    def _on_related(self, key: str, asked: list[str], terms: dict[str, str]) -> None:
        self._related.update({k: terms.get(k, "") for k in asked})
        current = self.current_entry()
        if current is not None and current.key == key:
            self.detail.setHtml(self._entry_html(current))

    def _entry_html(self, stored: StoredEntry) -> str:
        e: SlangEntry = stored.entry
        s = self.ctx.settings.current
        colours = dict(s.tone_colours) if s.tone_colours_enabled else None
        badge = self.tr("Bundled entry") if stored.bundled else self.tr("Your entry")
        # The syllables of the table's pinyin column (the Reader's reading), spaced so each gets its tone colour.
        syllables = " ".join(word_syllables(e.term, e.pinyin or "")) if e.lang == "zh" else (e.pinyin or "")
        pinyin = f"<div style='font-size:17px'>{marks_coloured(syllables, colours)}</div>" if syllables else ""
        meta = " · ".join(x for x in (register_names(e.register), str(e.year) if e.year else "", badge) if x)
        examples = "".join(f"<li><i>{escape(x.text)}</i><br>{escape(x.translation)}</li>" for x in e.examples)
        related = [
            f"<a href='entry:{escape(key)}'>{escape(self._related[key])}</a>"
            for key in e.related
            if self._related.get(key)
        ]
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
            ("forms", escape(", ".join(readable(v) for v in e.variants))),
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

    def update_actions(self) -> None:
        deck = self.current_deck()
        own_deck = deck is not None and not deck.bundled
        self.rename_deck_action.setEnabled(own_deck)
        self.delete_deck_action.setEnabled(own_deck)
        stored = self.current_entry()
        self.edit_entry_action.setEnabled(stored is not None and not stored.bundled)
        self.delete_entry_action.setEnabled(stored is not None and not stored.bundled)
        self.copy_entry_action.setEnabled(stored is not None)
        self.phrase_action.setEnabled(stored is not None)

    def fail(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Glossary"), error_text(exc))

    # --- import and export ----------------------------------------------------------------------------
    def import_file(self, path: str | None = None, deck_name: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import glossary"), "", self.tr("Glossary files (*.csv *.json *.apkg)")
            )
            if not path:
                return
        source = Path(path)
        app = self.ctx.app

        def read(task: TaskContext) -> Any:
            from app.services.glossary import read_for_import

            limit = app.settings.current.import_max_entries
            return read_for_import(source, limit, cancelled=lambda: task.cancelled)

        def finished(then: Callable[..., None]) -> Callable[..., None]:
            def hide(*args: Any) -> None:
                self.import_progress.setVisible(False)
                then(*args)

            return hide

        handle = self.ctx.tasks.submit(
            read,
            name="import-glossary",
            on_done=finished(lambda imported: self._finish_import(imported, source, deck_name)),
            on_error=finished(self._import_failed),
            on_cancelled=finished(lambda: self.ctx.show_status(self.tr("Import cancelled."), 5000)),
        )
        self._import_handle = handle
        self.import_progress.bar.setRange(0, 0)  # busy: reading a deck has no count to show
        self.import_progress.setVisible(True)

    def _import_failed(self, exc: BaseException) -> None:
        from app.services.glossary import ImportProblem

        if isinstance(exc, ImportProblem):  # "Nothing was imported. Please fix the file…" and its problems
            text = error_text(exc)
        else:
            text = self.tr("Nothing was imported: {error}").replace("{error}", error_text(exc))
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
        if fmt not in ("csv", "json", "apkg"):  # app.services.glossary.EXPORT_FORMATS, without importing it here
            QMessageBox.warning(self, self.tr("Glossary"), self.tr("Choose a file ending in .csv, .json or .apkg."))
            return
        name, target = (deck.name if deck else None), path

        def work(app: AppContext) -> int:
            from app.services.glossary import export_to

            return export_to(app.glossary_store, fmt, Path(target), name)

        def done(count: int) -> None:
            message = self.tr("Exported %n entries to {file}.", "", count)
            self.ctx.show_status(message.replace("{file}", target), 10000)

        self.ctx.ops.query(work, name="export-glossary", on_done=done, on_error=self.fail)


VIEW = GlossaryView
