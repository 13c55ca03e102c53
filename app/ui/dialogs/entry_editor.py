"""Writing or changing one glossary entry in a tutor's deck."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.slang import Example, SlangEntry, edit_meanings
from app.core.text import clean_text, is_han
from app.ui.i18n import interface_language
from app.ui.labels import register_choices, register_name


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[;；,，\n]", text) if part.strip())


class EntryEditor(QDialog):
    """Returns a SlangEntry from `entry()` after the dialog is accepted; one message for what is missing."""

    def __init__(self, entry: SlangEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entry-editor")
        self.setMinimumWidth(520)
        self.term = QLineEdit()
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.pinyin = QLineEdit()
        self.meaning_en = QPlainTextEdit()
        self.meaning_zh = QPlainTextEdit()
        for box in (self.meaning_en, self.meaning_zh):
            box.setFixedHeight(54)
        self.literal = QLineEdit()
        self.variants = QLineEdit()
        self.register = QComboBox()
        for value, _name in register_choices():  # neutral first: a new entry's default
            self.register.addItem(value, value)
        self.register.setCurrentIndex(max(0, self.register.findData("neutral")))
        self.tags = QLineEdit()
        self.year = QSpinBox()
        self.year.setRange(1990, date.today().year + 1)  # what imports accept, so an entry always round-trips
        self.year.setValue(date.today().year)
        self.examples = QPlainTextEdit()
        self.examples.setFixedHeight(70)
        self.detect_alone = QCheckBox()
        self.detect_alone.setChecked(True)
        self.senses_note = QLabel()  # shown for an entry with senses: what a changed meaning applies to
        self.senses_note.setWordWrap(True)
        self.senses_note.setObjectName("senses-note")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.labels = [QLabel() for _ in range(12)]
        form = QFormLayout()
        fields = (
            self.term,
            self.lang,
            self.pinyin,
            self.meaning_en,
            self.meaning_zh,
            self.literal,
            self.variants,
            self.register,
            self.tags,
            self.year,
            self.examples,
            self.detect_alone,
        )
        for label, field in zip(self.labels, fields, strict=True):
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.senses_note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._result: SlangEntry | None = None
        self._id = entry.id if entry else ""
        self._original = entry  # the fields this dialog does not show (plain paraphrase, senses) are kept
        self._related: tuple[str, ...] = entry.related if entry else ()
        if entry:
            self._fill(entry)
        self.term.textChanged.connect(self._guess_language)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Glossary entry"))
        texts = (
            self.tr("Term:"),
            self.tr("Language:"),
            self.tr("Pinyin:"),
            self.tr("Meaning in English:"),
            self.tr("Meaning in Chinese:"),
            self.tr("Literally:"),
            self.tr("Other forms:"),
            self.tr("Register:"),
            self.tr("Tags:"),
            self.tr("Since (year):"),
            self.tr("Examples:"),
            self.tr("Detection:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.pinyin.setPlaceholderText(self.tr("Left empty, it is filled in for Chinese terms"))
        self.variants.setPlaceholderText(self.tr("Separated by semicolons: spellings, inflections, full forms"))
        self.tags.setPlaceholderText(self.tr("Separated by semicolons, e.g. praise; meme"))
        self.examples.setPlaceholderText(self.tr("One per line: example | translation"))
        self.detect_alone.setText(self.tr("Find the term on its own in texts (untick for ordinary words)"))
        for index in range(self.register.count()):
            self.register.setItemText(index, register_name(self.register.itemData(index)))
        self._show_senses()

    def _show_senses(self) -> None:
        senses = self._original.senses if self._original else ()
        self.senses_note.setVisible(bool(senses))
        if not senses:
            return
        lines = []
        chinese = interface_language() == "zh_CN"  # the note speaks the interface's language
        for number, sense in enumerate(senses, 1):
            meaning = (sense.meaning_zh if chinese else sense.meaning_en) or sense.meaning_en or sense.meaning_zh
            kind = self.tr("literal") if sense.literal else self.tr("slang")
            lines.append(f"{number}. ({kind}) {meaning}")
        if sum(not s.literal for s in senses) == 1:
            head = self.tr(
                "This term has %n senses. A meaning you change here becomes its slang sense's meaning.",
                "",
                len(senses),
            )
        else:
            head = self.tr(
                "This term has %n senses; each keeps its own meaning (edit them through a CSV export and import). "
                "The meaning here is their overview.",
                "",
                len(senses),
            )
        self.senses_note.setText("\n".join([head, *lines]))

    def _fill(self, entry: SlangEntry) -> None:
        self.term.setText(entry.term)
        self.lang.setCurrentIndex(self.lang.findData(entry.lang))
        self.pinyin.setText(entry.pinyin or "")
        self.meaning_en.setPlainText(entry.meaning_en)
        self.meaning_zh.setPlainText(entry.meaning_zh)
        self.literal.setText(entry.literal)
        self.variants.setText("; ".join(entry.variants))
        if entry.register:
            self.register.setCurrentIndex(max(0, self.register.findData(entry.register[0])))
        self.tags.setText("; ".join(entry.tags))
        self.year.setValue(entry.year or date.today().year)
        self.examples.setPlainText("\n".join(f"{e.text} | {e.translation}" for e in entry.examples))
        self.detect_alone.setChecked(entry.detect_alone)

    def _guess_language(self, text: str) -> None:
        if not self._id:  # only for a new entry: don't fight a deliberate choice
            self.lang.setCurrentIndex(self.lang.findData("zh" if any(is_han(c) for c in text) else "en"))

    def _examples(self) -> tuple[Example, ...]:
        out = []
        for line in self.examples.toPlainText().splitlines():
            if line.strip():
                text, _, translation = line.partition("|")
                out.append(Example(text.strip(), translation.strip()))
        return tuple(out)

    def entry(self) -> SlangEntry | None:
        return self._result

    def accept(self) -> None:
        term = clean_text(self.term.text()).strip()
        meaning_en = clean_text(self.meaning_en.toPlainText()).strip()
        meaning_zh = clean_text(self.meaning_zh.toPlainText()).strip()
        if not term:
            self.problem.setText(self.tr("The term is empty."))
            return
        if not meaning_en and not meaning_zh:
            self.problem.setText(self.tr("Write what it means, in English or in Chinese."))
            return
        edited = dict(
            id=self._id,
            term=term,
            lang=self.lang.currentData(),
            variants=_split_list(self.variants.text()),
            pinyin=self.pinyin.text().strip() or None,
            literal=self.literal.text().strip(),
            meaning_en=meaning_en,
            meaning_zh=meaning_zh,
            register=(self.register.currentData(),),
            examples=self._examples(),
            tags=tuple(t.lower().replace(" ", "-") for t in _split_list(self.tags.text())),
            year=self.year.value(),
            related=self._related,
            detect_alone=self.detect_alone.isChecked(),
        )
        if self._original:
            # edit_meanings carries a changed meaning into the entry's one slang sense, if it has one
            others = {k: v for k, v in edited.items() if k not in ("meaning_en", "meaning_zh")}
            self._result = edit_meanings(replace(self._original, **others), meaning_en, meaning_zh)
        else:
            self._result = SlangEntry(**edited)
        super().accept()
