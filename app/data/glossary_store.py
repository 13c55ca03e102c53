"""The glossary in SQLite: bundled entries, tutors' decks, search, and snapshots for undo.

The values (decks, stored entries, snapshots, rows) are in `glossary_records`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.pinyin import marks_to_numbers
from app.core.queries import bounded, like_contains, like_prefix
from app.core.slang import SlangEntry
from app.core.text import HAN_RE
from app.data.changes import DECK, GLOSSARY
from app.data.glossary_records import (  # noqa: F401 - the names other modules import from here
    _SEP,
    _SQUEEZED_FORMS,
    BUNDLED_DECK,
    OFFENSIVE,
    Deck,
    GlossaryStoreError,
    Snapshot,
    StoredEntry,
    _entry,
    _now,
    _parse,
    _row,
    forms_key,
    lookup_key,
    new_key,
    normalise,
    search_text,
)

if TYPE_CHECKING:
    import sqlite_utils

    from app.data.database import Database


# What a search result is built from: not search_text (the longest column, read only by the search itself).
_ENTRY_COLUMNS = (
    "key, deck_id, bundled, source_key, term, lang, variants, pinyin, literal, meaning_en, meaning_zh, "
    "register, examples, tags, year, related, detect_alone, plain, senses"
)


class _ShortScanRow(NamedTuple):
    id: int
    text: str  # search_text
    term: str  # lower(term), ASCII case folded as SQLite folds it
    forms: str
    lang: str
    offensive: bool


class _Filters(NamedTuple):
    lang: str | None
    tag: str | None
    register: str | None
    deck_id: int | None
    hide_offensive: bool


class GlossaryStore:
    def __init__(self, data: Database) -> None:
        self.data = data
        # (connection, its data_version, its total_changes) -> every entry's _ShortScanRow, in term order: one-
        # and two-character queries cannot use the trigram index, and ranking these rows in Python is several
        # times faster than LIKE over the table's rows (which also read past the long search_text column).
        self._short_scan: tuple[tuple[int, int, int], list[_ShortScanRow]] | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection: the writer inside a transaction, else this thread's reader."""
        return self.data.db

    # --- bundled content -------------------------------------------------------------------------------
    def sync_bundled(self, entries: Iterable[SlangEntry], version: str) -> bool:
        """Bring the bundled deck up to this release's content; user decks are never touched.

        Returns False when the stored bundle already has this version (the usual start-up).
        """
        current = next(iter(self.db.query("select value from app_meta where key = 'glossary_bundle'")), None)
        if current and current["value"] == version:
            return False
        with self.data.transaction():
            deck_id = self._bundled_deck_id()
            rows = [_row(e, e.id, deck_id, True, None) for e in entries]
            keys = [r["key"] for r in rows]
            marks = ",".join("?" * len(keys))
            self.db.execute(f"delete from glossary where bundled = 1 and key not in ({marks})", keys)
            self.db.table("glossary").upsert_all(rows, pk="key", alter=False)
            self.db.table("app_meta").upsert({"key": "glossary_bundle", "value": version}, pk="key")
            self.data.changed(GLOSSARY)
            self.data.changed(DECK, [deck_id])
        return True

    def _bundled_deck_id(self) -> int:
        found = next(iter(self.db.query("select id from decks where kind = 'bundled'")), None)
        if found:
            return int(found["id"])
        now = _now()
        return int(
            self.db.table("decks")
            .insert({"name": BUNDLED_DECK, "kind": "bundled", "created_at": now, "updated_at": now})
            .last_pk
            or 0
        )

    # --- decks -----------------------------------------------------------------------------------------
    def decks(self) -> list[Deck]:
        rows = self.db.query(
            "select decks.id, name, kind, count(glossary.id) as n from decks "
            "left join glossary on glossary.deck_id = decks.id group by decks.id "
            "order by kind = 'user', name collate nocase"
        )
        return [Deck(r["id"], r["name"], r["kind"], r["n"]) for r in rows]

    def deck(self, deck_id: int) -> Deck:
        for deck in self.decks():
            if deck.id == deck_id:
                return deck
        raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "There is no deck {deck_id}."), deck_id=deck_id)

    def deck_by_name(self, name: str) -> Deck | None:
        return next((d for d in self.decks() if d.name.casefold() == name.strip().casefold()), None)

    def create_deck(self, name: str) -> int:
        name = self._valid_name(name)
        now = _now()
        with self.data.transaction():
            deck_id = int(
                self.db.table("decks")
                .insert({"name": name, "kind": "user", "created_at": now, "updated_at": now})
                .last_pk
                or 0
            )
            self.data.changed(DECK, [deck_id])
        return deck_id

    def rename_deck(self, deck_id: int, name: str) -> None:
        deck = self.deck(deck_id)
        if deck.bundled:
            raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "The bundled deck cannot be renamed."))
        name = self._valid_name(name, ignore=deck_id)
        with self.data.transaction():
            self.db.execute("update decks set name = ?, updated_at = ? where id = ?", [name, _now(), deck_id])
            self.data.changed(DECK, [deck_id])

    def delete_deck(self, deck_id: int) -> Snapshot:
        deck = self.deck(deck_id)
        if deck.bundled:
            raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "The bundled deck cannot be deleted."))
        snapshot = Snapshot.of(
            decks=self.db.query("select * from decks where id = ?", [deck_id]),
            glossary=self.db.query("select * from glossary where deck_id = ?", [deck_id]),
        )
        with self.data.transaction():
            self.db.execute("delete from decks where id = ?", [deck_id])
            self.data.changed(DECK, [deck_id])
            self.data.changed(GLOSSARY, [r["key"] for r in snapshot.rows("glossary")])
        return snapshot

    def _valid_name(self, name: str, ignore: int | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "A deck needs a name."))
        if len(name) > 80:
            raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "A deck name can have at most 80 characters."))
        existing = self.deck_by_name(name)
        if existing and existing.id != ignore:
            raise GlossaryStoreError(
                QT_TRANSLATE_NOOP("Errors", "There is already a deck called “{name}”."), name=existing.name
            )
        return name

    # --- entries ---------------------------------------------------------------------------------------
    def get(self, key: str) -> StoredEntry | None:
        row = next(iter(self.db.query("select * from glossary where key = ?", [key])), None)
        return _entry(row) if row else None

    def get_many(self, keys: Iterable[str]) -> dict[str, StoredEntry]:
        """The entries of some keys (a page of a table); keys that are gone are left out."""
        found: dict[str, StoredEntry] = {}
        wanted = list(keys)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"select * from glossary where key in ({marks})", chunk):
                found[row["key"]] = _entry(row)
        return found

    def entries(self, deck_id: int | None = None) -> list[StoredEntry]:
        if deck_id is None:
            rows = self.db.query("select * from glossary order by id")
        else:
            rows = self.db.query("select * from glossary where deck_id = ? order by id", [deck_id])
        return [_entry(r) for r in rows]

    def add(self, deck_id: int, entry: SlangEntry, source_key: str | None = None) -> str:
        deck = self.deck(deck_id)
        if deck.bundled:
            raise GlossaryStoreError(
                QT_TRANSLATE_NOOP("Errors", "Entries are added to your own decks, not to the bundled one.")
            )
        self._check_unique(deck_id, entry)
        key = new_key()
        with self.data.transaction():
            self.db.table("glossary").insert(_row(replace(entry, id=key), key, deck_id, False, source_key))
            self._touch(deck_id)
            self.data.changed(GLOSSARY, [key])
        return key

    def update(self, key: str, entry: SlangEntry) -> None:
        stored = self._require(key)
        if stored.bundled:
            raise GlossaryStoreError(
                QT_TRANSLATE_NOOP("Errors", "Bundled entries are read-only; copy the entry to your deck to change it.")
            )
        self._check_unique(stored.deck_id, entry, ignore=key)
        row = _row(replace(entry, id=key), key, stored.deck_id, False, stored.source_key)
        row.pop("created_at")
        with self.data.transaction():
            self.db.table("glossary").update(self._rowid(key), row)
            self._touch(stored.deck_id)
            self.data.changed(GLOSSARY, [key])

    def copy_to_deck(self, key: str, deck_id: int) -> str:
        stored = self._require(key)
        return self.add(deck_id, stored.entry, source_key=stored.key)

    def delete(self, keys: Iterable[str]) -> Snapshot:
        keys = list(keys)
        marks = ",".join("?" * len(keys))
        rows = tuple(self.db.query(f"select * from glossary where key in ({marks})", keys))
        if any(r["bundled"] for r in rows):
            raise GlossaryStoreError(
                QT_TRANSLATE_NOOP("Errors", "Bundled entries cannot be deleted; hide them with the filters instead.")
            )
        with self.data.transaction():
            self.db.execute(f"delete from glossary where key in ({marks})", keys)
            self.data.changed(GLOSSARY, keys)
            for deck_id in {r["deck_id"] for r in rows}:
                self.data.changed(DECK, [deck_id])
        return Snapshot.of(glossary=rows)

    def restore(self, snapshot: Snapshot) -> None:
        """Undo a delete: put decks and entries back with their ids, in one transaction."""
        with self.data.transaction():
            decks, rows = snapshot.rows("decks"), snapshot.rows("glossary")
            if decks:
                self.db.table("decks").insert_all(decks)
            if rows:
                self.db.table("glossary").insert_all(rows)
            self.data.changed(DECK, [d["id"] for d in decks] + [r["deck_id"] for r in rows])
            self.data.changed(GLOSSARY, [r["key"] for r in rows])

    def import_entries(
        self, deck_id: int | None, entries: list[SlangEntry], new_deck: str | None = None
    ) -> tuple[int, int, int]:
        """Add entries to a deck (or to a new deck named `new_deck`) in ONE transaction: all or nothing.
        An entry whose term is already in the deck replaces it whole. Returns (deck id, added, replaced)."""
        target = deck_id if deck_id is not None else new_deck
        if target is None:
            raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "Choose a deck to import into."))
        with self.data.transaction():
            existing = {} if deck_id is None else self.entries_by_term(deck_id)
            added: dict[tuple[str, str], SlangEntry] = {}
            updated: dict[str, SlangEntry] = {}
            for entry in entries:
                term = (entry.lang, normalise(entry.term))
                if term in existing:
                    updated[existing[term].key] = entry
                else:
                    added[term] = entry
            deck_id, _, _ = self.import_merged(target, [*added.values()], updated)
        return deck_id, len(added), len(updated)

    # --- merging imports -------------------------------------------------------------------------------
    def entries_by_term(self, deck_id: int) -> dict[tuple[str, str], StoredEntry]:
        """A deck's entries by (language, normalised term): how an imported entry finds the one it updates."""
        # A term is the same entry only in the same language (gg, NPC exist in both).
        return {(s.entry.lang, normalise(s.entry.term)): s for s in self.entries(deck_id)}

    def import_merged(
        self, deck: int | str, added: list[SlangEntry], updated: dict[str, SlangEntry]
    ) -> tuple[int, Snapshot, Snapshot]:
        """Write a merged import in ONE transaction (all or nothing): `deck` is a deck id or the name of a new
        deck, `added` the new entries, `updated` the merged entries by key. Returns (deck id, before, after): the
        rows as they were and as they are now, so that `swap` undoes and redoes the whole import."""
        with self.data.transaction():
            if isinstance(deck, str):
                deck_id = self.create_deck(deck)
                new_decks = list(self.db.query("select * from decks where id = ?", [deck_id]))
            else:
                deck_id, new_decks = deck, []
                if self.deck(deck_id).bundled:
                    raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "Imports go into your own decks."))
            before = self._rows(list(updated))
            for old in before:
                row = _row(replace(updated[old["key"]], id=old["key"]), old["key"], deck_id, False, old["source_key"])
                row.pop("created_at")
                self.db.table("glossary").update(old["id"], row)
            keys = [new_key() for _ in added]
            rows = [_row(replace(e, id=key), key, deck_id, False, None) for e, key in zip(added, keys, strict=True)]
            if rows:
                self.db.table("glossary").insert_all(rows)
            after = self._rows([*updated, *keys])
            if after:  # a re-import that changes nothing leaves the deck as it was
                self.data.changed(GLOSSARY, [*updated, *keys])
                self._touch(deck_id)
        return deck_id, Snapshot.of(glossary=before), Snapshot.of(decks=new_decks, glossary=after)

    def swap(self, remove: Snapshot, put: Snapshot) -> None:
        """Undo or redo an import in one transaction: the rows of `remove` that `put` does not have are deleted
        (entries, then decks), the rows of `put` are written back as they were, with their ids."""
        put_keys = {r["key"] for r in put.rows("glossary")}
        put_decks = {d["id"] for d in put.rows("decks")}
        with self.data.transaction():
            gone = [r["key"] for r in remove.rows("glossary") if r["key"] not in put_keys]
            for start in range(0, len(gone), 500):
                chunk = gone[start : start + 500]
                self.db.execute(f"delete from glossary where key in ({','.join('?' * len(chunk))})", chunk)
            for deck in remove.rows("decks"):
                if deck["id"] not in put_decks:
                    self.db.execute("delete from decks where id = ?", [deck["id"]])
            for deck in put.rows("decks"):
                self.db.table("decks").upsert(deck, pk="id")
            present = {r["key"]: r["id"] for r in self._rows(list(put_keys))}
            for row in put.rows("glossary"):
                if row["key"] in present:  # an update, never delete and insert: study cards keep their entry
                    self.db.table("glossary").update(present[row["key"]], {k: v for k, v in row.items() if k != "id"})
                else:
                    self.db.table("glossary").insert(row)
            decks = {r["deck_id"] for r in (*remove.rows("glossary"), *put.rows("glossary"))}
            self.data.changed(DECK, [*decks, *(d["id"] for d in remove.rows("decks"))])
            self.data.changed(GLOSSARY, [*gone, *put_keys])

    def _rows(self, keys: list[str]) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows += self.db.query(f"select * from glossary where key in ({','.join('?' * len(chunk))})", chunk)
        return rows

    def _require(self, key: str) -> StoredEntry:
        stored = self.get(key)
        if stored is None:
            raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "The entry {key} no longer exists."), key=key)
        return stored

    def _rowid(self, key: str) -> int:
        return int(next(iter(self.db.query("select id from glossary where key = ?", [key])))["id"])

    def _check_unique(self, deck_id: int, entry: SlangEntry, ignore: str | None = None) -> None:
        for row in self.db.query(
            "select key, term from glossary where deck_id = ? and lang = ? and term = ? collate nocase",
            [deck_id, entry.lang, entry.term],
        ):
            if row["key"] != ignore:
                raise GlossaryStoreError(QT_TRANSLATE_NOOP("Errors", "This deck already has “{row}”."), row=row["term"])

    def _touch(self, deck_id: int) -> None:
        self.db.execute("update decks set updated_at = ? where id = ?", [_now(), deck_id])
        self.data.changed(DECK, [deck_id])

    # --- search ----------------------------------------------------------------------------------------
    def search(
        self,
        query: str = "",
        *,
        lang: str | None = None,
        tag: str | None = None,
        register: str | None = None,
        deck_id: int | None = None,
        hide_offensive: bool = False,
        limit: int = 500,
    ) -> list[StoredEntry]:
        """Entries matching the query anywhere (term, variants, pinyin with or without tones, meanings,
        examples), best first: exact term, term prefix, variant, then the rest alphabetically."""
        where, params = self._filters(lang, tag, register, deck_id, hide_offensive)
        q = normalise(bounded(query.strip()))
        if q:
            numbered = marks_to_numbers(q)
            if len(q) >= 3:
                where.append("glossary.id in (select rowid from glossary_fts where glossary_fts match ?)")
                params.append('"' + q.replace('"', '""') + '"')
                if numbered != q:  # typed with tone marks: also match the numbered form
                    where[-1] = (
                        "(glossary.id in (select rowid from glossary_fts where glossary_fts match ?) "
                        "or search_text like ? escape '\\')"
                    )
                    params.append(like_contains(numbered))
            else:
                # One or two characters match most of a big glossary ("y" is in nine entries of ten): rank them
                # here from the cached texts and let SQL read only the rows that will be shown.
                wanted = _Filters(lang, tag, register, deck_id, hide_offensive)
                ids = self._short_query_ids(q, wanted, limit)
                where, params = ["glossary.id in (select value from json_each(?))"], [json.dumps(ids)]
        # Ranked and cut in SQL, so only the rows shown are turned into entries (that costs the time).
        rank = (
            "case when lower(term) = :q then 0 when lower(term) like :prefix escape '\\' then 1 "
            "when instr(forms, :form) > 0 then 2 else 3 end"
        )
        named = {f"p{i}": value for i, value in enumerate(params)}
        clause = " and ".join(where)
        for i in range(len(params)):
            clause = clause.replace("?", f":p{i}", 1)
        sql = (
            f"select {_ENTRY_COLUMNS} from glossary {'where ' + clause if clause else ''} "
            f"order by {rank if q else '3'}, term collate nocase limit :limit"
        )
        rows = self.db.query(sql, {**named, "q": q, "prefix": like_prefix(q), "form": _SEP + q + _SEP, "limit": limit})
        return [_entry(r) for r in rows]

    def _short_query_ids(self, q: str, filters: _Filters, limit: int) -> list[int]:
        """Ids of the best `limit` entries whose search text holds the short query `q`, ranked as search's SQL
        ranks them (exact term, term prefix, a form, the rest; then the term, ASCII case folded as NOCASE does)."""
        form = _SEP + q + _SEP
        lang, hide = filters.lang, filters.hide_offensive
        where, params = self._filters(None, filters.tag, filters.register, filters.deck_id, False)
        allowed = None
        if where:  # the rarer filters, applied by SQL
            allowed = {r[0] for r in self.db.execute(f"select id from glossary where {' and '.join(where)}", params)}
        best: list[tuple[int, str, int]] = []  # exact term, term prefix or a form: few, ranked below
        rest: list[int] = []  # the others, already in term order: the first `limit` are the ones shown
        for entry_id, text, term, forms, row_lang, offensive in self._short_scan_rows():  # in term order
            if q not in text or (lang is not None and row_lang != lang) or (hide and offensive):
                continue
            if allowed is not None and entry_id not in allowed:
                continue
            if term == q or term.startswith(q) or form in forms:
                best.append((0 if term == q else 1 if term.startswith(q) else 2, term, entry_id))
            elif len(rest) < limit:
                rest.append(entry_id)
        return ([entry_id for _, _, entry_id in sorted(best)] + rest)[:limit]

    def _short_scan_rows(self) -> list[_ShortScanRow]:
        """What short queries scan, for every entry, read again only when the database changed (data_version
        counts other connections' commits, total_changes this connection's own writes)."""
        db = self.db
        key = (id(db.conn), db.execute("pragma data_version").fetchone()[0], db.conn.total_changes)
        cached = self._short_scan
        if cached is None or cached[0] != key:
            offensive = "exists (select 1 from json_each(register) where value in ('vulgar', 'offensive'))"
            rows = db.execute(
                f"select id, search_text, lower(term), forms, lang, {offensive} from glossary order by lower(term), id"
            )
            cached = (key, [_ShortScanRow(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows])
            self._short_scan = cached
        return cached[1]

    @staticmethod
    def _filters(
        lang: str | None, tag: str | None, register: str | None, deck_id: int | None, hide_offensive: bool
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if lang:
            where.append("lang = ?")
            params.append(lang)
        if tag:
            where.append("exists (select 1 from json_each(glossary.tags) where value = ?)")
            params.append(tag)
        if register:
            where.append("exists (select 1 from json_each(glossary.register) where value = ?)")
            params.append(register)
        if deck_id is not None:
            where.append("deck_id = ?")
            params.append(deck_id)
        if hide_offensive:
            where.append(
                "not exists (select 1 from json_each(glossary.register) where value in ('vulgar', 'offensive'))"
            )
        return where, params

    def lookup(self, term: str) -> list[StoredEntry]:
        """Entries with `term` as their headword or another form, ignoring case, width, spaces, hyphens and
        apostrophes (no cap = no-cap = nocap); failing that, for Chinese, entries with a form that holds `term` (two
        or more characters) inside it, such as 小目标 inside 先定一个小目标."""
        wanted = lookup_key(bounded(term))
        if not wanted:
            return []
        sql = f"select * from glossary where instr({_SQUEEZED_FORMS}, ?) order by id"
        exact = [_entry(r) for r in self.db.query(sql, [_SEP + wanted + _SEP])]
        if exact or len(wanted) < 2 or not HAN_RE.search(wanted):  # English: only whole forms
            return exact
        return [_entry(r) for r in self.db.query(sql + " limit 50", [wanted])]

    def tags(self) -> list[str]:
        rows = self.db.query("select distinct value from glossary, json_each(glossary.tags) order by value")
        return [r["value"] for r in rows]

    def count(self) -> int:
        return int(self.db.execute("select count(*) from glossary").fetchone()[0])


def _rank(entry: SlangEntry, query: str) -> tuple[int, str]:
    term = normalise(entry.term)
    if not query:
        return (0, term)
    if term == query:
        return (0, term)
    if term.startswith(query):
        return (1, term)
    if any(normalise(v) == query for v in entry.variants):
        return (2, term)
    return (3, term)
