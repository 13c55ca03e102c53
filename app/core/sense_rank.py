"""Ranking CC-CEDICT readings and senses by usefulness: everyday meanings first, surnames and rare ones last.

CC-CEDICT lists a character's readings in file order (都 "surname Du" before dōu "all"), and a reader who
sees the first one learns the wrong word. These rules are general, read off the definitions themselves:
a sense that only names a surname or points at another entry ("variant of", "see") teaches nothing; one
marked old, literary, archaic or dialectal is rare; a reading with more ordinary senses is the common one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Protocol, TypeVar

from app.core.text import HAN_RE


class SenseClass(IntEnum):
    """How useful one definition is to a learner, best first."""

    COMMON = 0
    BOUND = 1  # "(bound form) …": a meaning, but not a word on its own
    RARE = 2  # old, literary, archaic, dialect, regional pronunciations
    REFERENCE = 3  # surnames, "variant of", "see …", "used in …": no meaning of its own


_REFERENCE_RE = re.compile(
    r"^(?:\([^)]*\)\s*)*(?:surname |(?:old |archaic |ancient |unofficial |japanese |erhua |non-standard )*variant of"
    r"|see |see also |used in |also written |also pr\. |taiwan pr\. |pr\. |abbr\. for \S+\[|cl:|classifier for"
    r"|\(?coll\.\)? variant)",
    re.IGNORECASE,
)
_RARE_RE = re.compile(r"\((?:old|archaic|literary|classical|dialect|obsolete|ancient|arch\.)[^)]*\)", re.IGNORECASE)
_BOUND_RE = re.compile(r"\(bound form\)", re.IGNORECASE)
_PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def classify(definition: str) -> SenseClass:
    text = definition.strip()
    if _REFERENCE_RE.match(text):
        return SenseClass.REFERENCE
    if _RARE_RE.search(text):
        return SenseClass.RARE
    if _BOUND_RE.search(text):
        return SenseClass.BOUND
    return SenseClass.COMMON


def order_definitions(definitions: Sequence[str]) -> tuple[str, ...]:
    """The same definitions, ordinary ones first (a stable sort: CC-CEDICT's order within a class stays)."""
    return tuple(sorted(definitions, key=lambda d: classify(d) >= SenseClass.RARE))


class _Reading(Protocol):
    @property
    def pinyin(self) -> str: ...

    @property
    def definitions(self) -> tuple[str, ...]: ...


E = TypeVar("E", bound=_Reading)


def reading_key(pinyin: str, definitions: Sequence[str], prefer: str = "") -> tuple[int, int, int]:
    """Sort key of one entry among homographs: a reading with any ordinary sense before one that is only a
    surname, variant or rare reading; then the reading the context chose (`prefer`, numbered pinyin, a
    neutral tone fits any tone); then a reading with several ordinary senses before one with one or two
    (打 dǎ before dá "dozen")."""
    classes = [classify(d) for d in definitions]
    useful = sum(1 for c in classes if c <= SenseClass.BOUND)
    only_rare = 0 if useful else 1
    fits = 0 if prefer and readings_fit(prefer, pinyin) else 1
    return (only_rare, fits, -min(useful, 3))  # beyond three senses, CC-CEDICT's own order decides (长 cháng)


def rank_readings(entries: Sequence[E], prefer: str = "") -> list[E]:
    """Homograph entries, most useful first (see reading_key); ties keep CC-CEDICT's order."""
    keyed = sorted(enumerate(entries), key=lambda p: (*reading_key(p[1].pinyin, p[1].definitions, prefer), p[0]))
    return [e for _, e in keyed]


def readings_fit(prefer: str, pinyin: str) -> bool:
    """Numbered pinyin `prefer` (the context's reading) agrees with an entry's: same syllables, same tones,
    where a neutral tone (5) or a missing tone on either side agrees with any tone."""
    a, b = prefer.lower().split(), pinyin.lower().split()
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        xs, ys = x.rstrip("12345"), y.rstrip("12345")
        if xs != ys:
            return False
        xt, yt = x[len(xs) :], y[len(ys) :]
        if xt and yt and xt != yt and "5" not in (xt, yt):
            return False
    return True


_PROPER_RE = re.compile(r"^[A-Z][a-z]")
_REFERENCE_PINYIN_RE = re.compile(r"\[([^\]]+)\]")


def is_proper_noun(definitions: Sequence[str]) -> bool:
    """CC-CEDICT writes proper nouns' senses with a capital (Beijing; Chinese (language); Xi'an, …); a surname
    alone is not enough to write a word with a capital (高 "surname Gao" is also "high")."""
    first = definitions[0].strip() if definitions else ""
    if first.lower().startswith("see "):  # see 西安市[Xi1 an1 Shi4]: the entry it points at is capitalised
        reference = _REFERENCE_PINYIN_RE.search(first)
        return bool(reference and reference.group(1)[:1].isupper())
    return bool(_PROPER_RE.match(first)) and classify(first) is not SenseClass.REFERENCE


def has_han(text: str) -> bool:
    return bool(HAN_RE.search(text))


def short_gloss(definitions: Sequence[str], limit: int = 32, *, english_only: bool = True) -> str:
    """A few words for a word-by-word gloss: the first ordinary sense that fits whole within `limit` among the
    first few, else the first one cut at a separator or a word boundary, never mid-word; "" when the word has
    no sense worth showing (a particle whose senses are only notes, or, with `english_only`, senses that are
    Chinese cross-references)."""
    candidates: list[str] = []
    for definition in sorted(definitions, key=classify):
        if classify(definition) >= SenseClass.REFERENCE:
            break
        for part in definition.split(";"):
            plain = _PAREN_RE.sub("", part)
            plain = re.sub(r"\s+", " ", plain).strip(" ,.")
            if not plain or (english_only and has_han(plain)) or plain.lower().startswith(("lit. ", "fig. ")):
                continue
            candidates.append(plain)
    whole = next((c for c in candidates[:4] if len(c) <= limit), "")
    return whole or (shorten(candidates[0], limit) if candidates else "")


def shorten(text: str, limit: int) -> str:
    """`text` at most `limit` characters: cut at a comma or " or ", else at the last space; never mid-word."""
    text = text.strip()
    if len(text) <= limit:
        return text
    for separator in (", ", " or ", " / "):
        head = text.split(separator, 1)[0]
        if len(head) <= limit and head != text:
            return head.strip()
    cut = text.rfind(" ", 0, limit + 1)
    return text[:cut].rstrip(" ,;-") if cut > 0 else text.split(" ", 1)[0]


# A reverse look-up hit's penalty for the sense that matched: a bound form is not a word to use alone,
# a rare sense is a trap.
_MATCH_PENALTY = {SenseClass.COMMON: 0.0, SenseClass.BOUND: 1.0, SenseClass.RARE: 3.0, SenseClass.REFERENCE: 3.0}


def match_penalty(definitions: Sequence[str], matches: Callable[[str], bool]) -> float:
    """The penalty of the first definition part for which `matches(part)` is true (3.0 when none is)."""
    for definition in definitions:
        cls = classify(definition)
        for part in definition.split(";"):
            if matches(part):
                return _MATCH_PENALTY[cls]
    return 3.0
