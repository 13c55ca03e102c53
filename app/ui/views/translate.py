"""Translate: a post in, its translation sentence by sentence, with slang notes and quality hints.

Over 450 lines because it is one screen: input, streamed output with alignment, notes, pinyin, and where text goes
(the engine label, the remote badge and the question before sending; their widgets are in `engine_where`)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.text import clean_text
from app.services.phrasebook import save_phrase as save_to_phrasebook
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.tasks import LatestTask, TaskContext
from app.ui.views.base import View
from app.ui.widgets.engine_where import EngineLabel, RemoteBadge, SendQuestion
from app.ui.widgets.progress_strip import ProgressStrip
from app.ui.widgets.ruby_view import RubyView

if TYPE_CHECKING:
    from app.services.annotate import Row
    from app.services.translate import SentenceResult, TranslationResult

MAX_CHARS = 20_000  # a post, not a book: longer texts are refused with a message
DIRECTIONS = (("auto", None), ("en", "zh"), ("zh", "en"))


class TranslateView(View):
    view_id = "translate"

    translation_finished = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._job = LatestTask(ctx.tasks)
        self._result: TranslationResult | None = None
        self._sentences: list[SentenceResult] = []
        self._target_spans: list[tuple[int, int]] = []  # each sentence's place in the target pane
        self._hovered: int | None = None
        self._pending = ""  # the text waiting for the person's answer to "send it to this host?"
        self.send_question: SendQuestion | None = None
        self._build()
        self.retranslate()
        self._show_engine()
        ctx.settings.changed.connect(self._on_setting_changed)
        ctx.events.models_changed.connect(self._on_models_changed)

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.direction = QComboBox()
        for source, target in DIRECTIONS:
            self.direction.addItem("", (source, target))
        self.swap_action = self._action(self.swap)
        self.paraphrase = QCheckBox()
        self.paraphrase.setChecked(True)
        self.translate_action = self._action(self.translate, "Ctrl+Return")
        self.translate_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])  # and keypad
        self.clipboard_action = self._action(self.translate_clipboard, "Ctrl+Shift+V")
        self.copy_action = self._action(self.copy_translation)
        self.save_action = self._action(self.save_phrase, "Ctrl+S")
        self.models_action = self._action(self.show_models)
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(self.direction)
        bar.addAction(self.swap_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.engine_where = EngineLabel()
        bar.addWidget(self.engine_where)
        for action in (
            self.translate_action,
            self.clipboard_action,
            self.copy_action,
            self.save_action,
            self.models_action,
        ):
            bar.addAction(action)

        self.banner = QFrame()
        self.banner.setObjectName("no-model-banner")
        self.banner.setStyleSheet("#no-model-banner { background: #fff4dd; border: 1px solid #f0a020; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self._missing: tuple[str, str] | None = None  # the direction the banner is about; None: every direction
        self.download_button = QPushButton()
        self.download_button.clicked.connect(lambda: self.show_models(download=True))
        self.file_button = QPushButton()
        self.file_button.clicked.connect(lambda: self.show_models(from_file=True))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.download_button)
        banner_layout.addWidget(self.file_button)
        self.banner.setVisible(False)

        self.source = QPlainTextEdit()
        self.source.setObjectName("translate-source")
        self.target = QTextEdit()
        self.target.setObjectName("translate-target")
        self.target.setReadOnly(True)
        self.target.viewport().setMouseTracking(True)
        self.target.viewport().installEventFilter(self)
        self.pinyin = RubyView()
        self.pinyin.setVisible(False)
        self.pinyin.setMaximumHeight(160)
        self.engine_label = QLabel()
        self.engine_label.setStyleSheet("color: #8a5a00")
        self.remote_badge = RemoteBadge()
        label_row = QHBoxLayout()
        label_row.addWidget(self.engine_label, 1)
        label_row.addWidget(self.remote_badge)
        target_box = QWidget()
        target_layout = QVBoxLayout(target_box)
        target_layout.setContentsMargins(0, 0, 0, 0)
        target_layout.addLayout(label_row)
        target_layout.addWidget(self.target, 3)
        target_layout.addWidget(self.pinyin, 1)
        self.notes = QTextBrowser()
        self.notes.setObjectName("translate-notes")
        source_box = QWidget()  # the option sits under the text it applies to, keeping the tool bar short
        source_layout = QVBoxLayout(source_box)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(self.source, 1)
        source_layout.addWidget(self.paraphrase)
        split = QSplitter(Qt.Orientation.Horizontal)
        for pane, stretch in ((source_box, 3), (target_box, 3), (self.notes, 2)):
            split.addWidget(pane)
            split.setStretchFactor(split.count() - 1, stretch)

        self.progress_box = ProgressStrip()
        self.progress_box.cancel_requested.connect(self.cancel)
        self.progress, self.cancel_button = self.progress_box.bar, self.progress_box.cancel_button

        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress_box)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        for i, text in enumerate(
            (self.tr("Automatic direction"), self.tr("English → Chinese"), self.tr("Chinese → English"))
        ):
            self.direction.setItemText(i, text)
        self.swap_action.setText(self.tr("Swap"))
        self.paraphrase.setText(self.tr("Explain slang to the model"))
        self.paraphrase.setToolTip(
            self.tr(
                "Give the translation model a plain paraphrase of each slang term, "
                "so it translates the meaning instead of the words"
            )
        )
        self.translate_action.setText(self.tr("Translate"))
        self.translate_action.setToolTip(self.tr("Translate (Ctrl+Enter)"))
        self.clipboard_action.setText(self.tr("Translate clipboard"))
        self.clipboard_action.setToolTip(self.tr("Paste and translate (Ctrl+Shift+V)"))
        self.copy_action.setText(self.tr("Copy"))
        self.save_action.setText(self.tr("Save phrase"))
        self.models_action.setText(self.tr("Models…"))
        self.source.setPlaceholderText(self.tr("Paste a post in English or Chinese, or both…"))
        self._show_banner_text()
        self.download_button.setText(self.tr("Download English↔Chinese models…"))
        self.file_button.setText(self.tr("Install from file…"))
        self.engine_where.retranslate()
        self.remote_badge.retranslate()

    def _show_engine(self) -> None:
        """The engine the preferences name, and where it sends text, next to the Translate button."""
        from app.services.engines.factory import describe_settings

        s = self.ctx.settings.current
        self.engine_where.show_engine(describe_settings(s.engine_kind, s.engine_url, s.engine_model))

    def _on_setting_changed(self, key: str) -> None:
        from app.services.context import ENGINE_KEYS

        if key in ENGINE_KEYS:
            self._show_engine()

    def on_data_ready(self) -> None:
        """Load the installed models in the background now, so the first translation starts at once."""
        service = self.ctx.app.translator

        def preload(task: TaskContext) -> list[str]:
            return [f"{s}-{t}" for s, t in (("en", "zh"), ("zh", "en")) if service.preload(s, t)]

        self.ctx.tasks.submit(
            preload, name="preload-models", on_done=self._on_models_known, on_error=lambda exc: None
        )  # a broken model is reported when used

    def _on_models_known(self, directions: list[str]) -> None:
        # Argos models matter only while Argos is the engine; a server translates without them.
        if not directions and self.ctx.settings.current.engine_kind == "argos":
            self._show_missing(None)

    # --- the missing-model banner ----------------------------------------------------------------
    def _show_missing(self, direction: tuple[str, str] | None) -> None:
        """The banner names the model a translation lacked (None: no model at all) and offers the model manager."""
        self._missing = direction
        self._show_banner_text()
        self.banner.setVisible(True)

    def _show_banner_text(self) -> None:
        texts = {
            None: self.tr(
                "No translation model is installed. Until one is, you get a word-by-word "
                "dictionary gloss. Models are downloaded only when you ask."
            ),
            ("zh", "en"): self.tr(
                "The Chinese→English model is not installed, so Chinese text gets a word-by-word dictionary gloss "
                "instead of a translation. Models are downloaded only when you ask."
            ),
            ("en", "zh"): self.tr(
                "The English→Chinese model is not installed, so English text gets a word-by-word dictionary gloss "
                "instead of a translation. Models are downloaded only when you ask."
            ),
        }
        self.banner_text.setText(texts.get(self._missing, texts[None]))

    def _on_models_changed(self) -> None:
        """A model was installed or removed: the banner goes as soon as the model it asked for is there."""
        if self.banner.isHidden():
            return
        models = self.ctx.app.models
        self.ctx.tasks.submit(
            lambda task: {(m.from_code, m.to_code) for m in models.installed()},
            name="installed-models",
            on_done=self._on_installed_pairs,
            on_error=lambda exc: None,
        )

    def _on_installed_pairs(self, pairs: set[tuple[str, str]]) -> None:
        if (self._missing is None and pairs) or self._missing in pairs:
            self.banner.setVisible(False)

    # --- actions ---------------------------------------------------------------------------------
    def swap(self) -> None:
        used = self._result.direction if self._result is not None else None
        current = self.direction.currentData()
        source = used.split("-")[0] if used else current[0]
        # The reverse of the direction just used, even when it was chosen automatically.
        self.direction.setCurrentIndex(2 if source == "en" else 1)
        if self._result is not None and self._result.target:
            self.source.setPlainText(self._result.target)
            self.translate()

    def translate_clipboard(self) -> None:
        self.source.setPlainText(clean_text(QGuiApplication.clipboard().text()))
        self.translate()

    def copy_translation(self) -> None:
        if self._result is not None:
            QGuiApplication.clipboard().setText(self._result.target)
            self.ctx.show_status(self.tr("Copied the translation."), 3000)

    def translate(self, text: str | None = None) -> None:
        """Translate the source pane (or `text`) in the background; sentences appear as they are done."""
        if text is not None:
            self.source.setPlainText(text)
        text = clean_text(self.source.toPlainText()).strip()
        self.cancel()
        if not text:
            return
        if len(text) > MAX_CHARS:
            message = self.tr("This text has {count} characters; translate at most {limit} at a time.")
            self.ctx.show_status(
                message.replace("{count}", f"{len(text):,}").replace("{limit}", f"{MAX_CHARS:,}"), 8000
            )
            return
        source, target = self.direction.currentData()
        self._sentences, self._result, self._target_spans = [], None, []
        self.target.clear()
        self.notes.clear()
        self.pinyin.setVisible(False)
        self.remote_badge.show_where("")
        self._pending = text
        self.progress.setRange(0, 0)
        self.progress_box.setVisible(True)
        service = self.ctx.app.translator
        substitute = self.paraphrase.isChecked()

        def work(task: TaskContext, text: str) -> TranslationResult:
            return service.translate(
                text,
                source,
                target,
                substitute_slang=substitute,
                gloss_fallback=True,
                progress=task.progress,
                cancelled=lambda: task.cancelled,
                on_sentences=task.partial,
            )

        self._job.submit(
            work,
            text,
            name="translate",
            on_partial=self._on_sentences,
            on_progress=self._on_progress,
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def cancel(self) -> None:
        self._job.cancel()
        self.progress_box.setVisible(False)

    def is_busy(self) -> bool:
        return self._job.is_busy()

    # --- results ---------------------------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_sentences(self, rows: list[SentenceResult]) -> None:
        self._sentences.extend(rows)
        self._render_target()

    def _on_done(self, result: TranslationResult) -> None:
        self._result = result
        self._sentences = list(result.sentences)
        self.progress_box.setVisible(False)
        self._render_target()
        self._render_notes(result)
        self._show_pinyin(result)
        if result.glossed:
            source, _, target = result.direction.partition("-")
            self._show_missing((source, target))
        else:
            self.banner.setVisible(False)
        info = result.engine_info
        where = info.get("where", "")
        if result.glossed:
            label = self.tr("Dictionary gloss, not a translation")
        elif result.engine == "argos":
            label = self.tr("Translated offline by {model}").replace("{model}", result.model or "")
        elif where == "this-computer":
            label = self.tr("Translated by {name} on this computer").replace("{name}", info.get("name", ""))
        else:
            label = self.tr("Translated by {name} on {host}").replace("{name}", info.get("name", ""))
            label = label.replace("{host}", where)
        self.engine_label.setText(label)
        self.remote_badge.show_where(where)  # every translation made on another computer says so
        self.translation_finished.emit()

    def _on_error(self, exc: BaseException) -> None:
        from app.core.engines.base import NotConfirmed

        self.progress_box.setVisible(False)
        self.notes.setHtml(f"<p style='color:#b00020'>{escape(error_text(exc))}</p>")
        if isinstance(exc, NotConfirmed) and self._pending:
            self._ask_to_send(str(exc.fields.get("host", "")), self._pending)
            return
        self.translation_finished.emit()

    def _ask_to_send(self, host: str, text: str) -> None:
        """Nothing was sent: ask before the first text goes to this host; yes confirms it and translates again."""
        if self.send_question is not None:
            self.send_question.deleteLater()

        def answered(send: bool) -> None:
            self.send_question = None
            if not send:
                message = self.tr("Not sent: your text stayed on this computer.")
                self.notes.setHtml(f"<p style='color:gray'>{escape(message)}</p>")
                self.translation_finished.emit()
                return
            settings = self.ctx.app.settings
            settings.update(confirmed_hosts=[*settings.current.confirmed_hosts, host])
            self.translate(text)

        self.send_question = SendQuestion(host, answered, self)
        self.send_question.open()

    def _render_target(self) -> None:
        """The translation as plain text, remembering where each sentence is (for hover highlights)."""
        from app.services.translate import sentence_gap  # loaded by now: it produced the sentences

        parts, spans, position = [], [], 0
        source_text = self.source.toPlainText()
        for i, row in enumerate(self._sentences):
            if i:
                previous = self._sentences[i - 1]
                joiner = sentence_gap(source_text[previous.end : row.start], previous.tgt)
                parts.append(joiner)
                position += len(joiner)
            spans.append((position, position + len(row.tgt)))
            parts.append(row.tgt)
            position += len(row.tgt)
        self.target.setPlainText("".join(parts))
        self._target_spans = spans

    def _render_notes(self, result: TranslationResult) -> None:
        blocks = []
        if result.hint:  # an engine's template (context "Engines"), shown in the interface language
            hint = QCoreApplication.translate("Engines", result.hint)
            blocks.append(f"<p style='color:#b26a00'>{escape(hint)}</p>")
        if result.slang:
            heading = self.tr("Slang in this post")
            blocks.append(f"<h3>{escape(heading)}</h3>")
            for note in result.slang:
                plain = f" <span style='color:gray'>≈ {escape(note['plain'])}</span>" if note.get("plain") else ""
                here = ""
                if note.get("explanation"):  # the LLM's reading of the term in this very post
                    sense = self.tr("In this post: {sense}").replace("{sense}", str(note.get("sense") or ""))
                    here = f"<br><i>{escape(sense)}</i> — {escape(str(note['explanation']))}"
                blocks.append(f"<p><b>{escape(note['surface'])}</b>{plain}<br>{escape(note['meaning'])}{here}</p>")
        flagged = [(i, s) for i, s in enumerate(result.sentences) if s.flags and s.flags != ["gloss"]]
        if flagged:
            heading = self.tr("Check these sentences")
            blocks.append(f"<h3>{escape(heading)}</h3>")
            names = self._flag_names()
            for i, sentence in flagged:
                reasons = ", ".join(names.get(f, f) for f in sentence.flags)
                blocks.append(
                    f"<p><b>{i + 1}.</b> {escape(sentence.src)}<br><span style='color:#b26a00'>"
                    f"{escape(reasons)}</span><br><span style='color:#444'>{escape(sentence.gloss)}</span></p>"
                )
        if not blocks:
            fine = self.tr("No slang found and nothing looks wrong.")
            blocks.append(f"<p style='color:gray'>{escape(fine)}</p>")
        self.notes.setHtml("".join(blocks))

    def _flag_names(self) -> dict[str, str]:
        return {
            "repetition": self.tr("the translation repeats itself"),
            "untranslated": self.tr("part of it was not translated"),
            "length": self.tr("its length does not match the original"),
            "invented-aside": self.tr("it adds an aside such as (laughter) that is not in the original"),
            "empty": self.tr("the model gave nothing back"),
            "forced-term-lost": self.tr("a term from your deck went missing"),
        }

    def _show_pinyin(self, result: TranslationResult) -> None:
        """Pinyin under a Chinese translation, annotated in the background."""
        if not result.direction.endswith("zh") or result.glossed:
            return
        annotator = self.ctx.app.annotator
        generation = self._job.generation  # a newer translation drops this pinyin
        self.ctx.tasks.submit(
            lambda task, text: annotator.annotate(text),
            result.target,
            name="translation-pinyin",
            on_done=lambda rows: self._set_pinyin(generation, rows),
        )

    def _set_pinyin(self, generation: int, rows: list[Row]) -> None:
        if not self._job.is_current(generation):
            return
        self.pinyin.set_rows(rows)
        self.pinyin.setVisible(self.ctx.settings.current.show_pinyin)

    # --- sentence alignment ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target.viewport() and isinstance(event, QMouseEvent):
            position = self.target.cursorForPosition(event.position().toPoint()).position()
            self.highlight_sentence(self.sentence_at(position))
        return super().eventFilter(watched, event)

    def sentence_at(self, position: int) -> int | None:
        return next((i for i, (a, b) in enumerate(self._target_spans) if a <= position <= b), None)

    def highlight_sentence(self, index: int | None) -> None:
        """Mark a translated sentence and its source sentence in the two panes."""
        if index is None or index >= len(self._sentences):
            self.source.setExtraSelections([])
            self.target.setExtraSelections([])
            return
        row = self._sentences[index]
        self.source.setExtraSelections([_selection(self.source, row.start, row.end)])
        start, end = self._target_spans[index]
        self.target.setExtraSelections([_selection(self.target, start, end)])
        self._hovered = index

    def save_phrase(self) -> None:
        """Save the sentence under the pointer (or the whole short post) with its translation."""
        if not self._sentences:
            return
        index = self._hovered
        if index is not None and index < len(self._sentences):
            row = self._sentences[index]
            text, translation = row.src, row.tgt
        else:
            text, translation = (
                clean_text(self.source.toPlainText()).strip(),
                self._result.target if self._result else "",
            )
        source = clean_text(self.source.toPlainText()).strip()
        self.ctx.ops.write(
            lambda app: (
                save_to_phrasebook(  # and its study cards, unless that preference is off
                    app, text[:2000], translation[:4000], origin="translation", origin_ref=source[:5000]
                ).phrase_id
            ),
            initiator=self,
            name="save-phrase",
            on_done=lambda _id: self.ctx.show_status(self.tr("Saved to your phrases."), 4000),
            on_error=lambda exc: self.ctx.show_status(error_text(exc), 8000),
        )

    def open_target(self, ref: str) -> bool:
        """A phrase saved from a translation leads back to the post it was translated from."""
        if not ref.strip():
            return False
        if clean_text(self.source.toPlainText()).strip() != ref:
            self.source.setPlainText(ref)
        self.source.setFocus()
        return True

    def show_models(self, download: bool = False, from_file: bool = False) -> None:
        from app.ui.dialogs.models_dialog import ModelsDialog

        dialog = ModelsDialog(self.ctx, self)
        dialog.finished.connect(lambda _code: self.ctx.app.translator.forget_engines())
        if download:
            dialog.fetch_index()
        if from_file:
            dialog.install_from_file()
        dialog.open()


def _selection(editor: QPlainTextEdit | QTextEdit, start: int, end: int) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffe9a8"))
    selection.format = fmt
    return selection


VIEW = TranslateView
