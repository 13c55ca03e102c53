from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from app.services.annotate import TokenKind


def _reader(window):  # type: ignore[no-untyped-def]
    return window.show_view("reader")


def _show(qtbot, reader, text) -> None:  # type: ignore[no-untyped-def]
    """Paste a text and wait until the Reader has laid it out."""
    with qtbot.waitSignal(reader.annotation_finished, timeout=10_000):
        reader.set_text(text)


def _token_index(reader, text):  # type: ignore[no-untyped-def]
    for r, row in enumerate(reader.rows()):
        for t, token in enumerate(row.tokens):
            if token.text == text:
                return r, t, token
    raise AssertionError(f"{text!r} not shown")


def test_pasted_text_is_shown_with_pinyin(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我们去银行。")
    _, _, bank = _token_index(reader, "银行")
    assert bank.kind is TokenKind.HAN
    assert bank.readings == ("yin2", "hang2")
    from app.core.pinyin import PinyinStyle

    assert bank.syllables(PinyinStyle.MARKS) == ["yín", "háng"]
    # The view really lays the word out with its pinyin above it.
    row, index, _ = _token_index(reader, "银行")
    assert reader.ruby.token_position(row, index) is not None
    image = reader.ruby.viewport().grab().toImage()
    assert image.width() > 0


def test_typing_is_debounced_then_annotated(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    qtbot.keyClicks(reader.input, "hello")
    assert reader.rows() == []  # not yet: the debounce timer runs
    with qtbot.waitSignal(reader.annotation_finished, timeout=3000):
        pass
    assert [t.text for t in reader.rows()[0].tokens] == ["hello"]


def test_hover_shows_the_dictionary_entry(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我们去银行。")
    row, index, _ = _token_index(reader, "银行")
    pos = reader.ruby.token_position(row, index)
    qtbot.mouseMove(reader.ruby.viewport(), pos)
    qtbot.waitUntil(lambda: "bank" in reader.panel.toPlainText(), timeout=2000)
    assert "yín háng" in reader.panel.toPlainText()
    assert "銀行" in reader.panel.toPlainText()


def test_click_on_english_word_shows_reverse_lookup(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "my cat")
    row, index, _ = _token_index(reader, "cat")
    qtbot.mouseClick(reader.ruby.viewport(), Qt.MouseButton.LeftButton, pos=reader.ruby.token_position(row, index))
    assert "猫" in reader.panel.toPlainText()


def test_lookup_box_searches_pinyin(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    reader.search.setText("ni3 hao3")
    qtbot.keyClick(reader.search, Qt.Key.Key_Return)
    assert "你好" in reader.panel.toPlainText()


def test_copy_as_pinyin_follows_the_style(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我们去银行。\n你好")
    assert reader.copy_as_pinyin() == "wǒmen qù yínháng.\nnǐhǎo"
    assert QGuiApplication.clipboard().text() == "wǒmen qù yínháng.\nnǐhǎo"
    reader.style_box.setCurrentIndex(reader.style_box.findData("numbers"))
    assert ui_ctx.app.settings.current.pinyin_style == "numbers"
    assert reader.copy_as_pinyin() == "wo3men5 qu4 yin2hang2.\nni3hao3"


def test_toggles_change_the_display_options(window) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    reader.trad_check.setChecked(True)
    assert reader.ruby.delegate.options.traditional
    reader.pinyin_check.setChecked(False)
    assert not reader.ruby.delegate.options.show_pinyin
    reader.sandhi_check.setChecked(True)
    assert reader.ruby.delegate.options.sandhi


def test_bad_input_is_cleaned_not_crashing(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "a\ud800b\x00 😂 \t  ")
    assert reader.current_text() == "a\ufffdb 😂 \t  "
    _show(qtbot, reader, "   \n  ")
    assert reader.rows() == []


def test_huge_text_is_capped_with_a_message(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.views import reader as reader_module

    reader = _reader(window)
    original = reader_module.MAX_CHARS
    reader_module.MAX_CHARS = 500
    try:
        _show(qtbot, reader, "你好。" * 400)
    finally:
        reader_module.MAX_CHARS = original
    assert reader.notice.isVisibleTo(window) and "1,200" in reader.notice.text()
    assert sum(len(t.text) for row in reader.rows() for t in row.tokens) <= 500
    assert len(reader.current_text()) == 1200  # the full text stays in the editor


def test_text_survives_a_restart(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    _reader(window).set_text("重新开始")
    again = MainWindow(ui_ctx)
    qtbot.addWidget(again)
    assert again.views["reader"].current_text() == ""  # stored data loads after the first paint
    again.data_ready()
    qtbot.waitUntil(lambda: again.views["reader"].current_text() == "重新开始")


def test_long_text_annotates_in_the_background_and_can_be_cancelled(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner

    ui_ctx.tasks = TaskRunner(synchronous=False)
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    reader = win.views["reader"]
    with qtbot.waitSignal(reader.annotation_finished, timeout=60_000):
        reader.set_text("我们今天去银行办理业务，然后去吃饭了。\n" * 3000)  # 60,000 characters
        assert reader.is_busy() and reader.progress_box.isVisibleTo(win)
    assert len([r for r in reader.rows() if r.tokens]) == 3000
    reader.set_text("家人们谁懂啊。\n" * 5000)
    assert reader.is_busy()
    reader.cancel()
    assert not reader.is_busy()
    qtbot.wait(200)
    shown = len(reader.rows())
    qtbot.wait(300)
    assert len(reader.rows()) == shown < 5000  # nothing arrives after cancel
    ui_ctx.tasks.wait(10_000)


def test_hover_outside_tokens_is_harmless(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "你好")
    qtbot.mouseMove(reader.ruby.viewport(), QPoint(5, 400))
    assert reader.ruby.delegate.hovered is None


def test_save_a_phrase_on_the_real_thread_pool(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    """Save a clicked word from the Reader with workers really running (the dialog's tags arrive later)."""
    from app.data.changes import PHRASE
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner

    ui_ctx.tasks = TaskRunner(synchronous=False)
    ui_ctx.ops.runner = ui_ctx.tasks
    ui_ctx.app.phrase_store.add("银行", "bank", tags="money")
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.show()
    reader = win.views["reader"]
    _show(qtbot, reader, "我们去银行。")
    _, _, bank = _token_index(reader, "银行")
    reader._on_token_clicked(bank)
    heard: list[tuple[object, object]] = []
    ui_ctx.ops.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    dialog = reader.save_phrase()
    assert dialog is not None and dialog.text.toPlainText() == "银行" and "bank" in dialog.translation.toPlainText()
    qtbot.waitUntil(lambda: dialog.tags.completer().model().rowCount() == 1, timeout=10_000)
    dialog.note.setPlainText("from the Reader")
    dialog.accept()
    # The Reader also saves its text in the background (a READER_TEXT change): wait for the phrase's own event.
    qtbot.waitUntil(lambda: any(changes.touches(PHRASE) for changes, _ in heard), timeout=10_000)
    initiators = [initiator for changes, initiator in heard if changes.touches(PHRASE)]
    assert initiators == [reader]  # one event, and the Reader's own change: it skips it
    saved = [p for p in ui_ctx.app.phrase_store.all() if p.note == "from the Reader"]
    assert len(saved) == 1 and saved[0].origin == "reader" and saved[0].origin_ref.endswith("我们去银行。")
    assert ui_ctx.tasks.wait(10_000)
