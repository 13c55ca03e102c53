"""The side panel that explains a word: dictionary entries (and later slang notes) as rich text."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.pinyin import format_syllable, tone_of
from app.core.slang import PLATFORM_WORD, SlangEntry
from app.data.dictionary import DictEntry
from app.services.annotate import SlangSpan
from app.ui.labels import register_names

UNSURE = 0.7  # below this confidence in the chosen sense, the card lists every sense by likelihood


def coloured_pinyin(numbered: str, colours: dict[str, str] | None) -> str:
    parts = []
    for syllable in numbered.split():
        shown = escape(format_syllable(syllable))
        colour = colours.get(tone_of(syllable)) if colours else None
        parts.append(f'<span style="color:{colour}">{shown}</span>' if colour else shown)
    return " ".join(parts)


def coloured_hanzi(word: str, numbered: str, colours: dict[str, str] | None) -> str:
    syllables = numbered.split()
    if not colours or len(syllables) != len(word):
        return escape(word)
    return "".join(
        f'<span style="color:{colours.get(tone_of(s), "")}">{escape(c)}</span>'
        for c, s in zip(word, syllables, strict=True)
    )


def entries_html(entries: list[DictEntry], colours: dict[str, str] | None, heading: bool = True) -> str:
    blocks = []
    for entry in entries:
        head = ""
        if heading:
            trad = (
                f' <span style="color:gray">({escape(entry.traditional)})</span>'
                if entry.traditional != entry.simplified
                else ""
            )
            head = f'<div style="font-size:22px">{coloured_hanzi(entry.simplified, entry.pinyin, colours)}{trad}</div>'
        defs = "".join(f"<li>{escape(d)}</li>" for d in entry.definitions)
        blocks.append(
            f"{head}<div style='font-size:15px'>{coloured_pinyin(entry.pinyin, colours)}</div>"
            f"<ol style='margin-top:2px'>{defs}</ol>"
        )
    return "".join(blocks)


def marks_coloured(pinyin: str, colours: dict[str, str] | None) -> str:
    """Tone-mark pinyin (as the glossary stores it) coloured by tone."""
    from app.core.pinyin import marks_to_numbers

    numbered = marks_to_numbers(pinyin).split()
    shown = pinyin.split()
    if not colours or len(numbered) != len(shown):
        return escape(pinyin)
    return " ".join(
        f'<span style="color:{colours.get(tone_of(n) if n[-1:].isdigit() else "5", "")}">{escape(s)}</span>'
        for n, s in zip(numbered, shown, strict=True)
    )


class EntryPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(240)
        self.show_hint()

    def show_hint(self) -> None:
        hint = self.tr("Point at or click a word to see its dictionary entry.")
        self.setHtml(f"<p style='color:gray'>{escape(hint)}</p>")

    def show_message(self, text: str) -> None:
        self.setHtml(f"<p style='color:gray'>{escape(text)}</p>")

    def show_word(
        self,
        word: str,
        entries: list[DictEntry],
        characters: list[tuple[str, list[DictEntry]]],
        colours: dict[str, str] | None,
        notes_html: str = "",
        extra: str = "",
    ) -> None:
        html = [notes_html]
        if entries:
            html.append(entries_html(entries, colours))
        else:
            html.append(f"<div style='font-size:22px'>{escape(word)}</div>")
            missing = self.tr("Not in the dictionary as one word.")
            html.append(f"<p style='color:gray'>{escape(missing)}</p>")
        if characters:
            characters_title = self.tr("Characters")
            html.append(f"<h4>{escape(characters_title)}</h4>")
            for char, char_entries in characters:
                html.append(entries_html(char_entries[:3], colours) if char_entries else escape(char))
        html.append(extra)
        source = self.tr("Source: CC-CEDICT (CC BY-SA 4.0)")
        html.append(f"<p style='color:gray;font-size:11px'>{escape(source)}</p>")
        self.setHtml("".join(html))

    def slang_html(
        self,
        entry: SlangEntry,
        colours: dict[str, str] | None,
        span: SlangSpan | None = None,
        *,
        hover_only: bool = False,
    ) -> str:
        """A glossary card: the term, the sense chosen in context (meaning in both languages), register and an
        example; when the detector was unsure, every sense in order of likelihood. `hover_only`: a platform or
        everyday word (not flagged as slang in posts, explained all the same)."""
        label = self.tr("Slang")
        if hover_only:
            label = self.tr("Platform word") if PLATFORM_WORD in entry.tags else self.tr("Everyday word")
        literal_label = self.tr("Literally")
        shown = entry.with_sense(span.sense) if span is not None else entry
        pinyin = f" <span style='font-size:15px'>{marks_coloured(entry.pinyin, colours)}</span>" if entry.pinyin else ""
        first, second = (
            (shown.meaning_en, shown.meaning_zh) if entry.lang == "zh" else (shown.meaning_zh, shown.meaning_en)
        )
        register = register_names(shown.register)
        example = ""
        if shown.examples:
            e = shown.examples[0]
            example = f"<p style='margin-left:8px'><i>{escape(e.text)}</i><br>{escape(e.translation)}</p>"
        literal = f"<p style='color:#555'>{escape(literal_label)}: {escape(entry.literal)}</p>" if entry.literal else ""
        return (
            "<div style='background:#fff4dd; padding:6px; border-left:4px solid #f0a020'>"
            f"<p style='color:#b26a00; font-size:11px'>{escape(label)} · {escape(register)} · {entry.year}</p>"
            f"<div style='font-size:20px'><b>{escape(entry.term)}</b>{pinyin}</div>"
            f"<p><b>{escape(first)}</b></p><p>{escape(second)}</p>{self._senses_html(entry, span)}"
            f"{literal}{example}</div><hr>"
        )

    def _senses_html(self, entry: SlangEntry, span: SlangSpan | None) -> str:
        """Every sense, most likely first, when the context did not settle which one is meant."""
        if span is None or len(span.senses) < 2 or span.confidence >= UNSURE:
            return ""
        title = self.tr("Not sure which sense is meant here. Most likely first:")
        items = []
        for sense_id, likelihood in span.senses:
            sense = entry.sense(sense_id)
            if sense is None:
                continue
            meaning = sense.meaning_en if entry.lang == "zh" else sense.meaning_zh
            literal = f" <span style='color:gray'>({escape(self.tr('ordinary word'))})</span>" if sense.literal else ""
            items.append(
                f"<li>{escape(meaning)}{literal} <span style='color:gray'>{round(likelihood * 100)}%</span></li>"
            )
        return f"<p style='color:#b26a00'>{escape(title)}</p><ol style='margin-top:0'>{''.join(items)}</ol>"

    def english_html(self, word: str, entries: list[DictEntry], colours: dict[str, str] | None) -> str:
        """Chinese words for an English one, best first; "" when there are none."""
        if not entries:
            return ""
        title = self.tr("Chinese words for “{word}”").replace("{word}", escape(word))
        rows = []
        for entry in entries:
            rows.append(
                f"<p><span style='font-size:20px'>{coloured_hanzi(entry.simplified, entry.pinyin, colours)}</span> "
                f"{coloured_pinyin(entry.pinyin, colours)}<br>"
                f"<span style='color:#444'>{escape('; '.join(entry.definitions[:3]))}</span></p>"
            )
        return f"<h3>{title}</h3>{''.join(rows)}"

    def glossary_list_html(self, entries: list[SlangEntry]) -> str:
        """A short list of glossary entries whose meaning holds the word looked up."""
        if not entries:
            return ""
        title = self.tr("Also in the glossary")
        rows = "".join(
            f"<li><b>{escape(e.term)}</b> {escape(e.meaning_en if e.lang == 'zh' else e.meaning_zh)}</li>"
            for e in entries
        )
        return f"<h4>{escape(title)}</h4><ul>{rows}</ul>"

    def show_english(
        self, word: str, entries: list[DictEntry], colours: dict[str, str] | None, notes_html: str = "", extra: str = ""
    ) -> None:
        """Chinese words for an English word, after any glossary cards (`notes_html`) and before `extra`."""
        html = self.english_html(word, entries, colours)
        if not (html or notes_html or extra):
            self.show_message(self.tr("No Chinese words found for “{word}”.").replace("{word}", word))
            return
        self.setHtml(notes_html + html + extra)
