"""What every view receives in its constructor: the services, the task runner, the settings bridge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.services.context import Services
from app.ui.settings_bridge import SettingsBridge
from app.ui.tasks import TaskRunner


class UiEvents(QObject):
    """Data-changed events: a view that writes emits one; views that show that data reload."""

    glossary_changed = Signal()  # entries or decks were written
    slang_ready = Signal()  # the slang detector was (re)built
    phrases_changed = Signal()  # phrases were saved, edited or deleted (the phrasebook reloads)


@dataclass
class UiContext:
    services: Services
    tasks: TaskRunner
    settings: SettingsBridge
    show_status: Callable[[str, int], None] = field(default=lambda message, timeout: None)
    events: UiEvents = field(default_factory=UiEvents)
    # Show the place a phrase came from: (view id, reference) -> whether it was found. The main
    # window sets it; views never reach into each other.
    open_target: Callable[[str, str], bool] = field(default=lambda view_id, ref: False)

    def glossary_written(self) -> None:
        """Tell the views, and rebuild the slang detector in the background (the Reader re-marks slang)."""
        from app.services.glossary import reindex

        self.events.glossary_changed.emit()
        path = self.services.paths.database
        self.tasks.submit(
            lambda task: reindex(path, self.services.slang),
            name="reindex-slang",
            on_done=lambda _count: self.events.slang_ready.emit(),
        )
