"""Reading and writing glossary files (CSV, JSON, Anki .apkg): whole files are validated first, all or nothing."""

from __future__ import annotations

import codecs
import csv
import hashlib
import html
import io
import itertools
import json
import os
import re
import sqlite3
import tempfile
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import IO, Any

from app.core.pinyin import format_syllable, looks_like_pinyin
from app.core.slang import LANGS, REGISTERS, Example, SlangEntry
from app.core.text import Script, clean_text, detect_script, fold_width, han_count

MAX_IMPORT_BYTES = 20 * 1024 * 1024
# Anki decks often carry audio and images we never extract, so the archive may be larger than a text file;
# what we do extract (the collection database) has its own limit, counted while it is inflated.
MAX_APKG_BYTES = 200 * 1024 * 1024
MAX_COLLECTION_BYTES = 100 * 1024 * 1024
MAX_ERRORS = 50
MAX_TERM_CHARS = 100

JSON_FORMAT = "jiaoliu-glossary"
JSON_VERSION = 1
CSV_COLUMNS = (
    "term",
    "lang",
    "pinyin",
    "meaning_en",
    "meaning_zh",
    "literal",
    "variants",
    "register",
    "tags",
    "year",
    "example",
    "example_translation",
    "detect_alone",
)
ANKI_MODEL_NAME = "Jiaoliu Slang"
ANKI_FIELDS = ("Term", "Pinyin", "Meaning", "MeaningOwn", "Literal", "Examples", "Tags")

_MEANING_KEYS = ("meaning_en", "meaning_zh", "meaning")
_ENTRY_KEYS = frozenset(
    {
        "id",
        "term",
        "lang",
        "variants",
        "pinyin",
        "literal",
        "register",
        "examples",
        "tags",
        "year",
        "related",
        "detect_alone",
        "plain",
        *_MEANING_KEYS,
    }
)
_CSV_KEYS = frozenset(CSV_COLUMNS) | {"meaning"}
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NUMBERED_SYLLABLE_RE = re.compile(r"^[a-zv]+[1-5]$")
_LIST_SEPARATORS_RE = re.compile(r"[;；]")
_TRUE = frozenset({"true", "yes", "y", "1", "是"})
_FALSE = frozenset({"false", "no", "n", "0", "否"})


class ImportProblem(Exception):
    """The file cannot be imported; `errors` holds one-line messages, each naming the line, row, entry or note."""

    def __init__(self, errors: list[str], source: str = "") -> None:
        self.errors = _capped(errors)
        self.source = source
        super().__init__("\n".join(self.errors))


@dataclass
class ImportedDeck:
    name: str | None  # the deck name stored in the file, when the format has one
    entries: list[SlangEntry]


def _capped(errors: list[str]) -> list[str]:
    if len(errors) <= MAX_ERRORS:
        return list(errors)
    return [*errors[:MAX_ERRORS], f"… and {len(errors) - MAX_ERRORS} more"]


# --- dispatch and raw bytes ------------------------------------------------------------------------------


def read_file(path: Path) -> ImportedDeck:
    """Import one file, chosen by its extension (.csv, .json, .apkg, any case)."""
    suffix = path.suffix.lower()
    if suffix == ".apkg":
        return read_apkg(path)
    if suffix not in (".csv", ".json"):
        raise ImportProblem([f"'{path.name}' is not a glossary file: choose a .csv, .json or .apkg file"], path.name)
    data = _read_bytes(path, MAX_IMPORT_BYTES)
    return read_csv(data, path.name) if suffix == ".csv" else read_json(data, path.name)


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing big files before reading them (and reading at most limit + 1 bytes anyway)."""
    _check_file(path, limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ImportProblem([f"cannot read the file: {exc.strerror or exc}"], path.name) from exc
    _check_size(len(data), limit, path.name)
    return data


def _check_file(path: Path, limit: int) -> None:
    try:
        if not path.is_file():  # also keeps us from blocking on a FIFO
            raise ImportProblem(["there is no such file"], path.name)
        size = path.stat().st_size
    except OSError as exc:
        raise ImportProblem([f"cannot read the file: {exc.strerror or exc}"], path.name) from exc
    _check_size(size, limit, path.name)


def _check_size(size: int, limit: int, source: str) -> None:
    if size > limit:
        raise ImportProblem([f"the file is {_size_text(size)}; files over {_size_text(limit)} are refused"], source)


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def _decode(data: bytes, source: str) -> str:
    """UTF-8 text, with or without a byte-order mark; every other encoding is refused with a hint."""
    _check_size(len(data), MAX_IMPORT_BYTES, source)
    if not data.strip():
        raise ImportProblem(["the file is empty"], source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportProblem(["the file is UTF-16 text, not UTF-8: save it as UTF-8 (Excel: “CSV UTF-8”)"], source)
    if b"\x00" in data:
        raise ImportProblem(["the file contains binary data: it is not a text file"], source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"line {line}: the file is not UTF-8 text (byte 0x{data[exc.start]:02x}): save it as UTF-8"
        raise ImportProblem([message], source) from exc
    if not text.strip():
        raise ImportProblem(["the file is empty"], source)
    return text


# --- one entry, from any format ----------------------------------------------------------------------------


def _clean(value: str) -> str:
    return clean_text(value).strip()


def _type_name(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


class _Fields:
    """Typed reads from one raw entry (a JSON object, a CSV row or an Anki note); problems name where it came from."""

    def __init__(self, raw: Mapping[str, Any], where: str, problems: list[str]) -> None:
        self.raw = raw
        self.where = where
        self.problems = problems

    def problem(self, message: str) -> None:
        self.problems.append(f"{self.where}: {message}")

    def text(self, key: str) -> str:
        value = self.raw.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(f"'{key}' must be text, not {_type_name(value)}")
            return ""
        return _clean(value)

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key)
        if value is None:
            return ()
        if isinstance(value, str):  # CSV cells, and a lenient reading of JSON
            value = _LIST_SEPARATORS_RE.split(value)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(f"'{key}' must be a list of text, not {_type_name(value)}")
            return ()
        return tuple(dict.fromkeys(item for v in value if (item := _clean(v))))

    def year(self) -> int:
        value = self.raw.get("year")
        if isinstance(value, str):  # CSV cells
            value = value.strip()
            value = int(value) if value.isascii() and value.isdigit() else (value or None)
        if value is None:
            return date.today().year
        if not isinstance(value, int) or isinstance(value, bool) or not 1800 <= value <= date.today().year + 1:
            self.problem(f"'year' must be a year such as 2021, not {value!r}")
            return 0
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.raw.get(key)
        if isinstance(value, str):  # CSV cells
            word = value.strip().lower()
            value = True if word in _TRUE else False if word in _FALSE else (word or None)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(f"'{key}' must be true or false, not {value!r}")
            return default
        return value

    def examples(self) -> tuple[Example, ...]:
        value = self.raw.get("examples")
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(f"'examples' must be a list, not {_type_name(value)}")
            return ()
        return tuple(example for i, item in enumerate(value, 1) if (example := self._example(i, item)))

    def _example(self, number: int, item: Any) -> Example | None:
        if not isinstance(item, dict) or not all(isinstance(item.get(k, ""), str) for k in ("text", "translation")):
            self.problem(f"example {number} must be an object with 'text' and 'translation'")
            return None
        text, translation = _clean(item.get("text", "")), _clean(item.get("translation", ""))
        if not text:
            self.problem(f"example {number} has no text")
            return None
        return Example(text, translation)


def _build_entry(raw: Mapping[str, Any], where: str, problems: list[str]) -> SlangEntry | None:
    """One entry with defaults filled in, or None after recording every problem it has."""
    fields = _Fields(raw, where, problems)
    before = len(problems)
    term = _term(fields)
    pinyin_text = fields.text("pinyin")
    lang = fields.text("lang").lower() or _guess_lang(term, pinyin_text)
    if lang not in LANGS:
        fields.problem(f'\'lang\' must be "zh" or "en", not {lang!r}')
    pinyin = _pinyin(fields, pinyin_text, lang)
    meaning_en, meaning_zh = _meanings(fields, lang)
    register = _register(fields)
    entry = SlangEntry(
        id=_entry_id(raw.get("id")),
        term=term,
        lang=lang,
        variants=tuple(v for v in fields.text_list("variants") if v != term),
        pinyin=pinyin,
        literal=fields.text("literal"),
        meaning_en=meaning_en,
        meaning_zh=meaning_zh,
        register=register,
        examples=fields.examples(),
        tags=tuple(dict.fromkeys(re.sub(r"\s+", "-", t.lower()) for t in fields.text_list("tags"))),
        year=fields.year(),
        related=fields.text_list("related"),
        detect_alone=fields.flag("detect_alone", True),
        plain=fields.text("plain"),
    )
    return entry if len(problems) == before else None


def _term(fields: _Fields) -> str:
    term = re.sub(r" {2,}", " ", fields.text("term"))
    if not isinstance(fields.raw.get("term", ""), str | None):
        return ""  # text() has recorded the wrong type
    if not term:
        fields.problem("'term' is empty")
    elif "\n" in term or "\t" in term:
        fields.problem(f"'term' must be one line, not {term[:40]!r}")
    elif len(term) > MAX_TERM_CHARS:
        fields.problem(f"'term' is {len(term)} characters long; the limit is {MAX_TERM_CHARS}")
    return term


def _guess_lang(term: str, pinyin: str) -> str:
    # Letter abbreviations such as yyds are Chinese slang too; their pinyin gives them away.
    return "zh" if han_count(term) or pinyin else "en"


def _pinyin(fields: _Fields, text: str, lang: str) -> str | None:
    """Light checks only: the store fills missing pinyin, and numbered syllables become tone marks."""
    if not text:
        return None
    if lang == "en":
        fields.problem("'pinyin' is only for Chinese terms")
        return None
    if not looks_like_pinyin(re.sub(r"[-’,]", " ", text)):
        fields.problem(f"'pinyin' does not look like pinyin: {text[:40]!r}")
        return None
    syllables = text.split()
    return " ".join(format_syllable(s.lower()) if _NUMBERED_SYLLABLE_RE.match(s.lower()) else s for s in syllables)


def _meanings(fields: _Fields, lang: str) -> tuple[str, str]:
    meanings = {"meaning_en": fields.text("meaning_en"), "meaning_zh": fields.text("meaning_zh")}
    loose = fields.text("meaning")
    if loose:
        slot = _meaning_slot(loose, lang)
        meanings[slot] = meanings[slot] or loose
    if not any(meanings.values()):
        given = [f"'{k}'" for k in _MEANING_KEYS if k in fields.raw]
        fields.problem(
            f"no meaning: {' and '.join(given)} empty" if given else "no meaning: add 'meaning_en' or 'meaning_zh'"
        )
    return meanings["meaning_en"], meanings["meaning_zh"]


def _meaning_slot(meaning: str, lang: str) -> str:
    """Where an unlabelled meaning goes: by its script when that is clear, else the term's other language."""
    script = detect_script(meaning)
    if script is Script.CHINESE:
        return "meaning_zh"
    if script is Script.ENGLISH:
        return "meaning_en"
    return "meaning_en" if lang == "zh" else "meaning_zh"


def _register(fields: _Fields) -> tuple[str, ...]:
    register = tuple(r.lower() for r in fields.text_list("register"))
    if unknown := [r for r in register if r not in REGISTERS]:
        fields.problem(f"unknown register {', '.join(unknown)}; use {', '.join(sorted(REGISTERS))}")
    return register or ("neutral",)


def _entry_id(value: Any) -> str:
    if isinstance(value, str) and _ID_RE.match(value) and len(value) <= 80:
        return value
    return f"user-{uuid.uuid4().hex[:12]}"


def _term_key(entry: SlangEntry) -> tuple[str, str]:
    # Width and case folded like the store's matching; the language counts because the bundled glossary
    # itself has Chinese and English entries with the same spelling (gg, NPC, vlog).
    return entry.lang, fold_width(entry.term).casefold()


def _entries_or_raise(
    built: Iterable[tuple[str, SlangEntry | None]], problems: list[str], source: str
) -> list[SlangEntry]:
    """All entries when every one is valid and no term repeats; otherwise ImportProblem with every problem.

    `built` is consumed lazily, so problems come out in file order.
    """
    entries: list[SlangEntry] = []
    first_seen: dict[tuple[str, str], str] = {}
    for where, entry in built:
        if entry is None:
            continue
        key = _term_key(entry)
        if key in first_seen:
            problems.append(f"{where}: {entry.term!r} is already at {first_seen[key]}")
        else:
            first_seen[key] = where.split(" (")[0]  # "entry 2", not "entry 2 ('yyds')" a second time
        entries.append(entry)
    if problems:
        raise ImportProblem(problems, source)
    if not entries:
        raise ImportProblem(["the file has no entries"], source)
    return entries


# --- CSV ---------------------------------------------------------------------------------------------------


def read_csv(data: bytes, source: str = "") -> ImportedDeck:
    """A CSV file with a header row: the full column set or the minimal `term,meaning`."""
    text = _decode(data, source)
    problems: list[str] = []
    rows = _csv_rows(text, problems)
    header_line, header = next(rows, (1, []))
    columns = _csv_columns(header, header_line, problems)
    if problems:
        raise ImportProblem(problems, source)
    built = ((f"line {line}", _csv_entry(columns, cells, line, problems)) for line, cells in rows)
    return ImportedDeck(None, _entries_or_raise(built, problems, source))


def _csv_rows(text: str, problems: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with the physical line each starts on (quoted fields may span lines)."""
    first_line = next((line for line in io.StringIO(text) if line.strip()), "")
    delimiter = max(",;\t", key=first_line.count)  # Excel in many locales writes ';', some tools tabs
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if any(cell.strip() for cell in cells):
                yield line, cells
    except csv.Error as exc:  # the reader cannot resume after this, so the rest of the file is not checked
        problems.append(f"line {reader.line_num}: {exc}")


def _csv_columns(header: list[str], line: int, problems: list[str]) -> list[str]:
    columns = [re.sub(r"[\s-]+", "_", name.strip().lower()) for name in header]
    if columns and columns[0] not in _CSV_KEYS:
        problems.append(
            f"line {line}: the first row must name the columns (such as term, meaning_en, meaning_zh), "
            f"not {header[0][:40]!r}"
        )
        return columns
    if unknown := [name for name in columns if name not in _CSV_KEYS]:
        problems.append(f"line {line}: unknown column(s) {', '.join(map(repr, unknown))}")
    if repeated := sorted({name for name in columns if columns.count(name) > 1}):
        problems.append(f"line {line}: column(s) {', '.join(map(repr, repeated))} appear more than once")
    if "term" not in columns:
        problems.append(f"line {line}: missing the required column 'term'")
    if not any(key in columns for key in _MEANING_KEYS):
        problems.append(f"line {line}: missing a meaning column: 'meaning_en', 'meaning_zh' or 'meaning'")
    return columns


def _csv_entry(columns: list[str], cells: list[str], line: int, problems: list[str]) -> SlangEntry | None:
    where = f"line {line}"
    if extra := [cell for cell in cells[len(columns) :] if cell.strip()]:
        problems.append(
            f"{where}: {len(columns) + len(extra)} cells but only {len(columns)} columns "
            "(put quotes around text that contains a comma)"
        )
        return None
    raw: dict[str, Any] = dict(zip(columns, cells, strict=False))
    raw["examples"] = _csv_examples(raw.pop("example", ""), raw.pop("example_translation", ""))
    return _build_entry(raw, where, problems)


def _csv_examples(texts: str, translations: str) -> list[dict[str, str]]:
    """Several examples sit one per line in the two example cells, paired by position."""
    pairs = itertools.zip_longest(texts.splitlines(), translations.splitlines(), fillvalue="")
    return [{"text": t, "translation": tr} for t, tr in pairs if t.strip() or tr.strip()]


def write_csv(entries: Iterable[SlangEntry], path: Path) -> None:
    """All columns, UTF-8 with a byte-order mark so that Excel shows Chinese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_row(entry) for entry in entries)
    data = buffer.getvalue().encode("utf-8-sig")
    _atomic_write(path, lambda handle: handle.write(data))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _csv_list(items: Iterable[str]) -> str:
    # ';' separates the items, so one inside an item ("too long; didn't read") becomes a comma.
    return "; ".join(_LIST_SEPARATORS_RE.sub(",", item) for item in items)


def _csv_row(entry: SlangEntry) -> list[str]:
    # One example per line inside the cell, so a line break inside an example would break the pairing.
    texts = [_one_line(e.text) for e in entry.examples]
    translations = [_one_line(e.translation) for e in entry.examples]
    return [
        entry.term,
        entry.lang,
        entry.pinyin or "",
        entry.meaning_en,
        entry.meaning_zh,
        entry.literal,
        _csv_list(entry.variants),
        _csv_list(entry.register),
        _csv_list(entry.tags),
        str(entry.year),
        "\n".join(texts),
        "\n".join(translations),
        "true" if entry.detect_alone else "false",
    ]


# --- JSON --------------------------------------------------------------------------------------------------


def read_json(data: bytes, source: str = "") -> ImportedDeck:
    """Our export format, the bundled-file form {"version": 1, "entries": [...]}, or a bare list of entries."""
    document = _parse_json(_decode(data, source), source)
    name, items = _json_items(document, source)
    problems: list[str] = []
    built = (_json_entry(i, item, problems) for i, item in enumerate(items, 1))
    return ImportedDeck(name, _entries_or_raise(built, problems, source))


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem([f"line {exc.lineno}, column {exc.colno}: not valid JSON: {exc.msg}"], source) from exc
    except (ValueError, RecursionError) as exc:  # e.g. a number with thousands of digits, or absurd nesting
        raise ImportProblem([f"not valid JSON: {exc}"], source) from exc


def _json_items(document: Any, source: str) -> tuple[str | None, list[Any]]:
    if isinstance(document, list):
        return None, document
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportProblem(['expected an object with an "entries" list, or a list of entries'], source)
    if document.get("format", JSON_FORMAT) != JSON_FORMAT:
        raise ImportProblem([f'"format" is {document["format"]!r}, not "{JSON_FORMAT}"'], source)
    version = document.get("version", JSON_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > JSON_VERSION:
        raise ImportProblem([f'"version" {version!r} is not one this app can read (up to {JSON_VERSION})'], source)
    deck = document.get("deck")
    name = deck.strip() if isinstance(deck, str) and deck.strip() else None
    return name, document["entries"]


def _json_entry(number: int, item: Any, problems: list[str]) -> tuple[str, SlangEntry | None]:
    term = item.get("term") if isinstance(item, dict) else None
    where = f"entry {number} ({term.strip()[:40]!r})" if isinstance(term, str) and term.strip() else f"entry {number}"
    if not isinstance(item, dict):
        problems.append(f"{where}: expected an object, not {_type_name(item)}")
        return where, None
    if unknown := sorted(str(k) for k in set(item) - _ENTRY_KEYS):
        problems.append(f"{where}: unknown field(s) {', '.join(map(repr, unknown))}")
    return where, _build_entry(item, where, problems)


def write_json(entries: Iterable[SlangEntry], path: Path, deck_name: str | None = None) -> None:
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "deck": deck_name,
        "entries": [asdict(entry) for entry in entries],
    }
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    _atomic_write(path, lambda handle: handle.write(data))


# --- Anki .apkg --------------------------------------------------------------------------------------------


def write_apkg(entries: Iterable[SlangEntry], path: Path, deck_name: str) -> None:
    """One deck of "Jiaoliu Slang" notes; ids come from the deck name, so re-exports update the same Anki deck."""
    import genanki  # only exports need it

    name = deck_name.strip()
    if not name:
        raise ValueError("an Anki deck needs a name")
    model = _anki_model(name)
    deck = genanki.Deck(_stable_id("deck", name), name)
    for entry in entries:
        guid = genanki.guid_for("jiaoliu", entry.lang, entry.term)  # stable, so Anki updates notes on re-import
        deck.add_note(genanki.Note(model=model, fields=_note_fields(entry), tags=_anki_tags(entry), guid=guid))
    package = genanki.Package(deck)
    _atomic_write(path, lambda handle: _write_package(package, handle))


def _stable_id(kind: str, name: str) -> int:
    digest = hashlib.sha256(f"jiaoliu:{kind}:{name}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)  # the range genanki recommends


def _anki_model(deck_name: str) -> Any:
    import genanki

    back = (
        "{{FrontSide}}<hr id=answer>"
        '{{#Pinyin}}<div class="pinyin">{{Pinyin}}</div>{{/Pinyin}}'
        '<div class="meaning">{{Meaning}}</div>'
        '{{#MeaningOwn}}<div class="own">{{MeaningOwn}}</div>{{/MeaningOwn}}'
        '{{#Literal}}<div class="literal">{{Literal}}</div>{{/Literal}}'
        '{{#Examples}}<div class="examples">{{Examples}}</div>{{/Examples}}'
    )
    return genanki.Model(
        _stable_id("model", deck_name),
        ANKI_MODEL_NAME,
        fields=[{"name": name} for name in ANKI_FIELDS],
        templates=[{"name": "Card 1", "qfmt": '<div class="term">{{Term}}</div>', "afmt": back}],
        css=(
            ".card { font-family: sans-serif; font-size: 20px; text-align: center; }\n"
            ".term { font-size: 40px; } .pinyin { color: #555; } .own, .literal { color: #777; font-size: 16px; }\n"
            ".examples ul { text-align: left; } .examples .tr { color: #777; }\n"
        ),
    )


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _note_fields(entry: SlangEntry) -> list[str]:
    own = entry.meaning_zh if entry.lang == "zh" else entry.meaning_en
    # One line each: the first <br> inside an item is what separates the example from its translation.
    items = "".join(
        f'<li>{_html(_one_line(e.text))}<br><span class="tr">{_html(_one_line(e.translation))}</span></li>'
        for e in entry.examples
    )
    return [
        _html(entry.term),
        _html(entry.pinyin or ""),
        _html(entry.meaning_other),
        _html(own),
        _html(entry.literal),
        f"<ul>{items}</ul>" if items else "",
        _html(" ".join(entry.tags)),
    ]


def _anki_tags(entry: SlangEntry) -> list[str]:
    return [tag for tag in (re.sub(r"\s+", "-", t.strip()) for t in entry.tags) if tag]  # Anki tags have no spaces


def _write_package(package: Any, handle: IO[bytes]) -> None:
    # Package.write_to_file leaves its temporary database behind in the system temp folder, so the collection is
    # built here, in a folder that is always removed, and zipped by hand (the same two members genanki writes).
    stamp = time.time()
    with tempfile.TemporaryDirectory(prefix="jiaoliu-apkg-") as folder:
        db_path = Path(folder) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), stamp, itertools.count(int(stamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(db_path, "collection.anki2")
            archive.writestr("media", "{}")


def read_apkg(path: Path) -> ImportedDeck:
    """Notes of an Anki deck package; our own note type maps field by field, others take term and meaning."""
    source = path.name
    _check_file(path, MAX_APKG_BYTES)
    with tempfile.TemporaryDirectory(prefix="jiaoliu-apkg-") as folder:
        db_path = Path(folder) / "collection.sqlite"
        _extract_collection(path, db_path, source)
        return _read_collection(db_path, source)


def _extract_collection(path: Path, target: Path, source: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            member = _collection_member(archive.namelist(), source)
            with archive.open(member) as stream, target.open("wb") as out:
                _copy_limited(stream, out, source)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise ImportProblem([f"not a readable Anki deck (.apkg is a zip file): {exc}"], source) from exc
    except OSError as exc:
        raise ImportProblem([f"cannot read the file: {exc.strerror or exc}"], source) from exc


def _collection_member(names: list[str], source: str) -> str:
    if unsafe := [name for name in names if _unsafe_member(name)]:
        raise ImportProblem([f"the archive contains an unsafe path: {unsafe[0][:80]!r}"], source)
    for name in ("collection.anki21", "collection.anki2"):
        # Anki 2.1.50+ keeps the real notes in collection.anki21b and leaves a placeholder in collection.anki2.
        if name in names and not (name == "collection.anki2" and "collection.anki21b" in names):
            return name
    if "collection.anki21b" in names:
        raise ImportProblem(
            ["this deck uses Anki's newest package format: export it again with “Support older Anki versions” ticked"],
            source,
        )
    raise ImportProblem(["not an Anki deck: there is no collection inside the archive"], source)


def _unsafe_member(name: str) -> bool:
    normal = name.replace("\\", "/")
    return normal.startswith("/") or bool(re.match(r"^[A-Za-z]:", normal)) or ".." in PurePosixPath(normal).parts


def _copy_limited(stream: IO[bytes], out: IO[bytes], source: str) -> None:
    """Inflate at most MAX_COLLECTION_BYTES, counted as we go: a zip's stated sizes can lie."""
    total = 0
    while chunk := stream.read(1 << 20):
        total += len(chunk)
        if total > MAX_COLLECTION_BYTES:
            raise ImportProblem([f"the deck's collection is over {_size_text(MAX_COLLECTION_BYTES)} unpacked"], source)
        out.write(chunk)


def _read_collection(db_path: Path, source: str) -> ImportedDeck:
    try:
        conn = sqlite3.connect(db_path)
    except sqlite3.Error as exc:
        raise ImportProblem([f"the deck's collection cannot be opened: {exc}"], source) from exc
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA trusted_schema = OFF")  # a hostile file's views and triggers may not call functions
        models = _note_models(conn)
        name = _deck_name(conn)
        notes = conn.execute("SELECT mid, flds, tags FROM notes ORDER BY id").fetchall()
    except (sqlite3.Error, ValueError, TypeError) as exc:  # a damaged file: bad pages, bad UTF-8, odd values
        raise ImportProblem([f"not a readable Anki collection: {exc}"], source) from exc
    finally:
        conn.close()
    problems: list[str] = []
    built = (
        _note_entry(i, models.get(mid), _as_text(flds), _as_text(tags), problems)
        for i, (mid, flds, tags) in enumerate(notes, 1)
    )
    return ImportedDeck(name, _entries_or_raise(built, problems, source))


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _has_table(conn: sqlite3.Connection, table: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None
    )


def _col_json(conn: sqlite3.Connection, column: str) -> dict[str, Any]:
    """A JSON column of the `col` row (older collections keep note types and decks there)."""
    row = conn.execute(f"SELECT {column} FROM col").fetchone()
    try:
        value = json.loads(row[0]) if row and row[0] else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _note_models(conn: sqlite3.Connection) -> dict[int, list[str]]:
    """Field names of every note type, by note type id."""
    models: dict[int, list[str]] = {}
    for mid, model in _col_json(conn, "models").items():
        fields = model.get("flds") if isinstance(model, dict) else None
        if isinstance(fields, list) and str(mid).isdigit():
            ordered = sorted((f for f in fields if isinstance(f, dict)), key=lambda f: f.get("ord", 0))
            models[int(mid)] = [str(f.get("name", "")) for f in ordered]
    if not models and _has_table(conn, "fields"):  # newer collections: one row per field
        for ntid, name in conn.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
            models.setdefault(int(ntid), []).append(str(name))
    return models


def _deck_name(conn: sqlite3.Connection) -> str | None:
    """The deck holding most cards, unless that is Anki's "Default"."""
    row = conn.execute("SELECT did FROM cards GROUP BY did ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    if row is None:
        return None
    deck = _col_json(conn, "decks").get(str(row[0]))
    name = deck.get("name") if isinstance(deck, dict) else None
    if name is None and _has_table(conn, "decks"):
        found = conn.execute("SELECT name FROM decks WHERE id = ?", (row[0],)).fetchone()
        name = str(found[0]).replace("\x1f", "::") if found else None
    return name if isinstance(name, str) and name.strip() and name != "Default" else None


def _note_entry(
    number: int, names: list[str] | None, flds: str, tags: str, problems: list[str]
) -> tuple[str, SlangEntry | None]:
    values = flds.split("\x1f")
    if names and {"Term", "Meaning", "MeaningOwn"} <= set(names):
        raw = _our_note(dict(zip(names, values, strict=False)))
    else:
        raw = _other_note(names or [], values, tags)
    term = raw.get("term", "")
    where = f"note {number} ({term[:40]!r})" if term else f"note {number}"
    return where, _build_entry(raw, where, problems)


def _our_note(fields: dict[str, str]) -> dict[str, Any]:
    term, pinyin = _plain(fields.get("Term", "")), _plain(fields.get("Pinyin", ""))
    other, own = _plain(fields.get("Meaning", "")), _plain(fields.get("MeaningOwn", ""))
    lang = _note_lang(term, pinyin, other, own)
    return {
        "term": term,
        "lang": lang,
        "pinyin": pinyin,
        "meaning_en": other if lang == "zh" else own,
        "meaning_zh": own if lang == "zh" else other,
        "literal": _plain(fields.get("Literal", "")),
        "examples": _parse_examples(fields.get("Examples", "")),
        "tags": _plain(fields.get("Tags", "")).split(),
    }


def _note_lang(term: str, pinyin: str, other: str, own: str) -> str:
    """Our note type has no language field: the term, the pinyin or the meanings' scripts tell."""
    if han_count(term) or pinyin:
        return "zh"
    if other:
        return "en" if han_count(other) else "zh"
    return "zh" if han_count(own) else "en"


_TERM_FIELDS = ("term", "hanzi", "simplified", "chinese", "word", "expression", "front")
_MEANING_FIELDS = ("meaning", "english", "definition", "translation", "gloss", "back")


def _other_note(names: list[str], values: list[str], tags: str) -> dict[str, Any]:
    """Another deck's note: fields found by their usual names, else the first free fields are term and meaning."""
    lowered = [name.strip().lower() for name in names]
    pinyin_at = next((i for i, name in enumerate(lowered) if "pinyin" in name), None)
    term_at = _field_at(lowered, _TERM_FIELDS, {pinyin_at}, len(values))
    meaning_at = _field_at(lowered, _MEANING_FIELDS, {pinyin_at, term_at}, len(values))

    def value(index: int | None) -> str:
        return _plain(values[index]) if index is not None and index < len(values) else ""

    pinyin = value(pinyin_at)
    return {
        "term": " ".join(value(term_at).split()),
        "pinyin": pinyin if looks_like_pinyin(pinyin) else "",  # other decks put all sorts of things there
        "meaning": value(meaning_at),
        "tags": [t for t in tags.split() if t.lower() not in ("marked", "leech")],  # Anki's bookkeeping tags
    }


def _field_at(names: list[str], wanted: tuple[str, ...], taken: set[int | None], count: int) -> int | None:
    """The first field with a wanted name, else the first field not taken yet."""
    named = (names.index(w) for w in wanted if w in names and names.index(w) not in taken)
    spare = (i for i in range(count) if i not in taken)
    return next(itertools.chain(named, spare), None)


def _plain(field: str) -> str:
    """Anki field HTML as plain text: line breaks kept, tags, sound references and entities removed."""
    text = re.sub(r"\[sound:[^\]]*\]", "", field)
    text = re.sub(r"<br\s*/?>|</(?:div|p|li)>", "\n", text, flags=re.IGNORECASE)
    text = html.unescape(re.sub(r"<[^>]*>", "", text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _parse_examples(field: str) -> list[dict[str, str]]:
    """Our Examples field: one <li> per example, text and translation split by the first <br>."""
    items = re.findall(r"<li[^>]*>(.*?)</li>", field, flags=re.IGNORECASE | re.DOTALL)
    if not items:
        text = _plain(field)
        return [{"text": text, "translation": ""}] if text else []
    pairs = (re.split(r"<br\s*/?>", item, maxsplit=1, flags=re.IGNORECASE) + [""] for item in items)
    return [{"text": _plain(parts[0]), "translation": _plain(parts[1])} for parts in pairs]


# --- writing -----------------------------------------------------------------------------------------------


def _atomic_write(path: Path, write: Callable[[IO[bytes]], Any]) -> None:
    """Write a temp file beside the target, flush it to disk, then rename it over: never half a file."""
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with temp.open("xb") as handle:  # created with the user's umask, unlike mkstemp's owner-only mode
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
