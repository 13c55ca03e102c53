"""Slang glossary: validation of the bundled data, and detection (rules, spans, the post set)."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import cedict
from app.core.pinyin import marks_to_numbers
from app.core.slang import GlossaryError, SlangEntry, entry_from_dict, load_bundled
from app.core.slang_detect import SlangDetector, fold
from app.core.slang_patterns import literal_forms, patterns

REPO = Path(__file__).resolve().parents[3]
GLOSSARY = REPO / "resources" / "glossary"
POSTS = REPO / "tests" / "fixtures" / "slang_posts.json"


@cache
def entries() -> tuple[SlangEntry, ...]:
    return tuple(load_bundled())


@cache
def detector() -> SlangDetector:
    return SlangDetector(entries())


def found(text: str) -> list[tuple[str, str]]:
    """(surface, entry id) of every match."""
    return [(m.surface, m.entry_id) for m in detector().detect(text)]


def ids(text: str) -> set[str]:
    return {m.entry_id for m in detector().detect(text)}


# --- the bundled data ------------------------------------------------------------------------------


def test_bundled_glossary_loads_every_file() -> None:
    files = {p.name for p in GLOSSARY.glob("*.json")}
    assert {"en.json", "zh_abbrev_platform.json", "zh_memes_life.json"} <= files
    assert all(name.startswith(("en", "zh_")) for name in files), files
    for path in GLOSSARY.glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    langs = Counter(e.lang for e in entries())
    assert langs["zh"] > 500 and langs["en"] > 250


def test_every_entry_is_complete() -> None:
    for e in entries():
        assert e.term and e.literal and e.meaning_en and e.meaning_zh, e.id
        assert e.register and e.examples, e.id
        assert 1990 <= e.year <= 2026, e.id
        assert all(ex.text and ex.translation for ex in e.examples), e.id
        assert e.detect_alone or e.variants, f"{e.id}: detect_alone false needs context variants"
        # a register is not a tag: the tag filter would show it untranslated beside the translated registers
        assert not set(e.tags) & {"neutral", "playful", "affectionate", "sarcastic", "self-deprecating"}, e.id


# Plain paraphrases that cannot avoid a glossary form of their own language: an abbreviation spelled out
# (xswl = 笑死我了, B站 = 哔哩哔哩) and the platform's own name (小红书, Xiaohongshu).
PLAIN_WITH_GLOSSARY_FORMS = {"zh-xswl", "zh-b-zhan", "zh-xhs", "zh-xiaohongshu", "zh-xiaohongshu-user", "en-rednote"}


def test_every_entry_has_a_plain_paraphrase_without_slang() -> None:
    lang = {e.id: e.lang for e in entries()}
    with_slang = set()
    for e in entries():
        assert e.plain and e.plain == e.plain.strip() and fold(e.plain) != fold(e.term), e.id
        if any(lang[m.entry_id] == e.lang for m in detector().detect(e.plain)):
            with_slang.add(e.id)
    assert with_slang == PLAIN_WITH_GLOSSARY_FORMS


def test_ids_are_unique_and_well_formed() -> None:
    counts = Counter(e.id for e in entries())
    assert [i for i, n in counts.items() if n > 1] == []
    known = set(counts)
    for e in entries():
        assert re.fullmatch(rf"{e.lang}-[a-z0-9]+(-[a-z0-9]+)*", e.id), e.id
        assert set(e.related) <= known, f"{e.id}: unknown related ids {set(e.related) - known}"
        assert e.id not in e.related


def test_no_duplicate_surface_within_a_language() -> None:
    """Case and width folded: a term or variant belongs to one entry of its language, once."""
    owners: dict[tuple[str, str], str] = {}
    for e in entries():
        forms = [fold(f) for f in e.forms]
        assert len(forms) == len(set(forms)), f"{e.id}: repeated form"
        for form in forms:
            other = owners.setdefault((e.lang, form), e.id)
            assert other == e.id, f"{form!r} is in both {other} and {e.id}"


def test_shared_surfaces_across_languages_are_the_known_ones() -> None:
    langs: dict[str, set[str]] = {}
    for e in entries():
        for form in e.forms:
            langs.setdefault(fold(form), set()).add(e.lang)
    shared = sorted(form for form, seen in langs.items() if len(seen) > 1)
    assert shared == ["gg", "npc", "ootd", "vlog"]


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every syllable CC-CEDICT uses, toneless, ü as v."""
    out: set[str] = set()
    for entry in cedict.iter_entries(cedict.bundled_path()):
        for syllable in entry.pinyin.lower().replace("u:", "v").split():
            out.add(syllable.rstrip("12345"))
    return frozenset(s for s in out if s.isalpha())


def pinyin_problems(entry: SlangEntry) -> list[str]:
    """Tokens that are neither a tone-marked syllable nor letters kept from the term (`c wèi`, `dǎ call`)."""
    problems = []
    letters = fold(entry.term).replace(" ", "")
    for token in (entry.pinyin or "").split(" "):
        numbered = marks_to_numbers(token).replace("ü", "v")
        base = numbered.rstrip("1234")
        marks = len(numbered) - len(base)
        known = base in pinyin_syllables() or base.lower() in letters
        if not token or any(ch.isdigit() for ch in token) or marks > 1 or not known:
            problems.append(token)
    return problems


def test_pinyin_is_tone_marked_syllables() -> None:
    for e in entries():
        if e.lang == "en":
            assert e.pinyin is None, e.id
            continue
        assert e.pinyin == e.pinyin.strip() and "  " not in e.pinyin, e.id
        assert not re.search(r"[1-5]", e.pinyin), f"{e.id}: tone numbers instead of marks"
        assert pinyin_problems(e) == [], f"{e.id}: {e.pinyin!r}"


def test_pinyin_check_catches_mistakes() -> None:
    good = next(e for e in entries() if e.id == "zh-c-wei")  # C位: c wèi
    assert pinyin_problems(good) == []
    bad = entry_from_dict(_valid_dict(term="绝绝子", pinyin="jue2 jué xyz"))
    assert pinyin_problems(bad) == ["jue2", "xyz"]


def test_every_example_contains_its_term_or_a_variant() -> None:
    for e in entries():  # a pattern variant (`{*} is giving`) counts by its anchor words
        forms = [fold(f) for f in (e.term, *literal_forms(e.variants))]
        forms += [p.anchor for p in patterns(fold(v) for v in e.variants)]
        for ex in e.examples:
            assert any(f in fold(ex.text) for f in forms), f"{e.id}: {ex.text}"


def test_every_example_is_detected_as_its_entry() -> None:
    # 真的绝美: longest-first takes the variant 真的绝 (zh-jue) over 绝美; the one known overlap.
    missed = {e.id for e in entries() for ex in e.examples if e.id not in ids(ex.text)}
    assert missed <= {"zh-juemei"}


# --- validation errors -----------------------------------------------------------------------------


def _valid_dict(**changes: object) -> dict:
    data: dict = {
        "id": "zh-test",
        "term": "测试",
        "lang": "zh",
        "variants": [],
        "pinyin": "cè shì",
        "literal": "test",
        "meaning_en": "a test",
        "meaning_zh": "测试",
        "register": ["neutral"],
        "examples": [{"text": "测试一下", "translation": "a quick test"}],
        "tags": ["meme"],
        "year": 2024,
        "related": [],
    }
    data.update(changes)
    return data


def test_entry_from_dict_builds_tuples_and_defaults() -> None:
    entry = entry_from_dict(_valid_dict(variants=["测一测"]))
    assert entry.variants == ("测一测",) and entry.detect_alone is True and entry.plain == ""
    assert entry.meaning_other == "a test"
    english = entry_from_dict(_valid_dict(id="en-test", lang="en", term="test", pinyin=None, meaning_zh="测验"))
    assert english.meaning_other == "测验"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"lang": "fr"}, "lang"),
        ({"pinyin": None}, "pinyin"),
        ({"examples": []}, "examples"),
        ({"register": ["rude"]}, "register"),
        ({"id": "test"}, "id"),
        ({"year": "2024"}, "year"),
        ({"detect_alone": False}, "detect_alone"),
        ({"extra": 1}, "unknown"),
        ({"variants": ["ok", ""]}, "variants"),
        ({"plain": "测试"}, "plain"),
        ({"plain": ""}, "plain"),
    ],
)
def test_entry_from_dict_rejects_bad_entries(changes: dict, message: str) -> None:
    with pytest.raises(GlossaryError, match=message) as info:
        entry_from_dict(_valid_dict(**changes), "mine.json entry #3")
    assert "mine.json entry #3" in str(info.value)


def test_missing_field_is_named() -> None:
    data = _valid_dict()
    del data["meaning_en"]
    with pytest.raises(GlossaryError, match="meaning_en"):
        entry_from_dict(data)


def test_load_bundled_names_the_broken_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"version": 1, "entries": [_valid_dict()]}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"version": 1, "entries": [_valid_dict()]}), encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"b\.json.*zh-test.*already used in a\.json"):
        load_bundled(tmp_path)
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"b\.json"):
        load_bundled(tmp_path)
    (tmp_path / "b.json").unlink()
    with pytest.raises(GlossaryError, match=r"a\.json.*zh-test.*'plain'"):
        load_bundled(tmp_path)


# --- detection rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We need to create a new state plan for the middle of the year.",
        "The board may suspend the project; update your skills first.",
        "She ate dinner early and you ate the rest.",
        "Put the cap on the bottle and make some tea before the fire alarm goes off.",
        "The exam period is over, the movie starts mid-October.",
        "16666 people attended, ticket 5201314X.",
        "That's bs and we both know it, nb: the wc is upstairs",  # English, no Chinese nearby
        "我买了一卷纸，然后卷起袖子",
        "客厅的沙发是新买的，老板人很好。",
        "这件大衣原价520元，打完折250元。",
        "Room 520 costs 666 dollars, 250 of us came.",
        "我住的房间号666，手机尾号520，订单号码250",
        "新买的笔记本电脑，坐标系，私生活，国家之间的相互关系",
    ],
)
def test_no_false_hits(text: str) -> None:
    assert found(text) == []


def test_case_and_width_insensitive() -> None:
    for text in ("YYDS", "ｙｙｄｓ", "Yyds", "ＹＹＤＳ"):
        assert found(f"这家店{text}！") == [(text, "zh-yyds")]
    assert found("NO CAP this slaps.") == [("NO CAP", "en-no-cap"), ("this slaps", "en-slaps")]
    assert found("it’s giving") == [("it’s giving", "en-its-giving")]  # curly apostrophe


def test_offsets_survive_characters_whose_lowercase_is_longer() -> None:
    text = "İİ yyds"  # 'İ'.lower() is two characters
    match = detector().detect(text)[0]
    assert (match.start, match.end, match.surface) == (3, 7, "yyds")


def test_inflections_and_aliases() -> None:
    assert found("he ghosted me") == [("ghosted", "en-ghost")]
    assert ids("ghosting is rude") == {"en-ghost"}
    assert ids("she slayed") == {"en-slay"}
    assert found("thats fire") == [("thats fire", "en-fire")]  # apostrophe dropped
    assert found("honestly it's mid.") == [("it's mid", "en-mid")]  # "is mid" contracted


def test_longest_match_first() -> None:
    assert found("破大防了") == [("破大防了", "zh-podafang")]
    assert found("我破防了") == [("破防了", "zh-pofang")]
    assert found("笑死我了") == [("笑死我了", "zh-xswl")]


def test_a_context_phrase_never_cuts_a_complete_term() -> None:
    """真的|绝 (the gated 绝 after its context word) overlaps 绝绝子: the complete term wins over the whole post."""
    assert found("老板人超好，真的绝绝子！") == [("绝绝子", "zh-juejuezi")]
    assert found("真的绝了") == [("绝", "zh-jue")]  # alone, it still finds its entry (the context word is not matched)
    assert found("挖到一个宝藏博主") == [("宝藏博主", "zh-baozang")]  # a phrase holding a term whole is longer


def test_match_fields() -> None:
    match = detector().detect("绝绝子")[0]
    entry = next(e for e in entries() if e.id == "zh-juejuezi")
    assert (match.term, match.start, match.end, match.meaning) == ("绝绝子", 0, 3, entry.meaning_en)
    assert detector().detect("no cap")[0].meaning == next(e for e in entries() if e.id == "en-no-cap").meaning_zh


def test_detect_alone_false_needs_context() -> None:
    assert ids("这次期末太卷了") == {"zh-juan"}
    assert ids("卷") == set()
    assert ids("the tea is hot") == set()
    assert ids("what's the tea?") == {"en-tea"}


def test_bare_chinese_term_inside_english_is_a_loanword() -> None:
    assert ids("I can't explain the 梗 to my friends") == {"zh-geng"}
    assert ids("my 中国间谍 helps with homework") == {"zh-zhongguo-jiandie"}
    assert ids("这个梗我不懂") == set()  # in Chinese the bare term stays ambiguous
    assert ids("用ps抠图") == set()  # a short Latin token inside a Chinese sentence is no English around it


def test_a_quoted_term_is_a_mention() -> None:
    # Talking about a gated term (a question, an explanation) names it alone in quotes.
    assert ids('what does "ate" mean?') == {"en-ate"}
    assert ids("笑死 is basically \u201cI'm dead\u201d here") == {"zh-xiaosi", "en-im-dead"}
    assert ids("他们说的\u201c卷\u201d是什么意思") == {"zh-juan"}
    assert ids("she said 'ate?' and left") == {"en-ate"}
    assert ids("笑死 is basically 'I'm dead 💀'") == {"zh-xiaosi", "en-im-dead"}  # an emoji inside the quotes
    assert ids('"she ate dinner" is literal') == set()  # the quotes hold more than the term
    assert ids("I ate.") == set()
    assert ids("《卷》是一本书") == set()  # a title, not a mention


def test_a_gated_term_named_alongside_slang_of_its_world_counts() -> None:
    assert ids("my little brother keeps saying skibidi and sigma at dinner") == {"en-skibidi", "en-sigma"}
    assert ids("he said 'skibidi ohio rizz' at dinner") == {"en-skibidi", "en-ohio", "en-rizz"}
    assert ids("I moved to Ohio and Michigan") == set()  # no slang beside it
    assert ids("sigma notation in math") == set()


def test_an_ordinary_word_whose_edge_cuts_another_word_does_not_hide_slang() -> None:
    assert ids("看到他笑的那一刻狠狠心动了") == {"zh-henhen"}  # 狠狠心 would cut 心动
    assert ids("哥哥已经营业了一整天") >= {"zh-yingye"}  # 经营 would cut 已经
    assert ids("我买了个笔记本电脑") == set()  # 笔记本 cuts nothing: it still hides 笔记


def test_a_number_being_explained_is_slang() -> None:
    assert ids("can someone explain what 666 means?") == {"zh-666"}
    assert ids("520 stands for I love you") == {"zh-520"}
    assert ids("she has 666 followers") == set()


def test_clause_final_phrases() -> None:
    assert ids("She ate!!") == {"en-ate"}
    assert ids("she ate bro") == {"en-ate"}
    assert ids("she ate dinner") == set()
    assert ids("the show is mid ngl") == {"en-mid", "en-ngl"}
    assert ids("the show is mid-budget") == set()
    assert ids("that's fire 🔥") == {"en-fire"}
    assert ids("that's fire safety") == set()
    assert ids("in my villain era now") == {"en-era"}  # a noun phrase, not restricted


def test_short_chinese_abbreviations_need_chinese_nearby() -> None:
    assert ids("他又在bs我") == {"zh-bs"}
    assert ids("that's bs") == set()
    assert ids("i'm so emo today") == set()
    assert ids("我emo了") == {"zh-emo"}
    assert ids("people on xhs are nice") == {"zh-xhs"}  # three letters, no vowel: not English
    assert ids("u1s1 yyds xswl") == {"zh-u1s1", "zh-yyds", "zh-xswl"}


def test_surface_shared_by_both_languages_follows_the_script_around() -> None:
    assert ids("gg 好帅，我又可以了") == {"zh-gg"}
    assert ids("gg ez, next game") == {"en-gg"}
    assert ids("today's OOTD: linen shirt and jeans") == {"en-ootd"}
    assert ids("今天的OOTD是衬衫配牛仔裤") == {"zh-ootd"}
    assert ids("today's vlog: 北京 citywalk and dumplings") == {"en-vlog", "zh-citywalk"}


def test_numbers() -> None:
    assert ids("520快乐") == {"zh-520"}
    assert ids("双击666") == {"zh-666"}
    assert ids("I worked 996 for two years") == {"zh-996"}
    assert ids("花了250块，第985名，5.20号，2:33，前250") == set()
    assert ids("二百五十元") == set()  # 二百五 inside a bigger number
    assert ids("你个二百五") == {"zh-250"}


def test_elongated_runs_take_the_whole_run() -> None:
    assert found("hhhhhhh 好好笑") == [("hhhhhhh", "zh-hhh")]
    assert found("2333333") == [("2333333", "zh-233")]
    assert found("yasssss queen") == [("yasssss", "en-yass")]
    assert found("sheeeeeesh") == [("sheeeeeesh", "en-sheesh")]


def test_ordinary_lexicon_can_be_turned_off() -> None:
    assert ids("新买的笔记本") == set()  # 笔记本 is an ordinary word
    bare = SlangDetector(entries(), lexicon=())
    assert {m.entry_id for m in bare.detect("新买的笔记本")} == {"zh-biji"}


def test_empty_and_whitespace() -> None:
    assert detector().detect("") == []
    assert detector().detect(" \n\t ") == []


def test_chinese_terms_for_the_segmenter() -> None:
    terms = detector().chinese_terms()
    assert {"绝绝子", "家人们", "破大防"} <= set(terms)
    assert all(len(t) > 1 and all("\u3400" <= ch <= "\u9fff" for ch in t) for t in terms)
    assert "卷" not in terms and "yyds" not in terms


# --- senses ----------------------------------------------------------------------------------------


def entry(entry_id: str) -> SlangEntry:
    return next(e for e in entries() if e.id == entry_id)


def senses_of(text: str, **kw: bool) -> list[tuple[str, str, str]]:
    """(surface, entry id, chosen sense) of every match."""
    return [(m.surface, m.entry_id, m.sense) for m in detector().detect(text, **kw)]


# The entries issue 13 named, with their senses in order of likelihood.
NAMED_SENSES = {
    "zh-biji": ["post", "notes"],
    "zh-bacao": ["cured", "bought", "weeding"],
    "zh-gg": ["over", "gege"],
    "en-swag": ["style", "merch"],
    "en-op": ["poster", "overpowered"],
    "en-snatched": ["on-point", "wig"],
    "zh-ke": ["ship", "seeds"],
    "zh-yingye": ["fan-service", "on-duty", "business"],
    "zh-jiuzhe": ["dismissive"],
    "en-pick-me": ["person", "trait"],
    "zh-zao-c-wan-a": ["skincare", "drinks", "rednote-2025"],
}


def test_a_repeated_cue_counts_once() -> None:
    data = {
        "id": "zh-test", "term": "上岸", "lang": "zh", "variants": [], "pinyin": "shàng àn", "literal": "x",
        "meaning_en": "x", "meaning_zh": "x", "plain": "考上", "register": ["neutral"],
        "examples": [{"text": "上岸了", "translation": "x"}], "tags": [], "year": 2020, "related": [],
        "senses": [
            {"id": "exam", "meaning_en": "x", "meaning_zh": "x", "plain": "考上", "cues": ["考研", "考研", "考公"]}
        ],
    }  # fmt: skip
    assert entry_from_dict(data).senses[0].cues == ("考研", "考公")


def test_the_named_entries_have_their_senses() -> None:
    for entry_id, sense_ids in NAMED_SENSES.items():
        assert [s.id for s in entry(entry_id).senses] == sense_ids, entry_id
    literal = {e.id: [s.id for s in e.senses if s.literal] for e in entries() if e.senses}
    # These keep their literal readings (more may gain one; each literal sense's own examples are checked elsewhere).
    expected = {
        "zh-biji": ["notes"],
        "zh-ke": ["seeds"],
        "zh-yingye": ["business"],
        # ordinary meanings common enough to need their own reading (one-sense entries keep `main` for the slang)
        "zh-bacao": ["weeding"],
        "zh-xiafan": ["with-rice"],
        "zh-zhongcao": ["plant-grass"],
        "zh-chigua": ["melon"],
        "zh-moyu": ["catch-fish"],
        "zh-laosiji": ["driver"],
        "zh-gejiucai": ["chives"],
        "zh-niuma": ["livestock"],
        "zh-daka": ["clock-in"],
        "zh-chaozuoye": ["homework"],
        "en-lowkey": ["understated"],
        "en-cringe": ["wince"],
        "zh-tangping": ["lie-flat"],
        "en-slay": ["kill"],
        "en-red-flag": ["flag"],
        "en-stan": ["name"],
        "en-its-the-for-me": ["choice"],
        "en-comeback": ["return"],
        "zh-shangan": ["shore"],
        "zh-gouliang": ["dog-food"],
        "zh-fanche": ["overturn"],
        "zh-male": ["numb"],
        "zh-dui": ["shove"],
        "zh-fatang": ["hand-out-candy"],
        "zh-fanersai": ["versailles"],
        "zh-liekai": ["crack"],
        "zh-zhiyu": ["cure"],
        "zh-jile": ["anxious"],
        "zh-banzhuan": ["bricks"],
        "zh-nuegou": ["animal-abuse"],
        "zh-juan": ["curl"],
        "zh-huashui": ["paddle"],
        "zh-run": ["moist"],
        "zh-suosi": ["jammed"],
        "zh-keng": ["pit"],
        "zh-kemusan": ["driving-test"],
        "zh-erzhan": ["ww2"],
        "zh-yangyu": ["keep-fish"],
        "zh-tizi": ["ladder"],
        "zh-taitai": ["wife"],
        "zh-hu": ["burnt", "blurry"],
        "zh-jiucai": ["chives"],
        "zh-xiang-appealing": ["smells-good"],
        "en-shipper": ["sender"],
        "en-fit": ["sizing"],
        "en-ate": ["eat"],
        "en-goat": ["animal"],
        "en-boomer": ["generation"],
        "en-tilted": ["leaning"],
        "en-chopped": ["cut"],
        "en-cracked": ["broken"],
        "en-legend": ["key-or-story"],
        "en-ship": ["send"],
        "en-no-cap": ["no-lid-or-limit"],
        "en-bars": ["pubs"],
        "en-flex": ["bend"],
        "en-shade": ["shadow"],
        "en-receipts": ["slips"],
        "en-dip": ["sauce"],
        "en-rip": ["tear"],
        "en-chile": ["country"],
        "en-dub": ["dubbing"],
        "en-fax": ["facsimile"],
        "en-chat": ["talk"],
        "en-gang": ["group"],
        "en-twin": ["sibling"],
        "en-salty": ["taste"],
        "en-cooked": ["food"],
        "en-peak": ["summit"],
        "en-clutch": ["pedal"],
        "en-drip": ["drops"],
        "en-slaps": ["hits"],
        "en-so-real": ["genuine"],
        "en-help": ["assist"],
        "en-aura": ["halo"],
        "en-shook": ["shake"],
        "en-bet": ["wager"],
        "en-chill": ["cold"],
        "en-sigma": ["letter"],
        "en-ratio": ["proportion"],
        "en-kms": ["kilometres"],
        "en-valid": ["in-force"],
        "en-dope": ["drugs"],
        "en-lit": ["lit-up"],
        "en-sick-cool": ["ill"],
        "en-mid": ["middle"],
        "en-toxic": ["poison"],
        "en-wholesome": ["healthy"],
        "en-cap": ["hat"],
        "en-fire": ["flames"],
        "zh-jiaozuoye": ["homework"],
        "zh-gege": ["brother"],
        "zh-jiejie": ["sister"],
        "zh-laoshi": ["teacher"],
        "zh-zhebo": ["wave"],
        "zh-jiuming": ["help"],
        "zh-poanle": ["case-solved"],
        "zh-dangji": ["server"],
        "zh-siji": ["device"],
        "zh-youni": ["greasy"],
        "zh-xiaonaigou": ["puppy"],
        "zh-duizhang": ["accounts"],
        "zh-chouxiang": ["abstract"],
        "zh-taolu": ["routine"],
        "zh-fubao": ["blessing"],
        "zh-jile-gg": ["mailed"],
        "zh-zhenxiang": ["smells-good"],
        "zh-rushou": ["start"],
        "zh-wangzha": ["cards"],
        "zh-zhamao": ["fur"],
        "zh-zhushazhi": ["mole"],
        "zh-zouhoumen": ["back-door"],
        "zh-sixunhuan": ["loop"],
        "zh-ruanshizi": ["persimmon"],
        "zh-nvshen": ["goddess"],
        "zh-tanji-shengwu": ["science"],
        "zh-guiji-shengwu": ["science"],
        "zh-qiangpozheng": ["clinical"],
        "zh-xiexiu": ["cultivator"],
        "zh-shangqiangdu": ["training"],
        "zh-wuwu": ["sound"],
        "zh-laoge": ["elder-brother"],
        "zh-laoayi": ["auntie"],
        "zh-jiujiuhaizi": ["rescue"],
        "zh-zhankeng": ["toilet"],
        "zh-quantiqili": ["stand-up"],
        "zh-caidan": ["painted-egg"],
        "zh-banxiaobandeng": ["stool"],
        "zh-bianshi": ["flog-corpse"],
        "zh-gaoran": ["flammable"],
        "zh-shehuiyao": ["society-sway"],
        "zh-diaoyutie": ["fishing"],
        "zh-sihasiha": ["spicy-gasp"],
        "zh-duilianpai": ["confront"],
        "zh-paizhuan": ["brick"],
        "zh-gonghuo": ["stoke"],
        "zh-gaoguangshike": ["golden-hour"],
        "zh-niaodian": ["urine-spot"],
        "zh-kongjiang": ["airdrop"],
        "zh-zuipao": ["fort"],
        "zh-zuodeng": ["wait"],
        "zh-chengbao": ["contract"],
        "zh-jiajitui": ["extra-drumstick"],
        "zh-linghefan": ["boxed-meal"],
        "zh-fabiandang": ["bento"],
        "zh-ranjinle": ["burnt-out"],
        "zh-xiaotianbing": ["cookies"],
        "zh-youguan": ["oil-pipe"],
        "zh-fanchuan": ["cross-role"],
        "zh-xueyabiaosheng": ["blood-pressure"],
        "zh-baobaomen": ["babies"],
        "zh-chiliang": ["grain"],
        "zh-wailou": ["leaning-building"],
        "zh-baochiduixing": ["formation"],
        "zh-yiyue": ["read"],
        "zh-gongkaichuxing": ["public-execution"],
        "zh-dunai": ["tainted-milk"],
        "zh-liugejiaoyin": ["footprint"],
        "zh-guanggaoweizhaozu": ["ad-space"],
        "zh-xiuluochang": ["asura-battlefield"],
        "zh-shengliu": ["save-data"],
    }
    assert {k: literal.get(k) for k in expected} == expected
    for e in entries():
        if e.senses:  # the entry's own plain is its first slang sense's (what an old reader of the entry substitutes)
            assert e.plain == next(s.plain for s in e.senses if not s.literal), e.id
    assert entry("en-pick-me").sense("person").plain == "people-pleaser"  # type: ignore[union-attr]  # a noun
    assert entry("en-swag").sense("style").plain == "style"  # type: ignore[union-attr]  # "her swag is unmatched"
    assert "作秀" not in entry("zh-yingye").meaning_zh + entry("zh-yingye").plain  # fan service, not a fake show
    assert "而已" in entry("zh-jiuzhe").plain  # 就这样而已: keeps the dismissive "that's it?"


def test_every_sense_example_is_read_with_its_sense() -> None:
    """A slang sense's examples are flagged with that sense; a literal sense's examples are not flagged at all."""
    for e in entries():
        for sense in e.senses:
            for ex in sense.examples:
                flagged = {m.entry_id: m.sense for m in detector().detect(ex.text)}
                seen = {m.entry_id: m.sense for m in detector().detect(ex.text, with_literal=True)}
                if sense.literal:
                    assert e.id not in flagged and seen.get(e.id) == sense.id, (e.id, ex.text)
                else:
                    assert flagged.get(e.id) == sense.id, (e.id, sense.id, ex.text)


def test_a_literal_reading_is_not_flagged() -> None:
    assert senses_of("上课的笔记我借给同桌了") == []
    assert senses_of("上课的笔记我借给同桌了", with_literal=True) == [("笔记", "zh-biji", "notes")]
    assert senses_of("第一次发笔记，请多关照") == [("发笔记", "zh-biji", "post")]
    assert senses_of("过年嗑瓜子看春晚") == [] and ids("他俩太好嗑了") == {"zh-ke"}
    assert senses_of("这道红烧肉很下饭，我吃了两碗米饭") == [] and senses_of("这部综艺很下饭") == [
        ("下饭", "zh-xiafan", "main")
    ]
    assert senses_of("这波下饭操作把队友都看傻了")[0][2] == "bad-play"
    assert senses_of("周末在院子里种草，明年就有草坪了") == [] and "zh-zhongcao" in ids("被博主种草了一支口红")
    assert senses_of("It was a low-key wedding with twenty guests.") == []
    assert senses_of("I lowkey want to go.") == [("lowkey", "en-lowkey", "main")]
    (match,) = detector().detect("过年嗑瓜子看春晚", with_literal=True)
    assert match.literal and match.sense == "seeds" and match.meaning == entry("zh-ke").sense("seeds").meaning_en  # type: ignore[union-attr]


def test_context_selects_the_sense() -> None:
    assert senses_of("gg 好帅，我又可以了") == [("gg", "zh-gg", "gege")]
    assert senses_of("明天考试还没复习，gg了") == [("gg", "zh-gg", "over")]
    assert senses_of("看完差评彻底拔草了") == [("拔草", "zh-bacao", "cured")]
    assert senses_of("种草半年，周末终于去拔草了") == [("种草", "zh-zhongcao", "main"), ("拔草", "zh-bacao", "bought")]
    assert senses_of("Her swag is unmatched.")[0][2] == "style"
    assert senses_of("The conference swag was a tote bag.")[0][2] == "merch"
    assert senses_of("OP here: thanks all")[0][2] == "poster"
    assert senses_of("this hero is so OP")[0][2] == "overpowered"
    assert senses_of("My wig is snatched.")[0][2] == "wig" and senses_of("looking snatched!")[0][2] == "on-point"
    assert senses_of("such a pick-me line")[0][2] == "trait" and senses_of("she's a pick-me")[0][2] == "person"


def test_match_carries_the_chosen_sense_its_meaning_and_the_ranking() -> None:
    (match,) = detector().detect("The conference swag was a tote bag.")
    merch = entry("en-swag").sense("merch")
    assert merch is not None and match.meaning == merch.meaning_zh and match.sense == "merch"
    assert [s.id for s in match.senses] == ["merch", "style"] and match.senses[0].confidence == match.confidence
    assert match.confidence > 0.9 and abs(sum(s.confidence for s in match.senses) - 1) < 0.01
    (plain,) = detector().detect("yyds")
    assert (plain.sense, plain.confidence, [s.id for s in plain.senses]) == ("main", 1.0, ["main"])


def test_without_a_cue_the_first_sense_wins_with_low_confidence() -> None:
    (match,) = detector().detect("swag")
    assert match.sense == "style" and match.confidence < 0.6
    assert [s.id for s in match.senses] == ["style", "merch"]


def test_cue_patterns_respect_word_edges() -> None:
    # "expensive" holds "pens" and "army" ends in "my": neither is a cue.
    (match,) = detector().detect("the expensive swag")
    assert match.sense == "style" and match.confidence < 0.6


def test_with_sense_reads_the_entry_as_one_sense() -> None:
    bacao = entry("zh-bacao")
    bought = bacao.with_sense("bought")
    assert (bought.meaning_en, bought.plain) == (bacao.senses[1].meaning_en, "亲自体验")
    assert bought.examples == bacao.senses[1].examples and bought.term == bacao.term
    assert bacao.with_sense("nope") is bacao
    yyds = entry("zh-yyds")
    assert yyds.with_sense("main") is yyds and [s.id for s in yyds.all_senses] == ["main"]
    assert yyds.all_senses[0].meaning_en == yyds.meaning_en and yyds.all_senses[0].plain == yyds.plain


def test_entry_from_dict_reads_senses() -> None:
    data = _valid_dict(
        senses=[
            {"id": "slang", "meaning_en": "a test", "meaning_zh": "测试", "plain": "检验", "cues": ["考试"]},
            {"id": "plain-word", "meaning_en": "ordinary", "meaning_zh": "普通", "literal": True},
        ]
    )
    slang, literal = entry_from_dict(data).senses
    assert (slang.register, slang.cues, slang.literal, slang.examples) == (("neutral",), ("考试",), False, ())
    assert (literal.register, literal.literal, literal.plain) == (("neutral",), True, "")


@pytest.mark.parametrize(
    ("senses", "message"),
    [
        ("x", "'senses' must be a list"),
        ([{"id": "a", "meaning_en": "x"}], "missing fields"),
        ([{"id": "A b", "meaning_en": "x", "meaning_zh": "y"}], "slug"),
        ([{"id": "a", "meaning_en": "x", "meaning_zh": "y", "colour": 1}], "unknown fields"),
        ([{"id": "a", "meaning_en": "x", "meaning_zh": "y"}] * 2, "repeat"),
        ([{"id": "a", "meaning_en": "x", "meaning_zh": "y", "literal": True}], "literal"),
        ([{"id": "a", "meaning_en": "x", "meaning_zh": "y", "plain": "测试"}], "plain"),
        ([{"id": "a", "meaning_en": "x", "meaning_zh": "y", "register": ["rude"]}], "register"),
    ],
)
def test_entry_from_dict_rejects_bad_senses(senses: object, message: str) -> None:
    with pytest.raises(GlossaryError, match=message):
        entry_from_dict(_valid_dict(senses=senses), "mine.json entry #3")


def test_bundled_senses_need_examples_and_a_plain(tmp_path: Path) -> None:
    sense = {"id": "a", "meaning_en": "x", "meaning_zh": "y", "plain": "检验"}
    (tmp_path / "a.json").write_text(
        json.dumps({"version": 1, "entries": [_valid_dict(plain="检验", senses=[sense])]}), encoding="utf-8"
    )
    with pytest.raises(GlossaryError, match=r"a\.json.*zh-test.*examples"):
        load_bundled(tmp_path)


# --- spans, for any text ---------------------------------------------------------------------------

_PIECES = [
    "yyds", "YYDS", "ｙｙｄｓ", "绝绝子", "破大防了", "卷", "太卷了", "she ate", "ate", "create", "mid", "gg", "520",
    "666", "hhhh", "İ", "ß", "’", " ", "\n", "，", "。", "!", "😭", "a", "1", "二百五", "笔记本", "is mid", "the 梗",
]  # fmt: skip


def _check_spans(text: str) -> None:
    matches = detector().detect(text)
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
    starts = [m.start for m in matches]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_spans_are_valid_for_slang_like_text(text: str) -> None:
    _check_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_spans_are_valid_for_any_text(text: str) -> None:
    _check_spans(text)


# --- the post set ----------------------------------------------------------------------------------


def _score(posts: list[dict]) -> tuple[float, float]:
    tp = fp = fn = 0
    for post in posts:
        got, want = ids(post["text"]), set(post["expected"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return tp / (tp + fp), tp / (tp + fn)


def test_post_set_is_well_formed() -> None:
    data = json.loads(POSTS.read_text(encoding="utf-8"))
    by_id = {e.id: e for e in entries()}
    for post in data["posts"] + data["later_posts"]:
        assert set(post) in ({"text", "expected"}, {"text", "expected", "senses"}) and post["text"].strip()
        assert set(post["expected"]) <= set(by_id), post["text"]
        for entry_id, sense_id in post.get("senses", {}).items():
            sense = by_id[entry_id].sense(sense_id)
            assert sense is not None and by_id[entry_id].senses, (post["text"], sense_id)
            assert (entry_id in post["expected"]) != sense.literal, post["text"]  # a literal reading is not flagged
    assert len(data["posts"]) >= 60 and len(data["posts"]) + len(data["later_posts"]) >= 150
    cases = [p for p in data["posts"] + data["later_posts"] if p.get("senses")]
    assert len(cases) >= 50 and {e for p in cases for e in p["senses"]} == set(NAMED_SENSES)
    assert any(by_id[e].sense(s).literal for p in cases for e, s in p["senses"].items())  # type: ignore[union-attr]


def test_precision_and_recall_on_the_post_set() -> None:
    precision, recall = _score(json.loads(POSTS.read_text(encoding="utf-8"))["posts"])
    assert precision >= 0.90
    assert recall >= 0.95


def sense_accuracy(posts: list[dict]) -> tuple[int, int]:
    """(right, cases): the detector's sense, literal ones included, against each post's expected senses."""
    right = cases = 0
    for post in posts:
        chosen = {m.entry_id: m.sense for m in detector().detect(post["text"], with_literal=True)}
        for entry_id, sense_id in post.get("senses", {}).items():
            cases += 1
            right += chosen.get(entry_id) == sense_id
    return right, cases


def test_the_expected_sense_is_chosen_on_the_post_set() -> None:
    right, cases = sense_accuracy(json.loads(POSTS.read_text(encoding="utf-8"))["posts"])
    assert cases >= 50 and right / cases >= 0.90


def test_bundled_among_slang_terms_need_slang_around_them() -> None:
    assert "zh-shenxian" in ids("谁家小猫咪长得这么神仙，吸猫一口续命十年")
    assert ids("传说山上住着一位神仙") == set()
    assert "en-sigma" in ids("bro is a sigma fr no cap")
    assert ids("the sigma of the sample is small") == set()


def test_bro_as_address_and_as_the_person_talked_about() -> None:
    senses = {m.entry_id: m.sense for m in detector().detect("thanks bro, you just saved my homework")}
    assert senses["en-bro"] == "address"
    senses = {m.entry_id: m.sense for m in detector().detect("bro thought nobody would notice the filter lol")}
    assert senses["en-bro"] == "main"


def test_an_everyday_word_explained_on_hover_hides_the_slang_inside_it() -> None:
    from app.core.slang_detect import for_posts

    posts = for_posts(entries())
    assert [m.surface for m in posts.detect("这波操作666，主播yyds")] == ["666", "yyds"]  # 这波操作, not its 这波
    assert "zh-zhebo" in {m.entry_id for m in posts.detect("这波我是大冤种")}
    flagged = for_posts(entries(), platform_words=True)
    assert "zh-zhebo-caozuo" in {m.entry_id for m in flagged.detect("这波操作666，主播yyds")}


def test_nothing_inside_a_web_or_mail_address_is_slang() -> None:
    assert ids("访问www.baidu.com看看") == set()
    assert ids("email me at ate@gmail.com") == set()
    assert ids("check https://x.com/slay/status/1 ngl") == {"en-ngl"}
    assert "zh-wwww" in ids("笑死我了wwww")


def test_a_chinese_word_in_english_followed_by_an_emoji_is_still_borrowed() -> None:
    assert "zh-nanmin" in ids("Hi 小红书！Ohio girl here, just another 难民 🙏")
    assert ids("战争爆发后，大批难民涌入邻国") == set()


def test_a_term_cutting_only_the_context_words_of_a_gated_phrase_leaves_its_word_flagged() -> None:
    assert found("stan twitter is in shambles.") == [("stan twitter", "en-stan"), ("is in shambles", "en-in-shambles")]
    assert found("这个妆真的绝绝子！") == [("绝绝子", "zh-juejuezi")]  # 绝绝子 cuts 真的绝's own word: it gives way


def test_a_quoted_term_asked_about_is_read_as_slang() -> None:
    (match,) = [
        m for m in detector().detect('we had ribs at dinner 😭 what does "ate" mean?') if m.entry_id == "en-ate"
    ]
    assert match.sense == "main"
    assert "en-ate" not in ids("I ate dinner at six.")
