"""The difference between a sentence and its correction: words for English, characters for Chinese."""

from __future__ import annotations

import difflib
import re
from typing import Literal, NamedTuple

from app.core.text import is_han

Op = Literal["equal", "delete", "insert"]

# One token per Han character (Chinese has no spaces, and a tutor corrects single characters), one per
# run of letters/digits (an English word, with its apostrophes and hyphens), one per run of spaces,
# one per other character (punctuation, emoji).
_TOKEN_RE = re.compile(r"\s+|[^\W_]+(?:['’\-][^\W_]+)*|.", re.DOTALL)


class Segment(NamedTuple):
    op: Op
    text: str


def tokens(text: str) -> list[str]:
    """Split text into the units a correction is compared by."""
    out: list[str] = []
    for match in _TOKEN_RE.finditer(text):
        token = match.group()
        if any(is_han(ch) for ch in token):
            out.extend(_split_han(token))
        else:
            out.append(token)
    return out


def _split_han(token: str) -> list[str]:
    """A run like "abc我们" (letters and Han are both \\w) becomes "abc", "我", "们"."""
    parts: list[str] = []
    latin = ""
    for ch in token:
        if is_han(ch):
            if latin:
                parts.append(latin)
                latin = ""
            parts.append(ch)
        else:
            latin += ch
    if latin:
        parts.append(latin)
    return parts


def diff(original: str, corrected: str) -> list[Segment]:
    """(op, text) segments: equal + delete spell `original`, equal + insert spell `corrected`."""
    # Where text was replaced the deletion comes first, as a tutor marks it.
    a, b = tokens(original), tokens(corrected)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, "equal", "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _append(segments, "delete", "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _append(segments, "insert", "".join(b[j1:j2]))
    return _tidy(segments)


def _append(segments: list[Segment], op: Op, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].op == op:
        segments[-1] = Segment(op, segments[-1].text + text)
    else:
        segments.append(Segment(op, text))


def _tidy(segments: list[Segment]) -> list[Segment]:
    """Put each deletion before the insertion it pairs with (insert+delete → delete+insert), merged."""
    out: list[Segment] = []
    for segment in segments:
        if segment.op == "delete" and out and out[-1].op == "insert":
            inserted = out.pop()
            _append(out, "delete", segment.text)
            _append(out, "insert", inserted.text)
        else:
            _append(out, segment.op, segment.text)
    return out


def original_of(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def corrected_of(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")


def changed(segments: list[Segment]) -> int:
    """How many segments were deleted or inserted (0: the correction changes nothing)."""
    return sum(1 for s in segments if s.op != "equal")
