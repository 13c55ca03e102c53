"""The real window on a real X server (Xvfb): it opens, renders Chinese with tone colours, and is saved as PNG."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.core.pinyin import DEFAULT_TONE_COLOURS
from tests.fixtures.xvfb import xvfb_display

REPO = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt-get install xvfb)"),
]


@pytest.fixture
def xvfb():  # type: ignore[no-untyped-def]
    with xvfb_display("1280x800x24") as number:
        yield number


def _near(colour: QColor, target: QColor, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True))


def test_real_window_screenshot(xvfb, paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "reader.png"
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "JIAOLIU_DATA_DIR": str(paths.data)}
    result = subprocess.run(
        [sys.executable, str(REPO / "tests" / "gui" / "screenshot_app.py"), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    tones = {tone: QColor(code) for tone, code in DEFAULT_TONE_COLOURS.items() if tone != "5"}
    seen: set[str] = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            seen.update(t for t, c in tones.items() if _near(pixel, c))
    assert seen == {"1", "2", "3", "4"}, f"tone colours seen: {sorted(seen)}"
    keep = os.environ.get("JIAOLIU_SCREENSHOT_DIR")
    if keep:
        shutil.copy(out, Path(keep) / "reader.png")
