"""The LibreTranslate engine against a real LibreTranslate 1.9 server on 127.0.0.1, fully offline.

The server runs from its own virtual environment (it pins Flask 2.2 and numpy<2) with the tiny Argos packages of
`tests/fixtures/tiny_argos.py` installed for both directions, so it never fetches the package index. MiniSBD, its
sentence splitter, would download an ONNX model on first use: `tests/fixtures/servers.py` replaces only that
splitter with a punctuation shim (a tiny ONNX model of stanza's tokenizer network would have to re-implement
stanza's feature pipeline to be accepted). Everything else is the real server: its API, Flask-Limiter rate limits,
the API-key database and the CTranslate2 translation.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.engines.base import EngineError
from app.services.engines.factory import make_engine
from app.services.engines.http import Retry, request_json
from app.services.engines.libretranslate import LibreTranslateEngine
from app.services.translate import TranslationService
from tests.fixtures.servers import Server, libretranslate

pytestmark = pytest.mark.slow


def bare(texts: list[str | None] | list[str]) -> list[str]:
    """Without the final punctuation, which LibreTranslate sets to match the source's ("你好." for "Hello.")."""
    return [(t or "").rstrip("。.") for t in texts]


@pytest.fixture(scope="module")
def server(tiny_packages: dict[tuple[str, str], Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with libretranslate(tmp_path_factory.mktemp("lt"), tiny_packages) as running:
        yield running


def test_the_server_serves_both_directions(server: Server) -> None:
    engine = LibreTranslateEngine(server.url)
    report = engine.check()
    assert report["kind"] == "libretranslate" and report["where"] == "this-computer"
    assert report["pairs"] == ["en→zh", "zh→en"]


def test_a_post_goes_in_one_request_and_comes_back_per_sentence(server: Server, slang_index) -> None:
    engine = make_engine("libretranslate", server.url, api_key="")
    assert engine is not None
    out = engine.translate(["Hello.", "I love cats.", "See you tomorrow."], "en", "zh")
    assert bare(out.sentences) == ["你好", "我爱猫", "明天见"]
    back = engine.translate(["谢谢。", "早上好。"], "zh", "en")
    assert bare(back.sentences) == ["Thank you", "Good morning"]


def test_the_service_translates_through_the_server(server: Server, slang_index) -> None:
    service = TranslationService(lambda s, t: None, slang_index, None, engine=LibreTranslateEngine(server.url))
    seen: list[str] = []
    result = service.translate("Hello. I love cats.", on_sentences=lambda rows: seen.extend(r.tgt for r in rows))
    assert bare(seen) == ["你好", "我爱猫"] and result.target.startswith("你好") and "我爱猫" in result.target
    assert result.engine == "libretranslate" and result.to_json()["engine"] == {
        "name": "LibreTranslate",
        "kind": "libretranslate",
        "where": "this-computer",
    }


def test_rate_limit_is_waited_out_then_reported(tiny_packages, tmp_path: Path) -> None:
    with libretranslate(tmp_path, tiny_packages, "--req-limit", "2") as limited:
        url = limited.url
        engine = LibreTranslateEngine(url, retry=Retry(tries=3, first=0.3, max_wait=1.0))
        for _ in range(2):  # the minute's two /translate requests
            assert bare(engine.translate(["Hello."], "en", "zh").sentences) == ["你好"]
        started = time.monotonic()
        with pytest.raises(EngineError) as caught:
            engine.translate(["Hello."], "en", "zh")
        assert caught.value.code == "engine-busy" and "busy" in str(caught.value)
        assert time.monotonic() - started >= 0.6  # it backed off (0.3 s, then 0.6 s capped at 1 s in all) first
        with pytest.raises(EngineError) as raw:
            request_json("POST", url + "/translate", {"q": "Hello.", "source": "en", "target": "zh"}, retry=Retry(1))
        assert raw.value.code == "engine-busy"


def test_api_keys(tiny_packages, tmp_path: Path) -> None:
    keys = {"class-key-123": 100}
    with libretranslate(tmp_path, tiny_packages, "--require-api-key-origin", "^nowhere$", keys=keys) as guarded:
        good = LibreTranslateEngine(guarded.url, "class-key-123")
        assert bare(good.translate(["Good night."], "en", "zh").sentences) == ["晚安"]
        with pytest.raises(EngineError) as wrong:
            LibreTranslateEngine(guarded.url, "not-a-key").translate(["Good night."], "en", "zh")
        assert wrong.value.code == "engine-auth" and "API key" in str(wrong.value)
        with pytest.raises(EngineError) as missing:
            LibreTranslateEngine(guarded.url).translate(["Good night."], "en", "zh")
        assert "API key" in str(missing.value) or missing.value.code == "engine-auth"


def test_a_stopped_server_is_one_clear_message(tmp_path: Path) -> None:
    from tests.fixtures.servers import free_port

    engine = LibreTranslateEngine(f"http://127.0.0.1:{free_port()}", timeout=2)
    with pytest.raises(EngineError) as caught:
        engine.translate(["Hello."], "en", "zh")
    assert caught.value.code == "engine-unreachable" and "this computer" in str(caught.value)
