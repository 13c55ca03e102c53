"""GUI fixtures: offscreen Qt, real services on a temp data dir, a synchronous task runner."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest  # noqa: E402

from app.data.paths import AppPaths  # noqa: E402
from app.services.context import AppContext  # noqa: E402


@pytest.fixture
def app_ctx(glossary_paths: AppPaths) -> AppContext:
    """The real AppContext on the test's data dir: dictionary built, bundled glossary in, slang detector ready."""
    ctx = AppContext(glossary_paths)
    ctx.open_data()
    ctx.prepare_dictionary()
    ctx.reindex_slang()
    yield ctx
    ctx.close()


@pytest.fixture
def ui_ctx(qapp, app_ctx: AppContext):  # type: ignore[no-untyped-def]
    from app.ui import i18n
    from app.ui.context import UiContext
    from app.ui.settings_bridge import SettingsBridge
    from app.ui.tasks import TaskRunner

    i18n.install_language("en")
    return UiContext(app_ctx, TaskRunner(synchronous=True), SettingsBridge(app_ctx.settings))


@pytest.fixture
def window(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    from app.ui import i18n

    i18n.install_language("en")
