"""The side panel that explains a word: dictionary entries (and later slang notes) as rich text."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.pinyin import format_syllable, tone_of
from app.data.dictionary import DictEntry


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
