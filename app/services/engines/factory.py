"""Engines from plain settings values, for the CLI (`--engine`, `engines list|test`) and the GUI's Preferences.

Nothing here connects: an engine talks to its server on first use (`prepare()`, `translate()`, `check()`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.engines.base import KINDS, THIS_COMPUTER, Engine, EngineError, EngineInfo, where_of
from app.core.errors import QT_TRANSLATE_NOOP
from app.services.engines import secrets

DEFAULT_URLS = {"libretranslate": "http://127.0.0.1:5000", "llm": "http://127.0.0.1:11434/v1"}  # LT, Ollama
KeyLookup = Callable[[str], str]


@dataclass(frozen=True)
class EngineSettings:
    """What Preferences (or the command line) say about the engine; plain values only."""

    kind: str = "argos"
    url: str = ""
    model: str = ""
    confirmed_hosts: tuple[str, ...] = ()
    allow_unencrypted_lan: bool = False
    timeout: float = 0.0  # 0: the engine's own default


def make_engine(
    kind: str = "argos",
    url: str = "",
    model: str = "",
    api_key: str | None = None,
    *,
    confirmed_hosts: Sequence[str] = (),
    allow_unencrypted_lan: bool = False,
    timeout: float = 0.0,
    key_lookup: KeyLookup = secrets.get_api_key,
) -> Engine | None:
    """The engine for these values; None for Argos (the service's own default, on this computer).

    `api_key` None: the key saved in the keyring for the URL, if any. A host other than this computer must be in
    `confirmed_hosts` (and use https unless `allow_unencrypted_lan`), else EngineError names the host."""
    if kind not in KINDS:
        raise EngineError(
            QT_TRANSLATE_NOOP("Errors", "Unknown translation engine {kind}; use one of {kinds}."),
            code="engine-unknown",
            kind=kind,
            kinds=", ".join(KINDS),
        )
    if kind == "argos":
        return None
    url = url.strip() or DEFAULT_URLS[kind]
    key = api_key if api_key is not None else key_lookup(url)
    options: dict[str, Any] = {
        "confirmed_hosts": tuple(confirmed_hosts),
        "allow_unencrypted_lan": allow_unencrypted_lan,
    }
    if timeout:
        options["timeout"] = timeout
    if kind == "libretranslate":
        from app.services.engines.libretranslate import LibreTranslateEngine

        return LibreTranslateEngine(url, key, **options)
    from app.services.engines.llm import LlmEngine

    return LlmEngine(url, model, key, **options)


def engines_from_settings(settings: EngineSettings, api_key: str | None = None) -> Engine | None:
    return make_engine(
        settings.kind,
        settings.url,
        settings.model,
        api_key,
        confirmed_hosts=settings.confirmed_hosts,
        allow_unencrypted_lan=settings.allow_unencrypted_lan,
        timeout=settings.timeout,
    )


def describe_settings(kind: str, url: str = "", model: str = "") -> EngineInfo:
    """Name, kind and where for a selector, without connecting or checking the privacy rules."""
    if kind == "argos" or kind not in KINDS:
        return EngineInfo("Argos", "argos", THIS_COMPUTER)
    url = url.strip() or DEFAULT_URLS[kind]
    try:
        where = where_of(url)
    except EngineError:
        where = url
    name = "LibreTranslate" if kind == "libretranslate" else (model or "LLM")
    return EngineInfo(name, kind, where, model, url=url)


def list_engines(settings: EngineSettings | None = None) -> list[dict[str, str]]:
    """Every kind with its name, where it sends text and its URL (the configured one for the configured kind)."""
    settings = settings or EngineSettings()
    rows = []
    for kind in KINDS:
        mine = kind == settings.kind
        info = describe_settings(kind, settings.url if mine else "", settings.model if mine else "")
        rows.append({**info.to_json(), "url": info.url, "selected": "yes" if mine else ""})
    return rows
