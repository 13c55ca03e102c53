"""The slang detector the app uses, rebuilt whenever the glossary changes (cheap to import)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from app.core import segment

if TYPE_CHECKING:
    from app.core.slang import SlangEntry
    from app.core.slang_detect import SlangDetector, SlangMatch


class SlangIndex:
    """The detector over every entry (bundled and decks), rebuilt when the glossary changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._detector: SlangDetector | None = None
        self._entries: dict[str, SlangEntry] = {}

    def rebuild(self, entries: list[SlangEntry], *, platform_words: bool = False) -> None:
        """`platform_words`: also flag plain platform vocabulary (博主, hashtag, RedNote) in posts; it is in the
        glossary either way, for look-up and search, but as slang it teaches nothing and is off by default."""
        from app.core.slang import PLATFORM_WORD
        from app.core.slang_detect import SlangDetector

        # A tutor's own entry wins over a bundled one with the same form (the detector takes the first).
        entries = sorted(entries, key=lambda e: not e.id.startswith("user-"))
        detected = entries if platform_words else [e for e in entries if PLATFORM_WORD not in e.tags]
        detector = SlangDetector(detected)
        segment.register_terms(detector.chinese_terms())  # the Reader keeps slang whole
        with self._lock:
            self._detector = detector
            self._entries = {e.id: e for e in entries}

    @property
    def ready(self) -> bool:
        return self._detector is not None

    def detect(self, text: str) -> list[SlangMatch]:
        detector = self._detector
        return detector.detect(text) if detector else []

    def entry(self, entry_id: str) -> SlangEntry | None:
        return self._entries.get(entry_id)

    def entry_for(self, match: SlangMatch) -> SlangEntry | None:
        """The matched entry as its chosen sense reads it: that sense's meanings, plain paraphrase, register and
        examples (the translator substitutes this `plain`); the entry itself when it has one sense."""
        entry = self._entries.get(match.entry_id)
        return entry.with_sense(match.sense) if entry is not None else None
