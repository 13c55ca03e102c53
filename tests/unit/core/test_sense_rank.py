"""Ranking CC-CEDICT readings and senses: ordinary meanings first, surnames and variants last."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.sense_rank import (
    SenseClass,
    classify,
    is_proper_noun,
    order_definitions,
    rank_readings,
    readings_fit,
    short_gloss,
    shorten,
)


@dataclass(frozen=True)
class E:
    pinyin: str
    definitions: tuple[str, ...]


DU_SURNAME = E("du1", ("surname Du",))
DOU = E("dou1", ("all; both; entirely", "(used for emphasis) even", "already"))
DU_CAPITAL = E("du1", ("capital city", "metropolis"))


def test_classes() -> None:
    assert classify("surname Du") is SenseClass.REFERENCE
    assert classify("variant of 着[zhe5]") is SenseClass.REFERENCE
    assert classify("old variant of 帽[mao4]") is SenseClass.REFERENCE
    assert classify("see 西安市[Xi1 an1 Shi4]") is SenseClass.REFERENCE
    assert classify("(old) cap (garment)") is SenseClass.RARE
    assert classify("(literary) trip; journey") is SenseClass.RARE
    assert classify("(bound form) place; locality") is SenseClass.BOUND
    assert classify("high") is SenseClass.COMMON


def test_surnames_and_one_sense_readings_come_last() -> None:
    assert rank_readings([DU_SURNAME, DOU, DU_CAPITAL]) == [DOU, DU_CAPITAL, DU_SURNAME]
    dozen = E("da2", ("(loanword) dozen", "Taiwan pr. [da3]"))
    hit = E("da3", ("to hit; to strike", "to fight", "to make", "to play"))
    assert rank_readings([dozen, hit]) == [hit, dozen]


def test_the_context_reading_is_preferred() -> None:
    assert rank_readings([DU_SURNAME, DOU, DU_CAPITAL], prefer="du1") == [DU_CAPITAL, DOU, DU_SURNAME]
    assert readings_fit("peng2 you3", "peng2 you5") and not readings_fit("dou1", "du1")


def test_rare_senses_move_to_the_end_of_an_entry() -> None:
    assert order_definitions(("(old) cap (garment)", "military officer", "surname Bian")) == (
        "military officer",
        "(old) cap (garment)",
        "surname Bian",
    )


def test_short_gloss_never_cuts_a_word_and_skips_notes() -> None:
    assert short_gloss(("outfit or spot where something is done for display on social media",), 20) == "outfit"
    assert short_gloss(("surname Gao", "high", "tall")) == "high"
    assert short_gloss(("(completed action marker)", "(modal particle intensifying preceding clause)")) == ""
    assert short_gloss(("see 一家子[yi1 jia1 zi5]",)) == ""  # no Chinese shown to an English reader
    long_first = "a semantically light, transitive verb that is combined with various grammatical objects"
    assert short_gloss((long_first, "to hit; to strike")) == "to hit"  # a whole sense rather than a cut one
    for limit in range(5, 40):
        cut = shorten("a very long meaning with several words, and a clause", limit)
        assert len(cut) <= limit or " " not in cut
        assert "a very long meaning with several words, and a clause".startswith(cut)
        assert cut.split(" ")[-1] in "a very long meaning with several words, and a clause".replace(",", "").split()


def test_proper_nouns() -> None:
    assert is_proper_noun(("Beijing municipality",))
    assert is_proper_noun(("see 西安市[Xi1 an1 Shi4]",))
    assert not is_proper_noun(("see 一家子[yi1 jia1 zi5]",))
    assert not is_proper_noun(("surname Gao",)) and not is_proper_noun(("high",)) and not is_proper_noun(("OK",))
