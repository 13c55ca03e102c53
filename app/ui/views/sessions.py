"""Sessions: homework help as it happens — questions, answers, translations, corrections, notes."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import UiContext
from app.ui.views.base import View
from app.ui.widgets.session_editor import SessionHeader, fill_combo, named
from app.ui.widgets.session_log import SAVE_DELAY_MS, SessionLog

if TYPE_CHECKING:
    from app.data.sessions import Session, SessionStore

SEARCH_DELAY_MS = 150
FORMATS = ("md", "html", "pdf")


class SessionsView(View):
    view_id = "sessions"

    export_finished = Signal(str)  # the file written

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.undo_stack = QUndoStack(self)
        self.session_id: int | None = None
        self._data_ready = False
        self._header_dirty = False
        self._build()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_sessions)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_time)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = named(QLineEdit(), "sessions-search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.direction_filter, self.subject_filter = QComboBox(), QComboBox()
        for box in (self.direction_filter, self.subject_filter):
            box.currentIndexChanged.connect(lambda _index: self.refresh_sessions())
        self.session_list = named(QListWidget(), "session-list")
        self.session_list.currentItemChanged.connect(lambda item, _old: self._on_session_chosen(item))
        self.new_action = self._action(self.new_session, QKeySequence(QKeySequence.StandardKey.New))
        self.delete_action = self._action(self.delete_session)
        list_bar = QToolBar()
        list_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        list_bar.addAction(self.new_action)
        list_bar.addAction(self.delete_action)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.direction_filter, self.subject_filter):
            left_layout.addWidget(widget)
        left_layout.addWidget(self.session_list, 1)
        left_layout.addWidget(list_bar)

        self.header = SessionHeader()
        self.header.edited.connect(self._on_header_edited)
        self.header.timer_toggled.connect(self.toggle_timer)
        self.log = SessionLog(self.ctx, self.undo_stack)
        self.log.changed.connect(self._show_summary)
        self.log.changed.connect(self._refresh_header)
        self.log.flushing.connect(self._flush_header)
        self.ctx.events.phrases_changed.connect(self._on_phrases_changed)
        self.undo_action = self._action(self.undo, QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self._action(self.redo, QKeySequence(QKeySequence.StandardKey.Redo))
        self.export_actions = {fmt: self._action(partial(self.export, fmt)) for fmt in FORMATS}
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.undo_action, self.redo_action, *self.export_actions.values()):
            bar.addAction(action)
        # Straight to the actions (Qt drops these connections with them, also while the view is destroyed).
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.log.editor.edited.connect(self._update_actions)
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.header)
        detail_layout.addWidget(self.log, 1)
        detail_layout.addWidget(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        left.setMinimumWidth(230)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search sessions: title, partner, subject, any entry…"))
        directions = [
            ("", self.tr("Any direction")),
            ("en", self.tr("I help with English")),
            ("zh", self.tr("They help me with Chinese")),
            ("both", self.tr("Both ways")),
        ]
        fill_combo(self.direction_filter, directions)
        self.new_action.setText(self.tr("New session"))
        self.delete_action.setText(self.tr("Delete session"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.export_actions["md"].setText(self.tr("Export Markdown…"))
        self.export_actions["html"].setText(self.tr("Export HTML…"))
        self.export_actions["pdf"].setText(self.tr("Export PDF…"))
        self.header.retranslate()
        self.log.retranslate()
        # Texts only, no database: a language change reaches every widget, at any time.
        self.subject_filter.setItemText(0, self.tr("Any subject"))

    # --- the sessions list ---------------------------------------------------------------------------
    @property
    def store(self) -> SessionStore:
        from app.data.sessions import SessionStore  # sqlite-utils loads with the data, not at start-up

        return self.ctx.app.session_store

    def on_data_ready(self) -> None:
        self._data_ready = True
        self.refresh_sessions()

    def _refresh_subjects(self) -> None:
        if self._data_ready:
            subjects = self.store.subjects()
            fill_combo(self.subject_filter, [("", self.tr("Any subject"))] + [(s, s) for s in subjects])
            self.header.set_subjects(subjects)

    def refresh_sessions(self) -> None:
        """The list for the current search and filters; the open session stays open if it is in it."""
        self._search_timer.stop()
        if not self._data_ready:
            return
        self._refresh_subjects()  # sessions may have come from elsewhere (the command line)
        sessions = self.store.sessions(
            self.search.text(),
            direction=self.direction_filter.currentData() or None,
            subject=self.subject_filter.currentData() or None,
        )
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for session in sessions:
            item = QListWidgetItem(self._session_label(session))
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            self.session_list.addItem(item)
        self.session_list.blockSignals(False)
        ids = [s.id for s in sessions]
        if self.session_id in ids:
            self.session_list.setCurrentRow(ids.index(self.session_id))
        elif ids:
            self.session_list.setCurrentRow(0)
        else:
            self.open_session(None)

    def _session_label(self, session: Session) -> str:
        when = datetime.fromisoformat(session.created_at).astimezone().strftime("%Y-%m-%d")
        return session.title + "\n" + " · ".join(x for x in (session.partner, session.subject, when) if x)

    def _on_session_chosen(self, item: QListWidgetItem | None) -> None:
        session_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if session_id != self.session_id:
            self.open_session(session_id)

    def open_session(self, session_id: int | None) -> None:
        """Show a session; typing in the one before is saved first, and undo starts afresh."""
        self.flush()
        self.undo_stack.clear()
        self.session_id = session_id
        self.detail.setEnabled(session_id is not None)
        self.header.load(self.store.get(session_id) if session_id is not None else _blank_session())
        self.log.set_session(session_id)
        self._show_time()
        self._update_actions()

    def select_session(self, session_id: int) -> bool:
        for row in range(self.session_list.count()):
            if self.session_list.item(row).data(Qt.ItemDataRole.UserRole) == session_id:
                self.session_list.setCurrentRow(row)
                return True
        return False

    def open_target(self, ref: str) -> bool:
        """A phrase's link back: `ref` is the id of the entry it was saved from."""
        return ref.isdigit() and self.show_entry(int(ref))

    def show_entry(self, entry_id: int) -> bool:
        """Open the session an entry belongs to, at that entry (the phrasebook's link back)."""
        from app.data.sessions import SessionError

        try:
            entry = self.store.entry(entry_id)
        except SessionError:
            return False
        self.flush()
        if not self.select_session(entry.session_id):
            self._clear_filters()
            self.refresh_sessions()
            self.select_session(entry.session_id)
        self.log.reload(select=entry_id)
        return self.session_id == entry.session_id

    def _clear_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for box in (self.direction_filter, self.subject_filter):
            fill_combo(box, [], keep_items=True)

    def new_session(self) -> int:
        """A new session, its timer running, at the top of the list and ready for its title."""
        self.flush()
        title = self.tr("Session of {date}").replace("{date}", datetime.now().strftime("%Y-%m-%d %H:%M"))
        session_id = self.store.create(title, start=True)
        self._clear_filters()  # so the new session is in the list
        self.refresh_sessions()
        self.select_session(session_id)
        self.header.title.setFocus()
        self.header.title.selectAll()
        return session_id

    def delete_session(self, confirm: bool = True) -> None:
        if self.session_id is None:
            return
        session = self.store.get(self.session_id)
        if confirm:
            question = self.tr("Delete the session “{title}” and all its entries? Phrases saved from it stay.")
            answer = QMessageBox.question(self, self.tr("Delete session"), question.replace("{title}", session.title))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.flush()
        self.store.delete(session.id)
        self.session_id = None
        self.refresh_sessions()

    # --- header autosave and undo --------------------------------------------------------------------
    def _on_header_edited(self) -> None:
        self._header_dirty = True
        self._save_timer.start()
        self._update_actions()

    def flush(self) -> None:
        """Write everything typed since the last write (each box's change is one undo step)."""
        self._flush_header()
        self.log.flush()

    def _flush_header(self) -> None:
        self._save_timer.stop()
        dirty, self._header_dirty = self._header_dirty, False
        if dirty and self.session_id is not None:
            self._save_header(self.session_id)

    def _save_header(self, session_id: int) -> None:
        from app.data.sessions import SessionError

        store = self.store
        old = store.get(session_id)
        values = self.header.values()
        if not values["title"].strip():
            values.pop("title")  # the last title stays until a new one is typed
            self.ctx.show_status(self.tr("A session needs a title; the last one is kept."), 5000)
        before = {k: getattr(old, k) for k in values}
        changes = {k: v for k, v in values.items() if " ".join(v.split()) != before[k]}
        if not changes:
            return
        try:
            store.update(session_id, **changes)
        except SessionError as exc:
            self.ctx.show_status(str(exc), 8000)
            return
        undo = {k: before[k] for k in changes}
        revert, reapply = (lambda: store.update(session_id, **undo)), (lambda: store.update(session_id, **changes))
        self.log.push(self.tr("Edit session"), revert, reapply, None)
        self._refresh_header()
        if "subject" in changes:
            self._refresh_subjects()
        self.log.saved.emit()

    def _refresh_header(self) -> None:
        """After a write or an undo: the header and the list entry show what is stored."""
        if self.session_id is None:
            return
        session = self.store.get(self.session_id)
        if not self._header_dirty:
            self.header.load(session)
        item = self.session_list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == session.id:
            item.setText(self._session_label(session))

    def undo(self) -> None:
        self.flush()  # what was just typed is the first thing undone
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    def _update_actions(self) -> None:
        has_session = self.session_id is not None
        self.delete_action.setEnabled(has_session)
        pending = self._header_dirty or self.log.dirty
        self.undo_action.setEnabled(self.undo_stack.canUndo() or pending)
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        for action in self.export_actions.values():
            action.setEnabled(has_session)

    def shutdown(self) -> None:
        """Save what was typed and stop the clocks: time with the app closed is not session time."""
        self.flush()
        self._tick.stop()
        if self._data_ready:
            store = self.store
            for session in store.sessions():
                if session.running:
                    store.stop_timer(session.id)

    # --- timer and summary ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._data_ready:
            self._show_time()  # the clock ticks again

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick.stop()  # nobody sees it: no need to tick (the stored times go on counting)
        super().hideEvent(event)

    def toggle_timer(self) -> None:
        if self.session_id is None:
            return
        session = self.store.get(self.session_id)
        (self.store.stop_timer if session.running else self.store.start_timer)(session.id)
        self._show_time()

    def _show_time(self) -> None:
        session = self.store.get(self.session_id) if self.session_id is not None else None
        self.header.show_timer(session.duration() if session else 0, bool(session and session.running))
        if session is not None and session.running:
            self._tick.start()
        else:
            self._tick.stop()
        self._show_summary()

    def _on_phrases_changed(self) -> None:
        """Phrases saved or deleted anywhere (the phrasebook too): counts and the entry's links follow."""
        if self._data_ready and self.session_id is not None:
            self.log.reload()
            self._show_summary()

    def _show_summary(self) -> None:
        self.header.show_summary(self.store.summary(self.session_id) if self.session_id is not None else None)

    # --- export --------------------------------------------------------------------------------------
    def export(self, fmt: str, path: str | None = None) -> None:
        """Export the open session as Markdown, HTML or PDF; the writing happens in the background."""
        from app.services.session_export import default_filename, load_document, pinyin_function
        from app.ui.pdf_export import export_file

        if self.session_id is None:
            return
        self.flush()
        document = load_document(self.store, self.session_id)
        if path is None:
            filters = {
                "md": self.tr("Markdown (*.md)"),
                "html": self.tr("Web page (*.html)"),
                "pdf": self.tr("PDF (*.pdf)"),
            }
            suggested = default_filename(document.session, fmt)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export session"), suggested, filters[fmt])
            if not path:
                return
        target = path
        self.ctx.show_status(self.tr("Exporting…"), 0)
        self.ctx.tasks.submit(
            export_file,
            document,
            fmt,
            target,
            pinyin_function(self.ctx.app.annotator),
            name="export-session",
            on_done=lambda _pages: self._on_exported(target),
            on_error=self._on_export_failed,
        )

    def _on_exported(self, path: str) -> None:
        self.ctx.show_status(self.tr("Exported the session to {file}.").replace("{file}", path), 10000)
        self.export_finished.emit(path)

    def _on_export_failed(self, exc: BaseException) -> None:
        text = self.tr("The session was not exported: {error}").replace("{error}", str(exc))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export session"), text, parent=self)
        box.setObjectName("sessions-export-problem")
        box.open()


def _blank_session() -> Session:
    from app.data.sessions import Session

    return Session(0, "", "", "both", "", None, None, 0, None, "", "")


VIEW = SessionsView
