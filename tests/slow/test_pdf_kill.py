"""Killing `jiaoliu sessions export --format pdf` mid-way: the PDF child dies too, the old file stays as it was,
and no temporary folder outlives the next export."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")]

PREVIOUS = b"%PDF-1.4 the export made last week\n"


@pytest.fixture
def session(paths) -> int:  # type: ignore[no-untyped-def]
    """A session long enough that making its PDF takes a few seconds."""
    from app.services.context import AppContext

    ctx = AppContext(paths)
    try:
        session_id = ctx.session_store.create("A long evening of homework", "Lin", "both", "essay")
        text = "今天我们去银行办事，排队排了一个小时。 Then we had hotpot downtown, which was amazing. "
        with ctx.data.transaction():
            for i in range(1000):
                ctx.session_store.add_entry(session_id, "note", f"{i}. {text * 3}")
    finally:
        ctx.close()
    return session_id


def _env(paths, temp: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {**os.environ, "JIAOLIU_DATA_DIR": str(paths.data), "TMPDIR": str(temp), "PYTHONIOENCODING": "utf-8"}


def _pdf_children(parent: int | None = None) -> dict[int, int]:
    """Living `app.ui.pdf_export` processes (pid → parent pid), only `parent`'s when given."""
    found = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if b"app.ui.pdf_export" not in (entry / "cmdline").read_bytes():
                continue
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, ppid = fields[0], int(fields[1])
        if state not in ("Z", "X") and (parent is None or ppid == parent):
            found[int(entry.name)] = ppid
    return found


def _ours(temp: Path) -> list[Path]:
    """What Jiaoliu left in the temp folder (jieba keeps its own cache there, on purpose)."""
    return [p for p in temp.iterdir() if p.name.startswith("jiaoliu-")]


def _wait_for(condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_killing_the_export_kills_its_pdf_child(how: signal.Signals, paths, session: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "session.pdf"
    out.write_bytes(PREVIOUS)
    command = [sys.executable, "-m", "app", "sessions", "export", str(session), "--format", "pdf", "--out", str(out)]
    parent = subprocess.Popen(command, env=_env(paths, temp), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert _wait_for(lambda: _pdf_children(parent.pid), 60), "the PDF child never started"
        (child,) = _pdf_children(parent.pid)
        time.sleep(0.1)  # it is laying the pages out now (about a second for these 1,000 entries)
        parent.send_signal(how)
        status = parent.wait(30)
    finally:
        if parent.poll() is None:
            parent.kill()
        parent.communicate()
    assert status == (-signal.SIGKILL if how == signal.SIGKILL else 130)
    assert _wait_for(lambda: child not in _pdf_children(), 10), "the PDF child outlived its parent"
    time.sleep(0.5)  # had it survived, it would write the PDF now
    assert out.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".session.pdf")] == []
    if how == signal.SIGINT:  # Ctrl+C: cleaned up at once
        assert _ours(temp) == []
    else:
        assert [p.name.startswith("jiaoliu-pdf-") for p in _ours(temp)] == [True]

    again = subprocess.run(command, env=_env(paths, temp), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes() != PREVIOUS
    assert _ours(temp) == []  # the killed run's folder was swept, this run's removed


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The child writes into its scratch folder; only a successful run replaces the output."""
    import app.cli.sessions as sessions
    from app.cli.errors import CliError
    from app.core.child_process import ChildTimeout

    out = tmp_path / "session.pdf"
    out.write_bytes(PREVIOUS)
    monkeypatch.setattr(sessions, "PDF_TIMEOUT_S", 0.01)  # less than starting Python takes: the child is killed
    with pytest.raises(CliError, match="took too long") as caught:
        sessions._pdf("<html><body>" + "<p>银行</p>" * 2000 + "</body></html>", out)
    assert isinstance(caught.value.__cause__, ChildTimeout)
    assert out.read_bytes() == PREVIOUS
    assert _wait_for(lambda: not _pdf_children(os.getpid()), 5)
