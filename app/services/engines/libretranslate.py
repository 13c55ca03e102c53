"""A LibreTranslate server (a classroom's or a school's): `GET /languages`, then a post's sentences in one request."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from app.core.engines.base import EngineError, EngineInfo, EngineOutput, GlossaryTerm, SentenceFn, check_privacy
from app.core.errors import QT_TRANSLATE_NOOP
from app.services.engines.http import Retry, host_label, request_json

# Our language → the codes LibreTranslate versions use for it, best first (1.6+ says zh-Hans; older zh;
# traditional Chinese is zt or zh-Hant and is only used when nothing else is served).
CODES = {"en": ("en",), "zh": ("zh", "zh-Hans", "zt", "zh-Hant")}


class LibreTranslateEngine:
    grounded = False

    def __init__(
        self,
        url: str,
        api_key: str = "",
        *,
        confirmed_hosts: Sequence[str] = (),
        allow_unencrypted_lan: bool = False,
        timeout: float = 60.0,
        retry: Retry | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        if "://" not in self.url:
            self.url = "http://" + self.url
        self.where = check_privacy(self.url, confirmed_hosts, allow_unencrypted_lan)
        self.api_key = api_key
        self.timeout = timeout
        self.retry = retry or Retry()
        self._codes: dict[str, list[str]] | None = None  # source code → target codes, once asked
        self._lock = threading.Lock()

    def describe(self) -> EngineInfo:
        return EngineInfo("LibreTranslate", "libretranslate", self.where, url=self.url)

    def _request(self, method: str, path: str, body: Any = None) -> Any:
        return request_json(method, self.url + path, body, timeout=self.timeout, retry=self.retry)

    def languages(self) -> dict[str, list[str]]:
        with self._lock:
            if self._codes is None:
                data = self._request("GET", "/languages")
                if not isinstance(data, list):
                    raise self._bad_answer()
                self._codes = {
                    str(item.get("code")): [str(t) for t in item.get("targets", [])]
                    for item in data
                    if isinstance(item, dict)
                }
            return self._codes

    def pair(self, source: str, target: str) -> tuple[str, str]:
        """The server's codes for source → target, or EngineError naming what it lacks."""
        served = self.languages()
        for src in CODES.get(source, (source,)):
            targets = served.get(src)
            if targets is None:
                continue
            wanted = CODES.get(target, (target,))
            # Old servers list no targets: every language pairs with every other through English.
            tgt = (
                next((t for t in wanted if t in targets), None)
                if targets
                else next((t for t in wanted if t in served), None)
            )
            if tgt is not None:
                return src, tgt
        raise EngineError(
            QT_TRANSLATE_NOOP("Errors", "The server at {host} does not translate {source}→{target}."),
            code="engine-no-pair",
            host=host_label(self.url),
            source=source,
            target=target,
        )

    def prepare(self) -> None:
        self.languages()

    def check(self) -> dict[str, Any]:
        served = self.languages()
        pairs = [f"{s}→{t}" for s, t in (("en", "zh"), ("zh", "en")) if self._has(s, t)]
        return {**self.describe().to_json(), "url": self.url, "languages": sorted(served), "pairs": pairs}

    def _has(self, source: str, target: str) -> bool:
        try:
            self.pair(source, target)
        except EngineError:
            return False
        return True

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        *,
        glossary: Sequence[GlossaryTerm] = (),
        on_sentence: SentenceFn | None = None,
    ) -> EngineOutput:
        if not sentences:
            return EngineOutput([])
        src, tgt = self.pair(source, target)
        body: dict[str, Any] = {"q": list(sentences), "source": src, "target": tgt, "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        data = self._request("POST", "/translate", body)
        texts = data.get("translatedText") if isinstance(data, dict) else None
        if isinstance(texts, str) and len(sentences) == 1:
            texts = [texts]
        if not isinstance(texts, list):
            raise self._bad_answer()
        out: list[str | None] = [str(t) if isinstance(t, str) and t.strip() else None for t in texts]
        out = (out + [None] * len(sentences))[: len(sentences)]  # a short answer leaves the rest to the fallback
        if on_sentence:
            for i, text in enumerate(out):
                if text is not None:
                    on_sentence(i, text)
        return EngineOutput(out)

    def _bad_answer(self) -> EngineError:
        return EngineError(
            QT_TRANSLATE_NOOP("Errors", "The server at {host} does not answer like a LibreTranslate server."),
            code="engine-bad-answer",
            host=host_label(self.url),
        )
