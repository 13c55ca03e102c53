"""What every view receives in its constructor: the AppContext, operations, the task runner, settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.data.changes import DECK, GLOSSARY, Changes
from app.services.context import AppContext
from app.ui.ops import Ops
from app.ui.settings_bridge import SettingsBridge
from app.ui.tasks import TaskRunner


class SlangEvents(QObject):
    slang_ready = Signal()  # the slang detector was (re)built: the Reader and Translate view re-mark slang
    models_changed = Signal()  # a translation model was installed or removed (models are files, not data)


@dataclass
class UiContext:
    app: AppContext
    tasks: TaskRunner
    settings: SettingsBridge
    ops: Ops = field(init=False)
    show_status: Callable[[str, int], None] = field(default=lambda message, timeout: None)
    events: SlangEvents = field(default_factory=SlangEvents)
    # Show the place a phrase came from: (view id, reference) -> whether it was found. The main
    # window sets it; views never reach into each other.
    open_target: Callable[[str, str], bool] = field(default=lambda view_id, ref: False)

    def __post_init__(self) -> None:
        self.ops = Ops(self.app, self.tasks)
        self.ops.changed.connect(self._on_changed)
        self.settings.changed.connect(self._on_setting_changed)

    def _on_setting_changed(self, key: str) -> None:
        if key == "flag_platform_words":  # the detector is built with or without platform vocabulary
            self.reindex_slang()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """A glossary write rebuilds the slang detector in the background, then the views re-mark slang."""
        if changes.touches(GLOSSARY, DECK):
            self.reindex_slang()

    def reindex_slang(self) -> None:
        self.tasks.submit(
            lambda task: self.app.reindex_slang(),
            name="reindex-slang",
            on_done=lambda _count: self.events.slang_ready.emit(),
        )
