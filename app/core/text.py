"""Cleaning pasted text and telling Chinese from English."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Any

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# C0 and C1 control characters except tab and newline (Unicode category Cc).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The one definition of a Han character (every module asks is_han, han_count or HAN_RE/HAN_CLASS):
HAN_RANGES = (
    (0x3007, 0x3007),  # 〇, the ideographic zero (二〇二六年), read líng
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    # Planes 2 and 3 hold nothing but ideographs: Extensions B–F and I, the Compatibility Ideographs
    # Supplement (plane 2), Extensions G, H and J (plane 3), and room for the next ones. Python's re takes
    # them as plain code point ranges (it has no \p{Han}), so later extensions are covered before Python's
    # unicodedata knows their names.
    (0x20000, 0x3FFFF),
)
HAN_CLASS = "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in HAN_RANGES)  # inside [...]
HAN_RE = re.compile(f"[{HAN_CLASS}]")
_HAN_RE = HAN_RE
_LATIN_RE = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")


class Script(StrEnum):
    CHINESE = "zh"
    ENGLISH = "en"
    MIXED = "mixed"
    NONE = "none"


def is_han(ch: str) -> bool:
    """True for one Han character (see HAN_RANGES): CJK unified and compatibility ideographs, and 〇."""
    return _HAN_RE.fullmatch(ch) is not None


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
    from opencc import OpenCC  # the official bindings, imported lazily: loading a config reads its dictionaries

    return OpenCC(config)


def _convert(config: str, text: str) -> str:
    converter = _opencc(config)
    if not _SURROGATE_RE.search(text):
        return str(converter.convert(text))
    # OpenCC takes UTF-8, which has no lone surrogates: convert the text around them and keep them as they are.
    return "".join(p if _SURROGATE_RE.fullmatch(p) else str(converter.convert(p)) for p in _SURROGATE_SPLIT.split(text))


_SURROGATE_SPLIT = re.compile("([\ud800-\udfff])")


def to_traditional(text: str) -> str:
    return _convert("s2t", text)


def to_simplified(text: str) -> str:
    return _convert("t2s", text)


_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(text: str) -> str:
    """Full-width ASCII forms to half-width (ｙｙｄｓ → yyds), one character for one.

    Unlike NFKC this keeps every offset, so spans found in the folded text
    are spans in the original.
    """
    return text.translate(_WIDTH_TABLE)


def file_size(size: int) -> str:
    """A file's size as people read it: 740 kB, 2.4 MB, 95 MB (decimal units, as file managers show them)."""
    if size < 1_000_000:
        return f"{max(size, 1) / 1000:.0f} kB"
    return f"{size / 1e6:.1f} MB" if size < 10_000_000 else f"{size / 1e6:.0f} MB"
