"""A correction shown inline, as a tutor marks it: deletions struck through, insertions highlighted."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.diff import Segment, changed, diff
from app.services.session_export import diff_html


class DiffView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diff-view")
        self.setOpenLinks(False)
        self.segments: list[Segment] = []

    def set_texts(self, original: str, corrected: str, empty_text: str = "") -> None:
        """Show the difference; `empty_text` (greyed) when there is nothing to compare yet."""
        self.segments = diff(original, corrected) if corrected else []
        if not self.segments:
            self.setHtml(f"<p style='color:gray'>{escape(empty_text)}</p>")
            return
        self.setHtml(f"<p style='font-size:15px'>{diff_html(self.segments)}</p>")

    def changes(self) -> int:
        return changed(self.segments)
