from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import segment


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("我们去银行了。绝家人子 abc123😂\n"), max_size=80))
def test_segments_join_back_to_the_text(text: str) -> None:
    assert "".join(segment.segment(text)) == text


def test_ordinary_segmentation() -> None:
    assert segment.segment("我们去银行了") == ["我们", "去", "银行", "了"]


def test_registered_terms_stay_whole() -> None:
    # jieba alone splits these (家 / 人们, 尊嘟 / 假嘟); registered, they are one token.
    assert "家人们" not in segment.segment("家人们谁懂啊")
    segment.register_terms(["家人们", "尊嘟假嘟"])
    assert segment.segment("家人们谁懂啊")[0] == "家人们"
    assert "尊嘟假嘟" in segment.segment("你尊嘟假嘟")


def test_empty_and_whitespace() -> None:
    assert segment.segment("") == []
    assert "".join(segment.segment("  \n ")) == "  \n "
