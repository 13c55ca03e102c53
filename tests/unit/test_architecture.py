"""Layering that matters to users: the CLI and core never load Qt, and nothing loads torch."""

import subprocess
import sys

import pytest

PROBE = """
import sys
import app.cli, app.core.text, app.core.pinyin, app.core.segment, app.services.annotate, app.data.dictionary
app.cli.build_parser()
bad = sorted(m for m in sys.modules if m.split('.')[0] in {{'PySide6', 'shiboken6', 'torch', 'stanza', 'spacy'}}
             or m == 'argostranslate.translate')
print(','.join(bad))
"""


@pytest.mark.parametrize("extra", ["", "from app.core import polyphone; polyphone.char_readings('我们去银行')"])
def test_cli_and_core_import_neither_qt_nor_torch(extra: str) -> None:
    code = PROBE.format() + "\n" + extra
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_gui_start_up_does_not_load_heavy_language_modules() -> None:
    code = (
        "import sys\nimport app.ui.app, app.ui.main_window\n"
        "heavy = ('jieba', 'torch', 'g2pM', 'ctranslate2', 'numpy', 'sqlite_utils', 'ahocorasick', 'opencc')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
