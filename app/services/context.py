"""Everything a front end needs, opened once at start-up: paths, settings, database, dictionary."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import sqlite_utils

from app.data import dictionary
from app.data.database import open_database
from app.data.dictionary import CancelledFn, ProgressFn
from app.data.paths import AppPaths, app_paths, ensure_dirs
from app.services.annotate import Annotator
from app.services.settings_store import SettingsStore


@dataclass
class Services:
    paths: AppPaths
    settings: SettingsStore
    db: sqlite_utils.Database
    dictionary: dictionary.Dictionary
    annotator: Annotator
    _dictionary_ready: threading.Event = field(default_factory=threading.Event)

    @property
    def dictionary_ready(self) -> bool:
        return self._dictionary_ready.is_set()

    def prepare_dictionary(self, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> bool:
        """Build the dictionary database if needed (seconds, once); True if it was built now."""
        built = dictionary.ensure_built(self.paths.dictionary, progress, cancelled)
        self._dictionary_ready.set()
        return built

    def warm_up(self) -> None:
        """Load jieba and the pinyin models, which take a second or two, before the user needs them."""
        from app.core import polyphone, segment

        segment.preload()
        polyphone.preload()

    def close(self) -> None:
        self.dictionary.close()
        self.db.close()


def open_services(paths: AppPaths | None = None) -> Services:
    """Open everything; raises DataDirError or DatabaseError with a sentence for the user."""
    paths = paths or app_paths()
    ensure_dirs(paths)
    db = open_database(paths.database)
    words = dictionary.Dictionary(paths.dictionary)
    services = Services(paths, SettingsStore(paths.settings), db, words, Annotator(words))
    if dictionary.is_current(paths.dictionary):
        services._dictionary_ready.set()
    return services
