"""Fonts the app brings along: a colour emoji font when the bundle carries one (posts are full of emoji)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from app.resources import resource_path

log = logging.getLogger(__name__)
EMOJI_FONT = "NotoColorEmoji.ttf"


def register_emoji_font() -> str | None:
    """Register the bundled emoji font as the app's emoji font; its family, or None (source installs use the
    system's emoji font, see the README's system packages)."""
    path = resource_path("fonts", EMOJI_FONT)
    if not path.is_file():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("The bundled emoji font %s could not be loaded", path)
        return None
    QFontDatabase.addApplicationEmojiFontFamily(families[0])
    return families[0]
