"""Open the real main window with a sample post and save a screenshot of it.

    python tests/gui/screenshot_app.py OUT.png [--lang en|zh_CN]

Run it on a real display (Xvfb in the tests); JIAOLIU_DATA_DIR chooses the data folder.
The README's screenshot is made with it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SAMPLE = (
    "家人们，今天去银行办事，排队排了一个小时，真的破防了。\n"
    "不过晚饭吃了重庆火锅，yyds！明天我们还要去长城。\n"
    "The hotpot place downtown was amazing, no cap."
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--hover", default="破防了", help="the word whose entry the side panel shows")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.context import AppContext
    from app.ui import i18n
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow
    from app.ui.settings_bridge import SettingsBridge
    from app.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    ctx = AppContext()
    ctx.open_data()
    ctx.prepare_dictionary()
    ctx.prepare_glossary()  # slang is underlined and explained
    i18n.install_language(args.lang)
    window = MainWindow(UiContext(ctx, TaskRunner(synchronous=True), SettingsBridge(ctx.settings)))
    window.resize(1180, 720)
    window.show()
    window.data_ready()
    reader = window.show_view("reader")

    def point_at_a_word() -> None:
        tokens = [t for row in reader.rows() for t in row.tokens]  # type: ignore[attr-defined]
        chosen = next((t for t in tokens if t.text == args.hover), None) or next(t for t in tokens if t.kind == "han")
        reader.show_token(chosen)  # type: ignore[attr-defined]

    reader.annotation_finished.connect(point_at_a_word)  # type: ignore[attr-defined]
    reader.set_text(SAMPLE)  # type: ignore[attr-defined]

    def shoot() -> None:
        picture = window.screen().grabWindow(window.winId())
        ok = picture.save(args.out)
        app.exit(0 if ok and not picture.isNull() else 1)

    QTimer.singleShot(1200, shoot)
    code = app.exec()
    ctx.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
