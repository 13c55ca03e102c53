"""Annotation for the Reader: rows, tokens, readings with neutral tones, glosses, slang spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.slang import load_bundled
from app.services.annotate import ROW_CHARS, Annotator, TokenKind, pinyin_text, split_rows
from app.services.slang_index import SlangIndex


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("我们去银行了。长城很长！ab 1\n😂，"), max_size=300))
def test_rows_and_tokens_cover_the_text_exactly(text: str) -> None:
    rows = Annotator().annotate(text)
    rebuilt = "".join(t.text for row in rows for t in row.tokens)
    assert rebuilt == text.replace("\n", "")
    for row in rows:
        for token in row.tokens:
            assert text[token.start : token.end] == token.text
            if token.kind is TokenKind.HAN:
                assert len(token.readings) == len(token.text)


def test_long_paragraphs_are_cut_at_sentence_ends() -> None:
    text = ("这是一个很长的句子，我们要看它怎么被分开。" * 40) + "\n短的"
    pieces = list(split_rows(text))
    assert all(len(piece) <= ROW_CHARS for _, piece, _ in pieces)
    assert "".join(piece for _, piece, _ in pieces) == text.replace("\n", "")
    assert all(piece.endswith("。") for _, piece, ends in pieces[:-2])


def test_a_megabyte_splits_quickly_into_bounded_rows() -> None:
    text = "a" * 1_000_000  # no sentence ends at all
    pieces = list(split_rows(text))
    assert len(pieces) == 1_000_000 // ROW_CHARS + (1 if 1_000_000 % ROW_CHARS else 0)


def test_dictionary_adds_glosses_and_neutral_tones(words) -> None:  # type: ignore[no-untyped-def]
    rows = Annotator(words).annotate("我的朋友喜欢头发很长的衣服。")
    tokens = {t.text: t for t in rows[0].tokens}
    assert tokens["朋友"].readings == ("peng2", "you5") and tokens["朋友"].gloss.startswith("friend")
    assert tokens["头发"].readings == ("tou2", "fa5")
    assert tokens["喜欢"].readings == ("xi3", "huan5")
    assert tokens["衣服"].readings == ("yi1", "fu5")
    assert pinyin_text(rows).startswith("Wǒ de péngyou xǐhuan tóufa")


def test_without_dictionary_readings_are_citation_tones() -> None:
    rows = Annotator().annotate("朋友")
    assert rows[0].tokens[0].readings == ("peng2", "you3")


def test_slang_spans_are_attached_to_rows() -> None:
    index = SlangIndex()
    index.rebuild(load_bundled())
    rows = Annotator(None, index).annotate("今天的火锅yyds\nno cap, this slaps")
    assert [s.entry_id for s in rows[0].slang] == ["zh-yyds"]
    yyds = next(t for t in rows[0].tokens if t.text == "yyds")
    assert rows[0].slang_at(yyds).term == "yyds"
    assert "en-no-cap" in {s.entry_id for s in rows[1].slang}
    assert rows[1].slang[0].start >= rows[1].start


def test_cancel_stops_between_rows() -> None:
    seen: list[int] = []
    rows = Annotator().annotate(
        "你好\n" * 100, cancelled=lambda: len(seen) > 0, on_rows=lambda r: seen.append(len(r)), batch=10
    )
    assert len(rows) == 10


def test_glosses_take_the_ordinary_sense_never_a_surname(words) -> None:  # type: ignore[no-untyped-def]
    rows = Annotator(words).annotate("我们都很高。")
    tokens = {t.text: t for t in rows[0].tokens}
    assert tokens["都"].readings == ("dou1",) and tokens["都"].gloss == "all"
    assert tokens["高"].gloss == "high"  # 高 gao1 is also "surname Gao", listed first in CC-CEDICT


def test_copied_pinyin_follows_the_orthography_rules(words) -> None:  # type: ignore[no-untyped-def]
    rows = Annotator(words).annotate("我们去西安。他说：“你好！”我在北京学中文（汉语）。\n皮袄")
    assert pinyin_text(rows) == ("Wǒmen qù Xī'ān. Tā shuō: \"Nǐhǎo!\" Wǒ zài Běijīng xué Zhōngwén (Hànyǔ).\nPí'ǎo")


def test_slang_spans_carry_the_chosen_sense_and_the_ranking() -> None:
    index = SlangIndex()
    index.rebuild(load_bundled())
    span = Annotator(None, index).annotate("这个包我拔草了")[0].slang[0]
    assert span.term == "拔草" and span.sense == span.senses[0][0]
    assert len(span.senses) >= 2 and [c for _, c in span.senses] == sorted((c for _, c in span.senses), reverse=True)
    assert span.confidence == span.senses[0][1] < 0.7  # no cue decides: the card lists both
    entry = index.entry(span.entry_id)
    assert entry is not None and span.meaning == entry.sense(span.sense).meaning_en
