"""Copy as pinyin: the Basic Rules of Hanyu Pinyin Orthography (GB/T 16159)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.pinyin_orthography import Kind, Word, needs_apostrophe, word_pinyin, write


def han(text: str, *syllables: str, proper: bool = False) -> Word:
    return Word(text, Kind.HAN, syllables, proper)


def mark(text: str) -> Word:
    return Word(text, Kind.OTHER)


def test_apostrophe_before_a_o_e_inside_a_word_only() -> None:
    assert word_pinyin(han("西安", "xī", "ān")) == "xī'ān"
    assert word_pinyin(han("皮袄", "pí", "ǎo")) == "pí'ǎo"
    assert word_pinyin(han("档案", "dàng", "àn")) == "dàng'àn"
    assert word_pinyin(han("先", "xiān")) == "xiān"  # no apostrophe where nothing runs together
    assert word_pinyin(han("恩爱", "ēn", "ài")) == "ēn'ài"
    assert word_pinyin(han("西安", "xi1", "an1"), apostrophes=False) == "xi1an1"
    assert needs_apostrophe("ǒu") and needs_apostrophe("E") and not needs_apostrophe("yī")


def test_words_apart_capitals_and_western_punctuation() -> None:
    words = [
        han("我们", "wǒ", "men"),
        han("去", "qù"),
        han("西安", "xī", "ān", proper=True),
        mark("，"),
        han("好", "hǎo"),
        mark("！"),
        han("你", "nǐ"),
        han("呢", "ne"),
        mark("？"),
    ]
    assert write(words) == "Wǒmen qù Xī'ān, hǎo! Nǐ ne?"


def test_opening_and_closing_marks_stick_to_their_words() -> None:
    words = [
        han("他", "tā"),
        han("说", "shuō"),
        mark("："),
        mark("“"),
        han("好", "hǎo"),
        mark("！"),
        mark("”"),
        mark("（"),
        han("真", "zhēn"),
        mark("）"),
        mark("《"),
        han("红楼梦", "hóng", "lóu", "mèng", proper=True),
        mark("》"),
        mark("、"),
        han("书", "shū"),
        mark("……"),
    ]
    assert write(words) == 'Tā shuō: "Hǎo!" (Zhēn) "Hónglóumèng", shū......'  # a new sentence after !


def test_latin_words_keep_their_case_and_spaces_are_not_doubled() -> None:
    words = [
        Word("yyds", Kind.WORD),
        mark("！"),
        Word(" ", Kind.SPACE),
        Word("OK", Kind.WORD),
        han("吧", "ba"),
        mark("——"),
        han("走", "zǒu"),
    ]
    assert write(words) == "yyds! OK ba—zǒu"


def test_a_character_without_a_reading_is_kept() -> None:
    assert write([han("〇年", "", "nián")]) == "〇nián"


def test_zhuyin_has_no_capitals_or_apostrophes() -> None:
    words = [han("西安", "ㄒㄧ", "ㄢ"), mark("。")]
    assert write(words, apostrophes=False, capitals=False) == "ㄒㄧㄢ."


@given(st.lists(st.sampled_from(["，", "。", "“", "”", "（", "）", "！", "han", "word", " "]), max_size=30))
def test_never_a_space_before_a_closing_mark_or_after_an_opening_one(parts: list[str]) -> None:
    words = [
        han("好", "hǎo")
        if p == "han"
        else Word("ok", Kind.WORD)
        if p == "word"
        else Word(p, Kind.SPACE)
        if p == " "
        else mark(p)
        for p in parts
    ]
    text = write(words)
    assert "  " not in text and text == text.strip()
    for closing in ",.!)":
        assert f" {closing}" not in text
    assert "( " not in text
