from hypothesis import given
from hypothesis import strategies as st

from app.core import quality, sentences
from app.core.quality import Flag


def _texts(text: str) -> list[str]:
    return [s.text for s in sentences.split(text)]


def test_chinese_sentences() -> None:
    assert _texts("今天好热。你去哪儿了？我在家！") == ["今天好热。", "你去哪儿了？", "我在家！"]
    assert _texts("他说：“我不去了。”然后走了……真的假的") == ["他说：“我不去了。”", "然后走了……", "真的假的"]


def test_english_sentences_keep_abbreviations_decimals_and_initials() -> None:
    text = "Dr. Smith paid $3.50 at 5 p.m. in the U.S. yesterday. J. K. Rowling agreed! Did you? yes..."
    assert _texts(text) == [
        "Dr. Smith paid $3.50 at 5 p.m. in the U.S. yesterday.",
        "J. K. Rowling agreed!",
        "Did you?",
        "yes...",
    ]


def test_mixed_text_and_newlines() -> None:
    text = "Just joined RedNote. 大家好！I'm from Ohio.\n我的猫叫Mochi"
    assert _texts(text) == ["Just joined RedNote.", "大家好！", "I'm from Ohio.", "我的猫叫Mochi"]


@given(st.text())
def test_spans_point_into_the_text(text: str) -> None:
    previous_end = 0
    for s in sentences.split(text):
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= previous_end
        previous_end = s.end


def test_quality_flags() -> None:
    assert quality.check("I love you.", "我爱你。", "en", "zh") == []
    assert Flag.REPETITION in quality.check("I love cats.", "我爱猫我爱猫我爱猫我爱猫", "en", "zh")
    assert Flag.REPETITION not in quality.check("哈哈哈笑死", "Hahaha, I'm dying.", "zh", "en")
    assert Flag.UNTRANSLATED in quality.check("The weather is nice today.", "The weather is nice today.", "en", "zh")
    assert Flag.UNTRANSLATED in quality.check("今天天气很好。", "今天天气很好。", "zh", "en")
    assert Flag.INVENTED_ASIDE in quality.check("Thank you all.", "谢谢大家。（掌声）", "en", "zh")
    assert Flag.INVENTED_ASIDE not in quality.check("（笑声）太好笑了", "(Laughter) So funny", "zh", "en")
    long_source = "I went to the market this morning and bought some apples and oranges for my family."
    assert Flag.LENGTH in quality.check(long_source, "我去了。", "en", "zh")
    assert quality.check("Hi.", "", "en", "zh") == [Flag.EMPTY]
