"""A session's log of entries: the ordered list, the editor of one entry, autosave, and the entry actions.

The log never reads or writes the database itself: it shows the entries the view read (`show_page`), and
hands its edits to the view's `write`, which runs them as one write operation after the typing not yet saved
(each edit a History step, so Ctrl+Z takes them back in order).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import session_edits
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.widgets.action_bar import ActionBar
from app.ui.widgets.session_editor import EntryEditor, named

if TYPE_CHECKING:
    from app.data.sessions import Entry
    from app.services.session_edits import SessionPage

SAVE_DELAY_MS = 400  # autosave after a pause in typing
KINDS = ("question", "answer", "translation", "correction", "note")

# The view's write(work on the AppContext, on_done, on_error=None): the typing not yet saved is written first.
Write = Callable[..., None]


class SessionLog(QWidget):
    typing_paused = Signal()  # the user stopped typing for a moment: the view saves (autosave)
    edited = Signal()  # the user changed an entry's text: there is typing to save (and to undo)
    translation_done = Signal()

    def __init__(self, ctx: UiContext, write: Write, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._write = write
        self._scope = scope
        self.session_id: int | None = None
        self.entries: list[Entry] = []
        self._phrases: dict[int, list[str]] = {}
        self._dirty: int | None = None  # the entry with unsaved typing
        self._request = 0
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.typing_paused.emit)
        self.list = named(QListWidget(), "entry-list")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long entries are elided
        self.list.currentItemChanged.connect(lambda item, _old: self._on_entry_chosen(item))
        self.editor = EntryEditor()
        self.editor.edited.connect(self._on_edited)
        self.editor.translate_requested.connect(self.translate_entry)
        self.add_actions = {kind: self._action(partial(self.add_entry, kind)) for kind in KINDS}
        self.up_action = self._action(lambda: self.move_entry(-1))
        self.down_action = self._action(lambda: self.move_entry(1))
        self.delete_action = self._action(self.delete_entry)
        self.phrase_action = self._action(self.save_phrase)
        self.phrase_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.phrase_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.phrase_action)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # on the list, not in the text
        self.list.addAction(self.delete_action)
        add = self.add_actions
        self.toolbar = ActionBar(
            [add["question"], add["answer"], add["correction"], self.delete_action, self.phrase_action],
            [add["translation"], add["note"], self.up_action, self.down_action],
        )
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        # In a scroll area: a correction's five boxes must not make the window taller than a small screen.
        editor_area = QScrollArea()
        editor_area.setWidget(self.editor)
        editor_area.setWidgetResizable(True)
        editor_area.setFrameShape(QFrame.Shape.NoFrame)
        editor_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(editor_area)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.editor.setMinimumWidth(280)  # a long entry in the list must not squeeze the editor
        self._split_set = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        self.retranslate()
        self._update_actions()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.split.width()
        if not self._split_set and width > 300:  # the first real size: 2 : 3, whatever the list's longest item
            self._split_set = True
            self.split.setSizes([width * 2 // 5, width - width * 2 // 5])

    def _action(self, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        self.editor.retranslate()
        for kind, action in self.add_actions.items():
            action.setText("+ " + self.editor.kind_name(kind))
        self.up_action.setText(self.tr("Move up"))
        self.down_action.setText(self.tr("Move down"))
        self.delete_action.setText(self.tr("Delete entry"))
        self.phrase_action.setText(self.tr("Save as phrase"))
        self.phrase_action.setToolTip(self.tr("Save the selected words, or the whole entry, to your phrases"))
        self.toolbar.set_more_text(self.tr("More"))

    # --- showing -------------------------------------------------------------------------------------
    def show_page(self, page: SessionPage | None, select: int | None = None, touched: Collection[object] = ()) -> None:
        """Show a session's entries as read. Which entry: `select`; else the one a change of ours `touched`
        (a new or restored entry), else the current one, else the last. Unsaved typing stays in the editor."""
        self.session_id = page.session.id if page else None
        self.editor.set_has_session(page is not None)
        self.entries = list(page.entries) if page else []
        self._phrases = dict(page.phrases) if page else {}
        ids = [e.id for e in self.entries]
        current = self.current_entry_id()
        if select is None:
            select = current
            if touched and not (current in touched and current in ids):
                select = max((i for i in ids if i in touched), default=current)
        self.list.blockSignals(True)
        self.list.clear()
        for number, entry in enumerate(self.entries, 1):
            item = QListWidgetItem(self._label(number, entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        row = ids.index(select) if select in ids else len(ids) - 1
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._load(self.entries[row] if row >= 0 else None)
        self._update_actions()

    def _load(self, entry: Entry | None) -> None:
        if entry is None or self._dirty != entry.id:  # typing not yet saved is kept, not replaced
            self.editor.load(entry)
        self.editor.set_phrases(self._phrases.get(entry.id, []) if entry else [])

    def _label(self, number: int, entry: Entry) -> str:
        shown = entry.text.strip().split("\n")[0][:80]
        if entry.kind == "correction" and entry.corrected.strip():
            shown += " → " + entry.corrected.strip().split("\n")[0][:80]
        return f"{number}. {self.editor.kind_name(entry.kind)}: {shown}"

    def entry_saved(self, entry: Entry) -> None:
        """Typing was written: the list's label follows (the editor already shows the text)."""
        ids = [e.id for e in self.entries]
        if entry.id in ids:
            row = ids.index(entry.id)
            self.entries[row] = entry
            item = self.list.item(row)
            if item is not None:
                item.setText(self._label(row + 1, entry))

    def current_entry_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _on_entry_chosen(self, item: QListWidgetItem | None) -> None:
        self.typing_paused.emit()  # what was typed in the entry before is saved first
        entry_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._load(next((e for e in self.entries if e.id == entry_id), None))
        self._update_actions()

    def _update_actions(self) -> None:
        has_entry = self.list.currentItem() is not None
        for action in (self.delete_action, self.phrase_action, self.up_action, self.down_action):
            action.setEnabled(has_entry)
        for action in self.add_actions.values():
            action.setEnabled(self.session_id is not None)

    # --- typing --------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty is not None

    def _on_edited(self) -> None:
        if self.editor.entry_id is None:
            return
        self._dirty = self.editor.entry_id
        self._save_timer.start()
        self.edited.emit()

    def take_typing(self) -> tuple[int, dict[str, str]] | None:
        """The entry typed in since the last write and its fields; the log counts it as saved from now on."""
        self._save_timer.stop()
        entry_id, self._dirty = self._dirty, None
        if entry_id is None or self.editor.entry_id != entry_id:
            return None
        return entry_id, self.editor.values()

    # --- changes (each one undoable) -------------------------------------------------------------------
    def add_entry(self, kind: str) -> None:
        if self.session_id is None:
            return
        session_id, name, scope = self.session_id, self.tr("Add entry"), self._scope
        self._write(
            lambda app: session_edits.add_entry(app, session_id, kind, name, scope),
            lambda _entry_id: self.editor.text.setFocus(),
        )

    def delete_entry(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is not None:
            name, scope = self.tr("Delete entry"), self._scope
            self._write(lambda app: session_edits.delete_entry(app, entry_id, name, scope), None)

    def move_entry(self, step: int) -> None:
        entry_id = self.current_entry_id()
        if entry_id is not None:
            name, scope = self.tr("Move entry"), self._scope
            self._write(lambda app: session_edits.move_entry(app, entry_id, step, name, scope), None)

    def save_phrase(self) -> None:
        """Save the selected words, or the entry's main text, to the phrasebook, linked to the entry."""
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        values = self.editor.values()
        text, translation, note = self.editor.selected_text(), "", ""
        if not text:
            if self.editor.kind == "correction":
                text, note = (values["corrected"] or values["text"]), values["explanation"]
            else:
                text, translation = values["text"], values["translation"]
        name, scope = self.tr("Save as phrase"), self._scope
        self._write(
            lambda app: session_edits.save_phrase(app, entry_id, text, translation, note, name, scope),
            lambda _phrase_id: self.ctx.show_status(self.tr("Saved to your phrases."), 4000),
            on_error=self._phrase_failed,
        )

    def _phrase_failed(self, exc: BaseException) -> None:
        self.ctx.show_status(error_text(exc) + " " + self.tr("Select the words to save first."), 8000)

    # --- translation ---------------------------------------------------------------------------------
    def translate_entry(self) -> None:
        """Translate the entry's text in the background; the result lands in its translation box."""
        entry_id = self.editor.entry_id
        text = self.editor.text.toPlainText().strip()
        if entry_id is None or not text:
            return
        self._request += 1
        request = self._request
        self.ctx.show_status(self.tr("Translating…"), 0)
        self.ctx.ops.query(
            lambda app: app.translator.translate(text, gloss_fallback=True),
            name="session-translate",
            on_done=lambda result: self._on_translated(request, entry_id, result),
            on_error=self._on_failed,
        )

    def _on_translated(self, request: int, entry_id: int, result: Any) -> None:
        if request != self._request or self.editor.entry_id != entry_id:
            return  # the user moved on: a stale result must not land in another entry
        if not result.target.strip():  # no model, and the dictionary not ready yet: keep what is there
            self.ctx.show_status(self.tr("No translation: install a translation model with Translate › Models…"), 8000)
            self.translation_done.emit()
            return
        self.editor.set_field("translation", result.target)
        self._dirty = entry_id
        self.typing_paused.emit()  # saved now, as one undoable step
        gloss = result.glossed
        done = self.tr("Dictionary gloss: no translation model is installed.") if gloss else self.tr("Translated.")
        self.ctx.show_status(done, 6000)
        self.translation_done.emit()

    def _on_failed(self, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sessions"), error_text(exc), parent=self)
        box.setObjectName("sessions-problem")
        box.open()
