"""Chinese line breaking (禁则, kinsoku): where a line of words may wrap.

GB/T 15834 and the W3C's "Requirements for Chinese Text Layout" (clreq): closing punctuation (，。！？、；：
”’）》 …) never starts a line and opening punctuation (“‘（《 …) never ends one. When the word that no longer
fits is such a mark, the word before it moves down with it; when nothing can move (a line of one word), the
mark hangs past the margin instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

NO_LINE_START = frozenset(
    "，。．、；：？！”’）》〉」』】〕〗｝］…‥·・～%‰℃,.;:?!)]}>"  # closing and trailing marks
    "ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ々〻"  # small kana and iteration marks (Japanese text)
)
NO_LINE_END = frozenset("“‘（《〈「『【〔〖｛［([{<")


def cannot_start(text: str) -> bool:
    """A piece of text that must not begin a line (it starts with a closing mark)."""
    return bool(text) and text[0] in NO_LINE_START


def cannot_end(text: str) -> bool:
    """A piece of text that must not end a line (it ends with an opening mark)."""
    return bool(text) and text[-1] in NO_LINE_END


@dataclass(frozen=True, slots=True)
class Piece:
    text: str  # what is drawn (only its first and last characters matter here)
    width: float
    before: float = 0.0  # space before it when it does not start a line (a word gap, a space)


@dataclass(frozen=True, slots=True)
class Placed:
    line: int
    x: float


def layout(pieces: Sequence[Piece], available: float) -> list[Placed]:
    """The line and the x of every piece, lines filled greedily within `available` under the kinsoku rules."""
    placed: list[Placed] = [Placed(0, 0.0)] * len(pieces)
    line, start, end_x = 0, 0, 0.0  # the current line, its first piece, where its last piece ends
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        x = 0.0 if i == start else end_x + piece.before
        if i > start and x + piece.width > available:
            cut = i  # the first piece of the next line
            while cut > start and (cannot_start(pieces[cut].text) or cannot_end(pieces[cut - 1].text)):
                cut -= 1
            if cut > start:
                line, start, end_x = line + 1, cut, 0.0
                for j in range(cut, i):  # the pieces carried down with the one that did not fit
                    jx = 0.0 if j == cut else end_x + pieces[j].before
                    placed[j] = Placed(line, jx)
                    end_x = jx + pieces[j].width
                continue  # place piece i again, on the new line
            # No allowed break on this line: the piece hangs past the margin.
        placed[i] = Placed(line, x)
        end_x = x + piece.width
        i += 1
    return placed
