"""The LLM engine against a real llama.cpp server (llama-cpp-python) running a tiny random-weight model, offline.

The model (`tests/fixtures/tiny_gguf.py`) says nonsense, so these tests check the request the app sends (streamed,
temperature 0, a JSON schema the server accepts, the glossary meanings of the post's slang in the prompt) and that
whatever comes back ends as one shown sentence per input sentence, never a lost one. A recording proxy between the
engine and the server keeps the requests as the server received them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.engines import llm_format as fmt
from app.services.engines.llm import LlmEngine
from app.services.translate import TranslationService
from tests.fixtures.servers import RecordingProxy, Server, llama_server
from tests.fixtures.tiny_gguf import write

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("llama")
    model = write(folder / "tiny.gguf")
    with llama_server(model, folder / "server.log") as running:
        yield running


def test_the_server_loads_the_tiny_model_and_is_found(server: Server) -> None:
    engine = LlmEngine(server.url + "/v1")
    report = engine.check()
    assert report["models"] == ["tiny-test"] and report["kind"] == "llm" and report["where"] == "this-computer"
    assert engine.describe().model == "tiny-test"


def test_a_grounded_streamed_request_and_whatever_comes_back(server: Server, slang_index, words) -> None:
    post = "家人们，这家店yyds！太爱了。"
    with RecordingProxy(server.url) as proxy:
        engine = LlmEngine(proxy.url + "/v1", max_tokens=200)
        service = TranslationService(lambda s, t: None, slang_index, words, engine=engine)
        arrived: list[str] = []
        result = service.translate(post, on_sentences=lambda rows: arrived.extend(r.tgt for r in rows))
    chats = [s.body for s in proxy.seen if s.path == "/v1/chat/completions"]
    first = chats[0]
    assert first["stream"] is True and first["temperature"] == 0 and first["model"] == "tiny-test"
    assert first["response_format"]["type"] == "json_schema"  # OpenAI's form first ...
    accepted = next(body for body, status in zip(chats, proxy.statuses[-len(chats) :], strict=True) if status == 200)
    assert accepted["response_format"]["type"] == "json_object"  # ... llama-cpp-python takes its own form
    assert accepted["response_format"]["schema"]["properties"]["translations"]["maxItems"] == 2
    system = accepted["messages"][0]["content"]
    for entry_id in ("zh-yyds", "zh-jiarenmen"):
        entry = slang_index.entry(entry_id)
        assert entry.meaning_en in system  # the glossary's meaning of each slang term in the post
    assert accepted["messages"][1]["content"] == "1. 家人们，这家店yyds！\n2. 太爱了。"
    # Whatever the random model said: two sentences shown, in order, none empty, and Copy has them all.
    assert [s.src for s in result.sentences] == ["家人们，这家店yyds！", "太爱了。"]
    assert all(s.tgt.strip() for s in result.sentences) and arrived == [s.tgt for s in result.sentences]
    assert all(s.tgt in result.target for s in result.sentences)
    assert result.hint in ("", fmt.HINT_PLAIN, fmt.HINT_MISSING)
    if result.hint:
        assert any(s.flags for s in result.sentences) or result.hint == fmt.HINT_PLAIN
