"""The first-run welcome: the three main jobs, a sample post to try, and the dictionary's preparation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# The sample posts are content, not interface text: the same in both languages.
SAMPLE_ZH = "家人们谁懂啊，今天去打卡了一家宝藏小店，出片率超高，老板人超好，真的绝绝子！yyds！"
SAMPLE_EN = (
    "Okay bestie, this new bubble tea spot downtown lowkey slaps. The brown sugar one hits different, "
    "no cap — it's giving main character energy. 10/10, would queue again."
)


class WelcomeDialog(QDialog):
    """Non-modal: the window behind it stays usable, and the app's start never waits on it."""

    view_requested = Signal(str)  # a view id: reader, translate, phrasebook, study
    sample_requested = Signal(str, str)  # (view id, text): the Chinese sample in the Reader, the English in Translate

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome-dialog")
        self.setModal(False)
        self.setMinimumWidth(600)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        jobs = QGridLayout()
        jobs.setColumnStretch(1, 1)
        jobs.setVerticalSpacing(10)
        self.job_titles: list[QLabel] = []
        self.job_texts: list[QLabel] = []
        self.job_buttons: dict[str, QPushButton] = {}
        for row, view_ids in enumerate((("reader",), ("translate",), ("phrasebook", "study"))):
            title, text = QLabel(), QLabel()
            title.setStyleSheet("font-weight: bold")
            text.setWordWrap(True)
            self.job_titles.append(title)
            self.job_texts.append(text)
            words = QVBoxLayout()
            words.setSpacing(2)
            words.addWidget(title)
            words.addWidget(text)
            words.addStretch(1)
            jobs.addLayout(words, row, 1)
            buttons = QVBoxLayout()
            for view_id in view_ids:
                button = QPushButton()
                button.setObjectName(f"welcome-open-{view_id}")
                button.clicked.connect(lambda _=False, v=view_id: self._go(v))
                self.job_buttons[view_id] = button
                buttons.addWidget(button)
            buttons.addStretch(1)
            jobs.addLayout(buttons, row, 2)
            number = QLabel(str(row + 1))
            number.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            number.setStyleSheet("font-size: 20px; font-weight: bold; color: #c0392b; padding: 0 6px")
            jobs.addWidget(number, row, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self.sample_text = QLabel()
        self.sample_text.setWordWrap(True)
        self.sample_button = QPushButton()
        self.sample_button.setObjectName("welcome-sample")
        self.sample_button.setDefault(True)
        self.sample_button.clicked.connect(lambda: self._sample("reader", SAMPLE_ZH))
        self.english_sample_button = QPushButton()
        self.english_sample_button.setObjectName("welcome-sample-english")
        self.english_sample_button.clicked.connect(lambda: self._sample("translate", SAMPLE_EN))
        samples = QHBoxLayout()
        samples.addWidget(self.sample_button)
        samples.addWidget(self.english_sample_button)
        samples.addStretch(1)
        self.dictionary_text = QLabel()
        self.dictionary_text.setObjectName("welcome-dictionary")
        self.dictionary_bar = QProgressBar()
        self.dictionary_bar.setRange(0, 100)
        self.dictionary_bar.setMaximumHeight(16)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: gray")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(jobs)
        layout.addWidget(line)
        layout.addWidget(self.sample_text)
        layout.addLayout(samples)
        layout.addSpacing(6)
        layout.addWidget(self.dictionary_text)
        layout.addWidget(self.dictionary_bar)
        layout.addWidget(self.hint)
        layout.addStretch(1)  # spare height (wrapped labels) goes here, not between the jobs
        layout.addWidget(self.buttons)
        self._percent: int | None = None  # None: the dictionary is ready
        self._failed = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Jiaoliu"))
        self.heading.setText(self.tr("Welcome to Jiaoliu 交流"))
        self.intro.setText(
            self.tr(
                "Your offline companion for chatting across English and Chinese. "
                "Everything stays on this computer. Here is what you can do:"
            )
        )
        jobs = (
            (
                self.tr("Read Chinese posts"),
                self.tr(
                    "Paste a post: every word gets its pinyin, and slang such as 绝绝子 or yyds gets a card that "
                    "explains it. Point at a word to look it up."
                ),
            ),
            (
                self.tr("Translate posts"),
                self.tr("Chinese to English or English to Chinese, sentence by sentence, with the slang explained."),
            ),
            (
                self.tr("Save phrases and study them"),
                self.tr(
                    "Press Ctrl+S on a word or sentence to keep it in your phrasebook; saved phrases become "
                    "study cards that come back just before you would forget them."
                ),
            ),
        )
        for (title, text), title_label, text_label in zip(jobs, self.job_titles, self.job_texts, strict=True):
            title_label.setText(title)
            text_label.setText(text)
        self.job_buttons["reader"].setText(self.tr("Open the Reader"))
        self.job_buttons["translate"].setText(self.tr("Open Translate"))
        self.job_buttons["phrasebook"].setText(self.tr("Open the Phrasebook"))
        self.job_buttons["study"].setText(self.tr("Open Study"))
        self.sample_text.setText(self.tr("Not sure where to start? Open a real-looking post full of slang:"))
        self.sample_button.setText(self.tr("Try a sample post"))
        self.english_sample_button.setText(self.tr("Try an English post in Translate"))
        self.hint.setText(self.tr("Help → User guide explains every view; Help → Keyboard shortcuts lists the keys."))
        self._show_dictionary()

    def showEvent(self, event: QShowEvent) -> None:
        """As tall as its wrapped text needs at its width (a word-wrapped label's own guess is too tall)."""
        super().showEvent(event)
        layout = self.layout()
        height = layout.heightForWidth(self.width()) if layout is not None else -1
        if height > 0:
            self.resize(self.width(), max(height, self.minimumSizeHint().height()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the dictionary's preparation ---------------------------------------------------------------------
    def set_dictionary_progress(self, percent: int | None, failed: str = "") -> None:
        """`percent` while the dictionary is prepared, None once it is ready; `failed` when it could not be."""
        self._percent, self._failed = percent, failed
        self._show_dictionary()

    def _show_dictionary(self) -> None:
        if self._failed:
            self.dictionary_text.setText(self._failed)
            self.dictionary_bar.hide()
        elif self._percent is None:
            self.dictionary_text.setText(self.tr("The dictionary is ready."))
            self.dictionary_bar.hide()
        else:
            self.dictionary_text.setText(
                self.tr("Preparing the dictionary (first start only)… {percent}%").replace(
                    "{percent}", str(self._percent)
                )
            )
            self.dictionary_bar.setValue(self._percent)
            self.dictionary_bar.show()

    # --- going somewhere ----------------------------------------------------------------------------------
    def _go(self, view_id: str) -> None:
        self.view_requested.emit(view_id)
        self.accept()

    def _sample(self, view_id: str, text: str) -> None:
        self.sample_requested.emit(view_id, text)
        self.accept()
