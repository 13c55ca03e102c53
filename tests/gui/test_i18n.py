"""The interface language as a person meets it: counts read "1 phrase", errors in the interface language, and a
switch to Chinese and back leaves no view with a string of the other language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.core.slang import Example, SlangEntry
from app.data.study_store import Source
from app.resources import resource_path
from app.services.backup import BackupError, verify_backup
from app.ui import i18n
from app.ui.errors import error_text

HAN = re.compile(r"[\u4e00-\u9fff]")


def _switch(ui_ctx, language: str) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.app.settings.update(ui_language=language)
    QApplication.processEvents()  # LanguageChange events are posted


def test_counts_have_singular_and_plural_forms_in_english_and_a_chinese_form(qapp) -> None:  # type: ignore[no-untyped-def]
    def tr(text: str, n: int, context: str = "PhrasebookView") -> str:
        return QCoreApplication.translate(context, text, "", n)

    try:
        i18n.install_language("en")
        assert tr("%Ln phrases", 1) == "1 phrase" and tr("%Ln phrases", 2) == "2 phrases"
        assert tr("%n corrections", 1, "SessionHeader") == "1 correction"
        assert tr("%Ln phrases", 12345) == "12,345 phrases"
        i18n.install_language("zh_CN")
        assert tr("%Ln phrases", 1) == "1 个短语" and tr("%Ln phrases", 2) == "2 个短语"
    finally:
        i18n.install_language("en")


def test_an_error_reads_in_the_interface_language(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("just some text, not SQLite" * 10)
    with pytest.raises(BackupError) as caught:
        verify_backup(not_a_database)
    assert str(caught.value) == "notes.db is not a Jiaoliu database (it is not an SQLite file)."  # the CLI's sentence
    try:
        i18n.install_language("zh_CN")
        assert error_text(caught.value) == "notes.db 不是交流的数据库（它不是 SQLite 文件）。"
    finally:
        i18n.install_language("en")
    assert error_text(caught.value) == str(caught.value)


def test_an_error_naming_a_field_names_it_in_the_interface_language(qapp, app_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.data.phrases import PhraseError

    with pytest.raises(PhraseError) as caught:
        app_ctx.phrase_store.add("你好", "hello", note="x" * 100_000)
    assert str(caught.value).startswith("The note is too long")
    try:
        i18n.install_language("zh_CN")
        assert error_text(caught.value).startswith("备注太长了")
    finally:
        i18n.install_language("en")


def _translated_sources() -> set[str]:
    """Every English text the Chinese file translates into something else (no placeholders: those are filled)."""
    sources = set()
    for message in ET.parse(resource_path("i18n", "jiaoliu_zh_CN.ts")).iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if "{" not in source and "%" not in source and translation.strip() and translation != source:
            sources.add(source)
    return sources


def _texts(root: QWidget) -> dict[str, str]:
    """What every widget of `root` would show a person, each text keyed by where it is."""
    found: dict[str, str] = {}

    def put(key: str, text: str) -> None:
        if text:
            found[f"{key}#{len(found)}"] = text

    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            put(name, widget.text())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            put(name, widget.placeholderText())
        elif isinstance(widget, QTextEdit):  # the Reader's side panel, a detail pane
            put(name, widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                put(name, widget.itemText(i))
        elif isinstance(widget, QListWidget):  # the navigation, the decks, a session's entries
            for i in range(widget.count()):
                put(name, widget.item(i).text())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                put(name, widget.tabText(i))
        elif isinstance(widget, QGroupBox):
            put(name, widget.title())
        elif isinstance(widget, QChartView):
            put(name, widget.chart().title())
            for axis in widget.chart().axes():
                put(name, axis.titleText())
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                put(name, str(model.headerData(column, Qt.Orientation.Horizontal)))
            for row in range(min(model.rowCount(), 5)):
                for column in range(model.columnCount()):
                    put(name, str(model.index(row, column).data() or ""))
        put(f"{name}:tooltip", widget.toolTip())
    for action in root.findChildren(QAction):
        put(f"action:{action.objectName()}", action.text())
    return found


@pytest.fixture
def every_view(qtbot, window, ui_ctx):  # type: ignore[no-untyped-def]
    """The main window with some data in every view, each view built and its data shown."""
    app = ui_ctx.app
    phrase = app.phrase_store.add("你好", "hello", pinyin="nǐ hǎo")
    app.study_store.add_cards([Source("phrase", str(phrase))], ["recognition"])
    deck = app.glossary_store.create_deck("Class")
    entry = SlangEntry(
        id="",
        term="上岸",
        lang="zh",
        variants=(),
        pinyin=None,
        literal="",
        meaning_en="landed a job",
        meaning_zh="考上了",
        register=("playful",),
        examples=(Example("他终于上岸了", "He finally made it"),),
        tags=("study",),
        year=2019,
        related=(),
    )
    app.glossary_store.add(deck, entry)
    session = app.session_store.create("Homework")
    app.session_store.add_entry(session, "question", "How do I say 我很忙?")
    app.session_store.add_entry(session, "correction", "I has an apple.", corrected="I have an apple.")
    window.data_ready()
    for info in window.view_infos:
        window.show_view(info)
    reader = window.views["reader"]
    reader.set_text("家人们谁懂啊，yyds")
    qtbot.waitUntil(lambda: bool(reader.rows()), timeout=5000)
    glossary = window.show_view("glossary")
    glossary.deck_list.setCurrentRow(glossary.deck_list.count() - 1)  # the tutor's own deck
    qtbot.waitUntil(lambda: glossary.current_entry() is not None, timeout=5000)
    study = window.show_view("study")
    qtbot.waitUntil(lambda: study.card is not None, timeout=5000)
    study.show_answer()  # the grade buttons, with their intervals
    qtbot.waitUntil(lambda: study.face.grade_buttons[0].isVisible(), timeout=5000)
    sessions = window.show_view("sessions")
    qtbot.waitUntil(lambda: "Homework" in sessions.header.title.text(), timeout=5000)
    study.tabs.setCurrentIndex(1)  # the statistics
    window.show_view("study")
    qtbot.waitUntil(lambda: study.stats_panel.stats is not None, timeout=5000)
    return window


def test_every_view_switches_to_chinese_and_back(every_view, ui_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = every_view
    english = _texts(window)
    study, glossary = window.views["study"], window.views["glossary"]
    assert study.face.show_button.text() == "Show answer (space)"
    assert "playful" in glossary.detail.toPlainText()

    _switch(ui_ctx, "zh_CN")
    qtbot.waitUntil(lambda: "待复习" in study.counts_label.text(), timeout=5000)  # the study view asks again
    chinese = _texts(window)
    left_in_english = sorted({text for text in chinese.values() if text in _translated_sources()})
    assert left_in_english == [], "these stayed English after switching to Chinese"
    assert "显示答案" in study.face.show_button.text()
    assert "重来" in study.face.grade_buttons[0].text()
    assert study.stats_panel.reviews_view.chart().title() != "Reviews per day"
    assert "所有标签" in [glossary.tag_box.itemText(i) for i in range(glossary.tag_box.count())]
    assert "调侃" in [glossary.register_box.itemText(i) for i in range(glossary.register_box.count())]
    assert "调侃" in glossary.detail.toPlainText()
    assert glossary.model.index(0, 3).data() == "调侃"
    assert HAN.search(window.views["phrasebook"].count_label.text())
    assert "1 处修改" in window.views["sessions"].header.summary.text()
    assert HAN.search(window.views["reader"].panel.toPlainText())
    assert window.file_menu.title() == "文件(&F)"

    _switch(ui_ctx, "en")
    qtbot.waitUntil(lambda: "Due:" in study.counts_label.text(), timeout=5000)
    back = _texts(window)
    stayed_chinese = sorted(
        f"{key}: {text}" for key, text in back.items() if HAN.search(text) and english.get(key) != text
    )
    assert stayed_chinese == [], "these stayed Chinese after switching back to English"
    assert back == english
    assert "1 correction ·" in window.views["sessions"].header.summary.text()
    assert window.views["phrasebook"].count_label.text() == "1 phrase"


def test_an_import_problem_reads_in_the_interface_language(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.glossary_io import ImportProblem, read_file

    empty = tmp_path / "week1.csv"
    empty.write_text("   \n")
    with pytest.raises(ImportProblem) as caught:
        read_file(empty)
    assert caught.value.errors == ["the file is empty"]  # what the command line prints
    try:
        i18n.install_language("zh_CN")
        assert error_text(caught.value) == "未导入任何内容。请修正文件后重试：\n\n文件是空的"
    finally:
        i18n.install_language("en")
    assert error_text(caught.value) == "Nothing was imported. Please fix the file and try again:\n\nthe file is empty"
