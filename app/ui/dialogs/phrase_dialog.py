"""Saving a phrase from anywhere it appears: the Reader, the Glossary, a session entry, or typed in."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import UiContext


class PhraseDialog(QDialog):
    """The fields of a phrase, filled in from where it was found; `values()` after it is accepted."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        text: str = "",
        translation: str = "",
        note: str = "",
        tags: Iterable[str] = (),
        source: str = "",
        known_tags: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phrase-dialog")
        self.setMinimumWidth(480)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("phrase-text")
        self.translation = QPlainTextEdit(translation)
        self.translation.setObjectName("phrase-translation")
        self.note = QPlainTextEdit(note)
        for box, height in ((self.text, 56), (self.translation, 56), (self.note, 70)):
            box.setFixedHeight(height)
            box.setTabChangesFocus(True)
        self.pinyin = QLineEdit()
        self.tags = QLineEdit(", ".join(tags))
        self.tags.setObjectName("phrase-tags")
        completer = QCompleter(sorted(set(known_tags)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.source = QLineEdit(source)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        fields = (self.text, self.translation, self.pinyin, self.note, self.tags, self.source)
        for label, field in zip(self.labels, fields, strict=True):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save to phrasebook"))
        names = (
            self.tr("Phrase"),
            self.tr("Translation"),
            self.tr("Pinyin"),
            self.tr("Note"),
            self.tr("Tags"),
            self.tr("Source"),
        )
        for label, name in zip(self.labels, names, strict=True):
            label.setText(name)
        self.pinyin.setPlaceholderText(self.tr("Filled in automatically for Chinese"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. slang, week 1"))
        self.source.setPlaceholderText(self.tr("Where it comes from: a post, a person, a link"))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def values(self) -> dict[str, Any]:
        """Keyword arguments for PhraseStore.add (pinyin None: filled in automatically)."""
        return {
            "text": self.text.toPlainText(),
            "translation": self.translation.toPlainText(),
            "pinyin": self.pinyin.text().strip() or None,
            "note": self.note.toPlainText(),
            "tags": self.tags.text(),
            "source": self.source.text(),
        }


def save_phrase(
    ctx: UiContext,
    parent: QWidget | None = None,
    *,
    text: str,
    translation: str = "",
    note: str = "",
    tags: Iterable[str] = (),
    source: str = "",
    origin: str = "typed",
    origin_ref: str = "",
) -> PhraseDialog:
    """Open the dialog filled in with what was found; OK saves the phrase with its link back and tells the
    views. Returns the open dialog (window-modal, so the caller's window waits for it)."""
    store = ctx.app.phrase_store
    dialog = PhraseDialog(
        parent,
        text=text.strip(),
        translation=translation.strip(),
        note=note,
        tags=tags,
        source=source,
        known_tags=[tag for tag, _count in store.tags()],
    )

    def save() -> None:
        import sqlite3

        from app.data.phrases import PhraseError

        try:
            store.add(**dialog.values(), origin=origin, origin_ref=origin_ref)
        except (PhraseError, OSError, sqlite3.Error) as exc:
            ctx.show_status(str(exc), 8000)
            return
        ctx.events.phrases_changed.emit()
        ctx.show_status(QCoreApplication.translate("PhraseDialog", "Saved to your phrasebook."), 4000)

    dialog.accepted.connect(save)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
