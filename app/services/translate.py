"""Translating a post: direction, sentences, slang, quality hints, cache, and the dictionary fallback."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import quality, sentences
from app.core.text import han_count, is_han
from app.core.translator import ArgosEngine, read_package

if TYPE_CHECKING:
    from app.core.slang import SlangEntry
    from app.data.dictionary import Dictionary
    from app.data.translation_cache import TranslationCache
    from app.services.slang_index import SlangIndex

LANGS = ("en", "zh")
GLOSS_ENGINE = "dictionary-gloss"
ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
FindPackage = Callable[[str, str], Path | None]


class NoModel(Exception):
    """No translation model for this direction is installed."""

    def __init__(self, source: str, target: str) -> None:
        super().__init__(
            f"No {source}→{target} translation model is installed; install one with "
            f"'jiaoliu models install translate-{source}_{target}' or 'jiaoliu models install-file FILE'."
        )
        self.source, self.target = source, target


@dataclass
class SentenceResult:
    src: str
    tgt: str
    start: int  # offsets of the source sentence in the post
    end: int
    flags: list[str] = field(default_factory=list)
    gloss: str = ""  # word-by-word dictionary gloss, for flagged sentences and the fallback
    translated: bool = True  # False: already in the target language, passed through

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TranslationResult:
    source: str
    target: str
    direction: str  # "en-zh" or "zh-en"
    sentences: list[SentenceResult]
    slang: list[dict[str, Any]]
    engine: str  # "argos" or "dictionary-gloss"
    model: str | None
    cached: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("cached")
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], cached: bool = False) -> TranslationResult:
        rows = [SentenceResult(**s) for s in data["sentences"]]
        return cls(
            data["source"],
            data["target"],
            data["direction"],
            rows,
            data["slang"],
            data["engine"],
            data["model"],
            cached,
        )


@dataclass(frozen=True)
class Plan:
    source: str
    target: str
    parts: list[tuple[sentences.Sentence, bool]]  # (sentence, needs translating)


URL_RE = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
LatinSlangFn = Callable[[str], list[tuple[int, int]]]  # spans of Chinese slang written in Latin letters


def _weights(text: str, latin_slang: LatinSlangFn | None) -> tuple[int, int, bool]:
    """(Han characters, English words, holds Chinese slang in letters) with URLs and Latin Chinese slang left out.

    A Han character and an English word carry about the same content, so their counts are compared directly."""
    spans = latin_slang(text) if latin_slang else []
    if spans:
        chars = list(text)
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        text = "".join(chars)
    text = URL_RE.sub(" ", text)
    return han_count(text), len(WORD_RE.findall(text)), bool(spans)


def sentence_lang(text: str, latin_slang: LatinSlangFn | None = None) -> str | None:
    """'zh', 'en', or None for text with neither (numbers, emoji, a URL). yyds, xswl count as Chinese."""
    han, words, chinese_letters = _weights(text, latin_slang)
    if han == 0 and words == 0:
        return "zh" if chinese_letters else None
    return "zh" if han >= words else "en"


def plan(text: str, source: str = "auto", target: str | None = None, latin_slang: LatinSlangFn | None = None) -> Plan:
    """Which sentences to translate, and which way.

    Automatic: the language with the larger share of the post's content (Han characters against English
    words; URLs, emoji and Chinese slang in Latin letters such as yyds left out) is the source, and the whole
    post goes into the other language. Sentences already in the target language are kept as they are; a
    Chinese sentence that is only Latin-letter slang ("yyds！") is Chinese and is translated with its post.
    """
    parts = sentences.split(text)
    langs = [sentence_lang(s.text, latin_slang) for s in parts]
    if source == "auto":
        if target in LANGS:
            source = "zh" if target == "en" else "en"
        else:
            zh = en = 0
            for part in parts:
                han, words, _ = _weights(part.text, latin_slang)
                zh, en = zh + han, en + words
            source = "zh" if zh >= en and (zh or en) else ("en" if en else "zh" if "zh" in langs else "en")
    target = target if target in LANGS and target != source else ("zh" if source == "en" else "en")
    return Plan(source, target, [(s, lang == source) for s, lang in zip(parts, langs, strict=True)])


class TranslationService:
    """Keeps one loaded engine per direction; safe to call from worker threads."""

    def __init__(
        self,
        find_package: FindPackage,
        slang: SlangIndex | None = None,
        dictionary: Dictionary | None = None,
        cache: TranslationCache | None = None,
    ) -> None:
        self.find_package = find_package
        self.slang = slang
        self.dictionary = dictionary
        self.cache = cache
        self._engines: dict[tuple[str, str], ArgosEngine] = {}
        self._lock = threading.Lock()

    def _latin_slang(self, text: str) -> list[tuple[int, int]]:
        """Where the post has Chinese slang written in Latin letters (yyds, xswl, u1s1): it counts as Chinese."""
        if self.slang is None:
            return []
        spans = []
        for match in self.slang.detect(text):
            entry = self.slang.entry(match.entry_id)
            if entry is not None and entry.lang == "zh" and not han_count(match.surface):
                spans.append((match.start, match.end))
        return spans

    # --- engines ---------------------------------------------------------------------------------
    def engine(self, source: str, target: str) -> ArgosEngine | None:
        path = self.find_package(source, target)
        if path is None:
            return None
        with self._lock:
            engine = self._engines.get((source, target))
            if engine is None or engine.package.path != path:
                engine = ArgosEngine(read_package(path))
                self._engines[(source, target)] = engine
        return engine

    def forget_engines(self) -> None:
        """After models were installed or removed."""
        with self._lock:
            self._engines.clear()

    def preload(self, source: str, target: str) -> bool:
        engine = self.engine(source, target)
        if engine:
            engine.load()
        return engine is not None

    # --- translating -----------------------------------------------------------------------------
    def translate(
        self,
        text: str,
        source: str = "auto",
        target: str | None = None,
        *,
        substitute_slang: bool = True,
        gloss_fallback: bool = False,
        use_cache: bool = True,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
        on_sentences: Callable[[list[SentenceResult]], None] | None = None,
        batch: int = 6,
    ) -> TranslationResult:
        """Translate a post. Raises NoModel when the direction has no model, unless `gloss_fallback`."""
        the_plan = plan(text, source, target, self._latin_slang)
        src, tgt = the_plan.source, the_plan.target
        engine = self.engine(src, tgt)
        if engine is None and not gloss_fallback:
            raise NoModel(src, tgt)
        model = engine.package.label if engine else None
        options = f"slang={int(substitute_slang)}"
        key = None
        if use_cache and self.cache is not None:
            cached, key = self._cached(text, f"{src}-{tgt}", model or GLOSS_ENGINE, options)
            if cached is not None:
                if on_sentences:
                    on_sentences(cached.sentences)
                return cached
        notes: list[dict[str, Any]] = []
        results: list[SentenceResult] = []
        todo = the_plan.parts
        for first in range(0, len(todo), batch):
            if cancelled and cancelled():
                break
            chunk = todo[first : first + batch]
            done = self._translate_chunk(chunk, engine, src, tgt, substitute_slang, notes)
            results.extend(done)
            if on_sentences:
                on_sentences(done)
            if progress:
                progress(min(first + batch, len(todo)), len(todo))
        result = TranslationResult(
            text,
            _join(text, results),
            f"{src}-{tgt}",
            results,
            notes,
            "argos" if engine else GLOSS_ENGINE,
            model,
        )
        if key is not None and not (cancelled and cancelled()):
            self._store(key, result)
        return result

    def _translate_chunk(
        self,
        chunk: list[tuple[sentences.Sentence, bool]],
        engine: ArgosEngine | None,
        src: str,
        tgt: str,
        substitute: bool,
        notes: list[dict[str, Any]],
    ) -> list[SentenceResult]:
        inputs: list[str] = []
        forced: list[dict[str, str]] = []
        for sentence, translate in chunk:
            model_input, placeholders = sentence.text, dict[str, str]()
            if translate:
                model_input, placeholders = self._prepare(sentence, src, tgt, substitute, notes)
            inputs.append(model_input)
            forced.append(placeholders)
        wanted = [i for i, (_, translate) in enumerate(chunk) if translate]
        translated: dict[int, str] = {}
        if engine is not None and wanted:
            translated = dict(zip(wanted, engine.translate([inputs[i] for i in wanted]), strict=True))
        results = []
        for i, (sentence, translate) in enumerate(chunk):
            if not translate:
                results.append(
                    SentenceResult(sentence.text, sentence.text, sentence.start, sentence.end, translated=False)
                )
                continue
            if engine is None:
                gloss = self.gloss(sentence.text, src)
                results.append(SentenceResult(sentence.text, gloss, sentence.start, sentence.end, ["gloss"], gloss))
                continue
            output, lost = _restore(translated[i], forced[i])
            flags = [str(f) for f in quality.check(sentence.text, output, src, tgt)] + lost
            gloss = self.gloss(sentence.text, src) if flags else ""
            if not output.strip():
                # The model gave nothing back: the sentence stays in place (the word-by-word gloss, else the
                # original), flagged, so it is neither lost from the view nor from Copy.
                output = gloss or sentence.text
            results.append(SentenceResult(sentence.text, output, sentence.start, sentence.end, flags, gloss))
        return results

    def _prepare(
        self, sentence: sentences.Sentence, src: str, tgt: str, substitute: bool, notes: list[dict[str, Any]]
    ) -> tuple[str, dict[str, str]]:
        """Slang notes for the sentence, and the model's input: bundled slang replaced by its plain
        paraphrase (when asked), a tutor's own terms by numbers the model copies and we swap back."""
        if self.slang is None:
            return sentence.text, {}
        text = sentence.text
        placeholders: dict[str, str] = {}
        for match in reversed(self.slang.detect(text)):
            entry = self.slang.entry(match.entry_id)
            if entry is None:
                continue
            notes.append(_note(entry, match.surface, sentence.start + match.start, sentence.start + match.end, tgt))
            replacement = None
            if entry.id.startswith("user-"):
                forced = _forced_translation(entry, tgt)
                if forced:
                    number = str(7300 + len(placeholders) * 11)
                    placeholders[number] = forced
                    replacement = number
            elif substitute and entry.plain:
                replacement = entry.plain
            if replacement:
                text = text[: match.start] + replacement + text[match.end :]
        notes.sort(key=lambda n: n["start"])
        return text, placeholders

    # --- the dictionary gloss ------------------------------------------------------------------------
    def gloss(self, text: str, source: str) -> str:
        """Word by word from CC-CEDICT: 我们(we) 去(to go) … or I(我) love(爱) …; '' without a dictionary."""
        if self.dictionary is None:
            return ""
        from app.core.segment import segment
        from app.data.dictionary import DictionaryUnavailable

        words = [w for w in segment(text) if w.strip()]
        target = "en" if source == "zh" else "zh"
        try:
            return " ".join(
                self._slang_gloss(w, target) or (_zh_gloss if source == "zh" else _en_gloss)(w, self.dictionary)
                for w in words
            )
        except DictionaryUnavailable:
            return ""

    def _slang_gloss(self, word: str, target: str) -> str:
        """A slang word is glossed from the glossary, not split into its characters."""
        matches = self.slang.detect(word) if self.slang else []
        if len(matches) != 1 or matches[0].surface != word:
            return ""
        entry = self.slang.entry(matches[0].entry_id) if self.slang else None
        if entry is None:
            return ""
        return f"{word}({_short(entry.meaning_en if target == 'en' else entry.meaning_zh)})"

    # --- cache ---------------------------------------------------------------------------------------
    def _cached(self, text: str, direction: str, model: str, options: str) -> tuple[TranslationResult | None, str]:
        from app.data.translation_cache import cache_key

        key = cache_key(text, direction, model, options)
        data = self.cache.get(key) if self.cache is not None else None
        return (TranslationResult.from_json(data, cached=True) if data else None), key

    def _store(self, key: str, result: TranslationResult) -> None:
        from app.data.database import DatabaseError

        if self.cache is None:
            return
        with contextlib.suppress(sqlite3.DatabaseError, DatabaseError):  # a read-only disk only costs speed
            self.cache.put(key, result.to_json())


def _note(entry: SlangEntry, surface: str, start: int, end: int, target: str) -> dict[str, Any]:
    meaning = entry.meaning_en if target == "en" else entry.meaning_zh
    return {
        "term": entry.term,
        "surface": surface,
        "start": start,
        "end": end,
        "entry_id": entry.id,
        "meaning": meaning,
        "plain": entry.plain,
    }


def _forced_translation(entry: SlangEntry, target: str) -> str:
    """A tutor's term is translated as the first phrase of its meaning in the target language."""
    meaning = entry.meaning_en if target == "en" else entry.meaning_zh
    return re.split(r"[;；(（]", meaning, maxsplit=1)[0].strip()


def _restore(output: str, placeholders: dict[str, str]) -> tuple[str, list[str]]:
    lost = []
    for number, forced in placeholders.items():
        if number in output:
            output = output.replace(number, forced)
        else:
            lost.append("forced-term-lost")
    return output, lost


def _join(text: str, results: list[SentenceResult]) -> str:
    """The translated post, keeping the original line breaks."""
    out: list[str] = []
    for i, result in enumerate(results):
        if i:
            previous = results[i - 1]
            out.append(sentence_gap(text[previous.end : result.start], previous.tgt))
        out.append(result.tgt)
    return "".join(out)


def sentence_gap(gap: str, previous: str) -> str:
    """What goes between two translated sentences: the source's line breaks, else a space, but none after
    full-width text (你好。明天见。), which Chinese writes without spaces."""
    if "\n" in gap:
        return "\n" * gap.count("\n")
    return "" if previous and unicodedata.east_asian_width(previous[-1]) in ("W", "F") else " "


def _short(definition: str) -> str:
    definition = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", definition).split(";")[0].strip()
    return definition[:40]


def _zh_gloss(word: str, dictionary: Dictionary) -> str:
    if not any(is_han(c) for c in word):
        return word
    entries = dictionary.lookup_hanzi(word)
    if entries:
        return f"{word}({_short(entries[0].definitions[0])})"
    return "".join(_zh_gloss(c, dictionary) for c in word) if len(word) > 1 else word


def _en_gloss(word: str, dictionary: Dictionary) -> str:
    if not re.search(r"[A-Za-z]", word):
        return word
    found = dictionary.lookup_english(word, limit=1)
    return f"{word}({found[0].simplified})" if found else word
