"""A 100,000-character paste in the Reader: time to first rows, total time, and the longest GUI stall.

    python tests/bench/bench_reader_gui.py [--chars 100000]

A 5 ms QTimer probes the event loop while annotation runs in the worker pool; the
longest gap between its ticks is how long the GUI was unresponsive.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time

from _common import sample_text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=100_000)
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
        services.prepare_dictionary()
        services.warm_up()
        ctx = UiContext(services, TaskRunner(), SettingsBridge(services.settings))
        window = MainWindow(ctx)
        window.resize(1100, 720)
        window.show()
        reader = window.views["reader"]
        text = sample_text(args.chars)
        clock = QElapsedTimer()
        gaps: list[float] = []
        last = [0.0]
        first_rows = [0.0]

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        probe = QTimer(interval=5)
        probe.timeout.connect(tick)
        reader.ruby.ruby_model.rowsInserted.connect(
            lambda *_: first_rows[0] or first_rows.__setitem__(0, clock.nsecsElapsed() / 1e6)
        )
        reader.annotation_finished.connect(app.quit)
        clock.start()
        probe.start()
        start = time.perf_counter()
        reader.set_text(text)
        set_text_ms = (time.perf_counter() - start) * 1000
        app.exec()
        total = clock.nsecsElapsed() / 1e6
        probe.stop()
        print(f"pasted {len(text):,} characters")
        print(f"set_text returned after      {set_text_ms:8.1f} ms")
        print(f"first rows shown after       {first_rows[0]:8.1f} ms")
        print(f"annotation finished after    {total:8.1f} ms")
        print(f"longest event-loop stall     {max(gaps):8.1f} ms   (probe every 5 ms, {len(gaps)} ticks)")
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
