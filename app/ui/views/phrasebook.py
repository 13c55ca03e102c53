"""The Phrasebook: every phrase kept from the Reader, translations, the glossary and sessions; search,
tags, edit in place, undo, exports.

(Over 450 lines: its strings stay in one translation context, "PhrasebookView", that the .ts files use.)
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.text import is_han
from app.data.changes import PHRASE
from app.ui.context import UiContext
from app.ui.views.base import View
from app.ui.views.table_view import SearchJob, TableView
from app.ui.widgets.action_bar import ActionBar
from app.ui.widgets.entry_panel import marks_coloured
from app.ui.widgets.phrase_model import COLUMNS, PhraseTableModel

if TYPE_CHECKING:
    from app.data.phrases import Phrase
    from app.services.context import AppContext
    from app.ui.dialogs.phrase_dialog import PhraseDialog

# Where each origin leads back to: the view that shows it (its open_target takes phrases.origin_ref).
ORIGIN_VIEWS = {"reader": "reader", "translation": "translate", "glossary": "glossary", "session": "sessions"}


class PhrasebookView(TableView):
    view_id = "phrasebook"
    kinds = (PHRASE,)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._sort = ("created", True)
        self._tags: list[tuple[str, int]] = []
        self._build()
        self.retranslate()

    def make_model(self) -> PhraseTableModel:
        model = PhraseTableModel(self.ctx.ops, self)
        model.edit_requested.connect(self._on_edit_requested)
        return model

    # --- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("phrasebook-tags")
        self.tag_box.setMinimumContentsLength(12)
        self.tag_box.currentIndexChanged.connect(self.refresh)
        self.guard_filters(self.tag_box)
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
        self.bar = ActionBar(
            [self.new_action, self.delete_action, self.undo_action, self.tag_action],
            [self.untag_action, self.export_selected_action, self.export_all_action, self.redo_action],
        )

        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.horizontalHeader().setSortIndicator(len(COLUMNS) - 1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # header clicks ask the store for another order
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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
        self.update_actions()

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
        self._update_history_actions()
        if self._ready:
            self._fill_tags(self._tags)
            self.count_label.setText(self.count_text(self.model.rowCount(), self.total))
            self._show_current()
        self.bar.set_more_text(self.tr("More"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        # The phrase and its translation share what is left; no header is cut, in either language.
        self.fit_headers(dict(enumerate((0, 130, 0, 80, 90, 60, 90))), stretch=(0, 2))

    # --- searching ------------------------------------------------------------------------------------
    def search_job(self) -> SearchJob:
        query, tag = self.search.text(), self.tag_box.currentData() or None
        sort, descending = self._sort

        def job(app: AppContext) -> tuple[list[Any], int, Any]:
            store = app.phrase_store
            ids = store.search_ids(query, tag=tag, sort=sort, descending=descending)
            return list(ids), store.count(), store.tags()

        return job

    def apply_extra(self, extra: Any) -> bool:
        return self._fill_tags(extra)

    def _fill_tags(self, tags: list[tuple[str, int]]) -> bool:
        """Fill the tag filter; True if the chosen tag is gone (everything is shown again)."""
        self._tags = tags
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), "")
        for tag, count in tags:
            self.tag_box.addItem(f"{tag} ({count})", tag)
        found = self.tag_box.findData(current) if current else 0
        self.tag_box.setCurrentIndex(max(0, found))
        self.tag_box.blockSignals(False)
        return bool(current) and found < 0

    def _reload_tags(self) -> None:
        self.ctx.ops.query(lambda app: app.phrase_store.tags(), name="phrase-tags", on_done=self._on_tags)

    def _on_tags(self, tags: list[tuple[str, int]]) -> None:
        if self._fill_tags(tags):
            self.refresh()

    def clear_filters(self) -> bool:
        cleared = super().clear_filters()
        if self.tag_box.currentIndex() > 0:
            self.tag_box.blockSignals(True)
            self.tag_box.setCurrentIndex(0)
            self.tag_box.blockSignals(False)
            cleared = True
        return cleared

    def set_sort(self, key: str, descending: bool) -> bool:
        if (key, descending) == self._sort:
            return False
        self._sort = (key, descending)
        return True

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln phrases", "", total)
        return self.tr("{shown} of %Ln phrases", "", total).replace("{shown}", QLocale().toString(shown))

    def current_phrase(self) -> Phrase | None:
        return self.current_row()

    def select_phrase(self, phrase_id: int) -> bool:
        """Show one phrase, clearing the search and tag filter if they hide it."""
        return self.select_id(phrase_id)

    def open_target(self, ref: str) -> bool:
        return ref.isdigit() and self.select_phrase(int(ref))

    def update_actions(self) -> None:
        has = bool(self.table.selectionModel().hasSelection())
        for action in (self.delete_action, self.tag_action, self.untag_action, self.export_selected_action):
            action.setEnabled(has)

    # --- detail -------------------------------------------------------------------------------------
    def show_detail(self, row: Any) -> None:
        if row is None:
            if self.total == 0:
                empty = self.tr(
                    "No phrases yet. Save one from the Reader (select text, Ctrl+S), a translation, "
                    "the Glossary or a session, or add one with “New phrase…”."
                )
            else:
                empty = self.tr("No phrase matches.")
            self.detail.setHtml(f"<p style='color:gray'>{escape(empty)}</p>")
            return
        self.detail.setHtml(self._phrase_html(row))

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
        row = self.model.row_of(phrase_id)
        phrase = self.model.row(row) if row >= 0 else None
        if phrase is None:  # not on screen: read it first
            self.ctx.ops.query(lambda app: app.phrase_store.get(phrase_id), on_done=self._on_origin_read)
            return True
        return self._go_to_origin(phrase)

    def _on_origin_read(self, phrase: Phrase | None) -> None:
        self._go_to_origin(phrase)

    def _go_to_origin(self, phrase: Phrase | None, confirmed: bool = False) -> bool:
        found = phrase is not None and phrase.origin in ORIGIN_VIEWS
        if phrase is not None and found and not confirmed and self._would_replace_reader_text(phrase):
            self._ask_to_replace(phrase)
            return True
        if phrase is not None and found:
            found = self.ctx.open_target(ORIGIN_VIEWS[phrase.origin], phrase.origin_ref)
            if found and confirmed:
                replaced = self.tr("The Reader shows the text this phrase came from. Ctrl+Z there brings yours back.")
                self.ctx.show_status(replaced, 10000)
        if not found:
            self.ctx.show_status(self.tr("The place this phrase came from no longer exists."), 6000)
        return found

    def _would_replace_reader_text(self, phrase: Phrase) -> bool:
        """True if going back to a Reader phrase would put its sentence in place of other text there."""
        if phrase.origin != "reader":
            return False
        context = phrase.origin_ref.split(":", 2)[-1]
        reader = self.window().findChild(View, "view-reader")
        current = getattr(reader, "current_text", None)
        text = current() if callable(current) else ""
        return bool(text.strip()) and context not in text

    def _ask_to_replace(self, phrase: Phrase) -> None:
        question = self.tr(
            "The Reader holds other text. Replace it with the text this phrase was saved from? "
            "Ctrl+Z in the Reader brings your text back."
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Show it there"), question, parent=self)
        box.setObjectName("replace-reader-text")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _result: box.clickedButton() is yes and self._go_to_origin(phrase, True))
        box.open()

    # --- writing (each change undoable) ---------------------------------------------------------------
    def new_phrase(self) -> PhraseDialog:
        from app.ui.dialogs.phrase_dialog import PhraseDialog

        dialog = PhraseDialog(self, known_tags=[t for t, _n in self._tags])
        dialog.accepted.connect(lambda: self.add_phrase(**dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_phrase(self, text: str, translation: str = "", **fields: Any) -> None:
        """Save a phrase in a worker; it is selected when the search that shows it arrives."""
        name, scope = self.tr("Add phrase"), self.view_id

        def work(app: AppContext) -> int:
            from app.services.phrasebook import save_phrase  # with its study cards; undo removes both

            return save_phrase(app, text, translation, undo_name=name, scope=scope, **fields).phrase_id

        def done(phrase_id: int) -> None:
            self.select_id(phrase_id)

        self.write(work, done)

    def _on_edit_requested(self, phrase_id: int, field: str, value: str) -> None:
        self.edit_phrase(phrase_id, **{field: value})

    def edit_phrase(self, phrase_id: int, **changes: str) -> None:
        """Save an edit made in place; the row stays where it is until the next search."""
        name, scope = self.tr("Edit phrase"), self.view_id

        def work(app: AppContext) -> None:
            store = app.phrase_store
            before = store.snapshot([phrase_id])
            store.update(phrase_id, **changes)
            after = store.snapshot([phrase_id])
            app.history.record(name, lambda: store.restore(before), lambda: store.restore(after), scope)

        def failed(exc: BaseException) -> None:
            self.fail(exc)
            self.model.reload([phrase_id])  # the cell shows the stored text again

        self.ctx.ops.write(
            work, initiator=self, name="edit-phrase", on_done=lambda _: self._edited([phrase_id]), on_error=failed
        )

    def _edited(self, ids: list[int], search_again: bool = False) -> None:
        if search_again:
            self.refresh()
            return
        self.model.reload(ids)
        self._reload_tags()

    def delete_selected(self) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        name = self.tr("Delete %n phrases", "", len(ids))
        scope = self.view_id

        def work(app: AppContext) -> None:
            store = app.phrase_store
            snapshot = store.delete(ids)
            app.history.record(name, lambda: store.restore(snapshot), lambda: store.delete(ids), scope)

        def done(_: object) -> None:
            self.refresh()
            message = self.tr("Deleted %n phrases. Undo with Ctrl+Z.", "", len(ids))
            self.ctx.show_status(message, 8000)

        self.write(work, done)
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
            known = [t for t, _n in self._tags]
            title = self.tr("Remove tag") if remove else self.tr("Add tag")
            prompt = self.tr("Tag for the %n selected phrases:", "", len(ids))
            tag, ok = QInputDialog.getItem(self, title, prompt, known, 0, not remove)
            if not ok:
                return False
        if not tag.strip():
            return False
        name, scope, chosen = (self.tr("Remove tag") if remove else self.tr("Add tag")), self.view_id, tag

        def work(app: AppContext) -> None:
            store = app.phrase_store
            before = store.remove_tag(ids, chosen) if remove else store.add_tag(ids, chosen)
            after = store.snapshot(ids)
            app.history.record(name, lambda: store.restore(before), lambda: store.restore(after), scope)

        filtered = bool(self.tag_box.currentData())
        self.write(work, lambda _: self._edited(ids, search_again=filtered))
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
        target = path

        def work(app: AppContext) -> int:
            from app.services.phrasebook import export_from_store

            return export_from_store(app.phrase_store, fmt, Path(target), ids)

        def done(count: int) -> None:
            message = self.tr("Exported %n phrases to {file}.", "", count)
            message = message.replace("{file}", target)
            self.ctx.show_status(message, 10000)

        self.ctx.ops.query(work, name="export-phrases", on_done=done, on_error=self.fail)


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


VIEW = PhrasebookView
