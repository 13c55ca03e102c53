"""Translating a post: direction, sentences, slang, quality hints, cache, and the dictionary fallback."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import quality, sentences
from app.core.engines.base import Engine, EngineInfo, EngineOutput, GlossaryTerm
from app.core.text import han_count
from app.core.translator import ArgosEngine, EngineError, read_package
from app.services import word_gloss
from app.services.engines.argos import ArgosTranslator
from app.services.translate_result import (
    GLOSS_ENGINE,
    NoModel,
    SentenceResult,
    TranslationResult,
    _add_senses,
    _Emitter,
    _forced_translation,
    _join,
    _note,
    _restore,
    sentence_gap,
)

__all__ = [
    "GLOSS_ENGINE",
    "NoModel",
    "SentenceResult",
    "TranslationResult",
    "TranslationService",
    "plan",
    "sentence_gap",
]

if TYPE_CHECKING:
    from app.data.dictionary import Dictionary
    from app.data.translation_cache import TranslationCache
    from app.services.slang_index import SlangIndex

LANGS = ("en", "zh")
ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
FindPackage = Callable[[str, str], Path | None]


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
    """Translates posts with one Engine (Argos on this computer unless told otherwise); safe from worker threads.

    Argos keeps one loaded model per direction here (`engine(source, target)`); a server engine is given in."""

    def __init__(
        self,
        find_package: FindPackage,
        slang: SlangIndex | None = None,
        dictionary: Dictionary | None = None,
        cache: TranslationCache | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.find_package = find_package
        self.slang = slang
        self.dictionary = dictionary
        self.cache = cache
        self._engines: dict[tuple[str, str], ArgosEngine] = {}
        self._lock = threading.Lock()
        self.argos = ArgosTranslator(lambda s, t: self.engine(s, t))
        self.backend: Engine = engine or self.argos

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
    def use_engine(self, engine: Engine | None) -> None:
        """Translate with `engine` from now on (None: Argos on this computer, the default)."""
        self.backend = engine or self.argos

    def describe(self) -> EngineInfo:
        """The engine in use: {name, kind, where} for the selector and the privacy badge."""
        return self.backend.describe()

    def check(self) -> dict[str, Any]:
        """What the engine in use serves (`jiaoliu engines test`); raises EngineError when it cannot be used."""
        return self.backend.check()

    def engine(self, source: str, target: str) -> ArgosEngine | None:
        """The loaded Argos model for a direction (the default engine), or None when none is installed."""
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
        first_batch: int = 1,
        slang_notes: list[dict[str, Any]] | None = None,
    ) -> TranslationResult:
        """Translate a post. Raises NoModel when Argos has no model for the direction, unless `gloss_fallback`;
        a server engine's failure is one EngineError. `on_sentences` gets the sentences in order as they come;
        the first `first_batch` sentences go alone, so the first one shows without waiting for a whole batch.
        `slang_notes`, when given, is filled with the slang notes as they are found (before `on_sentences`
        hears of their sentence) and becomes the result's `slang`."""
        the_plan = plan(text, source, target, self._latin_slang)
        src, tgt = the_plan.source, the_plan.target
        backend: Engine | None = self.backend
        load_problem = ""
        if backend is self.argos:
            argos = self.engine(src, tgt)
            if argos is None and not gloss_fallback:
                raise NoModel(src, tgt)
            if argos is not None and gloss_fallback:
                try:  # a model damaged on disk: the gloss the caller asked for instead, and why
                    argos.load()
                except EngineError as exc:
                    argos, load_problem = None, str(exc)
            backend = self.argos if argos else None
            info = self.argos.describe_for(src, tgt)
            model = argos.package.label if argos else None
        else:
            assert backend is not None
            backend.prepare()
            info = backend.describe()
            model = info.model or info.name
            batch = first_batch = max(len(the_plan.parts), 1)  # a server gets the whole post in one request
        options = f"slang={int(substitute_slang)}"
        key = None
        if use_cache and self.cache is not None:
            cache_model = info.cache_id if backend is not None else GLOSS_ENGINE
            cached, key = self._cached(text, f"{src}-{tgt}", cache_model, options)
            if cached is not None:
                if slang_notes is not None:
                    slang_notes.extend(cached.slang)
                if on_sentences:
                    on_sentences(cached.sentences)
                return cached
        notes: list[dict[str, Any]] = [] if slang_notes is None else slang_notes
        results: list[SentenceResult] = []
        hints: list[str] = []
        todo = the_plan.parts
        for first, last in _batches(len(todo), batch, first_batch):
            if cancelled and cancelled():
                break
            chunk = todo[first:last]
            emitter = _Emitter(on_sentences)
            done = self._translate_chunk(chunk, backend, src, tgt, substitute_slang, notes, emitter, hints)
            results.extend(done)
            emitter.finish(done)
            if progress:
                progress(last, len(todo))
        result = TranslationResult(
            text,
            _join(text, results),
            f"{src}-{tgt}",
            results,
            notes,
            info.kind if backend is not None else GLOSS_ENGINE,
            model,
            engine_info=info.to_json() if backend is not None else {},
            hint=hints[0] if hints else load_problem,
        )
        if key is not None and not (cancelled and cancelled()):
            self._store(key, result)
        return result

    def _translate_chunk(
        self,
        chunk: list[tuple[sentences.Sentence, bool]],
        backend: Engine | None,
        src: str,
        tgt: str,
        substitute: bool,
        notes: list[dict[str, Any]],
        emitter: _Emitter | None = None,
        hints: list[str] | None = None,
    ) -> list[SentenceResult]:
        grounded = backend is not None and backend.grounded
        terms: list[GlossaryTerm] | None = [] if grounded else None
        inputs: list[str] = []
        forced: list[dict[str, str]] = []
        for sentence, translate in chunk:
            model_input, placeholders = sentence.text, dict[str, str]()
            if translate:
                model_input, placeholders = self._prepare(sentence, src, tgt, substitute, notes, terms)
            inputs.append(model_input)
            forced.append(placeholders)
        wanted = [i for i, (_, translate) in enumerate(chunk) if translate]
        rows: dict[int, SentenceResult] = {}
        for i, (sentence, translate) in enumerate(chunk):
            if not translate:
                rows[i] = SentenceResult(sentence.text, sentence.text, sentence.start, sentence.end, translated=False)
            elif backend is None:
                gloss = self.gloss(sentence.text, src)
                rows[i] = SentenceResult(sentence.text, gloss, sentence.start, sentence.end, ["gloss"], gloss)

        def arrived(j: int, output: str | None) -> None:  # a server streams: show each sentence as it comes
            i = wanted[j]
            rows[i] = self._finish(chunk[i][0], output, forced[i], src, tgt)
            if emitter is not None:
                emitter.ready([rows.get(k) for k in range(len(chunk))])

        if backend is not None and wanted:
            out = self._run(backend, [inputs[i] for i in wanted], src, tgt, terms, arrived if emitter else None)
            for j, output in enumerate(out.sentences):  # the final answer wins over what was streamed
                rows[wanted[j]] = self._finish(chunk[wanted[j]][0], output, forced[wanted[j]], src, tgt)
            _add_senses(notes, out)
            if out.hint and hints is not None:
                hints.append(out.hint)
        return [rows[i] for i in range(len(chunk))]

    def _run(
        self,
        backend: Engine,
        inputs: list[str],
        src: str,
        tgt: str,
        terms: list[GlossaryTerm] | None,
        on_sentence: Callable[[int, str | None], None] | None,
    ) -> EngineOutput:
        if backend is self.argos:  # the loaded model itself (tests replace `engine` to script its answers)
            argos = self.engine(src, tgt)
            assert argos is not None
            return EngineOutput(list(argos.translate(inputs)))
        out = backend.translate(inputs, src, tgt, glossary=terms or [], on_sentence=on_sentence)
        return EngineOutput((list(out.sentences) + [None] * len(inputs))[: len(inputs)], out.senses, out.hint)

    def _finish(
        self, sentence: sentences.Sentence, output: str | None, placeholders: dict[str, str], src: str, tgt: str
    ) -> SentenceResult:
        """One translated sentence with its quality flags; never empty (a failure keeps the gloss or the original)."""
        if output is None:
            # The engine gave nothing usable for this sentence: it stays in place with the gloss and a hint.
            gloss = self.gloss(sentence.text, src)
            return SentenceResult(
                sentence.text, gloss or sentence.text, sentence.start, sentence.end, ["engine-failed"], gloss
            )
        output, lost = _restore(output, placeholders)
        flags = [str(f) for f in quality.check(sentence.text, output, src, tgt)] + lost
        gloss = self.gloss(sentence.text, src) if flags else ""
        if not output.strip():
            # The model gave nothing back: the sentence stays in place (the word-by-word gloss, else the
            # original), flagged, so it is neither lost from the view nor from Copy.
            output = gloss or sentence.text
        return SentenceResult(sentence.text, output, sentence.start, sentence.end, flags, gloss)

    def _prepare(
        self,
        sentence: sentences.Sentence,
        src: str,
        tgt: str,
        substitute: bool,
        notes: list[dict[str, Any]],
        terms: list[GlossaryTerm] | None = None,
    ) -> tuple[str, dict[str, str]]:
        """Slang notes for the sentence, and the model's input: bundled slang replaced by its plain
        paraphrase (when asked), a tutor's own terms by numbers the model copies and we swap back.
        With `terms` (an LLM that reads the glossary) the text stays as it is and each term is collected."""
        if self.slang is None:
            return sentence.text, {}
        text = sentence.text
        placeholders: dict[str, str] = {}
        for match in reversed(self.slang.detect(text)):
            entry = self.slang.entry_for(match)  # the chosen sense's meaning and plain paraphrase
            if entry is None:
                continue
            notes.append(_note(entry, match.surface, sentence.start + match.start, sentence.start + match.end, tgt))
            forced = _forced_translation(entry, tgt) if entry.id.startswith("user-") else ""
            if terms is not None:
                meaning = entry.meaning_en if tgt == "en" else entry.meaning_zh
                if all(t.term != match.surface for t in terms):
                    terms.insert(0, GlossaryTerm(match.surface, meaning or entry.plain, forced))
                continue
            replacement = None
            if forced:
                number = str(7300 + len(placeholders) * 11)
                placeholders[number] = forced
                replacement = number
            elif substitute and entry.plain and not entry.id.startswith("user-"):
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
                self._slang_gloss(w, target)
                or (word_gloss.zh_word if source == "zh" else word_gloss.en_word)(w, self.dictionary)
                for w in words
            )
        except DictionaryUnavailable:
            return ""

    def _slang_gloss(self, word: str, target: str) -> str:
        """A slang word is glossed from the glossary, not split into its characters."""
        matches = self.slang.detect(word) if self.slang else []
        if len(matches) != 1 or matches[0].surface != word:
            return ""
        entry = self.slang.entry_for(matches[0]) if self.slang else None  # the sense the detector chose
        if entry is None:
            return ""
        return f"{word}({word_gloss.short(entry.meaning_en if target == 'en' else entry.meaning_zh)})"

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


def _batches(total: int, batch: int, first_batch: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each batch of sentences: `first_batch` first, then `batch` at a time."""
    start, size = 0, max(1, min(first_batch, batch))
    while start < total:
        end = min(start + size, total)
        yield start, end
        start, size = end, max(1, batch)
