"""Hostile Anki decks: how long the refusal takes, its peak memory and the most temporary disk it used.

python tests/bench/bench_hostile_apkg.py

Each deck (built here: endless `notes` view, endless `cards` view, a million notes) is read by a child process
exactly as an import reads it; the child reports its peak RSS and the parent samples it too (VmHWM) and the size of its
`jiaoliu-apkg-*` temp folders every 10 ms. Targets: ≤ 5 s, ≤ 100 MB, ≤ 50 MB of temp disk.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO

from tests.fixtures.hostile_apkg import apkg

READ = """
import sys
from pathlib import Path
from app.services.glossary_io import ImportProblem, read_file
try:
    read_file(Path(sys.argv[1]))
except ImportProblem as exc:
    import resource
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, exc, sep="\t")
"""


def _temp_bytes() -> int:
    total = 0
    for folder in Path(tempfile.gettempdir()).glob("jiaoliu-apkg-*"):
        for item in folder.rglob("*"):
            with contextlib.suppress(OSError):
                total += item.stat().st_size
    return total


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(path: Path) -> tuple[float, float, float, str]:
    baseline = _temp_bytes()
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", READ, str(path)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    peak_rss = peak_temp = 0.0
    while child.poll() is None:
        peak_rss = max(peak_rss, _peak_rss_mb(child.pid))
        peak_temp = max(peak_temp, (_temp_bytes() - baseline) / 1e6)
        time.sleep(0.01)
    elapsed = time.perf_counter() - start
    output = (child.stdout.read() if child.stdout else "").strip()
    if "\t" not in output:
        raise SystemExit(f"{path.name} was not refused: {output!r}")
    rss, message = output.split("\t", 1)
    return elapsed, max(peak_rss, float(rss)), peak_temp, message


def main() -> int:
    print(f"{'deck':<22} {'seconds':>8} {'peak MB':>8} {'temp MB':>8}  message")
    with tempfile.TemporaryDirectory() as folder:
        decks = {
            "endless notes view": {"notes": "view"},
            "endless cards view": {"cards": "view"},
            "1,000,000 notes": {"rows": 1_000_000},
        }
        worst = [0.0, 0.0, 0.0]
        for name, kind in decks.items():
            path = apkg(Path(folder), name=f"{len(name)}.apkg", **kind)
            elapsed, rss, temp, message = measure(path)
            worst = [max(worst[0], elapsed), max(worst[1], rss), max(worst[2], temp)]
            print(f"{name:<22} {elapsed:>8.2f} {rss:>8.0f} {temp:>8.1f}  {message[:70]}")
    print(f"worst: {worst[0]:.2f} s, {worst[1]:.0f} MB (whole Python process), {worst[2]:.1f} MB temp disk")
    print("targets: ≤ 5 s, ≤ 100 MB, ≤ 50 MB temp disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
