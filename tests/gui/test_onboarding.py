"""A newcomer's first minutes: the welcome (once), the sample post, dictionary progress, Help, the study preference."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton, QTreeWidget

from app.ui import i18n
from app.ui.dialogs.guide import GuideDialog
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.dialogs.shortcuts import ShortcutsDialog
from app.ui.dialogs.welcome import SAMPLE_EN, SAMPLE_ZH, WelcomeDialog


def _welcome(window) -> WelcomeDialog | None:  # type: ignore[no-untyped-def]
    shown = [d for d in window.findChildren(WelcomeDialog) if d.isVisible()]
    return shown[0] if shown else None


def _button(dialog, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    return button


# --- the welcome ---------------------------------------------------------------------------------------------
def test_the_welcome_appears_on_the_first_start_only(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    assert ui_ctx.app.settings.current.welcome_shown is False
    assert window.maybe_show_welcome() is True
    welcome = _welcome(window)
    assert welcome is not None and not welcome.isModal()  # nothing (the start-up included) waits on it
    assert welcome.windowTitle() == "Welcome to Jiaoliu"
    texts = [label.text() for label in welcome.findChildren(QLabel)]
    assert {"Read Chinese posts", "Translate posts", "Save phrases and study them"} <= set(texts)
    assert _button(welcome, "welcome-sample").text() == "Try a sample post"
    welcome.close()
    qtbot.waitUntil(lambda: _welcome(window) is None)
    assert window.maybe_show_welcome() is False  # remembered: the second start shows none
    assert _welcome(window) is None
    from app.services.context import AppContext

    assert AppContext(ui_ctx.app.paths).settings.current.welcome_shown is True  # saved in the preferences file


def test_help_welcome_opens_it_again_and_only_once(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.app.settings.update(welcome_shown=True)
    assert window.help_menu.actions()[2].text() == "&Welcome"
    window.welcome_action.trigger()
    first = _welcome(window)
    assert first is not None
    window.welcome_action.trigger()
    assert [d for d in window.findChildren(WelcomeDialog) if d.isVisible()] == [first]


def test_the_welcome_buttons_go_to_their_views(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for view_id in ("translate", "phrasebook", "study", "reader"):
        welcome = window.show_welcome()
        qtbot.mouseClick(_button(welcome, f"welcome-open-{view_id}"), Qt.MouseButton.LeftButton)
        assert window.current_view().view_id == view_id
        assert window.nav.currentItem().text() == window.view_infos[view_id].title()
        qtbot.waitUntil(lambda: _welcome(window) is None)  # it steps aside


def test_the_sample_post_opens_in_the_reader_with_pinyin(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_view("study")
    welcome = window.show_welcome()
    qtbot.mouseClick(_button(welcome, "welcome-sample"), Qt.MouseButton.LeftButton)
    reader = window.current_view()
    assert reader.view_id == "reader"
    assert reader.input.toPlainText() == SAMPLE_ZH
    qtbot.waitUntil(lambda: any(t.text == "绝绝子" for row in reader.rows() for t in row.tokens), timeout=10000)


def test_the_english_sample_opens_in_translate(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    welcome = window.show_welcome()
    qtbot.mouseClick(_button(welcome, "welcome-sample-english"), Qt.MouseButton.LeftButton)
    view = window.current_view()
    assert view.view_id == "translate"
    assert view.source.toPlainText() == SAMPLE_EN


def test_dictionary_progress_shows_in_the_status_bar_and_the_welcome(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    welcome = window.show_welcome()
    bar = window.findChild(QProgressBar, "dictionary-progress")
    window.set_dictionary_progress(0)
    assert window.dictionary_label.text() == "Preparing dictionary… 0%" and bar.isVisible()
    window.set_dictionary_progress(42)
    assert window.dictionary_label.text() == "Preparing dictionary… 42%" and bar.value() == 42
    assert welcome.dictionary_text.text() == "Preparing the dictionary (first start only)… 42%"
    assert welcome.dictionary_bar.isVisible() and welcome.dictionary_bar.value() == 42
    window.set_dictionary_progress(None)
    assert window.dictionary_label.text() == "Dictionary ready" and not bar.isVisible()
    assert welcome.dictionary_text.text() == "The dictionary is ready." and not welcome.dictionary_bar.isVisible()
    window.set_dictionary_progress(None, "Dictionary unavailable: disk full")
    assert window.dictionary_label.text() == "Dictionary unavailable: disk full" and not bar.isVisible()
    assert welcome.dictionary_text.text() == "Dictionary unavailable: disk full"


def test_the_welcome_opened_late_shows_where_the_preparation_is(window) -> None:  # type: ignore[no-untyped-def]
    window.set_dictionary_progress(73)
    welcome = window.show_welcome()
    assert welcome.dictionary_text.text().endswith("73%") and welcome.dictionary_bar.value() == 73


def test_the_start_shows_the_welcome_unless_told_not_to(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.app import _background_start

    _background_start(window, ui_ctx, None, show_welcome=False)  # what a --smoke style start asks for
    assert _welcome(window) is None and ui_ctx.app.settings.current.welcome_shown is False
    _background_start(window, ui_ctx, None)
    assert _welcome(window) is not None  # first start: shown without waiting for the dictionary or warm-up
    qtbot.waitUntil(lambda: window.dictionary_label.text() == "Dictionary ready", timeout=20000)
    ui_ctx.tasks.cancel_all()


def test_the_first_start_builds_the_slang_detector_once(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    """The bundled glossary is synced on a first start (a glossary write), and the detector is built once for it;
    on a later start, with nothing to sync, it is built once too. Each build is announced once."""
    from app.ui.app import _background_start

    # As on a first start (or after an update): the stored glossary is not this release's, so it is synced.
    ui_ctx.app.glossary_store.db.execute("delete from app_meta where key = 'glossary_bundle'")
    index = ui_ctx.app.slang
    builds: list[int] = []
    rebuild = index.rebuild
    index.rebuild = lambda entries, **kw: (builds.append(len(entries)), rebuild(entries, **kw))[1]
    ready: list[bool] = []
    ui_ctx.events.slang_ready.connect(lambda: ready.append(True))
    for start in (1, 2):
        _background_start(window, ui_ctx, None, show_welcome=False)
        qtbot.waitUntil(lambda start=start: len(ready) >= start, timeout=20000)
        qtbot.wait(100)
        assert (len(builds), len(ready)) == (start, start)
    assert builds[0] > 3000 and index.ready  # every bundled entry, once
    ui_ctx.tasks.cancel_all()


# --- Help ------------------------------------------------------------------------------------------------------
def test_help_menu_lists_guide_shortcuts_welcome_and_about(window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert texts == ["User &Guide", "&Keyboard Shortcuts", "&Welcome", "&About Jiaoliu", "About &Qt"]
    assert window.guide_action.shortcut().toString() == "F1"


def test_the_user_guide_is_bundled_and_follows_the_language(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.guide_action.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible() and not guide.isModal()
    text = guide.browser.toPlainText()
    assert "user guide" in text and "Try a sample post" in text and "Ctrl+Enter" in text
    assert guide.browser.document().resource(3, guide.browser.source().resolved("img/reader_en.png")) is not None
    guide.browser.anchorClicked.emit(QUrl("#study"))  # the table of contents jumps within the guide
    qtbot.waitUntil(lambda: guide.browser.verticalScrollBar().value() > 0)
    before = guide.browser.source()
    guide.browser.anchorClicked.emit(QUrl("https://example.com/"))  # never leaves for the network
    assert guide.browser.source() == before
    i18n.install_language("zh_CN")
    QApplication.processEvents()
    assert "用户指南" in guide.browser.toPlainText() and "试试示例帖子" in guide.browser.toPlainText()
    i18n.install_language("en")
    QApplication.processEvents()
    assert "Try a sample post" in guide.browser.toPlainText()


def test_every_guide_picture_is_bundled(qtbot) -> None:  # type: ignore[no-untyped-def]
    import re

    from app.resources import resource_path

    for language in ("en", "zh_CN"):
        html = resource_path("guide", f"guide_{language}.html").read_text(encoding="utf-8")
        pictures = re.findall(r'<img src="([^"]+)"', html)
        assert len(pictures) >= 5
        for picture in pictures:
            path = resource_path("guide", picture)
            assert path.exists() and path.stat().st_size < 120_000, picture
        assert "http" not in "".join(re.findall(r'href="([^"]+)"', html))  # offline: no link leaves the guide


def _shortcut_rows(dialog: ShortcutsDialog) -> dict[str, list[tuple[str, str]]]:
    tree = dialog.findChild(QTreeWidget, "shortcut-list")
    sections: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.isFirstColumnSpanned():
            current = item.text(0)
            sections[current] = []
        else:
            sections[current].append((item.text(0), item.text(1)))
    return sections


def test_keyboard_shortcuts_lists_every_key_by_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Keyboard shortcuts"
    sections = _shortcut_rows(dialog)
    assert list(sections) == ["Everywhere", "Reader", "Translate", "Glossary", "Phrasebook", "Sessions", "Study"]
    keys = {section: [k for k, _what in rows] for section, rows in sections.items()}
    assert keys["Everywhere"][:6] == [f"Ctrl+{n}" for n in range(1, 7)]
    assert ("Ctrl+1", "Show Reader") in sections["Everywhere"]
    assert {"Ctrl+Z", "Ctrl+Shift+Z"} <= set(keys["Everywhere"])
    assert {"Ctrl+L", "Ctrl+S"} <= set(keys["Reader"])
    assert {"Ctrl+Enter", "Ctrl+S"} <= set(keys["Translate"])
    assert {"Ctrl+F", "Delete"} <= set(keys["Glossary"]) and "Delete" in keys["Phrasebook"]
    assert "Ctrl+F" in keys["Phrasebook"]
    assert ("Ctrl+F", "Search") in sections["Glossary"]


def test_keyboard_shortcuts_in_chinese_name_the_views_in_chinese(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.install_language("zh_CN")
    try:
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        assert {"阅读器", "翻译", "短语本", "学习"} <= set(_shortcut_rows(dialog))
    finally:
        i18n.install_language("en")


# --- the study preference --------------------------------------------------------------------------------------
def test_the_study_preference_is_a_checkbox_in_preferences(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox

    dialog = PreferencesDialog(ui_ctx.app.settings, window)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QCheckBox, "study-saved-phrases")
    assert box.text() == "Add saved phrases to study" and box.isChecked()
    box.setChecked(False)
    dialog.accept()
    assert ui_ctx.app.settings.current.study_saved_phrases is False
    again = PreferencesDialog(ui_ctx.app.settings, window)
    qtbot.addWidget(again)
    assert not again.findChild(QCheckBox, "study-saved-phrases").isChecked()


def test_a_phrase_added_in_the_phrasebook_is_a_card_and_undo_takes_both(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.data.study_store import Source

    app = ui_ctx.app
    view = window.show_view("phrasebook")
    view.add_phrase("宝藏小店", "a hidden gem of a shop")
    qtbot.waitUntil(lambda: bool(app.phrase_store.search("宝藏小店")))
    phrase_id = app.phrase_store.search("宝藏小店")[0].id
    assert len(app.study_store.cards_of(Source("phrase", str(phrase_id)))) == 3
    qtbot.waitUntil(lambda: window.undo_action.isEnabled())
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not app.phrase_store.search("宝藏小店"))
    assert app.study_store.cards_of(Source("phrase", str(phrase_id))) == []


def test_the_import_limit_is_set_in_preferences(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSpinBox

    dialog = PreferencesDialog(ui_ctx.app.settings, window)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QSpinBox, "import-max-entries")
    assert box.value() == 20_000 and dialog.form.labelForField(box).text() == "Largest glossary import (entries):"
    box.setValue(50_000)
    dialog.accept()
    assert ui_ctx.app.settings.current.import_max_entries == 50_000
