"""Creating the application's window and services, and the background work after the first paint."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import __version__
from app.data.paths import DataDirError
from app.resources import resource_path
from app.services.context import AppContext
from app.ui import i18n
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.fonts import register_emoji_font
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


def _tell(parent: QWidget | None, text: str, smoke: bool) -> None:
    """A start-up problem: a dialog for a person; for `--smoke`, the same sentence on stderr and no dialog."""
    if smoke:
        print(f"jiaoliu: {text}", file=sys.stderr)
        return
    QMessageBox.critical(parent, "Jiaoliu", text)


def _open_or_explain(app: QApplication, ctx: AppContext, smoke: bool) -> bool:
    """Make sure the data folders and settings can be used; False (after telling the user) if not."""
    try:
        ctx.ensure_dirs()
        ctx.settings  # noqa: B018 - reads the preferences (a damaged file falls back to defaults and says so)
    except DataDirError as exc:
        _tell(None, error_text(exc), smoke)
        return False
    return True


def _open_database_or_explain(window: MainWindow, ctx: AppContext, smoke: bool = False) -> bool:
    """Open and migrate the database; a damaged one opens the recovery dialog (restore a backup or start fresh)."""
    from app.data.database import DamagedDatabase, DatabaseError  # sqlite3 and all: after the first paint

    try:
        ctx.open_data()
        return True
    except DatabaseError as exc:
        if smoke or not isinstance(exc, DamagedDatabase) or not ctx.paths.database.exists():
            _tell(window, error_text(exc), smoke)
            return False
        return _recover(window, ctx, error_text(exc))


def _recover(window: MainWindow, ctx: AppContext, problem: str) -> bool:
    """The recovery dialog until the data opens or the user quits; nothing is deleted on any path."""
    from app.data.database import DatabaseError, set_aside
    from app.services.backup import BackupError, list_backups, restore_backup
    from app.ui.dialogs.recovery import Recovery, RecoveryDialog

    paths = ctx.paths
    dialog = RecoveryDialog(problem, list_backups(paths), window)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        ctx.data.close()
        kept: Path | None
        try:
            if dialog.choice is Recovery.RESTORE and dialog.chosen_backup is not None:
                # Checking a backup reads it whole; the user waits on this dialog anyway, a second at most.
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    kept = restore_backup(paths, dialog.chosen_backup.path).safety_copy
                finally:
                    QApplication.restoreOverrideCursor()
            else:
                kept = set_aside(paths.database)
        except BackupError as exc:
            dialog.mark_unusable(dialog.chosen_backup, error_text(exc))  # type: ignore[arg-type]
            continue
        except OSError as exc:
            QMessageBox.critical(window, "Jiaoliu", error_text(exc))
            continue
        log.warning("Damaged database kept as %s", kept)
        try:
            ctx.open_data()
        except DatabaseError as again:
            QMessageBox.critical(window, "Jiaoliu", error_text(again))
            return False
        done = (
            QCoreApplication.translate("MainWindow", "Restored the backup of {when}.").replace(
                "{when}", dialog.chosen_backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
            )
            if dialog.choice is Recovery.RESTORE and dialog.chosen_backup is not None
            else QCoreApplication.translate("MainWindow", "Started with a new, empty database.")
        )
        if kept is not None:
            done += " " + QCoreApplication.translate("MainWindow", "The damaged file is kept as {file}.").replace(
                "{file}", kept.name
            )
        window.statusBar().showMessage(done, 20000)
        return True
    return False


def start(
    app: QApplication,
    ctx: AppContext,
    smoke: bool = False,
    open_file: str | None = None,
    show_welcome: bool | None = None,
) -> int:
    """Run the desktop app. The first-run welcome (non-modal) appears after the first paint unless
    `show_welcome` is False; None means "unless this is a --smoke run" (which never shows it)."""
    if show_welcome is None:
        show_welcome = not smoke
    app.setApplicationName("Jiaoliu")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Jiaoliu")
    app.setDesktopFileName("io.github.jiaoliu.Jiaoliu")
    icon = resource_path("icons", "jiaoliu.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_emoji_font()
    if not _open_or_explain(app, ctx, smoke):
        return 1
    settings = ctx.settings
    i18n.install_language(settings.current.ui_language)
    ui = UiContext(ctx, TaskRunner(), SettingsBridge(settings))
    window = MainWindow(ui, build_view=False)
    if settings.load_error is not None:
        problem = error_text(settings.load_error)
        QTimer.singleShot(0, lambda: window.statusBar().showMessage(problem, 10000))
    # A smoke run opens the database too (the part of start-up most likely to fail) and exits on the result.
    after_paint = (
        (lambda: app.exit(0 if _open_database_or_explain(window, ctx, smoke=True) else 4))
        if smoke
        else (lambda: _background_start(window, ui, open_file, show_welcome))
    )
    first_paint = _FirstPaint(after_paint)
    window.installEventFilter(first_paint)
    if smoke:  # a smoke run that never paints must not hang a CI job
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(3))
    _install_excepthook(window, smoke)
    window.show()
    code = app.exec()
    ui.tasks.cancel_all()
    ui.tasks.wait(5000)
    ctx.close()
    return code


def _background_start(window: MainWindow, ui: UiContext, open_file: str | None, show_welcome: bool = True) -> None:
    """After the first paint: open the database, then build/check the dictionary and warm the models.

    Once warm, gc.freeze() moves the start-up objects (modules, models, dictionaries) out of the
    collector's way, so full collections during long annotations pause the GUI less."""
    window.show_first_view()
    ctx = ui.app
    if not _open_database_or_explain(window, ctx):
        window.close()
        return
    window.data_ready()
    _schedule_backups(window, ui)
    if show_welcome and not open_file:
        window.maybe_show_welcome()  # first start only; non-modal, so nothing below waits on it

    def prepare(task: TaskContext) -> bool:
        return ctx.prepare_dictionary(progress=task.progress, cancelled=lambda: task.cancelled)

    ui.tasks.submit(
        prepare,
        name="dictionary",
        on_progress=lambda done, total: window.set_dictionary_progress(done * 100 // max(total, 1)),
        on_done=lambda _built: window.set_dictionary_progress(None),
        on_error=lambda exc: window.set_dictionary_progress(
            None,
            QCoreApplication.translate("MainWindow", "Dictionary unavailable: {error}").replace(
                "{error}", error_text(exc)
            ),
        ),
    )
    ui.tasks.submit(lambda task: ctx.warm_up(), name="warm-up", on_done=lambda _: gc.freeze())
    ui.ops.write(
        lambda app: app.sync_glossary(),
        name="glossary",
        # A sync is a glossary write: UiContext rebuilds the detector on it (once) and then says slang is
        # ready; without one (the usual start) the detector is built here.
        on_done=lambda synced: None if synced else ui.reindex_slang(),
        on_error=lambda exc: window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The slang glossary could not be loaded: {error}").replace(
                "{error}", error_text(exc)
            ),
            15000,
        ),
    )
    if open_file:
        window.load_text_file(open_file)


def _schedule_backups(window: MainWindow, ctx: UiContext) -> None:
    """An automatic backup at start and then hourly checks (one a day at most; see services/backup.py)."""
    from app.services.backup import auto_backup

    paths = ctx.app.paths

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


def _install_excepthook(window: MainWindow, smoke: bool) -> None:
    """An unexpected error is reported in a dialog and logged, instead of killing the app (a smoke run fails)."""

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if smoke:
            print(f"jiaoliu: {error_text(value)}", file=sys.stderr)
            QCoreApplication.exit(5)
            return
        QMessageBox.warning(window, "Jiaoliu", error_text(value))  # "Something went wrong: …" unless a UserError

    sys.excepthook = hook
