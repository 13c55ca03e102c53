"""Preferences: interface language, pinyin display, tone colours, glossary, study, the translation engine."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.pinyin import DEFAULT_TONE_COLOURS, PinyinStyle
from app.data.settings import MAX_IMPORT_ENTRIES
from app.services.settings_store import SettingsStore
from app.ui.dialogs.engine_settings import EngineSettingsBox

if TYPE_CHECKING:
    from app.ui.context import UiContext


class PreferencesDialog(QDialog):
    def __init__(
        self,
        store: SettingsStore,
        parent: QWidget | None = None,
        on_my_data: Callable[[], None] | None = None,
        ctx: UiContext | None = None,  # for the engine's Check button (a worker); without it Check is off
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.store = store
        s = store.current
        self.language = QComboBox()
        for code in ("system", "en", "zh_CN"):
            self.language.addItem("", code)
        self.language.setCurrentIndex(self.language.findData(s.ui_language))
        self.pinyin_style = QComboBox()
        for style in PinyinStyle:
            self.pinyin_style.addItem("", style.value)
        self.pinyin_style.setCurrentIndex(self.pinyin_style.findData(s.pinyin_style))
        self.font_size = QSpinBox()
        self.font_size.setRange(12, 48)
        self.font_size.setValue(s.reader_font_size)
        self.sandhi = QCheckBox()
        self.sandhi.setChecked(s.tone_sandhi)
        self.colours_enabled = QCheckBox()
        self.colours_enabled.setChecked(s.tone_colours_enabled)
        self.hide_vulgar = QCheckBox()
        self.hide_vulgar.setChecked(s.hide_vulgar)
        self.platform_words = QCheckBox()
        self.platform_words.setObjectName("flag-platform-words")
        self.platform_words.setChecked(s.flag_platform_words)
        self.retention = QDoubleSpinBox()
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setValue(s.study_desired_retention)
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        self.new_per_day.setValue(s.study_new_per_day)
        self.import_limit = QSpinBox()
        self.import_limit.setObjectName("import-max-entries")
        self.import_limit.setRange(100, MAX_IMPORT_ENTRIES)
        self.import_limit.setSingleStep(1000)
        self.import_limit.setGroupSeparatorShown(True)
        self.import_limit.setValue(s.import_max_entries)
        self.study_saved = QCheckBox()
        self.study_saved.setObjectName("study-saved-phrases")
        self.study_saved.setChecked(s.study_saved_phrases)
        self._colours = dict(s.tone_colours)
        self.colour_buttons: dict[str, QPushButton] = {}
        colour_row = QHBoxLayout()
        for tone in "12345":
            button = QPushButton(tone)
            button.setFixedWidth(44)
            button.clicked.connect(lambda _=False, t=tone: self._pick_colour(t))
            self.colour_buttons[tone] = button
            colour_row.addWidget(button)
        self.reset_colours = QPushButton()
        self.reset_colours.clicked.connect(self._on_reset_colours)
        colour_row.addWidget(self.reset_colours)
        colour_row.addStretch(1)
        self._paint_buttons()

        colours = QWidget()
        colours.setLayout(colour_row)
        colour_row.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(12)]
        fields: tuple[QWidget, ...] = (
            self.language,
            self.pinyin_style,
            self.font_size,
            self.sandhi,
            self.colours_enabled,
            colours,
            self.hide_vulgar,
            self.platform_words,
            self.import_limit,
            self.retention,
            self.new_per_day,
            self.study_saved,
        )
        for label, field in zip(self.labels, fields, strict=True):
            self.form.addRow(label, field)
        self.engine = EngineSettingsBox(s, ctx)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.my_data_button = QPushButton()
        self.my_data_button.setVisible(on_my_data is not None)
        if on_my_data is not None:
            self.my_data_button.clicked.connect(on_my_data)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.engine)
        layout.addWidget(self.my_data_button)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        texts = (
            self.tr("Interface language:"),
            self.tr("Pinyin style:"),
            self.tr("Reader text size:"),
            self.tr("Tone sandhi:"),
            self.tr("Tone colours:"),
            self.tr("Colours for tones 1–5:"),
            self.tr("Glossary:"),
            "",
            self.tr("Largest glossary import (entries):"),
            self.tr("Study: remember at least"),
            self.tr("Study: new cards a day"),
            "",
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for i, name in enumerate((self.tr("System default"), "English", "简体中文")):
            self.language.setItemText(i, name)
        for i, name in enumerate(
            (self.tr("Tone marks (nǐ hǎo)"), self.tr("Tone numbers (ni3 hao3)"), self.tr("Zhuyin (ㄋㄧˇ ㄏㄠˇ)"))
        ):
            self.pinyin_style.setItemText(i, name)
        self.sandhi.setText(self.tr("Show tones as spoken"))
        self.colours_enabled.setText(self.tr("Colour characters and pinyin by tone"))
        self.hide_vulgar.setText(self.tr("Hide vulgar and offensive entries"))
        self.platform_words.setText(self.tr("Flag platform and everyday words (博主, hashtag, 相亲) as slang in posts"))
        self.study_saved.setText(self.tr("Add saved phrases to study"))
        self.study_saved.setToolTip(self.tr("Off: saved phrases wait in Study → Add cards until you choose them."))
        self.engine.retranslate()
        self.reset_colours.setText(self.tr("Reset"))
        self.my_data_button.setText(self.tr("Your data: backups, export, delete…"))

    def _paint_buttons(self) -> None:
        for tone, button in self.colour_buttons.items():
            colour = self._colours[tone]
            button.setStyleSheet(f"background:{colour}; color:white; font-weight:bold")

    def _pick_colour(self, tone: str) -> None:
        chosen = QColorDialog.getColor(QColor(self._colours[tone]), self)
        if chosen.isValid():
            self._colours[tone] = chosen.name()
            self._paint_buttons()

    def _on_reset_colours(self) -> None:
        self._colours = dict(DEFAULT_TONE_COLOURS)
        self._paint_buttons()

    def accept(self) -> None:
        problem = self.engine.problem() or self.engine.save_key()
        if problem:  # the dialog stays open with the reason under the engine settings
            self.engine.status.setText(problem)
            return
        self.store.update(
            ui_language=self.language.currentData(),
            pinyin_style=self.pinyin_style.currentData(),
            reader_font_size=self.font_size.value(),
            tone_sandhi=self.sandhi.isChecked(),
            tone_colours_enabled=self.colours_enabled.isChecked(),
            tone_colours=dict(self._colours),
            hide_vulgar=self.hide_vulgar.isChecked(),
            study_desired_retention=round(self.retention.value(), 2),
            study_new_per_day=self.new_per_day.value(),
            flag_platform_words=self.platform_words.isChecked(),
            study_saved_phrases=self.study_saved.isChecked(),
            import_max_entries=self.import_limit.value(),
            **self.engine.values(),
        )
        super().accept()
