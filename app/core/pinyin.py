"""Pinyin in its display forms: tone marks, tone numbers, zhuyin, tone sandhi and colours.

Readings travel through the app as numbered syllables (`hao3`, `lv4`, `le5`);
this module turns them into what the user chose to see.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

_SYLLABLE_RE = re.compile(r"^([a-zv]+?)([1-5])$")
_TONE_MARK_TO_DIGIT = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}

# Pleco's default scheme, the one most learner apps copy: 1 red, 2 green, 3 blue,
# 4 purple, neutral grey.
DEFAULT_TONE_COLOURS: dict[str, str] = {
    "1": "#e53935",
    "2": "#2e9d3a",
    "3": "#1e63d6",
    "4": "#8e3cc8",
    "5": "#7a7a7a",
}


class PinyinStyle(StrEnum):
    MARKS = "marks"
    NUMBERS = "numbers"
    ZHUYIN = "zhuyin"


def split_tone(syllable: str) -> tuple[str, str]:
    """`hao3` → (`hao`, `3`); a syllable without a digit counts as neutral."""
    match = _SYLLABLE_RE.match(syllable)
    if match:
        return match.group(1), match.group(2)
    return syllable, "5"


def tone_of(syllable: str) -> str:
    return split_tone(syllable)[1]


@lru_cache(maxsize=4096)
def format_syllable(syllable: str, style: PinyinStyle = PinyinStyle.MARKS) -> str:
    """One numbered syllable in the chosen style (`lv4` → `lǜ`, `lv4`, `ㄌㄩˋ`)."""
    if style is PinyinStyle.NUMBERS:
        return syllable
    base, tone = split_tone(syllable)
    if style is PinyinStyle.MARKS:
        from pypinyin.contrib.tone_convert import to_tone

        return str(to_tone(base + tone)) if tone != "5" else base.replace("v", "ü")
    from pypinyin import Style
    from pypinyin.style import convert

    if tone == "5":  # pypinyin writes the neutral dot after; zhuyin puts it first
        return "˙" + str(convert(base + "1", Style.BOPOMOFO, strict=True))
    return str(convert(base + tone, Style.BOPOMOFO, strict=True))


def format_syllables(syllables: list[str], style: PinyinStyle = PinyinStyle.MARKS) -> str:
    return " ".join(format_syllable(s, style) for s in syllables)


def apply_sandhi(chars: str, syllables: list[str]) -> list[str]:
    """Spoken tones for a phrase: 一 and 不 change before a fourth tone, and a
    third tone before another third tone becomes a second.

    `chars` and `syllables` run in parallel (one syllable per character). This is
    display only: dictionaries and study cards keep the citation tones.
    """
    out = list(syllables)
    for i in range(len(out) - 1):
        nxt = tone_of(syllables[i + 1])
        base, tone = split_tone(out[i])
        if chars[i] == "不" and base == "bu" and nxt == "4":
            out[i] = "bu2"
        elif chars[i] == "一" and base == "yi" and tone == "1" and nxt in "1234":
            out[i] = "yi2" if nxt == "4" else "yi4"
        elif tone == "3" and nxt == "3":
            out[i] = base + "2"
    return out


def marks_to_numbers(text: str) -> str:
    """`nǐ hǎo` → `ni3 hao3`, ü → v; syllables without a mark are left as typed."""
    out: list[str] = []
    for word in re.split(r"(\s+)", text):
        decomposed = unicodedata.normalize("NFD", word)
        tone = ""
        letters: list[str] = []
        for ch in decomposed:
            if ch in _TONE_MARK_TO_DIGIT:
                tone = _TONE_MARK_TO_DIGIT[ch]
            elif ch == "\u0308":  # the diaeresis of ü
                if letters and letters[-1] == "u":
                    letters[-1] = "v"
            else:
                letters.append(ch)
        out.append("".join(letters) + tone)
    return "".join(out)


_QUERY_SYLLABLE_RE = re.compile(r"[a-zv]+[1-5]?")


def normalise_query(query: str) -> list[str]:
    """User-typed pinyin as a list of lowercase chunks with optional tone digits.

    `nihao` → [`nihao`]; `ni3 hao3` and `nǐ hǎo` → [`ni3`, `hao3`]; `lü4`/`lu:4` → [`lv4`].
    """
    text = marks_to_numbers(query.strip().lower()).replace("u:", "v").replace("ü", "v")
    text = re.sub(r"([1-5])(?=[a-z])", r"\1 ", text)
    return _QUERY_SYLLABLE_RE.findall(text)


def looks_like_pinyin(query: str) -> bool:
    """True when the query is made only of Latin letters, tone marks, digits 1–5 and spaces."""
    text = marks_to_numbers(query.strip().lower()).replace("u:", "v")
    return bool(text) and bool(re.fullmatch(r"[a-zv1-5' ]+", text))
