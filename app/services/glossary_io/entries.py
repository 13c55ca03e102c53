"""One glossary entry from any format (a JSON object, a CSV row, an Anki note), checked field by field."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import fields as dataclass_fields
from typing import Any

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.pinyin import format_syllable, looks_like_pinyin
from app.core.slang import LANGS, REGISTERS, SlangEntry
from app.core.text import Script, detect_script, fold_width, han_count
from app.services.glossary_io.fields import LIST_SEPARATORS_RE, Fields, clean, shown, type_name
from app.services.glossary_io.files import ImportedDeck, ImportProblem, problem
from app.services.glossary_io.senses import build_senses

__all__ = [
    "LIST_SEPARATORS_RE",
    "MEANING_KEYS",
    "Built",
    "build_entry",
    "built",
    "carried_fields",
    "clean",
    "deck_or_raise",
    "one_line",
    "type_name",
]

MAX_TERM_CHARS = 100

MEANING_KEYS = ("meaning_en", "meaning_zh", "meaning")
# Every field of an entry, plus the loose 'meaning' that imports sort into English or Chinese.
ENTRY_KEYS = frozenset({field.name for field in dataclass_fields(SlangEntry)} | {"meaning"})
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NUMBERED_SYLLABLE_RE = re.compile(r"^[a-zv]+[1-5]$")


def build_entry(
    raw: Mapping[str, Any], where: str, problems: list[str], sense_wheres: list[str] | None = None
) -> SlangEntry | None:
    """One entry with defaults filled in, or None after recording every problem it has.

    `sense_wheres` names where each of raw's senses came from (CSV lines), else "entry 3 sense 2"."""
    fields = Fields(raw, where, problems)
    before = len(problems)
    term = _term(fields)
    pinyin_text = fields.text("pinyin")
    lang = fields.text("lang").lower() or _guess_lang(term, pinyin_text)
    if lang not in LANGS:
        fields.problem(f'\'lang\' must be "zh" or "en", not {shown(lang)}')
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
        senses=build_senses(raw.get("senses"), where, problems, register, sense_wheres),
    )
    return entry if len(problems) == before else None


# One entry of a file: where it is, the entry (None when it has problems) and the fields its source gave.
Built = tuple[str, SlangEntry | None, frozenset[str]]


def built(where: str, raw: Mapping[str, Any], problems: list[str], sense_wheres: list[str] | None = None) -> Built:
    entry = build_entry(raw, where, problems, sense_wheres)
    return where, entry, carried_fields(raw, entry) if entry is not None else frozenset()


def carried_fields(raw: Mapping[str, Any], entry: SlangEntry) -> frozenset[str]:
    """The entry's fields that `raw` gave a value: a blank cell, a null or an empty list gives none, so a merge
    keeps what the deck has there. The loose 'meaning' counts for the language it was sorted into."""
    given = {key for key, value in raw.items() if _has_value(value) and not (key == "year" and str(value) == "0")}
    if "meaning" in given:
        given.add(_meaning_slot(clean(str(raw["meaning"])), entry.lang))
    return frozenset(given & (ENTRY_KEYS - {"meaning"}))


def _has_value(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict):
        return bool(value)
    return True


def _term(fields: Fields) -> str:
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


def _pinyin(fields: Fields, text: str, lang: str) -> str | None:
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


def _meanings(fields: Fields, lang: str) -> tuple[str, str]:
    meanings = {"meaning_en": fields.text("meaning_en"), "meaning_zh": fields.text("meaning_zh")}
    loose = fields.text("meaning")
    if loose:
        slot = _meaning_slot(loose, lang)
        meanings[slot] = meanings[slot] or loose
    if not any(meanings.values()):
        given = [f"'{k}'" for k in MEANING_KEYS if k in fields.raw]
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


def _register(fields: Fields) -> tuple[str, ...]:
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


def deck_or_raise(name: str | None, items: Iterable[Built], problems: list[str], source: str) -> ImportedDeck:
    """All entries when every one is valid and no term repeats; otherwise ImportProblem with every problem.

    `items` is consumed lazily, so problems come out in file order.
    """
    entries: list[SlangEntry] = []
    carried: list[frozenset[str]] = []
    first_seen: dict[tuple[str, str], str] = {}
    for where, entry, fields in items:
        if entry is None:
            continue
        key = _term_key(entry)
        if key in first_seen:
            problems.append(f"{where}: {entry.term!r} is already at {first_seen[key]}")
        else:
            first_seen[key] = where.split(" (")[0]  # "entry 2", not "entry 2 ('yyds')" a second time
        entries.append(entry)
        carried.append(fields)
    if problems:
        raise ImportProblem(problems, source)
    if not entries:
        raise ImportProblem([problem(QT_TRANSLATE_NOOP("Errors", "the file has no entries"))], source)
    return ImportedDeck(name, entries, carried)


def one_line(text: str) -> str:
    return " ".join(text.split())
