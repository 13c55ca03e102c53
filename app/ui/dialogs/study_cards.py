"""Adding study cards: phrases, glossary entries or a whole deck, and which card types to make."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.data.study_store import DEFAULT_TYPES, Source
from app.services.context import AppContext
from app.ui.context import UiContext


class AddCardsDialog(QDialog):
    """Choose phrases, glossary entries or a whole deck, and the card types to make for them."""

    sources_shown = Signal()  # the phrases and decks arrived from the worker
    entries_shown = Signal()  # a glossary search's results are shown

    def __init__(self, ctx: UiContext, can_listen: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add study cards"))
        self.ctx = ctx
        self._search_request = 0
        # Ticks are kept across tabs and searches: an entry ticked and then searched away is still chosen.
        self._ticked_entries: dict[str, None] = {}  # in the order they were ticked
        self.phrase_list, self.entry_list, self.deck_list = QListWidget(), QListWidget(), QListWidget()
        self.phrase_list.setObjectName("card-phrases")
        self.entry_list.setObjectName("card-entries")
        self.deck_list.setObjectName("card-decks")
        self.phrase_list.itemChanged.connect(lambda _item: self._update_tabs())
        self.entry_list.itemChanged.connect(self._on_entry_ticked)
        ctx.ops.query(_phrases_and_decks, name="card-sources", on_done=self._show_sources)
        self.search = QLineEdit(placeholderText=self.tr("Search the glossary…"))
        self.search.textChanged.connect(self._search)
        entries = QWidget()
        entry_layout = QVBoxLayout(entries)
        entry_layout.addWidget(self.search)
        entry_layout.addWidget(self.entry_list)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.phrase_list, "")
        self.tabs.addTab(entries, "")
        self.tabs.addTab(self.deck_list, self.tr("A whole deck"))
        self._update_tabs()
        names = {
            "recognition": self.tr("Chinese → meaning and pinyin"),
            "production": self.tr("Meaning → Chinese"),
            "pinyin": self.tr("Tone and pinyin drill (typed)"),
            "listening": self.tr("Listening"),
        }
        self.type_boxes = {t: self._check_box(text, t in DEFAULT_TYPES) for t, text in names.items()}
        self.type_boxes["listening"].setVisible(can_listen)
        self.speech_hint = QLabel(
            self.tr("Listening cards need a Chinese text-to-speech voice, and none was found on this computer.")
        )
        self.speech_hint.setWordWrap(True)
        self.speech_hint.setVisible(not can_listen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        for box in self.type_boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.speech_hint)
        layout.addWidget(buttons)
        self._search("")
        self.resize(560, 520)

    @staticmethod
    def _check_box(text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        return box

    @staticmethod
    def _item(widget: QListWidget, text: str, data: Any, checkable: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)

    def _show_sources(self, found: tuple[list[tuple[int, str]], list[tuple[int, str, bool, int]]]) -> None:
        if not isValid(self):
            return  # closed before the lists arrived
        phrases, decks = found
        self.phrase_list.blockSignals(True)
        for phrase_id, text in phrases:
            self._item(self.phrase_list, text, phrase_id, checkable=True)
        self.phrase_list.blockSignals(False)
        for deck_id, name, bundled, count in decks:
            shown = self.tr("Bundled slang") if bundled else name
            self._item(self.deck_list, f"{shown} ({count})", deck_id, checkable=False)
        self.sources_shown.emit()

    def _search(self, text: str) -> None:
        """Search the glossary in a worker; only the newest search's results are shown."""
        self._search_request += 1
        request = self._search_request

        def found(entries: list[tuple[str, str]]) -> None:
            if isValid(self) and request == self._search_request:
                self._show_entries(entries)

        self.ctx.ops.query(
            lambda app: [
                (s.key, f"{s.entry.term} — {s.entry.meaning_en}") for s in app.glossary_store.search(text, limit=300)
            ],
            name="card-entries",
            on_done=found,
        )

    def _show_entries(self, entries: list[tuple[str, str]]) -> None:
        self.entry_list.blockSignals(True)  # filling the list is not ticking
        self.entry_list.clear()
        for key, text in entries:
            self._item(self.entry_list, text, key, True)
            if key in self._ticked_entries:
                self.entry_list.item(self.entry_list.count() - 1).setCheckState(Qt.CheckState.Checked)
        self.entry_list.blockSignals(False)
        self.entries_shown.emit()

    def _on_entry_ticked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked_entries[key] = None
        else:
            self._ticked_entries.pop(key, None)
        self._update_tabs()

    def _update_tabs(self) -> None:
        """The tabs count their ticks, so that what is chosen on another tab is not forgotten."""
        phrases, entries = len(self._checked(self.phrase_list)), len(self._ticked_entries)
        self.tabs.setTabText(0, self.tr("Phrases") + (f" ({phrases})" if phrases else ""))
        self.tabs.setTabText(1, self.tr("Glossary entries") + (f" ({entries})" if entries else ""))

    @staticmethod
    def _checked(widget: QListWidget) -> list[Any]:
        items = (widget.item(i) for i in range(widget.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def sources(self) -> list[Source]:
        """Every phrase and entry ticked, on either tab (and entries ticked before a search hid them)."""
        phrases = [Source("phrase", str(i)) for i in self._checked(self.phrase_list)]
        return phrases + [Source("entry", key) for key in self._ticked_entries]

    def deck_id(self) -> int | None:
        item = self.deck_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if self.tabs.currentIndex() == 2 and item else None

    def types(self) -> list[str]:
        return [t for t, box in self.type_boxes.items() if box.isChecked() and box.isVisibleTo(self)]


def _phrases_and_decks(app: AppContext) -> tuple[list[tuple[int, str]], list[tuple[int, str, bool, int]]]:
    phrases = [(p.id, f"{p.text} — {p.translation}") for p in app.phrase_store.all()]
    decks = [(d.id, d.name, d.bundled, d.count) for d in app.glossary_store.decks()]
    return phrases, decks
