"""The newcomer's first ten minutes, as a person goes through them, in the real window on a real X server.

The steps live in `newcomer_steps.py` and run in their own pytest process: the Qt tests of this session use the
offscreen platform, and one process can have only one. That process starts the real main window with the real
thread pool on an Xvfb display, drives it with the keyboard and mouse, asserts what a person would see, and
saves a screenshot per step into `tests/flows/output/` (or $JIAOLIU_FLOW_OUT), from which
`tests/flows/readme_screenshots.py` refreshes the README's pictures.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.xvfb import xvfb_display

REPO = Path(__file__).resolve().parents[2]
STEPS = Path(__file__).with_name("newcomer_steps.py")
pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (apt-get install xvfb)"),
]


@pytest.fixture
def display():  # type: ignore[no-untyped-def]
    # JIAOLIU_FLOW_SCREEN=2900x1900x24 with QT_SCALE_FACTOR=2 walks the flow as on a 4K screen at 200%.
    with xvfb_display(os.environ.get("JIAOLIU_FLOW_SCREEN", "1400x900x24")) as number:
        yield number


def test_first_ten_minutes(display: str, tmp_path: Path, built_dictionary: Path) -> None:
    out = Path(os.environ.get("JIAOLIU_FLOW_OUT") or REPO / "tests" / "flows" / "output")
    out.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "JIAOLIU_DATA_DIR": str(tmp_path / "data"),
        "JIAOLIU_FLOW_OUT": str(out),
        "JIAOLIU_FLOW_DICTIONARY": str(built_dictionary),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-x",
            str(Path(__file__).with_name("newcomer_steps.py")),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    shots = sorted(p.name for p in out.glob("*.png"))
    assert len(shots) >= 10, shots
