"""Glossary decks as Anki packages (.apkg): our own note type out, any deck's notes in."""

from __future__ import annotations

import html
import itertools
import json
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import IO, Any

from app.core.pinyin import looks_like_pinyin
from app.core.slang import SlangEntry, sense_dicts
from app.core.text import han_count
from app.data.anki_collection import CollectionError, CollectionTooLarge, read_collection
from app.services import anki_package
from app.services.anki_package import field_html
from app.services.glossary_io.entries import Built, built, deck_or_raise, one_line
from app.services.glossary_io.files import (
    MAX_APKG_BYTES,
    MAX_COLLECTION_BYTES,
    MAX_ENTRIES,
    ImportedDeck,
    ImportProblem,
    check_file,
    size_text,
    too_many,
)

ANKI_MODEL_NAME = "Jiaoliu Slang"
# Senses (shown), SenseData and EntryData (JSON for re-import, not shown) came later: at the end, so older decks
# still map. EntryData holds what no shown field says (register, year, other forms …): a re-import loses nothing.
ANKI_FIELDS = (
    "Term",
    "Pinyin",
    "Meaning",
    "MeaningOwn",
    "Literal",
    "Examples",
    "Tags",
    "Senses",
    "SenseData",
    "EntryData",
)
# The entry's fields in EntryData; the shown fields win for the rest (they may have been edited in Anki).
ENTRY_DATA_KEYS = ("id", "lang", "variants", "register", "year", "related", "detect_alone", "plain")


def write_apkg(entries: Iterable[SlangEntry], path: Path, deck_name: str) -> None:
    """One deck of "Jiaoliu Slang" notes; ids come from the deck name, so re-exports update the same Anki deck."""
    import genanki  # only exports need it

    name = deck_name.strip()
    if not name:
        raise ValueError("an Anki deck needs a name")
    model = _anki_model(name)
    deck = genanki.Deck(anki_package.stable_id("deck", name), name)
    for entry in entries:
        guid = genanki.guid_for("jiaoliu", entry.lang, entry.term)  # stable, so Anki updates notes on re-import
        deck.add_note(genanki.Note(model=model, fields=_note_fields(entry), tags=_anki_tags(entry), guid=guid))
    anki_package.write(genanki.Package(deck), path)


def _anki_model(deck_name: str) -> Any:
    import genanki

    back = (
        "{{FrontSide}}<hr id=answer>"
        '{{#Pinyin}}<div class="pinyin">{{Pinyin}}</div>{{/Pinyin}}'
        '<div class="meaning">{{Meaning}}</div>'
        '{{#MeaningOwn}}<div class="own">{{MeaningOwn}}</div>{{/MeaningOwn}}'
        '{{#Literal}}<div class="literal">{{Literal}}</div>{{/Literal}}'
        '{{#Examples}}<div class="examples">{{Examples}}</div>{{/Examples}}'
        '{{#Senses}}<div class="senses">{{Senses}}</div>{{/Senses}}'
    )
    return genanki.Model(
        anki_package.stable_id("model", deck_name),
        ANKI_MODEL_NAME,
        fields=[{"name": name} for name in ANKI_FIELDS],
        templates=[{"name": "Card 1", "qfmt": '<div class="term">{{Term}}</div>', "afmt": back}],
        css=(
            ".card { font-family: sans-serif; font-size: 20px; text-align: center; }\n"
            ".term { font-size: 40px; } .pinyin { color: #555; } .own, .literal { color: #777; font-size: 16px; }\n"
            ".examples ul { text-align: left; } .examples .tr { color: #777; }\n"
            ".senses ol { text-align: left; font-size: 16px; } .senses .literal { color: #777; }\n"
        ),
    )


def _note_fields(entry: SlangEntry) -> list[str]:
    own = entry.meaning_zh if entry.lang == "zh" else entry.meaning_en
    # One line each: the first <br> inside an item is what separates the example from its translation.
    items = "".join(
        f'<li>{field_html(one_line(e.text))}<br><span class="tr">{field_html(one_line(e.translation))}</span></li>'
        for e in entry.examples
    )
    return [
        field_html(entry.term),
        field_html(entry.pinyin or ""),
        field_html(entry.meaning_other),
        field_html(own),
        field_html(entry.literal),
        f"<ul>{items}</ul>" if items else "",
        field_html(" ".join(entry.tags)),
        _senses_html(entry),
        field_html(json.dumps(sense_dicts(entry.senses), ensure_ascii=False)) if entry.senses else "",
        field_html(json.dumps(_entry_data(entry), ensure_ascii=False)),
    ]


def _entry_data(entry: SlangEntry) -> dict[str, Any]:
    data = {key: getattr(entry, key) for key in ENTRY_DATA_KEYS}
    return {key: list(value) if isinstance(value, tuple) else value for key, value in data.items()}


def _senses_html(entry: SlangEntry) -> str:
    """The senses, most likely first, each meaning in the reader's other language (the literal one greyed)."""
    if not entry.senses:
        return ""
    other = "en" if entry.lang == "zh" else "zh"
    items = "".join(
        f"<li{' class=literal' if s.literal else ''}>{field_html(s.meaning_in(other) or s.meaning_in(entry.lang))}</li>"
        for s in entry.senses
    )
    return f"<ol>{items}</ol>"


def _anki_tags(entry: SlangEntry) -> list[str]:
    return [tag for tag in (re.sub(r"\s+", "-", t.strip()) for t in entry.tags) if tag]  # Anki tags have no spaces


def read_apkg(path: Path, max_entries: int = MAX_ENTRIES, cancelled: Callable[[], bool] | None = None) -> ImportedDeck:
    """Notes of an Anki deck package; our own note type maps field by field, others take term and meaning."""
    source = path.name
    check_file(path, MAX_APKG_BYTES)
    _sweep_stale_folders()
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX) as folder:
        db_path = Path(folder) / "collection.sqlite"
        _extract_collection(path, db_path, source)
        return _read_collection(db_path, source, max_entries, cancelled)


TEMP_PREFIX = "jiaoliu-apkg-"
STALE_AFTER_S = 3600


def _sweep_stale_folders() -> None:
    """A run killed mid-import (SIGKILL, power cut) leaves its folder behind: the next import removes it."""
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        try:
            if folder.is_dir() and now - folder.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


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
            raise ImportProblem([f"the deck's collection is over {size_text(MAX_COLLECTION_BYTES)} unpacked"], source)
        out.write(chunk)


def _read_collection(
    db_path: Path, source: str, max_entries: int, cancelled: Callable[[], bool] | None
) -> ImportedDeck:
    try:
        collection = read_collection(db_path, max_notes=max_entries, cancelled=cancelled)
    except CollectionTooLarge as exc:
        raise ImportProblem([too_many("deck", exc.notes, exc.limit)], source) from exc
    except CollectionError as exc:
        what = "the deck's collection cannot be opened" if exc.opening else "not a readable Anki collection"
        raise ImportProblem([f"{what}: {exc}"], source) from exc
    problems: list[str] = []
    items = (
        _note_entry(i, collection.models.get(mid), _as_text(flds), _as_text(tags), problems)
        for i, (mid, flds, tags) in enumerate(collection.notes, 1)
    )
    return deck_or_raise(collection.deck_name, items, problems, source)


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _note_entry(number: int, names: list[str] | None, flds: str, tags: str, problems: list[str]) -> Built:
    values = flds.split("\x1f")
    data: Any = {}
    if names and {"Term", "Meaning", "MeaningOwn"} <= set(names):
        fields = dict(zip(names, values, strict=False))
        data = _json_field(fields.get("EntryData", ""), "not JSON")
        data = {} if data is None else data
        raw = _our_note(fields, data.get("lang") if isinstance(data, dict) else None)
    else:
        raw = _other_note(names or [], values, tags)
    term = raw.get("term", "")
    where = f"note {number} ({term[:40]!r})" if term else f"note {number}"
    if isinstance(data, dict):
        raw.update({key: data[key] for key in ENTRY_DATA_KEYS if key in data})
    else:
        problems.append(f"{where}: EntryData is not a JSON object")
    return built(where, raw, problems)


def _our_note(fields: dict[str, str], lang: Any = None) -> dict[str, Any]:
    term, pinyin = _plain(fields.get("Term", "")), _plain(fields.get("Pinyin", ""))
    other, own = _plain(fields.get("Meaning", "")), _plain(fields.get("MeaningOwn", ""))
    if lang not in ("zh", "en"):  # older exports say nothing of it: the fields tell
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
        "senses": _json_field(fields.get("SenseData", ""), "SenseData is not valid JSON"),
    }


def _json_field(field: str, invalid: Any = "") -> Any:
    """Our SenseData or EntryData field: JSON (HTML-escaped); what is not JSON becomes `invalid`, for the checks
    to name."""
    text = html.unescape(re.sub(r"<br\s*/?>", "\n", field)).strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return invalid


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
