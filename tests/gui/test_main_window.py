from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenuBar

from app.ui.dialogs.about import AboutDialog
from app.ui.dialogs.preferences import PreferencesDialog


def test_window_shows_navigation_and_reader(window) -> None:  # type: ignore[no-untyped-def]
    assert "reader" in window.views
    assert window.nav.count() == len(window.view_infos) >= 2
    assert list(window.views) == ["reader"]  # the others are built when first shown
    assert window.nav.item(0).text() == "Reader"
    assert window.current_view().view_id == "reader"
    assert window.windowTitle().startswith("Jiaoliu")


def test_view_shortcut_switches_views(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.current_view().view_id == "reader"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().view_id == "translate" and window.nav.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().view_id == "reader" and window.nav.currentRow() == 0


def test_menus_exist(window) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text() for a in window.findChild(QMenuBar).actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert window.undo_action.text() == "&Undo" and not window.undo_action.isEnabled()  # nothing done yet


def test_about_dialog_credits_sources(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.credits.toPlainText()
    assert "CC-CEDICT" in text and "CC BY-SA 4.0" in text and "jieba" in text and "g2pM" in text


def test_switching_ui_language_translates_the_window(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    reader = window.views["reader"]
    assert reader.copy_action.text() == "Copy as pinyin"
    dialog = PreferencesDialog(ui_ctx.app.settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert ui_ctx.app.settings.current.ui_language == "zh_CN"
    QApplication.processEvents()  # LanguageChange events are posted
    assert window.nav.item(0).text() == "阅读器"
    assert reader.copy_action.text() == "复制为拼音"
    assert window.file_menu.title() == "文件(&F)"
    ui_ctx.app.settings.update(ui_language="en")
    QApplication.processEvents()
    assert window.nav.item(0).text() == "Reader"


def test_preferences_change_pinyin_style(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(ui_ctx.app.settings, window)
    qtbot.addWidget(dialog)
    dialog.pinyin_style.setCurrentIndex(dialog.pinyin_style.findData("numbers"))
    dialog.accept()
    assert window.views["reader"].style_box.currentData() == "numbers"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_geometry_is_remembered(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    first = MainWindow(ui_ctx)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    second = MainWindow(ui_ctx)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_open_text_file_loads_the_reader_and_refuses_bad_files(window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "post.txt"
    good.write_text("你好世界", encoding="utf-8")
    assert window.load_text_file(str(good))
    assert window.views["reader"].current_text() == "你好世界"
    warnings: list[str] = []
    monkeypatch.setattr("app.ui.main_window.QMessageBox.warning", lambda *args: warnings.append(args[2]))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage\x80")
    assert not window.load_text_file(str(bad))
    assert not window.load_text_file(str(tmp_path / "missing.txt"))
    assert len(warnings) == 2 and "UTF-8" in warnings[0]
    assert window.views["reader"].current_text() == "你好世界"  # nothing lost
