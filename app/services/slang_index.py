"""The slang detector the app uses, rebuilt whenever the glossary changes (cheap to import)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from app.core import segment
from app.core.text import is_han

if TYPE_CHECKING:
    from app.core.slang import SlangEntry
    from app.core.slang_detect import SlangDetector, SlangMatch


class SlangIndex:
    """The detector over every entry (bundled and decks), rebuilt when the glossary changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._detector: SlangDetector | None = None
        self._entries: dict[str, SlangEntry] = {}
        self._hover: dict[str, SlangEntry] = {}  # platform and everyday words, by form

    def rebuild(self, entries: list[SlangEntry], *, platform_words: bool = False) -> None:
        """`platform_words`: also flag plain platform vocabulary (博主, hashtag, RedNote) and everyday words (相亲,
        考研) in posts; they are in the glossary either way, for look-up, search and hover, but flagged as slang
        they teach nothing and are off by default."""
        from app.core.slang import hover_only
        from app.core.slang_detect import for_posts

        # A tutor's own entry wins over a bundled one with the same form (the detector takes the first).
        entries = sorted(entries, key=lambda e: not e.id.startswith("user-"))
        detector = for_posts(entries, platform_words=platform_words)
        # The Reader keeps slang whole, and platform and everyday words too (小红书, not 小红|书), flagged or not.
        hover_terms = [f for e in entries if hover_only(e) for f in e.forms if _is_han_word(f)]
        segment.register_terms(sorted(set(detector.chinese_terms()) | set(hover_terms)))
        # Platform and everyday words are not flagged, but the Reader still explains them on hover.
        hover = {_form_key(f): e for e in reversed(entries) if hover_only(e) for f in e.forms}
        with self._lock:
            self._detector = detector
            self._entries = {e.id: e for e in entries}
            self._hover = hover

    @property
    def ready(self) -> bool:
        return self._detector is not None

    def detect(self, text: str) -> list[SlangMatch]:
        detector = self._detector
        return detector.detect(text) if detector else []

    def hover_entry(self, text: str) -> SlangEntry | None:
        """The platform or everyday word (tagged platform-word or everyday-word) that has `text` as a form, for
        the Reader's hover card: these are not flagged as slang unless the user asks."""
        return self._hover.get(_form_key(text))

    def entry(self, entry_id: str) -> SlangEntry | None:
        return self._entries.get(entry_id)

    def entry_for(self, match: SlangMatch) -> SlangEntry | None:
        """The matched entry as its chosen sense reads it: that sense's meanings, plain paraphrase, register and
        examples (the translator substitutes this `plain`); the entry itself when it has one sense."""
        entry = self._entries.get(match.entry_id)
        return entry.with_sense(match.sense) if entry is not None else None


def _form_key(text: str) -> str:
    return "".join(text.split()).lower()


def _is_han_word(form: str) -> bool:
    return len(form) > 1 and all(is_han(ch) for ch in form)
