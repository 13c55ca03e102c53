"""Every UI string has a Chinese translation, every count its English plural forms, and the .qm files are current."""

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import i18n  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs PySide6's lupdate")
PLACEHOLDER = re.compile(r"\{\w+\}|%L?n")


def _translations(message: ET.Element) -> list[str]:
    """The translation, or each plural form of it."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _unfinished(ts: Path) -> list[str]:
    return [
        m.findtext("source") or ""
        for m in ET.parse(ts).iter("message")
        if m.find("translation").get("type") == "unfinished" or not all(t.strip() for t in _translations(m))
    ]


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_ui_string_is_translated(tmp_path: Path, language: str) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n.ts_file(language), fresh)
    i18n.update(fresh, language)  # collects the strings the code has now, keeping translations
    assert _unfinished(fresh) == [], "run `python packaging/i18n.py update`, translate, then `release`"


def test_the_english_file_holds_only_counts_with_a_singular_and_a_plural() -> None:
    messages = list(ET.parse(i18n.ts_file("en")).iter("message"))
    assert messages, "the English file lost its plural forms"
    for message in messages:
        source = message.findtext("source") or ""
        singular, plural = _translations(message)
        assert message.get("numerus") == "yes" and plural == source, source
        assert singular != plural, f"{source}: the singular form is the plural"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    for message in ET.parse(i18n.ts_file(language)).iter("message"):
        source = message.findtext("source") or ""
        for translation in _translations(message):
            assert sorted(set(PLACEHOLDER.findall(source))) == sorted(set(PLACEHOLDER.findall(translation))), source


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_compiled_file_matches_the_sources(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / "check.qm"
    i18n.release(i18n.ts_file(language), compiled)
    assert compiled.read_bytes() == i18n.ts_file(language).with_suffix(".qm").read_bytes()


# Lines that mention an exception's text without showing it, each with its reason.
NOT_SHOWN = {
    '"read-only" in str(exc)': "a test of the failure's kind",
    "else str(exc)": "main_window: the ValueError there carries the window's own translated sentence",
}


def test_the_interface_never_shows_a_python_exception_text() -> None:
    """Views show `error_text(exc)` (the translated sentence), never `str(exc)` or an f-string of the exception."""
    shown = re.compile(r"str\((exc|err|error|again)\)|f[\"'][^\"']*\{(exc|err|error|again)[!:}]")
    offenders = []
    for path in sorted((REPO / "app" / "ui").rglob("*.py")):
        if path.name in ("errors.py", "pdf_export.py"):  # the one translation point; a command-line tool's stderr
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("  #", 1)[0]
            if shown.search(code) and not any(allowed in code for allowed in NOT_SHOWN):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == [], "show error_text(exc) instead"
