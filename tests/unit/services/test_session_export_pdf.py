"""The PDF export as the command line makes it: Qt's printing stack in a child process, read back with pypdf."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.data.database import open_database
from app.data.phrases import PhraseStore
from app.data.sessions import SessionStore
from app.services.annotate import Annotator
from app.services.session_export import load_document, pinyin_function, to_html


def _pdf(source: Path, target: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app.ui.pdf_export", str(source), str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _text(reader: PdfReader, page: int) -> str:
    """A page's text with the font's compatibility forms folded (⾏ → 行) and whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", reader.pages[page].extract_text()).split())


@pytest.fixture
def store(data_dir: Path) -> SessionStore:
    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(data_dir / "jiaoliu.db")
    yield SessionStore(db)
    db.close()


def test_a_short_session_is_one_page_with_its_text(store: SessionStore, words, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sid = store.create("Homework with Xiaoming", "小明", "both", "English essay")
    store.add_entry(sid, "question", "我们去银行了。")
    store.add_entry(sid, "correction", "I has a apple.", corrected="I have an apple.", explanation="have after I")
    html = to_html(load_document(store, PhraseStore(store.data), sid), pinyin_function(Annotator(words)))
    source, target = tmp_path / "s.html", tmp_path / "s.pdf"
    source.write_text(html, encoding="utf-8")
    result = _pdf(source, target)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    assert len(reader.pages) == 1 == int(result.stdout.strip())
    text = _text(reader, 0)
    assert "Homework with Xiaoming" in text and "小明" in text
    assert "我们去银行了" in text
    assert "Wǒmen qù yínháng le" in text  # pinyin under the Chinese
    assert re.search(r"I\s*has\s*have\s*a\s*an\s*apple", text)  # the diff: struck and inserted words
    assert "have after I" in text
    assert reader.metadata is not None and reader.metadata.title == "Homework with Xiaoming"


def test_a_long_session_has_the_pages_it_reports(store: SessionStore, tmp_path: Path) -> None:
    sid = store.create("Long session")
    for i in range(1, 121):
        store.add_entry(sid, "note", f"Note number {i}: a line or two of explanation for the student.")
    source, target = tmp_path / "long.html", tmp_path / "long.pdf"
    source.write_text(to_html(load_document(store, PhraseStore(store.data), sid)), encoding="utf-8")
    result = _pdf(source, target)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    pages = len(reader.pages)
    assert pages == int(result.stdout.strip()) >= 4
    assert "Long session" in _text(reader, 0)
    assert "Note number 120:" in _text(reader, pages - 1) and "Note number 120:" not in _text(reader, 0)


def test_bad_input_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    result = _pdf(tmp_path / "missing.html", target)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    source = tmp_path / "s.html"
    source.write_text("<p>x</p>", encoding="utf-8")
    result = _pdf(source, tmp_path / "no-such-folder" / "out.pdf")
    assert result.returncode == 1 and "cannot write" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["s.html"]  # no PDF, no temp file
