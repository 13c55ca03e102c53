"""Text helpers of the phrasebook: automatic pinyin for a phrase, and the forms a search may hit."""

from __future__ import annotations

import re

from app.core.pinyin import PinyinStyle, format_syllables, marks_to_numbers
from app.core.text import fold_width, is_han

MAX_TAG = 40


def auto_pinyin(text: str) -> str:
    """Tone-marked pinyin of the Han characters in `text`, one syllable per character, read in context
    (polyphone-aware); "" when there is no Han character."""
    if not any(is_han(c) for c in text):
        return ""
    from app.core import polyphone  # loads the model on first use

    readings = [r for r, c in zip(polyphone.char_readings(text), text, strict=True) if r and is_han(c)]
    return format_syllables(readings, PinyinStyle.MARKS)


def pinyin_forms(pinyin: str) -> list[str]:
    """What a learner may type for this pinyin: marks, numbers, no tones, each also without spaces.

    `nǐ hǎo` → nǐ hǎo, nǐhǎo, ni3 hao3, ni3hao3, ni hao, nihao."""
    pinyin = pinyin.strip().lower()
    if not pinyin:
        return []
    numbered = marks_to_numbers(pinyin)
    plain = re.sub(r"[1-5]", "", numbered)
    forms: list[str] = []
    for form in (pinyin, numbered, plain):
        forms += [form, form.replace(" ", "")]
    return list(dict.fromkeys(forms))


def normalise(text: str) -> str:
    """Case- and width-folded, as stored for search and as a query is compared."""
    return fold_width(text).lower()


def search_text(text: str, translation: str, pinyin: str, note: str) -> str:
    """Everything a phrasebook search may hit, one field per line."""
    return normalise("\n".join([text, translation, *pinyin_forms(pinyin), note]))


def clean_tags(tags: object) -> tuple[str, ...]:
    """Tags as typed ("a, b" or a list) → trimmed, spaces collapsed, no commas, duplicates dropped
    (case-insensitively, first spelling kept)."""
    items = tags.split(",") if isinstance(tags, str) else list(tags)  # type: ignore[call-overload]
    seen: dict[str, str] = {}
    for item in items:
        tag = " ".join(str(item).replace(",", " ").split())[:MAX_TAG]
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())
