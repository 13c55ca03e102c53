"""Word segmentation with jieba, loaded lazily, with a hook for terms that must stay whole."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import Any

_lock = threading.Lock()
_tokenizer: Any = None
_pending_terms: dict[str, int | None] = {}
# Registered terms get a high frequency so jieba's path search prefers them
# over splitting them into smaller dictionary words (绝绝子 → 绝绝 / 子).
_TERM_FREQ = 200_000


def _get_tokenizer() -> Any:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                for term, freq in _pending_terms.items():
                    tokenizer.add_word(term, freq=freq or _TERM_FREQ)
                _tokenizer = tokenizer
    return _tokenizer


def preload() -> None:
    """Load jieba's dictionary now (it takes about a second), e.g. in a background thread."""
    _get_tokenizer()


def register_terms(terms: Iterable[str], freq: int | None = None) -> None:
    """Keep these terms as single tokens (the slang glossary registers its Chinese terms)."""
    with _lock:
        new = [t for t in terms if t and t.strip() == t]
        for term in new:
            _pending_terms[term] = freq
        tokenizer = _tokenizer
    if tokenizer is not None:
        for term in new:
            tokenizer.add_word(term, freq=freq or _TERM_FREQ)


def segment(text: str) -> list[str]:
    """Words of `text` in order; joined together they give `text` back exactly."""
    return list(iter_segments(text))


def iter_segments(text: str) -> Iterator[str]:
    if not text:
        return
    yield from _get_tokenizer().cut(text, HMM=True)
