import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.pinyin import (
    PinyinStyle,
    apply_sandhi,
    format_syllable,
    looks_like_pinyin,
    marks_to_numbers,
    normalise_query,
    split_tone,
)


@pytest.mark.parametrize(
    ("numbered", "marks", "zhuyin"),
    [
        ("hao3", "hǎo", "ㄏㄠˇ"),
        ("lv4", "lǜ", "ㄌㄩˋ"),
        ("nv3", "nǚ", "ㄋㄩˇ"),
        ("le5", "le", "˙ㄌㄜ"),
        ("zhong1", "zhōng", "ㄓㄨㄥ"),
        ("xue2", "xué", "ㄒㄩㄝˊ"),
        ("er2", "ér", "ㄦˊ"),
    ],
)
def test_format_syllable(numbered: str, marks: str, zhuyin: str) -> None:
    assert format_syllable(numbered, PinyinStyle.MARKS) == marks
    assert format_syllable(numbered, PinyinStyle.NUMBERS) == numbered
    assert format_syllable(numbered, PinyinStyle.ZHUYIN) == zhuyin


SYLLABLES = ["ma", "hao", "zhong", "lv", "nv", "xue", "shi", "guo", "ai", "er", "yuan", "jiong"]


@given(st.sampled_from(SYLLABLES), st.sampled_from("12345"))
def test_marks_round_trip_to_numbers(base: str, tone: str) -> None:
    marked = format_syllable(base + tone, PinyinStyle.MARKS)
    assert marks_to_numbers(marked) == (base + tone if tone != "5" else base)


def test_split_tone() -> None:
    assert split_tone("hao3") == ("hao", "3")
    assert split_tone("ma") == ("ma", "5")


def test_sandhi_rules() -> None:
    assert apply_sandhi("不是", ["bu4", "shi4"]) == ["bu2", "shi4"]
    assert apply_sandhi("不好", ["bu4", "hao3"]) == ["bu4", "hao3"]
    assert apply_sandhi("一个", ["yi1", "ge4"]) == ["yi2", "ge4"]
    assert apply_sandhi("一天", ["yi1", "tian1"]) == ["yi4", "tian1"]
    assert apply_sandhi("你好", ["ni3", "hao3"]) == ["ni2", "hao3"]
    assert apply_sandhi("第一", ["di4", "yi1"]) == ["di4", "yi1"]  # final 一 keeps its tone


def test_query_normalisation() -> None:
    assert normalise_query("nihao") == ["nihao"]
    assert normalise_query("ni3 hao3") == ["ni3", "hao3"]
    assert normalise_query("ni3hao3") == ["ni3", "hao3"]
    assert normalise_query("nǐ hǎo") == ["ni3", "hao3"]
    assert normalise_query("lü4") == ["lv4"]
    assert normalise_query("lu:4") == ["lv4"]


def test_looks_like_pinyin() -> None:
    assert looks_like_pinyin("nǐ hǎo") and looks_like_pinyin("ni3hao3")
    assert not looks_like_pinyin("你好") and not looks_like_pinyin("what?")
