"""Where text goes: the engine label next to Translate, the "Sent to …" badge, and the question before sending."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.core.engines.base import THIS_COMPUTER, EngineInfo


class EngineLabel(QLabel):
    """The engine's name and where the text is translated: "Argos · this computer", "LibreTranslate · host:5000"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engine-where")
        self.info: EngineInfo | None = None

    def show_engine(self, info: EngineInfo) -> None:
        self.info = info
        self.retranslate()

    def retranslate(self) -> None:
        if self.info is None:
            return
        here = self.info.where == THIS_COMPUTER
        where = self.tr("this computer") if here else self.info.where
        self.setText(self.tr("{name} · {where}").replace("{name}", self.info.name).replace("{where}", where))
        self.setToolTip(
            self.tr("Translated on this computer: your text stays here.")
            if here
            else self.tr("Your text is sent to {host} to be translated.").replace("{host}", where)
        )
        self.setStyleSheet("color: gray" if here else "color: #a04000; font-weight: bold")


class RemoteBadge(QLabel):
    """Shown on every translation made on another computer: "Sent to school.example:5000"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remote-badge")
        self.setStyleSheet("#remote-badge { background: #fde7d6; color: #7a2e00; padding: 1px 6px; }")
        self.where = ""
        self.setVisible(False)

    def show_where(self, where: str) -> None:
        self.where = where if where != THIS_COMPUTER else ""
        self.retranslate()
        self.setVisible(bool(self.where))

    def retranslate(self) -> None:
        if self.where:
            self.setText(self.tr("Sent to {host}").replace("{host}", self.where))


class SendQuestion(QMessageBox):
    """Asks once per host before any text goes there; `on_answer(True)` when the person says yes."""

    def __init__(self, host: str, on_answer: Callable[[bool], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send-question")
        self.host = host
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Send your text to another computer?"))
        self.setText(self.tr("Your text will be sent to {host}. Send it?").replace("{host}", host))
        self.setInformativeText(self.tr("Only say yes if you trust this server. You are asked once for each server."))
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        self.setDefaultButton(QMessageBox.StandardButton.No)
        self.setEscapeButton(QMessageBox.StandardButton.No)
        self.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send"))
        self.button(QMessageBox.StandardButton.No).setText(self.tr("Don't send"))
        self.finished.connect(
            lambda _code: on_answer(self.clickedButton() is self.button(QMessageBox.StandardButton.Yes))
        )

    def answer(self, send: bool) -> None:
        """Click Send or Don't send (what a person does; tests use it too)."""
        button = QMessageBox.StandardButton.Yes if send else QMessageBox.StandardButton.No
        self.button(button).click()
