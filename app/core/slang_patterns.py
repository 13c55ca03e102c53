"""Variant patterns: a short notation in glossary variants for a choice of words and for the words around a term
(resources/glossary/SCHEMA.md, "Variant patterns").

* `{a|b|c}` one of these, anywhere in a variant (any script): shorthand for listing the variant once per choice
  (`caught {me|you|him|her|them|us} in 4k`, `被{他|她}种草`).
* Context slots, whole space-separated tokens of a variant written in words (English, pinyin):
  `{*}` any one word, `{**}` one to three words: between two words of the variant they are part of the match
  (`my {**} era`); `{*}` at the start or the end only says a word stands there, outside the match
  (`{*} is giving`). `{?a|b}` at the start or the end: the word there is one of these (outside the match);
  `{!a|b}`: the word there, if any, is none of these; `{^}` at the start: the clause starts there (the line
  starts, or punctuation or Chinese comes before); `{.}` at the end: the clause ends there (as `she ate`).

A variant with context slots is a pattern: the detector finds its anchor (its longest run of plain words, a
content word preferred) and then checks the rest around it. Chinese characters next to a pattern count as a word.

Chinese edges: a slot written right against a Chinese character, without a space (`{?太|好|超}上头`, `肝{.}`,
`{^}上岸`, `{!不|没}卷`), is a character-based condition, outside the match: `{?a|b}` one of these strings stands
right before (after) the term, `{!a|b}` none of them does, `{*}` a Chinese character does, `{^}` the clause starts
(line start, or a non-Chinese, non-alphanumeric character before, spaces and quotes skipped) and `{.}` the clause
ends: after the term and any run of the sentence-final particles in CLAUSE_PARTICLES comes the end of the line or a
character that is neither Chinese nor a letter or digit (punctuation, a space, an emoji).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.text import HAN_CLASS

MAX_EXPANSIONS = 64  # one variant may stand for at most this many variants
_LATIN = r"[a-z0-9\u00c0-\u024f]"
WORD = rf"{_LATIN}+(?:['-]{_LATIN}+)*"
_CHOICE_RE = re.compile(r"\{([^{}*.?!^][^{}]*)\}")  # {a|b}, not a context slot
_SLOT_RE = re.compile(r"^\{(\*|\*\*|\.|\^|[?!][^{}]+)\}$")
_WORD_RE = re.compile(rf"^{WORD}$")
_HAN_WORD_RE = re.compile(rf"^[{HAN_CLASS}]+$")
# A Chinese edge: a slot glued to Chinese (`{?太|好}上头`, `肝{.}`), or a slot of Chinese strings, a clause
# start or a clause end glued to any term, so Latin-letter Chinese slang has edges too (`{?好|很}ky`, `ky{.}`).
_HAN_STRINGS = rf"[?!][{HAN_CLASS}|]+"
_HAN_LEAD_RE = re.compile(rf"^(?=\{{[^{{}}]*\}}[{HAN_CLASS}]|\{{(?:{_HAN_STRINGS}|\^)\}}[^\s{{}}])(\{{[^{{}}]*\}})")
_HAN_TRAIL_RE = re.compile(rf"(?:(?<=[{HAN_CLASS}])|(?<=[^\s{{}}])(?=\{{(?:{_HAN_STRINGS}|\.)\}}$))(\{{[^{{}}]*\}})$")
_HAN_CHAR_RE = re.compile(rf"[{HAN_CLASS}]")
# Sentence-final particles that may stand between a Chinese term and the end of its clause (`太卷了啊。`).
CLAUSE_PARTICLES = frozenset("了啊呀吧啦哈哦噢喔呢嘛哇耶咯嘞啰捏")
_BEFORE_RE = re.compile(rf"(?:(?<!{_LATIN})({WORD})[ \t]+|([{HAN_CLASS}]+)[ \t]*)$")
_AFTER_RE = re.compile(rf"[ \t]+({WORD})|[ \t]*([{HAN_CLASS}]+)")
# Closed-class words: an anchor of content words is rarer in text, so it is preferred (`era`, not `their`).
_FUNCTION = frozenset(
    "a an the my your his her our their its it this that these those i you he she we they me him us them "
    "is was are were be been am so very in on at of to for and or but not no".split()
)


class PatternError(ValueError):
    """A variant whose braces break the notation; the message says how."""


def expand(variant: str) -> list[str]:
    """The variants a `{a|b}` shorthand stands for (context slots are kept); raises PatternError."""
    out = [variant]
    while any(_CHOICE_RE.search(v) for v in out):
        grown = []
        for v in out:
            m = _CHOICE_RE.search(v)
            if m is None:
                grown.append(v)
                continue
            choices = m.group(1).split("|")
            if any(not c.strip() or c != c.strip() for c in choices):
                raise PatternError(f"empty or padded choice in {m.group(0)!r}")
            grown += [v[: m.start()] + c + v[m.end() :] for c in choices]
        if len(grown) > MAX_EXPANSIONS:
            raise PatternError(f"stands for more than {MAX_EXPANSIONS} variants")
        out = grown
    return out


def is_pattern(form: str) -> bool:
    """An expanded variant with context slots (anything in braces left after `expand`)."""
    return "{" in form


def literal_forms(variants: Iterable[str]) -> list[str]:
    """The variants as plain strings: shorthand expanded, patterns left out (for exact-form uses)."""
    return [form for variant in variants for form in _safe_expand(variant) if not is_pattern(form)]


def readable(variant: str) -> str:
    """A variant as a person reads it: `{*} {is|was} giving {!me|you}` -> `… is/was giving`, `{?太|好}卷` -> `…卷`."""
    if "{" not in variant:
        return variant

    def edge(match: re.Match[str]) -> str:  # a Chinese edge is a condition: `{?太|好}上头` -> `…上头`
        return "…" if match.group(1)[1] in "?*" else ""

    variant = _HAN_TRAIL_RE.sub(edge, _HAN_LEAD_RE.sub(edge, variant))

    def shown(match: re.Match[str]) -> str:
        inner = match.group(1)
        if inner in ("*", "**"):
            return "…"
        if inner in (".", "^") or inner.startswith("!"):
            return ""
        return inner.lstrip("?").replace("|", "/")

    return " ".join(re.sub(r"\{([^{}]*)\}", shown, variant).split())


def check_variant(variant: str) -> str | None:
    """What is wrong with a variant's notation, or None (plain variants and well-formed patterns)."""
    if "{" not in variant and "}" not in variant:
        return None
    try:
        for form in expand(variant):
            if is_pattern(form) or "}" in form:
                compile_pattern(form.lower())
    except PatternError as exc:
        return str(exc)
    return None


def _safe_expand(variant: str) -> list[str]:
    try:
        return expand(variant)
    except PatternError:
        return []


@dataclass(frozen=True, slots=True)
class _Edge:
    kind: str  # "" none, "*" any word, "?" one of `words`, "!" none of `words`, "^" / "." the clause starts / ends
    words: frozenset[str] = frozenset()
    han: bool = False  # a Chinese edge: character-based, checked by `before_han` / `after_han`

    def before_han(self, folded: str, lo: int, start: int) -> bool:
        """The Chinese condition on the text right before folded[start] (lo: the line start)."""
        if self.kind == "^":
            pos = start - 1
            while pos >= lo and folded[pos] in _SKIPPED:
                pos -= 1
            return pos < lo or not _continues(folded[pos])
        if self.kind == "*":
            return start > lo and _HAN_CHAR_RE.match(folded, start - 1) is not None
        found = any(start - len(w) >= lo and folded.startswith(w, start - len(w)) for w in self.words)
        return found if self.kind == "?" else not found

    def after_han(self, folded: str, end: int, hi: int) -> bool:
        """The Chinese condition on the text right after folded[:end] (hi: the window end)."""
        if self.kind == ".":
            pos, size = end, len(folded)
            while pos < size and folded[pos] in CLAUSE_PARTICLES:
                pos += 1
            return pos >= size or folded[pos] == "\n" or not _continues(folded[pos])
        if self.kind == "*":
            return end < hi and _HAN_CHAR_RE.match(folded, end) is not None
        found = any(end + len(w) <= hi and folded.startswith(w, end) for w in self.words)
        return found if self.kind == "?" else not found

    def allows(self, word: str | None) -> bool:
        if self.kind == "*":
            return word is not None
        if self.kind == "?":
            return word is not None and self._listed(word)
        if self.kind == "!":
            return word is None or not self._listed(word)
        return True

    def _listed(self, word: str) -> bool:
        # `#` stands for any number: `{!#|ad} bc` is not *300 BC*
        return word in self.words or ("#" in self.words and word.isdigit())


@dataclass(frozen=True, slots=True)
class Pattern:
    """One pattern variant, compiled: found through `anchor`, then checked around it by `span`."""

    source: str
    anchor: str  # the plain words the automaton looks for
    left: re.Pattern[str] | None  # words of the match before the anchor, ending where the anchor starts
    right: re.Pattern[str] | None  # words of the match after the anchor, starting where it ends
    before: _Edge
    after: _Edge
    clause_final: bool  # `{.}`: the match must end the clause

    def span(self, folded: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int] | None:
        """The whole match around an anchor found at folded[start:end], or None; lo/hi bound the line."""
        if self.left is not None:
            m = self.left.search(folded, max(lo, start - 120), start)
            if m is None:
                return None
            start = m.start()
        if self.right is not None:
            m = self.right.match(folded, end, min(hi, end + 120))
            if m is None:
                return None
            end = m.end()
        if self.before.han:
            if not self.before.before_han(folded, lo, start):
                return None
        elif self.before.kind == "^":
            if not _clause_starts(folded, lo, start):
                return None
        elif self.before.kind and not self.before.allows(_word_before(folded, lo, start)):
            return None
        if self.after.han:
            if not self.after.after_han(folded, end, hi):
                return None
        elif self.after.kind and not self.after.allows(_word_after(folded, end, hi)):
            return None
        return start, end


_SKIPPED = frozenset(" \t'\"“”‘’「」『』《》（）()【】[]")


def _continues(ch: str) -> bool:
    """A Chinese character, letter or digit: the clause goes on through it."""
    return ch.isalnum() or _HAN_CHAR_RE.match(ch) is not None


def _word_before(folded: str, lo: int, start: int) -> str | None:
    m = _BEFORE_RE.search(folded, max(lo, start - 40), start)
    return None if m is None else m.group(1) or m.group(2)


def _clause_starts(folded: str, lo: int, start: int) -> bool:
    """Only spaces and quotes since the line start, or punctuation or Chinese before them (not a word)."""
    pos = start - 1
    if pos > lo and folded[pos] in "-'’" and folded[pos - 1].isalnum():  # inside a word: "home-cooked", "o'lit"
        return False
    while pos >= lo and folded[pos] in " \t'\"“”‘’":
        pos -= 1
    return pos < lo or not (folded[pos].isalnum() and ord(folded[pos]) < 0x2E80)


def _word_after(folded: str, end: int, hi: int) -> str | None:
    m = _AFTER_RE.match(folded, end, hi)
    return None if m is None else m.group(1) or m.group(2)


def _edge(token: str | None, han: bool = False) -> _Edge:
    if token is None:
        return _Edge("")
    inner = token[1:-1]
    if inner in ("*", "^", "."):
        return _Edge(inner, han=han)
    words = inner[1:].split("|")
    if han and any(not _HAN_WORD_RE.match(w) for w in words):
        raise PatternError(f"{token!r}: list Chinese strings")
    if not han and any(not _WORD_RE.match(w) and w != "#" for w in words):
        raise PatternError(f"{token!r}: list single words (or # for any number)")
    return _Edge(inner[0], frozenset(words), han)


def _piece(token: str) -> str:
    if token == "{*}":
        return WORD
    if token == "{**}":
        return rf"{WORD}(?: {WORD}){{0,2}}"
    return re.escape(token)


def compile_pattern(form: str) -> Pattern:
    """Compile one expanded pattern variant (lowercase, as the detector folds text); raises PatternError."""
    han_lead = _HAN_LEAD_RE.search(form) is not None
    han_trail = _HAN_TRAIL_RE.search(form) is not None
    if han_lead or han_trail:  # Chinese edges: split them off like space-separated slots
        form = _HAN_TRAIL_RE.sub(r" \1", _HAN_LEAD_RE.sub(r"\1 ", form))
    tokens = form.split(" ")
    if any(not t for t in tokens):
        raise PatternError("extra spaces")
    slots = [bool(_SLOT_RE.match(t)) for t in tokens]
    if any(("{" in t or "}" in t) and not s for t, s in zip(tokens, slots, strict=True)):
        raise PatternError("a context slot must be a whole word: {*}, {**}, {?a|b}, {!a|b} or {.}")
    plain = [i for i, s in enumerate(slots) if not s]
    if not plain:
        raise PatternError("a pattern needs at least one plain word")
    first, last = plain[0], plain[-1]
    lead, body, trail = tokens[:first], tokens[first : last + 1], tokens[last + 1 :]
    if len(lead) > 1 or lead and lead[0] in ("{**}", "{.}"):
        raise PatternError("at the start: one {*}, {^}, {?a|b} or {!a|b}")
    if len(trail) > 1 or trail and trail[0] in ("{**}", "{^}"):
        raise PatternError("at the end: one {*}, {?a|b}, {!a|b} or {.}")
    if any(t not in ("{*}", "{**}") for t in body if _SLOT_RE.match(t)):
        raise PatternError("between words only {*} and {**}")
    # The anchor: the longest run of plain words, a run with a content word first.
    runs: list[tuple[int, int]] = []
    for i, token in enumerate(body):
        if _SLOT_RE.match(token):
            continue
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))

    def weight(run: tuple[int, int]) -> tuple[bool, int]:
        words = body[run[0] : run[1]]
        return any(w not in _FUNCTION for w in words), len(" ".join(words))

    a, b = max(runs, key=weight)
    left = "".join(_piece(t) + " " for t in body[:a])
    right = "".join(" " + _piece(t) for t in body[b:])
    if han_lead and (len(lead) != 1 or lead[0] == "{**}"):
        raise PatternError("before Chinese: one {*}, {^}, {?a|b} or {!a|b}")
    if han_trail and (len(trail) != 1 or trail[0] == "{**}"):
        raise PatternError("after Chinese: one {*}, {.}, {?a|b} or {!a|b}")
    final = trail == ["{.}"] and not han_trail
    return Pattern(
        source=form,
        anchor=" ".join(body[a:b]),
        left=re.compile(rf"(?<!{_LATIN}){left}\Z") if left else None,
        right=re.compile(rf"{right}(?!{_LATIN})") if right else None,
        before=_edge(lead[0] if lead else None, han_lead),
        after=_edge(None if final or not trail else trail[0], han_trail),
        clause_final=final,
    )


def patterns(variants: Iterable[str]) -> list[Pattern]:
    """The compiled patterns among folded variants (malformed ones are skipped: validation reports them)."""
    out = []
    for variant in variants:
        if "{" not in variant:
            continue
        for form in _safe_expand(variant):
            if is_pattern(form):
                try:
                    out.append(compile_pattern(form))
                except PatternError:
                    continue
    return out
