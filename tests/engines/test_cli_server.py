"""`jiaoliu translate --engine libretranslate` and `jiaoliu engines test` against the real LibreTranslate server.

The server is the one of `tests/engines/test_libretranslate_server.py` (its own virtual environment, the tiny Argos
packages, on 127.0.0.1); the commands run as a user runs them, in a separate process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.data.paths import AppPaths
from app.services.settings_store import SettingsStore
from tests.fixtures.servers import Server, libretranslate
from tests.unit.cli.test_cli import run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tiny_packages: dict[tuple[str, str], Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with libretranslate(tmp_path_factory.mktemp("lt-cli"), tiny_packages) as running:
        yield running


def test_translate_through_the_server_with_the_engine_in_json(server: Server, glossary_paths: AppPaths) -> None:
    result = run(["translate", "--engine", "libretranslate", "--url", server.url, "--json", "Hello."], glossary_paths)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["engine"] == {"name": "LibreTranslate", "kind": "libretranslate", "where": "this-computer"}
    assert data["direction"] == "en-zh" and data["target"].rstrip("。.") == "你好"
    lines = run(["translate", "--engine", "libretranslate", "--url", server.url, "--jsonl"], glossary_paths, "谢谢。\n")
    assert json.loads(lines.stdout)["tgt"].rstrip("。.") == "Thank you"  # LT copies the source's stop


def test_the_saved_engine_is_used_without_options(server: Server, glossary_paths: AppPaths) -> None:
    SettingsStore(glossary_paths.settings).update(engine_kind="libretranslate", engine_url=server.url)
    result = run(["translate", "I love cats."], glossary_paths)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].rstrip("。.") == "我爱猫"
    assert "sent to" not in result.stderr  # a server on this computer: nothing left it
    listed = run(["engines", "list"], glossary_paths).stdout.splitlines()
    assert listed[1] == f"* libretranslate\tLibreTranslate\tthis-computer\t{server.url}"


def test_engines_test_says_what_the_server_serves(server: Server, glossary_paths: AppPaths) -> None:
    result = run(["engines", "test", "--engine", "libretranslate", "--url", server.url], glossary_paths)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"LibreTranslate (libretranslate) on this computer at {server.url}",
        "  translates: en→zh, zh→en",
        "  languages: en, zh-Hans",
    ]
    as_json = json.loads(run(["engines", "test", "--url", server.url, "--json"], glossary_paths).stdout)
    assert as_json["pairs"] == ["en→zh", "zh→en"] and as_json["kind"] == "libretranslate"
