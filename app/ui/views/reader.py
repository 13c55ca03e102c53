"""The Reader: paste Chinese, English or mixed text; see words, pinyin, tones and meanings.

Over 450 lines: one screen (input, annotated view, side panel, pinning, look-ups, saving) whose strings share
the "ReaderView" translation context; annotation is in services/annotate, layout in widgets/ruby_view, glossary
look-up in services/glossary_lookup.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.pinyin import PinyinStyle
from app.core.text import clean_text, is_han
from app.data.dictionary import DictEntry, DictionaryUnavailable
from app.services.annotate import Row, SlangSpan, Token, TokenKind, pinyin_text
from app.services.glossary_lookup import GlossaryHits
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.tasks import LatestTask, TaskContext
from app.ui.views.base import View
from app.ui.widgets.entry_panel import EntryPanel
from app.ui.widgets.progress_strip import ProgressStrip
from app.ui.widgets.ruby_view import RubyOptions, RubyView

if TYPE_CHECKING:
    from app.ui.dialogs.phrase_dialog import PhraseDialog

MAX_CHARS = 200_000  # beyond this the Reader shows the beginning and says so
DEBOUNCE_MS = 350
ROWS_FLUSH_MS = 250


class ReaderView(View):
    view_id = "reader"

    annotation_finished = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._job = LatestTask(ctx.tasks)
        self._rows: list[Row] = []
        self._pinned: Token | None = None
        self._anchor: tuple[int, int] | None = None  # where the view was scrolled before a re-annotation
        self._fresh = False  # the rows shown are the previous text's until the new ones reach the anchor
        self._search_id = 0  # drops look-up results that arrive after a newer look-up
        self._shown: Callable[[], None] | None = None  # shows the side panel's content again (a new language)
        self._build()
        self._unshown: list[Row] = []
        self._flush_timer = QTimer(self, singleShot=True, interval=ROWS_FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush_rows)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._annotate_now)
        self.input.textChanged.connect(self._debounce.start)
        ctx.settings.changed.connect(self._on_setting_changed)
        ctx.events.slang_ready.connect(self._on_slang_ready)
        self._apply_options()
        self.retranslate()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        s = self.ctx.settings.current
        self.style_box = QComboBox()
        for style in PinyinStyle:
            self.style_box.addItem("", style.value)
        self.style_box.setCurrentIndex(self.style_box.findData(s.pinyin_style))
        self.style_box.currentIndexChanged.connect(
            lambda: self.ctx.app.settings.update(pinyin_style=self.style_box.currentData())
        )
        self.pinyin_check = self._check(s.show_pinyin, "show_pinyin")
        self.trad_check = self._check(s.show_traditional, "show_traditional")
        self.sandhi_check = self._check(s.tone_sandhi, "tone_sandhi")
        self.colour_check = self._check(s.tone_colours_enabled, "tone_colours_enabled")
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_as_pinyin)
        self.addAction(self.copy_action)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_phrase)
        self.addAction(self.save_action)
        self.lookup_action = QAction(self)
        self.lookup_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lookup_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.lookup_action.triggered.connect(self.focus_lookup)
        self.addAction(self.lookup_action)
        self.release_action = QAction(self)
        self.release_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.release_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.release_action.triggered.connect(self.release_pin)
        self.release_action.setEnabled(False)  # only while a word is pinned: Esc stays free otherwise
        self.addAction(self.release_action)
        # A tool bar, not a row of widgets: in a narrow window its overflow folds into a chevron.
        bar = QToolBar()
        bar.setObjectName("reader-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.style_label = QLabel()
        for widget in (
            self.style_label,
            self.style_box,
            self.pinyin_check,
            self.trad_check,
            self.sandhi_check,
            self.colour_check,
        ):
            bar.addWidget(widget)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.save_action)
        bar.addAction(self.copy_action)

        self.input = QPlainTextEdit()
        self.input.setObjectName("reader-input")
        self.input.setTabChangesFocus(True)  # Tab moves on to the annotated text; a post has no tabs to type
        self.input.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.input.customContextMenuRequested.connect(self._on_input_menu)
        self.ruby = RubyView()
        self.ruby.setObjectName("reader-ruby")
        self.ruby.token_hovered.connect(self._on_token_hovered)
        self.ruby.token_clicked.connect(self._on_token_clicked)
        self.ruby.background_clicked.connect(self.release_pin)
        self.input.viewport().installEventFilter(self)  # a click in the text releases a pinned word too

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        # The progress strip floats over the bottom of the annotated view: showing it moves nothing.
        self.progress_box = ProgressStrip(self.ruby)
        self.progress_box.setAutoFillBackground(True)
        self.progress_box.cancel_requested.connect(self.cancel)
        self.ruby.installEventFilter(self)
        self.progress, self.cancel_button = self.progress_box.bar, self.progress_box.cancel_button

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.input)
        left.addWidget(self.ruby)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 3)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(lambda: self._on_search())
        self.panel = EntryPanel()
        self.pin_hint = QLabel()
        self.pin_hint.setObjectName("reader-pin-hint")
        self.pin_hint.setWordWrap(True)
        self.pin_hint.setStyleSheet("background:#dde8fb; color:#1d3f7a; padding:3px 6px; border-radius:3px;")
        self.pin_hint.setVisible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.search)
        right_layout.addWidget(self.pin_hint)
        right_layout.addWidget(self.panel)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ruby and event.type() == QEvent.Type.Resize:
            self._place_progress()
        elif event.type() == QEvent.Type.MouseButtonPress and watched is self.input.viewport():
            self.release_pin()
        return super().eventFilter(watched, event)

    def _place_progress(self) -> None:
        height = self.progress_box.sizeHint().height()
        frame = self.ruby.frameWidth()
        width = self.ruby.viewport().width()
        self.progress_box.setGeometry(frame, self.ruby.height() - frame - height, width, height)
        self.progress_box.raise_()

    def _check(self, value: bool, key: str) -> QCheckBox:
        box = QCheckBox()
        box.setChecked(value)
        box.toggled.connect(lambda checked: self.ctx.app.settings.update(**{key: checked}))
        return box

    def retranslate(self) -> None:
        self.style_label.setText(self.tr("Pinyin:"))
        names = {
            PinyinStyle.MARKS.value: self.tr("Tone marks"),
            PinyinStyle.NUMBERS.value: self.tr("Tone numbers"),
            PinyinStyle.ZHUYIN.value: self.tr("Zhuyin"),
        }
        for i in range(self.style_box.count()):
            self.style_box.setItemText(i, names[self.style_box.itemData(i)])
        self.pinyin_check.setText(self.tr("Show pinyin"))
        self.trad_check.setText(self.tr("Traditional"))
        self.sandhi_check.setText(self.tr("Tone sandhi"))
        self.sandhi_check.setToolTip(self.tr("Show the tones as spoken: 不 and 一 change, and 3-3 becomes 2-3."))
        self.colour_check.setText(self.tr("Tone colours"))
        self.copy_action.setText(self.tr("Copy as pinyin"))
        self.copy_action.setToolTip(self.tr("Copy the whole text as pinyin (Ctrl+Shift+C)"))
        self.save_action.setText(self.tr("Save to phrasebook"))
        self.save_action.setToolTip(self.tr("Save the selected text, or the word you clicked, as a phrase (Ctrl+S)"))
        self.lookup_action.setText(self.tr("Look up"))
        self.release_action.setText(self.tr("Release the pinned word"))
        self.pin_hint.setText(self.tr("Pinned — Esc or click elsewhere to release"))
        self.input.setPlaceholderText(self.tr("Paste or type Chinese, English or mixed text…"))
        self.search.setPlaceholderText(self.tr("Look up (Ctrl+L): 汉字, pinyin, English or slang"))
        if self._shown is not None:
            self._shown()
        else:
            self.panel.show_hint()

    # --- settings -------------------------------------------------------------------------------
    def _on_setting_changed(self, key: str) -> None:
        if key in {
            "pinyin_style",
            "show_pinyin",
            "show_traditional",
            "tone_sandhi",
            "tone_colours_enabled",
            "tone_colours",
            "reader_font_size",
        }:
            self._apply_options()

    def _apply_options(self) -> None:
        s = self.ctx.settings.current
        for widget, value in (
            (self.pinyin_check, s.show_pinyin),
            (self.trad_check, s.show_traditional),
            (self.sandhi_check, s.tone_sandhi),
            (self.colour_check, s.tone_colours_enabled),
        ):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.style_box.blockSignals(True)
        self.style_box.setCurrentIndex(self.style_box.findData(s.pinyin_style))
        self.style_box.blockSignals(False)
        self.ruby.set_options(
            RubyOptions(
                style=PinyinStyle(s.pinyin_style),
                show_pinyin=s.show_pinyin,
                traditional=s.show_traditional,
                sandhi=s.tone_sandhi,
                colours_enabled=s.tone_colours_enabled,
                colours=dict(s.tone_colours),
                font_size=s.reader_font_size,
            )
        )

    def _on_slang_ready(self) -> None:
        if self.input.toPlainText().strip():
            self._annotate_now()  # mark the slang the new detector finds

    # --- annotation -------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Replace the text (paste, open file); annotation starts at once, shown from the top."""
        self._job.cancel()
        self._fresh, self._anchor = True, None
        self.ruby.set_rows([])
        self.input.setPlainText(clean_text(text))
        self._annotate_now()

    def current_text(self) -> str:
        return clean_text(self.input.toPlainText())

    def _annotate_now(self) -> None:
        self._debounce.stop()
        # Still showing the text before the last edit (its replacement had not reached the view): keep its place.
        waiting = None if self._fresh else self._anchor
        self._job.cancel()
        self.progress_box.setVisible(False)
        text = self.current_text()
        self._save_text(text)
        shown = text[:MAX_CHARS]
        if len(text) > MAX_CHARS:
            self._show_notice(
                self.tr(
                    "This text has {total} characters; the Reader shows the first {shown}. "
                    "The whole text stays in the editor."
                )
                .replace("{total}", f"{len(text):,}")
                .replace("{shown}", f"{MAX_CHARS:,}")
            )
        else:
            self._show_notice("")
        self._rows = []
        self._unshown = []
        self.release_pin()
        # The old rows stay on screen until the new ones reach the row at the top of the view, which is
        # then scrolled back to where it was: an edit does not throw the reader back to the top.
        self._anchor = waiting or (self.ruby.anchor() if self.ruby.ruby_model.rowCount() else None)
        self._fresh = self._anchor is None
        if self._fresh or not shown.strip():
            self.ruby.set_rows([])
            self._anchor, self._fresh = None, True
        if not shown.strip():
            self.annotation_finished.emit()
            return
        self.progress.setRange(0, len(shown))
        self.progress.setValue(0)
        self.progress_box.setVisible(len(shown) > 2000)
        self._place_progress()
        annotator = self.ctx.app.annotator

        def work(task: TaskContext, text: str) -> int:
            rows = annotator.annotate(
                text, progress=task.progress, cancelled=lambda: task.cancelled, on_rows=task.partial
            )
            return len(rows)

        self._job.submit(
            work,
            shown,
            name="annotate",
            on_partial=self._on_rows,
            on_progress=lambda done, _total: self.progress.setValue(done),
            on_done=lambda _count: self._on_done(),
            on_error=self._on_failed,
        )

    def _on_rows(self, rows: list[Row]) -> None:
        self._rows.extend(rows)
        # The first rows show at once; later ones are handed to the view a few times a second,
        # because every append makes the list view lay out its rows again.
        self._unshown.extend(rows)
        if not self._fresh:
            if self._anchor is not None and len(self._rows) <= self._anchor[0] + 30:
                return  # the old rows stay until the new ones cover the place the reader was at
            self._flush_rows()
        elif self.ruby.ruby_model.rowCount() == 0:
            self._flush_rows()
        elif not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush_rows(self) -> None:
        self._flush_timer.stop()
        if not self._fresh:  # swap the old text's rows for the new ones, at the same place
            self._fresh = True
            self._unshown = []
            self.ruby.set_rows(self._rows)
            if self._anchor is not None:
                self.ruby.restore_anchor(self._anchor)
            self._anchor = None
            return
        if self._unshown:
            rows, self._unshown = self._unshown, []
            self.ruby.append_rows(rows)

    def _on_done(self) -> None:
        self._flush_rows()
        self.progress_box.setVisible(False)
        self.annotation_finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._on_done()
        self._show_notice(self.tr("The text could not be annotated: {error}").replace("{error}", error_text(exc)))

    def cancel(self) -> None:
        self._job.cancel()
        self.progress_box.setVisible(False)
        if not self._fresh:  # cancelled before the new rows were shown: show what arrived
            self._flush_rows()

    def is_busy(self) -> bool:
        return self._job.is_busy()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- persistence of the text ---------------------------------------------------------------------
    def _save_text(self, text: str) -> None:
        self.ctx.ops.write(
            lambda app: app.reader_text_store.save(text),
            initiator=self,
            name="save-reader-text",
            on_error=lambda exc: self.ctx.show_status(  # a read-only disk: say so, keep working
                self.tr("The text could not be saved: {error}").replace("{error}", error_text(exc)), 8000
            ),
        )

    def on_data_ready(self) -> None:
        self.ctx.ops.query(
            lambda app: app.reader_text_store.load(), name="load-reader-text", on_done=self._restore_text
        )

    def _restore_text(self, text: str) -> None:
        if text and not self.input.toPlainText():
            self.input.blockSignals(True)
            self.input.setPlainText(text)
            self.input.blockSignals(False)
            QTimer.singleShot(0, self._annotate_now)

    # --- look-ups ------------------------------------------------------------------------------------
    def _colours(self) -> dict[str, str] | None:
        s = self.ctx.settings.current
        return dict(s.tone_colours) if s.tone_colours_enabled else None

    def _row_of(self, token: Token) -> Row | None:
        starts = [row.start for row in self._rows]
        index = bisect.bisect_right(starts, token.start) - 1
        return self._rows[index] if index >= 0 else None

    def _on_token_hovered(self, token: Token | None) -> None:
        if token is not None and self._pinned is None:
            self.show_token(token)

    def _on_token_clicked(self, token: Token) -> None:
        """A click pins the word (the panel stays on it, marked); a second click on it releases it."""
        if self._pinned == token:
            self.release_pin()
            return
        self._pinned = token
        self.ruby.set_pinned(self._key_of(token))
        self.pin_hint.setVisible(True)
        self.release_action.setEnabled(True)
        self.show_token(token)

    def release_pin(self) -> None:
        """Hover look-up again (Esc, a click beside the words, or a second click on the pinned word)."""
        self._pinned = None
        self.ruby.set_pinned(None)
        self.pin_hint.setVisible(False)
        self.release_action.setEnabled(False)

    def pinned_word(self) -> str:
        return self._pinned.text if self._pinned is not None else ""

    def _key_of(self, token: Token) -> tuple[int, int] | None:
        """(row, token index) of a token in the view, for drawing it pinned."""
        key = self.ruby.clicked_key
        rows = self.ruby.ruby_model.rows
        if key is not None and key[0] < len(rows) and rows[key[0]].tokens[key[1] : key[1] + 1] == [token]:
            return key
        for r, row in enumerate(rows):
            if token in row.tokens:
                return r, row.tokens.index(token)
        return None

    def focus_lookup(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_token(self, token: Token) -> None:
        if token.kind not in (TokenKind.HAN, TokenKind.WORD):
            return
        self._shown = lambda: self.show_token(token)
        if not self.ctx.app.dictionary_ready:
            self.panel.show_message(
                self.tr("The dictionary is being prepared; this takes a few seconds the first time.")
            )
            return
        row = self._row_of(token)
        span = row.slang_at(token) if row else None
        try:
            if span is not None:
                self._show_slang(span, token)
            elif (word := self.ctx.app.slang.hover_entry(token.text)) is not None:
                notes = self.panel.slang_html(word, self._colours(), hover_only=True)
                self._show_han(token, notes) if token.kind is TokenKind.HAN else self.panel.setHtml(notes)
            elif token.kind is TokenKind.HAN:
                self._show_han(token)
            elif any(ch.isalpha() for ch in token.text):
                self.panel.show_english(
                    token.text, self.ctx.app.dictionary.lookup_english(token.text, 10), self._colours()
                )
        except DictionaryUnavailable as exc:
            self.panel.show_message(error_text(exc))

    def _show_han(self, word: str | Token, notes: str = "", extra: str = "") -> None:
        """A Chinese word's entries, the reading the context chose first (a token carries it)."""
        prefer = ""
        if isinstance(word, Token):
            prefer = " ".join(r for r in word.readings if r) if all(word.readings) else ""
            word = word.text
        dictionary = self.ctx.app.dictionary
        entries = dictionary.lookup_hanzi(word, prefer)
        chars: list[tuple[str, list[DictEntry]]] = []
        if len(word) > 1:
            chars = [(ch, dictionary.lookup_hanzi(ch)) for ch in word if is_han(ch)]
        self.panel.show_word(word, entries, chars, self._colours(), notes, extra)

    def _show_slang(self, span: SlangSpan, token: Token) -> None:
        """Slang first: the glossary's explanation in the sense chosen, then the dictionary's entries."""
        entry = self.ctx.app.slang.entry(span.entry_id)
        notes = self.panel.slang_html(entry, self._colours(), span) if entry else ""
        if token.kind is TokenKind.HAN:
            self._show_han(token, notes)
        else:
            self.panel.setHtml(notes)

    def _on_search(self, query: str = "") -> None:
        """The look-up box: glossary terms first (any form, toneless pinyin), then the dictionary, then glossary
        entries whose meaning holds the word. The glossary is read in a worker."""
        query = query or self.search.text().strip()
        if not query:
            return
        self._shown = lambda: self._on_search(query)
        self._search_id += 1
        request = self._search_id
        from app.services.glossary_lookup import find

        self.ctx.ops.query(
            lambda app: find(app.glossary_store, query),
            name="reader-lookup",
            on_done=lambda hits: self._show_search(request, query, hits),
            on_error=lambda _exc: self._show_search(request, query, GlossaryHits()),
        )

    def _show_search(self, request: int, query: str, hits: GlossaryHits) -> None:
        if request != self._search_id:
            return  # a newer look-up is on its way
        colours = self._colours()
        notes = "".join(self.panel.slang_html(e, colours) for e in hits.terms)
        extra = self.panel.glossary_list_html(hits.meanings)
        if not self.ctx.app.dictionary_ready:
            waiting = self.tr("The dictionary is being prepared; this takes a few seconds the first time.")
            self.panel.setHtml(notes + extra + f"<p style='color:gray'>{waiting}</p>")
            return
        try:
            if any(is_han(ch) for ch in query):
                self._show_han(query, notes, extra)
            elif hits.terms and not self.ctx.app.dictionary.lookup(query, 1):
                self.panel.setHtml(notes + extra)
            else:
                self.panel.show_english(query, self.ctx.app.dictionary.lookup(query, 15), colours, notes, extra)
        except DictionaryUnavailable as exc:
            self.panel.show_message(error_text(exc))

    # --- actions ---------------------------------------------------------------------------------------
    def copy_as_pinyin(self) -> str:
        text = pinyin_text(self._rows, PinyinStyle(self.ctx.settings.current.pinyin_style))
        QGuiApplication.clipboard().setText(text)
        self.ctx.show_status(self.tr("Copied the text as pinyin."), 3000)
        return text

    def _on_input_menu(self, pos: QPoint) -> None:
        menu = self.input.createStandardContextMenu()
        first = menu.actions()[0] if menu.actions() else None
        if first is not None:
            menu.insertAction(first, self.save_action)
            menu.insertSeparator(first)
        else:
            menu.addAction(self.save_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.input.viewport().mapToGlobal(pos))

    def save_phrase(self) -> PhraseDialog | None:
        """Save the selected text (or the word clicked last) as a phrase, with a dictionary meaning filled
        in and the sentence it was found in as its link back."""
        from app.core.sentences import split
        from app.ui.dialogs.phrase_dialog import save_phrase

        cursor = self.input.textCursor()
        text = self.input.toPlainText()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end and self._pinned is not None:
            # The token's offsets are into the cleaned text; find the word itself near there.
            word = self._pinned.text
            found = text.find(word, max(0, self._pinned.start - 200))
            start = found if found >= 0 else text.find(word)
            end = start + len(word) if start >= 0 else start
        phrase = text[start:end].strip()
        if not phrase:
            self.ctx.show_status(self.tr("Select some text, or click a word, to save it as a phrase."), 6000)
            return None
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end = start + len(phrase)
        around = [s for s in split(text) if s.start < end and s.end > start]
        first, last = (around[0].start, around[-1].end) if around else (start, end)
        first, last = min(first, start), max(last, end)
        context = text[first:last]
        ref = f"{start - first}:{end - first}:{context}"  # where in its sentence: see open_target
        return save_phrase(
            self.ctx,
            self,
            text=phrase,
            translation=self._meaning_of(phrase, start),
            origin="reader",
            origin_ref=ref,
            initiator=self,
        )

    def _meaning_of(self, phrase: str, start: int = -1) -> str:
        """What the card showed for the phrase: the slang sense chosen in context when it is marked as slang
        there, else the dictionary's first meanings (or Chinese words for an English one); "" otherwise."""
        span = self._slang_span(phrase, start)
        if span is not None:
            return span.meaning
        if not self.ctx.app.dictionary_ready or len(phrase) > 40:
            return ""
        dictionary = self.ctx.app.dictionary
        try:
            if any(is_han(ch) for ch in phrase):
                prefer = ""
                if self._pinned is not None and self._pinned.text == phrase and all(self._pinned.readings):
                    prefer = " ".join(r for r in self._pinned.readings if r)
                entries = dictionary.lookup_hanzi(phrase, prefer)
                return "; ".join(entries[0].definitions[:3]) if entries else ""
            if any(ch.isalpha() for ch in phrase) and len(phrase.split()) <= 3:
                return "，".join(dict.fromkeys(e.simplified for e in dictionary.lookup_english(phrase, 3)))
        except DictionaryUnavailable:
            pass
        return ""

    def _slang_span(self, phrase: str, start: int) -> SlangSpan | None:
        """The slang span that is exactly `phrase` in the text shown, the one nearest `start` if several."""
        text = self.current_text()
        found = [s for row in self._rows for s in row.slang if text[s.start : s.end].strip() == phrase.strip()]
        if not found:
            return None
        return min(found, key=lambda s: abs(s.start - start)) if start >= 0 else found[0]

    def open_target(self, ref: str) -> bool:
        """Show a saved phrase in its sentence: selected in the current text, or, when the text has
        changed since, with that sentence put in (an edit that Ctrl+Z takes back)."""
        head, _, context = ref.partition(":")
        middle, _, context = context.partition(":")
        if not (head.isdigit() and middle.isdigit() and context):
            return False
        start, end = int(head), int(middle)
        text = self.input.toPlainText()
        at = text.find(context)
        cursor = self.input.textCursor()
        if at < 0:
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(context)
            at = 0
        cursor.setPosition(at + start)
        cursor.setPosition(at + end, cursor.MoveMode.KeepAnchor)
        self.input.setTextCursor(cursor)
        self.input.setFocus()
        return True

    def rows(self) -> list[Row]:
        return list(self._rows)

    def shutdown(self) -> None:
        if self._debounce.isActive():
            self._annotate_now()
        self.cancel()


VIEW = ReaderView
