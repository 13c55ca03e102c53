"""`jiaoliu engines list|test` and the engine options of `jiaoliu translate`: choices, saved settings, refusals.

Everything here stays on this computer: a remote host is refused before any socket is opened (pytest-socket only
allows loopback addresses, so a connection attempt would fail the test)."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest

from app.data.paths import AppPaths, app_paths
from app.services.settings_store import SettingsStore
from tests.unit.cli.test_cli import call


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    opened: list[Any] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: opened.append(address))
    return opened


def saved(**values: Any) -> None:
    """What Preferences would have saved, in the test's data folder."""
    paths = app_paths()
    paths.data.mkdir(parents=True, exist_ok=True)
    SettingsStore(paths.settings).update(**values)


def test_engines_list_shows_each_engine_and_where_text_goes(paths: AppPaths) -> None:
    status, out, err = call("engines", "list")
    assert status == 0, err
    assert out.splitlines() == [
        "* argos\tArgos\tthis-computer\t-",
        "  libretranslate\tLibreTranslate\tthis-computer\thttp://127.0.0.1:5000",
        "  llm\tLLM\tthis-computer\thttp://127.0.0.1:11434/v1",
    ]
    saved(engine_kind="libretranslate", engine_url="https://school.example:5000")
    status, out, _ = call("engines", "list", "--json")
    rows = json.loads(out)
    assert [r["selected"] for r in rows] == [False, True, False]
    assert rows[1] == {
        "name": "LibreTranslate",
        "kind": "libretranslate",
        "where": "school.example:5000",
        "url": "https://school.example:5000",
        "selected": True,
    }


def test_a_remote_url_is_refused_in_one_line_naming_the_host(paths: AppPaths, no_sockets: list[Any]) -> None:
    status, out, err = call("translate", "--engine", "libretranslate", "--url", "https://10.255.255.1:5000", "Hi.")
    assert status == 1 and out == ""
    assert err.strip().splitlines() == [
        "jiaoliu: refused: your text would be sent to 10.255.255.1:5000, which you have not confirmed; "
        "confirm it in the app or add --confirm-host 10.255.255.1:5000"
    ]
    status, _, err = call("engines", "test", "--engine", "llm", "--url", "https://llm.example/v1")
    assert status == 1 and "--confirm-host llm.example" in err
    assert no_sockets == []


def test_saved_settings_are_used_and_refused_the_same_way(paths: AppPaths, no_sockets: list[Any]) -> None:
    saved(engine_kind="llm", engine_url="https://10.255.255.1/v1", engine_model="qwen2.5:3b")
    status, _, err = call("translate", "Hello.")
    assert status == 1 and "sent to 10.255.255.1, which you have not confirmed" in err
    assert no_sockets == []


def test_confirmed_over_plain_http_needs_the_lan_option(paths: AppPaths, no_sockets: list[Any]) -> None:
    args = ["translate", "--url", "http://10.255.255.1:5000", "--confirm-host", "10.255.255.1:5000", "Hi."]
    status, _, err = call(*args)
    assert status == 1 and len(err.strip().splitlines()) == 1
    assert "unencrypted" in err and "--allow-unencrypted-lan" in err
    assert no_sockets == []


def test_a_missing_api_key_variable_is_one_line(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JIAOLIU_TEST_NO_KEY", raising=False)
    status, _, err = call("translate", "--engine", "libretranslate", "--api-key-env", "JIAOLIU_TEST_NO_KEY", "Hi")
    assert status == 1 and err.strip() == (
        "jiaoliu: the environment variable JIAOLIU_TEST_NO_KEY is not set (--api-key-env)"
    )


def test_engines_test_for_argos_says_what_is_installed(paths: AppPaths) -> None:
    status, out, _ = call("engines", "test")
    assert status == 1  # no English↔Chinese model installed: nothing to translate with
    assert out.splitlines() == ["Argos (argos) on this computer", "  translates: not English↔Chinese"]


def test_a_stopped_local_server_is_one_clear_line(paths: AppPaths) -> None:
    from tests.fixtures.servers import free_port

    url = f"http://127.0.0.1:{free_port()}"
    status, _, err = call("engines", "test", "--engine", "libretranslate", "--url", url)
    assert status == 1 and len(err.strip().splitlines()) == 1 and "this computer" in err
