"""An engine the privacy rules refuse (a host not confirmed yet, plain http): every use raises that error."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NoReturn

from app.core.engines.base import EngineError, EngineInfo, EngineOutput, GlossaryTerm, SentenceFn


class RefusedEngine:
    """Stands in for a server engine that may not be used yet: it describes the server (so the Translate view can
    say where text would go) and raises the refusal before anything is sent (`NotConfirmed` for a new host)."""

    grounded = False

    def __init__(self, info: EngineInfo, error: EngineError) -> None:
        self.info = info
        self.error = error

    def describe(self) -> EngineInfo:
        return self.info

    def _refuse(self) -> NoReturn:
        raise self.error

    def prepare(self) -> None:
        self._refuse()

    def check(self) -> dict[str, Any]:
        self._refuse()

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        *,
        glossary: Sequence[GlossaryTerm] = (),
        on_sentence: SentenceFn | None = None,
    ) -> EngineOutput:
        self._refuse()
