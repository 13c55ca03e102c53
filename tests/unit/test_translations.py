"""Every user-visible string of the UI has a Chinese translation, and the shipped .qm is current."""

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import i18n  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs PySide6's lupdate")


def test_every_ui_string_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n.ts_file("zh_CN"), fresh)
    i18n.update(fresh)  # collects the strings the code has now, keeping translations
    untranslated = [
        m.findtext("source")
        for m in ET.parse(fresh).iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert untranslated == [], "run `python packaging/i18n.py update`, translate, then `release`"


def test_placeholders_survive_translation() -> None:
    for message in ET.parse(i18n.ts_file("zh_CN")).iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation") or ""
        for name in (
            "{error}",
            "{word}",
            "{reason}",
            "{total}",
            "{shown}",
            "{percent}",
            "{count}",
            "{name}",
            "{term}",
            "{added}",
            "{deck}",
            "{replaced}",
            "{file}",
        ):
            assert (name in source) == (name in translation), source


def test_compiled_file_matches_the_sources(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    i18n.release(i18n.ts_file("zh_CN"), compiled)
    assert compiled.read_bytes() == i18n.ts_file("zh_CN").with_suffix(".qm").read_bytes()
