"""Make the user guide's screenshots (resources/guide/img/) and the welcome's, at 1000×650, in both languages.

    xvfb-run -a python tests/gui/guide_screenshots.py [OUT_DIR] [--lang en zh_CN] [--width 760] [--extra-qm F]

Runs the real main window on a fresh, temporary data folder (never the user's), with the dictionary and the
bundled glossary; the sample post from the welcome is shown in the Reader, one phrase is saved (so the Phrasebook
and Study have something to show), then each view and the welcome are grabbed and scaled to `--width` pixels.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SIZE = (1000, 650)
SHOTS = ("welcome", "reader", "translate", "glossary", "phrasebook", "study", "shortcuts", "guide")
GUIDE_IMAGES = ("welcome", "reader", "translate", "glossary", "phrasebook", "study")  # what resources/guide shows


def _rgb(values):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.stack([(values >> 16) & 255, (values >> 8) & 255, values & 255], axis=1).astype(np.int32)


def indexed(img):  # type: ignore[no-untyped-def]
    """The picture with 256 colours (a third of the bytes). The palette has one colour (its most frequent) per
    coarse colour bin, busiest bins first, so the flat UI colours and every hue of the small tone-coloured text
    keep an entry; every other colour (anti-aliasing) takes its nearest."""
    import numpy as np
    from PySide6.QtGui import QImage

    img = img.convertToFormat(QImage.Format.Format_RGB32)
    w, h = img.width(), img.height()
    pixels = np.frombuffer(img.constBits(), dtype=np.uint32, count=img.bytesPerLine() * h // 4).reshape(h, -1)
    colours, inverse, counts = np.unique(pixels[:, :w].ravel(), return_inverse=True, return_counts=True)
    bins = ((colours >> 21) & 7) * 64 + ((colours >> 13) & 7) * 8 + ((colours >> 5) & 7)
    order = np.lexsort((-counts, bins))
    firsts = order[np.r_[True, bins[order][1:] != bins[order][:-1]]]
    totals = np.bincount(bins, weights=counts, minlength=512)[bins[firsts]]
    busiest = firsts[np.argsort(-totals)][:256]
    chosen = list(dict.fromkeys([*busiest.tolist(), *np.argsort(-counts)[:256].tolist()]))[:256]
    palette = colours[chosen]
    wanted, offered = _rgb(colours), _rgb(palette)
    nearest = np.empty(len(colours), dtype=np.uint8)
    for at in range(0, len(colours), 4096):
        distance = ((wanted[at : at + 4096, None, :] - offered[None, :, :]) ** 2).sum(axis=2)
        nearest[at : at + 4096] = distance.argmin(axis=1)
    out = QImage(w, h, QImage.Format.Format_Indexed8)
    out.setColorTable([int(c) | 0xFF000000 for c in palette])
    rows = np.zeros((h, out.bytesPerLine()), dtype=np.uint8)
    rows[:, :w] = nearest[inverse].reshape(h, w)
    np.frombuffer(out.bits(), dtype=np.uint8, count=rows.size)[:] = rows.ravel()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(Path(__file__).resolve().parents[2] / "resources/guide/img"))
    parser.add_argument("--lang", nargs="+", default=["en", "zh_CN"])
    parser.add_argument("--width", type=int, default=760, help="scale the pictures to this width (0: as grabbed)")
    parser.add_argument("--only", nargs="+", choices=SHOTS, default=list(GUIDE_IMAGES))
    parser.add_argument("--extra-qm", help="a Chinese .qm installed over the bundled one (strings not merged yet)")
    args = parser.parse_args()
    os.environ["JIAOLIU_DATA_DIR"] = data = tempfile.mkdtemp(prefix="jiaoliu-guide-")
    atexit.register(shutil.rmtree, data, ignore_errors=True)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, Qt, QTimer, QTranslator
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from app.services.context import AppContext
    from app.services.phrasebook import save_phrase
    from app.ui import i18n
    from app.ui.context import UiContext
    from app.ui.dialogs.guide import GuideDialog
    from app.ui.dialogs.shortcuts import ShortcutsDialog
    from app.ui.dialogs.welcome import SAMPLE_EN, SAMPLE_ZH
    from app.ui.main_window import MainWindow
    from app.ui.settings_bridge import SettingsBridge
    from app.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    ctx = AppContext()
    ctx.open_data()
    ctx.prepare_dictionary()
    ctx.prepare_glossary()
    save_phrase(ctx, "宝藏小店", "a hidden gem of a shop", note="from the sample post")
    save_phrase(ctx, "出片率超高", "almost every photo comes out great")

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: QWidget, name: str) -> None:
        picture: QPixmap = widget.grab()
        if args.width and picture.width() > args.width:
            picture = picture.scaledToWidth(args.width, Qt.TransformationMode.SmoothTransformation)
        path = out / name
        if not indexed(picture.toImage()).save(str(path), "PNG", 0):
            raise SystemExit(f"could not write {path}")
        print(path, f"{path.stat().st_size // 1024} KB")

    extra = QTranslator(app)
    for language in args.lang:
        app.removeTranslator(extra)
        i18n.install_language(language)
        if language == "zh_CN" and args.extra_qm and extra.load(args.extra_qm):
            app.installTranslator(extra)
        ctx.settings.update(ui_language=language)
        window = MainWindow(UiContext(ctx, TaskRunner(synchronous=True), SettingsBridge(ctx.settings)))
        window.resize(*SIZE)
        window.show()
        window.data_ready()
        window.set_dictionary_progress(None)
        wait(300)
        suffix = "zh" if language == "zh_CN" else "en"
        if "welcome" in args.only:
            window.set_dictionary_progress(42)  # as on a first start, while the dictionary is prepared
            welcome = window.show_welcome()
            wait(400)
            save(welcome, f"welcome_{suffix}.png")
            welcome.close()
            window.set_dictionary_progress(None)
        reader = window.show_view("reader")
        reader.set_text(SAMPLE_ZH)  # type: ignore[attr-defined]
        wait(1500)
        tokens = [t for row in reader.rows() for t in row.tokens]  # type: ignore[attr-defined]
        chosen = next((t for t in tokens if t.text == "绝绝子"), None)
        if chosen is not None:
            reader.show_token(chosen)  # type: ignore[attr-defined]
        wait(400)
        if "reader" in args.only:
            save(window, f"reader_{suffix}.png")
        for view_id in ("translate", "glossary", "phrasebook", "study"):
            if view_id not in args.only:
                continue
            view = window.show_view(view_id)
            if view_id == "translate":
                view.open_target(SAMPLE_EN)
            wait(800)
            save(window, f"{view_id}_{suffix}.png")
        if "shortcuts" in args.only:
            dialog = ShortcutsDialog(window)
            dialog.resize(560, 600)
            dialog.show()
            wait(300)
            save(dialog, f"shortcuts_{suffix}.png")
            dialog.close()
        if "guide" in args.only:  # the guide itself, as big as the window
            guide = GuideDialog(window)
            guide.resize(*SIZE)
            guide.show()
            wait(300)
            save(guide, f"guide_{suffix}.png")
            guide.close()
        window.close()
        window.deleteLater()
        wait(100)
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
