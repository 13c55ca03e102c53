"""The Study screen: due cards scheduled by FSRS, grades on keys 1–4, undo, pause, a session summary, charts."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QElapsedTimer, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.pinyin_judge import Judgement
from app.data.study_store import Source, StudyCard, StudyError, StudyStore
from app.services.study import CardContent, SessionTally, content_of, judge_drill, options_from
from app.ui.context import UiContext
from app.ui.views.base import View
from app.ui.views.stats import StatsPanel
from app.ui.widgets.study_card import CardFace, flat_button

MAX_CARD_MS = 60_000  # as Anki: a card left open over lunch must not count as an hour of study


def chinese_speech(parent: QObject) -> Any | None:
    """A text-to-speech engine with a Chinese voice, or None (no engine, no voice, or Qt's module missing)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # the module needs system audio libraries (libpulse …) that some machines lack
        return None
    for engine in QTextToSpeech.availableEngines():
        if engine == "mock":  # Qt's test engine speaks nothing
            continue
        speech = QTextToSpeech(engine, parent)
        chinese = [loc for loc in speech.availableLocales() if loc.language() == QLocale.Language.Chinese]
        if speech.state() != QTextToSpeech.State.Error and chinese:
            speech.setLocale(chinese[0])
            return speech
        speech.deleteLater()
    return None


class StudyView(View):
    view_id = "study"

    card_shown = Signal()  # a card's front is on screen (tests wait on it)
    session_finished = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tally = SessionTally()
        self.card: StudyCard | None = None
        self.content: CardContent | None = None
        self.judgement: Judgement | None = None
        self.answer_shown = False
        self.paused = False
        self._ready = False  # the database opens after the first paint
        self._timer = QElapsedTimer()
        self._spent_ms = 0
        self.speech = chinese_speech(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        ctx.events.glossary_changed.connect(self._on_sources_changed)
        phrases_changed = getattr(ctx.events, "phrases_changed", None)  # the phrasebook's event, where present
        if phrases_changed is not None:
            phrases_changed.connect(self._on_sources_changed)
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
        self.more_button = flat_button()  # a push button draws its menu arrow beside the text, not over it
        self.more_button.setMenu(self.card_menu)
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
        self.tabs.addTab(self.stats_panel, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(lambda _checked=False: self.undo())
        self.addAction(self.undo_action)
        self._update_card_actions()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Review"))
        self.tabs.setTabText(1, self.tr("Statistics"))
        self.add_button.setText(self.tr("Add cards…"))
        self.pause_button.setText(self.tr("Resume") if self.paused else self.tr("Pause"))
        self.undo_button.setText(self.tr("Undo grade"))
        self.end_button.setText(self.tr("End session"))
        self.more_button.setText(self.tr("Card"))
        self.suspend_action.setText(self.tr("Suspend this card"))
        self.bury_action.setText(self.tr("Bury until tomorrow"))
        self.reset_action.setText(self.tr("Reset (make it new again)…"))
        self.unsuspend_action.setText(self.tr("Unsuspend all cards"))
        self.orphan_button.setText(self.tr("Remove them…"))
        self.pause_label.setText(self.tr("Paused. The clock is stopped; press Resume to go on."))
        self.again_button.setText(self.tr("Study the rest"))
        if self._ready:
            self._update_counts()
            self._update_orphans()

    @property
    def store(self) -> StudyStore:
        """Options come from the preferences each time, so a change there applies to the next card."""
        return self.ctx.app.study_store

    def _on_setting_changed(self, key: str) -> None:
        if key.startswith("study_") and self._ready:
            self._update_counts()

    def excluded_types(self) -> tuple[str, ...]:
        return () if self.speech is not None else ("listening",)

    # --- the session ---------------------------------------------------------------------------------
    def on_data_ready(self) -> None:
        self._ready = True
        self.start()

    def start(self) -> None:
        self.tally = SessionTally()
        self._update_orphans()
        self._next()

    def _next(self) -> None:
        self._update_counts()
        card = self.store.next_card(exclude_types=self.excluded_types())
        if card is None:
            self.finish()
        else:
            self.show_card(card)

    def show_card(self, card: StudyCard) -> None:
        content = content_of(self.ctx.app.data, card.source)
        if content is None:  # deleted behind the triggers' back: mark it and move on
            self.store.refresh_orphans()
            self._update_orphans()
            self._next()
            return
        self.card, self.content, self.judgement, self.answer_shown = card, content, None, False
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

    def show_answer(self) -> None:
        if self.card is None or self.content is None or self.answer_shown or self.paused:
            return
        if self.face.is_drill:
            self.judgement = judge_drill(self.content, self.face.drill.text())
        self.answer_shown = True
        now = datetime.now(UTC)
        intervals = {rating: due - now for rating, due in self.store.preview(self.card.id, now).items()}
        self.face.show_back(self.judgement, intervals, self.judgement.suggested_rating() if self.judgement else 3)
        self.setFocus()  # from the drill's line edit, so 1–4 grade

    def grade(self, rating: int) -> None:
        if self.card is None or not self.answer_shown or self.paused:
            return
        spent = self._card_ms()
        try:
            self.store.grade(self.card.id, rating, duration_ms=spent)
        except StudyError as exc:
            QMessageBox.warning(self, self.tr("Study"), str(exc))
            return
        self.tally.add(rating, spent)
        self._next()

    def undo(self) -> None:
        """Take back this session's last grade and show that card again."""
        if not self.tally.cards:
            self.ctx.show_status(self.tr("There is no grade to undo."), 4000)
            return
        try:
            card_id = self.store.undo_last()
        except StudyError:
            self.ctx.show_status(self.tr("There is no grade to undo."), 4000)
            return
        self.tally.undo()
        if self.paused:
            self.toggle_pause()
        self._update_counts()
        card = self.store.card(card_id)
        if card is not None:
            self.show_card(card)

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
        if self.paused:
            self.toggle_pause()
        self.card, self.content = None, None
        self.face.clear()
        self._update_card_actions()
        counts = self.store.counts(exclude_types=self.excluded_types())
        lines = []
        if self.tally.cards:
            minutes, seconds = divmod(round(self.tally.seconds), 60)
            text = self.tr("Session finished. Cards: {cards} · time: {time} · answered right: {accuracy}")
            text = text.replace("{cards}", str(self.tally.cards)).replace("{time}", f"{minutes}:{seconds:02d}")
            lines.append(text.replace("{accuracy}", f"{self.tally.accuracy or 0:.0%}"))
        if counts.total:
            lines.append(self.tr("Still due: {count}").replace("{count}", str(counts.total)))
        else:
            lines.append(self.tr("Nothing is due right now."))
        if counts.later_today:
            lines.append(self.tr("Coming back later today: {count}").replace("{count}", str(counts.later_today)))
        self.summary_label.setText("".join(f"<p style='font-size:16px'>{escape(x)}</p>" for x in lines))
        self.again_button.setVisible(counts.total > 0)
        self.pages.setCurrentWidget(self.done_page)
        self._update_counts()
        self.session_finished.emit()

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

    # --- managing cards ------------------------------------------------------------------------------
    def _update_counts(self) -> None:
        store = self.store
        counts = store.counts(exclude_types=self.excluded_types())
        text = self.tr("Due: {learning} learning · {review} review · {new} new")
        for key, value in (("{learning}", counts.learning), ("{review}", counts.review), ("{new}", counts.new)):
            text = text.replace(key, str(value))
        self.counts_label.setText(text)
        self.undo_button.setEnabled(self.tally.cards > 0 and store.can_undo())
        self.end_button.setEnabled(self.card is not None)
        self.unsuspend_action.setEnabled(store.suspended_count() > 0)

    def _update_orphans(self) -> None:
        count = len(self.store.orphans())
        text = self.tr("Cards whose phrase or glossary entry was deleted: {count}")
        self.orphan_label.setText(text.replace("{count}", str(count)))
        self.orphan_label.setVisible(count > 0)
        self.orphan_button.setVisible(count > 0)

    def remove_orphans(self) -> None:
        orphans = self.store.orphans()
        question = self.tr(
            "Remove the cards whose phrase or entry was deleted ({count})? Their review history is kept."
        )
        answer = QMessageBox.question(self, self.tr("Study"), question.replace("{count}", str(len(orphans))))
        if answer == QMessageBox.StandardButton.Yes:
            self.store.remove_cards([c.id for c in orphans])
            self._update_orphans()

    def _on_sources_changed(self) -> None:
        """A phrase or entry was edited or deleted: show the current card as it now reads."""
        if not self._ready:
            return
        self._update_orphans()
        if self.card is not None:
            content = content_of(self.ctx.app.data, self.card.source)
            if content is None:
                self._next()
                return
            self.content = content
            self.face.refresh(content, self.answer_shown, self.judgement)
        self._update_counts()

    def _act_on_card(self, action: Any) -> None:
        if self.card is not None:
            action(self.store, [self.card.id])
            self._next()

    def suspend_card(self) -> None:
        self._act_on_card(lambda store, ids: store.suspend(ids))

    def bury_card(self) -> None:
        self._act_on_card(lambda store, ids: store.bury(ids))

    def reset_card(self) -> None:
        question = self.tr("Make this card new again? Its schedule starts over; past reviews stay in the statistics.")
        if QMessageBox.question(self, self.tr("Study"), question) == QMessageBox.StandardButton.Yes:
            self._act_on_card(lambda store, ids: store.reset(ids))

    def unsuspend_all(self) -> None:
        self.store.unsuspend_all()
        self._update_counts()
        if self.card is None:
            self._next()

    def add_cards(self) -> None:
        from app.ui.dialogs.study_cards import AddCardsDialog

        dialog = AddCardsDialog(self.ctx, self.speech is not None, self)
        if dialog.exec():
            self.add_from(dialog.sources(), dialog.deck_id(), dialog.types())

    def add_from(self, sources: list[Source], deck_id: int | None, types: list[str]) -> int:
        """Add cards for phrases and entries, or for a whole deck (which then brings its new entries too)."""
        try:
            added = self.store.add_deck(deck_id, types) if deck_id is not None else self.store.add_cards(sources, types)
        except StudyError as exc:
            QMessageBox.warning(self, self.tr("Study"), str(exc))
            return 0
        self.ctx.show_status(self.tr("New study cards: {count}").replace("{count}", str(added)), 6000)
        if self.card is None:
            self.start()
        else:
            self._update_counts()
        return added

    def _on_tab_changed(self, index: int) -> None:
        if index == 1:
            self.stats_panel.refresh()


VIEW = StudyView
