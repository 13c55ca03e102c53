"""Child processes that die with their parent, and scratch folders that never outlive their run.

`run_module("app.ui.pdf_export", [...], timeout=...)` runs `python -m app.core.child_process MODULE ARGS`: this
module, as the child's `__main__`, first arms the child to die with its parent (Linux: `PR_SET_PDEATHSIG`; other
POSIX: a thread watching the parent id), then runs MODULE as `__main__`. Arming it in the child rather than in a
`preexec_fn` keeps spawning safe from worker threads. The child also leads its own process group, which the
parent kills (with anything it started) on a timeout, Ctrl+C or any other exception.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

PARENT_ENV = "JIAOLIU_PARENT_PID"
PR_SET_PDEATHSIG = 1
STALE_AFTER_S = 24 * 3600  # a scratch folder whose process id was reused is still swept after a day


class ChildTimeout(Exception):
    """The child ran past its time limit and was killed."""


def run_module(
    module: str,
    args: list[str],
    *,
    timeout: float,
    env: dict[str, str] | None = None,
    cwd: Path | str | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python -m module *args` in a child that dies with this process; its output is captured as text.

    The child (and its process group) is killed on a timeout (then ChildTimeout), on KeyboardInterrupt and on any
    other exception here, so it never goes on to write anything after its parent gave up.
    """
    command = [sys.executable, "-m", __name__, module, *args]
    child_env = {**(os.environ if env is None else env), PARENT_ENV: str(os.getpid())}
    proc = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=child_env,
        cwd=cwd,
        start_new_session=os.name == "posix",  # its own process group: Ctrl+C reaches the parent, which ends it
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        kill(proc)
        raise ChildTimeout(f"{module} ran past {timeout:g} s") from exc
    except BaseException:
        kill(proc)
        raise
    return subprocess.CompletedProcess(command, proc.returncode, out, err)


def kill(proc: subprocess.Popen[str]) -> None:
    """End the child and its process group at once, and reap it."""
    if proc.poll() is None:
        try:
            if os.name == "posix":
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
        except (ProcessLookupError, PermissionError):
            pass
    with contextlib.suppress(Exception):
        proc.communicate(timeout=5)


# --------------------------------------------------------------------------- the child's side


def die_with_parent() -> None:
    """Arm this process to end when the parent named in PARENT_ENV ends (or has ended already)."""
    expected = os.environ.pop(PARENT_ENV, "")
    if not expected.isdigit() or os.name != "posix":
        return
    parent = int(expected)
    if sys.platform.startswith("linux") and _set_parent_death_signal():
        if os.getppid() != parent:  # it died before the signal was armed
            os._exit(1)
        return
    threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()


def _set_parent_death_signal() -> bool:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _main(argv: list[str]) -> int:
    import runpy

    if not argv:
        print(f"usage: python -m {__name__} MODULE [ARGS…]", file=sys.stderr)
        return 2
    die_with_parent()
    sys.argv = [argv[0], *argv[1:]]
    runpy.run_module(argv[0], run_name="__main__", alter_sys=True)
    return 0


# --------------------------------------------------------------------------- scratch folders


@contextlib.contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A private temporary folder named for this process, removed on every way out of the block.

    Folders that a killed run left behind (their process is gone) are swept first.
    """
    sweep_stale(prefix)
    folder = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sweep_stale(prefix: str, root: Path | None = None) -> list[Path]:
    """Remove `prefix*` folders in the temp folder whose process has ended (or that are over a day old)."""
    root = Path(root or tempfile.gettempdir())
    swept = []
    for folder in root.glob(f"{prefix}*"):
        try:
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_uid != _uid():
                continue
            pid_text = folder.name[len(prefix) :].split("-", 1)[0]
            old = time.time() - folder.stat().st_mtime > STALE_AFTER_S
        except OSError:
            continue
        if old or not (pid_text.isdigit() and _alive(int(pid_text))):
            shutil.rmtree(folder, ignore_errors=True)
            swept.append(folder)
    return swept


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # Windows' os.kill(pid, 0) would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process (or no way to tell): keep the folder
    return True


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
