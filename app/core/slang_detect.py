"""Finding glossary slang in a post: one Aho-Corasick pass over width-, case- and elongation-folded text.

How entries become searchable forms is in slang_forms; sense choice is in slang_senses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from app.core.slang import AMONG_SLANG, SlangEntry, hover_only
from app.core.slang_forms import (  # noqa: F401 - fold, squeeze and is_word_char are used by callers too
    _EN_AFTER_AMOUNT,
    _EN_LABELS,
    _HAN_ONLY_RE,
    _HAN_RE,
    _LATIN_RE,
    _LATIN_WORD_RE,
    _MEASURE_CHARS,
    _NO_EDGE,
    _NUMBER_BEFORE,
    _NUMBER_JOINERS,
    _OTHER,
    _QUOTES_AND_SPACES,
    _TAG_WORDS,
    _WORD_RE,
    HAN_WINDOW,
    LEXICON_MIN_FREQ,
    _edge,
    _Form,
    _jieba_common_words,
    _Key,
    _Lexicon,
    _lexicon,
    _Post,
    _Squeezed,
    _surface_table,
    _touches,
    fold,
    is_word_char,
    squeeze,
)
from app.core.slang_patterns import literal_forms
from app.core.slang_senses import RankedSense, SenseChooser, single_sense


@dataclass(frozen=True, slots=True)
class SlangMatch:
    term: str  # the entry's headword
    start: int
    end: int
    entry_id: str
    meaning: str  # the chosen sense's meaning in the other language (entry.meaning_other for one-sense entries)
    surface: str  # text[start:end]
    sense: str = "main"  # the chosen sense's id (entry.with_sense(sense) reads the entry that way)
    confidence: float = 1.0  # 0–1: how sure the choice is; low when no context cue decided it
    senses: tuple[RankedSense, ...] = ()  # every sense, most likely first (the chosen one first)
    literal: bool = False  # the ordinary reading won; only returned by detect(..., with_literal=True)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    form: _Form | None


class SlangDetector:
    """Finds glossary terms in text; build once (it compiles the automaton), call `detect` often.

    Rules, applied to every candidate the automaton reports:

    * Folding keeps offsets: full-width → half-width, per-character lowercase, curly → straight apostrophes.
      Runs of 4+ identical characters (hhhhhh, 2333333, yasssss) are squeezed to three for matching; a match
      that ends on a squeezed run takes the whole run.
    * Boundary: a match that begins (ends) with a Latin letter or digit must not touch another letter or digit
      (ate not in create, mid not in middle, 666 not in 16666); one that begins (ends) with a Chinese numeral
      must not touch another (二百五 not in 二百五十). Other Chinese characters need no boundary.
    * Variants may use the pattern notation of slang_patterns (`caught {me|you} in 4k`, `{*} is giving`,
      `my {**} era`, `{*} slaps {.}`): a pattern is found through its anchor words, checked around them, and
      the match covers its words (context slots at its edges only condition it). Slots glued to a Chinese term
      (`{?太|好}卷`, `绝{.}`, `{!船|游}上岸`) are character-based conditions: the match is the term alone.
    * `detect_alone: false` entries match only through their variants. Exceptions, mentions of the bare term:
      alone in quotes (`what does "ate" mean`, “卷”); a Chinese term on its own inside English (`explain the 梗`);
      an all-capital headword in capitals whose lowercase word is the entry's literal sense (GOAT, RIP);
      an English term named in a list next to slang of the same world, by a specific tag such as gen-alpha
      ("skibidi and sigma", "skibidi ohio rizz"); and the bare term of an entry tagged `among-slang` with at least
      AMONG_SLANG_COMPANY other slang terms on its line nearby (本人青铜 after 开黑 and 带飞).
    * Chinese-side Latin abbreviations of two letters, or three with a vowel (gg, bs, wc, nb, emo, PUA, TAT),
      collide with English, so they need Chinese characters on the same line within HAN_WINDOW characters.
      Longer or vowel-less ones (yyds, xswl, xhs, tql) match anywhere.
    * A surface shared by a Chinese and an English entry (gg, NPC, OOTD, vlog) goes to the Chinese entry when
      the text around it has at least as many Chinese characters as Latin words, else to the English one.
    * Number slang (520, 666, 996) is skipped when the number is an amount, label, date or time.
    * English variants such as `she ate`, `is mid`, `that's fire` (function words + an ordinary word) must end
      the clause: punctuation, emoji, Chinese, the end, more slang or a vocative/particle may follow.
      Contracted and apostrophe-less spellings of English variants are added (`it's mid`, `thats fire`).
    * Nothing inside a web or e-mail address is slang (www.baidu.com, ate@mail.com, yyds.cn).
    * Chinese matches inside a longer common word (笔记 in 笔记本, 私生 in 私生活) or cutting two common words
      apart (互关 in 相互|关系) are dropped; "common" = jieba's dictionary at frequency >= LEXICON_MIN_FREQ.
    * Overlaps are resolved over the whole post: a gated entry's context phrase that cuts through a complete
      term gives way to it when the term cuts the entry's own word (真的绝 | 绝绝子), or drops the context words
      the term takes ("stan twitter" + "is in shambles"); otherwise longest first, then leftmost.
    * Senses (slang_senses.SenseChooser): an entry with several senses takes the one whose context cues are
      found around the match; a literal sense that wins keeps the span (an ordinary word) but is not reported,
      unless the term is quoted and asked about ('what does "ate" mean?'), which is a question about the slang.
    """

    def __init__(
        self, entries: Iterable[SlangEntry], *, lexicon: Iterable[str] | None = None, hiding: Iterable[str] = ()
    ) -> None:
        """`lexicon`: ordinary words for the Chinese checks; None = jieba's common words, () = no checks.
        `hiding`: words that are not flagged but, like ordinary words, hide the slang inside them (the platform and
        everyday words of for_posts: 这波操作 is explained on hover, so its 这波 is not flagged either)."""
        self._entries = list(entries)
        table = _surface_table(self._entries)
        han_keys = frozenset(k for k in table if _HAN_RE.search(k))
        if lexicon is None:
            lines = _jieba_common_words(LEXICON_MIN_FREQ)
        else:
            lines = "".join(f"{word}\n" for word in lexicon if "\n" not in word)
        self._lexicon = _lexicon(lines, han_keys)
        self._automaton = ahocorasick.Automaton()
        for key, forms in table.items():
            han = key in han_keys
            self._automaton.add_word(key, _Key(len(key), _edge(key[0]), _edge(key[-1]), han, tuple(forms)))
        for word in self._lexicon.containing:
            key = squeeze(fold(word))
            if key not in table:
                self._automaton.add_word(key, _Key(len(key), _NO_EDGE, _NO_EDGE, False, ()))
        for word in hiding:
            key = squeeze(fold(word))
            if key and key not in table and key not in self._automaton:
                self._automaton.add_word(key, _Key(len(key), _edge(key[0]), _edge(key[-1]), False, ()))
        self._automaton.make_automaton()
        # Only entries with several senses need a choice; the others keep the cheap path.
        self._choosers = {e.id: SenseChooser(e) for e in self._entries if len(e.senses) > 1}

    def chinese_terms(self) -> list[str]:
        """Chinese forms made only of Han characters, two or more long (for the segmenter's user dictionary).

        Single characters are left out: at the segmenter's high user frequency they would split ordinary words.
        """
        terms = {
            f
            for e in self._entries
            if e.lang == "zh"
            for f in (e.term, *literal_forms(e.variants))
            if len(f) > 1 and _HAN_ONLY_RE.match(f)
        }
        return sorted(terms)

    def detect(self, text: str, *, with_literal: bool = False) -> list[SlangMatch]:
        """Slang in `text`: sorted by start, non-overlapping, offsets into `text` itself.

        Each match carries the sense chosen from the context; a term whose literal (ordinary) sense wins is
        left out, unless `with_literal` asks for it (then `match.literal` is true)."""
        if not text:
            return []
        post = _Post(text, fold(text))
        candidates, pending, named, held = self._candidates(post)
        if pending:
            starts = {c.start for c in candidates if c.form is not None}
            for cand in pending:
                if post.closes_clause(cand.end, starts):
                    candidates.append(cand)
                elif cand.form is not None and AMONG_SLANG in cand.form.entry.tags:
                    held.append(cand)  # "called me a sigma and said skibidi": slang around it still counts
        if named:
            candidates += _named_alongside(post.folded, named, candidates)
        if held:
            candidates += _among_slang(post, held, candidates)
        if self._lexicon.pairs:
            candidates = _drop_cut_ordinary_words(post.folded, candidates, self._lexicon.pairs)
        if "." in post.folded:
            candidates = _outside_links(post.folded, candidates)
        matches = [self._to_match(post, c) for c in _longest_first(post.folded, candidates)]
        return matches if with_literal else [m for m in matches if not m.literal]

    def _to_match(self, post: _Post, cand: _Candidate) -> SlangMatch:
        assert cand.form is not None  # _longest_first keeps only slang candidates
        entry = cand.form.entry
        surface = post.text[cand.start : cand.end]
        chooser = self._choosers.get(entry.id)
        if chooser is None:  # one sense: the entry's own fields (or its only listed sense)
            ranked = single_sense(entry)
            meaning = entry.senses[0].meaning_in(_OTHER[entry.lang]) if entry.senses else entry.meaning_other
            return SlangMatch(entry.term, cand.start, cand.end, entry.id, meaning, surface, ranked[0].id, 1.0, ranked)
        ranked = chooser.rank(post.folded, cand.start, cand.end)
        sense = entry.sense(ranked[0].id)
        assert sense is not None
        if sense.literal and post.is_quoted(cand.start, cand.end) and post.near(_ASKS_MEANING, cand.start, cand.end):
            # 'what does "ate" mean?' asks about the slang, whatever the dinner in the sentence before says
            literal = {s.id for s in entry.senses if s.literal}
            slang = next(r for r in ranked if r.id not in literal)  # SCHEMA: one sense at least is not literal
            ranked = (slang, *(r for r in ranked if r is not slang))
            sense = entry.sense(slang.id)
            assert sense is not None
        meaning = sense.meaning_in(_OTHER[entry.lang])
        best = ranked[0]
        return SlangMatch(
            entry.term,
            cand.start,
            cand.end,
            entry.id,
            meaning,
            surface,
            best.id,
            best.confidence,
            ranked,
            sense.literal,
        )

    def _candidates(self, post: _Post) -> tuple[list[_Candidate], list[_Candidate], list[_Candidate], list[_Candidate]]:
        """Candidates that passed every check, clause-final ones still waiting for the clause check, bare
        English terms of gated entries that count only when named alongside related slang, and bare terms of
        gated `among-slang` entries that count only with other slang around them."""
        squeezed = _Squeezed(post.folded)
        ready: list[_Candidate] = []
        pending: list[_Candidate] = []
        named: list[_Candidate] = []
        held: list[_Candidate] = []
        for last, key in self._automaton.iter(squeezed.text):
            start, end = squeezed.original(last + 1 - key.length), squeezed.original(last + 1)
            if post.touches(start, end, key):
                continue
            if not key.forms:
                ready.append(_Candidate(start, end, None))
            elif (form := post.choose(start, end, key.forms)) and not (
                key.han and post.straddles(start, end, self._lexicon)
            ):
                final = form.clause_final
                if form.patterns:  # a pattern variant: the match is the whole pattern around the anchor
                    start, end, final = post.pattern_span(start, end, form) or (start, end, final)
                (pending if final else ready).append(_Candidate(start, end, form))
            elif form is None:
                bare = next((f for f in key.forms if f.borrowed_only and f.entry.lang == "en"), None)
                if bare is not None and _specific_tags(bare.entry):
                    named.append(_Candidate(start, end, bare))
                social = next((f for f in key.forms if f.borrowed_only and AMONG_SLANG in f.entry.tags), None)
                if (
                    social is not None
                    and post.fits_ungated(start, end, social)
                    and not (key.han and post.straddles(start, end, self._lexicon))
                ):
                    held.append(_Candidate(start, end, social))
        return ready, pending, named, held


def for_posts(entries: Iterable[SlangEntry], *, platform_words: bool = False) -> SlangDetector:
    """The detector the app runs on posts: platform and everyday words (tagged platform-word or everyday-word)
    are flagged only when `platform_words` is on; otherwise they are explained on hover and hide the slang inside
    them."""
    entries = list(entries)
    if platform_words:
        return SlangDetector(entries)
    hover = [e for e in entries if hover_only(e)]
    hiding = [form for e in hover for form in ((e.term,) if e.detect_alone else ()) + tuple(literal_forms(e.variants))]
    return SlangDetector([e for e in entries if not hover_only(e)], hiding=hiding)


# Words that ask what a quoted term means.
_ASKS_MEANING = re.compile(r"\bmeans?\b|\bmeaning\b|\bstands? for\b|意思|是啥|是什么|啥梗|什么梗")


# Tags too broad to say two terms belong to the same slang world.
_BROAD_TAGS = frozenset({"meme", "abbreviation", "internet-culture", "emotion", "praise", "conversation"})
# What may stand between two terms named together: "skibidi and sigma", "skibidi, ohio, rizz", "W/L".
_LIST_GAP = re.compile(r"(?:\s*(?:,|&|/|\band\b|\bor\b)\s*|\s+)")


def _specific_tags(entry: SlangEntry) -> frozenset[str]:
    return frozenset(entry.tags) - _BROAD_TAGS


def _named_alongside(folded: str, named: list[_Candidate], found: list[_Candidate]) -> list[_Candidate]:
    """Bare gated terms listed next to slang of the same world ("my brother says skibidi and sigma all day"):
    a list of brainrot words is not the ordinary reading of any of them."""
    slang = sorted((c for c in found if c.form is not None and c.form.entry.lang == "en"), key=lambda c: c.start)
    starts = [c.start for c in slang]
    ends = sorted((c.end, i) for i, c in enumerate(slang))
    end_keys = [e for e, _ in ends]
    kept: list[_Candidate] = []
    for cand in named:
        assert cand.form is not None
        tags = _specific_tags(cand.form.entry)
        # neighbours: the slang ending just before the term, and the slang starting just after it
        lo = bisect_right(end_keys, cand.start) - 1
        hi = bisect_right(starts, cand.end - 1)
        near = ([slang[ends[lo][1]]] if lo >= 0 else []) + (slang[hi : hi + 1] if hi < len(slang) else [])
        for other in near:
            assert other.form is not None
            before = other.end <= cand.start
            gap = folded[other.end : cand.start] if before else folded[cand.end : other.start]
            if tags & _specific_tags(other.form.entry) and _LIST_GAP.fullmatch(gap):
                kept.append(cand)
                break
    return kept


AMONG_SLANG_COMPANY = 2  # other slang terms on the same line, within HAN_WINDOW characters


def _among_slang(post: _Post, held: list[_Candidate], found: list[_Candidate]) -> list[_Candidate]:
    """Bare terms of gated `among-slang` entries that have at least AMONG_SLANG_COMPANY other slang terms near
    them: "本人青铜别嫌弃" among 开黑 and 带飞 is the rank, not the metal. A literal sense whose cues are found
    still wins later, in the sense choice."""
    slang = sorted((c for c in found if c.form is not None), key=lambda c: c.start)
    starts = [c.start for c in slang]
    kept: list[_Candidate] = []
    for cand in held:
        assert cand.form is not None
        lo, hi = post.window(cand.start, cand.end)
        company = {
            c.form.entry.id
            for c in slang[bisect_right(starts, lo - 1) : bisect_right(starts, hi - 1)]
            if c.form is not None and c.end <= hi and (c.end <= cand.start or c.start >= cand.end)
        }
        company.discard(cand.form.entry.id)
        if len(company) >= AMONG_SLANG_COMPANY:
            kept.append(cand)
    return kept


# Web addresses and e-mail addresses: www.baidu.com is not laughter (www), ate@mail.com is not slang.
_LINK_RE = re.compile(
    r"(?:https?://|www\.)\S+"  # a web address written out
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|io|co|me|tv|app)\b\S*",  # a bare domain: yyds.cn
    re.ASCII,
)


def _outside_links(folded: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Candidates that do not touch a web or e-mail address."""
    links = [m.span() for m in _LINK_RE.finditer(folded)]
    if not links:
        return candidates
    starts = [a for a, _ in links]
    kept = []
    for cand in candidates:
        i = bisect_right(starts, cand.end - 1) - 1  # the last link starting before the candidate ends
        if i >= 0 and links[i][1] > cand.start:
            continue
        kept.append(cand)
    return kept


def _drop_cut_ordinary_words(folded: str, candidates: list[_Candidate], pairs: frozenset[str]) -> list[_Candidate]:
    """An ordinary word that would hide slang but whose edge cuts another word is not what the writer wrote:
    狠狠心 in 狠狠心动 (心|动), 经营 in 已经营业 (已|经). It is dropped, so the slang shows."""
    size = len(folded)
    cut = [
        c
        for c in candidates
        if c.form is None
        and (
            (c.start > 0 and folded[c.start - 1 : c.start + 1] in pairs)
            or (c.end < size and folded[c.end - 1 : c.end + 1] in pairs)
        )
    ]
    if not cut:
        return candidates
    slang = sorted((c for c in candidates if c.form is not None), key=lambda c: c.start)
    if not slang:
        return candidates
    starts = [c.start for c in slang]
    longest = max(c.end - c.start for c in slang)
    drop = {id(c) for c in cut if any(_overlapping(c, slang, starts, longest))}
    return [c for c in candidates if id(c) not in drop] if drop else candidates


def _overlapping(cand: _Candidate, others: list[_Candidate], starts: list[int], longest: int) -> Iterator[_Candidate]:
    """The candidates among `others` (sorted by start, `starts` their starts, none longer than `longest`) that
    overlap `cand`."""
    for i in range(bisect_right(starts, cand.start - longest), len(others)):  # an index: a slice would copy
        other = others[i]
        if other.start >= cand.end:
            return
        if cand.start < other.end:
            yield other


def _gated(cand: _Candidate) -> bool:
    """A context phrase of an entry that is not detected alone (真的绝 for 绝)."""
    return cand.form is not None and not cand.form.entry.detect_alone


def _give_way(
    folded: str, cand: _Candidate, terms: list[_Candidate], starts: list[int], longest: int
) -> _Candidate | None:
    """A gated entry's context phrase against the complete terms it overlaps without holding them whole: when a
    term cuts the entry's own word (真的绝 | 绝绝子) the phrase gives way (None); when terms only cut its context
    words ("stan twitter" in "twitter is in shambles") the phrase keeps its word and drops those context words."""
    assert cand.form is not None
    cutting = [
        o for o in _overlapping(cand, terms, starts, longest) if not (cand.start <= o.start and o.end <= cand.end)
    ]
    if not cutting:
        return cand
    word = fold(cand.form.entry.term)
    at = folded.find(word, cand.start, cand.end)
    if at == -1:
        return None
    start = max([cand.start] + [o.end for o in cutting if o.end <= at])
    end = min([cand.end] + [o.start for o in cutting if o.start >= at + len(word)])
    if any(o.start < at + len(word) and at < o.end for o in cutting):
        return None  # a term cuts the entry's own word
    while start < at and folded[start] == " ":
        start += 1
    while end > at + len(word) and folded[end - 1] == " ":
        end -= 1
    return _Candidate(start, end, cand.form)


def _longest_first(folded: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates over the whole post, longest first then leftmost; ordinary lexicon words win
    but are not kept. A gated entry's context phrase that cuts through a complete term gives way to it
    (真的绝绝子 is 绝绝子, not 真的绝 + 子), or only its context words do (_give_way); one that holds a term whole
    (宝藏博主 over 博主) is just longer."""
    terms = sorted((c for c in candidates if c.form is not None and not _gated(c)), key=lambda c: c.start)
    if terms and any(_gated(c) for c in candidates):
        starts = [c.start for c in terms]
        longest = max(c.end - c.start for c in terms)
        kept_candidates: list[_Candidate] = []
        for c in candidates:
            if _gated(c):
                trimmed = _give_way(folded, c, terms, starts, longest)
                if trimmed is not None:
                    kept_candidates.append(trimmed)
            else:
                kept_candidates.append(c)
        candidates = kept_candidates
    taken = bytearray(len(folded))
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        if cand.form is not None:
            kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept
