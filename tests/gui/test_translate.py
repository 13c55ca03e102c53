"""The Translate view with tiny real models: sentences, alignment, pinyin, slang notes, fallback, models."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.fixtures.tiny_argos import build_package


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("gui-pkgs")
    return [build_package(out / f"{a}_{b}.argosmodel", a, b) for a, b in (("en", "zh"), ("zh", "en"))]


@pytest.fixture
def view(window):  # type: ignore[no-untyped-def]
    window.data_ready()
    return window.show_view("translate")


def translate(qtbot, view, text=None) -> None:  # type: ignore[no-untyped-def]
    """Translate (the source pane, or `text`) and wait until the translation is on screen."""
    with qtbot.waitSignal(view.translation_finished, timeout=20_000):
        view.translate(text) if text is not None else view.translate()


@pytest.fixture
def with_models(ui_ctx, packages):  # type: ignore[no-untyped-def]
    for path in packages:
        ui_ctx.app.models.install_file(path)
    ui_ctx.app.translator.forget_engines()


def test_translation_sentence_by_sentence_with_pinyin(view, with_models, qtbot) -> None:  # type: ignore[no-untyped-def]
    translate(qtbot, view, "Hello. I love cats.")
    assert view.target.toPlainText() == "你好。我爱猫。" == view._result.target  # Chinese: no space between sentences
    assert [s.tgt for s in view._result.sentences] == ["你好。", "我爱猫。"]
    assert not view.banner.isVisibleTo(view)
    assert "translate-en_zh" in view.engine_label.text()
    qtbot.waitUntil(lambda: view.pinyin.ruby_model.rowCount() > 0, timeout=3000)
    readings = [t.readings for row in view.pinyin.ruby_model.rows for t in row.tokens if t.readings]
    assert ("ni3", "hao3") in readings


def test_english_sentences_are_spaced_and_line_breaks_kept(qtbot, view, with_models) -> None:  # type: ignore[no-untyped-def]
    translate(qtbot, view, "你好。明天见。\n\n晚安。")
    assert view.target.toPlainText() == "Hello. See you tomorrow.\n\nGood night." == view._result.target


def test_hovering_a_sentence_highlights_its_source(qtbot, view, with_models) -> None:  # type: ignore[no-untyped-def]
    translate(qtbot, view, "Hello. I love cats.")
    view.highlight_sentence(1)
    source_selections = view.source.extraSelections()  # keep the list alive while its cursors are read
    assert source_selections[0].cursor.selectedText() == "I love cats."
    target_selections = view.target.extraSelections()
    assert target_selections[0].cursor.selectedText() == "我爱猫。"
    assert view.sentence_at(view._target_spans[0][0]) == 0


def test_slang_notes_and_save_phrase(qtbot, view, with_models, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    translate(qtbot, view, "谢谢。家人们，这家店yyds！")
    notes = view.notes.toPlainText()
    assert "yyds" in notes and "GOAT" in notes
    view.highlight_sentence(0)
    heard: list[object] = []
    ui_ctx.ops.changed.connect(lambda changes, initiator: heard.append(initiator))
    view.save_phrase()
    qtbot.waitUntil(lambda: heard == [view])  # every view hears it; the Translate view knows it was its own
    saved = ui_ctx.app.phrase_store.all()
    assert [(p.text, p.translation, p.origin) for p in saved] == [("谢谢。", "Thank you.", "translation")]
    assert saved[0].pinyin == "xiè xiè"  # citation tones, as in the glossary
    assert saved[0].origin_ref == "谢谢。家人们，这家店yyds！"  # the link back: the post it came from
    view.source.setPlainText("something else")
    assert view.open_target(saved[0].origin_ref)
    assert view.source.toPlainText() == "谢谢。家人们，这家店yyds！"


def test_without_models_a_banner_and_a_labelled_gloss(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    translate(qtbot, view, "我们去银行。")
    assert view.banner.isVisibleTo(view)
    assert "not a translation" in view.engine_label.text()
    assert "银行(bank)" in view.target.toPlainText()


def test_translate_clipboard_and_swap(qtbot, view, with_models) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("Good morning.")
    with qtbot.waitSignal(view.translation_finished, timeout=20_000):
        view.translate_clipboard()
    assert view.target.toPlainText() == "早上好。"
    with qtbot.waitSignal(view.translation_finished, timeout=20_000):
        view.swap()
    assert view.direction.currentData() == ("zh", "en")
    assert view.target.toPlainText() == "Good morning."


def test_models_dialog_lists_installs_and_removes(view, ui_ctx, packages, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.models_dialog import ModelsDialog

    dialog = ModelsDialog(ui_ctx, view)
    qtbot.addWidget(dialog)
    assert dialog.installed.rowCount() == 0
    dialog.install_from_file(str(packages[0]))
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 1)
    first = dialog.installed.item(0, 0)
    assert (first.text(), first.toolTip()) == ("English→Chinese", "translate-en_zh")  # the direction; the code
    dialog.installed.selectRow(0)
    dialog.remove_selected()  # asks first (tests/gui/test_translate_models.py); the answer here is Remove
    assert dialog.question is not None
    remove = next(b for b in dialog.question.buttons() if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 0)
    junk = packages[0].with_name("junk.argosmodel")
    junk.write_bytes(b"not a zip")
    dialog.status.clear()
    dialog.install_from_file(str(junk))
    qtbot.waitUntil(lambda: bool(dialog.status.text()))  # one clear message
    assert dialog.installed.rowCount() == 0


def test_save_phrase_on_the_real_thread_pool(qtbot, ui_ctx, window, with_models) -> None:  # type: ignore[no-untyped-def]
    """Translate and save a sentence with workers really running: the phrase arrives, once, with its link."""
    from app.ui.tasks import TaskRunner

    ui_ctx.tasks = TaskRunner(synchronous=False)
    ui_ctx.ops.runner = ui_ctx.tasks
    view = window.show_view("translate")
    translate(qtbot, view, "Hello. I love cats.")
    view.highlight_sentence(1)
    messages: list[str] = []
    ui_ctx.show_status = lambda message, timeout: messages.append(message)
    view.save_phrase()
    qtbot.waitUntil(lambda: "Saved to your phrases." in messages, timeout=10_000)
    saved = ui_ctx.app.phrase_store.all()
    assert [(p.text, p.translation, p.origin_ref) for p in saved] == [
        ("I love cats.", "我爱猫。", "Hello. I love cats.")
    ]
    assert ui_ctx.tasks.wait(10_000)
