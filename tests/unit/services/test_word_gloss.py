"""The word-by-word dictionary gloss used when no translation model is installed."""

from __future__ import annotations

import re

from app.core.slang import load_bundled
from app.services import word_gloss
from app.services.glossary_lookup import toneless
from app.services.slang_index import SlangIndex
from app.services.translate import TranslationService


def _service(words, slang: SlangIndex | None = None) -> TranslationService:  # type: ignore[no-untyped-def]
    return TranslationService(lambda *_: None, slang, words)  # type: ignore[arg-type]


def test_zh_gloss_takes_ordinary_senses_and_whole_words(words) -> None:  # type: ignore[no-untyped-def]
    assert word_gloss.zh_word("高", words) == "高(high)"  # not "surname Gao"
    assert word_gloss.zh_word("都", words) == "都(all)"  # not "surname Du"
    assert word_gloss.zh_word("打", words) == "打(to hit)"  # not "dozen", not a cut-off usage note
    assert word_gloss.zh_word("一家", words) == "一家(one)"  # a numeral and a classifier, not "the whole family"
    assert word_gloss.zh_word("了", words) == "了"  # a particle: no empty brackets
    assert word_gloss.zh_word("abc", words) == "abc"


def test_the_gloss_of_a_post_is_clean_for_an_english_reader(words) -> None:  # type: ignore[no-untyped-def]
    index = SlangIndex()
    index.rebuild(load_bundled())
    post = "家人们谁懂啊，今天去打卡了一家宝藏小店，出片率超高，老板人超好，真的绝绝子！"
    gloss = _service(words, index).gloss(post, "zh")
    assert "()" not in gloss and "surname" not in gloss and "family" not in gloss
    for meaning in re.findall(r"\(([^()]*)\)", gloss):
        assert not re.search(r"[\u4e00-\u9fff]", meaning), meaning  # no Chinese paraphrase in an English gloss
        assert len(meaning) <= 40
    assert "绝绝子(" in gloss and "打卡(" in gloss


def test_glosses_are_never_cut_mid_word(words) -> None:  # type: ignore[no-untyped-def]
    long = "outfit or spot where something is photographed for social media, a very long meaning indeed"
    assert word_gloss.short(long) == "outfit"
    assert word_gloss.short("to do something extremely well; to look amazing") == "to do something extremely well"


def test_en_gloss_picks_a_common_word(words) -> None:  # type: ignore[no-untyped-def]
    assert word_gloss.en_word("cap", words) in {"cap(帽子)", "cap(帽)"}  # not the archaic 弁
    assert word_gloss.en_word("cat", words) == "cat(猫)"


def test_toneless_pinyin() -> None:
    assert toneless("jué jué zi") == toneless("jue2jue2zi3") == toneless("juejuezi") == "juejuezi"
    assert toneless("lǜ sè") == "lvse"
