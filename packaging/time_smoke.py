"""Median wall time of `--smoke` (start, first paint, exit) for the source install and the bundle.

    python packaging/time_smoke.py --runs 11 --limit 1.2 -- SOURCE_CMD... -- BUNDLE_CMD...

Runs the two commands alternately (after one untimed warm-up each), prints both medians and their ratio,
and exits 1 when a run fails or the bundle is slower than ``limit`` times the source install.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--limit", type=float, default=1.2)
    parser.add_argument("--label", default="")
    parser.add_argument("commands", nargs=argparse.REMAINDER, help="-- SOURCE_CMD... -- BUNDLE_CMD...")
    args = parser.parse_args(argv)
    words = args.commands[1:] if args.commands[:1] == ["--"] else args.commands
    if "--" not in words:
        parser.error("give two commands separated by --")
    cut = words.index("--")
    source, bundle = words[:cut], words[cut + 1 :]
    try:
        timed(source), timed(bundle)  # warm the page cache and the data folder
        times: dict[str, list[float]] = {"source": [], "bundle": []}
        for _ in range(args.runs):
            times["source"].append(timed(source))
            times["bundle"].append(timed(bundle))
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"time_smoke: {exc}", file=sys.stderr)
        return 1
    src, bun = statistics.median(times["source"]), statistics.median(times["bundle"])
    ratio = bun / src
    verdict = "ok" if ratio <= args.limit else f"FAIL (limit {args.limit}x)"
    print(
        f"--smoke {args.label}: source {src * 1000:.0f} ms, bundle {bun * 1000:.0f} ms (medians of {args.runs}), "
        f"bundle/source {ratio:.2f}x {verdict}"
    )
    return 0 if ratio <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
