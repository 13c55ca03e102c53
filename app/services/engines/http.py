"""HTTP for the server engines with the standard library: timeouts, bounded back-off on 429, one message per failure.

Proxies from the environment are ignored on purpose: the text goes exactly to the host the user confirmed."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.core.engines.base import EngineError, where_of
from app.core.errors import QT_TRANSLATE_NOOP

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass(frozen=True)
class Retry:
    """How long to wait for a busy (429) server: a few tries, never more than `max_wait` seconds in all."""

    tries: int = 4
    first: float = 1.0
    max_wait: float = 20.0


def host_label(url: str) -> str:
    """The host as messages name it: "this computer" for a loopback server."""
    where = where_of(url)
    return "this computer" if where == "this-computer" else where


def _fail(url: str, exc: BaseException, timeout: float) -> EngineError:
    host = host_label(url)
    if isinstance(exc, urllib.error.HTTPError):
        if exc.code in (401, 403):
            return EngineError(
                QT_TRANSLATE_NOOP("Errors", "The server at {host} refused the request: check the API key."),
                code="engine-auth",
                host=host,
            )
        if exc.code == 429:
            return EngineError(
                QT_TRANSLATE_NOOP("Errors", "The server at {host} is busy (too many requests); try again later."),
                code="engine-busy",
                host=host,
            )
        if exc.code == 404:
            return EngineError(
                QT_TRANSLATE_NOOP("Errors", "The server at {host} has no {path}: check the address."),
                code="engine-not-found",
                host=host,
                path=urllib.parse.urlsplit(url).path,
            )
        return EngineError(
            QT_TRANSLATE_NOOP("Errors", "The server at {host} failed (HTTP {status}): {detail}"),
            code="engine-http",
            host=host,
            status=exc.code,
            detail=_detail(exc),
        )
    if isinstance(exc, TimeoutError | socket.timeout) or "timed out" in str(exc):
        return EngineError(
            QT_TRANSLATE_NOOP("Errors", "The server at {host} did not answer within {seconds} seconds."),
            code="engine-timeout",
            host=host,
            seconds=round(timeout),
        )
    return EngineError(
        QT_TRANSLATE_NOOP("Errors", "Could not reach the server at {host}: is it running? ({detail})"),
        code="engine-unreachable",
        host=host,
        detail=str(getattr(exc, "reason", exc)),
    )


def _detail(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(2000).decode("utf-8", "replace")
    except OSError:
        return exc.reason or ""
    try:
        data = json.loads(body)
        if isinstance(data, dict):
            error = data.get("error", body)
            return str(error.get("message", error) if isinstance(error, dict) else error)[:300]
    except ValueError:
        pass
    return body.strip()[:300] or str(exc.reason)


def _retry_after(exc: urllib.error.HTTPError, default: float) -> float:
    try:
        return max(0.0, float(exc.headers.get("Retry-After", default)))
    except (TypeError, ValueError):
        return default


def open_url(
    method: str,
    url: str,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    timeout: float = 30.0,
    retry: Retry | None = None,
) -> Any:
    """The open response (the caller reads or streams it); JSON `body` is sent as JSON. Waits out 429s."""
    retry = retry or Retry()
    data = json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else None
    all_headers = {"Accept": "application/json", **(headers or {})}
    if data is not None:
        all_headers["Content-Type"] = "application/json"
    waited, wait = 0.0, retry.first
    for attempt in range(retry.tries):
        request = urllib.request.Request(url, data=data, headers=all_headers, method=method)
        try:
            return _OPENER.open(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            if exc.code != 429 or attempt == retry.tries - 1:
                raise _fail(url, exc, timeout) from exc
            pause = min(_retry_after(exc, wait), retry.max_wait - waited)
            if pause <= 0 and waited >= retry.max_wait:
                raise _fail(url, exc, timeout) from exc
            time.sleep(max(pause, 0.0))
            waited, wait = waited + max(pause, 0.0), wait * 2
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise _fail(url, exc, timeout) from exc
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def read_json(response: Any, url: str, timeout: float) -> Any:
    try:
        with response:
            raw = response.read()
    except (OSError, ValueError) as exc:
        raise _fail(url, exc, timeout) from exc
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise EngineError(
            QT_TRANSLATE_NOOP("Errors", "The server at {host} sent an answer that is not JSON."),
            code="engine-bad-answer",
            host=host_label(url),
        ) from exc


def request_json(method: str, url: str, body: Any = None, **options: Any) -> Any:
    timeout = float(options.get("timeout", 30.0))
    return read_json(open_url(method, url, body, **options), url, timeout)


def sse_lines(response: Any, url: str, timeout: float) -> Iterator[str]:
    """The `data:` payloads of a server-sent-event stream, until `[DONE]` or the end."""
    try:
        with response:
            for raw in response:
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data:"):
                    continue
                payload = line[5:].strip()
                if payload == "[DONE]":
                    return
                yield payload
    except (OSError, ValueError) as exc:
        raise _fail(url, exc, timeout) from exc
