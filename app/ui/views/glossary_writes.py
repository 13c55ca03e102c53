"""The Glossary's changes: decks and entries, each one a write operation with its History step (undoable with
Ctrl+Z), and the import. A mixin of GlossaryView, kept apart so that each module stays readable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QListWidget

from app.ui.views.table_view import TableView
from app.ui.widgets.glossary_model import GlossaryTableModel

if TYPE_CHECKING:
    from app.core.slang import SlangEntry
    from app.data.glossary_store import Deck, StoredEntry
    from app.services.context import AppContext
    from app.services.glossary import ImportedDeck, ImportResult

ALL_DECKS = -1


class GlossaryWrites(TableView):
    """The base of GlossaryView: which deck and entry are current, and every change. `deck` arguments are a
    deck id, or the name of a deck to create with the entry (one undo step)."""

    model: GlossaryTableModel
    deck_list: QListWidget  # made by GlossaryView
    _decks: list[Deck]
    _want_deck: int | None  # select this deck when it appears (a new deck, an import)

    def make_model(self) -> GlossaryTableModel:
        return GlossaryTableModel(self.ctx.ops, self)

    def counted(self, what: str, count: int) -> str:
        """A text with a count ("delete-step", "deleted", "imported"), in GlossaryView's translation context."""
        raise NotImplementedError

    def current_deck_id(self) -> int:
        item = self.deck_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else ALL_DECKS

    def current_deck(self) -> Deck | None:
        return next((d for d in self._decks if d.id == self.current_deck_id()), None)

    def _select_deck(self, deck_id: int) -> None:
        """Show a deck once it is listed (after a write, when the next search brings the decks)."""
        self._want_deck = deck_id
        self.refresh()

    def selected_keys(self) -> list[str]:
        return self.selected_ids()

    def current_entry(self) -> StoredEntry | None:
        return self.current_row()

    def select_entry(self, key: str) -> bool:
        """Show one entry (from the Reader's "open in glossary" link, or a related entry); filters that hide
        it are cleared, and it is selected when it appears."""
        return self.select_id(key)

    # --- decks ----------------------------------------------------------------------------------------
    def new_deck(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New deck"), self.tr("Name of the new deck:"))
        if not ok:
            return
        step, scope = self.tr("New deck"), self.view_id

        def work(app: AppContext) -> int:
            store = app.glossary_store
            deck_id = store.create_deck(name)
            held: list[Any] = []
            app.history.record(
                step, lambda: held.append(store.delete_deck(deck_id)), lambda: store.restore(held.pop()), scope
            )
            return deck_id

        self.write(work, self._select_deck)

    def rename_deck(self) -> None:
        deck = self.current_deck()
        if deck is None or deck.bundled:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename deck"), self.tr("New name:"), text=deck.name)
        if not ok or name.strip() == deck.name:
            return
        step, scope, deck_id, before = self.tr("Rename deck"), self.view_id, deck.id, deck.name

        def work(app: AppContext) -> None:
            store = app.glossary_store
            store.rename_deck(deck_id, name)
            after = store.deck(deck_id).name
            app.history.record(
                step, lambda: store.rename_deck(deck_id, before), lambda: store.rename_deck(deck_id, after), scope
            )

        self.write(work, lambda _: self.refresh())

    def delete_deck(self) -> None:
        deck = self.current_deck()
        if deck is None or deck.bundled:
            return
        step, scope, deck_id = self.tr("Delete deck"), self.view_id, deck.id

        def work(app: AppContext) -> None:
            store = app.glossary_store
            snapshot = store.delete_deck(deck_id)
            app.history.record(step, lambda: store.restore(snapshot), lambda: store.delete_deck(deck_id), scope)

        def done(_: object) -> None:
            self.refresh()
            message = self.tr("Deleted the deck “{name}”. Undo with Ctrl+Z.").replace("{name}", deck.name)
            self.ctx.show_status(message, 8000)

        self.write(work, done)

    def _own_deck_for_new_entry(self) -> int | str | None:
        deck = self.current_deck()
        if deck is not None and not deck.bundled:
            return deck.id
        return self._choose_deck(self.tr("Add to which deck?"))

    def _choose_deck(self, question: str) -> int | str | None:
        """One of your decks (its id), or the name of a new one; None if the person cancelled."""
        own: list[Deck] = [d for d in self._decks if not d.bundled]
        new_label = self.tr("A new deck…")
        names = [d.name for d in own] + [new_label]
        name, ok = QInputDialog.getItem(self, self.tr("Glossary"), question, names, 0, False)
        if not ok:
            return None
        if name == new_label:
            name, ok = QInputDialog.getText(self, self.tr("New deck"), self.tr("Name of the new deck:"))
            return name if ok else None
        return next(d.id for d in own if d.name == name)

    # --- entries --------------------------------------------------------------------------------------
    def new_entry(self) -> None:
        from app.ui.dialogs.entry_editor import EntryEditor

        deck = self._own_deck_for_new_entry()
        if deck is None:
            return
        editor = EntryEditor(None, self)
        entry = editor.entry() if editor.exec() else None
        if entry is not None:
            self.add_entry(deck, entry)

    def add_entry(self, deck: int | str, entry: SlangEntry, source_key: str | None = None) -> None:
        """Add an entry (pinyin filled in) in a worker; it is selected when the search that shows it arrives."""
        step, scope = self.tr("Add entry"), self.view_id

        def work(app: AppContext) -> tuple[int, str]:
            from app.services.glossary import with_pinyin

            store = app.glossary_store
            with app.data.transaction():  # a new deck and its first entry: both or neither
                deck_id = store.create_deck(deck) if isinstance(deck, str) else deck
                key = store.add(deck_id, with_pinyin(entry), source_key)
            held: list[Any] = []
            if isinstance(deck, str):
                undo, redo = (lambda: held.append(store.delete_deck(deck_id))), (lambda: store.restore(held.pop()))
            else:
                undo, redo = (lambda: held.append(store.delete([key]))), (lambda: store.restore(held.pop()))
            app.history.record(step, undo, redo, scope)
            return deck_id, key

        def done(added: tuple[int, str]) -> None:
            deck_id, key = added
            if isinstance(deck, str):
                self._want_deck = deck_id
            self.select_entry(key)

        self.write(work, done)

    def edit_entry(self) -> None:
        from app.ui.dialogs.entry_editor import EntryEditor

        stored = self.current_entry()
        if stored is None or stored.bundled:
            return
        editor = EntryEditor(stored.entry, self)
        entry = editor.entry() if editor.exec() else None
        if entry is not None:
            self.update_entry(stored, entry)

    def update_entry(self, stored: StoredEntry, after: SlangEntry) -> None:
        step, scope, key, before = self.tr("Edit entry"), self.view_id, stored.key, stored.entry

        def work(app: AppContext) -> None:
            from app.services.glossary import with_pinyin

            store = app.glossary_store
            new = with_pinyin(after)
            store.update(key, new)
            app.history.record(step, lambda: store.update(key, before), lambda: store.update(key, new), scope)

        self.write(work, lambda _: self.refresh())

    def copy_to_deck(self) -> None:
        stored = self.current_entry()
        if stored is None:
            return
        deck = self._choose_deck(self.tr("Copy “{term}” to which deck?").replace("{term}", stored.entry.term))
        if deck is not None:
            self.add_entry(deck, stored.entry, source_key=stored.key)

    def delete_entries(self) -> None:
        keys = [k for k in self.selected_keys() if not self._is_bundled(k)]
        if not keys:
            return
        scope = self.view_id

        def work(app: AppContext) -> int:
            store = app.glossary_store
            mine = [k for k, s in store.get_many(keys).items() if not s.bundled]  # rows not on screen, too
            if not mine:
                return 0
            snapshot = store.delete(mine)
            step = self.counted("delete-step", len(mine))  # translating is thread-safe; the count is known only here
            app.history.record(step, lambda: store.restore(snapshot), lambda: store.delete(mine), scope)
            return len(mine)

        def done(count: int) -> None:
            self.refresh()
            message = self.counted("deleted", count)
            self.ctx.show_status(message, 8000)

        self.write(work, done)

    def _is_bundled(self, key: str) -> bool:
        row = self.model.row_of(key)
        stored = self.model.row(row) if row >= 0 else None
        return stored is not None and stored.bundled

    # --- import ---------------------------------------------------------------------------------------
    def _finish_import(self, imported: ImportedDeck, path: Path, deck_name: str | None) -> None:
        """The file is read: ask which deck it goes into (unless the caller named one), then merge it."""
        if deck_name is not None:
            self._plan_import(imported, path, deck_name)
            return

        def ask(decks: list[Deck]) -> None:
            from app.ui.dialogs.import_deck import ImportDeckDialog

            own = [(d.id, d.name) for d in decks if not d.bundled]
            dialog = ImportDeckDialog(own, imported.name or path.stem, path.name, self)
            dialog.accepted.connect(lambda: self._plan_import(imported, path, dialog.choice()))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.ctx.ops.query(lambda app: app.glossary_store.decks(), name="import-decks", on_done=ask, on_error=self.fail)

    def _plan_import(self, imported: ImportedDeck, path: Path, deck: int | str) -> None:
        """Count in a worker where the file differs from values the deck has; ask about those before writing."""

        def plan(app: AppContext) -> ImportResult:
            from app.services.glossary import import_into

            return import_into(app.glossary_store, imported, deck, path, dry_run=True)

        def planned(result: ImportResult) -> None:
            if not result.conflicts:
                self._write_import(imported, path, deck, "keep")
                return
            from app.ui.dialogs.import_deck import ConflictQuestion

            question = ConflictQuestion(result, self)
            question.answered.connect(lambda policy: self._write_import(imported, path, deck, policy))
            question.finished.connect(question.deleteLater)
            question.open()

        self.ctx.ops.query(plan, name="import-plan", on_done=planned, on_error=self.fail)

    def _write_import(self, imported: ImportedDeck, path: Path, deck: int | str, policy: str) -> None:
        """The merge, in one transaction and one undo step."""
        step, scope = self.tr("Import “{file}”").replace("{file}", path.name), self.view_id

        def work(app: AppContext) -> ImportResult:
            from app.services.glossary import import_into

            store = app.glossary_store
            result = import_into(store, imported, deck, path, on_conflict=policy)
            before, after = result.before, result.after
            if before or after:  # an import that changed nothing is no step to undo
                app.history.record(step, lambda: store.swap(after, before), lambda: store.swap(before, after), scope)
            return result

        def done(result: ImportResult) -> None:
            from app.ui.dialogs.import_deck import import_summary

            if result.deck_id is not None:
                self._select_deck(result.deck_id)
            self.ctx.show_status(import_summary(result), 10000)

        self.write(work, done)
