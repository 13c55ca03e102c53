"""Help → User guide: the bundled HTML guide (English or Chinese, with screenshots), read offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.resources import resource_path
from app.ui.i18n import interface_language


def guide_path(language: str | None = None) -> Path:
    """The guide in the interface language (`zh_CN` or `en`; default: the one installed now)."""
    if language is None:
        language = interface_language()
    path = resource_path("guide", f"guide_{language}.html")
    return path if path.exists() else resource_path("guide", "guide_en.html")


class GuideDialog(QDialog):
    """Non-modal, so the guide can stay open beside the window while one tries what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide-dialog")
        self.resize(860, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide-text")
        self.browser.setOpenLinks(False)  # no network: only the guide's own anchors are followed
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Jiaoliu user guide"))
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.isLocalFile() or url.isRelative():
            self.browser.setSource(url)
