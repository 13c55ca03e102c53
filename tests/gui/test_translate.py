"""The Translate view with tiny real models: sentences, alignment, pinyin, slang notes, fallback, models."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.fixture
def with_models(ui_ctx, packages):  # type: ignore[no-untyped-def]
    for path in packages:
        ui_ctx.app.models.install_file(path)
    ui_ctx.app.translator.forget_engines()


def test_translation_sentence_by_sentence_with_pinyin(view, with_models, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.translate("Hello. I love cats.")
    assert view.target.toPlainText() == "你好。我爱猫。" == view._result.target  # Chinese: no space between sentences
    assert [s.tgt for s in view._result.sentences] == ["你好。", "我爱猫。"]
    assert not view.banner.isVisibleTo(view)
    assert "translate-en_zh" in view.engine_label.text()
    qtbot.waitUntil(lambda: view.pinyin.ruby_model.rowCount() > 0, timeout=3000)
    readings = [t.readings for row in view.pinyin.ruby_model.rows for t in row.tokens if t.readings]
    assert ("ni3", "hao3") in readings


def test_english_sentences_are_spaced_and_line_breaks_kept(view, with_models) -> None:  # type: ignore[no-untyped-def]
    view.translate("你好。明天见。\n\n晚安。")
    assert view.target.toPlainText() == "Hello. See you tomorrow.\n\nGood night." == view._result.target


def test_hovering_a_sentence_highlights_its_source(view, with_models) -> None:  # type: ignore[no-untyped-def]
    view.translate("Hello. I love cats.")
    view.highlight_sentence(1)
    source_selections = view.source.extraSelections()  # keep the list alive while its cursors are read
    assert source_selections[0].cursor.selectedText() == "I love cats."
    target_selections = view.target.extraSelections()
    assert target_selections[0].cursor.selectedText() == "我爱猫。"
    assert view.sentence_at(view._target_spans[0][0]) == 0


def test_slang_notes_and_save_phrase(view, with_models, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    view.translate("谢谢。家人们，这家店yyds！")
    notes = view.notes.toPlainText()
    assert "yyds" in notes and "GOAT" in notes
    view.highlight_sentence(0)
    heard = []
    ui_ctx.events.phrases_changed.connect(lambda: heard.append(True))
    view.save_phrase()
    saved = ui_ctx.app.phrase_store.all()
    assert [(p.text, p.translation, p.origin) for p in saved] == [("谢谢。", "Thank you.", "translation")]
    assert saved[0].pinyin == "xiè xiè" and heard == [True]  # citation tones, as in the glossary
    assert saved[0].origin_ref == "谢谢。家人们，这家店yyds！"  # the link back: the post it came from
    view.source.setPlainText("something else")
    assert view.open_target(saved[0].origin_ref)
    assert view.source.toPlainText() == "谢谢。家人们，这家店yyds！"


def test_without_models_a_banner_and_a_labelled_gloss(view) -> None:  # type: ignore[no-untyped-def]
    view.translate("我们去银行。")
    assert view.banner.isVisibleTo(view)
    assert "not a translation" in view.engine_label.text()
    assert "银行(bank)" in view.target.toPlainText()


def test_translate_clipboard_and_swap(view, with_models) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("Good morning.")
    view.translate_clipboard()
    assert view._result.target == "早上好。"
    view.swap()
    assert view.direction.currentData() == ("zh", "en")
    assert view._result.target == "Good morning."


def test_models_dialog_lists_installs_and_removes(view, ui_ctx, packages, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.models_dialog import ModelsDialog

    dialog = ModelsDialog(ui_ctx, view)
    qtbot.addWidget(dialog)
    assert dialog.installed.rowCount() == 0
    dialog.install_from_file(str(packages[0]))
    assert dialog.installed.rowCount() == 1 and dialog.installed.item(0, 0).text() == "translate-en_zh"
    dialog.remove_selected()
    assert dialog.installed.rowCount() == 0
    junk = packages[0].with_name("junk.argosmodel")
    junk.write_bytes(b"not a zip")
    dialog.install_from_file(str(junk))
    assert dialog.installed.rowCount() == 0 and dialog.status.text()  # one clear message
