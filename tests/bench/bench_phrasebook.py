"""100,000 phrases: search latency in the store, and how long the window stalls while a learner types a
search and scrolls the Phrasebook.

    python tests/bench/bench_phrasebook.py [--phrases 100000]

A 5 ms QTimer probes the event loop while searches run in the worker pool; the longest gap between its
ticks is how long the GUI was unresponsive.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time

from _common import percentile, sample_text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ("银", "银行", "学习", "yinhang", "yín háng", "ni3", "bank", "homework essay", "zzzz", "")


def fill(services: object, count: int) -> None:
    """Phrases cut from real Chinese prose, with English-like translations, tags and notes."""
    from app.core.phrase_text import search_text

    prose = sample_text(count * 12).replace("\n", "")
    words = "bank homework essay grammar slang family study trip food hotpot weekend teacher".split()
    rng = random.Random(7)
    rows = []
    for n in range(count):
        start = rng.randrange(0, len(prose) - 20)
        text = prose[start : start + rng.randint(4, 16)]
        translation = " ".join(rng.choice(words) for _ in range(rng.randint(2, 6)))
        pinyin = "yín háng" if "银行" in text else "nǐ hǎo"
        rows.append(
            {
                "text": text,
                "translation": translation,
                "pinyin": pinyin,
                "note": rng.choice(["", "from a RedNote post", "week 3"]),
                "tags": json.dumps([rng.choice(["slang", "homework", "food", "week 1"])]),
                "search_text": search_text(text, translation, pinyin, ""),
                "created_at": f"2026-01-{n % 28 + 1:02d}T00:00:00+00:00",
                "updated_at": f"2026-01-{n % 28 + 1:02d}T00:00:00+00:00",
            }
        )
    with services.data.transaction() as db:  # type: ignore[attr-defined]
        db.table("phrases").insert_all(rows, batch_size=2000)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phrases", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["JIAOLIU_DATA_DIR"] = tmp
        from PySide6.QtCore import QElapsedTimer, QTimer
        from PySide6.QtWidgets import QApplication

        from app.services.context import AppContext
        from app.ui.context import UiContext
        from app.ui.main_window import MainWindow
        from app.ui.settings_bridge import SettingsBridge
        from app.ui.tasks import TaskRunner

        app = QApplication(sys.argv[:1])
        services = AppContext()
        services.open_data()
        start = time.perf_counter()
        fill(services, args.phrases)
        print(f"inserted {args.phrases:,} phrases in {time.perf_counter() - start:.1f} s")

        store = services.phrase_store
        for query in QUERIES:
            times = []
            for _ in range(5):
                t = time.perf_counter()
                found = store.search_ids(query)
                times.append((time.perf_counter() - t) * 1000)
            print(f"search {query!r:18} {len(found):7,} hits  median {percentile(times, 0.5):7.1f} ms")
        t = time.perf_counter()
        ids = store.search_ids()
        pages = [store.get_many(ids[i : i + 128]) for i in range(0, 128 * 50, 128)]
        page_ms = (time.perf_counter() - t - 0) * 1000 / len(pages)
        print(f"one page of 128 rows fetched in {page_ms:.1f} ms (after the id list)")

        ctx = UiContext(services, TaskRunner(), SettingsBridge(services.settings))
        window = MainWindow(ctx)
        window.resize(1100, 720)
        window.show()
        window.data_ready()
        view = window.show_view("phrasebook")
        clock = QElapsedTimer()
        gaps: list[float] = []
        last = [0.0]

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        typed = list("yinhang") + ["\b"] * 7 + list("银行") + ["\b"] * 2
        steps = iter(typed)

        def type_next() -> None:
            key = next(steps, None)
            if key is None:
                scroll()
                return
            text = view.search.text()
            view.search.setText(text[:-1] if key == "\b" else text + key)
            QTimer.singleShot(120, type_next)  # a quick typist

        def scroll() -> None:
            bar = view.table.verticalScrollBar()
            for n in range(40):
                QTimer.singleShot(25 * n, lambda n=n: bar.setValue(bar.maximum() * n // 39))
            QTimer.singleShot(25 * 40 + 500, app.quit)

        probe = QTimer(interval=5)
        probe.timeout.connect(tick)
        clock.start()
        probe.start()
        QTimer.singleShot(500, type_next)
        app.exec()
        probe.stop()
        print(f"typed {len(typed)} keys into the search and scrolled top to bottom over {view.model.rowCount():,} rows")
        print(f"longest event-loop stall     {max(gaps[1:]):8.1f} ms   (probe every 5 ms, {len(gaps)} ticks)")
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
