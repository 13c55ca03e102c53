"""A session's log of entries: the ordered list, the editor of one entry, autosave, and their undo steps."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMessageBox, QSplitter, QToolBar, QVBoxLayout, QWidget

from app.ui.context import UiContext
from app.ui.undo import Applied
from app.ui.widgets.session_editor import EntryEditor, named

if TYPE_CHECKING:
    from app.data.sessions import Entry, SessionStore, Snapshot

SAVE_DELAY_MS = 400  # autosave after a pause in typing
KINDS = ("question", "answer", "translation", "correction", "note")


class SessionLog(QWidget):
    changed = Signal()  # entries or saved phrases were added or removed: the summary changes
    flushing = Signal()  # before the log writes: the view writes the header's typing first, to keep undo in order
    saved = Signal()  # after each autosave write
    translation_done = Signal()

    def __init__(self, ctx: UiContext, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.session_id: int | None = None
        self._dirty: int | None = None  # the entry with unsaved typing
        self._request = 0
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
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
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            *self.add_actions.values(),
            self.up_action,
            self.down_action,
            self.delete_action,
            self.phrase_action,
        ):
            self.toolbar.addAction(action)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        self.retranslate()

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

    @property
    def store(self) -> SessionStore:
        from app.data.sessions import SessionStore

        return self.ctx.app.session_store

    # --- showing -------------------------------------------------------------------------------------
    def set_session(self, session_id: int | None) -> None:
        """Show a session's entries (the caller saved pending typing first)."""
        self.session_id = session_id
        self.reload(select=-1)

    def reload(self, select: int | None = None) -> None:
        """The entries again from the database; `select` an entry (default: the current one, else the last)."""
        if self._dirty is not None:
            self.flush()  # typing not yet written would otherwise be replaced by the stored text
        entries = self.store.entries(self.session_id) if self.session_id is not None else []
        current = select if select is not None else self.current_entry_id()
        self.list.blockSignals(True)
        self.list.clear()
        for number, entry in enumerate(entries, 1):
            item = QListWidgetItem(self._label(number, entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        ids = [e.id for e in entries]
        row = ids.index(current) if current in ids else len(ids) - 1
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._load(entries[row] if row >= 0 else None)
        self._update_actions()

    def _load(self, entry: Entry | None) -> None:
        from app.data.phrases import PhraseStore

        self.editor.load(entry)
        linked = self.ctx.app.phrase_store.linked("session", str(entry.id)) if entry else []
        self.editor.set_phrases([p.text for p in linked])

    def _label(self, number: int, entry: Entry) -> str:
        shown = entry.text.strip().split("\n")[0][:80]
        if entry.kind == "correction" and entry.corrected.strip():
            shown += " → " + entry.corrected.strip().split("\n")[0][:80]
        return f"{number}. {self.editor.kind_name(entry.kind)}: {shown}"

    def current_entry_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _on_entry_chosen(self, item: QListWidgetItem | None) -> None:
        self.flush()
        entry_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._load(self.store.entry(entry_id) if entry_id is not None else None)
        self._update_actions()

    def _update_actions(self) -> None:
        has_entry = self.list.currentItem() is not None
        for action in (self.delete_action, self.phrase_action, self.up_action, self.down_action):
            action.setEnabled(has_entry)
        for action in self.add_actions.values():
            action.setEnabled(self.session_id is not None)

    # --- changes (each one undoable) -------------------------------------------------------------------
    def push(self, text: str, revert: Callable[[], Any], reapply: Callable[[], Any], entry_id: int | None) -> None:
        """Record a change already made; its undo and redo show the entry it touched."""

        def show() -> None:
            self.reload(select=entry_id)
            self.changed.emit()

        self.undo_stack.push(Applied(text, revert, reapply, show))

    def add_entry(self, kind: str) -> int | None:
        if self.session_id is None:
            return None
        self.flush()
        store = self.store
        entry_id = store.add_entry(self.session_id, kind)
        held: dict[str, Snapshot] = {}

        def revert() -> None:
            held["snapshot"] = store.delete_entry(entry_id)

        self.push(self.tr("Add entry"), revert, lambda: store.restore_entry(held["snapshot"]), entry_id)
        self.reload(select=entry_id)
        self.changed.emit()
        self.editor.text.setFocus()
        return entry_id

    def delete_entry(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        self.flush()
        store = self.store
        snapshot = store.delete_entry(entry_id)
        self.push(
            self.tr("Delete entry"),
            lambda: store.restore_entry(snapshot),
            lambda: store.delete_entry(entry_id),
            entry_id,
        )
        self.reload(select=-1)
        self.changed.emit()

    def move_entry(self, step: int) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None or self.session_id is None:
            return
        self.flush()
        store, session_id = self.store, self.session_id
        before = store.move_entry(entry_id, self.list.currentRow() + step)
        after = [e.id for e in store.entries(session_id)]
        if after != before:
            revert, reapply = (lambda: store.reorder(session_id, before)), (lambda: store.reorder(session_id, after))
            self.push(self.tr("Move entry"), revert, reapply, entry_id)
            self.reload(select=entry_id)

    # --- autosave ------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty is not None

    def _on_edited(self) -> None:
        if self.editor.entry_id is None:
            return
        self._dirty = self.editor.entry_id
        self._save_timer.start()

    def flush(self) -> None:
        """Write what was typed since the last write, as one undoable step."""
        self._save_timer.stop()
        self.flushing.emit()
        entry_id, self._dirty = self._dirty, None
        if entry_id is None or self.editor.entry_id != entry_id:
            return
        from app.data.sessions import SessionError

        store = self.store
        try:
            old = store.entry(entry_id)
            changes = {k: v for k, v in self.editor.values().items() if getattr(old, k) != v}
            if not changes:
                return
            store.edit_entry(entry_id, **changes)
        except SessionError as exc:
            self.ctx.show_status(str(exc), 8000)
            return
        undo = {k: getattr(old, k) for k in changes}
        revert, reapply = (lambda: store.edit_entry(entry_id, **undo)), (lambda: store.edit_entry(entry_id, **changes))
        self.push(self.tr("Edit entry"), revert, reapply, entry_id)
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == entry_id:
            item.setText(self._label(self.list.currentRow() + 1, store.entry(entry_id)))
        self.saved.emit()

    # --- phrases and translation ---------------------------------------------------------------------
    def save_phrase(self) -> int | None:
        """Save the selected words, or the entry's main text, to the phrasebook, linked to the entry."""
        from app.data.phrases import PhraseError, PhraseStore

        entry_id = self.current_entry_id()
        if entry_id is None:
            return None
        self.flush()
        entry = self.store.entry(entry_id)
        text, translation, note = self.editor.selected_text(), "", ""
        if not text:
            if entry.kind == "correction":
                text, note = (entry.corrected or entry.text), entry.explanation
            else:
                text, translation = entry.text, entry.translation
        try:
            phrase_id = self.store.save_phrase(entry_id, text, translation, note=note)
        except PhraseError as exc:
            self.ctx.show_status(str(exc) + " " + self.tr("Select the words to save first."), 8000)
            return None
        phrases = self.ctx.app.phrase_store
        held: dict[str, Any] = {}

        def revert() -> None:
            held["snapshot"] = phrases.delete([phrase_id])
            self._phrases_changed()

        def reapply() -> None:
            phrases.restore(held["snapshot"])
            self._phrases_changed()

        self.push(self.tr("Save as phrase"), revert, reapply, entry_id)
        self.reload(select=entry_id)
        self._phrases_changed()
        self.changed.emit()
        self.ctx.show_status(self.tr("Saved to your phrases."), 4000)
        return phrase_id

    def _phrases_changed(self) -> None:
        self.ctx.events.phrases_changed.emit()  # the phrasebook reloads (and so does this view)

    def translate_entry(self) -> None:
        """Translate the entry's text in the background; the result lands in its translation box."""
        entry_id = self.editor.entry_id
        text = self.editor.text.toPlainText().strip()
        if entry_id is None or not text:
            return
        self._request += 1
        request = self._request
        translator = self.ctx.app.translator
        self.ctx.show_status(self.tr("Translating…"), 0)
        self.ctx.tasks.submit(
            lambda task, t: translator.translate(t, gloss_fallback=True),
            text,
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
        self.flush()
        gloss = result.engine != "argos"
        done = self.tr("Dictionary gloss: no translation model is installed.") if gloss else self.tr("Translated.")
        self.ctx.show_status(done, 6000)
        self.translation_done.emit()

    def _on_failed(self, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sessions"), str(exc), parent=self)
        box.setObjectName("sessions-problem")
        box.open()
