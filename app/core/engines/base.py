"""The one engine interface (Argos, a LibreTranslate server, an OpenAI-compatible LLM server) and privacy rules."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from app.core.errors import QT_TRANSLATE_NOOP, UserError

KINDS = ("argos", "libretranslate", "llm")
THIS_COMPUTER = "this-computer"
SentenceFn = Callable[[int, str], None]  # (index in the request, translated text) as each sentence arrives


class EngineError(UserError):
    """An engine could not translate; the message says why in one sentence (and names the host)."""


class NotConfirmed(EngineError):
    """Text would leave this computer for a host the user has not confirmed."""


@dataclass(frozen=True, slots=True)
class EngineInfo:
    name: str  # what the user sees: "Argos (offline)", "LibreTranslate", "qwen2.5:3b"
    kind: str  # one of KINDS
    where: str  # THIS_COMPUTER, or the host:port the text is sent to
    model: str = ""  # the model or server build, part of the cache key
    version: str = ""
    url: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "kind": self.kind, "where": self.where}

    @property
    def cache_id(self) -> str:
        """What decides the output: the engine kind, where it runs, its model and version."""
        return "|".join((self.kind, self.url, self.model, self.version))


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """A slang term found in the post, with its glossary meaning (and a tutor's forced translation)."""

    term: str
    meaning: str
    forced: str = ""  # a tutor's deck says: translate it as exactly this


@dataclass
class SlangSense:
    """An LLM's reading of one slang term in this post."""

    term: str
    sense: str
    explanation: str


@dataclass
class EngineOutput:
    """One result per input sentence (None: the engine gave nothing usable for it), plus what came with them."""

    sentences: list[str | None]
    senses: list[SlangSense] = field(default_factory=list)
    hint: str = ""  # e.g. the explanations could not be read, so this is a plain translation


@runtime_checkable
class Engine(Protocol):
    """Anything that turns sentences in `source` into sentences in `target`, one result per sentence."""

    grounded: bool  # True: takes the post's glossary terms in its prompt (the service does not substitute them)

    def describe(self) -> EngineInfo: ...

    def prepare(self) -> None:
        """Connect and learn the model (cheap after the first call); raises EngineError when it cannot be used."""
        ...

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        *,
        glossary: Sequence[GlossaryTerm] = (),
        on_sentence: SentenceFn | None = None,
    ) -> EngineOutput: ...

    def check(self) -> dict[str, Any]:
        """Ask the engine what it serves (`jiaoliu engines test`); raises EngineError when it cannot be used."""
        ...


# --- where text goes ----------------------------------------------------------------------------------------


def host_of(url: str) -> tuple[str, int | None, str]:
    """(host, port, scheme) of a base URL as users copy it ("localhost:5000" is taken as http)."""
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError as exc:
        raise EngineError(QT_TRANSLATE_NOOP("Errors", "The address {url} is not a valid URL."), url=url) from exc
    if not parts.hostname or parts.scheme not in ("http", "https"):
        raise EngineError(QT_TRANSLATE_NOOP("Errors", "The address {url} is not a valid URL."), url=url)
    return parts.hostname, port, parts.scheme


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def where_of(url: str) -> str:
    """THIS_COMPUTER for a loopback server, else the host (and port) the text is sent to."""
    host, port, _ = host_of(url)
    if is_loopback(host):
        return THIS_COMPUTER
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port else shown


def check_privacy(url: str, confirmed_hosts: Sequence[str] = (), allow_unencrypted_lan: bool = False) -> str:
    """`where` for the URL, or EngineError when text must not go there yet.

    A server on this computer is always fine. Any other host must be confirmed by the user first (by its
    `where`, e.g. "school.example:5000", or its bare host name), and plain http to it is refused unless the
    user allowed unencrypted traffic on the local network."""
    where = where_of(url)
    if where == THIS_COMPUTER:
        return where
    host, _, scheme = host_of(url)
    if where not in confirmed_hosts and host not in confirmed_hosts:
        raise NotConfirmed(
            QT_TRANSLATE_NOOP(
                "Errors", "Your text would be sent to {host}. Confirm this server in Preferences before using it."
            ),
            host=where,
        )
    if scheme == "http" and not allow_unencrypted_lan:
        raise EngineError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{host} is reached over plain http, so your text would travel unencrypted. Use https, or allow "
                "unencrypted connections on your local network in Preferences.",
            ),
            host=where,
        )
    return where
