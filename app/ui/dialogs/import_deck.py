"""Importing a glossary file: which deck it goes into, what to do where it differs from your own edits, and the
sentence that says what the import did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.services.glossary import ImportResult

NEW_DECK = -1  # the combo's "New deck" item


class ImportDeckDialog(QDialog):
    """One of your decks, or a new deck named after the file. The file's own deck name picks its deck when you
    have one of that name: re-importing your own export merges into the deck it came from."""

    def __init__(self, decks: list[tuple[int, str]], suggested: str, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import-deck")
        self.setWindowTitle(self.tr("Import glossary"))
        self.deck_box = QComboBox()
        self.deck_box.setObjectName("import-deck-choice")
        for deck_id, name in decks:
            self.deck_box.addItem(name, deck_id)
        self.deck_box.addItem(self.tr("New deck"), NEW_DECK)
        self.name_edit = QLineEdit(" ".join(suggested.split()))
        self.name_edit.setObjectName("import-deck-name")
        self.name_edit.setPlaceholderText(self.tr("Name of the new deck"))
        self.name_label = QLabel(self.tr("Name:"))
        question = QLabel(self.tr("Import “{file}” into which deck?").replace("{file}", file_name))
        question.setWordWrap(True)
        self.hint = hint = QLabel(
            self.tr(
                "Entries the deck already has are merged: they take what the file says, and keep everything the file "
                "does not say. You are asked before your own edits are replaced."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("import-deck-hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Deck:"), self.deck_box)
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        same = next((i for i, (_, name) in enumerate(decks) if name.casefold() == suggested.strip().casefold()), None)
        self.deck_box.setCurrentIndex(same if same is not None else len(decks))
        self.deck_box.currentIndexChanged.connect(self._update)
        self.name_edit.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(420)

    def _update(self) -> None:
        new = self.deck_box.currentData() == NEW_DECK
        self.name_label.setVisible(new)
        self.name_edit.setVisible(new)
        self.hint.setVisible(not new)  # how a merge works, for a deck that has entries
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not new or bool(self.name_edit.text().strip()))

    def choice(self) -> int | str:
        """The chosen deck's id, or the name of the new deck (a name you already use merges into that deck)."""
        deck_id = self.deck_box.currentData()
        return " ".join(self.name_edit.text().split()) if deck_id == NEW_DECK else int(deck_id)


class ConflictQuestion(QMessageBox):
    """Entries where the file differs from values you gave: keep yours, take the file's, or import nothing."""

    answered = Signal(str)  # "keep" or "replace"; nothing when cancelled

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-conflicts")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Import glossary"))
        text = self.tr("In “{deck}”, entries where the file differs from your own values: {count}.")
        self.setText(text.replace("{deck}", result.deck_name).replace("{count}", str(result.conflicts)))
        terms = ", ".join(result.conflict_terms) + ("…" if result.conflicts > len(result.conflict_terms) else "")
        self.setInformativeText(terms + "\n\n" + self.tr("Everything else in the file is merged either way."))
        self.keep_button = self.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        self.replace_button = self.addButton(self.tr("Take the file’s"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.cancel_button)
        self.buttonClicked.connect(self._on_button_clicked)

    def _on_button_clicked(self, button: QAbstractButton) -> None:
        if button is self.keep_button:
            self.answered.emit("keep")
        elif button is self.replace_button:
            self.answered.emit("replace")


def import_summary(result: ImportResult) -> str:
    """What an import did, in one sentence for the status bar (the texts are ImportDeckDialog's)."""
    translate = QCoreApplication.translate
    text = translate(
        "ImportDeckDialog", "Imported into “{deck}”: {added} added, {updated} updated, {unchanged} unchanged."
    )
    if result.conflicts and result.on_conflict == "replace":
        text += " " + translate("ImportDeckDialog", "Took the file’s values in entries you had edited: {conflicts}.")
    elif result.conflicts:
        text += " " + translate("ImportDeckDialog", "Kept your own values in entries the file changes: {conflicts}.")
    if result.added or result.updated or result.new_deck:  # nothing changed: no undo step was recorded
        text += " " + translate("ImportDeckDialog", "Undo with Ctrl+Z.")
    fields = {
        "deck": result.deck_name,
        "added": result.added,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "conflicts": result.conflicts,
    }
    for name, value in fields.items():
        text = text.replace("{" + name + "}", str(value))
    return text
