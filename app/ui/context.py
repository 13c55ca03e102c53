"""What every view receives in its constructor: the services, the task runner, the settings bridge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.services.context import Services
from app.ui.settings_bridge import SettingsBridge
from app.ui.tasks import TaskRunner


@dataclass
class UiContext:
    services: Services
    tasks: TaskRunner
    settings: SettingsBridge
    show_status: Callable[[str, int], None] = field(default=lambda message, timeout: None)
