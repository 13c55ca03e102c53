"""Offline sentence splitting for Chinese, English and mixed text, as character spans.

argostranslate 1.11 splits with MiniSBD, which downloads ONNX models on first use; a
translator that must work on a train cannot depend on that, so these are our own rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.text import is_han

# Chinese ends: 。！？； and their ASCII cousins, ellipses (…… / ...), then any closing quotes or brackets.
_ZH_END = r"[。！？!?；;]+|…+|\.{3,}"
_CLOSERS = "”’\"'」』）)》】"
# English abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e a.m p.m u.s u.k no fig approx dept est inc ltd co jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
_END_RE = re.compile(rf"(?:{_ZH_END}|\.)[{re.escape(_CLOSERS)}]*")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split(text: str) -> list[Sentence]:
    """Sentences of `text` with their offsets; whitespace between sentences belongs to none of them.

    Newlines always end a sentence (posts put one thought per line).
    """
    out: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        out.extend(_split_line(line, offset))
        offset += len(line) + 1
    return out


def _split_line(line: str, offset: int) -> list[Sentence]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END_RE.finditer(line):
        end = match.end()
        if not _is_boundary(line, match.start(), end):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(line)))
    sentences = []
    for a, b in spans:
        piece = line[a:b]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            sentences.append(Sentence(offset + a + lead, offset + a + lead + len(stripped), stripped))
    return sentences


def _is_boundary(line: str, stop: int, end: int) -> bool:
    if line[stop] != ".":
        return True  # Chinese and !/? stops always end a sentence
    after = line[end:]
    if after and not after[0].isspace() and not _starts_chinese(after):
        return False  # 3.14, example.com, U.S.A
    word = re.search(r"([A-Za-z.]+)$", line[:stop])
    if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
        return False
    if word and len(word.group(1)) == 1 and word.group(1).isupper():
        return False  # an initial: "J. K. Rowling"
    next_text = after.lstrip()
    return not next_text or not next_text[0].islower()


def _starts_chinese(text: str) -> bool:
    return is_han(text[0])
