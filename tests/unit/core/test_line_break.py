"""Chinese line breaking (kinsoku): closing marks never start a line, opening marks never end one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.line_break import Piece, cannot_end, cannot_start, layout


def lines(pieces: list[Piece], width: float) -> list[str]:
    out: dict[int, str] = {}
    for piece, placed in zip(pieces, layout(pieces, width), strict=True):
        out[placed.line] = out.get(placed.line, "") + piece.text
    return [out[k] for k in sorted(out)]


def chars(text: str) -> list[Piece]:
    return [Piece(ch, 10.0) for ch in text]


def test_greedy_fill_without_marks() -> None:
    assert lines(chars("一二三四五六七"), 30) == ["一二三", "四五六", "七"]


def test_a_comma_that_does_not_fit_takes_the_word_before_it_down() -> None:
    assert lines(chars("你好吗，我很好"), 30) == ["你好", "吗，我", "很好"]


def test_an_opening_mark_goes_down_with_the_word_after_it() -> None:
    assert lines(chars("他说“好”"), 30) == ["他说", "“好”"]


def test_a_run_of_closing_marks_stays_together() -> None:
    assert lines(chars("好了！”）"), 30) == ["好", "了！”）"]


def test_a_mark_hangs_when_nothing_can_move() -> None:
    pieces = [Piece("长长长长", 40.0), Piece("，", 10.0)]
    assert lines(pieces, 40) == ["长长长长，"]  # one word then a comma: the comma hangs in the margin


def test_gaps_count_only_inside_a_line() -> None:
    pieces = [Piece("我们", 20.0), Piece("去", 10.0, before=5.0), Piece("银行", 20.0, before=5.0)]
    placed = layout(pieces, 40)
    assert [(p.line, p.x) for p in placed] == [(0, 0.0), (0, 25.0), (1, 0.0)]


def test_rules() -> None:
    assert cannot_start("，") and cannot_start("。”") and cannot_start("）") and not cannot_start("好")
    assert cannot_end("“") and cannot_end("（") and cannot_end("《") and not cannot_end("好")


@given(st.lists(st.sampled_from(list("好大家，。！“”（）《》")), min_size=1, max_size=60), st.integers(20, 120))
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(text: list[str], width: int) -> None:
    result = lines(chars("".join(text)), width)
    for i, line in enumerate(result):
        assert not (i > 0 and cannot_start(line)) or all(cannot_start(c) or cannot_end(c) for c in result[i - 1])
        assert not (i < len(result) - 1 and cannot_end(line)) or all(cannot_start(c) or cannot_end(c) for c in line)
