"""Quality guards for machine translation: problems we can see without understanding the text.

Argos users report en↔zh output that loops, passes English through, or invents asides such
as (笑声)/(掌声) (TED-talk training data). Each guard returns a flag the UI shows as a hint.
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.core.text import HAN_CLASS, han_count


class Flag(StrEnum):
    REPETITION = "repetition"
    UNTRANSLATED = "untranslated"
    LENGTH = "length"
    INVENTED_ASIDE = "invented-aside"
    EMPTY = "empty"


_ASIDES = "笑声|掌声|音乐|笑|鼓掌|laughter|applause|music|laughs|cheers"
_ASIDE_RE = re.compile(rf"[(（\[【]\s*(?:{_ASIDES})\s*[)）\]】]", re.I)


def check(source: str, target: str, source_lang: str, target_lang: str) -> list[Flag]:
    """Flags for one translated sentence (empty when nothing looks wrong)."""
    src, tgt = source.strip(), target.strip()
    if not tgt:
        return [Flag.EMPTY] if src else []
    flags = []
    if _repeats(tgt) and not _repeats(src):
        flags.append(Flag.REPETITION)
    if _untranslated(src, tgt, target_lang):
        flags.append(Flag.UNTRANSLATED)
    if _length_suspicious(src, tgt, source_lang, target_lang):
        flags.append(Flag.LENGTH)
    if _ASIDE_RE.search(tgt) and not _ASIDE_RE.search(src):
        flags.append(Flag.INVENTED_ASIDE)
    return flags


def _units(text: str) -> list[str]:
    """Words for English, characters for Chinese: the units a loop repeats."""
    return re.findall(rf"[A-Za-z']+|[{HAN_CLASS}]|\d+", text)


def _repeats(text: str) -> bool:
    """True when a run of 2–6 units comes three times in a row (我爱你我爱你我爱你), or one unit
    five times (the the the the the); shorter echoes such as 哈哈哈 are normal writing."""
    units = [u.lower() for u in _units(text)]
    for size in range(1, 7):
        times = 5 if size == 1 else 3
        for i in range(0, len(units) - size * times + 1):
            chunk = units[i : i + size]
            if all(units[i + k * size : i + (k + 1) * size] == chunk for k in range(1, times)):
                return True
    return False


def _untranslated(src: str, tgt: str, target_lang: str) -> bool:
    letters = len(re.findall(r"[A-Za-z]", tgt))
    if target_lang == "zh":
        # Mostly Latin letters where Chinese should be, with the source's words in it.
        src_words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", src)}
        tgt_words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", tgt)}
        return letters > 2 * han_count(tgt) and bool(src_words) and len(src_words & tgt_words) >= 0.5 * len(tgt_words)
    return han_count(tgt) > 0 and han_count(tgt) >= 0.5 * han_count(src)


def _length_suspicious(src: str, tgt: str, source_lang: str, target_lang: str) -> bool:
    """Chinese uses about 1.5–2 characters per English word; far outside that, text was lost or made up."""
    if source_lang == target_lang:
        return False
    if source_lang == "en":
        words, chars = len(re.findall(r"[A-Za-z']+", src)), han_count(tgt)
    else:
        words, chars = len(re.findall(r"[A-Za-z']+", tgt)), han_count(src)
    if words < 4 and chars < 6:
        return False  # too short to judge
    ratio = chars / max(words, 1)
    return ratio < 0.4 or ratio > 6.0
