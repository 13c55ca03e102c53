"""Senses through the app's layers: the slang index reads an entry as the chosen sense, and the translator
substitutes that sense's plain paraphrase (a literal reading is left alone)."""

from __future__ import annotations

from functools import cache

import pytest

from app.core import sentences as splitter
from app.core.slang import load_bundled
from app.services.slang_index import SlangIndex
from app.services.translate import TranslationService

pytestmark = pytest.mark.disable_socket


@cache
def index() -> SlangIndex:
    built = SlangIndex()
    built.rebuild(load_bundled(), platform_words=True)
    return built


def model_input(text: str, source: str = "zh", target: str = "en") -> tuple[str, list[dict[str, object]]]:
    service = TranslationService(lambda s, t: None, index())
    notes: list[dict[str, object]] = []
    prepared, _ = service._prepare(splitter.split(text)[0], source, target, True, notes)
    return prepared, notes


def test_entry_for_reads_the_entry_as_the_chosen_sense() -> None:
    (match,) = index().detect("看完差评，彻底拔草了")
    entry = index().entry_for(match)
    assert entry is not None and (match.sense, entry.plain) == ("cured", "打消念头")
    (match,) = index().detect("种草半年，终于去拔草了")[1:]
    entry = index().entry_for(match)
    assert entry is not None and (match.sense, entry.plain) == ("bought", "亲自体验")
    assert entry.meaning_en == match.meaning == entry.senses[1].meaning_en
    (yyds,) = index().detect("这家店yyds")
    assert index().entry_for(yyds) is index().entry("zh-yyds")  # one sense: the entry itself


def test_the_translator_substitutes_the_chosen_senses_plain() -> None:
    text, notes = model_input("第一次发笔记，请多关照")
    assert "帖子" in text and "笔记" not in text
    assert notes[0]["plain"] == "帖子" and "RedNote" in str(notes[0]["meaning"])
    text, notes = model_input("上课的笔记我借给同桌了")
    assert text == "上课的笔记我借给同桌了" and notes == []  # class notes: literal, nothing flagged or replaced
    text, _ = model_input("gg今天的舞台太帅了")
    assert text.startswith("哥哥今天")
    text, _ = model_input("Her swag is unmatched.", "en", "zh")
    assert text == "Her style is unmatched."  # a noun for a noun, not "free merchandise"
    text, _ = model_input("She's such a pick-me.", "en", "zh")
    assert text == "She's such a people-pleaser."
