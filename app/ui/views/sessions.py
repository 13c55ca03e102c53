"""Sessions: homework help as it happens — questions, answers, translations, corrections, notes.

Reads are query operations and every change a write operation (a History step: Ctrl+Z); the view shows what
it read and reloads when `ops.changed` names sessions, entries or phrases.
(Over 450 lines: its strings stay in one translation context, "SessionsView", that the .ts files use.)
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.data.changes import PHRASE, SESSION, SESSION_ENTRY, Changes
from app.services import session_edits
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.views.base import View
from app.ui.widgets.action_bar import ActionBar
from app.ui.widgets.search_guard import SearchGuard, focus_search
from app.ui.widgets.session_editor import SessionHeader, fill_combo, named
from app.ui.widgets.session_log import SAVE_DELAY_MS, SessionLog

if TYPE_CHECKING:
    from app.data.sessions import Session
    from app.services.context import AppContext
    from app.services.session_edits import Saved, SessionsState

SEARCH_DELAY_MS = 150
FORMATS = ("md", "html", "pdf")


class SessionsView(View):
    view_id = "sessions"

    export_finished = Signal(str)  # the file written
    sessions_shown = Signal()  # the list and the open session show what was read (tests wait on it)
    edits_pending = Signal()  # typing not yet saved, or saved: what Ctrl+Z would do changed

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session_id: int | None = None
        self.session: Session | None = None  # as last read; the clock ticks from it
        self._data_ready = False
        self._header_dirty = False
        self._request = 0  # only the newest read is shown
        self._focus_title: int | None = None  # a new session: its title is selected once it is shown
        self._keep_history = False  # the next session shown follows a delete or an undo: its steps stay
        self._build()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_sessions)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_time)
        ctx.ops.changed.connect(self._on_changed)
        ctx.ops.history_changed.connect(self._update_actions)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = named(QLineEdit(), "sessions-search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.direction_filter, self.subject_filter = QComboBox(), QComboBox()
        for box in (self.direction_filter, self.subject_filter):
            box.currentIndexChanged.connect(lambda _index: self.refresh_sessions())
        SearchGuard(self.search, (self.direction_filter, self.subject_filter))
        self.session_list = named(QListWidget(), "session-list")
        self.session_list.currentItemChanged.connect(lambda item, _old: self._on_session_chosen(item))
        self.new_action = self._action(self.new_session, QKeySequence(QKeySequence.StandardKey.New))
        self.delete_action = self._action(self.delete_session)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # on the list: entries have theirs
        self.session_list.addAction(self.delete_action)
        self.find_action = self._action(self.focus_search, QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this view is shown
        list_bar = ActionBar([self.new_action, self.delete_action])
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
        self.log = SessionLog(self.ctx, self.write, self.view_id)
        self.log.typing_paused.connect(self.flush)
        self.log.edited.connect(self._on_typing)
        # Ctrl+Z and Ctrl+Shift+Z are the main window's Edit menu, which calls undo() and redo() here.
        self.undo_action = self._action(self.undo)
        self.redo_action = self._action(self.redo)
        self.export_actions = {fmt: self._action(partial(self.export, fmt)) for fmt in FORMATS}
        self.bar = bar = ActionBar([self.undo_action, self.redo_action], self.export_actions.values())
        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.setSpacing(4)
        detail_layout.addWidget(self.header)
        detail_layout.addWidget(self.log, 1)
        detail_layout.addWidget(bar)

        # No session open: the log's buttons would be disabled, so the place says how to start instead.
        self.empty_hint = named(QLabel(), "sessions-empty")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #555; font-size: 15px")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_hint, 1)
        right_layout.addWidget(self.detail, 1)
        self.detail.hide()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
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
        self.bar.set_more_text(self.tr("Export"))
        self.empty_hint.setText(
            self.tr("No session is open. Create one with “New session” (Ctrl+N), or choose one on the left.")
        )
        self.header.retranslate()
        self.log.retranslate()
        # Texts only, no database: a language change reaches every widget, at any time.
        self.subject_filter.setItemText(0, self.tr("Any subject"))

    # --- reading -----------------------------------------------------------------------------------------
    def on_data_ready(self) -> None:
        self._data_ready = True
        self.refresh_sessions()

    def refresh_sessions(self) -> None:
        """The list for the current search and filters; the open session stays open if it is in it."""
        self._search_timer.stop()
        self.flush()
        self._reload()

    def _reload(
        self, session_id: int | None = None, select: int | None = None, touched: Collection[object] = ()
    ) -> None:
        """Read the list and the open session (or `session_id`) in a worker; only the newest read is shown."""
        if not self._data_ready:
            return
        self._request += 1
        request, wanted = self._request, session_id if session_id is not None else self.session_id
        query, direction = self.search.text(), self.direction_filter.currentData() or None
        subject = self.subject_filter.currentData() or None
        self.ctx.ops.query(
            lambda app: session_edits.load_state(app, query, direction, subject, wanted),
            name="sessions",
            on_done=lambda state: self._show(request, state, select, touched),
            on_error=self._failed,
        )

    def _show(self, request: int, state: SessionsState, select: int | None, touched: Collection[object]) -> None:
        if request != self._request:
            return  # a newer read is on its way
        subjects = state.subjects
        fill_combo(self.subject_filter, [("", self.tr("Any subject"))] + [(s, s) for s in subjects])
        self.header.set_subjects(subjects)
        page = state.page
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for session in state.sessions:
            item = QListWidgetItem(self._session_label(session))
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            self.session_list.addItem(item)
        ids = [s.id for s in state.sessions]
        self.session_list.setCurrentRow(ids.index(page.session.id) if page else -1)
        self.session_list.blockSignals(False)
        new_id = page.session.id if page else None
        if new_id != self.session_id:
            if not self._keep_history:  # another session: undo starts afresh (not after a delete or an undo)
                self.ctx.app.history.clear(self.view_id)
            self._header_dirty = False
        self._keep_history = False
        self.session_id, self.session = new_id, page.session if page else None
        self.detail.setEnabled(page is not None)
        self.detail.setVisible(page is not None)
        self.empty_hint.setVisible(page is None)
        if not self._header_dirty:
            self.header.load(page.session if page else _blank_session())
        self.log.show_page(page, select, touched)
        self.header.show_summary(page.summary if page else None)
        self._show_time()
        self._update_actions()
        if page is not None and self._focus_title == page.session.id:
            self._focus_title = None
            self.header.title.setFocus()
            self.header.title.selectAll()
        self.sessions_shown.emit()

    def _session_label(self, session: Session) -> str:
        when = datetime.fromisoformat(session.created_at).astimezone().strftime("%Y-%m-%d")
        return session.title + "\n" + " · ".join(x for x in (session.partner, session.subject, when) if x)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """Sessions, entries or phrases changed (here, in the phrasebook, by a restore): show them as stored.
        A change of ours names the entry to select (a new or restored one); typing is already on screen."""
        if initiator is self.log.editor or not changes.touches(SESSION, SESSION_ENTRY, PHRASE):
            return
        ours = initiator is self
        sessions = changes.ids.get(SESSION, frozenset())
        wanted = next(iter(sessions)) if ours and len(sessions) == 1 else None
        self._reload(
            wanted if isinstance(wanted, int) else None,
            touched=changes.ids.get(SESSION_ENTRY, frozenset()) if ours else (),
        )

    def _failed(self, exc: BaseException) -> None:
        self.ctx.show_status(error_text(exc), 8000)

    def _on_session_chosen(self, item: QListWidgetItem | None) -> None:
        session_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if session_id != self.session_id:
            self.open_session(session_id)

    def open_session(self, session_id: int | None) -> None:
        """Show a session; typing in the one before is saved first, and undo starts afresh."""
        self.flush()
        if session_id is None:
            self.session_id = None
        self._reload(session_id, select=-1)

    def select_session(self, session_id: int) -> bool:
        for row in range(self.session_list.count()):
            if self.session_list.item(row).data(Qt.ItemDataRole.UserRole) == session_id:
                self.session_list.setCurrentRow(row)
                return True
        return False

    def open_target(self, ref: str) -> bool:
        """A phrase's link back: `ref` is the id of the entry it was saved from (the filters are cleared
        when its session is not in the list). Says so in the status bar if the entry is gone."""
        if not ref.isdigit():
            return False
        entry_id = int(ref)
        self.flush()

        def found(session_id: int | None) -> None:
            if session_id is None:
                self.ctx.show_status(self.tr("The entry this phrase was saved from no longer exists."), 6000)
                return
            listed = [
                self.session_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.session_list.count())
            ]
            if session_id not in listed:
                self._clear_filters()
            self._reload(session_id, select=entry_id)

        self.ctx.ops.query(lambda app: session_edits.session_of_entry(app, entry_id), on_done=found)
        return True

    def _clear_filters(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for box in (self.direction_filter, self.subject_filter):
            fill_combo(box, [], keep_items=True)

    # --- writing -----------------------------------------------------------------------------------------
    def write(
        self,
        work: Callable[[AppContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """A write operation once the typing not yet saved is written (so Ctrl+Z takes them back in order)."""

        def run() -> None:
            self.ctx.ops.write(
                work, initiator=self, name="sessions", on_done=on_done, on_error=on_error or self._failed
            )

        self.flush(then=run)

    def _step_names(self) -> tuple[str, str]:
        return self.tr("Edit session"), QCoreApplication.translate("SessionLog", "Edit entry")

    def new_session(self) -> None:
        """A new session, its timer running, at the top of the list and ready for its title."""
        title = self.tr("Session of {date}").replace("{date}", datetime.now().strftime("%Y-%m-%d %H:%M"))
        self._clear_filters()  # so the new session is in the list

        def created(session_id: int) -> None:
            self._focus_title = session_id

        self.write(lambda app: app.session_store.create(title, start=True), created)

    def delete_session(self) -> None:
        """Delete the open session and its entries (phrases saved from it stay); Ctrl+Z brings it back."""
        session = self.session
        if session is None:
            return
        name, scope, session_id = self.tr("Delete session"), self.view_id, session.id

        def work(app: AppContext) -> None:
            store = app.session_store
            snapshot = store.delete(session_id)
            app.history.record(name, lambda: store.restore(snapshot), lambda: store.delete(session_id), scope)

        def done(_: object) -> None:
            self._keep_history = True
            message = self.tr("Deleted the session “{title}”. Undo with Ctrl+Z.").replace("{title}", session.title)
            self.ctx.show_status(message, 8000)

        self.write(work, done)

    def focus_search(self) -> None:
        focus_search(self.search)

    # --- typing, autosave and undo -------------------------------------------------------------------
    def _on_header_edited(self) -> None:
        self._header_dirty = True
        self._save_timer.start()
        self._on_typing()

    def _on_typing(self) -> None:
        self._update_actions()
        self.edits_pending.emit()

    def has_unsaved_edits(self) -> bool:
        return self._header_dirty or self.log.dirty

    def _take_typing(self) -> session_edits.Typing:
        """What was typed since the last write (an empty title is refused: the last one stays)."""
        self._save_timer.stop()
        header: dict[str, str] | None = None
        if self._header_dirty and self.session_id is not None:
            header = self.header.values()
            if not header["title"].strip():
                header.pop("title")
                self.ctx.show_status(self.tr("A session needs a title; the last one is kept."), 5000)
        self._header_dirty = False
        entry = self.log.take_typing()
        return session_edits.Typing(self.session_id, header, entry[0] if entry else None, entry[1] if entry else None)

    def flush(self, then: Callable[[], object] | None = None) -> None:
        """Write everything typed since the last write (each box's change one undo step); then `then`."""
        typing = self._take_typing()
        if not typing:
            if then is not None:
                then()
            return
        names, scope = self._step_names(), self.view_id

        def saved(result: Saved) -> None:
            self._typing_saved(result)
            if then is not None:
                then()

        # The initiator is the editor: the typing is on screen already, so this view does not read it back.
        self.ctx.ops.write(
            lambda app: session_edits.save_typing(app, typing, names, scope),
            initiator=self.log.editor,
            name="sessions-typing",
            on_done=saved,
            on_error=self._failed,
        )
        self.edits_pending.emit()

    def _typing_saved(self, saved: Saved) -> None:
        if saved.entry is not None:
            self.log.entry_saved(saved.entry)
        session = saved.session
        if session is not None and session.id == self.session_id:
            self.session = session
            if not self._header_dirty:
                self.header.load(session)
            item = self.session_list.currentItem()
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == session.id:
                item.setText(self._session_label(session))
        self._update_actions()

    def undo(self) -> None:
        """Ctrl+Z: what was just typed is saved, and is the first thing undone."""
        self.flush(then=lambda: self._history("undo"))

    def redo(self) -> None:
        self.flush(then=lambda: self._history("redo"))

    def _history(self, which: str) -> None:
        operation = self.ctx.ops.undo if which == "undo" else self.ctx.ops.redo
        history = self.ctx.app.history
        # An undone delete shows its session again: its steps must stay.
        self._keep_history = history.can_undo(self.view_id) if which == "undo" else history.can_redo(self.view_id)
        operation(self.view_id, initiator=self, on_error=self._failed)

    def _update_actions(self) -> None:
        has_session = self.session_id is not None
        self.delete_action.setEnabled(has_session)
        history = self.ctx.app.history
        self.undo_action.setEnabled(history.can_undo(self.view_id) or self.has_unsaved_edits())
        self.redo_action.setEnabled(history.can_redo(self.view_id))
        for action in self.export_actions.values():
            action.setEnabled(has_session)

    def shutdown(self) -> None:
        """Save what was typed and stop the clocks: time with the app closed is not session time."""
        self.flush()
        self._tick.stop()
        if self._data_ready:
            self.ctx.ops.write(session_edits.stop_running_timers, initiator=self, name="stop-timers")

    # --- timer ---------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._data_ready:
            self._show_time()  # the clock ticks again

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick.stop()  # nobody sees it: no need to tick (the stored times go on counting)
        super().hideEvent(event)

    def toggle_timer(self) -> None:
        session = self.session
        if session is not None:
            store_call = "stop_timer" if session.running else "start_timer"
            self.write(lambda app: getattr(app.session_store, store_call)(session.id))

    def _show_time(self) -> None:
        session = self.session
        self.header.show_timer(session.duration() if session else 0, bool(session and session.running))
        if session is not None and session.running and self.isVisible():
            self._tick.start()
        else:
            self._tick.stop()

    # --- export --------------------------------------------------------------------------------------
    def export(self, fmt: str, path: str | None = None) -> None:
        """Export the open session as Markdown, HTML or PDF; the typing is saved first, the writing is
        done in the background."""
        from app.services.session_export import default_filename

        if self.session is None:
            return
        if path is None:
            filters = {
                "md": self.tr("Markdown (*.md)"),
                "html": self.tr("Web page (*.html)"),
                "pdf": self.tr("PDF (*.pdf)"),
            }
            suggested = default_filename(self.session, fmt)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export session"), suggested, filters[fmt])
            if not path:
                return
        self.flush(then=partial(self._export, self.session.id, fmt, path))

    def _export(self, session_id: int, fmt: str, target: str) -> None:
        from app.services.session_export import load_document, pinyin_function
        from app.ui.pdf_export import export_file

        self.ctx.show_status(self.tr("Exporting…"), 0)
        self.ctx.ops.query(
            lambda app: export_file(
                None,
                load_document(app.session_store, app.phrase_store, session_id),
                fmt,
                target,
                pinyin_function(app.annotator),
            ),
            name="export-session",
            on_done=lambda _pages: self._on_exported(target),
            on_error=self._on_export_failed,
        )

    def _on_exported(self, path: str) -> None:
        self.ctx.show_status(self.tr("Exported the session to {file}.").replace("{file}", path), 10000)
        self.export_finished.emit(path)

    def _on_export_failed(self, exc: BaseException) -> None:
        text = self.tr("The session was not exported: {error}").replace("{error}", error_text(exc))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export session"), text, parent=self)
        box.setObjectName("sessions-export-problem")
        box.open()


def _blank_session() -> Session:
    from app.data.sessions import Session

    return Session(0, "", "", "both", "", None, None, 0, None, "", "")


VIEW = SessionsView
