"""The engine preferences: saved without keys, validated, old files unchanged, and the context's translator follows."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from app.core.engines.base import NotConfirmed
from app.data import settings as settings_file
from app.data.paths import AppPaths
from app.data.settings import Settings
from app.services.context import AppContext
from app.services.settings_store import SettingsStore


def test_an_old_settings_file_loads_unchanged_with_argos_on_this_computer(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    old = {"version": 2, "ui_language": "zh_CN", "pinyin_style": "numbers", "reader_font_size": 30}
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = settings_file.load(path)
    assert loaded.problem is None
    s = loaded.settings
    assert (s.ui_language, s.pinyin_style, s.reader_font_size) == ("zh_CN", "numbers", 30)
    assert (s.engine_kind, s.engine_url, s.engine_model, s.confirmed_hosts, s.allow_unencrypted_lan) == (
        "argos",
        "",
        "",
        [],
        False,
    )


def test_engine_settings_round_trip_without_any_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(path)
    store.update(
        engine_kind="libretranslate",
        engine_url=" https://school.example:5000 ",
        confirmed_hosts=["school.example:5000", "school.example:5000", " "],
        allow_unencrypted_lan=True,
    )
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["engine_kind"] == "libretranslate" and saved["engine_url"] == "https://school.example:5000"
    assert saved["confirmed_hosts"] == ["school.example:5000"] and saved["allow_unencrypted_lan"] is True
    assert not [k for k in saved if "key" in k.lower()]  # API keys live in the keyring, never in this file
    again = settings_file.load(path).settings
    assert (again.engine_kind, again.engine_url, again.confirmed_hosts) == (
        "libretranslate",
        "https://school.example:5000",
        ["school.example:5000"],
    )


def test_bad_engine_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = {"engine_kind": "deepl", "engine_url": "ftp://x", "confirmed_hosts": "school", "api_key": "leaked"}
    path.write_text(json.dumps(raw), encoding="utf-8")
    s = settings_file.load(path).settings
    assert (s.engine_kind, s.engine_url, s.confirmed_hosts) == ("argos", "", [])
    assert "api_key" not in json.dumps(s.__dict__)
    assert Settings(confirmed_hosts=[3, "a"]).validated().confirmed_hosts == ["a"]  # type: ignore[list-item]


@pytest.fixture
def ctx(paths: AppPaths) -> Any:
    context = AppContext(paths)
    yield context
    context.close()


def test_the_translator_follows_the_engine_settings(ctx: AppContext) -> None:
    translator = ctx.translator
    assert translator.describe().to_json() == {"name": "Argos", "kind": "argos", "where": "this-computer"}
    ctx.settings.update(engine_kind="llm", engine_url="http://127.0.0.1:11434/v1", engine_model="qwen2.5:3b")
    assert ctx.translator is translator  # the same service (its Argos models stay loaded), a new engine
    assert translator.describe().to_json() == {"name": "qwen2.5:3b", "kind": "llm", "where": "this-computer"}
    ctx.settings.update(engine_kind="argos")
    assert translator.describe().kind == "argos"


def test_an_unconfirmed_host_in_the_settings_refuses_before_any_socket(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Any] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: opened.append(address))
    ctx.settings.update(engine_kind="libretranslate", engine_url="https://10.255.255.1:5000")
    translator = ctx.translator  # made without complaint: the refusal comes when text would be sent
    assert translator.describe().where == "10.255.255.1:5000"
    with pytest.raises(NotConfirmed) as refused:
        translator.translate("Hello.")
    assert refused.value.fields["host"] == "10.255.255.1:5000"
    with pytest.raises(NotConfirmed):
        translator.check()
    assert opened == []
    ctx.settings.update(confirmed_hosts=["10.255.255.1:5000"])
    assert type(translator.backend).__name__ == "LibreTranslateEngine"  # confirmed: the real engine is made
