"""The model manager and the missing-model banner as a person meets them: Enter never removes, Remove and
Replace ask first, the banner names the missing direction and goes once that model is installed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.fixtures.tiny_argos import build_package


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("gui-model-pkgs")
    return {f"{a}_{b}": build_package(out / f"{a}_{b}.argosmodel", a, b) for a, b in (("en", "zh"), ("zh", "en"))}


@pytest.fixture
def view(window):  # type: ignore[no-untyped-def]
    window.data_ready()
    return window.show_view("translate")


@pytest.fixture
def dialog(view, ui_ctx, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.dialogs.models_dialog import ModelsDialog

    dialog = ModelsDialog(ui_ctx, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _install(ui_ctx, path: Path) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.app.models.install_file(path)
    ui_ctx.app.translator.forget_engines()


def _button(box, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def _codes(ui_ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.code for m in ui_ctx.app.models.installed(broken=True)]


def test_enter_never_removes_a_model(qtbot, ui_ctx, packages, view) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.models_dialog import ModelsDialog

    _install(ui_ctx, packages["en_zh"])
    dialog = ModelsDialog(ui_ctx, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 1)
    dialog.installed.selectRow(0)
    assert dialog.remove_button.isEnabled()
    assert not dialog.remove_button.isDefault() and not dialog.remove_button.autoDefault()
    dialog.installed.setFocus()
    qtbot.keyClick(dialog.installed, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    qtbot.wait(50)
    assert dialog.question is None  # not even asked
    assert _codes(ui_ctx) == ["translate-en_zh"]


def test_remove_asks_and_enter_in_the_question_cancels(qtbot, ui_ctx, packages, dialog) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.remove_button.isEnabled()  # nothing installed: nothing to remove
    dialog.install_from_file(str(packages["en_zh"]))
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 1)
    assert dialog.installed.item(0, 3).text() == "Ready"
    dialog.installed.clearSelection()
    assert not dialog.remove_button.isEnabled()
    dialog.installed.selectRow(0)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    question = dialog.question
    assert question is not None and question.isVisible()
    assert question.text() == "Remove the English→Chinese model (2.7 MB)?"
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default is Cancel
    qtbot.waitUntil(lambda: dialog.question is None)
    assert _codes(ui_ctx) == ["translate-en_zh"] and dialog.installed.rowCount() == 1
    assert dialog.status.text() == "Nothing was changed."
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(dialog.question, "Remove"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 0)
    assert _codes(ui_ctx) == [] and not dialog.remove_button.isEnabled()


def test_installing_over_the_same_direction_asks(qtbot, ui_ctx, packages, dialog) -> None:  # type: ignore[no-untyped-def]
    _install(ui_ctx, packages["en_zh"])
    before = ui_ctx.app.models.installed()
    dialog.install_from_file(str(packages["en_zh"]))
    qtbot.waitUntil(lambda: dialog.question is not None)
    assert dialog.question.text() == (
        "The English→Chinese model (version 1.0) is already installed. Replace it with version 1.0?"
    )
    qtbot.mouseClick(_button(dialog.question, "Cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing was changed.")
    assert ui_ctx.app.models.installed() == before
    dialog.install_from_file(str(packages["en_zh"]))
    qtbot.waitUntil(lambda: dialog.question is not None)
    qtbot.mouseClick(_button(dialog.question, "Replace"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Done.")
    assert _codes(ui_ctx) == ["translate-en_zh"]


def test_a_damaged_package_is_listed_and_can_be_removed(qtbot, ui_ctx, packages, dialog) -> None:  # type: ignore[no-untyped-def]
    _install(ui_ctx, packages["zh_en"])
    folder = ui_ctx.app.models.package_dir("zh", "en")
    damaged = folder.with_name("translate-en_zh-9_9")
    shutil.copytree(folder, damaged)
    metadata = json.loads((damaged / "metadata.json").read_text("utf-8"))
    (damaged / "metadata.json").write_text(json.dumps(metadata | {"from_code": "en", "to_code": "zh", "from_name": 5}))
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 2)
    states = [dialog.installed.item(row, 3).text() for row in range(2)]
    assert states == ["Damaged", "Ready"]
    assert "from_name as 5" in dialog.installed.item(0, 3).toolTip()
    dialog.installed.selectRow(0)
    assert dialog.status.text() == (
        "The model in translate-en_zh-9_9 is damaged: its metadata.json gives from_name as 5, which is not text. "
        "Remove it, then install it again."
    )
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(dialog.question, "Remove"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 1)
    assert _codes(ui_ctx) == ["translate-zh_en"] and not damaged.exists()


def test_banner_names_the_missing_direction_and_goes_after_install(  # type: ignore[no-untyped-def]
    qtbot, ui_ctx, packages, view, dialog
) -> None:
    _install(ui_ctx, packages["en_zh"])
    with qtbot.waitSignal(view.translation_finished, timeout=20_000):
        view.translate("我们去银行。")
    assert view.banner.isVisibleTo(view)
    assert view.banner_text.text().startswith("The Chinese→English model is not installed")
    assert "No translation model is installed" not in view.banner_text.text()
    assert "银行(bank)" in view.target.toPlainText()
    dialog.install_from_file(str(packages["zh_en"]))  # the real installer, through the model manager
    qtbot.waitUntil(lambda: not view.banner.isVisibleTo(view))
    with qtbot.waitSignal(view.translation_finished, timeout=20_000):
        view.translate("谢谢。")
    assert view.target.toPlainText() == "Thank you." and not view.banner.isVisibleTo(view)


def test_ctrl_enter_translates(qtbot, ui_ctx, packages, view) -> None:  # type: ignore[no-untyped-def]
    _install(ui_ctx, packages["en_zh"])
    view.source.setFocus()
    qtbot.keyClicks(view.source, "Hello.")
    with qtbot.waitSignal(view.translation_finished, timeout=20_000):
        qtbot.keyClick(view.source, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.target.toPlainText() == "你好。"
    assert view.source.toPlainText() == "Hello."  # no line break typed into the post
    with qtbot.waitSignal(view.translation_finished, timeout=20_000):
        qtbot.keyClick(
            view.source, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier
        )


def test_the_tool_bar_has_no_overflow_at_1000_by_650(qtbot, window, view) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QToolBar, QToolButton

    window.resize(1000, 650)
    qtbot.waitUntil(lambda: window.width() == 1000)
    bar = view.findChild(QToolBar)
    qtbot.wait(50)
    overflow = [b for b in bar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"]
    assert not any(b.isVisible() for b in overflow)
    for action in (
        view.translate_action,
        view.clipboard_action,
        view.copy_action,
        view.save_action,
        view.models_action,
    ):
        assert bar.widgetForAction(action).isVisible(), action.text()
