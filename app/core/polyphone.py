"""Each Han character's reading in context: g2pM (Apache-2.0) + CC-CEDICT/pypinyin words + grammar cues."""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterable
from typing import NamedTuple

import numpy as np

from app.core.g2p_bilstm import BiLSTMPolyphone, Target
from app.core.polyphone_lexicon import MAX_WORD, Lexicon, Segmenter, build
from app.core.text import is_han

__all__ = ["char_readings", "preload"]

# How a polyphonic character is resolved, by adding evidence in log space:
# - g2pM's BiLSTM (Park & Lee, Interspeech 2020; batched numpy inference in g2p_bilstm)
#   gives log-probabilities of the character's candidate readings in its sentence;
# - the readings CC-CEDICT (CC BY-SA 4.0) and pypinyin's phrase dictionary (MIT) give for
#   the jieba word containing it add bonuses; when both give the same single reading it wins;
# - a few grammatical cues (clause-final 将, 一处, 慢慢地走, 跑得很快, 很长, 尽得, 弄干) add bonuses.
# The best total wins. Monophonic characters come straight from the lexicon. Heavy data
# loads on first use (or preload()), once, under a lock.

# Bonuses in natural-log units, added to the model's log-probabilities: a bonus of b
# overrides the model when it prefers another reading by less than a factor e**b.
# Dictionary weights were chosen on the even lines of the CPP dev split.
W_CEDICT = 6.0  # CC-CEDICT lists the reading for the jieba word
W_PHRASES = 3.0  # pypinyin's phrase dictionary gives it
W_SUBWORD = 4.0  # jieba's word is unknown; a dictionary word inside it gives it
W_AGREED = 1e6  # both dictionaries give this one reading for the word: decisive, whatever the model's odds
STRONG, WEAK = 100.0, 3.0  # grammatical cues: decisive (g2pM reaches odds of e**40) / tie-breaking

MAX_SPAN = 100  # g2pM was trained on sentences of <= ~50 chars; longer ones get split
CHUNK_CHARS = 32_768  # text handled per model call: bounds memory on megabyte inputs
_SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]*")  # newlines end sentences too
_CLAUSE_RE = re.compile(r"[，；：,;、]")

_lock = threading.Lock()
_resolver: _Resolver | None = None


def preload() -> None:
    """Load the model, lexicon and jieba now (e.g. from a background thread)."""
    _get()


def char_readings(text: str) -> list[str | None]:
    """One element per character of `text` (len(result) == len(text), indexing by Python str characters).
    A Han character -> its reading in context: lowercase pinyin + tone digit 1-5 (5 = neutral), ü written 'v' (e.g. 'lv4', 'nv3', 'le5').
    Any other character (Latin, digits, punctuation, emoji, whitespace) -> None."""  # noqa: E501
    if not text:
        return []
    return _get().readings(text)


def _get() -> _Resolver:
    global _resolver
    if _resolver is None:
        with _lock:
            if _resolver is None:
                _resolver = _Resolver()
    return _resolver


class Span(NamedTuple):
    """A sentence (or piece of one) and the offsets of its polyphonic characters."""

    start: int
    end: int
    polys: list[int]


class _Resolver:
    def __init__(self) -> None:
        self.segmenter = Segmenter()
        self.model = BiLSTMPolyphone()
        self.lex: Lexicon = build(self.model.cedict)
        by_norm = {k.replace("u:", "v"): v for k, v in self.model.class2idx.items()}
        # model output ids of each polyphonic character's candidates, in lexicon order
        self._classes = {ch: tuple(by_norm[r] for r in rs) for ch, rs in self.lex.cands.items()}
        self._poly_re = re.compile("[" + re.escape("".join(sorted(self.lex.cands))) + "]")

    def readings(self, text: str) -> list[str | None]:
        out: list[str | None] = list(map(self.lex.mono.get, text))
        group: list[Span] = []
        size = 0
        for span in self._spans(text):
            group.append(span)
            size += span.end - span.start
            if size >= CHUNK_CHARS:
                self._resolve(text, group, out)
                group, size = [], 0
        if group:
            self._resolve(text, group, out)
        return out

    def _spans(self, text: str) -> list[Span]:
        """Sentence spans (split further if long) that contain polyphonic characters."""
        polys = [m.start() for m in self._poly_re.finditer(text)]
        spans: list[Span] = []
        k = 0
        for m in _SENTENCE_RE.finditer(text):
            if k >= len(polys):
                break
            if polys[k] >= m.end():
                continue
            for start, end in _split_long(text, m.start(), m.end()):
                inside: list[int] = []
                while k < len(polys) and polys[k] < end:
                    inside.append(polys[k])
                    k += 1
                if inside:
                    spans.append(Span(start, end, inside))
        return spans

    def _resolve(self, text: str, spans: list[Span], out: list[str | None]) -> None:
        sentences = [text[sp.start : sp.end] for sp in spans]
        targets: list[Target] = []
        extra: list[dict[str, float]] = []
        same_word: dict[tuple[int, str, int], list[int]] = {}
        for si, span in enumerate(spans):
            sent = sentences[si]
            bounds = self.segmenter.bounds(sent, self._poly_re)
            for p in span.polys:
                i = p - span.start
                ti = bisect.bisect_right(bounds, i) - 1
                ts, te = bounds[ti], bounds[ti + 1]
                if te - ts >= 2:
                    same_word.setdefault((si, sent[ts:te], i - ts), []).append(len(targets))
                targets.append(Target(si, i, self._classes[sent[i]]))
                extra.append(self._bonuses(sent, i, bounds, ti))
        logp = self.model.log_probs(sentences, targets)
        _pool(logp, same_word.values())
        best = np.argmax(logp, axis=1).tolist()
        for k, (t, bonus) in enumerate(zip(targets, extra, strict=True)):
            cands = self.lex.cands[sentences[t.sent][t.pos]]
            choice = cands[best[k]]
            if bonus:
                choice = _rescore(cands, logp[k].tolist(), bonus)
            out[spans[t.sent].start + t.pos] = choice

    def _bonuses(self, sent: str, i: int, bounds: list[int], ti: int) -> dict[str, float]:
        """Evidence for sent[i], which is in the token bounds[ti]:bounds[ti + 1]."""
        ts, te = bounds[ti], bounds[ti + 1]
        bonus: dict[str, float] = {}
        if te - ts >= 2 and not self._word_evidence(sent[ts:te], i - ts, bonus):
            self._subword_evidence(sent, i, ts, te, bonus)
        rule = _RULES.get(sent[i])
        if rule and (not bonus or max(bonus.values()) < W_AGREED):  # the dictionaries' agreement is final
            prev = sent[bounds[ti - 1] : ts] if ti > 0 else ""
            nxt = sent[te : bounds[ti + 2]] if ti + 2 < len(bounds) else ""
            for reading, weight in rule(_Context(sent[ts:te], i - ts, prev, nxt)).items():
                _add(bonus, reading, weight)
        return bonus

    def _word_evidence(self, word: str, off: int, bonus: dict[str, float]) -> bool:
        """Add readings the dictionaries give `word[off]`; True if any dictionary knew it."""
        entries = self.lex.cedict.get(word, ())
        cedict = {r[off] for r in entries}  # variants sharing a reading count once
        phrase = self.lex.phrases.get(word)
        if phrase and cedict == {phrase[off]}:
            # Two independent dictionaries agree on one reading for this very word: trust
            # them over the network, which is overconfident outside its training domain
            # (it scores 了解 as le-jiě and 人参 as rén-cān with odds of e**10 and more).
            _add(bonus, phrase[off], W_AGREED)
            return True
        for reading in cedict:
            _add(bonus, reading, W_CEDICT)
        if phrase:
            _add(bonus, phrase[off], W_PHRASES)
        return bool(entries or phrase)

    def _subword_evidence(self, sent: str, i: int, ts: int, te: int, bonus: dict[str, float]) -> None:
        # jieba's word is unknown to both dictionaries (笼罩着, 煞车失灵): use the longest
        # dictionary words inside it that contain the character.
        lex = self.lex
        for length in range(min(te - ts - 1, MAX_WORD), 1, -1):
            found: dict[str, float] = {}
            for s in range(max(ts, i - length + 1), min(i, te - length) + 1):
                word = sent[s : s + length]
                if word in lex.cedict or word in lex.phrases:
                    self._word_evidence(word, i - s, found)
            if found:
                for reading in found:
                    _add(bonus, reading, W_SUBWORD)
                return


def _pool(logp: np.ndarray, groups: Iterable[list[int]]) -> None:
    """One reading per word per sentence (cf. Yarowsky's "one sense per discourse"): a word
    that recurs in a sentence (咔喳、咔喳; 银行 … 银行) is read the same way each time,
    so each occurrence's context counts as evidence for all of them."""
    for ks in groups:
        if len(ks) > 1:
            logp[ks] = logp[ks].sum(axis=0)


def _rescore(cands: tuple[str, ...], logp: list[float], bonus: dict[str, float]) -> str:
    scores = [lp + bonus.get(r, 0.0) for r, lp in zip(cands, logp, strict=False)]  # logp is padded
    return cands[scores.index(max(scores))]


def _add(bonus: dict[str, float], reading: str, weight: float) -> None:
    if reading:
        bonus[reading] = bonus.get(reading, 0.0) + weight


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) at clause punctuation into pieces of at most MAX_SPAN chars."""
    if end - start <= MAX_SPAN:
        return [(start, end)]
    cuts = [m.end() for m in _CLAUSE_RE.finditer(text, start, end)]
    pieces: list[tuple[int, int]] = []
    cur = start
    while end - cur > MAX_SPAN:
        # last clause boundary within reach, else a hard cut
        k = bisect.bisect_right(cuts, cur + MAX_SPAN) - 1
        nxt = cuts[k] if k >= 0 and cuts[k] > cur else cur + MAX_SPAN
        pieces.append((cur, nxt))
        cur = nxt
    pieces.append((cur, end))
    return pieces


# --- Grammatical cues, used where the dictionaries say nothing ------------------------
# Each looks at the character's jieba token and its neighbours; returns reading -> bonus.

_NUMERAL_OR_DEMONSTRATIVE = frozenset("一二两三四五六七八九十百千万几数多每各此该某何别")
# Degree words that open a complement after V/A + 得 (跑得很快, 死得突然).
_DEGREE_WORDS = (
    "很", "非常", "十分", "更", "太", "越", "较", "极", "特别", "相当", "比较",
    "挺", "过于", "格外", "如此", "那么", "这么", "最",
)  # fmt: skip
# Endings of frequent adverbials that take 地 (de) before a verb (系统性地, 突然地).
_ADVERBIAL_ENDINGS = ("性", "然", "断", "渐", "意", "力", "真", "极", "动", "细", "速")
_CLAUSE_END = frozenset("，。；！？、：,.;!?)）」』”’…—")


def _han_start(token: str) -> bool:
    return bool(token) and is_han(token[0])


def _reduplicated(word: str) -> bool:
    # AA (慢慢), ABB (静悄悄), AABB (高高兴兴): typical adverbials before 地
    n = len(word)
    if n == 2:
        return word[0] == word[1]
    if n == 3:
        return word[1] == word[2]
    return n == 4 and word[0] == word[1] and word[2] == word[3]


class _Context(NamedTuple):
    """A polyphonic character inside its jieba token, with the neighbouring tokens."""

    token: str
    off: int  # the character's offset in token
    prev: str  # previous token ('' at span start)
    next: str  # next token ('' at span end)

    @property
    def alone(self) -> bool:
        return len(self.token) == 1


def _jiang(ctx: _Context) -> dict[str, float]:
    # Adverb/preposition 将 (jiāng) always governs what follows, so a clause-final 将 is
    # the noun "general" (参将。 魏将，).
    if ctx.alone and (not ctx.next or ctx.next[0] in _CLAUSE_END):
        return {"jiang4": STRONG}
    return {}


def _chu(ctx: _Context) -> dict[str, float]:
    # After a numeral or demonstrative, a word-final 处 is the noun/measure word chù
    # (一处, 各处, 此处), not the verb chǔ (处理, 处于).
    before = ctx.token[ctx.off - 1] if ctx.off else ctx.prev[-1:]
    if ctx.off == len(ctx.token) - 1 and before and before in _NUMERAL_OR_DEMONSTRATIVE:
        return {"chu4": STRONG}
    return {}


def _di(ctx: _Context) -> dict[str, float]:
    # Structural 地 (de) links an adverbial to a following verb: 系统性地分析, 慢慢地走.
    # jieba sometimes keeps the adverbial and 地 together (渐渐地), hence `before`.
    before = ctx.token[: ctx.off] if ctx.off else ctx.prev
    if ctx.off == len(ctx.token) - 1 and _han_start(ctx.next) and _adverbial(before):
        return {"de5": STRONG}
    return {}


def _adverbial(word: str) -> bool:
    if len(word) < 2:
        return False
    return word.endswith(_ADVERBIAL_ENDINGS) or any(_reduplicated(word[-n:]) for n in (4, 3, 2) if len(word) >= n)


def _chang(ctx: _Context) -> dict[str, float]:
    # After a degree adverb 长 is the adjective "long" (很长, 太长, 更长), not zhǎng.
    if ctx.alone and ctx.prev.endswith(_DEGREE_WORDS):
        return {"chang2": STRONG}
    return {}


def _de(ctx: _Context) -> dict[str, float]:
    # V/A + 得 + degree word is a complement of degree, so 得 is neutral (de).
    if ctx.alone and _han_start(ctx.prev) and ctx.next.startswith(_DEGREE_WORDS):
        return {"de5": STRONG}
    return {}


# 尽 jǐn ("to the utmost; first") lives in 尽管, 尽量, 尽快, 尽早, 尽可能, 尽先, 尽着 and
# before a localizer (尽里头, 尽底下); jieba keeps most of these together as words.
_JIN3_NEXT = ("可能", "快", "早", "量", "管", "先", "着", "里", "底")


def _jin(ctx: _Context) -> dict[str, float]:
    # A standalone 尽 before a verb or object is the adverb/verb jìn "all, exhaust"
    # (尽得其传, 尽交, 尽其所能, 尽最大努力), not jǐn.
    if not ctx.alone:
        return {}
    if ctx.next.startswith(_JIN3_NEXT):
        return {"jin3": STRONG}
    return {"jin4": STRONG} if _han_start(ctx.next) else {}


def _nong(ctx: _Context) -> dict[str, float]:
    # 弄 lòng is only the noun "lane" (弄堂, 里弄 are words; an address's 593弄); the verb
    # "to do, to make" (把羽毛弄干, 弄清楚) is nòng.
    if not ctx.alone:
        return {}
    return {"long4": STRONG} if ctx.prev[-1:].isdigit() else {"nong4": STRONG}


def _counted(ctx: _Context, quantifiers: frozenset[str]) -> bool:
    """The character ends its token and follows a numeral or demonstrative (三种, 这/种, 两只)."""
    if ctx.off != len(ctx.token) - 1:
        return False
    before = ctx.token[: ctx.off] or ctx.prev  # a whole token, so 唯一/只是 does not count
    return bool(before) and all(ch in quantifiers for ch in before)


_NUMERALS = frozenset("一二两三四五六七八九十百千万几")
_QUANTIFIERS = _NUMERALS | frozenset("数每各此该某何这那哪")


def _measure(reading: str, quantifiers: frozenset[str]) -> Callable[[_Context], dict[str, float]]:
    # Counted, the character is a measure word: 三种 zhǒng (not the verb zhòng), 两只 zhī
    # (not the adverb zhǐ), 两重 chóng "layers" (not zhòng "heavy").
    def rule(ctx: _Context) -> dict[str, float]:
        return {reading: STRONG} if _counted(ctx, quantifiers) else {}

    return rule


def _clause_final(reading: str) -> Callable[[_Context], dict[str, float]]:
    # The adverbs 都 dōu, 还 hái, 更 gèng modify what follows, so a standalone one that ends
    # a clause is the other word: 以洛阳为都 dū "capital", 有借有还 huán "return", 打更 gēng.
    def rule(ctx: _Context) -> dict[str, float]:
        if ctx.alone and _han_start(ctx.prev) and (not ctx.next or ctx.next[0] in _CLAUSE_END):
            return {reading: STRONG}
        return {}

    return rule


def _zhuan(ctx: _Context) -> dict[str, float]:
    # A title ending in 传 names a biography or commentary: 《诸葛亮传》 zhuàn, not chuán.
    if ctx.off == len(ctx.token) - 1 and ctx.next.startswith("》") and (ctx.off or _han_start(ctx.prev)):
        return {"zhuan4": STRONG}
    return {}


def _zhao(ctx: _Context) -> dict[str, float]:
    # V + 着 + 了 is the result complement zháo (找着了, 着了火); aspect 着 zhe takes no 了.
    return {"zhao2": STRONG} if ctx.alone and ctx.next == "了" and _han_start(ctx.prev) else {}


# Nouns that are also verbs: the verb's reading (种树 zhòng, 钉钉子 dìng, 铺床 pū, 藏书 cáng).
_VERB_READINGS = {
    "种": "zhong4", "钉": "ding4", "缝": "feng2", "铺": "pu1", "扇": "shan1", "磨": "mo2",
    "钻": "zuan1", "担": "dan1", "数": "shu3", "藏": "cang2", "量": "liang2", "称": "cheng1",
    "卷": "juan3", "传": "chuan2", "削": "xiao1", "塞": "sai1", "弹": "tan2", "盛": "cheng2",
    "给": "gei3",
}  # fmt: skip
_ASPECT = frozenset(("了", "着", "过"))


def _verb(ctx: _Context) -> dict[str, float]:
    # The aspect particles 了/着/过 follow verbs: 种了树 zhòng, 铺着地毯 pū, 数过 shǔ.
    if ctx.alone and ctx.next in _ASPECT and _han_start(ctx.prev):
        return {_VERB_READINGS[ctx.token]: STRONG}
    return {}


def _first(*rules: Callable[[_Context], dict[str, float]]) -> Callable[[_Context], dict[str, float]]:
    def rule(ctx: _Context) -> dict[str, float]:
        for r in rules:
            found = r(ctx)
            if found:
                return found
        return {}

    return rule


def _le(ctx: _Context) -> dict[str, float]:
    # A clause-final 了 is the particle; liǎo lives inside words (了解, 受不了).
    return {"le5": WEAK} if ctx.alone and not _han_start(ctx.next) else {}


def _de_particle(ctx: _Context) -> dict[str, float]:
    # A standalone 的 is the structural particle; dí/dì live inside words (的确, 目的).
    return {"de5": WEAK} if ctx.alone else {}


_RULES: dict[str, Callable[[_Context], dict[str, float]]] = {
    "将": _jiang,
    "將": _jiang,
    "处": _chu,
    "處": _chu,
    "地": _di,
    "长": _chang,
    "長": _chang,
    "得": _de,
    "了": _le,
    "的": _de_particle,
    "尽": _jin,
    "弄": _nong,
    "种": _first(_measure("zhong3", _QUANTIFIERS), _verb),
    "只": _measure("zhi1", _NUMERALS | frozenset("每各")),  # not 这/那: 这只是 "this is only"
    "重": _measure("chong2", _NUMERALS | frozenset("双")),  # not 多: 有多重 "how heavy"
    "都": _clause_final("du1"),
    "还": _clause_final("huan2"),
    "更": _clause_final("geng1"),
    "传": _first(_zhuan, _verb),
    "着": _zhao,
}
_RULES.update((ch, _verb) for ch in _VERB_READINGS if ch not in _RULES)
