"""The LLM and LibreTranslate engines against a scripted loopback server: every failure path a real server can show."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from app.core.engines import llm_format as fmt
from app.core.engines.base import EngineError, GlossaryTerm
from app.services.engines.http import Retry
from app.services.engines.libretranslate import LibreTranslateEngine
from app.services.engines.llm import LlmEngine
from app.services.translate import TranslationService
from tests.fixtures.servers import Reply, ScriptedServer

pytestmark = pytest.mark.slow

MODELS = Reply(body={"object": "list", "data": [{"id": "qwen2.5:3b", "object": "model", "created": 7}]})


def answer(texts: list[str], slang: list[dict[str, str]] | None = None) -> str:
    items = [{"n": i, "text": t} for i, t in enumerate(texts, 1)]
    return json.dumps({"translations": items, "slang": slang or []}, ensure_ascii=False)


def chunks(text: str, size: int = 7) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def scripted(*chat: Reply) -> ScriptedServer:
    queue = list(chat)

    def route(method: str, path: str, body: Any) -> Reply:
        if path.endswith("/models"):
            return MODELS
        return queue.pop(0) if queue else Reply(500, {"error": "script ran out"})

    return ScriptedServer(route)


def chats(server: ScriptedServer) -> list[dict[str, Any]]:
    return [s.body for s in server.seen if s.path.endswith("/chat/completions")]


def test_grounded_streamed_request_and_answer(slang_index) -> None:
    good = answer(
        ["Family, this shop is the GOAT!", "Love it."],
        [{"term": "yyds", "sense": "the greatest of all time", "explanation": "Praise for something unbeatable."}],
    )
    with scripted(Reply(sse=chunks(good), delay=0.01)) as server:
        engine = LlmEngine(server.url + "/v1", api_key="sk-test")
        service = TranslationService(lambda s, t: None, slang_index, None, engine=engine)
        arrived: list[str] = []
        result = service.translate(
            "家人们，这家店yyds！太爱了。", on_sentences=lambda rows: arrived.extend(r.tgt for r in rows)
        )
        (body,) = chats(server)
        headers = next(s.headers for s in server.seen if s.path.endswith("/chat/completions"))
    assert body["stream"] is True and body["temperature"] == 0 and body["model"] == "qwen2.5:3b"
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"]["properties"]["translations"]["minItems"] == 2
    system = body["messages"][0]["content"]
    yyds = slang_index.entry("zh-yyds")
    assert f"- yyds: {yyds.meaning_en}" in system and "家人们" in system  # the glossary meanings of the post's slang
    assert body["messages"][1]["content"] == "1. 家人们，这家店yyds！\n2. 太爱了。"
    assert headers.get("Authorization") == "Bearer sk-test"
    assert arrived == ["Family, this shop is the GOAT!", "Love it."]
    assert result.engine == "llm" and result.to_json()["engine"]["where"] == "this-computer"
    note = next(n for n in result.slang if n["surface"] == "yyds")
    assert note["sense"] == "the greatest of all time" and note["meaning"] == yyds.meaning_en  # both shown


def test_invalid_json_is_retried_once() -> None:
    with scripted(Reply(sse=["{not json"]), Reply(sse=chunks(answer(["Hello."])))) as server:
        out = LlmEngine(server.url + "/v1").translate(["你好。"], "zh", "en")
        assert len(chats(server)) == 2
    assert out.sentences == ["Hello."] and not out.hint


def test_twice_invalid_falls_back_to_plain_numbered_lines_with_a_hint() -> None:
    with scripted(Reply(sse=["nonsense"]), Reply(sse=["still {"]), Reply(sse=["1. Hello.\n2. Thanks."])) as server:
        out = LlmEngine(server.url + "/v1").translate(["你好。", "谢谢。"], "zh", "en")
        plain = chats(server)[2]
    assert out.sentences == ["Hello.", "Thanks."] and out.hint == fmt.HINT_PLAIN
    assert "response_format" not in plain and "one line per sentence" in plain["messages"][0]["content"]


def test_wrong_item_count_keeps_what_came_and_marks_the_rest(words) -> None:
    short = answer(["Hello."])  # two sentences asked, one answered: three times
    with scripted(Reply(sse=[short]), Reply(sse=[short]), Reply(sse=["1. Hello."])) as server:
        service = TranslationService(lambda s, t: None, None, words, engine=LlmEngine(server.url + "/v1"))
        result = service.translate("你好。我们去银行。", use_cache=False)
    assert [s.tgt for s in result.sentences][0] == "Hello."
    kept = result.sentences[1]
    assert kept.flags == ["engine-failed"] and "银行(bank)" in kept.tgt  # in place, with the dictionary gloss
    assert result.target.startswith("Hello.") and result.target.endswith(kept.tgt)  # Copy has it too
    assert result.hint == fmt.HINT_MISSING


def test_slow_stream_shows_sentences_as_they_arrive() -> None:
    text = answer(["One.", "Two.", "Three."])
    with scripted(Reply(sse=chunks(text, 5), delay=0.05)) as server:
        times: list[tuple[int, float]] = []
        start = time.monotonic()
        out = LlmEngine(server.url + "/v1").translate(
            ["一。", "二。", "三。"], "zh", "en", on_sentence=lambda i, _t: times.append((i, time.monotonic() - start))
        )
    assert out.sentences == ["One.", "Two.", "Three."]
    assert [i for i, _ in times] == [0, 1, 2] and times[0][1] < times[2][1] - 0.1


def test_a_stream_slower_than_the_timeout_is_one_message() -> None:
    with scripted(Reply(sse=["{", "{"], delay=1.5)) as server:
        engine = LlmEngine(server.url + "/v1", timeout=0.5)
        with pytest.raises(EngineError) as caught:
            engine.translate(["你好。"], "zh", "en")
    assert caught.value.code == "engine-timeout"


def test_429_is_waited_out_with_retry_after() -> None:
    busy = Reply(429, {"error": "slow down"}, headers={"Retry-After": "0.2"})
    with scripted(busy, Reply(sse=[answer(["Hello."])])) as server:
        started = time.monotonic()
        out = LlmEngine(server.url + "/v1").translate(["你好。"], "zh", "en")
    assert out.sentences == ["Hello."] and time.monotonic() - started >= 0.2


def test_500_and_persistent_429_are_clear_messages() -> None:
    oom = Reply(500, {"error": {"message": "CUDA out of memory"}})
    with scripted(oom) as server, pytest.raises(EngineError) as failed:
        LlmEngine(server.url + "/v1").translate(["你好。"], "zh", "en")
    assert failed.value.code == "engine-http" and "CUDA out of memory" in str(failed.value)
    busy = [Reply(429, {"error": "busy"}) for _ in range(5)]
    with scripted(*busy) as server, pytest.raises(EngineError) as limited:
        LlmEngine(server.url + "/v1", retry=Retry(tries=3, first=0.05, max_wait=0.2)).translate(["a"], "en", "zh")
    assert limited.value.code == "engine-busy"


def test_a_server_without_json_schema_support_is_asked_without_it() -> None:
    rejected = Reply(400, {"error": "response_format is not supported"})
    with scripted(rejected, rejected, Reply(sse=[answer(["Hello."])])) as server:
        engine = LlmEngine(server.url + "/v1")
        assert engine.translate(["你好。"], "zh", "en").sentences == ["Hello."]
        sent = chats(server)
        assert [b.get("response_format", {}).get("type") for b in sent] == ["json_schema", "json_object", None]
        assert not engine.use_schema


def test_unknown_model_names_what_the_server_has() -> None:
    with scripted() as server, pytest.raises(EngineError, match="qwen2.5:3b"):
        LlmEngine(server.url + "/v1", model="llama9").prepare()


def test_a_tutors_forced_translation_goes_into_the_prompt() -> None:
    lines = fmt.glossary_lines([GlossaryTerm("上岸", "to pass the exam", "passed the exam")])
    assert lines == ['- 上岸: to pass the exam (translate it as exactly "passed the exam")']


def test_libretranslate_double_failures() -> None:
    def route(method: str, path: str, body: Any) -> Reply:
        if path == "/languages":
            return Reply(body=[{"code": "en", "targets": ["zh-Hans"]}, {"code": "zh-Hans", "targets": ["en"]}])
        if body["q"] == ["broken"]:
            return Reply(200, b"<html>not json</html>")
        return Reply(body={"translatedText": ["你好。"]})  # one answer for two sentences

    with ScriptedServer(route) as server:
        engine = LibreTranslateEngine(server.url)
        assert engine.translate(["Hello.", "Bye."], "en", "zh").sentences == ["你好。", None]
        assert server.seen[-1].body["target"] == "zh-Hans"  # the server's code for Chinese
        with pytest.raises(EngineError) as bad:
            engine.translate(["broken"], "en", "zh")
        assert bad.value.code == "engine-bad-answer"
        with pytest.raises(EngineError, match="does not translate fr→en"):
            engine.translate(["Bonjour."], "fr", "en")
