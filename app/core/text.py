"""Cleaning pasted text and telling Chinese from English."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Any

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# C0 and C1 control characters except tab and newline (Unicode category Cc).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN_RE = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")


class Script(StrEnum):
    CHINESE = "zh"
    ENGLISH = "en"
    MIXED = "mixed"
    NONE = "none"


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph (basic block and extensions)."""
    return bool(_HAN_RE.match(ch))


def clean_text(text: str) -> str:
    """Make clipboard text safe to store and show.

    Lone surrogates (which Windows clipboards can hand over) cannot be encoded as
    UTF-8 and would break SQLite and JSON, so they become U+FFFD; other control
    characters are dropped; line endings become newlines.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", _SURROGATE_RE.sub("\ufffd", text))  # regexes: a 1 MB paste in milliseconds


def detect_script(text: str, mixed_share: float = 0.2) -> Script:
    """Chinese, English or mixed, by counting Han characters against Latin words.

    A Han character carries about as much as an English word, so words (not
    letters) are counted on the English side.
    """
    han = len(_HAN_RE.findall(text))
    words = len(re.findall(r"[A-Za-z]+", text))
    total = han + words
    if total == 0:
        return Script.NONE
    minority = min(han, words) / total
    if minority >= mixed_share:
        return Script.MIXED
    return Script.CHINESE if han > words else Script.ENGLISH


def han_count(text: str) -> int:
    return len(_HAN_RE.findall(text))


@lru_cache(maxsize=2)
def _opencc(config: str) -> Any:
    from opencc import OpenCC  # imported lazily: loads its dictionaries

    return OpenCC(config)


def to_traditional(text: str) -> str:
    return str(_opencc("s2t").convert(text))


def to_simplified(text: str) -> str:
    return str(_opencc("t2s").convert(text))


_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(text: str) -> str:
    """Full-width ASCII forms to half-width (ｙｙｄｓ → yyds), one character for one.

    Unlike NFKC this keeps every offset, so spans found in the folded text
    are spans in the original.
    """
    return text.translate(_WIDTH_TABLE)
