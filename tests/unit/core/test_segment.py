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
    # jieba alone splits a new coinage; registered (as the glossary does), it is one token.
    assert "咕噜噜星人" not in segment.segment("咕噜噜星人来了")
    segment.register_terms(["咕噜噜星人"])
    assert segment.segment("咕噜噜星人来了")[0] == "咕噜噜星人"


def test_empty_and_whitespace() -> None:
    assert segment.segment("") == []
    assert "".join(segment.segment("  \n ")) == "  \n "
