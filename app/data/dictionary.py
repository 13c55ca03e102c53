"""CC-CEDICT in SQLite: building the lookup database and querying it.

The dictionary is reference data, kept in its own file beside the user's
database so that backups and "export my data" stay small; it is rebuilt
whenever the bundled CC-CEDICT changes.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core import cedict
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.pinyin import format_syllables, looks_like_pinyin, normalise_query
from app.core.queries import bounded
from app.core.sense_rank import is_proper_noun, match_penalty, order_definitions, rank_readings, short_gloss
from app.core.text import is_han
from app.data.thread_connections import ThreadConnections

SCHEMA_VERSION = "3"
MAX_WORD_LEN = 12
_BATCH = 5000

# A build reports its progress as (done, PROGRESS_TOTAL); the steps after each phase, measured on a laptop.
PROGRESS_TOTAL = 100
_STEP_READ, _STEP_ROWS, _STEP_INSERTED, _STEP_INDEXED, _STEP_SENSES, _STEP_FTS = 15, 28, 56, 59, 93, 97
ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class DictionaryUnavailable(UserError, RuntimeError):
    """The dictionary database is missing or unreadable."""


class BuildCancelled(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class DictEntry:
    simplified: str
    traditional: str
    pinyin: str  # numbered, lowercase, ü as v: "lv4 se4"
    definitions: tuple[str, ...]
    source: str = cedict.SOURCE_NAME

    @property
    def pinyin_marks(self) -> str:
        return format_syllables(self.pinyin.split())

    def to_json(self) -> dict[str, object]:
        return {
            "simplified": self.simplified,
            "traditional": self.traditional,
            "pinyin": self.pinyin_marks,
            "pinyin_numbers": self.pinyin,
            "definitions": list(self.definitions),
            "source": self.source,
        }


def _numbered(pinyin: str) -> str:
    # CC-CEDICT writes ü as u: and capitalises proper nouns' syllables.
    return pinyin.replace("u:", "v").lower()


def _word_frequencies() -> dict[str, int]:
    """jieba's corpus frequencies, used to rank homographs and English look-ups."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    freqs: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split(" ")
            if len(parts) >= 2 and parts[1].isdigit():
                freqs[parts[0]] = int(parts[1])
    return freqs


def _rows(entries: Iterable[cedict.CedictEntry], freqs: dict[str, int]) -> Iterable[dict[str, object]]:
    for order, entry in enumerate(entries):
        numbered = _numbered(entry.pinyin)
        yield {
            "id": order,
            "simplified": entry.simplified,
            "traditional": entry.traditional,
            "pinyin": numbered,
            "pinyin_key": numbered.replace(" ", ""),
            "pinyin_plain": re.sub(r"[1-5 ]", "", numbered),
            "definitions": json.dumps(entry.definitions, ensure_ascii=False),
            "glosses": " / ".join(entry.definitions),
            "freq": freqs.get(entry.simplified, 0),
        }


def build(
    target: Path,
    source: Path | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    """Build the dictionary database at `target` atomically (a temp file, then rename)."""
    source = source or cedict.bundled_path()
    steps = _Steps(progress, cancelled)
    steps.at(0)
    entries = list(cedict.iter_entries(source))
    if not entries:
        raise DictionaryUnavailable(QT_TRANSLATE_NOOP("Errors", "No CC-CEDICT entries found in {file}"), file=source)
    tmp = target.with_name(target.name + ".building")
    tmp.unlink(missing_ok=True)
    try:
        _fill(tmp, entries, cedict.file_version(source), steps)
        os.replace(tmp, target)
        steps.at(PROGRESS_TOTAL)
    finally:
        tmp.unlink(missing_ok=True)


class _Steps:
    """Progress over the whole build, in PROGRESS_TOTAL steps: reading CC-CEDICT, inserting the entries (most of
    the bar), the indexes, the English senses and the full-text index each move it, so a first start shows a bar
    that keeps moving rather than one that sits at 100% for seconds."""

    def __init__(self, progress: ProgressFn | None, cancelled: CancelledFn | None) -> None:
        self.progress = progress
        self.cancelled = cancelled

    def check(self) -> None:
        if self.cancelled and self.cancelled():
            raise BuildCancelled()

    def at(self, done: int) -> None:
        self.check()
        if self.progress:
            self.progress(min(done, PROGRESS_TOTAL), PROGRESS_TOTAL)


def _fill(path: Path, entries: list[cedict.CedictEntry], version: str, steps: _Steps) -> None:
    import sqlite_utils  # only needed to build; look-ups use plain sqlite3

    db = sqlite_utils.Database(path)
    try:
        table = db.table("entries")
        table.create(
            {
                "id": int,
                "simplified": str,
                "traditional": str,
                "pinyin": str,
                "pinyin_key": str,
                "pinyin_plain": str,
                "definitions": str,
                "glosses": str,
                "freq": int,
            },
            pk="id",
        )
        steps.at(_STEP_READ)
        rows = list(_rows(entries, _word_frequencies()))
        steps.at(_STEP_ROWS)
        total = len(rows)
        for start in range(0, total, _BATCH):
            steps.check()
            table.insert_all(rows[start : start + _BATCH], batch_size=_BATCH)
            steps.at(_STEP_ROWS + (_STEP_INSERTED - _STEP_ROWS) * min(start + _BATCH, total) // total)
        for column in ("simplified", "traditional", "pinyin_key", "pinyin_plain"):
            table.create_index([column])
        steps.at(_STEP_INDEXED)
        # Exact English senses ("cat" for 猫): the best reverse look-up hits, found by index.
        senses = db.table("senses")
        senses.create({"sense": str, "entry_id": int, "bucket": int, "freq": int})
        for start in range(0, total, _BATCH):
            senses.insert_all(
                (
                    {"sense": key, "entry_id": row["id"], "bucket": bucket, "freq": row["freq"]}
                    for row in rows[start : start + _BATCH]
                    for key, bucket in _sense_keys(row).items()
                ),
                batch_size=_BATCH,
            )
            steps.at(_STEP_INDEXED + (_STEP_SENSES - _STEP_INDEXED) * min(start + _BATCH, total) // total)
        senses.create_index(["sense", "bucket", "freq"])
        steps.at(_STEP_SENSES)
        table.enable_fts(["glosses"], tokenize="porter", create_triggers=False)
        steps.at(_STEP_FTS)
        db.table("meta").insert_all(
            [{"key": "schema", "value": SCHEMA_VERSION}, {"key": "source", "value": version}],
            pk="key",
        )
        db.execute("ANALYZE")
    finally:
        db.close()


def is_current(path: Path, source: Path | None = None) -> bool:
    """True when `path` holds a complete dictionary built from the current CC-CEDICT."""
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("select key, value from meta").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    version = cedict.file_version(source or cedict.bundled_path())
    return meta.get("schema") == SCHEMA_VERSION and meta.get("source") == version


def ensure_built(path: Path, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> bool:
    """Build the dictionary if it is missing or stale; True if it was (re)built."""
    if is_current(path):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    build(path, progress=progress, cancelled=cancelled)
    return True


class Dictionary:
    """Read-only look-ups; one SQLite connection per thread, as SQLite wants."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connections = ThreadConnections(self._open)

    def _open(self) -> sqlite3.Connection:
        if not self.path.exists():
            raise DictionaryUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The dictionary has not been built yet: {file}"), file=self.path
            )
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def _conn(self) -> sqlite3.Connection:
        return self._connections.get()

    def _query(self, sql: str, params: Iterable[object]) -> list[DictEntry]:
        try:
            rows = self._conn().execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise DictionaryUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The dictionary could not be read: {detail}"), detail=exc
            ) from exc
        return [DictEntry(s, t, p, tuple(json.loads(d))) for s, t, p, d in rows]

    _COLUMNS = "simplified, traditional, pinyin, definitions"

    def lookup_hanzi(self, word: str, prefer: str = "") -> list[DictEntry]:
        """Entries whose simplified or traditional form is exactly `word`, most useful reading first (the one
        `prefer`, numbered pinyin from the context, names; never a surname or variant before a real word),
        each with its ordinary senses before its rare ones (sense_rank)."""
        found = self._query(
            f"select {self._COLUMNS} from entries where simplified = ? "
            f"union all select {self._COLUMNS} from entries "
            "where traditional = ? and simplified != ?",
            (word, word, word),
        )
        return [_ordered(e) for e in rank_readings(found, prefer)]

    def lookup_pinyin(self, query: str, limit: int = 50) -> list[DictEntry]:
        """`nihao`, `ni3 hao3` or `nǐ hǎo`; syllables without a tone match any tone."""
        chunks = normalise_query(query)
        if not chunks:
            return []
        plain = "".join(re.sub(r"[1-5]", "", c) for c in chunks)
        rows = self._query(
            f"select {self._COLUMNS} from entries where pinyin_plain = ? order by freq desc, id limit 500",
            (plain,),
        )
        if any(c[-1].isdigit() for c in chunks):
            rows = [r for r in rows if _tones_fit(chunks, r.pinyin.split())]
        return rows[:limit]

    def lookup_english(self, query: str, limit: int = 30) -> list[DictEntry]:
        """Reverse look-up, best first: entries with a sense that *is* the query (by word
        frequency), then full-text matches ranked by how closely a sense fits."""
        words = re.findall(r"[A-Za-z0-9']+", query.lower())
        if not words:
            return []
        phrase = _LEADING_RE.sub("", " ".join(words))
        # A word whose *first* sense is the query beats a frequent word that has it as a late
        # sense (美 before 那 for "beautiful": 那 is frequent as "that").
        exact = self._exact_senses(phrase, limit)
        if len(exact) >= limit:
            return exact
        match = " ".join(f'"{w}"' for w in words)
        cursor = self._conn().execute(
            f"select {self._COLUMNS}, freq from entries where id in "
            "(select rowid from entries_fts where entries_fts match ? order by rank limit 150)",
            (match,),
        )
        seen = {(e.simplified, e.pinyin) for e in exact}
        scored = []
        for s, t, p, d, freq in cursor.fetchall():
            if (s, p) in seen:
                continue
            definitions = tuple(json.loads(d))
            closeness = _closeness(phrase, definitions)
            scored.append((closeness, -math.log1p(freq), len(s), DictEntry(s, t, p, definitions)))
        scored.sort(key=lambda item: item[:3])
        return (exact + [item[3] for item in scored])[:limit]

    def _exact_senses(self, phrase: str, limit: int) -> list[DictEntry]:
        """Entries with a sense that is exactly `phrase`, best first. Each scores its sense's position (bucket),
        a penalty when that sense is a bound form or a rare one, less the word's corpus frequency (log10):
        地方 "place" (a second sense of a very common word) comes before 处 "(bound form) place" and 地点."""
        try:
            rows = (
                self._conn()
                .execute(
                    f"select {self._COLUMNS}, bucket, senses.freq from senses join entries "
                    "on entries.id = senses.entry_id where sense = ? order by bucket, senses.freq desc limit ?",
                    (phrase, max(60, limit * 3)),
                )
                .fetchall()
            )
        except sqlite3.DatabaseError as exc:
            raise DictionaryUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The dictionary could not be read: {detail}"), detail=exc
            ) from exc
        scored = []
        for order, (s, t, p, d, bucket, freq) in enumerate(rows):
            definitions = tuple(json.loads(d))
            penalty = match_penalty(definitions, lambda part: _sense_key(part) == phrase)
            if len(s) == 1 and bucket:  # a character has many senses; a later one is seldom what it is used for
                penalty += 0.5
            score = bucket + penalty - math.log10(freq + 1)
            scored.append((score, len(s), order, DictEntry(s, t, p, order_definitions(definitions))))
        scored.sort(key=lambda item: item[:3])
        return [item[3] for item in scored[:limit]]

    def lookup(self, query: str, limit: int = 30) -> list[DictEntry]:
        """Whatever the user typed: hanzi, pinyin or English (its first MAX_QUERY_CHARS characters)."""
        query = bounded(query.strip()).strip()
        if not query:
            return []
        if any(is_han(ch) for ch in query):
            return self.lookup_hanzi(query)[:limit]
        found: list[DictEntry] = []
        if looks_like_pinyin(query):
            found = self.lookup_pinyin(query, limit)
        return (found + self.lookup_english(query, limit))[:limit]

    def word_entries(self, words: Iterable[str]) -> dict[str, list[tuple[str, str, bool]]]:
        """(numbered pinyin, short gloss, is a proper noun) of every entry of each word, most useful reading
        first (sense_rank); annotation uses them for glosses, for the neutral tones of words (朋友 péngyou)
        and for the capitals of copied pinyin."""
        words = [w for w in set(words) if w]
        found: dict[str, list[tuple[str, str, bool]]] = {}
        for start in range(0, len(words), 500):  # SQLite limits the number of parameters
            chunk = words[start : start + 500]
            marks = ",".join("?" * len(chunk))
            try:
                cursor = self._conn().execute(
                    f"select simplified, pinyin, definitions from entries where simplified in ({marks}) order by id",
                    chunk,
                )
                rows = cursor.fetchall()
            except sqlite3.DatabaseError as exc:
                raise DictionaryUnavailable(
                    QT_TRANSLATE_NOOP("Errors", "The dictionary could not be read: {detail}"), detail=exc
                ) from exc
            readings: dict[str, list[DictEntry]] = {}
            for word, pinyin, definitions in rows:
                readings.setdefault(word, []).append(DictEntry(word, word, pinyin, tuple(json.loads(definitions))))
            for word, entries in readings.items():
                found[word] = [
                    (e.pinyin, short_gloss(e.definitions, 40), is_proper_noun(e.definitions))
                    for e in rank_readings(entries)
                ]
        return found

    def longest_at(self, text: str, pos: int, max_len: int = MAX_WORD_LEN) -> tuple[int, list[DictEntry]]:
        """The longest dictionary word starting at `pos` (for hover), as (length, entries)."""
        candidates = [text[pos : pos + n] for n in range(1, min(max_len, len(text) - pos) + 1)]
        if not candidates:
            return 0, []
        marks = ",".join("?" * len(candidates))
        rows = (
            self._conn()
            .execute(
                f"select max(length(simplified)) from entries where simplified in ({marks}) "
                f"or traditional in ({marks})",
                candidates * 2,
            )
            .fetchone()
        )
        length = rows[0] or 0
        return (length, self.lookup_hanzi(text[pos : pos + length])) if length else (0, [])

    def close(self) -> None:
        """Close every thread's connection (each also closes by itself when its thread ends)."""
        self._connections.close_all()


def _ordered(entry: DictEntry) -> DictEntry:
    ordered = order_definitions(entry.definitions)
    return (
        entry if ordered == entry.definitions else DictEntry(entry.simplified, entry.traditional, entry.pinyin, ordered)
    )


def _tones_fit(chunks: list[str], syllables: list[str]) -> bool:
    if len(chunks) != len(syllables):
        return False
    for chunk, syllable in zip(chunks, syllables, strict=True):
        if re.sub(r"[1-5]", "", chunk) != syllable[:-1]:
            return False
        if chunk[-1].isdigit() and chunk[-1] != syllable[-1]:
            return False
    return True


_PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LEADING_RE = re.compile(r"^(to|a|an|the) ")


def _sense_key(sense: str) -> str:
    return _LEADING_RE.sub("", _PAREN_RE.sub("", sense).strip().lower()).strip()


def _sense_keys(row: dict[str, object]) -> dict[str, int]:
    """Each normalised sense of an entry with a bucket for its position: 0 first, 1 second or third, 2 later."""
    definitions = json.loads(str(row["definitions"]))
    senses = [key for d in definitions for part in d.split(";") if (key := _sense_key(part))]
    keys: dict[str, int] = {}
    for ordinal, key in enumerate(senses):
        keys.setdefault(key, 0 if ordinal == 0 else 1 if ordinal < 3 else 2)
    return keys


def _closeness(phrase: str, definitions: tuple[str, ...]) -> int:
    """0: a sense is exactly the phrase; 1: a sense starts with it; 2: it is a whole word; 3: other."""
    best = 3
    for definition in definitions:
        for part in definition.split(";"):
            sense = _sense_key(part)
            if sense == phrase:
                return 0
            if sense.startswith(phrase + " ") or sense.startswith(phrase + ","):
                best = min(best, 1)
            elif re.search(rf"\b{re.escape(phrase)}\b", sense):
                best = min(best, 2)
    return best
