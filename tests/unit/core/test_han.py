"""One definition of a Han character (app/core/text.py), and every module that asks agrees with it."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pytest

from app.core import polyphone, polyphone_lexicon, quality, sentences, slang_detect
from app.core.text import HAN_RE, detect_script, han_count, is_han

APP = Path(__file__).resolve().parents[3] / "app"

# (character, is it Han?): each block at its edges, and neighbours that are not.
TABLE = [
    ("中", True),
    ("一", True),  # U+4E00, first of the basic block
    ("\u9fff", True),  # last of the basic block
    ("㐀", True),  # U+3400, Extension A
    ("\u4dbf", True),  # last of Extension A
    ("䷀", False),  # U+4DC0, a Yijing hexagram between Extension A and the basic block
    ("豈", True),  # U+F900, Compatibility Ideographs
    ("\ufaff", True),
    ("𠀀", True),  # U+20000, Extension B
    ("𪜀", True),  # U+2A700, Extension C
    ("𫝀", True),  # U+2B740, Extension D
    ("𫠠", True),  # U+2B820, Extension E
    ("𬺰", True),  # U+2CEB0, Extension F
    ("丽", True),  # U+2F800, Compatibility Ideographs Supplement
    ("𰀀", True),  # U+30000, Extension G
    ("\U00031350", True),  # Extension H
    ("\U0002ebf0", True),  # Extension I
    ("〇", True),  # the ideographic zero, read líng
    ("々", False),  # the iteration mark is punctuation-like, not a character with a reading
    ("。", False),
    ("，", False),
    ("ア", False),
    ("한", False),
    ("a", False),
    ("Ａ", False),
    ("1", False),
    ("⺀", False),  # a radical, not a character
    ("\U00040000", False),  # plane 4: nothing ideographic
]


@pytest.mark.parametrize(("ch", "han"), TABLE, ids=[f"U+{ord(c):04X}" for c, _ in TABLE])
def test_every_user_agrees_on_each_character(ch: str, han: bool) -> None:
    assert is_han(ch) is han
    assert han_count(f"a{ch}b") == int(han)
    assert bool(HAN_RE.fullmatch(ch)) is han
    assert polyphone_lexicon.is_han(ch) is han
    assert bool(slang_detect._HAN_RE.fullmatch(ch)) is han
    assert bool(slang_detect._HAN_ONLY_RE.match(ch * 3)) is han
    assert sentences._starts_chinese(ch) is han
    assert polyphone._han_start(ch) is han
    if not ch.isascii() and not ch.isdigit():
        assert (quality._units(ch) == [ch]) is han
    assert (detect_script(ch * 3) == "zh") is han


def _named_han(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return ch == "〇" or name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"))


def test_is_han_matches_unicode_names_for_every_code_point() -> None:
    """Every ideograph Python's Unicode database names is Han; the only extras are unassigned code points of
    those blocks and of the ideographic planes 2 and 3 (reserved for later extensions)."""
    missed, extra = [], []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        named, ours = _named_han(ch), is_han(ch)
        if named and not ours:
            missed.append(code)
        elif ours and not named and unicodedata.category(ch) != "Cn":
            extra.append(code)
    assert missed == [] and extra == [], (missed[:5], extra[:5])


def test_no_module_defines_its_own_han_range() -> None:
    # Escaped bounds (\\u4e00, 0x4E00) and literal ones ([一-龥], [㐀-鿿]).
    bounds = re.compile(
        r"\\u(?:3400|4dbf|4e00|9fff|9fa5|f900|faff)|\\U0002[0a]000|0x(?:3400|4e00|9fff|20000)"
        "|[\u3400\u4e00]-[\u4dbf\u9fa5\u9fcc\u9fff]",
        re.I,
    )
    found = [
        f"{path.relative_to(APP)}:{n}"
        for path in sorted(APP.rglob("*.py"))
        if path.name != "text.py" or path.parent.name != "core"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if bounds.search(line)
    ]
    assert found == [], "use app.core.text.is_han / HAN_RE / HAN_CLASS instead"
