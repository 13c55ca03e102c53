import sqlite3
from pathlib import Path

import pytest

from app.core import cedict
from app.data import dictionary
from app.data.dictionary import Dictionary, DictionaryUnavailable


def test_parse_line() -> None:
    entry = cedict.parse_line("貓 猫 [mao1] /cat (CL:隻|只[zhi1])/(dialect) to hide oneself/")
    assert entry == cedict.CedictEntry("貓", "猫", "mao1", ("cat (CL:隻|只[zhi1])", "(dialect) to hide oneself"))
    assert cedict.parse_line("# comment") is None
    assert cedict.parse_line("garbage line") is None


def test_bundled_cedict_is_large(built_dictionary: Path) -> None:
    conn = sqlite3.connect(built_dictionary)
    count = conn.execute("select count(*) from entries").fetchone()[0]
    assert count > 120_000
    assert dictionary.is_current(built_dictionary)


def test_lookup_by_simplified_and_traditional(words: Dictionary) -> None:
    simplified = words.lookup_hanzi("猫")
    assert simplified[0].pinyin == "mao1" and simplified[0].definitions[0].startswith("cat")
    assert words.lookup_hanzi("貓")[0] == simplified[0]
    assert words.lookup_hanzi("银行")[0].traditional == "銀行"


@pytest.mark.parametrize("query", ["nihao", "ni3 hao3", "ni3hao3", "nǐ hǎo", "NiHao"])
def test_lookup_by_pinyin_in_every_form(words: Dictionary, query: str) -> None:
    assert "你好" in [e.simplified for e in words.lookup_pinyin(query)]


def test_pinyin_tones_narrow_the_match(words: Dictionary) -> None:
    toneless = {e.simplified for e in words.lookup_pinyin("ma")}
    third = {e.simplified for e in words.lookup_pinyin("ma3")}
    assert "马" in third and "妈" not in third and "妈" in toneless
    assert {e.simplified for e in words.lookup_pinyin("lü4")} >= {"绿", "律"}


def test_english_reverse_lookup_ranks_the_plain_word_first(words: Dictionary) -> None:
    assert words.lookup_english("cat")[0].simplified == "猫"
    assert words.lookup_english("dog")[0].simplified == "狗"
    assert words.lookup_english("bank")[0].simplified == "银行"
    assert words.lookup_english("") == []


def test_auto_lookup(words: Dictionary) -> None:
    assert words.lookup("猫")[0].simplified == "猫"
    assert words.lookup("nǐ hǎo")[0].simplified == "你好"
    assert words.lookup("cat")[0].simplified == "猫"
    assert words.lookup("   ") == []


def test_longest_word_at_a_position(words: Dictionary) -> None:
    text = "我们去中华人民共和国"
    length, entries = words.longest_at(text, 3)
    assert length == 7 and entries[0].simplified == "中华人民共和国"
    assert words.longest_at(text, 0)[0] == 2
    assert words.longest_at("abc", 0) == (0, [])
    assert words.longest_at(text, len(text)) == (0, [])


def test_entry_json_shape(words: Dictionary) -> None:
    data = words.lookup_hanzi("你好")[0].to_json()
    assert data == {
        "simplified": "你好",
        "traditional": "你好",
        "pinyin": "nǐ hǎo",
        "pinyin_numbers": "ni3 hao3",
        "definitions": ["hello; hi"],
        "source": "CC-CEDICT",
    }


def test_missing_or_corrupt_database_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DictionaryUnavailable):
        Dictionary(tmp_path / "none.sqlite").lookup_hanzi("猫")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not sqlite" * 100)
    assert not dictionary.is_current(broken)
    with pytest.raises(DictionaryUnavailable):
        Dictionary(broken).lookup_hanzi("猫")


def test_cancelled_build_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "d.sqlite"
    with pytest.raises(dictionary.BuildCancelled):
        dictionary.build(target, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_build_from_a_small_source_and_rebuild_when_stale(tmp_path: Path) -> None:
    source = tmp_path / "mini.txt"
    source.write_text("# header\n貓 猫 [mao1] /cat/\n狗 狗 [gou3] /dog/\nbad line\n", encoding="utf-8")
    target = tmp_path / "mini.sqlite"
    dictionary.build(target, source)
    assert [e.simplified for e in Dictionary(target).lookup_english("dog")] == ["狗"]
    assert dictionary.is_current(target, source)
    source.write_text("# header\n貓 猫 [mao1] /cat/\n", encoding="utf-8")
    assert not dictionary.is_current(target, source)


def test_empty_source_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "empty.txt"
    source.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(DictionaryUnavailable):
        dictionary.build(tmp_path / "x.sqlite", source)


def test_homographs_put_the_common_reading_first(words: Dictionary) -> None:
    du = words.lookup_hanzi("都")
    assert du[0].pinyin == "dou1" and du[-1].definitions == ("surname Du",)
    assert words.lookup_hanzi("打")[0].pinyin == "da3"  # not da2 "dozen"
    assert words.lookup_hanzi("高")[0].definitions[0] == "high"
    assert words.lookup_hanzi("都", prefer="du1")[0].definitions[0] == "capital city"  # the context's reading
    assert words.lookup_hanzi("长")[0].pinyin == "chang2"
    # Within an entry, rare senses go last: 弁's "(old) cap" after its ordinary sense.
    assert not words.lookup_hanzi("弁")[0].definitions[0].startswith("(old)")


def test_english_lookup_prefers_common_words(words: Dictionary) -> None:
    place = [e.simplified for e in words.lookup_english("place", 10)]
    assert place.index("地方") < place.index("处")
    assert place.index("地方") <= 1
    assert words.lookup_english("cap")[0].simplified in {"帽子", "帽"}
    assert words.lookup_english("beautiful")[0].simplified == "美"
