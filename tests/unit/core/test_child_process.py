"""Child processes that die with their parent, and scratch folders swept after a killed run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core import child_process
from app.core.child_process import ChildTimeout, run_module, scratch_folder, sweep_stale

REPO = Path(__file__).resolve().parents[3]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture
def sleeper(tmp_path: Path) -> Path:
    (tmp_path / "sleeper_mod.py").write_text(
        textwrap.dedent(
            """
            import os, sys, time
            print(os.getpid(), flush=True)
            time.sleep(float(sys.argv[1]))
            print("woke")
            """
        )
    )
    return tmp_path


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_output_and_status_come_back(sleeper: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = run_module("sleeper_mod", ["0"], timeout=60, env=env, cwd=sleeper)
    assert result.returncode == 0 and result.stdout.splitlines()[-1] == "woke"


@linux_only
def test_a_child_past_its_time_is_killed(sleeper: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.monotonic()
    with pytest.raises(ChildTimeout):
        run_module("sleeper_mod", ["60"], timeout=2, env=env, cwd=sleeper)
    assert time.monotonic() - start < 20
    assert not [p for p in Path("/proc").glob("[0-9]*") if b"sleeper_mod" in _cmdline(p) and _alive(int(p.name))]


def _cmdline(entry: Path) -> bytes:
    try:
        return (entry / "cmdline").read_bytes()
    except OSError:
        return b""


PARENT = """
import sys
from app.core.child_process import run_module
run_module("sleeper_mod", ["60"], timeout=120, cwd=sys.argv[1])
"""


@linux_only
def test_the_child_dies_with_its_killed_parent(sleeper: Path) -> None:
    env = {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{sleeper}"}
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(sleeper)], env=env, cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        children: list[int] = []
        while not children and time.monotonic() < deadline:
            time.sleep(0.1)
            children = [int(p.name) for p in Path("/proc").glob("[0-9]*") if b"sleeper_mod" in _cmdline(p)]
        assert children, "the child never started"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in children)
    finally:
        if parent.poll() is None:
            parent.kill()


def test_scratch_folders_are_removed_and_stale_ones_swept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(child_process.tempfile, "tempdir", str(tmp_path))
    dead = tmp_path / "jiaoliu-test-999999999-abc"  # no such process
    old_style = tmp_path / "jiaoliu-test-x1y2z3"  # named by an older release: no process id
    living = tmp_path / f"jiaoliu-test-{os.getppid()}-def"  # a process that is running
    other = tmp_path / "someone-else-1"
    for folder in (dead, old_style, living, other):
        folder.mkdir()
        (folder / "file").write_text("x")
    with pytest.raises(RuntimeError), scratch_folder("jiaoliu-test-") as folder:
        assert folder.is_dir() and folder.name.startswith(f"jiaoliu-test-{os.getpid()}-")
        (folder / "session.html").write_text("<p>x</p>")
        raise RuntimeError("the export failed")
    assert not folder.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([living.name, other.name])
    assert sweep_stale("jiaoliu-test-") == []
