"""Emoji in posts are drawn in colour: the bundled font is registered, and the system font works from source."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import QLabel

SYSTEM_EMOJI = Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")
needs_font = pytest.mark.skipif(
    not SYSTEM_EMOJI.is_file(), reason="no colour emoji font here (apt-get install fonts-noto-color-emoji)"
)


def _coloured_pixels(label: QLabel) -> int:
    image = label.grab().toImage()
    count = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            colour = QColor(image.pixel(x, y))
            if colour.saturation() > 120 and colour.value() > 120:
                count += 1
    return count


@needs_font
def test_the_bundled_emoji_font_becomes_the_apps_emoji_font(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import fonts

    (tmp_path / "fonts").mkdir()
    shutil.copy(SYSTEM_EMOJI, tmp_path / "fonts" / fonts.EMOJI_FONT)
    monkeypatch.setattr(fonts, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    family = fonts.register_emoji_font()
    assert family and family in QFontDatabase.applicationEmojiFontFamilies()


def test_without_a_bundled_font_nothing_is_registered(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui import fonts

    monkeypatch.setattr(fonts, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert fonts.register_emoji_font() is None


@needs_font
def test_a_fire_emoji_is_drawn_in_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("🔥🔥🔥")
    font = label.font()
    font.setPointSize(28)
    label.setFont(font)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    plain = QLabel("XXX")
    plain.setFont(font)
    qtbot.addWidget(plain)
    plain.show()
    assert _coloured_pixels(label) > 50  # a box or a monochrome glyph has no saturated pixels
    assert _coloured_pixels(plain) == 0
