"""Start-up time of `--smoke` (start, first paint, exit) for the source install and the bundle.

    python packaging/time_smoke.py --runs 11 --limit 1.2 -- SOURCE_CMD... -- BUNDLE_CMD...

Runs the two commands alternately (after one untimed warm-up each) and prints, for each, the median wall
time and the median CPU time (user + system, from the child's own resource usage), and the bundle/source
ratio of both. Exits 1 when a run fails; with ``--strict`` also when the wall-time ratio is over ``limit``.

Each child is awaited with a blocking ``waitpid``. (``subprocess.run(..., timeout=…)`` polls with a back-off
that reaches 50 ms steps, which rounds a 220 ms start up to the next tick: that once showed a 1.01x bundle
as 1.23x.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time

TIMEOUT_S = 60


def timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run; raises CalledProcessError on a non-zero exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watchdog = threading.Timer(TIMEOUT_S, proc.kill)
    watchdog.start()
    try:
        _pid, status, usage = os.wait4(proc.pid, 0)
    finally:
        watchdog.cancel()
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, command)
    return wall, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--limit", type=float, default=1.2)
    parser.add_argument("--strict", action="store_true", help="exit 1 when the bundle is over the limit")
    parser.add_argument("--label", default="")
    parser.add_argument("commands", nargs=argparse.REMAINDER, help="-- SOURCE_CMD... -- BUNDLE_CMD...")
    args = parser.parse_args(argv)
    words = args.commands[1:] if args.commands[:1] == ["--"] else args.commands
    if "--" not in words:
        parser.error("give two commands separated by --")
    cut = words.index("--")
    commands = {"source": words[:cut], "bundle": words[cut + 1 :]}
    runs: dict[str, list[tuple[float, float]]] = {"source": [], "bundle": []}
    try:
        for command in commands.values():
            timed(command)  # warm the page cache and the data folder
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(timed(command))
    except subprocess.CalledProcessError as exc:
        print(f"time_smoke: {exc}", file=sys.stderr)
        return 1
    wall = {name: statistics.median(w for w, _ in values) for name, values in runs.items()}
    cpu = {name: statistics.median(c for _, c in values) for name, values in runs.items()}
    ratio = wall["bundle"] / wall["source"]
    over = ratio > args.limit
    verdict = f"OVER the {args.limit}x target" if over else f"within the {args.limit}x target"
    print(
        f"--smoke {args.label} (medians of {args.runs}): source {wall['source'] * 1000:.0f} ms, "
        f"bundle {wall['bundle'] * 1000:.0f} ms, {ratio:.2f}x {verdict}; CPU time source "
        f"{cpu['source'] * 1000:.0f} ms, bundle {cpu['bundle'] * 1000:.0f} ms, {cpu['bundle'] / cpu['source']:.2f}x"
    )
    return 1 if over and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
