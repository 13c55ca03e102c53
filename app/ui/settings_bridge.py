"""A Qt face for the Qt-free SettingsStore: one signal per changed key."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.data.settings import Settings
from app.services.settings_store import SettingsStore


class SettingsBridge(QObject):
    changed = Signal(str)

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.subscribe(self._on_store_changed)

    @property
    def current(self) -> Settings:
        return self.store.current

    def _on_store_changed(self, keys: set[str]) -> None:
        for key in sorted(keys):
            self.changed.emit(key)
