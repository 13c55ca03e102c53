"""A damaged database at start-up: the recovery dialog restores a backup or starts fresh; `--smoke` never waits.

The files are damaged at test time (an invalid byte in the schema, a truncated backup); the dialog is driven the
way a person would, by clicking its buttons while it is open.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.data.database import open_database
from app.data.paths import app_paths
from app.services.backup import make_backup
from app.services.context import AppContext

pytestmark = pytest.mark.slow


def _damage(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    at = data.find(b"CREATE TABLE")
    data[at + 7] = 0x93  # not UTF-8: SQLite's own error text about the schema is then undecodable
    path.write_bytes(bytes(data))


def _with_phrase(text: str) -> None:
    paths = app_paths()
    paths.data.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(paths)
    ctx.open_data()
    ctx.phrase_store.add(text, translation="kept")
    ctx.close()


def _headless(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["JIAOLIU_DATA_DIR"] = str(data)
    return env


def test_smoke_with_a_damaged_database_exits_with_the_message_instead_of_waiting(data_dir: Path) -> None:
    _with_phrase("你好")
    _damage(app_paths().database)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--smoke"], capture_output=True, text=True, env=_headless(data_dir), timeout=60
    )
    assert result.returncode == 4
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("jiaoliu: ") and "damaged" in lines[-1]
    assert "Traceback" not in result.stderr


def test_smoke_with_an_unusable_data_folder_exits_with_the_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--smoke"], capture_output=True, text=True, env=_headless(blocker), timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.strip().startswith("jiaoliu: ") and "Traceback" not in result.stderr


def _answer_dialog(qtbot, act) -> list[str]:  # type: ignore[no-untyped-def]
    """Run `act` on the recovery dialog once it is open; returns what the dialog's rows said."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "restore_button"):
            QTimer.singleShot(50, poll)
            return
        seen.append("\n".join(dialog.list.item(r).text() for r in range(dialog.list.count())))
        act(dialog)

    QTimer.singleShot(50, poll)
    return seen


def _window(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow
    from app.ui.settings_bridge import SettingsBridge
    from app.ui.tasks import TaskRunner

    ui = UiContext(ctx, TaskRunner(synchronous=True), SettingsBridge(ctx.settings))
    window = MainWindow(ui, build_view=False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_recovery_dialog_lists_backups_and_restores_the_chosen_one(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import _open_database_or_explain

    _with_phrase("第一")
    paths = app_paths()
    older = make_backup(paths)
    ctx = AppContext(paths)
    ctx.open_data()
    ctx.phrase_store.add("第二", translation="kept")
    ctx.close()
    newer = make_backup(paths)
    newer.write_bytes(newer.read_bytes()[:4096])  # the newest backup is cut off: it must be refused, not used
    _damage(paths.database)

    ctx = AppContext(paths)
    window = _window(qtbot, ctx)
    clicks: list[str] = []

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        clicks.append("\n".join(dialog.list.item(r).text() for r in range(dialog.list.count())))
        dialog.restore_button.click()  # the newest first: refused with its reason, then the older one
        if len(clicks) == 1:
            QTimer.singleShot(50, lambda: act(dialog))

    seen = _answer_dialog(qtbot, act)
    assert _open_database_or_explain(window, ctx)
    assert len(seen[0].splitlines()) == 2  # both backups listed, newest first, with their dates
    assert "cannot be used" not in clicks[0]
    first_row = clicks[1].splitlines()[0]  # after the first click the refused backup says why, in its row
    assert "cannot be used" in first_row and "incomplete" in first_row
    assert [p.text for p in ctx.phrase_store.all()] == ["第一"]  # the older backup's data
    assert "Restored the backup" in window.statusBar().currentMessage()
    assert "damaged" in window.statusBar().currentMessage()
    assert any(p.name.startswith("jiaoliu.db.damaged-") for p in paths.data.iterdir())  # nothing deleted
    assert older.is_file() and newer.is_file()
    ctx.close()


def test_start_fresh_keeps_the_damaged_file(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import _open_database_or_explain

    _with_phrase("你好")
    paths = app_paths()
    _damage(paths.database)
    damaged = paths.database.read_bytes()
    ctx = AppContext(paths)
    window = _window(qtbot, ctx)
    seen = _answer_dialog(qtbot, lambda dialog: dialog.fresh_button.click())
    assert _open_database_or_explain(window, ctx)
    assert seen == [""]  # no backups: the list is empty (and hidden), only "Start fresh" and "Quit"
    assert ctx.phrase_store.all() == []
    kept = [p for p in paths.data.iterdir() if p.name.startswith("jiaoliu.db.damaged-") and p.suffix != ".db-wal"]
    assert kept and kept[0].read_bytes() == damaged
    ctx.close()


def test_quit_leaves_everything_as_it_was(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import _open_database_or_explain

    _with_phrase("你好")
    paths = app_paths()
    make_backup(paths)
    _damage(paths.database)
    before = paths.database.read_bytes()
    ctx = AppContext(paths)
    window = _window(qtbot, ctx)
    _answer_dialog(qtbot, lambda dialog: dialog.quit_button.click())
    assert not _open_database_or_explain(window, ctx)
    assert paths.database.read_bytes() == before
    ctx.close()


def test_the_cli_points_to_the_backups_and_restores_the_newest(data_dir: Path) -> None:
    import contextlib
    import io

    from app.cli import main as cli_main

    _with_phrase("你好")
    paths = app_paths()
    make_backup(paths)
    _damage(paths.database)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert cli_main(["phrases", "list"], out=io.StringIO(), stdin=io.StringIO("")) == 1
    line = err.getvalue().strip()
    assert line.count("\n") == 0 and "damaged" in line and "jiaoliu backup restore --newest" in line
    out = io.StringIO()
    assert cli_main(["backup", "list"], out=out, stdin=io.StringIO("")) == 0
    assert len(out.getvalue().strip().splitlines()) == 1
    out = io.StringIO()
    assert cli_main(["backup", "restore", "--newest"], out=out, stdin=io.StringIO("")) == 0
    assert "restored" in out.getvalue() and "damaged" in out.getvalue()
    out = io.StringIO()
    assert cli_main(["phrases", "list"], out=out, stdin=io.StringIO("")) == 0
    assert "你好" in out.getvalue()
    assert open_database(paths.database).db.execute("pragma integrity_check").fetchone()[0] == "ok"
