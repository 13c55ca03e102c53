"""Choosing an entry's sense from the words around a match: context cues, a likelihood order, a confidence."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.core.slang import MAIN_SENSE, SlangEntry
from app.core.text import fold_width

CUE_WINDOW = 40  # characters either side of the match, on the same line, where a cue word counts
NEAR_WEIGHT = 1.0  # a cue word somewhere in the window
AROUND_WEIGHT = 2.0  # a `~` pattern right around the term (`~了`, `my ~`): stronger evidence
STEEPNESS = 1.5  # how fast evidence outweighs the order of the senses
PRIOR_DECAY = 0.8  # each later sense starts a little less likely than the one before it
_WORD = r"[a-z0-9']"


@dataclass(frozen=True, slots=True)
class RankedSense:
    id: str
    confidence: float  # 0–1, the senses of one match sum to about 1


def fold_cue(text: str) -> str:
    """Cues are compared with the detector's folded text: half-width, lowercase, straight apostrophes."""
    return fold_width(text).lower().replace("\u2019", "'").replace("\u2018", "'")


def single_sense(entry: SlangEntry) -> tuple[RankedSense, ...]:
    return (RankedSense(entry.senses[0].id if entry.senses else MAIN_SENSE, 1.0),)


def _near_pattern(cues: list[str]) -> re.Pattern[str] | None:
    """One alternation of the plain cue words; Latin cues only as whole words (pens, not expensive)."""
    parts = []
    for cue in sorted(set(cues), key=len, reverse=True):
        body = re.escape(cue)
        head = f"(?<!{_WORD})" if re.match(_WORD, cue) else ""
        tail = f"(?!{_WORD})" if re.match(_WORD, cue[-1]) else ""
        parts.append(head + body + tail)
    return re.compile("|".join(parts)) if parts else None


@dataclass(frozen=True, slots=True)
class _SenseCues:
    near: re.Pattern[str] | None
    around: tuple[tuple[str, str], ...]  # (before, after) of each `~` pattern


class SenseChooser:
    """Ranks the senses of one entry for one match; built once per entry with several senses."""

    __slots__ = ("_ids", "_cues", "_priors", "_term")

    def __init__(self, entry: SlangEntry) -> None:
        self._ids = tuple(s.id for s in entry.senses)
        self._term = fold_cue(entry.term)
        self._priors = tuple(PRIOR_DECAY**i for i in range(len(entry.senses)))
        cues = []
        for sense in entry.senses:
            folded = [fold_cue(c) for c in sense.cues]
            around = tuple((c.split("~", 1)[0], c.split("~", 1)[1]) for c in folded if "~" in c)
            cues.append(_SenseCues(_near_pattern([c for c in folded if "~" not in c]), around))
        self._cues = tuple(cues)

    def rank(self, folded: str, start: int, end: int) -> tuple[RankedSense, ...]:
        """Every sense with its likelihood, most likely first; ties keep the order of the entry's senses."""
        lo, hi = _window(folded, start, end)
        term_at = folded.find(self._term, start, end)
        t0, t1 = (term_at, term_at + len(self._term)) if term_at != -1 else (start, end)
        scores = [_score(cues, folded, lo, hi, t0, t1) for cues in self._cues]
        top = max(scores)
        weights = [p * math.exp(STEEPNESS * (s - top)) for p, s in zip(self._priors, scores, strict=True)]
        total = sum(weights)
        ranked = sorted(range(len(weights)), key=lambda i: (-weights[i], i))
        return tuple(RankedSense(self._ids[i], round(weights[i] / total, 3)) for i in ranked)


def _window(folded: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = max(0, start - CUE_WINDOW), min(len(folded), end + CUE_WINDOW)
    newline = folded.rfind("\n", lo, start)
    newline_after = folded.find("\n", end, hi)
    return (lo if newline == -1 else newline + 1), (hi if newline_after == -1 else newline_after)


def _score(cues: _SenseCues, folded: str, lo: int, hi: int, t0: int, t1: int) -> float:
    score = 0.0
    if cues.near is not None:
        score += NEAR_WEIGHT * len({m.group(0) for m in cues.near.finditer(folded, lo, hi)})
    for before, after in cues.around:
        if folded.endswith(before, lo, t0) and folded.startswith(after, t1, hi):
            score += AROUND_WEIGHT if _bounded(folded, before, after, t0, t1) else 0.0
    return score


def _bounded(folded: str, before: str, after: str, t0: int, t1: int) -> bool:
    """A Latin pattern edge must not run on into a longer word (`my ~` is not `army ~`)."""
    left, right = t0 - len(before), t1 + len(after)
    if before and re.match(_WORD, before[0]) and left > 0 and re.match(_WORD, folded[left - 1]):
        return False
    return not (after and re.match(_WORD, after[-1]) and right < len(folded) and re.match(_WORD, folded[right]))
