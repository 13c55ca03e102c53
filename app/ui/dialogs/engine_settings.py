"""The translation engine part of Preferences: kind, server URL, model (from the server), API key, privacy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.engines.base import KINDS, THIS_COMPUTER, EngineError, NotConfirmed
from app.services.engines.factory import DEFAULT_URLS
from app.ui.errors import error_text
from app.ui.widgets.engine_where import SendQuestion

if TYPE_CHECKING:
    from app.data.settings import Settings
    from app.services.context import AppContext
    from app.ui.context import UiContext


class EngineSettingsBox(QGroupBox):
    """Edits the engine settings; `values()` gives them for `SettingsStore.update`, `save_key()` stores the key."""

    def __init__(self, settings: Settings, ctx: UiContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engine-settings")
        self.ctx = ctx
        self.confirmed = list(settings.confirmed_hosts)  # grows when the person confirms a host on Check
        self.send_question: SendQuestion | None = None
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.kind.setCurrentIndex(max(self.kind.findData(settings.engine_kind), 0))
        self.url = QLineEdit(settings.engine_url)
        self.url.setObjectName("engine-url")
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.setObjectName("engine-model")
        if settings.engine_model:
            self.model.addItem(settings.engine_model)
        self.model.setCurrentText(settings.engine_model)
        self.api_key = QLineEdit()
        self.api_key.setObjectName("engine-api-key")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.unencrypted = QCheckBox()
        self.unencrypted.setChecked(settings.allow_unencrypted_lan)
        self.check_button = QPushButton()
        self.check_button.setObjectName("engine-check")
        self.check_button.clicked.connect(self.check)
        self.check_button.setEnabled(ctx is not None)
        self.status = QLabel()
        self.status.setObjectName("engine-status")
        self.status.setWordWrap(True)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.status, 1)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, field in zip(self.labels, (self.kind, self.url, self.model, self.api_key), strict=True):
            form.addRow(label, field)
        form.addRow("", self.unencrypted)
        form.addRow(check_row)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.retranslate()
        self._on_kind_changed()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Translation engine"))
        texts = (self.tr("Engine:"), self.tr("Server address:"), self.tr("Model:"), self.tr("API key:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = (
            self.tr("Argos (offline, on this computer)"),
            self.tr("LibreTranslate server"),
            self.tr("LLM server (OpenAI-compatible: Ollama, llama.cpp, LM Studio, vLLM)"),
        )
        for i, name in enumerate(names):
            self.kind.setItemText(i, name)
        self.api_key.setPlaceholderText(self.tr("Optional; kept in the system keyring, not in a file"))
        self.unencrypted.setText(self.tr("Allow unencrypted on my local network (http://)"))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Ask the server what it translates and which models it has"))

    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        server = kind != "argos"
        for field in (self.url, self.api_key, self.unencrypted):
            field.setEnabled(server)
        self.model.setEnabled(kind == "llm")
        self.url.setPlaceholderText(DEFAULT_URLS.get(kind, ""))
        self.status.clear()

    # --- values ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        return {
            "engine_kind": kind,
            "engine_url": self.url.text().strip(),
            "engine_model": self.model.currentText().strip() if kind == "llm" else "",
            "confirmed_hosts": list(self.confirmed),
            "allow_unencrypted_lan": self.unencrypted.isChecked(),
        }

    def problem(self) -> str:
        """Why the values cannot be saved (a URL that is not one), or ''."""
        from app.core.engines.base import host_of

        url = self.url.text().strip()
        if self.kind.currentData() == "argos" or not url:
            return ""
        try:
            host_of(url)
        except EngineError as exc:
            return error_text(exc)
        return ""

    def _server_url(self) -> str:
        return self.url.text().strip() or DEFAULT_URLS.get(self.kind.currentData(), "")

    def save_key(self) -> str:
        """Store a typed API key in the keyring for the server's URL; '' when done, else the sentence to show."""
        from app.services.engines import secrets

        key = self.api_key.text().strip()
        if not key or self.kind.currentData() == "argos":
            return ""
        try:
            secrets.set_api_key(self._server_url(), key)
        except Exception as exc:  # noqa: BLE001 - no keyring, or a broken one: said in the dialog, not a crash
            return error_text(exc)
        self.api_key.clear()
        return ""

    # --- Check ----------------------------------------------------------------------------------
    def check(self) -> None:
        """Ask the engine, in a worker, what it serves; a new host is confirmed first."""
        if self.ctx is None:
            return
        problem = self.problem()
        if problem:
            self.status.setText(problem)
            return
        kind, url, model = self.kind.currentData(), self._server_url(), self.model.currentText().strip()
        key = self.api_key.text().strip() or None
        confirmed, unencrypted = tuple(self.confirmed), self.unencrypted.isChecked()

        def ask(app: AppContext) -> dict[str, Any]:
            from app.services.engines.factory import make_engine

            engine = make_engine(kind, url, model, key, confirmed_hosts=confirmed, allow_unencrypted_lan=unencrypted)
            return (engine or app.translator.argos).check()

        self.check_button.setEnabled(False)
        self.status.setText(self.tr("Checking…"))
        self.ctx.ops.query(ask, name="check-engine", on_done=self._on_checked, on_error=self._on_check_failed)

    def _on_checked(self, report: dict[str, Any]) -> None:
        self.check_button.setEnabled(True)
        where = report.get("where", "")
        parts = [
            self.tr("On this computer.")
            if where == THIS_COMPUTER
            else self.tr("Text goes to {host}.").replace("{host}", where)
        ]
        if "pairs" in report:
            pairs = ", ".join(report["pairs"])
            parts.append(
                self.tr("Translates {pairs}.").replace("{pairs}", pairs)
                if pairs
                else self.tr("It does not translate English↔Chinese.")
            )
        if "models" in report:
            models = [str(m) for m in report["models"]]
            current = self.model.currentText()
            self.model.clear()
            self.model.addItems(models)
            self.model.setCurrentText(current if current in models else report.get("name", models[0] if models else ""))
            parts.append(self.tr("Models: {models}").replace("{models}", ", ".join(models) or "—"))
        self.status.setText(" ".join(parts))

    def _on_check_failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.status.setText(error_text(exc))
        if isinstance(exc, NotConfirmed):
            host = str(exc.fields.get("host", ""))

            def answered(send: bool) -> None:
                self.send_question = None
                if send:
                    self.confirmed.append(host)
                    self.check()

            self.send_question = SendQuestion(host, answered, self)
            self.send_question.open()
