"""The translation engine and service on a tiny real Argos package, offline."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import ctranslate2
import pytest

from app.core.slang import load_bundled
from app.core.translator import ArgosEngine, EngineError, read_package
from app.data.database import open_database
from app.data.translation_cache import TranslationCache
from app.services.slang_index import SlangIndex
from app.services.translate import GLOSS_ENGINE, NoModel, TranslationService, plan
from tests.fixtures.tiny_argos import PHRASES
from tests.unit.test_tiny_argos import OneSentence, argos, built, extracted  # noqa: F401 - fixtures

pytestmark = pytest.mark.disable_socket


class OurSplit:
    """argostranslate given exactly our sentences, so outputs can be compared sentence by sentence."""

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences

    def split_sentences(self, text: str) -> list[str]:
        return self.sentences


@pytest.fixture
def service(extracted, words) -> TranslationService:  # type: ignore[no-untyped-def]  # noqa: F811
    index = SlangIndex()
    index.rebuild(load_bundled())
    return TranslationService(lambda s, t: extracted.get((s, t)), index, words)


@pytest.mark.parametrize("pair", [("en", "zh"), ("zh", "en")])
def test_engine_translates_the_memorised_phrases(extracted, pair) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    engine = ArgosEngine(read_package(extracted[pair]))
    sources, targets = zip(*PHRASES[pair], strict=True)
    assert engine.translate(list(sources)) == list(targets)


INPUTS = {
    ("en", "zh"): [
        ["Hello."],
        ["Hello.", "I love cats.", "See you tomorrow."],
        ["Completely unknown words here!"],
        ["Thank you.", "zebra quantum", "Good morning."],
    ],
    ("zh", "en"): [["你好。"], ["你好。", "我爱猫。"], ["完全不认识的句子"], ["谢谢。", "早上好。"]],
}


@pytest.mark.parametrize("pair", [("en", "zh"), ("zh", "en")])
def test_parity_with_argostranslate(argos: SimpleNamespace, extracted, pair) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    pkg = next(p for p in argos.package.get_installed_packages() if (p.from_code, p.to_code) == pair)
    translator = ctranslate2.Translator(str(pkg.package_path / "model"), compute_type=argos.settings.compute_type)
    engine = ArgosEngine(read_package(extracted[pair]))
    for sentences in INPUTS[pair]:
        # Same sentences in: argostranslate decodes them as one stream; so do we, from our per-sentence tokens.
        theirs = argos.translate.apply_packaged_translation(pkg, " ".join(sentences), translator, OurSplit(sentences))
        tokens = engine.translate_tokens(engine.tokenize(sentences))
        assert engine.detokenize([t for sentence in tokens for t in sentence]) == theirs[0].value
        for sentence, ours in zip(sentences, engine.translate(sentences), strict=True):
            single = argos.translate.apply_packaged_translation(pkg, sentence, translator, OneSentence())
            assert ours == single[0].value


def test_broken_package_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EngineError, match="metadata"):
        read_package(tmp_path)
    (tmp_path / "metadata.json").write_text("{}")
    with pytest.raises(EngineError, match="incomplete"):
        read_package(tmp_path)


def test_direction_planning() -> None:
    assert (plan("Hello there.").source, plan("Hello there.").target) == ("en", "zh")
    assert (plan("你好。").source, plan("你好。").target) == ("zh", "en")
    mixed = plan("Just joined RedNote today. 大家好！ My cat is called Mochi and she is very cute.")
    assert (mixed.source, mixed.target) == ("zh", "en")  # mostly English: the Chinese sentence is translated
    assert [translate for _, translate in mixed.parts] == [False, True, False]
    forced = plan("Hello.", source="en", target="zh")
    assert (forced.source, forced.target) == ("en", "zh")
    assert plan("你好", target="zh").source == "en"


def test_service_translates_sentence_by_sentence(service: TranslationService) -> None:
    result = service.translate("Hello. Thank you.\nI love cats.")
    assert result.direction == "en-zh" and result.engine == "argos" and result.model.startswith("translate-en_zh")
    assert [s.tgt for s in result.sentences] == ["你好。", "谢谢。", "我爱猫。"]
    assert result.target == "你好。谢谢。\n我爱猫。"
    assert [s.flags for s in result.sentences] == [[], [], []]
    data = result.to_json()
    assert set(data) == {"source", "target", "direction", "sentences", "slang", "engine", "model"}
    assert set(data["sentences"][0]) >= {"src", "tgt", "flags"}


def test_mixed_post_translates_only_the_minority_language(service: TranslationService) -> None:
    result = service.translate("I just moved here and made new friends today. 谢谢。 See you tomorrow.")
    assert result.direction == "zh-en"
    assert [s.translated for s in result.sentences] == [False, True, False]
    assert result.sentences[1].tgt == "Thank you."


def test_slang_notes_and_flags(service: TranslationService) -> None:
    result = service.translate("家人们，这家店yyds！")
    assert [n["entry_id"] for n in result.slang] == ["zh-jiarenmen", "zh-yyds"]
    note = result.slang[1]
    assert note["meaning"].startswith("Top praise") and result.source[note["start"] : note["end"]] == "yyds"
    flagged = [s for s in result.sentences if s.flags]
    assert all(s.gloss for s in flagged)  # a flagged sentence gets the word-by-word gloss beside it


def test_no_model_raises_or_falls_back_to_the_dictionary(words) -> None:  # type: ignore[no-untyped-def]
    service = TranslationService(lambda s, t: None, None, words)
    with pytest.raises(NoModel, match="zh→en"):
        service.translate("我们去银行。")
    result = service.translate("我们去银行。", gloss_fallback=True)
    assert result.engine == GLOSS_ENGINE and result.model is None
    assert "银行(bank)" in result.target and result.sentences[0].flags == ["gloss"]
    assert "猫" in service.translate("my cat", gloss_fallback=True).target


def test_cache_makes_a_repeat_instant(extracted, words, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from app.data.database import open_database

    database = tmp_path / "j.db"
    open_database(database).close()
    calls: list[int] = []
    service = TranslationService(lambda s, t: extracted.get((s, t)), None, words, TranslationCache(open_database(database)))
    first = service.translate("Hello.", on_sentences=lambda rows: calls.append(len(rows)))
    again = service.translate("Hello.")
    assert not first.cached and again.cached and again.target == first.target == "你好。"
    assert service.translate("Hello.", substitute_slang=False).cached is False  # options are part of the key


def test_cancel_stops_between_batches(service: TranslationService) -> None:
    text = " ".join(["Hello."] * 30)
    seen: list[int] = []
    result = service.translate(text, batch=5, cancelled=lambda: len(seen) >= 2, on_sentences=lambda r: seen.append(1))
    assert len(result.sentences) == 10


def test_tutor_terms_force_their_translation(extracted, words) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from dataclasses import replace

    from app.core import sentences as splitter

    bundled = load_bundled()
    # As "Copy to deck…" does: the bundled entry with the tutor's own meaning.
    mine = replace(
        next(e for e in bundled if e.term == "上岸"), id="user-abc123", meaning_en="passed the exam; got the job"
    )
    index = SlangIndex()
    index.rebuild([*bundled, mine])
    service = TranslationService(lambda s, t: extracted.get((s, t)), index, words)
    notes: list[dict[str, object]] = []
    sentence = splitter.split("他终于上岸了，yyds")[0]
    model_input, placeholders = service._prepare(sentence, "zh", "en", True, notes)
    ((number, forced),) = placeholders.items()
    assert forced == "passed the exam" and number in model_input and "上岸" not in model_input
    assert "yyds" not in model_input and next(e for e in bundled if e.id == "zh-yyds").plain in model_input
    from app.services.translate import _restore

    assert _restore(f"He finally {number}.", placeholders) == ("He finally passed the exam.", [])
    assert _restore("He finally did it.", placeholders) == ("He finally did it.", ["forced-term-lost"])


@pytest.mark.parametrize(
    ("gap", "previous", "expected"),
    [
        (" ", "Hello.", " "),
        ("", "你好。", ""),  # Chinese runs its sentences together
        ("", "是吗", ""),
        (" ", "OK!", " "),
        ("\n\n", "你好。", "\n\n"),  # the post's paragraphs stay
        ("\n", "Hello.", "\n"),
    ],
)
def test_sentence_gap(gap: str, previous: str, expected: str) -> None:
    from app.services.translate import sentence_gap

    assert sentence_gap(gap, previous) == expected
