from hypothesis import given
from hypothesis import strategies as st

from app.core.text import Script, clean_text, detect_script, fold_width, is_han, to_simplified, to_traditional


@given(st.text())
def test_clean_text_output_is_always_encodable(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")  # no lone surrogates survive
    assert "\r" not in cleaned
    assert all(ch in "\n\t" or ord(ch) >= 32 for ch in cleaned if ord(ch) < 128)


def test_clean_text_replaces_surrogates_and_drops_controls() -> None:
    assert clean_text("a\ud800b\x00c\r\nd\te\x7f") == "a\ufffdbc\nd\te"


def test_clean_text_keeps_emoji_and_chinese() -> None:
    assert clean_text("绝绝子😂\n") == "绝绝子😂\n"


@given(st.text())
def test_fold_width_keeps_length(text: str) -> None:
    assert len(fold_width(text)) == len(text)


def test_fold_width_makes_fullwidth_ascii_halfwidth() -> None:
    assert fold_width("ｙｙｄｓ　６６６！") == "yyds 666!"


def test_detect_script() -> None:
    assert detect_script("今天天气很好") is Script.CHINESE
    assert detect_script("The weather is nice today") is Script.ENGLISH
    assert detect_script("今天 I went to 银行 with my friend Tom") is Script.MIXED
    assert detect_script("Mostly English words here with one 字 in it ok") is Script.ENGLISH
    assert detect_script("  123 !!! 😂") is Script.NONE
    assert detect_script("") is Script.NONE


def test_is_han_covers_extensions() -> None:
    assert is_han("中") and is_han("㐀") and is_han("𠀀")
    assert not is_han("a") and not is_han("。") and not is_han("ア")


def test_simplified_traditional_conversion() -> None:
    assert to_traditional("头发很长") == "頭髮很長"
    assert to_simplified("頭髮很長") == "头发很长"
    assert to_traditional("hello") == "hello"


def test_conversion_keeps_what_opencc_cannot_take() -> None:
    # OpenCC reads UTF-8: a lone surrogate (from a Windows clipboard) stays as it is, the rest converts.
    assert to_simplified("\ud800頭髮\udfff長") == "\ud800头发\udfff长"
    assert to_traditional("a\x00头发") == "a\x00頭髮"
    assert to_traditional("") == ""


def test_file_sizes_read_as_a_file_manager_shows_them() -> None:
    from app.core.text import file_size

    assert [file_size(n) for n in (0, 740_400, 2_400_000, 95_300_000)] == ["0 kB", "740 kB", "2.4 MB", "95 MB"]
