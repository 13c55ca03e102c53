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
    qtbot.waitUntil(lambda: "你好" in reader.panel.toPlainText(), timeout=3000)  # the glossary is read in a worker


def test_copy_as_pinyin_follows_the_style(window, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我们去银行。\n你好")
    # Written by the orthography rules: words apart, capitals at sentence starts, Western punctuation.
    assert reader.copy_as_pinyin() == "Wǒmen qù yínháng.\nNǐhǎo"
    assert QGuiApplication.clipboard().text() == "Wǒmen qù yínháng.\nNǐhǎo"
    reader.style_box.setCurrentIndex(reader.style_box.findData("numbers"))
    assert ui_ctx.app.settings.current.pinyin_style == "numbers"
    assert reader.copy_as_pinyin() == "Wo3men5 qu4 yin2hang2.\nNi3hao3"


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
    win.show()
    reader = win.views["reader"]
    where = reader.ruby.mapTo(win, QPoint(0, 0))
    with qtbot.waitSignal(reader.annotation_finished, timeout=60_000):
        reader.set_text("我们今天去银行办理业务，然后去吃饭了。\n" * 3000)  # 60,000 characters
        assert reader.is_busy() and reader.progress_box.isVisibleTo(win)
        assert reader.ruby.mapTo(win, QPoint(0, 0)) == where  # the progress bar floats: nothing moves down
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


POST = "家人们谁懂啊，今天去打卡了一家宝藏小店，出片率超高，老板人超好，真的绝绝子！yyds！"


def _click(qtbot, reader, text):  # type: ignore[no-untyped-def]
    row, index, token = _token_index(reader, text)
    qtbot.mouseClick(reader.ruby.viewport(), Qt.MouseButton.LeftButton, pos=reader.ruby.token_position(row, index))
    return token


def _hover(qtbot, reader, text):  # type: ignore[no-untyped-def]
    row, index, _ = _token_index(reader, text)
    qtbot.mouseMove(reader.ruby.viewport(), reader.ruby.token_position(row, index))


def test_a_click_pins_the_word_visibly_and_esc_or_a_click_elsewhere_releases_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我们去银行。你好朋友")
    assert not reader.pin_hint.isVisible()
    _click(qtbot, reader, "银行")
    assert reader.pin_hint.isVisible() and "Esc" in reader.pin_hint.text()
    assert reader.ruby.pinned == _token_index(reader, "银行")[:2]  # drawn framed
    _hover(qtbot, reader, "朋友")
    assert "bank" in reader.panel.toPlainText()  # pinned: hovering another word does not change the panel
    reader.ruby.setFocus()
    qtbot.keyClick(reader.ruby, Qt.Key.Key_Escape)
    assert not reader.pin_hint.isVisible() and reader.ruby.pinned is None
    _hover(qtbot, reader, "你好")
    qtbot.waitUntil(lambda: "hello" in reader.panel.toPlainText(), timeout=2000)  # hover look-up works again
    # A click beside the words releases too, and so does a second click on the pinned word.
    _click(qtbot, reader, "银行")
    assert reader.pin_hint.isVisible()
    qtbot.mouseClick(reader.ruby.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 400))
    assert not reader.pin_hint.isVisible()
    _click(qtbot, reader, "银行")
    _click(qtbot, reader, "银行")
    assert not reader.pin_hint.isVisible()
    _click(qtbot, reader, "银行")
    qtbot.mouseClick(reader.input.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))  # in the text box
    assert not reader.pin_hint.isVisible()


def test_the_common_reading_comes_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我们都很好。")
    _hover(qtbot, reader, "都")
    qtbot.waitUntil(lambda: "all" in reader.panel.toPlainText(), timeout=2000)
    shown = reader.panel.toPlainText()
    assert shown.index("dōu") < shown.index("surname Du")
    assert shown.index("all; both") < shown.index("capital city")


def test_lookup_box_finds_glossary_terms_by_toneless_pinyin_and_english(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    qtbot.keyClicks(reader.search, "juejuezi")
    qtbot.keyClick(reader.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "绝绝子" in reader.panel.toPlainText(), timeout=3000)
    reader.search.clear()
    qtbot.keyClicks(reader.search, "slay")
    qtbot.keyClick(reader.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "杀" in reader.panel.toPlainText(), timeout=3000)
    shown = reader.panel.toPlainText()
    # The glossary card first, then the dictionary.
    assert "绝绝子" not in shown and shown.index("Slang") < shown.index("slay") < shown.index("杀")


def test_lookup_of_place_offers_difang(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    reader.search.setText("place")
    qtbot.keyClick(reader.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Chinese words" in reader.panel.toPlainText(), timeout=3000)
    shown = reader.panel.toPlainText()
    assert "地方" in shown and shown.index("地方") < shown.index("处")


def test_saving_a_slang_word_keeps_the_meaning_the_card_showed(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, POST)
    _click(qtbot, reader, "打卡")
    card = reader.panel.toPlainText()
    dialog = reader.save_phrase()
    assert dialog is not None and dialog.text.toPlainText() == "打卡"
    meaning = dialog.translation.toPlainText()
    assert meaning and meaning in card  # the slang sense the card showed ...
    assert "punch in" not in meaning  # ... not the dictionary's "to clock on; to punch in"
    dialog.reject()


def test_a_card_lists_the_senses_by_likelihood_when_unsure(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "这个包我拔草了。")
    _click(qtbot, reader, "拔草")
    shown = reader.panel.toPlainText()
    assert "Most likely first" in shown
    cured, bought = shown.index("Cured of wanting"), shown.rindex("%")
    assert cured < bought


def test_platform_words_are_not_flagged_but_explained_on_hover(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我在小红书上看到的。")
    assert not any(row.slang for row in reader.rows())
    _hover(qtbot, reader, "小红书")
    qtbot.waitUntil(lambda: "Platform word" in reader.panel.toPlainText(), timeout=2000)


def test_tab_moves_focus_instead_of_typing_a_tab(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    reader.input.setFocus()
    qtbot.waitUntil(reader.input.hasFocus)
    qtbot.keyClicks(reader.input, "hello")
    qtbot.keyClick(reader.input, Qt.Key.Key_Tab)
    assert "\t" not in reader.input.toPlainText()
    assert not reader.input.hasFocus()


def test_shortcuts_focus_the_lookup_box_and_save_the_pinned_word(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我们去银行。")
    reader.input.setFocus()
    qtbot.waitUntil(reader.input.hasFocus)
    qtbot.keyClick(reader.input, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert reader.search.hasFocus()
    _click(qtbot, reader, "银行")
    saved: list[str] = []
    monkeypatch.setattr(reader, "save_phrase", lambda: saved.append(reader.pinned_word()))
    reader.save_action.triggered.disconnect()
    reader.save_action.triggered.connect(lambda: reader.save_phrase())
    qtbot.keyClick(reader.ruby, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == ["银行"]


def test_an_edit_keeps_the_scroll_position_and_the_layout_still(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    paragraphs = [f"第{i}段。我们今天去银行办理业务，然后去吃饭了。" for i in range(200)]
    _show(qtbot, reader, "\n".join(paragraphs))
    top_before = reader.ruby.mapTo(reader, QPoint(0, 0))
    bar = reader.ruby.verticalScrollBar()
    reader.ruby.doItemsLayout()
    bar.setValue(3000)  # a person scrolled a good way down
    qtbot.waitUntil(lambda: reader.ruby.anchor()[0] >= 40, timeout=3000)
    first_row = reader.ruby.anchor()[0]
    cursor = reader.input.textCursor()
    block = reader.input.document().findBlockByNumber(first_row + 2)
    cursor.setPosition(block.position() + 2)
    reader.input.setTextCursor(cursor)
    with qtbot.waitSignal(reader.annotation_finished, timeout=10_000):
        qtbot.keyClicks(reader.input, "ok")  # an edit just below the top of the view
    qtbot.wait(50)
    assert abs(reader.ruby.anchor()[0] - first_row) <= 1  # still there, not back at the top
    assert reader.ruby.mapTo(reader, QPoint(0, 0)) == top_before  # the progress bar moved nothing
    assert "ok" in "".join(t.text for t in reader.rows()[first_row + 2].tokens)


def test_closing_punctuation_never_starts_a_line(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(window)
    _show(qtbot, reader, "我们今天去了很多很多地方玩儿，然后吃了好吃的东西，大家都非常开心！“你好”他说（真的）。" * 3)
    row = reader.rows()[0]
    delegate = reader.ruby.delegate
    for width in range(200, 700, 7):  # every window width a person might drag to
        layout = delegate.layout(0, row, width)
        tops = sorted({box.rect.top() for box in layout.boxes})
        assert len(tops) > 1
        for top in tops:
            line = [box for box in layout.boxes if box.rect.top() == top]
            first, last = row.tokens[line[0].token_index].text, row.tokens[line[-1].token_index].text
            assert first[0] not in "，。！？、；：”’）》", (width, first)
            assert last[-1] not in "“‘（《", (width, last)
