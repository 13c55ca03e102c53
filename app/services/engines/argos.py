"""Argos on this computer (the default engine): one CTranslate2 model per direction, found among installed models."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from app.core.engines.base import THIS_COMPUTER, EngineError, EngineInfo, EngineOutput, GlossaryTerm, SentenceFn
from app.core.errors import QT_TRANSLATE_NOOP
from app.core.translator import ArgosEngine

FindEngine = Callable[[str, str], ArgosEngine | None]
LANGS = ("en", "zh")


class ArgosTranslator:
    """The Engine interface over the loaded Argos models; the service keeps the models (one per direction)."""

    grounded = False

    def __init__(self, find_engine: FindEngine) -> None:
        self.find_engine = find_engine

    def describe(self) -> EngineInfo:
        return EngineInfo("Argos", "argos", THIS_COMPUTER)

    def describe_for(self, source: str, target: str) -> EngineInfo:
        engine = self.find_engine(source, target)
        label = engine.package.label if engine else ""
        return EngineInfo("Argos", "argos", THIS_COMPUTER, label, engine.package.version if engine else "")

    def prepare(self) -> None:
        return None

    def check(self) -> dict[str, Any]:
        pairs = [f"{s}→{t}" for s in LANGS for t in LANGS if s != t and self.find_engine(s, t) is not None]
        return {**self.describe().to_json(), "pairs": pairs}

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        *,
        glossary: Sequence[GlossaryTerm] = (),
        on_sentence: SentenceFn | None = None,
    ) -> EngineOutput:
        engine = self.find_engine(source, target)
        if engine is None:
            raise EngineError(
                QT_TRANSLATE_NOOP("Errors", "No {source}→{target} translation model is installed."),
                code="engine-no-model",
                source=source,
                target=target,
            )
        out = engine.translate(list(sentences))
        if on_sentence:
            for i, text in enumerate(out):
                on_sentence(i, text)
        return EngineOutput(list(out))
