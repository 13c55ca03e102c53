"""A session as a handout: Markdown and HTML with pinyin under Chinese and corrections as diffs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.diff import Segment, diff
from app.core.text import is_han
from app.data import atomic_file

if TYPE_CHECKING:
    from app.data.phrases import Phrase, PhraseStore
    from app.data.sessions import Entry, Session, SessionStore, Summary
    from app.services.annotate import Annotator

FORMATS = ("md", "html", "pdf")
PinyinFn = Callable[[str], str]

# English for the tutor, Chinese for the student: the handout is read by both.
KIND_LABELS = {
    "question": "Question · 问题",
    "answer": "Answer · 解答",
    "translation": "Translation · 翻译",
    "correction": "Correction · 修改",
    "note": "Note · 笔记",
}
DIRECTION_LABELS = {"en": "English · 英语", "zh": "Chinese · 中文", "both": "English and Chinese · 英语和中文"}
DEL_STYLE = "text-decoration: line-through; color: #a40000; background-color: #fde2e2"
INS_STYLE = "text-decoration: none; color: #0b6b1f; background-color: #c6efce"
CSS = f"""
body {{ font-family: sans-serif; line-height: 1.45; max-width: 48em; margin: 1.5em auto; color: #222; }}
h1 {{ font-size: 1.6em; margin-bottom: 0.2em; }}
h2 {{ font-size: 1.15em; margin: 1.2em 0 0.3em 0; color: #444; }}
.meta {{ color: #555; }}
.pinyin {{ color: #0a5aa0; font-style: italic; margin-top: 0; }}
.label {{ color: #666; font-weight: bold; }}
del {{ {DEL_STYLE}; }}
ins {{ {INS_STYLE}; }}
.footer {{ color: #888; font-size: small; margin-top: 2em; }}
"""


@dataclass(frozen=True, slots=True)
class SessionDocument:
    """Everything an export shows, read in one go (plain values: a worker thread can render it)."""

    session: Session
    entries: list[Entry]
    summary: Summary
    phrases: dict[int, list[Phrase]]  # entry id → phrases saved from it


def load_document(store: SessionStore, phrases: PhraseStore, session_id: int) -> SessionDocument:
    entries = store.entries(session_id)
    linked = {e.id: phrases.linked("session", str(e.id)) for e in entries}
    return SessionDocument(store.get(session_id), entries, store.summary(session_id), linked)


def pinyin_function(annotator: Annotator) -> PinyinFn:
    """Pinyin of the text ('' when it has no Chinese), read in context, with the dictionary's neutral tones."""
    from app.services.annotate import pinyin_text

    def pinyin(text: str) -> str:
        if not any(is_han(ch) for ch in text):
            return ""
        return pinyin_text(annotator.annotate(text))

    return pinyin


def format_duration(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min" if minutes else f"{secs} s"


def _local(stamp: str | None) -> str:
    return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M") if stamp else ""


def _facts(doc: SessionDocument) -> list[tuple[str, str]]:
    s, summary = doc.session, doc.summary
    facts = [
        ("Partner · 伙伴", s.partner),
        ("Help with · 帮助", DIRECTION_LABELS.get(s.direction, s.direction)),
        ("Subject · 主题", s.subject),
        ("Started · 开始", _local(s.started_at)),
        ("Ended · 结束", "" if s.running else _local(s.ended_at)),
        ("Duration · 时长", format_duration(summary.duration_seconds) if s.started_at else ""),
    ]
    counts = ", ".join(
        (
            _counted(summary.entries, "entry", "entries"),
            _counted(summary.corrections, "correction", "corrections"),
            _counted(summary.phrases_saved, "phrase saved", "phrases saved"),
        )
    )
    return [(k, v) for k, v in facts if v] + [("Summary · 总结", counts)]


def _counted(count: int, one: str, many: str) -> str:
    """ "1 entry", "2 entries": the handout is in English (its labels carry their Chinese beside them)."""
    return f"{count} {one if count == 1 else many}"


def default_filename(session: Session, fmt: str) -> str:
    """A file name from the title that every file system accepts."""
    stem = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", session.title).strip(" .") or f"session-{session.id}"
    return f"{' '.join(stem.split())[:80]}.{fmt}"


# --- Markdown ------------------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_~\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    """Text that Markdown shows as written (no emphasis, links, headings or lists made of it)."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _md_lines(text: str) -> str:
    return "  \n".join(md_escape(line) for line in text.strip("\n").split("\n"))


def _md_mark(text: str, mark: str) -> str:
    """`~~x~~` / `**x**` around each line's words, spaces outside (Markdown needs that); bare spaces show as ␣."""
    pieces = []
    for line in text.split("\n"):
        core = line.strip()
        if not core:
            pieces.append(f"{mark}{'␣' * len(line)}{mark}" if line else "")
            continue
        lead, trail = line[: len(line) - len(line.lstrip())], line[len(line.rstrip()) :]
        pieces.append(f"{lead}{mark}{md_escape(core)}{mark}{trail}")
    return "  \n".join(pieces)


def diff_markdown(segments: list[Segment]) -> str:
    marks = {"delete": "~~", "insert": "**"}
    return "".join(
        _md_lines_keep(s.text) if s.op == "equal" else _md_mark(s.text, marks[s.op]) for s in segments
    ).strip()


def _md_lines_keep(text: str) -> str:
    return "  \n".join(md_escape(line) for line in text.split("\n"))


def _md_pinyin(text: str, pinyin: PinyinFn | None) -> list[str]:
    reading = pinyin(text) if pinyin else ""
    lines = [line for line in reading.split("\n") if line.strip()]
    return ["  \n".join(f"*{md_escape(line.strip())}*" for line in lines), ""] if lines else []


def to_markdown(doc: SessionDocument, pinyin: PinyinFn | None = None) -> str:
    out = [f"# {md_escape(doc.session.title)}", ""]
    out += [f"- **{label}:** {md_escape(value)}" for label, value in _facts(doc)]
    out.append("")
    for number, entry in enumerate(doc.entries, 1):
        out += [f"## {number}. {KIND_LABELS[entry.kind]}", ""]
        if entry.kind == "correction":
            out += [diff_markdown(diff(entry.text, entry.corrected)) or "—", ""]
            if entry.corrected.strip():
                out += [f"**Corrected · 改正:** {_md_lines(entry.corrected)}", ""]
                out += _md_pinyin(entry.corrected, pinyin)
            if entry.explanation.strip():
                out += [f"**Why · 说明:** {_md_lines(entry.explanation)}", ""]
        else:
            if entry.text.strip():
                out += [_md_lines(entry.text), ""]
                out += _md_pinyin(entry.text, pinyin)
            if entry.translation.strip():
                out += [f"**→** {_md_lines(entry.translation)}", ""]
                out += _md_pinyin(entry.translation, pinyin)
        for phrase in doc.phrases.get(entry.id, []):
            saved = md_escape(phrase.text) + (f" — {md_escape(phrase.translation)}" if phrase.translation else "")
            out.append(f"- Saved phrase · 收藏: {saved}")
        if doc.phrases.get(entry.id):
            out.append("")
    out.append(f"*Exported from Jiaoliu on {datetime.now().astimezone().strftime('%Y-%m-%d %H:%M')}*")
    return "\n".join(out) + "\n"


# --- HTML ----------------------------------------------------------------------------------------------
def _html_text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def diff_html(segments: list[Segment]) -> str:
    """The correction inline: <del> struck through, <ins> highlighted (styled inline too, for Qt)."""
    parts = []
    for s in segments:
        if s.op == "delete":
            parts.append(f'<del style="{DEL_STYLE}">{_html_text(s.text)}</del>')
        elif s.op == "insert":
            parts.append(f'<ins style="{INS_STYLE}">{_html_text(s.text)}</ins>')
        else:
            parts.append(_html_text(s.text))
    return "".join(parts)


def _html_pinyin(text: str, pinyin: PinyinFn | None) -> str:
    reading = pinyin(text).strip() if pinyin else ""
    return f'<p class="pinyin" lang="zh-Latn-pinyin">{_html_text(reading)}</p>' if reading else ""


def _html_entry(number: int, entry: Entry, phrases: list[Phrase], pinyin: PinyinFn | None) -> str:
    parts = [f'<div class="entry {entry.kind}" id="entry-{entry.id}">', f"<h2>{number}. {KIND_LABELS[entry.kind]}</h2>"]
    if entry.kind == "correction":
        parts.append(f'<p class="diff">{diff_html(diff(entry.text, entry.corrected)) or "—"}</p>')
        if entry.corrected.strip():
            label = '<span class="label">Corrected · 改正:</span> '
            parts.append(f'<p class="corrected">{label}{_html_text(entry.corrected.strip())}</p>')
            parts.append(_html_pinyin(entry.corrected, pinyin))
        if entry.explanation.strip():
            label = '<span class="label">Why · 说明:</span> '
            parts.append(f'<p class="explanation">{label}{_html_text(entry.explanation.strip())}</p>')
    else:
        if entry.text.strip():
            parts.append(f'<p class="text">{_html_text(entry.text.strip())}</p>')
            parts.append(_html_pinyin(entry.text, pinyin))
        if entry.translation.strip():
            parts.append(f'<p class="translation">→ {_html_text(entry.translation.strip())}</p>')
            parts.append(_html_pinyin(entry.translation, pinyin))
    if phrases:
        items = "".join(
            f"<li>{escape(p.text)}{(' — ' + escape(p.translation)) if p.translation else ''}</li>" for p in phrases
        )
        parts.append(f'<p class="label">Saved phrases · 收藏</p><ul class="phrases">{items}</ul>')
    parts.append("</div>")
    return "\n".join(p for p in parts if p)


def to_html(doc: SessionDocument, pinyin: PinyinFn | None = None) -> str:
    """A standalone page (UTF-8, styles inside) that browsers and Qt's QTextDocument both render."""
    facts = "".join(f'<tr><td class="label">{escape(k)}</td><td>{escape(v)}</td></tr>' for k, v in _facts(doc))
    entries = "\n".join(_html_entry(n, e, doc.phrases.get(e.id, []), pinyin) for n, e in enumerate(doc.entries, 1))
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    title = escape(doc.session.title)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<h1>{title}</h1>\n<table class="meta" cellspacing="2" cellpadding="2">{facts}</table>\n{entries}\n'
        f'<p class="footer">Exported from Jiaoliu on {stamp}</p>\n</body>\n</html>\n'
    )


# --- files ---------------------------------------------------------------------------------------------
def export_text(doc: SessionDocument, fmt: str, path: Path, pinyin: PinyinFn | None = None) -> None:
    """Write the Markdown or HTML export (PDF is made from the HTML by the Qt layer)."""
    if fmt == "md":
        atomic_file.write_text(path, to_markdown(doc, pinyin))
    elif fmt == "html":
        atomic_file.write_text(path, to_html(doc, pinyin))
    else:
        raise ValueError(f"Sessions are exported as Markdown or HTML here, not {fmt!r}.")
