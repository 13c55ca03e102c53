"""The two editing panes of a session: its header (title, partner, help, subject, timer) and one entry."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.data.sessions import DIRECTIONS, Entry, Session, Summary
from app.ui.widgets.diff_view import DiffView

DIFF_DELAY_MS = 80  # the diff follows typing; a short delay keeps long pastes smooth

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget with an object name (tests and style sheets find it by that)."""
    widget.setObjectName(name)
    return widget


def _left(button: QPushButton) -> QWidget:
    """A row with the button at its own size on the left (hide the row, not the button)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button)
    layout.addStretch(1)
    button.setParent(row)
    return row


def fill_combo(box: QComboBox, items: list[tuple[str, str]], keep_items: bool = False) -> None:
    """Refill a filter box keeping its choice (or, with keep_items, reset it to the first item)."""
    box.blockSignals(True)
    if keep_items:
        box.setCurrentIndex(0)
    else:
        current = box.currentData()
        box.clear()
        for data, text in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(0, box.findData(current)))
    box.blockSignals(False)


def clock(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class SessionHeader(QWidget):
    """Title, partner, direction of help and subject; `edited` fires on every change the user makes."""

    edited = Signal()
    timer_toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = named(QLineEdit(), "session-title")
        self.partner = named(QLineEdit(), "session-partner")
        self.direction = named(QComboBox(), "session-direction")
        for value in DIRECTIONS:
            self.direction.addItem("", value)
        self.subject = named(QLineEdit(), "session-subject")
        self.subject.setCompleter(QCompleter([], self.subject))
        self.timer_label = named(QLabel(), "session-timer")
        self.timer_label.setMinimumWidth(self.timer_label.fontMetrics().horizontalAdvance("000:00:00") + 8)
        self.timer_button = named(QPushButton(), "session-timer-button")
        self.timer_button.clicked.connect(self.timer_toggled.emit)
        self.summary = named(QLabel(), "session-summary")
        self.summary.setStyleSheet("color: #555")
        for line in (self.title, self.partner, self.subject):
            line.textEdited.connect(lambda _text: self.edited.emit())
        self.direction.activated.connect(lambda _index: self.edited.emit())
        self.labels = [QLabel() for _ in range(4)]
        self._running = False
        self._summary: Summary | None = None
        form = QFormLayout()
        form.addRow(self.labels[0], self.title)
        second = QHBoxLayout()
        second.addWidget(self.partner, 2)
        second.addWidget(self.labels[2])
        second.addWidget(self.direction, 2)
        form.addRow(self.labels[1], second)
        third = QHBoxLayout()
        third.addWidget(self.subject, 2)
        third.addWidget(self.timer_label)
        third.addWidget(self.timer_button)
        form.addRow(self.labels[3], third)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels, (self.tr("Title"), self.tr("Partner"), self.tr("Help"), self.tr("Subject")), strict=True
        ):
            label.setText(text)
        names = {
            "en": self.tr("I help with English"),
            "zh": self.tr("They help me with Chinese"),
            "both": self.tr("Both ways"),
        }
        for i in range(self.direction.count()):
            self.direction.setItemText(i, names[self.direction.itemData(i)])
        self.title.setPlaceholderText(self.tr("What is this session about?"))
        self.partner.setPlaceholderText(self.tr("Name or handle"))
        self.subject.setPlaceholderText(self.tr("e.g. English essay, slang"))
        self.timer_button.setText(self.tr("End session") if self._running else self.tr("Start timer"))
        self.show_summary(self._summary)

    def load(self, session: Session) -> None:
        """Show a session (no `edited`: these are not the user's changes)."""
        for line, value in ((self.title, session.title), (self.partner, session.partner)):
            if line.text() != value:
                line.setText(value)
        if self.subject.text() != session.subject:
            self.subject.setText(session.subject)
        self.direction.setCurrentIndex(max(0, self.direction.findData(session.direction)))

    def set_subjects(self, subjects: list[str]) -> None:
        completer = self.subject.completer()
        completer.model().setStringList(subjects)  # type: ignore[attr-defined]

    def values(self) -> dict[str, str]:
        return {
            "title": self.title.text(),
            "partner": self.partner.text(),
            "direction": str(self.direction.currentData()),
            "subject": self.subject.text(),
        }

    def show_summary(self, summary: Summary | None) -> None:
        self._summary = summary
        if summary is None:
            self.summary.setText("")
            return
        text = self.tr("Duration {time} · {entries} · {corrections} · {phrases}")
        for key, value in (
            ("{time}", clock(summary.duration_seconds)),
            ("{entries}", self.tr("%n entries", "", summary.entries)),
            ("{corrections}", self.tr("%n corrections", "", summary.corrections)),
            ("{phrases}", self.tr("%n phrases saved", "", summary.phrases_saved)),
        ):
            text = text.replace(key, value)
        self.summary.setText(text)

    def show_timer(self, seconds: int, running: bool) -> None:
        self._running = running
        self.timer_label.setText(clock(seconds))
        self.timer_label.setStyleSheet("color: #0b6b1f; font-weight: bold" if running else "color: #555")
        self.timer_button.setText(self.tr("End session") if running else self.tr("Start timer"))


class EntryEditor(QWidget):
    """One entry's fields; which ones show depends on its kind. `edited` fires as the user types."""

    edited = Signal()
    translate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.entry_id: int | None = None
        self.has_session = False
        self.heading = named(QLabel(), "entry-heading")
        self.heading.setStyleSheet("font-weight: bold")
        self.text = self._edit("entry-text")
        self.corrected = self._edit("entry-corrected")
        self.translation = self._edit("entry-translation")
        self.explanation = self._edit("entry-explanation")
        self.explanation.setMaximumHeight(90)
        self.copy_button = named(QPushButton(), "entry-copy-original")
        self.copy_button.clicked.connect(self._copy_original)
        self.translate_button = named(QPushButton(), "entry-translate")
        self.translate_button.clicked.connect(self.translate_requested.emit)
        self.copy_row, self.translate_row = _left(self.copy_button), _left(self.translate_button)
        self.diff = DiffView()
        self.diff.setMaximumHeight(140)
        self._diff_timer = QTimer(self, singleShot=True, interval=DIFF_DELAY_MS)
        self._diff_timer.timeout.connect(self.update_diff)
        self.text_label, self.corrected_label = QLabel(), QLabel()
        self.phrases_label = named(QLabel(), "entry-phrases")
        self.phrases_label.setWordWrap(True)
        self.phrases_label.setStyleSheet("color: #555")
        self._phrases: list[str] = []
        self.translation_label, self.explanation_label, self.diff_label = QLabel(), QLabel(), QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        for widget in (
            self.text_label,
            self.text,
            self.corrected_label,
            self.corrected,
            self.copy_row,
            self.diff_label,
            self.diff,
            self.translation_label,
            self.translation,
            self.translate_row,
            self.explanation_label,
            self.explanation,
            self.phrases_label,
        ):
            layout.addWidget(widget)
        for edit in (self.text, self.corrected, self.translation):
            layout.setStretchFactor(edit, 3)  # the boxes take the height; labels and buttons keep theirs
        self.retranslate()
        self.load(None)

    def _edit(self, name: str) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(), name)
        # One history for the whole session (Edit › Undo takes back saved typing), not one per box.
        edit.setUndoRedoEnabled(False)
        edit.installEventFilter(self)
        edit.textChanged.connect(self._on_text_changed)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Shift+Z in a box go to the window's Edit menu (the boxes keep no undo of their own)."""
        keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):  # noqa: SIM102
            if any(event.matches(key) for key in keys):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.corrected_label.setText(self.tr("Corrected"))
        self.translation_label.setText(self.tr("Translation"))
        self.explanation_label.setText(self.tr("Why (optional)"))
        self.diff_label.setText(self.tr("Changes"))
        self.copy_button.setText(self.tr("Start from the original"))
        self.translate_button.setText(self.tr("Translate"))
        self.set_phrases(self._phrases)
        self.corrected.setPlaceholderText(self.tr("The corrected text"))
        self.explanation.setPlaceholderText(self.tr("Explain the correction to the student"))
        self._set_kind(self.kind)

    def kind_name(self, kind: str) -> str:
        names = {
            "question": self.tr("Question"),
            "answer": self.tr("Answer"),
            "translation": self.tr("Translation"),
            "correction": self.tr("Correction"),
            "note": self.tr("Note"),
        }
        return names.get(kind, kind)

    def _set_kind(self, kind: str) -> None:
        self.kind = kind
        correction, translation = kind == "correction", kind == "translation"
        for widget in (self.corrected_label, self.corrected, self.copy_row, self.diff_label, self.diff):
            widget.setVisible(correction)
        for widget in (self.explanation_label, self.explanation):
            widget.setVisible(correction)
        for widget in (self.translation_label, self.translation, self.translate_row):
            widget.setVisible(translation)
        if kind:
            self.heading.setText(self.kind_name(kind))
        else:  # with no session open the buttons above are disabled, and the Sessions view says what to do
            self.heading.setText(self.tr("Add an entry with the buttons above.") if self.has_session else "")
        labels = {
            "question": self.tr("The question, or the homework as pasted"),
            "answer": self.tr("The answer or explanation"),
            "translation": self.tr("Text to translate"),
            "correction": self.tr("Original (as the student wrote it)"),
            "note": self.tr("Note"),
        }
        self.text_label.setText(labels.get(kind, ""))
        self.text_label.setVisible(bool(kind))
        self.text.setVisible(bool(kind))

    def set_has_session(self, has_session: bool) -> None:
        """Whether a session is open: what the empty editor tells the person to do."""
        if has_session != self.has_session:
            self.has_session = has_session
            self._set_kind(self.kind)

    def load(self, entry: Entry | None) -> None:
        """Show an entry, or nothing; no `edited` signal."""
        self.entry_id = entry.id if entry else None
        self._set_kind(entry.kind if entry else "")
        for name in ("text", "corrected", "translation", "explanation"):
            self.set_field(name, getattr(entry, name) if entry else "")
        self.update_diff()

    def set_phrases(self, texts: list[str]) -> None:
        """The phrases saved from this entry (the phrasebook's side of the link)."""
        self._phrases = texts
        shown = self.tr("Saved as phrases: {phrases}").replace("{phrases}", " · ".join(texts))
        self.phrases_label.setText(shown if texts else "")
        self.phrases_label.setVisible(bool(texts))

    def set_field(self, name: str, value: str) -> None:
        """Change a field from code (undo, a finished translation) without an `edited` signal."""
        edit: QPlainTextEdit = getattr(self, name)
        if edit.toPlainText() == value:
            return
        edit.blockSignals(True)
        edit.setPlainText(value)
        edit.blockSignals(False)
        if name in ("text", "corrected"):
            self._diff_timer.start()

    def values(self) -> dict[str, str]:
        return {name: getattr(self, name).toPlainText() for name in ("text", "corrected", "translation", "explanation")}

    def selected_text(self) -> str:
        """The text selected in the box that has the focus (or last had a selection)."""
        for edit in (self.text, self.corrected, self.translation, self.explanation):
            if edit.hasFocus() and edit.textCursor().hasSelection():
                return edit.textCursor().selectedText().replace("\u2029", "\n")
        for edit in (self.text, self.corrected, self.translation, self.explanation):
            if edit.isVisible() and edit.textCursor().hasSelection():
                return edit.textCursor().selectedText().replace("\u2029", "\n")
        return ""

    def update_diff(self) -> None:
        self._diff_timer.stop()
        if self.kind == "correction":
            hint = self.tr("Type the corrected text to see the changes.")
            self.diff.set_texts(self.text.toPlainText(), self.corrected.toPlainText(), hint)

    def _on_text_changed(self) -> None:
        if self.kind == "correction":
            self._diff_timer.start()
        self.edited.emit()

    def _copy_original(self) -> None:
        self.corrected.setPlainText(self.text.toPlainText())  # emits textChanged → edited, like typing
        self.corrected.setFocus()
