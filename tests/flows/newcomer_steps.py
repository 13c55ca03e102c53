"""The steps of the newcomer's first ten minutes (run by test_first_ten_minutes.py in its own process on Xvfb).

Everything is real: the main window as `jiaoliu` builds it, Qt's thread pool, the SQLite file, the CC-CEDICT
dictionary, the bundled glossary and a tiny Argos package installed by the real installer. Only the operating
system's file chooser is replaced by the path a person would pick. Each step asserts what is on the screen and
saves a screenshot (01-welcome.png, …) into $JIAOLIU_FLOW_OUT.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QWidget

REPO = Path(__file__).resolve().parents[2]
OUT = Path(os.environ.get("JIAOLIU_FLOW_OUT", REPO / "tests" / "flows" / "output"))
SIZE = (1000, 650)

pytestmark = pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="run by test_first_ten_minutes.py on an X server"
)


class Flow:
    """The window under test, screenshots, and small helpers that act like a person."""

    def __init__(self, qtbot: Any, window: Any, ui: Any) -> None:
        self.qtbot, self.window, self.ui = qtbot, window, ui
        self.count = 0
        self.glossary_loaded = False

    def shot(self, name: str, widget: QWidget | None = None) -> Path:
        """What is on the screen over the window (dialogs included), as the user sees it."""
        QApplication.processEvents()
        self.qtbot.wait(150)  # let the last paint reach the X server
        self.count += 1
        target = widget or self.window
        frame = target.frameGeometry()
        picture = target.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = OUT / f"{self.count:02d}-{name}.png"
        assert picture.save(str(path)) and not picture.isNull()
        return path

    def wait(
        self, condition: Callable[[], object], timeout: int = 20_000, why: Callable[[], str] | None = None
    ) -> None:  # noqa: E501
        """Until `condition` holds; `why` says what the screen showed when it never did."""
        try:
            self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)
        except Exception as exc:
            raise AssertionError(why() if why else "timed out") from exc

    def modal(self, act: Callable[[QWidget], None], kind: type = QDialog) -> None:
        """Answer the next modal dialog (opened by what the caller does next) the way a person would."""

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind):
                act(dialog)
            else:
                QTimer.singleShot(50, poll)

        QTimer.singleShot(50, poll)

    def key(self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key press as a person makes it: in the active window (shortcuts only work there)."""
        top = widget.window()
        if QApplication.activeWindow() is not top:
            top.activateWindow()
            self.wait(lambda: QApplication.activeWindow() is top, 5000)
        self.qtbot.keyClick(widget, key, modifier)

    def view(self, view_id: str) -> Any:
        view = self.window.show_view(view_id)
        self.wait(lambda: view.isVisible())
        return view


@pytest.fixture
def flow(qtbot: Any, tmp_path: Path) -> Iterator[Flow]:
    from app.data.paths import app_paths
    from app.services.context import AppContext
    from app.ui import i18n
    from app.ui.app import _background_start
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow
    from app.ui.settings_bridge import SettingsBridge
    from app.ui.tasks import TaskRunner

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    paths = app_paths()
    paths.cache.mkdir(parents=True, exist_ok=True)
    os.symlink(os.environ["JIAOLIU_FLOW_DICTIONARY"], paths.dictionary)  # built once for the whole test run
    ctx = AppContext(paths)
    ctx.ensure_dirs()
    i18n.install_language(ctx.settings.current.ui_language)
    ui = UiContext(ctx, TaskRunner(), SettingsBridge(ctx.settings))  # Qt's real thread pool
    window = MainWindow(ui, build_view=False)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.move(20, 20)
    window.show()
    qtbot.waitExposed(window)
    window.show_first_view()
    flow = Flow(qtbot, window, ui)
    ui.events.slang_ready.connect(lambda: setattr(flow, "glossary_loaded", True))
    _background_start(window, ui, None)  # what the app does after its first paint
    yield flow
    ui.tasks.cancel_all()
    ui.tasks.wait(5000)
    ctx.close()
    i18n.install_language("en")


def test_the_first_ten_minutes(flow: Flow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = flow.window

    # 1. First start: the welcome, with the dictionary being prepared or ready.
    def shown_welcome() -> Any:  # the welcome window on the screen, as a person finds it
        from app.ui.dialogs.welcome import WelcomeDialog

        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible()), None)

    flow.wait(shown_welcome)
    welcome = shown_welcome()
    assert "Welcome" in welcome.heading.text()
    assert welcome.sample_button.isVisible() and welcome.sample_button.isEnabled()
    flow.shot("welcome", welcome)

    # 2. Try the sample post: the Reader shows it annotated, with its slang underlined.
    welcome.sample_button.click()
    reader = window.current_view()
    # The slang underlines come once the glossary is loaded (a few seconds on the first start); the Reader then
    # marks the text again.
    flow.wait(lambda: flow.glossary_loaded and window.dictionary_label.text() == "Dictionary ready", 60_000)
    flow.wait(lambda: not reader.is_busy() and any(s.term == "绝绝子" for row in reader.rows() for s in row.slang))
    if shown_welcome() is not None:
        shown_welcome().close()
    flow.shot("reader-sample")

    # 3. Point at a word, click it (pinned, and shown so), Esc releases it.
    def token(text: str) -> tuple[int, int]:
        for r, row in enumerate(reader.rows()):
            for i, t in enumerate(row.tokens):
                if t.text == text:
                    return r, i
        raise AssertionError(f"{text} is not on the screen: {[t.text for row in reader.rows() for t in row.tokens]}")

    row, index = token("老板")
    flow.qtbot.mouseMove(reader.ruby.viewport(), reader.ruby.token_position(row, index))
    flow.wait(lambda: "boss" in reader.panel.toPlainText().lower())
    row, index = token("绝绝子")
    flow.qtbot.mouseClick(reader.ruby.viewport(), Qt.MouseButton.LeftButton, pos=reader.ruby.token_position(row, index))
    flow.wait(lambda: reader.pin_hint.isVisible())
    assert "Esc" in reader.pin_hint.text()
    panel = reader.panel.toPlainText()
    assert "绝绝子" in panel
    flow.shot("reader-pinned")

    # 4. Save the pinned word as a phrase (Ctrl+S): the dialog shows the card's meaning; OK saves it.
    seen: dict[str, str] = {}

    def accept_phrase(dialog: QWidget) -> None:
        seen["meaning"] = dialog.translation.toPlainText()
        flow.shot("save-phrase", dialog)
        dialog.accept()

    flow.modal(accept_phrase)
    reader.ruby.setFocus()
    flow.key(reader.ruby, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    flow.wait(
        lambda: "meaning" in seen,
        10_000,
        lambda: f"no phrase dialog; status {window.statusBar().currentMessage()!r}, pinned {reader.pinned_word()!r}",
    )
    assert seen["meaning"] and "clock" not in seen["meaning"].lower()
    flow.key(reader.ruby, Qt.Key.Key_Escape)
    flow.wait(lambda: not reader.pin_hint.isVisible())
    phrasebook = flow.view("phrasebook")
    flow.wait(lambda: phrasebook.model.rowCount() == 1)
    flow.shot("phrasebook")

    # 5. The saved phrase is a study card: review it with the keyboard (space shows the answer, 3 = Good).
    study = flow.view("study")
    flow.wait(lambda: study.card is not None and "1 new" in study.counts_label.text())
    flow.shot("study-front")
    study.setFocus()
    flow.key(study, Qt.Key.Key_Space)
    flow.wait(lambda: study.answer_shown)
    flow.shot("study-answer")
    flow.key(study, Qt.Key.Key_3)  # Good: the card goes into learning
    flow.wait(lambda: "1 learning" in study.counts_label.text() and "0 new" in study.counts_label.text())

    # 6. Glossary: Ctrl+F goes to the search box; typing finds the entry.
    glossary = flow.view("glossary")
    window.activateWindow()
    flow.key(glossary, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    flow.wait(lambda: glossary.search.hasFocus())
    flow.qtbot.keyClicks(glossary.search, "yyds")
    flow.wait(lambda: any("yyds" in str(glossary.model.index(r, 0).data()) for r in range(glossary.model.rowCount())))
    flow.shot("glossary-search")
    glossary.search.clear()

    # 7. A new deck, an entry added, deleted and brought back with Ctrl+Z.
    flow.modal(lambda dialog: (dialog.setTextValue("My words"), dialog.accept()), QInputDialog)
    glossary.new_deck()
    flow.wait(lambda: glossary.current_deck() is not None and glossary.current_deck().name == "My words")

    def fill_entry(dialog: Any) -> None:
        dialog.term.setText("破防")
        dialog.meaning_en.setPlainText("to be emotionally overwhelmed")
        flow.shot("new-entry", dialog)
        dialog.accept()

    flow.modal(fill_entry)
    glossary.new_entry()
    flow.wait(lambda: glossary.model.rowCount() == 1)
    glossary.table.selectRow(0)
    glossary.table.setFocus()
    flow.key(glossary.table, Qt.Key.Key_Delete)
    flow.wait(lambda: glossary.model.rowCount() == 0)
    flow.key(glossary.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    flow.wait(lambda: glossary.model.rowCount() == 1)
    flow.shot("glossary-deck")

    # 8. Export the deck as .apkg and import it back into the same deck: nothing lost, nothing doubled.
    deck_id = glossary.current_deck().id
    before = [e.entry for e in flow.ui.app.glossary_store.entries(deck_id)]
    apkg = tmp_path / "my-words.apkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(apkg), ""))
    glossary.export_file()
    flow.wait(lambda: apkg.is_file() and apkg.stat().st_size > 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(apkg), ""))
    flow.modal(lambda dialog: dialog.accept())  # the deck chooser: "My words" is preselected
    glossary.import_file()
    flow.wait(lambda: "1 unchanged" in window.statusBar().currentMessage())
    assert "Undo" not in window.statusBar().currentMessage()  # nothing changed, so there is nothing to undo
    assert glossary.model.rowCount() == 1 and glossary.current_deck().name == "My words"
    assert [e.entry for e in flow.ui.app.glossary_store.entries(deck_id)] == before  # every field kept
    flow.shot("glossary-reimported")

    # 9. Translate: without a model a banner says so and offers to install one; installed from a
    #    file (a tiny real Argos package) through the model manager, the banner goes and Ctrl+Enter translates.
    translate = flow.view("translate")
    translate.source.setPlainText("Hello.")
    flow.key(translate.source, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    flow.wait(lambda: translate.banner.isVisible())
    assert "No translation model is installed" in translate.banner_text.text()  # none at all yet
    flow.shot("translate-no-model")
    package = tmp_path / "en_zh.argosmodel"
    builder = REPO / "tests" / "fixtures" / "tiny_argos.py"
    subprocess.run([sys.executable, str(builder), str(package), "--from", "en", "--to", "zh"], check=True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    translate.file_button.click()
    flow.wait(lambda: not translate.banner.isVisible(), 60_000)  # checked in a child process, then installed
    manager = QApplication.activeModalWidget()
    flow.shot("models-installed", manager)
    assert manager is not None
    manager.close()
    flow.key(translate.source, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    flow.wait(lambda: "你好" in translate.target.toPlainText())
    flow.shot("translate")

    # 10. Switch the interface to Chinese and back: menus and views follow at once.
    from app.ui import i18n

    window.statusBar().clearMessage()
    for language, file_menu in (("zh_CN", "文件"), ("en", "File")):
        i18n.install_language(language)
        flow.wait(lambda file_menu=file_menu: file_menu in window.menuBar().actions()[0].text())
        for view_id in ("reader", "translate", "glossary", "phrasebook", "sessions", "study"):
            flow.view(view_id)
            flow.shot(f"view-{view_id}-{language}")
