"""Glossary search latency (FTS5 trigram for 3+ characters, LIKE for shorter) over the bundled glossary
plus a tutor's deck of 5,000 more entries, as the Glossary view runs it while the user types.

    python tests/bench/bench_glossary.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import REPO, percentile

QUERIES = [
    "yyds",
    "y",
    "yy",
    "jue jue zi",
    "jué",
    "po fang",
    "破",
    "破防",
    "slay",
    "no cap",
    "GOAT",
    "神",
    "永远",
    "praise",
    "emotion",
    "开心",
    "ate",
    "rizz",
    "zhong cao",
    "种草",
    "cat tax",
    "xswl",
    "笑死",
    "哈哈",
]


def main() -> int:
    sys.path.insert(0, str(REPO))
    from app.core.slang import load_bundled
    from app.data.database import open_database
    from app.data.glossary_store import GlossaryStore
    from app.services.glossary import bundle_version

    with tempfile.TemporaryDirectory() as tmp:
        store = GlossaryStore(open_database(Path(tmp) / "j.db"))
        bundled = load_bundled()
        store.sync_bundled(bundled, bundle_version())
        deck = store.create_deck("Big class")
        extra = [replace(bundled[i % len(bundled)], term=f"{bundled[i % len(bundled)].term}{i}") for i in range(5000)]
        store.import_entries(deck, extra)
        print(f"{store.count():,} entries")
        for query in QUERIES:  # warm the page cache
            store.search(query)
        for filters in ({}, {"lang": "zh", "hide_offensive": True}):
            times = []
            for _ in range(10):
                for query in QUERIES:
                    start = time.perf_counter()
                    store.search(query, **filters)
                    times.append((time.perf_counter() - start) * 1000)
            label = "with filters" if filters else "no filters  "
            print(
                f"search {label}  p50 {percentile(times, 0.5):6.2f} ms  p95 {percentile(times, 0.95):6.2f} ms  "
                f"max {max(times):6.2f} ms   (target p95 <= 10 ms)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
