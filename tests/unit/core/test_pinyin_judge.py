"""The tone/pinyin drill's judge: tone errors apart from spelling errors, marks or numbers, ü/v/u:."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.pinyin_judge import SYLLABLES, Verdict, judge, syllables


def _verdicts(expected: str, answer: str, hint: int | None = None) -> list[str]:
    return [m.verdict.value for m in judge(expected, answer, hint).marks]


@pytest.mark.parametrize(
    "typed",
    ["ni3 hao3", "ni3hao3", "nǐ hǎo", "nǐhǎo", "NI3 HAO3", "ni3 hǎo", "nǐ-hǎo", "ni3'hao3"],
)
def test_marks_numbers_spacing_and_case_are_all_the_same_answer(typed: str) -> None:
    result = judge("nǐ hǎo", typed)
    assert result.correct, typed
    assert [m.given for m in result.marks] == ["ni3", "hao3"]


def test_expected_pinyin_may_be_written_either_way() -> None:
    assert judge("ni3 hao3", "nǐ hǎo").correct
    assert judge(["ni3", "hao3"], "nǐhǎo").correct


def test_a_wrong_tone_is_a_tone_error_not_a_spelling_error() -> None:
    result = judge("nǐ hǎo", "ni2 hao3")
    assert _verdicts("nǐ hǎo", "ni2 hao3") == ["tone", "correct"]
    assert (result.tone_errors, result.spelling_errors) == (1, 0)
    assert not result.correct
    assert result.suggested_rating() == 1  # one slip in two syllables is too many for Hard


def test_a_misspelt_syllable_is_a_spelling_error_even_with_the_right_tone() -> None:
    result = judge("nǐ hǎo", "ni3 hoa3")
    assert _verdicts("nǐ hǎo", "ni3 hoa3") == ["correct", "spelling"]
    assert (result.tone_errors, result.spelling_errors) == (0, 1)
    assert result.marks[1].expected == "hao3" and result.marks[1].given == "hoa3"


def test_missing_tones_count_as_tone_errors() -> None:
    assert _verdicts("nǐ hǎo", "ni hao") == ["tone", "tone"]
    # A tone number only on the last syllable of a run leaves the others toneless.
    assert _verdicts("nǐ hǎo", "nihao3") == ["tone", "correct"]


def test_the_neutral_tone_may_be_written_as_nothing_5_or_0() -> None:
    for typed in ("peng2you", "peng2you5", "peng2you0", "péngyou"):
        assert judge("péngyou", typed).correct, typed
    assert _verdicts("péngyou", "peng2you3") == ["correct", "tone"]


@pytest.mark.parametrize("typed", ["lv4", "lü4", "lu:4", "lǜ", "LÜ4", "lu:4"])
def test_u_umlaut_can_be_typed_as_v_u_colon_or_ü(typed: str) -> None:
    assert judge("lǜ", typed).correct, typed


def test_lu_is_not_lv() -> None:
    assert _verdicts("lǜ sè", "lu4 se4") == ["spelling", "correct"]
    assert _verdicts("nǚ", "nu3") == ["spelling"]


def test_u_after_j_q_x_y_is_u_umlaut_however_it_is_typed() -> None:
    assert judge("jù", "jv4").correct and judge("qu4", "qǜ").correct and judge("yu2", "yv2").correct
    assert judge("lüè", "lue4").correct  # the common spelling of lüe


def test_missing_and_extra_syllables() -> None:
    assert _verdicts("nǐ hǎo", "ni3") == ["correct", "missing"]
    assert _verdicts("nǐ", "ni3 hao3") == ["correct", "extra"]
    assert _verdicts("nǐ hǎo", "") == ["missing", "missing"]
    result = judge("wǒ men", "wo3 hao3 men5")
    assert [m.verdict for m in result.marks] == [Verdict.CORRECT, Verdict.EXTRA, Verdict.CORRECT]


def test_joined_syllables_are_cut_with_tone_marks_and_apostrophes() -> None:
    assert syllables("zhōngguó") == ["zhong1", "guo2"]
    assert syllables("xīān") == ["xi1", "an1"]  # two marks: two syllables
    assert syllables("Xī'ān") == ["xi1", "an1"]
    assert syllables("xian") == ["xian5"]  # without a hint, one syllable beats two


def test_the_hint_picks_the_cut_that_matches_the_characters() -> None:
    assert syllables("xian1", hint=2) == ["xi5", "an1"]
    assert syllables("yīdiǎnr", hint=3) == ["yi1", "dian3", "r5"]
    result = judge("xī ān", "xian1")  # 西安 typed as one word: the judge still lines it up
    assert [m.verdict for m in result.marks] == [Verdict.TONE, Verdict.CORRECT]


def test_suggested_rating() -> None:
    assert judge("nǐ hǎo", "ni3 hao3").suggested_rating() == 3
    assert judge("yǒng yuǎn de shén", "yong3 yuan2 de shen2").suggested_rating() == 2  # one tone slip in four
    assert judge("nǐ hǎo", "ma1").suggested_rating() == 1


@given(st.lists(st.sampled_from(sorted(SYLLABLES - {"r"})), min_size=1, max_size=6), st.data())
def test_any_numbered_reading_judges_itself_correct(bases: list[str], data: st.DataObject) -> None:
    tones = data.draw(st.lists(st.sampled_from("1234"), min_size=len(bases), max_size=len(bases)))
    reading = [b + t for b, t in zip(bases, tones, strict=True)]
    spaced = " ".join(reading)
    assert judge(reading, spaced).correct
    assert judge(reading, "".join(reading)).correct  # tone numbers alone mark the syllable ends


@given(st.text(max_size=40))
def test_anything_typed_gets_one_mark_per_syllable_without_crashing(typed: str) -> None:
    result = judge("nǐ hǎo", typed)
    assert sum(m.expected is not None for m in result.marks) == 2
