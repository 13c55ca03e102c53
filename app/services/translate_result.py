"""What a translation gives back: per-sentence results, slang notes and which engine made it (JSON for the CLI)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from app.core.engines.base import EngineOutput
    from app.core.slang import SlangEntry

GLOSS_ENGINE = "dictionary-gloss"
GLOSS_INFO = {"name": "dictionary gloss", "kind": GLOSS_ENGINE, "where": "this-computer"}


class NoModel(UserError):
    """No translation model for this direction is installed."""

    def __init__(self, source: str, target: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No {source}→{target} translation model is installed; install one with "
                "'jiaoliu models install translate-{source}_{target}' or 'jiaoliu models install-file FILE'.",
            ),
            source=source,
            target=target,
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
    slang: list[dict[str, Any]]  # glossary notes; an LLM adds "sense" and "explanation" to the terms it explained
    engine: str  # the kind: "argos", "libretranslate", "llm", or "dictionary-gloss" when no engine was used
    model: str | None
    cached: bool = False
    engine_info: dict[str, str] = field(default_factory=dict)  # {name, kind, where}: where the text went
    hint: str = ""  # from the engine, e.g. "a plain translation: the model's explanations could not be read"

    @property
    def glossed(self) -> bool:
        """True when no engine translated the post (the word-by-word dictionary gloss is shown)."""
        return self.engine == GLOSS_ENGINE

    def to_json(self) -> dict[str, Any]:
        """The CLI's --json: `engine` is {name, kind, where}, plus `hint` inside it when the engine gave one."""
        data = asdict(self)
        for key in ("cached", "engine_info", "hint"):
            data.pop(key)
        data["engine"] = {
            **(self.engine_info or _default_info(self.engine)),
            **({"hint": self.hint} if self.hint else {}),
        }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], cached: bool = False) -> TranslationResult:
        rows = [SentenceResult(**s) for s in data["sentences"]]
        engine = data["engine"]
        info = dict(engine) if isinstance(engine, dict) else _default_info(str(engine))
        hint = str(info.pop("hint", ""))
        return cls(
            data["source"],
            data["target"],
            data["direction"],
            rows,
            data["slang"],
            str(info.get("kind", "")),
            data["model"],
            cached,
            info,
            hint,
        )


def _default_info(kind: str) -> dict[str, str]:
    if kind == GLOSS_ENGINE:
        return dict(GLOSS_INFO)
    return {"name": "Argos" if kind == "argos" else kind, "kind": kind, "where": "this-computer"}


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


class _Emitter:
    """Passes sentences on in order, each once, as soon as every sentence before them is there."""

    def __init__(self, on_sentences: Callable[[list[SentenceResult]], None] | None) -> None:
        self.on_sentences = on_sentences
        self.sent = 0

    def ready(self, rows: list[SentenceResult | None]) -> None:
        end = self.sent
        while end < len(rows) and rows[end] is not None:
            end += 1
        if end > self.sent and self.on_sentences:
            fresh = [r for r in rows[self.sent : end] if r is not None]
            self.sent = end
            self.on_sentences(fresh)

    def finish(self, rows: list[SentenceResult]) -> None:
        if self.on_sentences and self.sent < len(rows):
            self.on_sentences(rows[self.sent :])
        self.sent = len(rows)


def _add_senses(notes: list[dict[str, Any]], out: EngineOutput) -> None:
    """An LLM's reading of each slang term goes into the glossary's note for it."""
    for sense in out.senses:
        for note in notes:
            if sense.term in (note["surface"], note["term"]) and "sense" not in note:
                note["sense"], note["explanation"] = sense.sense, sense.explanation


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
