"""Translation with an installed Argos package, straight through CTranslate2.

The app never imports argostranslate.translate: that module pulls in stanza and torch
(gigabytes, seconds of start-up), and its API returns one string for a whole text. Here
a package's own SentencePiece model and CTranslate2 model are used directly, with the
same decoding options argostranslate uses, one result per sentence.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import QT_TRANSLATE_NOOP, UserError

# argostranslate.translate.apply_packaged_translation's decoding options (1.11), kept equal so
# our output matches argostranslate's for the same package and sentences (a test checks it).
BEAM_SIZE = 4
NUM_HYPOTHESES = 4
LENGTH_PENALTY = 0.2
MAX_BATCH_TOKENS = 32


class EngineError(UserError, RuntimeError):
    """The package cannot be used for translation; the message says why."""


@dataclass(frozen=True, slots=True)
class PackageMeta:
    path: Path
    from_code: str
    to_code: str
    version: str
    target_prefix: str

    @property
    def label(self) -> str:
        return f"translate-{self.from_code}_{self.to_code}-{self.version}"


def read_package(path: Path) -> PackageMeta:
    """Metadata of an installed (unzipped) Argos package."""
    try:
        meta = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EngineError(
            QT_TRANSLATE_NOOP("Errors", "The translation model in {folder} has no readable metadata.json ({detail})."),
            folder=path,
            detail=exc,
        ) from exc
    if not (path / "model").is_dir() or not (path / "sentencepiece.model").is_file():
        raise EngineError(
            QT_TRANSLATE_NOOP(
                "Errors", "The translation model in {folder} is incomplete (model/ or sentencepiece.model missing)."
            ),
            folder=path,
        )
    return PackageMeta(
        path=path,
        from_code=str(meta.get("from_code", "")),
        to_code=str(meta.get("to_code", "")),
        version=str(meta.get("package_version", "")),
        target_prefix=str(meta.get("target_prefix", "") or ""),
    )


class ArgosEngine:
    """One loaded model (one direction). Loading takes a moment, so it happens on first use."""

    def __init__(self, package: PackageMeta, threads: int = 2) -> None:
        self.package = package
        self._threads = threads
        self._lock = threading.Lock()
        self._translator: Any = None
        self._sp: Any = None

    def load(self) -> None:
        with self._lock:
            if self._translator is not None:
                return
            import ctranslate2
            import sentencepiece

            try:
                self._sp = sentencepiece.SentencePieceProcessor(
                    model_file=str(self.package.path / "sentencepiece.model")
                )
                self._translator = ctranslate2.Translator(
                    str(self.package.path / "model"),
                    device="cpu",
                    compute_type="auto",
                    inter_threads=1,
                    intra_threads=self._threads,
                )
            except (RuntimeError, OSError) as exc:
                raise EngineError(
                    QT_TRANSLATE_NOOP("Errors", "The translation model {model} could not be loaded: {detail}"),
                    model=self.package.label,
                    detail=exc,
                ) from exc

    def tokenize(self, sentences: list[str]) -> list[list[str]]:
        self.load()
        return [self._sp.encode(s, out_type=str) for s in sentences]

    def translate_tokens(self, tokenized: list[list[str]]) -> list[list[str]]:
        """Best hypothesis per sentence, with argostranslate's decoding options."""
        self.load()
        if not tokenized:
            return []
        prefix = self.package.target_prefix
        results = self._translator.translate_batch(
            tokenized,
            target_prefix=[[prefix]] * len(tokenized) if prefix else None,
            replace_unknowns=True,
            max_batch_size=MAX_BATCH_TOKENS,
            batch_type="tokens",
            beam_size=BEAM_SIZE,
            num_hypotheses=NUM_HYPOTHESES,
            length_penalty=LENGTH_PENALTY,
            return_scores=True,
        )
        return [list(r.hypotheses[0]) for r in results]

    def detokenize(self, tokens: list[str]) -> str:
        """argostranslate's SentencePieceTokenizer.decode, then its prefix and leading-space removal."""
        self.load()
        value = str(self._sp.decode_pieces(tokens)).replace("▁", " ").replace("_", " ")
        prefix = self.package.target_prefix
        if prefix and value.startswith(prefix):
            value = value[len(prefix) :]
        return value[1:] if value.startswith(" ") else value

    def translate(self, sentences: list[str]) -> list[str]:
        return [self.detokenize(t) for t in self.translate_tokens(self.tokenize(sentences))]
