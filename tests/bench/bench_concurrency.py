"""Concurrent writers: two processes add phrases at the same time while a third reads; every add must succeed.

python tests/bench/bench_concurrency.py [--adds 200]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO

WRITER = """
import sys, time
from app.data.database import DatabaseError, open_database
from app.data.phrases import PhraseStore
store = PhraseStore(open_database(sys.argv[1]))
failed, start = 0, time.perf_counter()
for i in range(int(sys.argv[3])):
    try:
        store.add(f"{sys.argv[2]} {i}", "x")
    except DatabaseError:
        failed += 1
print(failed, time.perf_counter() - start)
"""
READER = """
import sys, time
from app.data.database import open_database
from app.data.phrases import PhraseStore
store = PhraseStore(open_database(sys.argv[1]))
end, reads = time.monotonic() + 30, 0
while time.monotonic() < end and store.count() < int(sys.argv[2]):
    store.search_ids("a"); reads += 1
print(reads)
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--adds", type=int, default=200, help="phrases each of the two writers adds")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from app.data.database import open_database
    from app.data.phrases import PhraseStore

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "j.db"
        open_database(path).close()
        start = time.perf_counter()
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(path), name, str(args.adds)],
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            for name in ("a", "b")
        ]
        reader = subprocess.Popen(
            [sys.executable, "-c", READER, str(path), str(2 * args.adds)], env=env, stdout=subprocess.PIPE, text=True
        )
        results = [w.communicate(timeout=300)[0].split() for w in writers]
        reads = reader.communicate(timeout=60)[0].strip()
        wall = time.perf_counter() - start
        data = open_database(path)
        count = PhraseStore(data).count()
        data.close()
    failures = sum(int(r[0]) for r in results)
    print(f"2 writers x {args.adds} adds, 1 reader ({reads} searches): {failures} failures, {count} phrases stored")
    print(f"wall time {wall:.2f} s; per writer " + ", ".join(f"{float(r[1]):.2f} s" for r in results))
    print("target: 0 failures")
    return 0 if failures == 0 and count == 2 * args.adds else 1


if __name__ == "__main__":
    sys.exit(main())
