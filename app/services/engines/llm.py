"""An LLM behind an OpenAI-compatible chat server (Ollama, llama.cpp, LM Studio, vLLM), grounded in the glossary.

One streamed request per post: the post's slang goes into the prompt with its glossary meanings, the answer is
JSON of a schema (one item per numbered sentence, and the sense of each slang term). An unreadable answer is
asked again once, then the post is asked as plain numbered lines with a hint; a sentence still missing comes
back as None so the service shows it with the dictionary gloss."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import Any

from app.core.engines import llm_format as fmt
from app.core.engines.base import (
    EngineError,
    EngineInfo,
    EngineOutput,
    GlossaryTerm,
    SentenceFn,
    check_privacy,
)
from app.core.errors import QT_TRANSLATE_NOOP
from app.services.engines.http import Retry, host_label, open_url, request_json, sse_lines


class LlmEngine:
    grounded = True

    def __init__(
        self,
        url: str,
        model: str = "",
        api_key: str = "",
        *,
        confirmed_hosts: Sequence[str] = (),
        allow_unencrypted_lan: bool = False,
        timeout: float = 120.0,
        retry: Retry | None = None,
        max_tokens: int | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        if "://" not in self.url:
            self.url = "http://" + self.url
        self.where = check_privacy(self.url, confirmed_hosts, allow_unencrypted_lan)
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self.retry = retry or Retry()
        self.max_tokens = max_tokens
        # How the server takes the schema: OpenAI's json_schema (vLLM, Ollama, LM Studio), llama-cpp-python's
        # json_object with a schema, or not at all; a server that rejects one form is asked with the next.
        self.schema_styles = list(fmt.SCHEMA_STYLES)
        self._version = ""
        self._lock = threading.Lock()
        self._resolved = False

    # --- the server ------------------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def models(self) -> list[dict[str, Any]]:
        data = request_json(
            "GET", self.url + "/models", headers=self._headers(), timeout=self.timeout, retry=self.retry
        )
        items = data.get("data") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise EngineError(
                QT_TRANSLATE_NOOP("Errors", "The server at {host} does not answer like an OpenAI-compatible server."),
                code="engine-bad-answer",
                host=host_label(self.url),
            )
        return [m for m in items if isinstance(m, dict) and m.get("id")]

    def resolve(self) -> str:
        """The model to use: the configured one if the server has it, else the server's first."""
        with self._lock:
            if self._resolved:
                return self.model
            served = self.models()
            ids = [str(m["id"]) for m in served]
            if not ids:
                raise EngineError(
                    QT_TRANSLATE_NOOP("Errors", "The server at {host} serves no model."),
                    code="engine-no-model",
                    host=host_label(self.url),
                )
            if self.model and self.model not in ids:
                raise EngineError(
                    QT_TRANSLATE_NOOP("Errors", "The server at {host} has no model {model}; it serves {served}."),
                    code="engine-no-model",
                    host=host_label(self.url),
                    model=self.model,
                    served=", ".join(ids[:5]),
                )
            chosen = next(m for m in served if str(m["id"]) == (self.model or ids[0]))
            self.model = str(chosen["id"])
            self._version = str(chosen.get("created", ""))
            self._resolved = True
            return self.model

    def describe(self) -> EngineInfo:
        return EngineInfo(self.model or "LLM", "llm", self.where, self.model, self._version, self.url)

    def prepare(self) -> None:
        self.resolve()

    def check(self) -> dict[str, Any]:
        self.resolve()
        return {**self.describe().to_json(), "url": self.url, "models": [str(m["id"]) for m in self.models()]}

    # --- translating -----------------------------------------------------------------------------------
    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        *,
        glossary: Sequence[GlossaryTerm] = (),
        on_sentence: SentenceFn | None = None,
    ) -> EngineOutput:
        count = len(sentences)
        if not count:
            return EngineOutput([])
        self.resolve()
        best = fmt.Answer()
        for _ in range(2):  # an unreadable answer is asked again once
            chat = fmt.messages(sentences, source, target, glossary)
            content = self._chat(chat, count, on_sentence, schema=True)
            answer = fmt.parse_json_answer(content, count)
            if answer.complete(count):
                return EngineOutput([answer.texts[i] for i in range(1, count + 1)], answer.senses)
            if len(answer.texts) > len(best.texts):
                best = answer
        content = self._chat(fmt.messages(sentences, source, target, glossary, plain=True), count, None, schema=False)
        texts = {**best.texts, **{n: t for n, t in fmt.parse_numbered_lines(content).items() if t.strip()}}
        out: list[str | None] = [texts.get(i) or None for i in range(1, count + 1)]
        if on_sentence:
            for i, text in enumerate(out):
                if text is not None:
                    on_sentence(i, text)
        hint = fmt.HINT_MISSING if None in out else fmt.HINT_PLAIN
        return EngineOutput(out, best.senses if best.valid else [], hint)

    def _body(self, chat: list[dict[str, str]], count: int, schema: bool) -> dict[str, Any]:
        size = sum(len(m["content"]) for m in chat)
        body: dict[str, Any] = {
            "model": self.model,
            "messages": chat,
            "temperature": 0,
            "stream": True,
            "max_tokens": self.max_tokens or min(256 + 4 * size + 64 * count, 8192),
        }
        style = self.schema_styles[0] if schema and self.schema_styles else ""
        if style:
            body["response_format"] = fmt.response_format(count, style)
        return body

    @property
    def use_schema(self) -> bool:
        return bool(self.schema_styles)

    def _chat(self, chat: list[dict[str, str]], count: int, on_sentence: SentenceFn | None, *, schema: bool) -> str:
        """The streamed answer's text; complete items are passed on as they arrive."""
        url = self.url + "/chat/completions"
        while True:
            try:
                response = open_url(
                    "POST",
                    url,
                    self._body(chat, count, schema),
                    headers=self._headers(),
                    timeout=self.timeout,
                    retry=self.retry,
                )
                break
            except EngineError as exc:
                rejected = exc.fields.get("status") in (400, 422, 500) and "response_format" in str(exc)
                if not (schema and self.schema_styles and rejected):
                    raise
                self.schema_styles.pop(0)  # this server does not take that form of the schema: try the next
        parts: list[str] = []
        shown: set[int] = set()
        for payload in sse_lines(response, url, self.timeout):
            try:
                event = json.loads(payload)
                delta = event["choices"][0].get("delta") or {}
            except (ValueError, KeyError, IndexError, TypeError, AttributeError):
                continue  # keep-alives and odd events carry no text
            piece = delta.get("content") if isinstance(delta, dict) else None
            if not isinstance(piece, str) or not piece:
                continue
            parts.append(piece)
            if on_sentence and ('"}' in piece or "}" in piece):
                for number, text in fmt.streamed_items("".join(parts)):
                    if 1 <= number <= count and number not in shown and text.strip():
                        shown.add(number)
                        on_sentence(number - 1, text)
        return "".join(parts)
