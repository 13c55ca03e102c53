"""How glossary entries become searchable forms (folding, elongation, English spellings, the gating rules of each
form, the ordinary-word lexicon that hides slang inside longer words) and the context checks on one post (_Post)
that decide whether a candidate counts. The detector in slang_detect uses them."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import ahocorasick

from app.core.slang import SlangEntry
from app.core.slang_patterns import Pattern, PatternError, compile_pattern, literal_forms, patterns
from app.core.text import HAN_CLASS, HAN_RE, fold_width

HAN_WINDOW = 80  # characters either side (same line) that count as "the same sentence"
# jieba lists many rare compounds at frequencies 2–10; from 20 up a word is an established ordinary word.
LEXICON_MIN_FREQ = 20


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_HAN = HAN_CLASS
_HAN_RE = HAN_RE
_HAN_ONLY_RE = re.compile(f"^[{_HAN}]+$")
_LATIN_RE = re.compile(r"[a-z]")
_LATIN_WORD_RE = re.compile(r"[a-z]+")
_WORD_RE = re.compile(r"[a-z0-9']+")
_RUN_RE = re.compile(r"(.)\1{3,}", re.S)
_CN_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
_NO_EDGE, _LATIN_EDGE, _NUMERAL_EDGE = 0, 1, 2
_OTHER = {"zh": "en", "en": "zh"}

# English phrase shapes (see _is_clause_final and english_spellings).
_CLOSING_OBJECTS = _words("that this it")
_CONTRACTED_LEADS = {"is": ("it's", "that's", "he's", "she's"), "are": ("we're", "you're", "they're")}
# Contractions whose apostrophe-less spelling is not itself a word (unlike we're → were, can't → cant).
_APOSTROPHE_FREE = {
    w: w.replace("'", "")
    for w in _words("it's that's what's here's he's she's you're they're i'm don't didn't doesn't")
}
# Closed-class words (articles, pronouns, auxiliaries, degree words, particles): "she ate", "is mid", "ok bet".
_FUNCTION_WORDS = _words(
    "a an the this that these those my your his her our their its it it's that's thats what's whats here's heres "
    "there's i i'm im you you're youre he he's hes she she's shes we we're they they're theyre me us them "
    "is was are were be being been am so kinda very super too still really literally absolutely totally straight "
    "why what how ok okay aight"
)
# Words that may follow a clause-final phrase without making it ordinary ("that's fire bro").
_TAG_WORDS = _words("bro bros sis girl girlie queen king guys yall y'all tho though honestly period dude babe")

# Numbers used as amounts, labels, dates and times (see _Post.is_quantity).
_NUMBER_BEFORE = frozenset("¥$€£#第约前号码")  # 房间号666, 尾号520, 号码: a label
_NUMBER_JOINERS = frozenset(".,:/-")
_MEASURE_CHARS = frozenset(
    "元块毛角分秒米里斤克吨个次号路页年月日天岁人位名楼层栋室辆件条张本杯瓶份周届期级度点倍千万亿百十余多票赞粉%+"
)
_EN_AFTER_AMOUNT = _words("of yuan rmb kuai usd dollar buck km kg cm mm mi ft lb lbs ml mph hr hrs min mins sec am pm")
# Verbs after a number that is being talked about, not counted ("666 means", "520 stands for").
_EN_VERBS_IN_S = _words("means stands sounds looks seems says goes comes gets makes hits works reads translates")
_EN_LABELS = _words(
    "room bus page no number issue item level route flight gate line chapter episode ep top over under about around "
    "nearly almost"
)
_BORROWED_GAP = 4  # a Chinese term with Chinese this close is part of a Chinese sentence, not a loanword
# Quotes that mark a mention (not 《》 titles or 【】 labels), and punctuation a quoted term may carry inside.
_QUOTE_PAIRS = {'"': '"', "'": "'", "\u201c": "\u201d", "\u300c": "\u300d", "\u300e": "\u300f"}
_QUOTED_PUNCTUATION = frozenset("?!.,。？！，…")
_QUOTED_TAIL = 4  # at most this many such characters between the term and its closing quote


def _quoted_tail(ch: str) -> bool:
    """Punctuation, a space or a pictograph (emoji), not a letter, digit, Chinese character or quote."""
    if ch in _QUOTED_PUNCTUATION or ch == " ":
        return True
    return ch not in _QUOTE_PAIRS and ch not in _QUOTE_PAIRS.values() and not ch.isalnum() and ord(ch) > 0x2000


_QUOTES_AND_SPACES = frozenset(" \t\u3000'\"‘’“”「」『』《》()（）[]【】")

# fold_width's table plus other length-preserving folds in one translate pass: curly apostrophes,
# non-breaking hyphens and spaces, and U+0130 İ (whose lowercase is two characters long).
_FOLD_TABLE = {c: ord(fold_width(chr(c))) for c in range(0x3000, 0xFF70) if fold_width(chr(c)) != chr(c)} | {
    0x2018: 0x27,
    0x2019: 0x27,
    0x02BC: 0x27,
    0x2010: 0x2D,
    0x2011: 0x2D,
    0x00A0: 0x20,
    0x0130: 0x69,
}


@dataclass(frozen=True, slots=True)
class _Form:
    entry: SlangEntry
    needs_han: bool  # short Chinese-side Latin abbreviation: needs Chinese nearby
    numeric: bool  # number slang: skipped when the number is a quantity
    clause_final: bool  # ambiguous English phrase: must end the clause
    borrowed_only: bool  # bare term of a gated entry: only quoted, or as a Chinese word dropped into English
    patterns: tuple[Pattern, ...] = ()  # pattern variants found through this key (slang_patterns); () = plain
    capitals: bool = False  # bare all-capital headword whose lowercase is the literal sense (GOAT, not goat)


@dataclass(frozen=True, slots=True)
class _Key:
    length: int
    head: int  # _NO_EDGE, _LATIN_EDGE or _NUMERAL_EDGE: what must not touch the match on the left
    tail: int  # the same on the right
    han: bool  # contains Chinese characters: check that it does not cut two ordinary words apart
    forms: tuple[_Form, ...]  # empty for an ordinary lexicon word (hides slang inside it, never reported)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    containing: tuple[str, ...]  # ordinary words that contain a Chinese key (笔记本 ⊃ 笔记)
    edges: frozenset[str]  # ordinary 2–4 character words that start or end with a character of a Chinese key
    pairs: frozenset[str] = frozenset()  # every two-character ordinary word: is an edge cutting one? (狠狠心|动)


def is_word_char(ch: str) -> bool:
    """A letter or digit of an alphabetic script; Chinese characters and symbols are not."""
    return ch.isalnum() and ord(ch) < 0x2E80


def fold(text: str) -> str:
    """Width-, case- and apostrophe-folded text of exactly the same length (offsets stay valid)."""
    folded = text.translate(_FOLD_TABLE)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # A character whose lowercase is longer slipped through: keep such characters as they are.
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in folded)


class _Squeezed:
    """Text with runs of 4+ identical characters cut to 3 (hhhhhh → hhh), and the way back to offsets."""

    __slots__ = ("text", "_marks", "_removed")

    def __init__(self, text: str) -> None:
        self._marks: list[int] = []  # squeezed offset just after each cut run
        self._removed: list[int] = []  # characters removed up to and including that run
        if not _RUN_RE.search(text):
            self.text = text
            return
        parts: list[str] = []
        last = removed = 0
        for match in _RUN_RE.finditer(text):
            parts.append(text[last : match.start() + 3])
            self._marks.append(match.start() + 3 - removed)
            removed += match.end() - match.start() - 3
            self._removed.append(removed)
            last = match.end()
        parts.append(text[last:])
        self.text = "".join(parts)

    def original(self, pos: int) -> int:
        """Original offset of a squeezed offset; the offset just after a cut run maps past the whole run."""
        i = bisect_right(self._marks, pos)
        return pos + (self._removed[i - 1] if i else 0)


def squeeze(text: str) -> str:
    return _Squeezed(text).text


def english_spellings(form: str) -> set[str]:
    """Spellings of a folded English phrase: apostrophes dropped (thats fire), is/are contracted (is mid → it's mid).

    Contractions are not expanded: `it is giving` is ordinary English where `it's giving` is slang.
    """
    words = form.split(" ")
    out = {form}
    if len(words) > 1 and words[0] in _CONTRACTED_LEADS:
        out |= {" ".join([lead, *words[1:]]) for lead in _CONTRACTED_LEADS[words[0]]}
    for phrase in list(out):
        out.add(" ".join(_APOSTROPHE_FREE.get(word, word) for word in phrase.split(" ")))
    return out


def _detected_surfaces(entry: SlangEntry) -> list[tuple[str, bool]]:
    """(surface, borrowed_only) pairs; a gated entry's bare term is kept for quotes and Chinese inside English."""
    forms = (entry.term, *literal_forms(entry.variants)) if entry.detect_alone else literal_forms(entry.variants)
    if entry.lang == "en":
        forms = tuple(spelling for form in forms for spelling in sorted(english_spellings(fold(form))))
    if entry.detect_alone:
        return [(form, False) for form in forms]
    # The bare term of a gated entry, for mentions: quoted ("ate", “破防”), or a Chinese word inside English.
    # (Not Chinese slang in Latin letters, whose own patterns carry its conditions: `ky{.}`.)
    if entry.lang == "en":
        bare = sorted(english_spellings(fold(entry.term)))
    else:
        bare = [entry.term] if _HAN_RE.search(entry.term) else []
    return [(form, False) for form in forms] + [(form, True) for form in bare if form not in forms]


def _needs_han(entry: SlangEntry, folded: str) -> bool:
    """A Chinese-side Latin abbreviation that could be English: two letters, or three with a vowel (emo, PUA)."""
    if entry.lang != "zh" or not (folded.isascii() and folded.isalnum()) or folded.isdigit():
        return False
    return len(folded) <= 2 or (len(folded) == 3 and any(v in folded for v in "aeiou"))


def _is_clause_final(entry: SlangEntry, folded_form: str) -> bool:
    """A variant of an ambiguous one-word English entry made of function words and the ordinary word.

    `she ate`, `is mid`, `that's fire`, `ate that` are ordinary English when a word follows (she ate dinner);
    noun phrases (`villain era`), verb phrases (`took the l`) and variants that the entry's own examples
    continue with more words (`duet this with…`) are not restricted.
    """
    term = fold(entry.term)
    words = folded_form.split()
    if entry.lang != "en" or entry.detect_alone or " " in term or term not in words or len(words) < 2:
        return False
    last = len(words) - 1 - words[::-1].index(term)
    before, after = words[:last], words[last + 1 :]
    if after and (len(after) > 1 or after[0] not in _CLOSING_OBJECTS):
        return False
    if not all(w in _FUNCTION_WORDS or w == term for w in before):
        return False
    others = [fold(f) for f in literal_forms(entry.variants) if fold(f) != folded_form]
    return all(_example_closes(fold(ex.text), folded_form, others) for ex in entry.examples)


def _example_closes(example: str, form: str, others: list[str]) -> bool:
    """No bounded occurrence of `form` in the example is followed by an ordinary word.

    An occurrence that a longer variant continues (`you ate` inside `…you ate and left no crumbs`) says
    nothing about `form` on its own and is skipped.
    """
    post = _Post(example, example)
    continued = [(m.start(), m.end()) for other in others for m in re.finditer(re.escape(other), example)]
    pos = example.find(form)
    while pos != -1:
        end = pos + len(form)
        bounded = (pos == 0 or not is_word_char(example[pos - 1])) and (
            end == len(example) or not is_word_char(example[end])
        )
        if bounded and not any(a < end < b for a, b in continued) and not post.closes_clause(end, set()):
            return False
        pos = example.find(form, pos + 1)
    return True


def _make_form(entry: SlangEntry, surface: str, borrowed_only: bool) -> _Form:
    folded = fold(surface)
    return _Form(
        entry=entry,
        needs_han=_needs_han(entry, folded),
        numeric=folded.isascii() and folded.isdigit(),
        clause_final=_is_clause_final(entry, folded),
        borrowed_only=borrowed_only,
        capitals=borrowed_only and _capital_headword(entry) and folded == fold(entry.term),
    )


def _capital_headword(entry: SlangEntry) -> bool:
    """GOAT, RIP: written in capitals they are the abbreviation; the lowercase word is the entry's literal sense."""
    term = entry.term
    return entry.lang == "en" and term.isalpha() and term.isupper() and any(s.literal for s in entry.senses)


def _edge(ch: str) -> int:
    if is_word_char(ch):
        return _LATIN_EDGE
    return _NUMERAL_EDGE if ch in _CN_NUMERALS else _NO_EDGE


def _touches(ch: str, edge: int) -> bool:
    """Would `ch` next to a match edge of this kind continue the word or number (create ⊃ ate, 二百五十)?"""
    if edge == _LATIN_EDGE:
        return is_word_char(ch)
    return edge == _NUMERAL_EDGE and ch in _CN_NUMERALS


@lru_cache(maxsize=1)
def _jieba_common_words(min_freq: int) -> str:
    """jieba's dictionary words with frequency >= min_freq, one per line (about 1 MB, kept for rebuilds)."""
    try:
        import jieba
    except ImportError:  # the detector still works, only without the ordinary-word checks
        return ""
    path = Path(jieba.__file__).with_name("dict.txt")
    if not path.exists():
        return ""
    rows = re.findall(r"^(\S{2,}) (\d+) ", path.read_text(encoding="utf-8"), re.M)
    return "".join(f"{word}\n" for word, freq in rows if int(freq) >= min_freq and _HAN_RE.search(word))


def _lexicon(lines: str, keys: frozenset[str]) -> _Lexicon:
    """The parts of an ordinary-word list (one word per line) that matter for these Chinese keys."""
    containing = set()
    if keys:
        automaton = ahocorasick.Automaton()
        for key in keys:
            automaton.add_word(key, key)
        automaton.make_automaton()
        for end, key in automaton.iter(lines):  # one C-speed scan instead of a loop over every word
            word = lines[lines.rfind("\n", 0, end) + 1 : lines.find("\n", end)]
            if len(word) > len(key):
                containing.add(word)
    chars = set("".join(keys))
    words = lines.split("\n")
    edges = frozenset(w for w in words if 2 <= len(w) <= 4 and (w[0] in chars or w[-1] in chars))
    return _Lexicon(tuple(sorted(containing - keys)), edges, frozenset(w for w in words if len(w) == 2))


def _surface_table(entries: list[SlangEntry]) -> dict[str, list[_Form]]:
    """Folded, squeezed surface → the forms (one per entry) that it stands for."""
    table: dict[str, list[_Form]] = {}
    for entry in entries:
        for surface, borrowed in _detected_surfaces(entry):
            if not surface.strip():  # imported or edited entries may carry empty variants
                continue
            forms = table.setdefault(squeeze(fold(surface)), [])
            if all(f.entry.id != entry.id for f in forms):
                forms.append(_make_form(entry, surface, borrowed))
        anchors: dict[str, list[Pattern]] = {}
        for pattern in patterns(fold(v) for v in entry.variants):
            anchors.setdefault(squeeze(pattern.anchor), []).append(pattern)
        for key, found in anchors.items():
            forms = table.setdefault(key, [])
            own = next((i for i, f in enumerate(forms) if f.entry.id == entry.id), None)
            if own is None:
                forms.append(_Form(entry, False, False, False, False, tuple(found)))
            elif forms[own].borrowed_only and not forms[own].patterns:  # `{?太|好}卷` and 卷 inside English
                forms[own] = replace(forms[own], patterns=tuple(found))
            elif forms[own].clause_final and not forms[own].patterns:  # `you're tweaking` and `… tweaking {?if}`
                with suppress(PatternError):  # either may hold: the plain form as `… {.}`, or a pattern
                    forms[own] = _Form(entry, False, False, False, False, (compile_pattern(f"{key} {{.}}"), *found))
            # else a plain form of the same entry already matches these words anywhere
    return table


def _outside_chinese(neighbour: str | None) -> bool:
    """A line edge, ASCII or a symbol such as an emoji (just another 难民 🙏), not Chinese text or punctuation."""
    return neighbour is None or neighbour.isascii() or unicodedata.category(neighbour).startswith("S")


class _Post:
    """One text being searched, with the context checks that candidates need."""

    __slots__ = ("text", "folded")

    def __init__(self, text: str, folded: str) -> None:
        self.text = text
        self.folded = folded

    def touches(self, start: int, end: int, key: _Key) -> bool:
        """A letter, digit or numeral continues the match on either side, so it is part of a longer word."""
        folded = self.folded
        return (start > 0 and _touches(folded[start - 1], key.head)) or (
            end < len(folded) and _touches(folded[end], key.tail)
        )

    def window(self, start: int, end: int) -> tuple[int, int]:
        """The same line, at most HAN_WINDOW characters either side of the span."""
        lo, hi = max(0, start - HAN_WINDOW), min(len(self.folded), end + HAN_WINDOW)
        newline = self.folded.rfind("\n", lo, start)
        lo = lo if newline == -1 else newline + 1
        newline = self.folded.find("\n", end, hi)
        return lo, (hi if newline == -1 else newline)

    def near(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        lo, hi = self.window(start, end)
        return pattern.search(self.folded, lo, hi) is not None

    def mostly_chinese(self, start: int, end: int) -> bool:
        """Around the span (itself excluded) at least as many Han characters as Latin words (cf. detect_script)."""
        lo, hi = self.window(start, end)
        han = len(_HAN_RE.findall(self.folded, lo, start)) + len(_HAN_RE.findall(self.folded, end, hi))
        words = len(_LATIN_WORD_RE.findall(self.folded, lo, start)) + len(_LATIN_WORD_RE.findall(self.folded, end, hi))
        return han > 0 and han >= words

    def neighbour(self, pos: int, step: int) -> str | None:
        """The first character from `pos` going `step` that is not a space or quote; None at a line edge."""
        while 0 <= pos < len(self.text) and self.text[pos] != "\n":
            if self.text[pos] not in _QUOTES_AND_SPACES:
                return self.text[pos]
            pos += step
        return None

    def is_mention(self, start: int, end: int) -> bool:
        """The term talked about rather than used: alone in quotes, or a Chinese word standing in English."""
        if self.is_quoted(start, end):
            return True
        return _HAN_RE.match(self.folded, start) is not None and self.is_borrowed(start, end)

    def in_capitals(self, start: int, end: int) -> bool:
        """Written in capitals in a line that is not itself shouted in capitals."""
        if not self.text[start:end].isupper():
            return False
        lo, hi = self.window(start, end)
        return any(c.islower() for c in self.text[lo:start] + self.text[end:hi])

    def is_quoted(self, start: int, end: int) -> bool:
        """The span fills a pair of quotes, perhaps with closing punctuation: "ate", 'I'm dead?', “破防”."""
        folded = self.folded
        if start == 0 or (close := _QUOTE_PAIRS.get(folded[start - 1])) is None:
            return False
        if start >= 2 and is_word_char(folded[start - 2]):  # an apostrophe inside a word: don't, it's
            return False
        after = end
        # closing punctuation, spaces or an emoji may stand inside the quotes: 'I'm dead 💀', "ate?!"
        while after < min(len(folded), end + _QUOTED_TAIL) and folded[after] != close and _quoted_tail(folded[after]):
            after += 1
        if after >= len(folded) or folded[after] != close:
            return False
        return after + 1 >= len(folded) or not is_word_char(folded[after + 1])

    def is_borrowed(self, start: int, end: int) -> bool:
        """A Chinese word standing alone in English: ASCII (or a line edge) on both sides, Latin words nearby."""
        before, after = self.neighbour(start - 1, -1), self.neighbour(end, 1)
        if not (_outside_chinese(before) and _outside_chinese(after)):
            return False
        # Chinese just beyond a short Latin token is still a Chinese sentence (用ps抠图, 看F1赛道).
        lo, hi = max(0, start - _BORROWED_GAP), min(len(self.folded), end + _BORROWED_GAP)
        if _HAN_RE.search(self.folded, lo, start) or _HAN_RE.search(self.folded, end, hi):
            return False
        return self.near(_LATIN_RE, start, end)

    def is_quantity(self, start: int, end: int) -> bool:
        """A number used as an amount, label, date or time rather than as number slang."""
        folded, size = self.folded, len(self.folded)
        before = start - 2 if start >= 2 and folded[start - 1] == " " else start - 1
        if before >= 0 and folded[before] in _NUMBER_BEFORE:
            return True
        # Part of a longer token: a decimal, time, date, version or path (5.20, 2:33, v1.250, ax.007).
        if start >= 2 and folded[start - 1] in _NUMBER_JOINERS and is_word_char(folded[start - 2]):
            return True
        if end + 1 < size and folded[end] in _NUMBER_JOINERS and is_word_char(folded[end + 1]):
            return True
        if end < size and folded[end] in _MEASURE_CHARS:
            return True
        following = _WORD_RE.match(folded, end + 1) if end < size and folded[end] == " " else None
        if following and (
            following[0] in _EN_AFTER_AMOUNT
            or (len(following[0]) > 3 and following[0][-1] == "s" and following[0] not in _EN_VERBS_IN_S)
        ):
            return True  # "666 followers", "250 yuan", "748 of 774" (but "666 means", "520 sounds")
        preceding = re.search(r"([a-z]+) $", folded[max(0, start - 12) : start])
        return bool(preceding and preceding[1] in _EN_LABELS)  # "room 520", "over 250"

    def pattern_span(self, start: int, end: int, form: _Form) -> tuple[int, int, bool] | None:
        """(start, end, clause_final) of the first of the form's patterns that holds around the anchor found at
        start:end, one that need not end the clause first; None when none holds."""
        lo, hi = self.window(start, end)
        best = None
        for pattern in form.patterns:
            span = pattern.span(self.folded, start, end, lo, hi)
            if span is not None:
                if not pattern.clause_final:
                    return (*span, False)
                best = best or (*span, True)
        return best

    def fits(self, start: int, end: int, form: _Form) -> bool:
        # A pattern holds around it, or (a gated entry's bare term, with or without patterns) it is mentioned.
        held = bool(form.patterns) and self.pattern_span(start, end, form) is not None
        if (
            (form.patterns or form.borrowed_only)
            and not held
            and not (form.borrowed_only and self.is_mention(start, end))
            and not (form.capitals and self.in_capitals(start, end))
        ):
            return False
        return self.fits_ungated(start, end, form)

    def fits_ungated(self, start: int, end: int, form: _Form) -> bool:
        """The checks every form passes, gated or not: Chinese nearby for a short Latin abbreviation, and a
        number that is not an amount, label, date or time."""
        if form.needs_han and not self.near(_HAN_RE, start, end):
            return False
        return not (form.numeric and self.is_quantity(start, end))

    def choose(self, start: int, end: int, forms: tuple[_Form, ...]) -> _Form | None:
        usable = [f for f in forms if self.fits(start, end, f)]
        if len(usable) > 1:  # one surface, a Chinese and an English entry: the script around decides
            want = "zh" if self.mostly_chinese(start, end) else "en"
            return next((f for f in usable if f.entry.lang == want), usable[0])
        return usable[0] if usable else None

    def closes_clause(self, end: int, slang_starts: set[int]) -> bool:
        """Nothing ordinary follows: punctuation, emoji, Chinese, the end, more slang or a vocative/particle."""
        folded, size = self.folded, len(self.folded)
        if end < size and folded[end] == "-":  # a hyphenated compound: "is mid-range"
            return False
        if end + 1 < size and folded[end] in "'’" and folded[end + 1].isalpha():  # "Mother's Day", "cap'n"
            return False
        pos = end
        while pos < size and folded[pos] in " \t":
            pos += 1
        if pos >= size or not is_word_char(folded[pos]) or pos in slang_starts:
            return True
        word = _WORD_RE.match(folded, pos)
        return word is not None and word[0] in _TAG_WORDS

    def straddles(self, start: int, end: int, lexicon: _Lexicon) -> bool:
        """The span joins the end of one common word to the start of the next (相互|关系 → 互关)."""
        folded, edges = self.folded, lexicon.edges
        for cut in range(start + 1, end):
            left = any(folded[i:cut] in edges for i in range(max(0, cut - 4), start))
            if left and any(folded[cut:j] in edges for j in range(end + 1, min(len(folded), cut + 4) + 1)):
                return True
        return False
