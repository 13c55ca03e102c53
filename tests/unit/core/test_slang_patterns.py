"""Variant patterns (SCHEMA.md "Variant patterns"): the notation, its validation and how the detector uses it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.slang import GlossaryError, Sense, SlangEntry, entry_from_dict
from app.core.slang_detect import SlangDetector
from app.core.slang_patterns import check_variant, compile_pattern, expand, literal_forms, patterns


def _entry(term: str, variants: list[str], *, entry_id: str = "", detect_alone: bool = False) -> SlangEntry:
    return entry_from_dict(
        {
            "id": entry_id or "en-" + "-".join(term.replace("'", "").split()),
            "term": term,
            "lang": "en",
            "variants": variants,
            "pinyin": None,
            "literal": "字面",
            "meaning_en": "a test",
            "meaning_zh": "测试",
            "register": ["playful"],
            "examples": [{"text": f"so {term}", "translation": "测试"}],
            "tags": ["meme"],
            "year": 2024,
            "related": [],
            "detect_alone": detect_alone,
        }
    )


def _detector(*entries: SlangEntry) -> SlangDetector:
    return SlangDetector(entries, lexicon=())


def spans(detector: SlangDetector, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry_id) for m in detector.detect(text)]


def test_choices_expand_anywhere_and_patterns_keep_their_slots() -> None:
    assert expand("caught {me|you} in {4k|8k}") == [
        "caught me in 4k",
        "caught me in 8k",
        "caught you in 4k",
        "caught you in 8k",
    ]
    assert expand("被{他|她}种草") == ["被他种草", "被她种草"]
    assert expand("{*} {is|was} giving {!me|a}") == ["{*} is giving {!me|a}", "{*} was giving {!me|a}"]
    assert literal_forms(["plain", "caught {me|you} in 4k", "{*} slaps {.}"]) == [
        "plain",
        "caught me in 4k",
        "caught you in 4k",
    ]


@pytest.mark.parametrize(
    "variant",
    ["{a|b", "a}", "{*}", "{.} x", "x {.} y", "{**} x", "x {**}", "x {!a b}", "x {^}", "{a||b} x", "x  {*}", "x {?}"],
)
def test_malformed_variants_are_reported(variant: str) -> None:
    assert check_variant(variant) is not None


def test_well_formed_variants_pass() -> None:
    for variant in [
        "plain words",
        "[狗头]",
        "my {**} era",
        "{^} hear me out",
        "{!my|your} sis {.}",
        "{*} is giving {!me}",
    ]:
        assert check_variant(variant) is None, variant


def test_validation_names_the_bad_variant() -> None:
    with pytest.raises(GlossaryError, match="variant"):
        _entry("slaps", ["{*} slaps {"])


def test_the_anchor_is_the_longest_run_of_words_preferring_content_words() -> None:
    assert compile_pattern("my {**} era").anchor == "era"
    assert compile_pattern("their {**} era").anchor == "era"  # not the longer function word
    assert compile_pattern("{*} is giving {!me}").anchor == "is giving"
    assert [p.anchor for p in patterns(["caught {me|you} in 4k", "{*} slaps {.}"])] == ["slaps"]


def test_a_wildcard_at_the_edge_conditions_the_match_but_is_not_part_of_it() -> None:
    d = _detector(_entry("it's giving", ["{*} is giving {!me|a|the}"], entry_id="en-its-giving", detect_alone=True))
    assert spans(d, "Her fit is giving old money") == [("is giving", "en-its-giving")]
    assert spans(d, "this café is giving Paris!") == [("is giving", "en-its-giving")]
    assert spans(d, "He is giving me a headache") == []  # a listed word follows
    assert spans(d, "is giving old money") == []  # no word before it
    assert spans(d, "fit, is giving") == []  # punctuation is not a word
    assert spans(d, "这个穿搭 is giving old money") == [("is giving", "en-its-giving")]  # Chinese counts as a word


def test_a_wildcard_between_words_is_part_of_the_match() -> None:
    d = _detector(_entry("era", ["villain era", "my {**} era"]))
    assert spans(d, "I'm in my soup era now") == [("my soup era", "en-era")]
    assert spans(d, "in my no more excuses era") == [("my no more excuses era", "en-era")]
    assert spans(d, "an era of peace") == [] and spans(d, "army soup era") == []
    assert spans(d, "entering my villain era") == [("my villain era", "en-era")]  # the longer match wins


def test_clause_end_and_neighbour_conditions() -> None:
    d = _detector(
        _entry("slaps", ["this slaps", "{*} slaps {.}"]),
        _entry("sis", ["ok sis", "{!my|your|little} sis {.}", "{^} sis {?really|said}"]),
    )
    assert spans(d, "his playlist slaps") == [("slaps", "en-slaps")]
    assert spans(d, "his playlist slaps, no skips") == [("slaps", "en-slaps")]
    assert spans(d, "the wave slaps against the rocks") == []
    assert spans(d, "Spill the tea sis, what happened") == [("sis", "en-sis")]
    assert spans(d, "My little sis.") == [] and spans(d, "I miss my sis") == []
    assert spans(d, "sis really said no") == [("sis", "en-sis")]
    assert spans(d, "and sis really said no") == []  # `{^}`: the clause must start there
    assert spans(d, "ok. Sis said it") == [("Sis", "en-sis")]


def test_choices_in_a_literal_variant_are_ordinary_forms() -> None:
    d = _detector(_entry("caught in 4k", ["caught {me|you|him|her|them|us} in 4k"], detect_alone=True))
    assert spans(d, "my mom caught me in 4k sneaking cookies") == [("caught me in 4k", "en-caught-in-4k")]
    assert spans(d, "Caught in 4K.") == [("Caught in 4K", "en-caught-in-4k")]


def test_glossary_patterns_find_ordinary_slang_uses() -> None:
    from app.core.slang import load_bundled

    d = SlangDetector(load_bundled())
    found = {m.entry_id for m in d.detect("Her fit is giving old money and the playlist slaps")}
    assert {"en-its-giving", "en-old-money", "en-slaps"} <= found
    assert "en-its-giving" not in {m.entry_id for m in d.detect("The school is giving students a day off.")}
    assert "en-serve" not in {m.entry_id for m in d.detect("She served the soup hot.")}


def test_a_pattern_on_the_words_of_a_clause_final_variant_adds_to_it() -> None:
    d = _detector(_entry("tweaking", ["you're tweaking", "you're tweaking {?if|fr}"]))
    assert spans(d, "you're tweaking.") == [("you're tweaking", "en-tweaking")]
    assert spans(d, "you're tweaking if you think so") == [("you're tweaking", "en-tweaking")]
    assert spans(d, "you're tweaking the settings") == []


def test_a_pattern_reads_as_words_in_lists() -> None:
    from app.core.slang_patterns import readable

    assert readable("{*} {is|was} giving {!me|you|a}") == "… is/was giving"
    assert readable("caught {me|you} in {4k|8k}") == "caught me/you in 4k/8k"
    assert readable("my {**} era") == "my … era"
    assert readable("no cap") == "no cap"
    assert readable("{?太|好|也太}上头") == "…上头" and readable("{!船|游}上岸{.}") == "上岸"


def _zh(term: str, variants: list[str], *, entry_id: str = "") -> SlangEntry:
    return entry_from_dict(
        {
            "id": entry_id or "zh-test-" + str(len(term)),
            "term": term,
            "lang": "zh",
            "variants": variants,
            "pinyin": "cè shì",
            "literal": "a test",
            "meaning_en": "a test",
            "meaning_zh": "测试",
            "plain": "很拼",
            "register": ["playful"],
            "examples": [{"text": f"太{term}了", "translation": "a test"}],
            "tags": ["meme"],
            "year": 2020,
            "related": [],
            "detect_alone": False,
        }
    )


def test_chinese_edges_are_conditions_glued_to_the_term() -> None:
    p = compile_pattern("{?太|好|也太}上头")
    assert (p.anchor, p.before.han, p.before.words) == ("上头", True, frozenset({"太", "好", "也太"}))
    assert not p.clause_final and compile_pattern("肝{.}").after.kind == "."
    for variant in ["{?太|好}上头", "肝{.}", "{^}上岸", "{!不|没}卷", "{?太|好}肝{.}", "{*}卷"]:
        assert check_variant(variant) is None, variant
    for variant in ["{?too}上头", "{**}上头", "上头{^}", "{.}上头", "{?太 好}上头"]:
        assert check_variant(variant) is not None, variant


def test_a_word_before_a_chinese_term_conditions_it_without_joining_the_match() -> None:
    d = _detector(_zh("上头", ["{?太|好|超|真的|越看越}上头"]))
    assert spans(d, "这首歌太上头了") == [("上头", "zh-test-2")]
    assert spans(d, "这剧越看越上头！") == [("上头", "zh-test-2")]
    assert spans(d, "他上头派人来了") == []  # nothing listed right before it
    assert spans(d, "太 上头") == []  # adjacency is by character, no spaces
    assert spans(d, "explain 上头 please") == [("上头", "zh-test-2")]  # the bare term borrowed into English


def test_a_chinese_clause_end_allows_particles_then_punctuation_or_the_line_end() -> None:
    d = _detector(_zh("肝", ["肝{.}", "{?太|好}肝"]))
    for text in ["这个活动真的肝", "这游戏好肝啊！", "最近也太肝了吧～", "肝了哈哈\n下一行", "这周很肝 😭", "是挺肝的"]:
        found = spans(d, text)
        assert (found == [("肝", "zh-test-1")]) is (text != "是挺肝的"), text  # 的 is not a clause-final particle
    assert spans(d, "他的肝不好") == [] and spans(d, "肝了一晚上") == []  # the clause goes on


def test_a_negative_chinese_edge_and_a_clause_start() -> None:
    d = _detector(_zh("上岸", ["{^}上岸{?了}", "{!船|海|游}上岸"]))
    assert spans(d, "上岸了！") == [("上岸", "zh-test-2")]
    assert spans(d, "终于，上岸了") == [("上岸", "zh-test-2")]
    assert spans(d, "祝你早日上岸") == [("上岸", "zh-test-2")]
    assert spans(d, "我们游上岸") == []  # a listed character stands right before


def test_latin_letter_chinese_slang_has_chinese_edges_too() -> None:
    """ky (不会看气氛) is an ordinary pair of letters: a slot of Chinese strings, a clause start or a clause end
    glued to it is a Chinese edge, as for a term written in characters."""
    d = _detector(_zh("ky", ["{?好|很|太|真}ky", "ky{.}", "ky{?死}", "{^}ky"]))
    for text in ["你好ky啊", "他真的很ky，", "这人太ky了吧", "ky死了", "说这种话，ky", "ky！", "ky了吧😅"]:
        assert [s for s, _ in spans(d, text)] == ["ky"], text
    for text in ["the sky is blue", "kyoto 真好玩", "很kyoto"]:
        assert spans(d, text) == [], text  # letters inside a longer word are not the term
    assert compile_pattern("{?好|很}ky").before.han and compile_pattern("ky{.}").after.han
    for variant in ["{?好|很}ky", "ky{.}", "ky{!了}", "{^}ky"]:
        assert check_variant(variant) is None, variant
    assert check_variant("{*}ky") is not None and check_variant("{?so}ky") is not None  # Latin slots need a space


def test_a_number_word_in_an_english_edge() -> None:
    """`#` in `{?…}` / `{!…}` stands for any number: `bc` (because) is not the BC of a year."""
    d = _detector(_entry("bc", ["{!#|ad|circa} bc {?i|it|im}"], entry_id="en-bc"))
    assert spans(d, "left early bc i was tired") == [("bc", "en-bc")]
    assert spans(d, "In 300 BC it was a village") == [] and spans(d, "circa bc it") == []
    assert check_variant("{!#|ad} bc") is None and check_variant("{!#x} bc") is not None


def test_a_hyphen_or_apostrophe_inside_a_word_neither_starts_nor_ends_a_clause() -> None:
    d = _detector(_entry("cooked", ["{^} cooked {.}"], entry_id="en-cooked"), _entry("mother", ["{^} mother {.}"]))
    assert spans(d, "Cooked.") == [("Cooked", "en-cooked")] and spans(d, "mother!") == [("mother", "en-mother")]
    assert spans(d, "a home-cooked!") == [] and spans(d, "o'cooked.") == []  # the word goes on before it
    assert spans(d, "Mother's Day") == [] and spans(d, "mother’s") == []  # …and after it
    assert spans(d, "so - cooked.") == [("cooked", "en-cooked")]  # a dash between spaces is punctuation


def test_a_gated_capital_headword_counts_in_capitals_when_its_lowercase_is_the_literal_sense() -> None:
    bare = _entry("GOAT", ["the goat of {kpop|rap}"], entry_id="en-goat")
    goat = replace(
        bare,
        senses=(
            Sense("main", "greatest of all time", "史上最强", "", ("playful",), (), (), False),
            Sense("animal", "the animal", "山羊", "", ("neutral",), (), ("farm",), True),
        ),
    )
    d = _detector(goat)
    assert spans(d, "yyds means GOAT, my teacher is yyds") == [("GOAT", "en-goat")]
    assert spans(d, "Messi GOAT 🐐") == [("GOAT", "en-goat")]
    assert spans(d, "a goat on the farm") == []
    assert spans(d, "A GOAT ON THE FARM") == []  # a shouted line says nothing about the word
    # no literal lowercase sense: capitals prove nothing
    plain = _detector(_entry("OTP", ["my otp"], entry_id="en-otp"))
    assert spans(plain, "enter the OTP we sent") == []


def test_an_among_slang_term_counts_alone_only_with_two_other_slang_terms_near_it() -> None:
    among = replace(_entry("sigma", ["such a sigma"]), tags=("meme", "among-slang"))
    plain_gated = _entry("tea", ["spill the tea"])
    d = _detector(among, plain_gated, _entry("ngl", [], detect_alone=True), _entry("fr", [], detect_alone=True))
    assert spans(d, "he is sigma ngl fr") == [("sigma", "en-sigma"), ("ngl", "en-ngl"), ("fr", "en-fr")]
    assert spans(d, "he is sigma ngl") == [("ngl", "en-ngl")]  # one other term is not enough
    assert spans(d, "sigma notation") == []
    # a gated entry without the tag keeps its gate, however much slang surrounds it
    assert spans(d, "tea ngl fr") == [("ngl", "en-ngl"), ("fr", "en-fr")]
    # the company must be on the same line
    assert spans(d, "the sigma function\nngl fr") == [("ngl", "en-ngl"), ("fr", "en-fr")]
    # the term's own forms are not its company
    assert spans(d, "sigma such a sigma ngl")[-1] == ("ngl", "en-ngl")
