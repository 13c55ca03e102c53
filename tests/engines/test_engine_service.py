"""The service with any Engine: streaming order, failures kept in place, the cache keyed by engine, parsers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.engines import llm_format as fmt
from app.core.engines.base import Engine, EngineInfo, EngineOutput, GlossaryTerm, SentenceFn
from app.data.database import open_database
from app.data.translation_cache import TranslationCache
from app.services.translate import TranslationResult, TranslationService

pytestmark = pytest.mark.disable_socket


class Scripted:
    """An engine answering from a table, streaming in reverse order to show the service keeps the post's order."""

    grounded = False

    def __init__(self, table: dict[str, str | None], model: str = "m1", version: str = "1") -> None:
        self.table, self.model, self.version = table, model, version
        self.calls: list[list[str]] = []
        self.glossaries: list[list[GlossaryTerm]] = []

    def describe(self) -> EngineInfo:
        return EngineInfo("Scripted", "libretranslate", "this-computer", self.model, self.version, "http://127.0.0.1:1")

    def prepare(self) -> None:
        return None

    def check(self) -> dict[str, str]:
        return self.describe().to_json()

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        *,
        glossary: Sequence[GlossaryTerm] = (),
        on_sentence: SentenceFn | None = None,
    ) -> EngineOutput:
        self.calls.append(list(sentences))
        self.glossaries.append(list(glossary))
        out = [self.table.get(s) for s in sentences]
        if on_sentence:
            for i in reversed(range(len(out))):
                text = out[i]
                if text is not None:
                    on_sentence(i, text)
        return EngineOutput(out)


def test_an_engine_is_an_engine() -> None:
    assert isinstance(Scripted({}), Engine)


def test_streamed_sentences_arrive_in_order_once(words) -> None:
    engine = Scripted({"Hello.": "你好。", "I love cats.": "我爱猫。", "Good night.": "晚安。"})
    service = TranslationService(lambda s, t: None, None, words, engine=engine)
    seen: list[list[str]] = []
    result = service.translate(
        "Hello. I love cats. Good night.", on_sentences=lambda rows: seen.append([r.tgt for r in rows])
    )
    assert engine.calls == [["Hello.", "I love cats.", "Good night."]]  # the whole post in one request
    assert [t for batch in seen for t in batch] == ["你好。", "我爱猫。", "晚安。"]
    assert seen[-1] == ["你好。", "我爱猫。", "晚安。"]  # held back until the first sentence came
    assert result.target == "你好。我爱猫。晚安。"


def test_a_failed_sentence_stays_with_the_gloss(words) -> None:
    service = TranslationService(lambda s, t: None, None, words, engine=Scripted({"Hello.": "你好。"}))
    result = service.translate("Hello. I love the bank.")
    kept = result.sentences[1]
    assert kept.flags == ["engine-failed"] and "bank(" in kept.tgt and kept.gloss == kept.tgt
    assert result.target.endswith(kept.tgt)


def test_the_cache_keys_on_engine_model_and_version(tmp_path: Path) -> None:
    database = tmp_path / "j.db"
    open_database(database).close()
    cache = TranslationCache(open_database(database))
    first = Scripted({"Hello.": "你好。"})
    service = TranslationService(lambda s, t: None, None, None, cache, engine=first)
    assert not service.translate("Hello.").cached
    assert service.translate("Hello.").cached and len(first.calls) == 1
    service.use_engine(Scripted({"Hello.": "您好。"}, version="2"))
    again = service.translate("Hello.")
    assert not again.cached and again.target == "您好。"
    service.use_engine(Scripted({"Hello.": "哈喽。"}, model="m2"))
    assert service.translate("Hello.").target == "哈喽。"
    service.use_engine(None)
    assert service.describe().kind == "argos"


def test_json_round_trip_and_old_cached_results() -> None:
    service = TranslationService(lambda s, t: None, None, None, engine=Scripted({"Hello.": "你好。"}))
    result = service.translate("Hello.")
    data = result.to_json()
    assert data["engine"] == {"name": "Scripted", "kind": "libretranslate", "where": "this-computer"}
    back = TranslationResult.from_json(data)
    assert back.engine == "libretranslate" and back.engine_info == data["engine"]
    old = {**data, "engine": "argos"}  # what the cache held before engines had names
    assert TranslationResult.from_json(old).engine_info["kind"] == "argos"


def test_an_llm_gets_the_glossary_instead_of_substitutions(slang_index) -> None:
    engine = Scripted({"这家店yyds！": "This shop is the GOAT!"})
    engine.grounded = True
    service = TranslationService(lambda s, t: None, slang_index, None, engine=engine)
    service.translate("这家店yyds！")
    assert engine.calls == [["这家店yyds！"]]  # the text as written: the model reads the slang itself
    (term,) = engine.glossaries[0]
    assert term.term == "yyds" and term.meaning == slang_index.entry("zh-yyds").meaning_en


def test_parsers_read_what_models_write() -> None:
    good = '```json\n{"translations": [{"n": 1, "text": "Hi."}, {"n": 2, "text": "Bye."}], "slang": []}\n```'
    assert fmt.parse_json_answer(good, 2).complete(2)
    wrong = fmt.parse_json_answer('{"translations": [{"n": 1, "text": "Hi."}], "slang": []}', 2)
    assert not wrong.valid and wrong.texts == {1: "Hi."}
    assert fmt.streamed_items('{"translations": [{"n": 1, "text": "a \\"q\\""}, {"n": 2, "te') == [(1, 'a "q"')]
    assert fmt.parse_numbered_lines("Sure!\n1. Hi.\n2) Bye.\n3、再见") == {1: "Hi.", 2: "Bye.", 3: "再见"}


@given(st.text(max_size=200))
def test_any_answer_parses_without_error(content: str) -> None:
    answer = fmt.parse_json_answer(content, 3)
    assert not answer.complete(3) or set(answer.texts) >= {1, 2, 3}
    fmt.parse_numbered_lines(content)
