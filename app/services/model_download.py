"""Downloading a model or the index: streamed, size-capped, cancellable, every failure one sentence."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from app.core.errors import QT_TRANSLATE_NOOP, UserError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
USER_AGENT = "Jiaoliu"


class ModelError(UserError):
    """A model operation failed; the message is one sentence for the user."""


class ModelCancelled(ModelError):
    """The user cancelled a download; nothing was installed."""


@dataclass(frozen=True)
class Limits:
    chunk_size: int
    timeout: float
    max_bytes: int


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def fetch(url: str, out: IO[bytes], progress: Progress | None, cancelled: Cancelled | None, limits: Limits) -> None:
    """Stream ``url`` into ``out``; network failures become one-sentence ModelErrors."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "Jiaoliu only downloads over http or https, not from {url}."), url=url
        )
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=limits.timeout) as response:
            _copy(response, out, _host(url), progress, cancelled, limits)
    except urllib.error.HTTPError as exc:
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "The server {host} answered “{status} {reason}” for {url}."),
            host=_host(url),
            status=exc.code,
            reason=exc.reason,
            url=url,
        ) from exc
    except urllib.error.URLError as exc:
        reason = getattr(exc.reason, "strerror", None) or exc.reason
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "Could not connect to {host} ({reason}); check the internet connection."),
            host=_host(url),
            reason=reason,
        ) from exc
    except TimeoutError as exc:
        raise ModelError(QT_TRANSLATE_NOOP("Errors", "The connection to {host} timed out."), host=_host(url)) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "The download from {host} failed ({detail})."), host=_host(url), detail=exc
        ) from exc


def _content_length(response: Any) -> int:
    try:
        return int(response.headers.get("Content-Length", -1))
    except ValueError:
        return -1


def _copy(
    response: Any, out: IO[bytes], host: str, progress: Progress | None, cancelled: Cancelled | None, limits: Limits
) -> None:
    """Chunked copy reporting (bytes done, total or -1) and checking ``cancelled`` after every chunk."""
    total = _content_length(response)
    done = 0
    if progress:
        progress(0, total)
    while chunk := response.read(limits.chunk_size):
        out.write(chunk)
        done += len(chunk)
        if done > limits.max_bytes:
            raise ModelError(
                QT_TRANSLATE_NOOP("Errors", "The download from {host} is larger than any model should be."), host=host
            )
        if progress:
            progress(done, total)
        if cancelled and cancelled():
            raise ModelCancelled(QT_TRANSLATE_NOOP("Errors", "The download was cancelled."))
    if total >= 0 and done != total:
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "The download from {host} was cut off ({done} of {total} bytes)."),
            host=host,
            done=done,
            total=total,
        )
