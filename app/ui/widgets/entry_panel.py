"""The side panel that explains a word: dictionary entries (and later slang notes) as rich text."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.pinyin import format_syllable, tone_of
from app.core.slang import SlangEntry
from app.data.dictionary import DictEntry
from app.ui.labels import register_names


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
        source = self.tr("Source: CC-CEDICT (CC BY-SA 4.0)")
        html.append(f"<p style='color:gray;font-size:11px'>{escape(source)}</p>")
        self.setHtml("".join(html))

    def slang_html(self, entry: SlangEntry, colours: dict[str, str] | None) -> str:
        """A slang note: the term, its meaning in both languages, register and an example."""
        label = self.tr("Slang")
        literal_label = self.tr("Literally")
        pinyin = f" <span style='font-size:15px'>{marks_coloured(entry.pinyin, colours)}</span>" if entry.pinyin else ""
        first, second = (
            (entry.meaning_en, entry.meaning_zh) if entry.lang == "zh" else (entry.meaning_zh, entry.meaning_en)
        )
        register = register_names(entry.register)
        example = ""
        if entry.examples:
            e = entry.examples[0]
            example = f"<p style='margin-left:8px'><i>{escape(e.text)}</i><br>{escape(e.translation)}</p>"
        literal = f"<p style='color:#555'>{escape(literal_label)}: {escape(entry.literal)}</p>" if entry.literal else ""
        return (
            "<div style='background:#fff4dd; padding:6px; border-left:4px solid #f0a020'>"
            f"<p style='color:#b26a00; font-size:11px'>{escape(label)} · {escape(register)} · {entry.year}</p>"
            f"<div style='font-size:20px'><b>{escape(entry.term)}</b>{pinyin}</div>"
            f"<p><b>{escape(first)}</b></p><p>{escape(second)}</p>{literal}{example}</div><hr>"
        )

    def show_english(self, word: str, entries: list[DictEntry], colours: dict[str, str] | None) -> None:
        title = self.tr("Chinese words for “{word}”").replace("{word}", escape(word))
        if not entries:
            self.show_message(self.tr("No Chinese words found for “{word}”.").replace("{word}", word))
            return
        rows = []
        for entry in entries:
            rows.append(
                f"<p><span style='font-size:20px'>{coloured_hanzi(entry.simplified, entry.pinyin, colours)}</span> "
                f"{coloured_pinyin(entry.pinyin, colours)}<br>"
                f"<span style='color:#444'>{escape('; '.join(entry.definitions[:3]))}</span></p>"
            )
        self.setHtml(f"<h3>{title}</h3>{''.join(rows)}")
