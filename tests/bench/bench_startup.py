"""Cold start: `jiaoliu --smoke` against a bare PySide6 window that also exits after its first paint.

    python tests/bench/bench_startup.py [--runs 7]

Both run as fresh processes with the same Qt platform (offscreen unless DISPLAY is set);
the app's data folder is prepared once first, so first-run set-up is not counted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    if "DISPLAY" not in env:
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        env["JIAOLIU_DATA_DIR"] = tmp
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE)
        app_cmd = [sys.executable, "-m", "app", "--smoke"]
        bare_cmd = [sys.executable, str(bare)]
        timed(app_cmd, env)  # first run creates the database; warm the OS file cache for both
        timed(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            bare_times.append(timed(bare_cmd, env))
            app_times.append(timed(app_cmd, env))
    b, a = statistics.median(bare_times), statistics.median(app_times)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'xcb')}, runs: {args.runs}")
    print(f"bare PySide6 window  median {b * 1000:7.0f} ms  (min {min(bare_times) * 1000:.0f})")
    print(f"jiaoliu --smoke      median {a * 1000:7.0f} ms  (min {min(app_times) * 1000:.0f})")
    print(f"ratio                {a / b:.2f}x  (target <= 1.4x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
