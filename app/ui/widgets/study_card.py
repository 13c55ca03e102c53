"""One study card on screen: its front, the typed pinyin drill, the answer with the drill's marks, grade buttons."""

from __future__ import annotations

from datetime import timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.pinyin import format_syllable
from app.core.pinyin_judge import Judgement, Verdict
from app.services.study import CardContent
from app.ui.settings_bridge import SettingsBridge
from app.ui.widgets.entry_panel import marks_coloured

VERDICT_COLOURS = {
    Verdict.CORRECT: "#2e9d3a",
    Verdict.TONE: "#e08a00",  # tone slips stand apart from spelling errors
    Verdict.SPELLING: "#d32f2f",
    Verdict.MISSING: "#d32f2f",
    Verdict.EXTRA: "#d32f2f",
}


def flat_button(text: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1–4, space and return belong to the study view
    return button


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


class CardFace(QWidget):
    answer_requested = Signal()  # "Show answer", or return in the drill
    grade_clicked = Signal(int)  # 1 Again … 4 Easy
    speak_requested = Signal()

    def __init__(self, settings: SettingsBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.card_type = ""
        self.content: CardContent | None = None
        self.can_speak = False
        self._answer: tuple[Judgement | None, dict[int, timedelta], int] | None = None  # shown again in a new language
        self.front, self.back = QLabel(), QLabel()
        for label in (self.front, self.back):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.RichText)
        self.front.setObjectName("study-front")
        self.back.setObjectName("study-back")
        self.drill = QLineEdit()
        self.drill.setObjectName("study-drill")
        self.drill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drill.returnPressed.connect(self.answer_requested)
        self.speak_button = flat_button()
        self.speak_button.clicked.connect(self.speak_requested)
        self.show_button = flat_button()
        self.show_button.clicked.connect(self.answer_requested)
        self.grade_buttons = [flat_button() for _ in range(4)]
        grades = QHBoxLayout()
        for rating, button in enumerate(self.grade_buttons, start=1):
            button.clicked.connect(lambda _checked=False, r=rating: self.grade_clicked.emit(r))
            grades.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.front, self.speak_button, self.drill, self.back):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.show_button)
        layout.addLayout(grades)
        self.clear()
        self.retranslate()

    def retranslate(self) -> None:
        self.speak_button.setText(self.tr("Play again"))
        self.show_button.setText(self.tr("Show answer (space)"))
        self.drill.setPlaceholderText(self.tr("Type the pinyin: tone numbers (ni3 hao3) or marks (nǐ hǎo)"))
        if self.content is not None:
            self.front.setText(self._front_html())
        if self._answer is not None:
            self.show_back(*self._answer)

    @property
    def is_drill(self) -> bool:
        return self.card_type == "pinyin" and self.content is not None and bool(self.content.pinyin)

    def clear(self) -> None:
        self.card_type, self.content, self._answer = "", None, None
        self.front.clear()
        self.back.clear()
        self._set_answer_visible(False, enabled=False)

    def show_front(self, card_type: str, content: CardContent, can_speak: bool) -> None:
        self.card_type, self.content, self.can_speak = card_type, content, can_speak
        self._answer = None
        self.front.setText(self._front_html())
        self.drill.clear()
        self.drill.setReadOnly(False)
        self.back.clear()
        self._set_answer_visible(False)
        if self.is_drill:
            self.drill.setFocus()

    def show_back(self, judgement: Judgement | None, intervals: dict[int, timedelta], suggested: int) -> None:
        self._answer = (judgement, intervals, suggested)
        self.drill.setReadOnly(True)
        self.back.setText(self._judgement_html(judgement) + self._back_html())
        names = (self.tr("Again"), self.tr("Hard"), self.tr("Good"), self.tr("Easy"))
        for rating, button in enumerate(self.grade_buttons, start=1):
            button.setText(f"{rating} · {names[rating - 1]} · {self.interval_text(intervals[rating])}")
            button.setDefault(rating == suggested)
        self._set_answer_visible(True)

    def refresh(self, content: CardContent, answer_shown: bool, judgement: Judgement | None) -> None:
        """The source was edited: show the card as it now reads."""
        self.content = content
        self.front.setText(self._front_html())
        if answer_shown:
            self.back.setText(self._judgement_html(judgement) + self._back_html())
            if self._answer is not None:
                self._answer = (judgement, *self._answer[1:])

    def _set_answer_visible(self, shown: bool, enabled: bool = True) -> None:
        self.back.setVisible(shown)
        self.show_button.setEnabled(enabled and not shown)
        for button in self.grade_buttons:  # hidden until the answer is shown: they carry its intervals
            button.setEnabled(enabled and shown)
            button.setVisible(shown)
        self.drill.setVisible(enabled and self.is_drill)
        self.speak_button.setVisible(enabled and self.can_speak)

    # --- rich text -----------------------------------------------------------------------------------
    def _big(self) -> str:
        return f"<div style='font-size:40px'>{escape(self.content.text)}</div>" if self.content else ""

    def _meaning(self) -> str:
        c = self.content
        if c is None:
            return ""
        extra = f"<div style='color:gray'>{escape(c.extra)}</div>" if c.extra else ""
        return f"<div style='font-size:20px'>{escape(c.meaning)}</div>{extra}"

    def _front_html(self) -> str:
        if self.card_type == "production":
            ask = self.tr("Say or write it in Chinese.")
            return self._meaning() + f"<p style='color:gray'>{escape(ask)}</p>"
        if self.card_type == "listening" and self.can_speak:
            ask = self.tr("Listen: what does it mean?")
            return f"<p style='font-size:20px'>{escape(ask)}</p>"
        return self._big()

    def _back_html(self) -> str:
        c = self.content
        if c is None:
            return ""
        current = self.settings.current
        colours = dict(current.tone_colours) if current.tone_colours_enabled else None
        reading = f"<div style='font-size:22px'>{marks_coloured(c.pinyin, colours)}</div>" if c.pinyin else ""
        example = f"<p style='color:gray'>{escape(c.example)}</p>" if c.example else ""
        head = "" if self.card_type in ("recognition", "pinyin") else self._big()  # already on the front
        return head + reading + self._meaning() + example

    def _judgement_html(self, judgement: Judgement | None) -> str:
        if judgement is None:
            return ""
        given, expected = [], []
        for mark in judgement.marks:
            colour = VERDICT_COLOURS[mark.verdict]
            given.append(f"<td align='center' style='color:{colour}'><b>{escape(_syllable(mark.given))}</b></td>")
            expected.append(f"<td align='center'>{escape(_syllable(mark.expected))}</td>")
        if judgement.correct:
            verdict = self.tr("Right, tones and all.")
        else:
            verdict = self.tr("Tone errors (orange): {tone} · spelling errors (red): {spelling}")
            verdict = verdict.replace("{tone}", str(judgement.tone_errors))
            verdict = verdict.replace("{spelling}", str(judgement.spelling_errors))
        rows = f"<tr>{''.join(given)}</tr><tr>{''.join(expected)}</tr>"
        return f"<table align='center' cellpadding='6'>{rows}</table><p>{escape(verdict)}</p>"

    def interval_text(self, delta: timedelta) -> str:
        minutes = delta.total_seconds() / 60
        if minutes < 1:
            return self.tr("<1 min")
        if minutes < 60:
            return self.tr("{n} min").replace("{n}", str(round(minutes)))
        if minutes < 24 * 60:
            return self.tr("{n} h").replace("{n}", str(round(minutes / 60)))
        days = minutes / (24 * 60)
        if days < 31:
            return self.tr("{n} d").replace("{n}", str(round(days)))
        if days < 365:
            return self.tr("{n} mo").replace("{n}", f"{days / 30:.1f}")
        return self.tr("{n} y").replace("{n}", f"{days / 365:.1f}")


def _syllable(numbered: str | None) -> str:
    if not numbered:
        return "—"
    try:
        return format_syllable(numbered)
    except (ValueError, KeyError):  # a misspelt syllable has no tone-mark form: show it as typed
        return numbered
