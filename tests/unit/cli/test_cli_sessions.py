"""`jiaoliu sessions …`: in this process through `app.cli.main`, and as a user runs it (a real process)."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.data.database import open_database
from app.data.sessions import SessionStore
from tests.unit.cli.test_cli import call as call_cli
from tests.unit.cli.test_cli import run


def call(*args: str, stdin: str = "") -> str:
    """Run one `sessions` command in this process; it must succeed. Returns its output."""
    status, out, err = call_cli("sessions", *args, stdin=stdin)
    assert (status, err) == (0, ""), err
    return out


def _store(data_dir: Path) -> SessionStore:
    return SessionStore(open_database(data_dir / "jiaoliu.db"))


def test_new_add_list_in_the_data_dir(data_dir: Path) -> None:
    sid = int(call("new", "Essay", "help", "--partner", "小明", "--subject", "English essay", "--direction", "en"))
    assert int(call("add", str(sid), "--kind", "question", "--text", "怎么说“我很忙”？")) > 0
    call("add", str(sid), "--kind", "correction", "--text", "I has", "--corrected", "I have", "--explanation", "I+have")
    call("add", str(sid), "--kind", "note", "--text", "-", stdin="from standard input\n")
    store = _store(data_dir)  # JIAOLIU_DATA_DIR was honoured: the file is where it points
    session = store.get(sid)
    assert (session.title, session.partner, session.direction, session.subject) == (
        "Essay help",
        "小明",
        "en",
        "English essay",
    )
    entries = store.entries(sid)
    assert [e.kind for e in entries] == ["question", "correction", "note"]
    assert (entries[1].corrected, entries[1].explanation) == ("I have", "I+have")
    assert entries[2].text == "from standard input\n"
    listed = json.loads(call("list", "--json"))
    assert listed[0]["id"] == sid and (listed[0]["entries"], listed[0]["corrections"]) == (3, 1)
    assert call("list").startswith(f"{sid}\tEssay help with 小明\t3 entries, 1 correction\t")
    assert json.loads(call("list", "--json", "--search", "nothing-like-this")) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "99", "--kind", "note", "--text", "x"], "There is no session 99"),
        (["add", "{sid}", "--kind", "correction", "--text", "x"], "needs the corrected text"),
        (["add", "{sid}", "--kind", "note", "--text", "x", "--corrected", "y"], "belong to corrections"),
        (["add", "{sid}", "--kind", "note", "--text", "  "], "needs some text"),
        (["export", "99", "--format", "md", "--out", "x.md"], "There is no session 99"),
        (["export", "{sid}", "--format", "md", "--out", "/no/such/folder/x.md"], "does not exist"),
        (["new", "   "], "needs a title"),
    ],
)
def test_refusals_are_one_sentence_and_change_nothing(data_dir: Path, args: list[str], message: str) -> None:
    sid = call("new", "Kept").strip()
    status, out, err = call_cli("sessions", *[a.replace("{sid}", sid) for a in args])
    assert (status, out) == (1, "")
    assert err.startswith("jiaoliu: ") and message in err and err.count("\n") == 1, err
    store = _store(data_dir)
    assert [s.title for s in store.sessions()] == ["Kept"] and store.entries(int(sid)) == []


def test_export_md_html_pdf(paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sid = call("new", "Slang night", "--partner", "Amy").strip()
    call(
        "add", sid, "--kind", "correction", "--text", "我昨天去了商店买东西。", "--corrected", "我昨天去商店买了东西。"
    )
    md, html, pdf = tmp_path / "s.md", tmp_path / "s.html", tmp_path / "s.pdf"
    assert call("export", sid, "--format", "md", "--out", str(md)) == f"Exported session {sid} to {md}.\n"
    text = md.read_text(encoding="utf-8")
    assert "我昨天去~~了~~商店买**了**东西。" in text and "shāngdiàn" in text
    call("export", sid, "--format", "html", "--out", str(html))
    assert "<del" in html.read_text(encoding="utf-8") and 'class="pinyin"' in html.read_text(encoding="utf-8")
    assert call("export", sid, "--format", "pdf", "--out", str(pdf)).endswith("(1 page).\n")
    page = " ".join(unicodedata.normalize("NFKC", PdfReader(pdf).pages[0].extract_text()).split())
    # (西 comes back as the radical ⻄, which NFKC leaves alone: the font maps both to one glyph.)
    assert "Slang night" in page and "shāngdiàn" in page and "我昨天去商店买了东" in page.replace(" ", "")


def test_the_commands_never_load_qt(tmp_path: Path, data_dir: Path) -> None:
    code = (
        "import sys, io\nfrom app import cli\n"
        "for argv in (['sessions', 'new', 'T'], ['sessions', 'add', '1', '--kind', 'note', '--text', '你好'],\n"
        f"             ['sessions', 'export', '1', '--format', 'pdf', '--out', {str(tmp_path / 'x.pdf')!r}]):\n"
        "    assert cli.main(argv, out=io.StringIO()) == 0, argv\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'})))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "" and (tmp_path / "x.pdf").stat().st_size > 1000


# --- as a user runs it ------------------------------------------------------------------------------------
def test_command_line(paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    created = run(["sessions", "new", "Essay", "--partner", "Li"], paths)
    assert created.returncode == 0, created.stderr
    sid = created.stdout.strip()
    added = run(["sessions", "add", sid, "--kind", "correction", "--text", "I has", "--corrected", "I have"], paths)
    assert added.returncode == 0, added.stderr
    listed = json.loads(run(["sessions", "list", "--json"], paths).stdout)
    assert listed[0]["title"] == "Essay" and listed[0]["corrections"] == 1
    out = tmp_path / "essay.pdf"
    exported = run(["sessions", "export", sid, "--format", "pdf", "--out", str(out)], paths)
    assert exported.returncode == 0, exported.stderr
    assert len(PdfReader(out).pages) == 1


def test_command_line_errors_are_one_line(paths) -> None:  # type: ignore[no-untyped-def]
    result = run(["sessions", "add", "42", "--kind", "note", "--text", "x"], paths)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "There is no session 42" in result.stderr
    assert run(["sessions", "add", "1", "--kind", "essay", "--text", "x"], paths).returncode == 2
