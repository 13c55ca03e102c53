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

from app.services.phrasebook import save_phrase as save_to_phrasebook
from app.ui.context import UiContext
from app.ui.errors import error_text


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
        self.set_known_tags(known_tags)
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

    def set_known_tags(self, known_tags: Iterable[str]) -> None:
        completer = QCompleter(sorted(set(known_tags)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)

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
    initiator: object = None,
) -> PhraseDialog:
    """Open the dialog filled in with what was found; OK saves the phrase (in a write operation, so every view
    hears of it) with its link back. Returns the open dialog (window-modal, so the caller's window waits)."""
    dialog = PhraseDialog(
        parent, text=text.strip(), translation=translation.strip(), note=note, tags=tags, source=source
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    ctx.ops.query(
        lambda app: [tag for tag, _count in app.phrase_store.tags()],
        name="phrase-tags",
        on_done=lambda known: _set_known_tags(dialog, known),
    )

    def save() -> None:
        values = dialog.values()
        ctx.ops.write(
            lambda app: save_to_phrasebook(app, **values, origin=origin, origin_ref=origin_ref).phrase_id,
            initiator=initiator if initiator is not None else parent,
            name="save-phrase",
            on_done=lambda _id: ctx.show_status(
                QCoreApplication.translate("PhraseDialog", "Saved to your phrasebook."), 4000
            ),
            on_error=lambda exc: ctx.show_status(error_text(exc), 8000),
        )

    dialog.accepted.connect(save)
    dialog.open()
    return dialog


def _set_known_tags(dialog: PhraseDialog, known: list[str]) -> None:
    """The tags in use, for completion (the dialog may be closed by the time they arrive)."""
    from shiboken6 import isValid

    if isValid(dialog):
        dialog.set_known_tags(known)
