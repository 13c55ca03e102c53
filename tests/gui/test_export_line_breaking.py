"""Chinese line breaking in exports: the session's HTML, laid out by the same Qt text engine that prints the PDF,
never starts a line with closing punctuation nor ends one with opening punctuation. Qt's layout follows the
Unicode line-breaking rules (UAX #14), which forbid those breaks, as browsers do; the export must keep each
sentence in one run of text for that to hold (no spans or spaces between a word and its mark). The Reader has
its own layout: tests/unit/core/test_line_break.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from app.data.database import open_database
from app.data.phrases import PhraseStore
from app.data.sessions import SessionStore
from app.services.session_export import load_document, to_html

CLOSING = "，。！？、；：”’）》」』】"
OPENING = "“‘（《「『【"
POST = "家人们谁懂啊，今天去打卡了一家宝藏小店（就在学校旁边），出片率超高，老板人超好，真的绝绝子！“yyds”！"


@pytest.fixture
def html(data_dir: Path) -> str:
    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(data_dir / "jiaoliu.db")
    store = SessionStore(db)
    sid = store.create("断行", "小明")
    store.add_entry(sid, "question", POST * 4)
    store.add_entry(sid, "correction", POST * 2, corrected=POST.replace("超好", "非常好") * 2)
    text = to_html(load_document(store, PhraseStore(db), sid), None)
    db.close()
    return text


def test_no_line_of_an_export_starts_with_closing_or_ends_with_opening_punctuation(qapp, html: str) -> None:  # type: ignore[no-untyped-def]
    checked = 0
    # Every way the lines can fall, from a phone-narrow page up (far narrower and even "“yyds”！" no longer fits
    # beside the page's margins, so the layout has to break inside it).
    for width in range(260, 760, 7):
        document = QTextDocument()
        document.setHtml(html)
        document.setTextWidth(width)
        document.size()  # lays the document out
        block = document.begin()
        while block.isValid():
            layout, text = block.layout(), block.text()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                content = text[line.textStart() : line.textStart() + line.textLength()].rstrip()
                if not content:
                    continue
                assert i == 0 or content[0] not in CLOSING, (width, content)
                assert i == layout.lineCount() - 1 or content[-1] not in OPENING, (width, content)
                checked += 1
            block = block.next()
    assert checked > 500
