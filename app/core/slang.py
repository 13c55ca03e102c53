"""The slang glossary: entry model, validation and loading of the bundled JSON files."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.core.slang_patterns import check_variant

LANGS = ("zh", "en")
REGISTERS = frozenset(
    {"neutral", "playful", "affectionate", "sarcastic", "self-deprecating", "vulgar", "offensive", "dated"}
)
_ID_RE = re.compile(r"^(zh|en)-[a-z0-9]+(?:-[a-z0-9]+)*$")
_TAG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIELDS = (
    "id",
    "term",
    "lang",
    "variants",
    "pinyin",
    "literal",
    "meaning_en",
    "meaning_zh",
    "register",
    "examples",
    "tags",
    "year",
    "related",
)
_OPTIONAL = frozenset({"detect_alone", "plain", "senses"})
_SENSE_FIELDS = ("id", "meaning_en", "meaning_zh")
_SENSE_OPTIONAL = frozenset({"literal", "plain", "register", "examples", "cues"})
_SENSE_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The one sense of an entry that lists none: made of the entry's own fields.
MAIN_SENSE = "main"


# Plain platform vocabulary (app names, 评论区, hashtag) and everyday words a learner still wants explained
# (相亲, 考研: culture, not slang): in the glossary and explained on hover, but flagged in posts only on request.
PLATFORM_WORD = "platform-word"
EVERYDAY_WORD = "everyday-word"
HOVER_ONLY_TAGS = frozenset({PLATFORM_WORD, EVERYDAY_WORD})
# A gated entry whose bare term is slang when other slang surrounds it: sigma, 沙雕 and 歪了 are rarely ordinary
# words in a line that already says 绝绝子 and yyds, though alone they may be (a sand sculpture, a crooked picture).
AMONG_SLANG = "among-slang"


def hover_only(entry: SlangEntry) -> bool:
    """Platform vocabulary or an everyday word: explained on hover, not flagged as slang unless asked."""
    return not HOVER_ONLY_TAGS.isdisjoint(entry.tags)


class GlossaryError(ValueError):
    """A glossary file or entry that breaks SCHEMA.md; the message names the file and the entry."""


_Fail = Callable[[str], GlossaryError]  # builds the error for one entry from a message


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    translation: str


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a term: its own meanings, drop-in paraphrase, register, examples and the context cues
    (words nearby, or `~`-patterns around the term such as `~了` or `my ~`) that select it. A `literal` sense
    is the ordinary, non-slang reading: when the detector chooses it, nothing is flagged."""

    id: str
    meaning_en: str
    meaning_zh: str
    plain: str = ""
    register: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()
    cues: tuple[str, ...] = ()
    literal: bool = False

    def meaning_in(self, lang: str) -> str:
        return self.meaning_en if lang == "en" else self.meaning_zh


@dataclass(frozen=True, slots=True)
class SlangEntry:
    """One glossary entry; fields exactly as resources/glossary/SCHEMA.md, tuples instead of lists."""

    id: str
    term: str
    lang: str
    variants: tuple[str, ...]
    pinyin: str | None
    literal: str
    meaning_en: str
    meaning_zh: str
    register: tuple[str, ...]
    examples: tuple[Example, ...]
    tags: tuple[str, ...]
    year: int
    related: tuple[str, ...]
    detect_alone: bool = True
    plain: str = ""  # drop-in plain paraphrase in the term's own language; "" when unknown (user entries)
    senses: tuple[Sense, ...] = ()  # empty: one implicit sense made of the fields above (all_senses)

    @property
    def meaning_other(self) -> str:
        """The meaning in the reader's other language: English for Chinese terms, Chinese for English ones."""
        return self.meaning_en if self.lang == "zh" else self.meaning_zh

    @property
    def all_senses(self) -> tuple[Sense, ...]:
        """The listed senses, most likely first; an entry that lists none has one, MAIN_SENSE, from its fields."""
        if self.senses:
            return self.senses
        return (Sense(MAIN_SENSE, self.meaning_en, self.meaning_zh, self.plain, self.register, self.examples),)

    def sense(self, sense_id: str) -> Sense | None:
        return next((s for s in self.all_senses if s.id == sense_id), None)

    def with_sense(self, sense_id: str) -> SlangEntry:
        """This entry as one sense reads it: that sense's meanings, plain paraphrase, register and examples
        (what a note or the translator should use once the detector chose the sense). Unknown ids: unchanged."""
        sense = self.sense(sense_id) if self.senses else None
        if sense is None:
            return self
        return replace(
            self,
            meaning_en=sense.meaning_en,
            meaning_zh=sense.meaning_zh,
            plain=sense.plain or self.plain,
            register=sense.register or self.register,
            examples=sense.examples or self.examples,
        )

    @property
    def forms(self) -> tuple[str, ...]:
        """The headword followed by its variants."""
        return (self.term, *self.variants)


def edit_meanings(entry: SlangEntry, meaning_en: str, meaning_zh: str) -> SlangEntry:
    """The entry with the meanings a tutor wrote in the entry editor. When the entry has one slang sense (beside
    any literal ones, as 上岸 has), that sense is what the tutor is describing, so a meaning they changed is its
    meaning too (and so what a tutor's term is translated as); with several slang senses each keeps its own and
    the new text is only their overview."""
    senses = entry.senses
    slang = [s for s in senses if not s.literal]
    if len(slang) == 1:
        target = slang[0]
        edited = replace(
            target,
            meaning_en=meaning_en if meaning_en != entry.meaning_en else target.meaning_en,
            meaning_zh=meaning_zh if meaning_zh != entry.meaning_zh else target.meaning_zh,
        )
        senses = tuple(edited if s is target else s for s in senses)
    return replace(entry, meaning_en=meaning_en, meaning_zh=meaning_zh, senses=senses)


def sense_dicts(senses: tuple[Sense, ...]) -> list[dict[str, Any]]:
    """Senses as JSON objects, in the bundled files' shape (the store's senses column holds the same)."""
    return [
        {
            "id": s.id,
            "meaning_en": s.meaning_en,
            "meaning_zh": s.meaning_zh,
            "plain": s.plain,
            "register": list(s.register),
            "examples": [{"text": e.text, "translation": e.translation} for e in s.examples],
            "cues": list(s.cues),
            "literal": s.literal,
        }
        for s in senses
    ]


def senses_from_dicts(items: list[dict[str, Any]]) -> tuple[Sense, ...]:
    """The inverse of sense_dicts for data this app wrote itself (no validation: see entry_from_dict)."""
    return tuple(
        Sense(
            id=item["id"],
            meaning_en=item.get("meaning_en", ""),
            meaning_zh=item.get("meaning_zh", ""),
            plain=item.get("plain", ""),
            register=tuple(item.get("register", ())),
            examples=tuple(Example(e["text"], e["translation"]) for e in item.get("examples", ())),
            cues=tuple(item.get("cues", ())),
            literal=bool(item.get("literal", False)),
        )
        for item in items
    )


def _fail(where: str, data: Any, message: str) -> GlossaryError:
    ident = data.get("id") if isinstance(data, dict) else None
    label = f"{where}: " if where else ""
    label += f"entry {ident!r}: " if isinstance(ident, str) else ""
    return GlossaryError(label + message)


def _text(data: dict[str, Any], key: str, fail: _Fail) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise fail(f"{key!r} must be a non-empty string")
    if value != value.strip():
        raise fail(f"{key!r} has leading or trailing spaces")
    return value


def _strings(data: dict[str, Any], key: str, fail: _Fail) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() == v and v for v in value):
        raise fail(f"{key!r} must be a list of non-empty, trimmed strings")
    return tuple(value)


def _examples(data: dict[str, Any], fail: _Fail) -> tuple[Example, ...]:
    value = data.get("examples")
    if not isinstance(value, list) or not value:
        raise fail("'examples' must be a non-empty list")
    out: list[Example] = []
    for item in value:
        if not isinstance(item, dict) or set(item) != {"text", "translation"}:
            raise fail("each example must be an object with exactly 'text' and 'translation'")
        out.append(Example(_text(item, "text", fail), _text(item, "translation", fail)))
    return tuple(out)


def _check_lists(entry: SlangEntry, fail: _Fail) -> None:
    if not _ID_RE.match(entry.id) or not entry.id.startswith(entry.lang + "-"):
        raise fail(f"id {entry.id!r} must be '{entry.lang}-' plus a lowercase ASCII slug")
    if bad := [r for r in entry.register if r not in REGISTERS]:
        raise fail(f"unknown register {bad}")
    if bad := [t for t in entry.tags if not _TAG_RE.match(t)]:
        raise fail(f"tags must be lowercase and hyphenated: {bad}")
    if bad := [r for r in entry.related if not _ID_RE.match(r)]:
        raise fail(f"related ids are malformed: {bad}")
    if (entry.lang == "zh") != (entry.pinyin is not None):
        raise fail("'pinyin' is required for Chinese terms and must be null for English terms")


def entry_from_dict(data: dict[str, Any], where: str = "") -> SlangEntry:
    """Validate one entry (bundled or imported) and build it; raises GlossaryError naming `where` and the id."""

    def fail(message: str) -> GlossaryError:
        return _fail(where, data, message)

    if not isinstance(data, dict):
        raise fail("an entry must be a JSON object")
    if missing := [k for k in _FIELDS if k not in data]:
        raise fail(f"missing fields {missing}")
    if unknown := sorted(set(data) - set(_FIELDS) - _OPTIONAL):
        raise fail(f"unknown fields {unknown}")
    if data["lang"] not in LANGS:
        raise fail(f"'lang' must be one of {LANGS}")
    pinyin = data["pinyin"]
    if pinyin is not None and (not isinstance(pinyin, str) or not pinyin.strip()):
        raise fail("'pinyin' must be a non-empty string or null")
    year, detect_alone = data["year"], data.get("detect_alone", True)
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2100:
        raise fail("'year' must be an integer year")
    if not isinstance(detect_alone, bool):
        raise fail("'detect_alone' must be true or false")
    plain = _plain(data, fail)
    entry = SlangEntry(
        id=_text(data, "id", fail),
        term=_text(data, "term", fail),
        lang=data["lang"],
        variants=_strings(data, "variants", fail),
        pinyin=pinyin,
        literal=_text(data, "literal", fail),
        meaning_en=_text(data, "meaning_en", fail),
        meaning_zh=_text(data, "meaning_zh", fail),
        register=_strings(data, "register", fail),
        examples=_examples(data, fail),
        tags=_strings(data, "tags", fail),
        year=year,
        related=_strings(data, "related", fail),
        detect_alone=detect_alone,
        plain=plain,
    )
    entry = replace(entry, senses=_senses(data, entry, fail))
    _check_lists(entry, fail)
    if not entry.register:
        raise fail("'register' must not be empty")
    if not detect_alone and not entry.variants:
        raise fail("'detect_alone' is false but there are no context variants to detect")
    for variant in entry.variants:
        if problem := check_variant(variant):
            raise fail(f"variant {variant!r}: {problem} (see SCHEMA.md, variant patterns)")
    if plain and _same_text(plain, entry.term):
        raise fail(f"'plain' {plain!r} is the term itself; give a plain paraphrase")
    return entry


def _senses(data: dict[str, Any], entry: SlangEntry, fail: _Fail) -> tuple[Sense, ...]:
    """The optional `senses` list (SCHEMA.md): ids unique, at least one sense that is slang."""
    value = data.get("senses", [])
    if not isinstance(value, list):
        raise fail("'senses' must be a list")
    senses = tuple(_sense(item, entry, fail) for item in value)
    ids = [s.id for s in senses]
    if len(set(ids)) != len(ids):
        raise fail(f"sense ids repeat: {ids}")
    if senses and all(s.literal for s in senses):
        raise fail("every sense is literal: at least one must be the slang reading")
    return senses


def _sense(item: Any, entry: SlangEntry, fail: _Fail) -> Sense:
    if not isinstance(item, dict):
        raise fail("each sense must be an object")
    if missing := [k for k in _SENSE_FIELDS if k not in item]:
        raise fail(f"a sense is missing fields {missing}")
    if unknown := sorted(set(item) - set(_SENSE_FIELDS) - _SENSE_OPTIONAL):
        raise fail(f"a sense has unknown fields {unknown}")
    sense_id = _text(item, "id", fail)
    if not _SENSE_ID_RE.match(sense_id):
        raise fail(f"sense id {sense_id!r} must be a lowercase ASCII slug")

    def sense_fail(message: str) -> GlossaryError:
        return fail(f"sense {sense_id!r}: {message}")

    literal = item.get("literal", False)
    if not isinstance(literal, bool):
        raise sense_fail("'literal' must be true or false")
    plain = _plain(item, sense_fail)
    if plain and not literal and _same_text(plain, entry.term):
        raise sense_fail(f"'plain' {plain!r} is the term itself; give a plain paraphrase")
    register = _strings(item, "register", sense_fail) if "register" in item else ()
    if bad := [r for r in register if r not in REGISTERS]:
        raise sense_fail(f"unknown register {bad}")
    return Sense(
        id=sense_id,
        meaning_en=_text(item, "meaning_en", sense_fail),
        meaning_zh=_text(item, "meaning_zh", sense_fail),
        plain=plain,
        register=register or (("neutral",) if literal else entry.register),
        examples=_examples(item, sense_fail) if "examples" in item else (),
        # a repeated cue would count twice; files (and older exports) may repeat one
        cues=tuple(dict.fromkeys(_strings(item, "cues", sense_fail))) if "cues" in item else (),
        literal=literal,
    )


def _plain(data: dict[str, Any], fail: _Fail) -> str:
    """The optional `plain` paraphrase: absent or a non-empty, trimmed string."""
    if "plain" not in data:
        return ""
    return _text(data, "plain", fail)


def _same_text(a: str, b: str) -> bool:
    """Equal once case and full-width forms are folded away."""
    return unicodedata.normalize("NFKC", a).casefold() == unicodedata.normalize("NFKC", b).casefold()


def load_file(path: Path) -> list[SlangEntry]:
    """Entries of one glossary file, validated."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GlossaryError(f"{path.name}: cannot read: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("entries"), list):
        raise GlossaryError(f"{path.name}: expected {{'version': 1, 'entries': [...]}}")
    return [entry_from_dict(item, f"{path.name} entry #{i + 1}") for i, item in enumerate(data["entries"])]


def _default_folder() -> Path:
    from app.resources import resource_path

    return resource_path("glossary")


def load_bundled(folder: Path | None = None) -> list[SlangEntry]:
    """Every entry of every *.json file in the glossary folder, validated.

    Ids must be unique across files, and every bundled entry needs its `plain` paraphrase.
    """
    folder = folder or _default_folder()
    entries: list[SlangEntry] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        for entry in load_file(path):
            if entry.id in seen:
                raise GlossaryError(f"{path.name}: entry {entry.id!r}: id already used in {seen[entry.id]}")
            seen[entry.id] = path.name
            entries.append(entry)
    if not entries:
        raise GlossaryError(f"{folder}: no glossary entries found")
    if missing := next((e for e in entries if not e.plain), None):
        raise GlossaryError(f"{seen[missing.id]}: entry {missing.id!r}: bundled entries need a 'plain' paraphrase")
    for entry in entries:
        if bad := [s.id for s in entry.senses if not s.examples or not (s.plain or s.literal)]:
            where = f"{seen[entry.id]}: entry {entry.id!r}"
            raise GlossaryError(f"{where}: bundled senses need examples and (unless literal) a 'plain': {bad}")
    return entries
