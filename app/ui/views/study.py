"""The Study screen: due cards scheduled by FSRS, grades on keys 1–4, undo, pause, a session summary, charts.

Every read is a query operation and every change a write operation; grades are History steps (Ctrl+Z).
(Over 450 lines: its strings stay in one translation context, "StudyView", that the .ts files use.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from html import escape

from PySide6.QtCore import QDate, QElapsedTimer, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.pinyin_judge import Judgement
from app.data.changes import CARD, DECK, GLOSSARY, KINDS, PHRASE, Changes
from app.data.study_store import Source, StudyCard, StudyStore
from app.services.context import AppContext
from app.services.study import CardContent, SessionTally, StudyState, grade_card, judge_drill, study_state
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.views.base import View
from app.ui.views.stats import StatsPanel
from app.ui.widgets.action_bar import popup_inside
from app.ui.widgets.study_card import CardFace, chinese_speech, flat_button

MAX_CARD_MS = 60_000  # as Anki: a card left open over lunch must not count as an hour of study


class StudyView(View):
    view_id = "study"

    card_shown = Signal()  # a card's front is on screen (tests wait on it)
    session_finished = Signal()
    state_shown = Signal()  # counts and the card (or the summary) are up to date
    outlook_shown = Signal()  # whether there are cards at all, and when the next are due, is known

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tally = SessionTally()
        self.card: StudyCard | None = None
        self.content: CardContent | None = None
        self.judgement: Judgement | None = None
        self.answer_shown = False
        self.paused = False
        self._ready = False  # the database opens after the first paint
        self._retranslate_when_shown = False
        self._busy = False  # a grade is being written: keys wait for the next card
        self._due_after: dict[int, datetime] = {}
        self._orphans = 0
        self._outlook: tuple[int, str | None] | None = None  # (cards, the next day with cards due) when known
        self._summary_state: StudyState | None = None
        # The cards of this session's grade steps, newest last (the History holds the steps themselves).
        self._graded: list[tuple[int, int, int]] = []
        self._ungraded: list[tuple[int, int, int]] = []
        self._timer = QElapsedTimer()
        self._spent_ms = 0
        self.speech = chinese_speech(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        ctx.ops.changed.connect(self._on_changed)
        ctx.ops.history_changed.connect(self._update_undo)
        ctx.settings.changed.connect(self._on_setting_changed)
        self.retranslate()

    # --- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.counts_label = QLabel()
        self.counts_label.setObjectName("study-counts")
        self.add_button, self.pause_button = flat_button(), flat_button()
        self.undo_button, self.end_button = flat_button(), flat_button()
        self.card_menu = QMenu(self)
        self.suspend_action = self.card_menu.addAction("", self.suspend_card)
        self.bury_action = self.card_menu.addAction("", self.bury_card)
        self.reset_action = self.card_menu.addAction("", self.reset_card)
        self.card_menu.addSeparator()
        self.unsuspend_action = self.card_menu.addAction("", self.unsuspend_all)
        self.more_button = flat_button()
        self.more_button.setObjectName("study-card-menu")
        self.more_button.clicked.connect(lambda _checked=False: popup_inside(self.card_menu, self.more_button))
        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        for button, slot in (
            (self.add_button, self.add_cards),
            (self.pause_button, self.toggle_pause),
            (self.undo_button, self.undo),
            (self.end_button, self.finish),
        ):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            top.addWidget(button)
        top.addWidget(self.more_button)
        self.orphan_label = QLabel()
        self.orphan_label.setObjectName("study-orphans")
        self.orphan_button = flat_button()
        self.orphan_button.clicked.connect(lambda _checked=False: self.remove_orphans())
        orphans = QHBoxLayout()
        orphans.addWidget(self.orphan_label, 1)
        orphans.addWidget(self.orphan_button)

        self.face = CardFace(self.ctx.settings)
        self.face.answer_requested.connect(self.show_answer)
        self.face.grade_clicked.connect(self.grade)
        self.face.speak_requested.connect(self.speak)
        self.pause_label = QLabel()
        self.pause_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("study-summary")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label.setWordWrap(True)
        self.again_button = flat_button()
        self.again_button.clicked.connect(lambda _checked=False: self.start())
        self.done_page = QWidget()
        done_layout = QVBoxLayout(self.done_page)
        done_layout.addStretch(1)
        done_layout.addWidget(self.summary_label)
        done_layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignCenter)
        done_layout.addStretch(1)
        self.pages = QStackedWidget()
        for page in (self.face, self.pause_label, self.done_page):
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(self.done_page)

        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.addLayout(top)
        review_layout.addLayout(orphans)
        review_layout.addWidget(self.pages, 1)
        self.stats_panel = StatsPanel(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(review, "")
        stats_area = QScrollArea()  # the charts scroll rather than make the window taller than the screen
        stats_area.setWidget(self.stats_panel)
        stats_area.setWidgetResizable(True)
        stats_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(stats_area, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._update_card_actions()
        self._update_undo()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Review"))
        self.tabs.setTabText(1, self.tr("Statistics"))
        self.add_button.setText(self.tr("Add cards…"))
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        self.undo_button.setText(self.tr("Undo grade"))
        self.end_button.setText(self.tr("End session"))
        self.more_button.setText(self.tr("Card") + " ▾")
        self.suspend_action.setText(self.tr("Suspend this card"))
        self.bury_action.setText(self.tr("Bury until tomorrow"))
        self.reset_action.setText(self.tr("Reset (make it new again)…"))
        self.unsuspend_action.setText(self.tr("Unsuspend all cards"))
        self.orphan_button.setText(self.tr("Remove them…"))
        self.pause_label.setText(self.tr("Paused. The clock is stopped; press Resume to go on."))
        self.again_button.setText(self.tr("Study the rest"))
        self.face.retranslate()  # child widgets without a changeEvent of their own
        self.stats_panel.retranslate()
        if self._ready and self.isVisible():
            self._refresh()  # the counts and the summary, in the new language
        elif self._ready:
            self._retranslate_when_shown = True  # a hidden (or closing) view asks nothing of the database now

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._retranslate_when_shown:
            self._retranslate_when_shown = False
            self._refresh()

    def _on_setting_changed(self, key: str) -> None:
        if key.startswith("study_") and self._ready:
            self._refresh()

    def excluded_types(self) -> tuple[str, ...]:
        return () if self.speech is not None else ("listening",)

    # --- reading what to show ------------------------------------------------------------------------
    def _load(self, show_card: int | None = None, *, finishing: bool = False, keep: bool = False) -> None:
        """Read the next card (or `show_card`) and the counts in a worker, then show them."""
        exclude = self.excluded_types()
        self.ctx.ops.query(
            lambda app: study_state(app, exclude, show_card, keep=keep),
            name="study-state",
            on_done=lambda state: self._show_state(state, finishing=finishing, keep=keep),
            on_error=self._failed,
        )

    def _refresh(self) -> None:
        """The card on screen as it now reads (or the next one if it went), and the counts."""
        self._load(self.card.id if self.card is not None else None, keep=True)

    def _show_state(self, state: StudyState, *, finishing: bool = False, keep: bool = False) -> None:
        self._busy = False
        self._show_counts(state)
        if finishing:
            self._show_summary(state)
        elif keep and self.card is not None:
            if state.card is None or state.card.id != self.card.id or state.content is None:
                self._load()  # the card on screen went (deleted, suspended): the next one
                return
            self.card, self.content, self._due_after = state.card, state.content, state.due_after
            self.face.refresh(state.content, self.answer_shown, self.judgement)
        elif keep:
            self._render_summary(state)  # the summary stays, with its counts (and language) up to date
        elif state.card is None:
            self._show_summary(state)
        else:
            self.show_card(state)
        self.state_shown.emit()

    def _show_counts(self, state: StudyState) -> None:
        counts = state.counts
        text = self.tr("Due: {learning} learning · {review} review · {new} new")
        for key, value in (("{learning}", counts.learning), ("{review}", counts.review), ("{new}", counts.new)):
            text = text.replace(key, str(value))
        self.counts_label.setText(text)
        self.unsuspend_action.setEnabled(state.suspended > 0)
        self._orphans = state.orphans
        text = self.tr("Cards whose phrase or glossary entry was deleted: {count}")
        self.orphan_label.setText(text.replace("{count}", str(state.orphans)))
        self.orphan_label.setVisible(state.orphans > 0)
        self.orphan_button.setVisible(state.orphans > 0)
        if self.card is None:
            self.again_button.setVisible(counts.total > 0)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        QMessageBox.warning(self, self.tr("Study"), error_text(exc))

    # --- the session ---------------------------------------------------------------------------------
    def on_data_ready(self) -> None:
        self._ready = True
        self.start()

    def start(self) -> None:
        self.tally = SessionTally()
        self._graded, self._ungraded = [], []
        self._update_undo()
        self._load()

    def show_card(self, state: StudyState) -> None:
        assert state.card is not None and state.content is not None
        card, content = state.card, state.content
        self.card, self.content, self.judgement, self.answer_shown = card, content, None, False
        self._due_after = state.due_after
        self.face.show_front(card.card_type, content, self.speech is not None)
        self.pages.setCurrentWidget(self.face)
        self._update_card_actions()
        if not self.face.is_drill and self.isVisible():  # a refresh while hidden must not take the focus
            self.setFocus()
        if card.card_type == "listening":
            self.speak()
        self._spent_ms = 0
        self._timer.start()
        self.card_shown.emit()

    def _update_card_actions(self) -> None:
        for action in (self.suspend_action, self.bury_action, self.reset_action):
            action.setEnabled(self.card is not None)
        self.end_button.setEnabled(self.card is not None)
        self.pause_button.setEnabled(self.card is not None or self.paused)  # nothing to pause on the summary

    def show_answer(self) -> None:
        if self.card is None or self.content is None or self.answer_shown or self.paused:
            return
        if self.face.is_drill:
            self.judgement = judge_drill(self.content, self.face.drill.text())
        self.answer_shown = True
        now = datetime.now(UTC)
        intervals = {rating: due - now for rating, due in self._due_after.items()}
        self.face.show_back(self.judgement, intervals, self.judgement.suggested_rating() if self.judgement else 3)
        self.setFocus()  # from the drill's line edit, so 1–4 grade

    def grade(self, rating: int) -> None:
        """Record the grade (a History step) and show the next card once it is written."""
        if self.card is None or not self.answer_shown or self.paused or self._busy:
            return
        spent, card_id, exclude = self._card_ms(), self.card.id, self.excluded_types()
        name, scope = self.tr("Grade"), self.view_id
        self._busy = True

        def work(app: AppContext) -> StudyState:
            grade_card(app, card_id, rating, spent, name, scope)
            return study_state(app, exclude)

        def done(state: StudyState) -> None:
            self.tally.add(rating, spent)
            self._graded.append((card_id, rating, spent))
            self._ungraded.clear()
            self._update_undo()
            self._show_state(state)

        self.ctx.ops.write(work, initiator=self, name="grade", on_done=done, on_error=self._failed)

    def undo(self) -> None:
        """Take back this session's last grade (the History's step) and show that card again."""
        if not self._graded or not self.ctx.app.history.can_undo(self.view_id):
            self.ctx.show_status(self.tr("There is no grade to undo."), 4000)
            return

        def done(_step: object) -> None:
            card_id, rating, spent = self._graded.pop()
            self._ungraded.append((card_id, rating, spent))
            self.tally.undo()
            if self.paused:
                self.toggle_pause()
            self._update_undo()
            self._load(card_id)

        self.ctx.ops.undo(self.view_id, initiator=self, on_done=done, on_error=self._history_failed)

    def redo(self) -> None:
        """Grade the card again as it was graded before the undo."""
        if not self._ungraded or not self.ctx.app.history.can_redo(self.view_id):
            return

        def done(_step: object) -> None:
            graded = self._ungraded.pop()
            self._graded.append(graded)
            self.tally.add(graded[1], graded[2])
            self._update_undo()
            self._load()

        self.ctx.ops.redo(self.view_id, initiator=self, on_done=done, on_error=self._history_failed)

    def _history_failed(self, exc: BaseException) -> None:
        self.ctx.show_status(error_text(exc), 6000)

    def _update_undo(self) -> None:
        self.undo_button.setEnabled(bool(self._graded) and self.ctx.app.history.can_undo(self.view_id))

    def toggle_pause(self) -> None:
        self.paused = not self.paused
        if self.paused:
            self._spent_ms = self._card_ms()
            self._timer.invalidate()
            self.pages.setCurrentWidget(self.pause_label)
        else:
            self._timer.start()
            self.pages.setCurrentWidget(self.face if self.card is not None else self.done_page)
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))

    def _card_ms(self) -> int:
        running = self._timer.elapsed() if self._timer.isValid() else 0
        return min(MAX_CARD_MS, self._spent_ms + int(running))

    def finish(self) -> None:
        """End the session and show its summary (cards, time, accuracy)."""
        self._load(finishing=True)

    def _show_summary(self, state: StudyState) -> None:
        if self.paused:
            self.toggle_pause()
        self.card, self.content = None, None
        self.face.clear()
        self._update_card_actions()
        self._render_summary(state)
        self.pages.setCurrentWidget(self.done_page)
        self.session_finished.emit()

    def _render_summary(self, state: StudyState) -> None:
        """The session's numbers and what comes next; when nothing is due, whether there are cards at all
        and when the next ones are due (read in a worker: the summary says it once it is known)."""
        self._summary_state = state
        counts = state.counts
        lines = []
        if self.tally.cards:
            minutes, seconds = divmod(round(self.tally.seconds), 60)
            text = self.tr("Session finished. Cards: {cards} · time: {time} · answered right: {accuracy}")
            text = text.replace("{cards}", str(self.tally.cards)).replace("{time}", f"{minutes}:{seconds:02d}")
            lines.append(text.replace("{accuracy}", f"{self.tally.accuracy or 0:.0%}"))
        if counts.total:
            lines.append(self.tr("Still due: {count}").replace("{count}", str(counts.total)))
        elif self._outlook is not None:
            lines.extend(self._outlook_lines(*self._outlook))
        if counts.later_today:
            lines.append(self.tr("Coming back later today: {count}").replace("{count}", str(counts.later_today)))
        self.summary_label.setText("".join(f"<p style='font-size:16px'>{escape(x)}</p>" for x in lines))
        self.again_button.setVisible(counts.total > 0)
        if not counts.total:
            self._read_outlook()

    def _read_outlook(self) -> None:
        from app.services.study import study_stats

        def work(app: AppContext) -> tuple[int, str | None]:
            stats = study_stats(app.study_store)
            cards = sum(n for state, n in stats.cards.items() if state not in ("orphaned",))
            return cards, next((day for day, n in stats.forecast if n), None)

        self.ctx.ops.query(work, name="study-outlook", on_done=self._on_outlook)

    def _on_outlook(self, outlook: tuple[int, str | None]) -> None:
        changed = outlook != self._outlook
        self._outlook = outlook
        if changed and self._summary_state is not None and self.card is None:
            self._render_summary(self._summary_state)
        self.outlook_shown.emit()

    def _outlook_lines(self, cards: int, next_day: str | None) -> list[str]:
        if not cards:
            return [
                self.tr("No study cards yet."),
                self.tr("Save phrases (Ctrl+S in the Reader), or add phrases and glossary entries with “Add cards…”."),
            ]
        lines = [self.tr("Nothing is due right now.")]
        if next_day is not None and next_day > date.today().isoformat():
            when = QLocale().toString(QDate.fromString(next_day, Qt.DateFormat.ISODate), QLocale.FormatType.LongFormat)
            lines.append(self.tr("The next cards are due on {date}.").replace("{date}", when))
        elif next_day is None:
            lines.append(self.tr("No card is due in the next 30 days (suspended cards wait in the Card menu)."))
        return lines

    def speak(self) -> None:
        if self.speech is not None and self.content is not None:
            self.speech.say(self.content.text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.tabs.currentIndex() != 0 or self.paused or self.card is None:
            super().keyPressEvent(event)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_4 and self.answer_shown:
            self.grade(int(key) - int(Qt.Key.Key_0))
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.answer_shown:
            self.show_answer()
        else:
            super().keyPressEvent(event)

    # --- changes from elsewhere ----------------------------------------------------------------------
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """A phrase or entry edited or deleted, cards added or graded elsewhere, a restore: show it."""
        if not self._ready or initiator is self or not changes.touches(CARD, PHRASE, GLOSSARY, DECK):
            return
        if changes.kinds == KINDS:  # everything was replaced (a restore): a new session on the restored data
            self.start()
        else:
            self._refresh()

    # --- managing cards ------------------------------------------------------------------------------
    def remove_orphans(self) -> None:
        question = self.tr(
            "Remove the cards whose phrase or entry was deleted ({count})? Their review history is kept."
        )
        answer = QMessageBox.question(self, self.tr("Study"), question.replace("{count}", str(self._orphans)))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda store, _ids: store.remove_cards([c.id for c in store.orphans()]), keep=True)

    def _write(self, action: Callable[[StudyStore, list[int]], object], *, keep: bool = False) -> None:
        """Change cards in a worker, then show the card (with `keep`, the same one while it is due-able)."""
        ids = [self.card.id] if self.card is not None else []
        shown = self.card.id if keep and self.card is not None else None
        exclude = self.excluded_types()

        def work(app: AppContext) -> StudyState:
            action(app.study_store, ids)
            return study_state(app, exclude, shown, keep=keep and shown is not None)

        self.ctx.ops.write(
            work,
            initiator=self,
            name="study-cards",
            on_done=lambda state: self._show_state(state, keep=keep and shown is not None),
            on_error=self._failed,
        )

    def suspend_card(self) -> None:
        if self.card is not None:
            self._write(lambda store, ids: store.suspend(ids))

    def bury_card(self) -> None:
        if self.card is not None:
            self._write(lambda store, ids: store.bury(ids))

    def reset_card(self) -> None:
        question = self.tr("Make this card new again? Its schedule starts over; past reviews stay in the statistics.")
        if self.card is not None and QMessageBox.question(self, self.tr("Study"), question) == (
            QMessageBox.StandardButton.Yes
        ):
            self._write(lambda store, ids: store.reset(ids))

    def unsuspend_all(self) -> None:
        self._write(lambda store, _ids: store.unsuspend_all(), keep=self.card is not None)

    def add_cards(self) -> None:
        from app.ui.dialogs.study_cards import AddCardsDialog

        dialog = AddCardsDialog(self.ctx, self.speech is not None, self)
        if dialog.exec():
            self.add_from(dialog.sources(), dialog.deck_id(), dialog.types())

    def add_from(self, sources: list[Source], deck_id: int | None, types: list[str]) -> None:
        """Add cards for phrases and entries, or for a whole deck (which then brings its new entries too)."""
        shown = self.card.id if self.card is not None else None
        exclude = self.excluded_types()

        def work(app: AppContext) -> tuple[int, StudyState]:
            store = app.study_store
            with app.data.transaction():  # what was ticked, and a whole deck if one was chosen: all or nothing
                added = store.add_cards(sources, types) if sources else 0
                added += store.add_deck(deck_id, types) if deck_id is not None else 0
            return added, study_state(app, exclude, shown, keep=shown is not None)

        def done(result: tuple[int, StudyState]) -> None:
            added, state = result
            self.ctx.show_status(self.tr("New study cards: {count}").replace("{count}", str(added)), 6000)
            self._show_state(state, keep=shown is not None)

        self.ctx.ops.write(work, initiator=self, name="add-cards", on_done=done, on_error=self._failed)

    def _on_tab_changed(self, index: int) -> None:
        if index == 1:
            self.stats_panel.refresh()


VIEW = StudyView
