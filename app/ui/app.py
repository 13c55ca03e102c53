"""Creating the application's window and services, and the background work after the first paint."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.data.database import DatabaseError, set_aside
from app.data.paths import DataDirError, app_paths
from app.resources import resource_path
from app.services.context import Services, open_services
from app.ui import i18n
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.settings_bridge import SettingsBridge
from app.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_MS = 20_000


class _FirstPaint(QObject):
    """Calls back once, right after the window has painted for the first time."""

    def __init__(self, callback: Any) -> None:
        super().__init__()
        self.callback = callback
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, self.callback)
        return False


def _open_services_or_explain(app: QApplication) -> Services | None:
    """Open the data; on a damaged database offer a fresh start that keeps the old file."""
    paths = app_paths()
    try:
        return open_services(paths, migrate_now=False)
    except DataDirError as exc:
        QMessageBox.critical(None, "Jiaoliu", str(exc))
        return None
    except DatabaseError as exc:
        if not paths.database.exists() or "read-only" in str(exc):
            QMessageBox.critical(None, "Jiaoliu", str(exc))
            return None
        question = app.translate(
            "Startup",
            "Start with a new, empty database? The damaged file is kept beside it, renamed, so nothing is deleted.",
        )
        answer = QMessageBox.question(None, "Jiaoliu", f"{exc}\n\n{question}")
        if answer != QMessageBox.StandardButton.Yes:
            return None
        kept = set_aside(paths.database)
        log.warning("Damaged database kept as %s", kept)
        return open_services(paths, migrate_now=False)


def start(app: QApplication, smoke: bool = False, open_file: str | None = None) -> int:
    app.setApplicationName("Jiaoliu")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Jiaoliu")
    app.setDesktopFileName("io.github.jiaoliu.Jiaoliu")
    icon = resource_path("icons", "jiaoliu.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    services = _open_services_or_explain(app)
    if services is None:
        return 1
    i18n.install_language(services.settings.current.ui_language)
    ctx = UiContext(services, TaskRunner(), SettingsBridge(services.settings))
    window = MainWindow(ctx, build_view=False)
    if services.settings.load_problem:
        QTimer.singleShot(0, lambda: window.statusBar().showMessage(services.settings.load_problem or "", 10000))
    after_paint = (lambda: app.exit(0)) if smoke else (lambda: _background_start(window, ctx, open_file))
    first_paint = _FirstPaint(after_paint)
    window.installEventFilter(first_paint)
    if smoke:  # a smoke run that never paints must not hang a CI job
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(3))
    _install_excepthook(window)
    window.show()
    code = app.exec()
    ctx.tasks.cancel_all()
    ctx.tasks.wait(5000)
    services.close()
    return code


def _background_start(window: MainWindow, ctx: UiContext, open_file: str | None) -> None:
    """After the first paint: migrate the database, then build/check the dictionary and warm the models.

    Once warm, gc.freeze() moves the start-up objects (modules, models, dictionaries) out of the
    collector's way, so full collections during long annotations pause the GUI less."""
    from app.services.glossary import prepare_glossary

    window.show_first_view()
    services = ctx.services
    try:
        services.db  # noqa: B018 - imports sqlite-utils and applies migrations
    except DatabaseError as exc:
        QMessageBox.critical(window, "Jiaoliu", str(exc))
        window.close()
        return
    window.data_ready()
    _schedule_backups(window, ctx)

    def prepare(task: TaskContext) -> bool:
        return services.prepare_dictionary(progress=task.progress, cancelled=lambda: task.cancelled)

    def on_progress(done: int, total: int) -> None:
        window.update_dictionary_status(
            window.tr("Preparing dictionary… {percent}%").replace("{percent}", str(done * 100 // max(total, 1)))
        )

    ctx.tasks.submit(
        prepare,
        name="dictionary",
        on_progress=on_progress,
        on_done=lambda _built: window.update_dictionary_status(),
        on_error=lambda exc: window.update_dictionary_status(
            window.tr("Dictionary unavailable: {error}").replace("{error}", str(exc))
        ),
    )
    ctx.tasks.submit(lambda task: services.warm_up(), name="warm-up", on_done=lambda _: gc.freeze())
    ctx.tasks.submit(
        lambda task: prepare_glossary(services.paths.database, services.slang),
        name="glossary",
        on_done=lambda synced: _glossary_prepared(ctx, synced),
        on_error=lambda exc: window.statusBar().showMessage(
            window.tr("The slang glossary could not be loaded: {error}").replace("{error}", str(exc)), 15000
        ),
    )
    if open_file:
        window.load_text_file(open_file)


def _schedule_backups(window: MainWindow, ctx: UiContext) -> None:
    """An automatic backup at start and then hourly checks (one a day at most; see services/backup.py)."""
    from app.services.backup import auto_backup

    paths = ctx.services.paths

    def back_up_if_due() -> None:
        ctx.tasks.submit(
            lambda task: auto_backup(paths),
            name="auto-backup",
            on_error=lambda exc: log.warning("Automatic backup failed: %s", exc),
        )

    back_up_if_due()
    timer = QTimer(window)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(back_up_if_due)
    timer.start()


def _glossary_prepared(ctx: UiContext, synced: bool) -> None:
    if synced:
        ctx.events.glossary_changed.emit()
    ctx.events.slang_ready.emit()


def _install_excepthook(window: MainWindow) -> None:
    """An unexpected error is reported in a dialog and logged, instead of killing the app."""

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.warning(
            window, "Jiaoliu", window.tr("Something went wrong: {error}").replace("{error}", str(value))
        )

    sys.excepthook = hook
