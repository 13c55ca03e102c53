"""The live preferences: one Settings object, saved on every change, with change listeners."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from app.core.errors import QT_TRANSLATE_NOOP
from app.data import settings as settings_file

log = logging.getLogger(__name__)
Listener = Callable[[set[str]], None]


class SettingsStore:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        result = settings_file.load(path) if path else settings_file.LoadResult(settings_file.Settings())
        self.current = result.settings
        self.load_problem = result.problem
        self.load_error: settings_file.SettingsProblem | None = result.error  # load_problem, for the UI to translate
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def update(self, **changes: Any) -> set[str]:
        """Change some preferences, save them, and tell listeners which keys changed."""
        new = replace(self.current, **changes).validated()
        old_values, new_values = asdict(self.current), asdict(new)
        changed = {k for k in changes if old_values[k] != new_values[k]}
        if not changed:
            return changed
        self.current = new
        self.save()
        for listener in list(self._listeners):
            listener(changed)
        return changed

    def save(self) -> None:
        if self.path is None:
            return
        try:
            settings_file.save(self.current, self.path)
        except OSError as exc:  # a read-only disk must not take the session down
            log.warning("Preferences could not be saved: %s", exc)
            self.load_error = settings_file.SettingsProblem(
                QT_TRANSLATE_NOOP("Errors", "Preferences could not be saved: {reason}"), reason=exc.strerror or exc
            )
            self.load_problem = str(self.load_error)
