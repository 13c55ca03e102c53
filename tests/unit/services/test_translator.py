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
from tests.unit.core.test_tiny_argos import OneSentence, argos, built, extracted  # noqa: F401 - fixtures

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
    assert (mixed.source, mixed.target) == ("en", "zh")  # mostly English: the post goes into Chinese
    assert [translate for _, translate in mixed.parts] == [True, False, True]  # 大家好 is Chinese already
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


def test_a_mostly_english_post_goes_into_chinese_and_keeps_its_chinese(service: TranslationService) -> None:
    result = service.translate("Hello. 谢谢。 I love cats.")
    assert result.direction == "en-zh"
    assert [s.translated for s in result.sentences] == [True, False, True]
    assert [s.tgt for s in result.sentences] == ["你好。", "谢谢。", "我爱猫。"]


def test_a_mostly_chinese_post_with_yyds_goes_into_english_whole(service: TranslationService) -> None:
    result = service.translate("我爱猫。yyds！")
    assert result.direction == "zh-en"
    assert [s.translated for s in result.sentences] == [True, True]  # yyds！ is part of the Chinese post


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

    database = tmp_path / "j.db"
    open_database(database).close()
    calls: list[int] = []
    service = TranslationService(
        lambda s, t: extracted.get((s, t)), None, words, TranslationCache(open_database(database))
    )
    first = service.translate("Hello.", on_sentences=lambda rows: calls.append(len(rows)))
    again = service.translate("Hello.")
    assert not first.cached and again.cached and again.target == first.target == "你好。"
    assert service.translate("Hello.", substitute_slang=False).cached is False  # options are part of the key


def test_cancel_stops_between_batches(service: TranslationService) -> None:
    text = " ".join(["Hello."] * 30)
    seen: list[int] = []
    result = service.translate(text, batch=5, cancelled=lambda: len(seen) >= 2, on_sentences=lambda r: seen.append(1))
    assert len(result.sentences) == 6  # the first sentence goes alone (it shows at once), then batches of five
    seen.clear()
    result = service.translate(
        text, batch=5, first_batch=5, cancelled=lambda: len(seen) >= 2, on_sentences=lambda r: seen.append(1)
    )
    assert len(result.sentences) == 10


def test_tutor_terms_force_their_translation(extracted, words) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from dataclasses import replace

    from app.core import sentences as splitter
    from app.core.slang import edit_meanings

    bundled = load_bundled()
    # As "Copy to deck…" and the entry editor do: the bundled entry with the tutor's own meaning (for an entry
    # with a literal sense beside its slang one, the slang sense takes the new meaning).
    copied = replace(next(e for e in bundled if e.term == "上岸"), id="user-abc123")
    mine = edit_meanings(copied, "passed the exam; got the job", copied.meaning_zh)
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


LATIN_SLANG_POSTS = [
    # (post, source, which sentences are translated)
    ("家人们谁懂啊，今天去打卡了一家宝藏小店，出片率超高，老板人超好，真的绝绝子！yyds！", "zh", [True, True]),
    ("xswl 这个视频 https://example.com/a-very-long-english-looking-url u1s1 太好笑了 😂", "zh", [True]),
    ("I love 火锅 so much, it slaps.", "en", [True]),
    ("我今天好开心。Today was great. 我们去吃饭了。We ate noodles.", "zh", [True, False, True, False]),
    ("Check this out https://www.xiaohongshu.com/explore/123 lol", "en", [True]),
    ("🔥🔥🔥", "en", [False]),
]


@pytest.mark.parametrize(("post", "source", "translated"), LATIN_SLANG_POSTS)
def test_direction_by_content_share_with_latin_letter_slang(post: str, source: str, translated: list[bool]) -> None:
    index = SlangIndex()
    index.rebuild(load_bundled())
    service = TranslationService(lambda s, t: None, index, None)
    the_plan = plan(post, latin_slang=service._latin_slang)
    assert the_plan.source == source
    assert [t for _, t in the_plan.parts] == translated


def test_without_the_glossary_latin_slang_would_count_as_english() -> None:
    """The typical post's last sentence is taken for English when nobody knows yyds (the old bug)."""
    assert [t for _, t in plan("老板人超好，真的绝绝子！yyds！").parts] == [True, False]


def test_a_sentence_the_engine_returns_empty_stays_in_place(
    service: TranslationService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure path the tiny model cannot be made to produce: the engine answers "" for one sentence."""
    real = service.engine("en", "zh")
    assert real is not None

    class Silent:
        package = real.package

        def translate(self, texts: list[str]) -> list[str]:
            return ["" if "cats" in t else out for t, out in zip(texts, real.translate(texts), strict=True)]

    monkeypatch.setattr(service, "engine", lambda s, t: Silent())
    result = service.translate("Hello. I love cats.", use_cache=False)
    assert [s.src for s in result.sentences] == ["Hello.", "I love cats."]
    kept = result.sentences[1]
    assert "empty" in kept.flags and kept.tgt.strip()  # shown, with the gloss or the original
    assert result.target.endswith(kept.tgt) and result.target.startswith("你好。")  # and Copy has it
