"""Saved phrases in SQLite: the phrasebook's store (the Reader, translator, glossary and sessions add to it)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.phrase_text import auto_pinyin, clean_tags, normalise, search_text
from app.core.queries import bounded
from app.core.text import clean_text
from app.data.changes import PHRASE
from app.data.snapshot import Snapshot
from app.data.timestamps import now_stamp

if TYPE_CHECKING:
    import sqlite_utils

    from app.data.database import Database

MAX_TEXT = 2_000
MAX_TRANSLATION = 4_000
MAX_NOTE = 10_000
MAX_REF = 5_000
EDITABLE = ("text", "translation", "pinyin", "note", "tags", "source")
ORIGINS = ("typed", "reader", "translation", "glossary", "session")
# Sort keys a view or the CLI may ask for, and the SQL they stand for (id breaks ties: a stable order).
# {p} is "+" when the search scans the table anyway: sorting the matches then beats walking the sort
# column's index and looking up every row (40 ms instead of 150 ms over 100,000 phrases).
SORTS = {
    "updated": "{p}phrases.updated_at {dir}, phrases.id {dir}",
    "created": "{p}phrases.created_at {dir}, phrases.id {dir}",
    "text": "{p}phrases.text collate nocase {dir}, phrases.id {dir}",
    "translation": "{p}phrases.translation collate nocase {dir}, phrases.id {dir}",
    "pinyin": "{p}phrases.pinyin collate nocase {dir}, phrases.id {dir}",
    "tags": "{p}phrases.tags collate nocase {dir}, phrases.id {dir}",
    "note": "{p}phrases.note collate nocase {dir}, phrases.id {dir}",
    "source": "{p}phrases.source collate nocase {dir}, phrases.id {dir}",
}


class PhraseError(UserError, ValueError):
    """A request the store refuses (empty text, unknown phrase …), in one sentence."""


@dataclass(frozen=True, slots=True)
class Phrase:
    id: int
    text: str
    translation: str
    pinyin: str
    note: str
    tags: tuple[str, ...]
    source: str
    origin: str  # where it was saved from: "typed", "reader", "translation", "glossary", "session"
    created_at: str
    updated_at: str = ""
    origin_ref: str = ""  # what leads back there: a glossary key, a session entry id, the source text

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "translation": self.translation,
            "pinyin": self.pinyin,
            "note": self.note,
            "tags": list(self.tags),
            "source": self.source,
            "origin": self.origin,
            "origin_ref": self.origin_ref,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


def _now() -> str:
    return now_stamp()


def _phrase(r: Mapping[str, Any]) -> Phrase:
    return Phrase(
        r["id"],
        r["text"],
        r["translation"],
        r["pinyin"],
        r["note"],
        tuple(json.loads(r["tags"])),
        r["source"],
        r["origin"],
        r["created_at"],
        r["updated_at"],
        r["origin_ref"],
    )


def _clean_text(value: str, limit: int, what: str) -> str:
    value = clean_text(value).strip()  # NULs and other control characters never reach the database or exports
    if len(value) > limit:
        raise PhraseError(
            QT_TRANSLATE_NOOP("Errors", "The {what} is too long (at most {limit} characters)."),
            what=what,
            limit=f"{limit:,}",
        )
    return value


def fill_pinyin(text: str, translation: str) -> str:
    """The pinyin a new phrase gets: of its text when that is Chinese, else of its translation."""
    return auto_pinyin(text) or auto_pinyin(translation)


class PhraseStore:
    def __init__(self, data: Database) -> None:
        self.data = data

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection: the writer inside a transaction, else this thread's reader."""
        return self.data.db

    # --- writing -------------------------------------------------------------------------------------
    def add(
        self,
        text: str,
        translation: str = "",
        *,
        pinyin: str | None = None,
        note: str = "",
        tags: Iterable[str] | str = (),
        source: str = "",
        origin: str = "typed",
        origin_ref: str = "",
    ) -> int:
        """Save a phrase; `pinyin=None` fills it in for Chinese. Returns the new id."""
        text = _clean_text(text, MAX_TEXT, "phrase")
        if not text:
            raise PhraseError(QT_TRANSLATE_NOOP("Errors", "A phrase needs some text."))
        translation = _clean_text(translation, MAX_TRANSLATION, "translation")
        note = _clean_text(note, MAX_NOTE, "note")
        pinyin = fill_pinyin(text, translation) if pinyin is None else pinyin.strip()
        now = _now()
        row = {
            "text": text,
            "translation": translation,
            "pinyin": pinyin,
            "note": note,
            "tags": json.dumps(list(clean_tags(tags)), ensure_ascii=False),
            "source": source.strip()[:MAX_REF],
            "origin": origin if origin in ORIGINS else "typed",
            "origin_ref": origin_ref[:MAX_REF],
            "search_text": search_text(text, translation, pinyin, note),
            "created_at": now,
            "updated_at": now,
        }
        with self.data.transaction():
            phrase_id = int(self.db.table("phrases").insert(row).last_pk or 0)
            self.data.changed(PHRASE, [phrase_id])
        return phrase_id

    def update(self, phrase_id: int, **changes: Any) -> Phrase:
        """Change some of text, translation, pinyin, note, tags, source. A new Chinese text gets new
        pinyin unless pinyin is given too. Returns the phrase as saved."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise PhraseError(
                QT_TRANSLATE_NOOP("Errors", "A phrase has no field {field} to change."), field=repr(sorted(unknown)[0])
            )
        old = self.require(phrase_id)
        values = {field: getattr(old, field) for field in EDITABLE}
        values.update(changes)
        text = _clean_text(str(values["text"]), MAX_TEXT, "phrase")
        if not text:
            raise PhraseError(QT_TRANSLATE_NOOP("Errors", "A phrase needs some text."))
        translation = _clean_text(str(values["translation"]), MAX_TRANSLATION, "translation")
        note = _clean_text(str(values["note"]), MAX_NOTE, "note")
        pinyin = str(values["pinyin"]).strip()
        if "pinyin" not in changes and (text != old.text or (not pinyin and translation != old.translation)):
            pinyin = fill_pinyin(text, translation)
        row = {
            "text": text,
            "translation": translation,
            "pinyin": pinyin,
            "note": note,
            "tags": json.dumps(list(clean_tags(values["tags"])), ensure_ascii=False),
            "source": str(values["source"]).strip()[:MAX_REF],
            "search_text": search_text(text, translation, pinyin, note),
            "updated_at": _now(),
        }
        with self.data.transaction():
            self.db.table("phrases").update(phrase_id, row)
            self.data.changed(PHRASE, [phrase_id])
        return self.require(phrase_id)

    def delete(self, ids: Iterable[int]) -> Snapshot:
        """Delete phrases in one transaction; the snapshot puts them back (undo)."""
        snapshot = self.snapshot(ids)
        rows = snapshot.rows("phrases")
        if not rows:
            return snapshot
        marks = ",".join("?" * len(rows))
        with self.data.transaction():
            self.db.execute(f"delete from phrases where id in ({marks})", [r["id"] for r in rows])
            self.data.changed(PHRASE, [r["id"] for r in rows])
        return snapshot

    def snapshot(self, ids: Iterable[int]) -> Snapshot:
        wanted = list(dict.fromkeys(int(i) for i in ids))
        rows: list[dict[str, Any]] = []
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            rows += self.db.query(f"select * from phrases where id in ({marks})", chunk)
        return Snapshot.of(phrases=rows)

    def restore(self, snapshot: Snapshot) -> None:
        """Put rows back exactly as they were (their ids, times and tags), replacing what is there now."""
        rows = snapshot.rows("phrases")
        if not rows:
            return
        with self.data.transaction():
            self.db.table("phrases").upsert_all(rows, pk="id")
            self.data.changed(PHRASE, [r["id"] for r in rows])

    def add_tag(self, ids: Iterable[int], tag: str) -> Snapshot:
        """Tag many phrases at once (one transaction); returns what they were before."""
        return self._retag(ids, lambda tags: (*tags, tag))

    def remove_tag(self, ids: Iterable[int], tag: str) -> Snapshot:
        folded = tag.strip().casefold()
        return self._retag(ids, lambda tags: tuple(t for t in tags if t.casefold() != folded))

    def _retag(self, ids: Iterable[int], change: Any) -> Snapshot:
        before = self.snapshot(ids)
        now = _now()
        with self.data.transaction():
            for row in before.rows("phrases"):
                old = tuple(json.loads(row["tags"]))
                new = clean_tags(change(old))
                if new != old:
                    self.data.changed(PHRASE, [row["id"]])
                    self.db.execute(
                        "update phrases set tags = ?, updated_at = ? where id = ?",
                        [json.dumps(list(new), ensure_ascii=False), now, row["id"]],
                    )
        return before

    # --- reading -------------------------------------------------------------------------------------
    def get(self, phrase_id: int) -> Phrase | None:
        row = next(iter(self.db.query("select * from phrases where id = ?", [phrase_id])), None)
        return _phrase(row) if row else None

    def require(self, phrase_id: int) -> Phrase:
        phrase = self.get(phrase_id)
        if phrase is None:
            raise PhraseError(
                QT_TRANSLATE_NOOP("Errors", "The phrase {phrase_id} no longer exists."), phrase_id=phrase_id
            )
        return phrase

    def get_many(self, ids: Iterable[int]) -> dict[int, Phrase]:
        found: dict[int, Phrase] = {}
        wanted = list(ids)
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"select * from phrases where id in ({marks})", chunk):
                found[row["id"]] = _phrase(row)
        return found

    def all(self) -> list[Phrase]:
        """Every phrase, newest first."""
        return [_phrase(r) for r in self.db.query("select * from phrases order by id desc")]

    def count(self) -> int:
        return int(self.db.execute("select count(*) from phrases").fetchone()[0])

    def search_ids(
        self, query: str = "", *, tag: str | None = None, sort: str = "updated", descending: bool = True
    ) -> list[int]:
        """Ids of the phrases matching every word of the query (in the text, translation, pinyin with or
        without tones, or note) and carrying `tag`, in the asked order. Only ids: a view fetches the rows
        it paints, so 100,000 phrases stay quick."""
        where, params, scans = self._where(query, tag)
        order = SORTS.get(sort, SORTS["updated"]).format(dir="desc" if descending else "asc", p="+" if scans else "")
        sql = "select phrases.id from phrases" + (" where " + " and ".join(where) if where else "")
        return [row[0] for row in self.db.execute(f"{sql} order by {order}", params).fetchall()]

    def search(
        self,
        query: str = "",
        *,
        tag: str | None = None,
        sort: str = "updated",
        descending: bool = True,
        limit: int | None = None,
    ) -> list[Phrase]:
        ids = self.search_ids(query, tag=tag, sort=sort, descending=descending)
        if limit is not None:
            ids = ids[:limit]
        rows = self.get_many(ids)
        return [rows[i] for i in ids if i in rows]

    @staticmethod
    def _where(query: str, tag: str | None) -> tuple[list[str], list[Any], bool]:
        """The conditions, their parameters, and whether they scan every row."""
        where: list[str] = []
        params: list[Any] = []
        scans = False
        for word in normalise(bounded(query)).split():
            if len(word) >= 3:  # the trigram index answers; shorter words are looked for in every row
                where.append("phrases.id in (select rowid from phrases_fts where phrases_fts match ?)")
                params.append('"' + word.replace('"', '""') + '"')
            else:  # search_text and the word are both folded, so a plain substring test will do
                where.append("instr(phrases.search_text, ?) > 0")
                params.append(word)
                scans = True
        if tag:
            where.append("phrases.id in (select phrase_id from phrase_tags where tag = ?)")
            params.append(tag.strip())
        return where, params, scans

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of phrases, alphabetically."""
        rows = self.db.execute(
            "select min(tag), count(*) from phrase_tags group by tag collate nocase order by tag collate nocase"
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def linked(self, origin: str, origin_ref: str) -> list[Phrase]:
        """The phrases saved from one place (e.g. origin 'session' and a session entry's id), oldest first."""
        rows = self.db.query(
            "select * from phrases where origin = ? and origin_ref = ? order by id", [origin, origin_ref]
        )
        return [_phrase(r) for r in rows]


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
