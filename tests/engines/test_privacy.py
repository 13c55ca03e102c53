"""Where text goes: this computer by default, nowhere else without the user's confirmation, API keys in the keyring."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from app.core.engines.base import EngineError, NotConfirmed, check_privacy, where_of
from app.services.engines import secrets
from app.services.engines.factory import describe_settings, list_engines, make_engine
from app.services.translate import TranslationService
from tests.fixtures.servers import Reply, ScriptedServer


@pytest.mark.parametrize(
    ("url", "where"),
    [
        ("http://127.0.0.1:5000", "this-computer"),
        ("http://127.8.9.10:11434/v1", "this-computer"),
        ("http://localhost:1234/v1", "this-computer"),
        ("http://[::1]:8080/v1", "this-computer"),
        ("localhost:5000", "this-computer"),
        ("https://school.example:5000", "school.example:5000"),
        ("http://192.168.1.20:11434/v1", "192.168.1.20:11434"),
        ("https://translate.example", "translate.example"),
        ("http://[fe80::1]:5000", "[fe80::1]:5000"),
    ],
)
def test_where_is_computed_from_the_url(url: str, where: str) -> None:
    assert where_of(url) == where


def test_a_remote_host_needs_confirmation_and_https() -> None:
    with pytest.raises(NotConfirmed) as refused:
        make_engine("libretranslate", "https://school.example:5000", api_key="")
    assert "school.example:5000" in str(refused.value) and refused.value.fields["host"] == "school.example:5000"
    engine = make_engine(
        "libretranslate", "https://school.example:5000", api_key="", confirmed_hosts=["school.example"]
    )
    assert engine is not None and engine.describe().where == "school.example:5000"
    with pytest.raises(EngineError, match="unencrypted"):
        check_privacy("http://192.168.1.20:11434/v1", ["192.168.1.20:11434"])
    assert check_privacy("http://192.168.1.20:11434/v1", ["192.168.1.20"], allow_unencrypted_lan=True) == (
        "192.168.1.20:11434"
    )
    with pytest.raises(EngineError, match="not a valid URL"):
        where_of("ftp://example.com")


def test_refused_before_any_socket_is_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Any] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: opened.append(address))
    with pytest.raises(NotConfirmed):
        make_engine("llm", "https://llm.example/v1", api_key="")
    assert opened == []


class Recorder:
    def __init__(self) -> None:
        self.addresses: list[Any] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_connect = socket.socket.connect
        real_create = socket.create_connection

        def connect(sock: socket.socket, address: Any) -> Any:
            self.addresses.append(address)
            return real_connect(sock, address)

        def create(address: Any, *args: Any, **kwargs: Any) -> Any:
            self.addresses.append(address)
            return real_create(address, *args, **kwargs)

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket, "create_connection", create)


@pytest.mark.disable_socket
def test_the_default_configuration_opens_no_socket(extracted_packages, monkeypatch: pytest.MonkeyPatch) -> None:
    """Argos on this computer: translating opens no socket at all (pytest-socket would raise on any)."""
    recorder = Recorder()
    recorder.install(monkeypatch)
    assert make_engine() is None  # the default: the service's own Argos
    service = TranslationService(lambda s, t: extracted_packages.get((s, t)))
    assert service.describe().to_json() == {"name": "Argos", "kind": "argos", "where": "this-computer"}
    result = service.translate("Hello. I love cats.")
    assert result.target == "你好。我爱猫。" and result.to_json()["engine"]["where"] == "this-computer"
    assert recorder.addresses == []


def test_a_loopback_engine_connects_only_to_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    with ScriptedServer(lambda m, p, b: Reply(body=[{"code": "en", "targets": ["zh"]}])) as server:
        recorder.install(monkeypatch)
        engine = make_engine("libretranslate", server.url, api_key="")
        assert engine is not None
        engine.prepare()
    assert recorder.addresses and all(address[0] in ("127.0.0.1", "::1") for address in recorder.addresses)


def test_engines_list_and_describe_without_connecting() -> None:
    rows = list_engines()
    assert [r["kind"] for r in rows] == ["argos", "libretranslate", "llm"]
    assert rows[0]["selected"] == "yes" and all(r["where"] == "this-computer" for r in rows)
    info = describe_settings("llm", "https://gpu.school.example/v1", "qwen2.5:7b")
    assert info.to_json() == {"name": "qwen2.5:7b", "kind": "llm", "where": "gpu.school.example"}
    with pytest.raises(EngineError, match="Unknown translation engine"):
        make_engine("deepl")


def test_api_keys_live_in_the_keyring(memory_keyring: Any, tmp_path: Path) -> None:
    url = "https://school.example:5000/"
    assert secrets.get_api_key(url) == ""
    secrets.set_api_key(url, "k-123")
    assert secrets.get_api_key("https://school.example:5000") == "k-123"
    assert memory_keyring.store == {(secrets.SERVICE, "https://school.example:5000"): "k-123"}
    engine = make_engine("libretranslate", url, confirmed_hosts=["school.example:5000"])
    assert getattr(engine, "api_key", None) == "k-123"  # taken from the keyring, never from a settings file
    secrets.delete_api_key(url)
    secrets.delete_api_key(url)  # twice is fine
    assert secrets.get_api_key(url) == ""
