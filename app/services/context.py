"""Everything a front end needs, opened once at start-up: paths, settings, database, dictionary."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.data import dictionary
from app.data.database import connect, migrate
from app.data.dictionary import CancelledFn, ProgressFn
from app.data.paths import AppPaths, app_paths, ensure_dirs
from app.services.annotate import Annotator
from app.services.settings_store import SettingsStore
from app.services.slang_index import SlangIndex

if TYPE_CHECKING:
    import sqlite_utils

    from app.data.glossary_store import GlossaryStore
    from app.data.phrases import PhraseStore
    from app.services.models import ModelManager
    from app.services.translate import TranslationService


@dataclass
class Services:
    paths: AppPaths
    settings: SettingsStore
    connection: sqlite3.Connection
    dictionary: dictionary.Dictionary
    annotator: Annotator
    slang: SlangIndex = field(default_factory=SlangIndex)
    _dictionary_ready: threading.Event = field(default_factory=threading.Event)
    _db: sqlite_utils.Database | None = None

    _models: ModelManager | None = None
    _translator: TranslationService | None = None

    @property
    def models(self) -> ModelManager:
        """Translation models (argostranslate's package system under our data folder), on first use."""
        if self._models is None:
            from app.services.models import ModelManager

            self._models = ModelManager(self.paths.data)
        return self._models

    @property
    def translator(self) -> TranslationService:
        if self._translator is None:
            from app.services.translate import TranslationService

            self._translator = TranslationService(
                self.models.package_dir, self.slang, self.dictionary, cache_path=self.paths.database
            )
        return self._translator

    @property
    def phrases(self) -> PhraseStore:
        from app.data.phrases import PhraseStore

        return PhraseStore(self.db)

    @property
    def glossary(self) -> GlossaryStore:
        from app.data.glossary_store import GlossaryStore

        return GlossaryStore(self.db)

    @property
    def db(self) -> sqlite_utils.Database:
        """The migrated database; the first access imports sqlite-utils and applies migrations."""
        if self._db is None:
            self._db = migrate(self.connection, self.paths.database)
        return self._db

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
        self.connection.close()


def open_services(paths: AppPaths | None = None, migrate_now: bool = True) -> Services:
    """Open everything; raises DataDirError or DatabaseError with a sentence for the user.

    The desktop app passes `migrate_now=False` and touches `db` right after its first paint.
    """
    paths = paths or app_paths()
    ensure_dirs(paths)
    words = dictionary.Dictionary(paths.dictionary)
    slang = SlangIndex()
    services = Services(
        paths, SettingsStore(paths.settings), connect(paths.database), words, Annotator(words, slang), slang
    )
    if migrate_now:
        services.db  # noqa: B018 - applies the migrations now
    if dictionary.is_current(paths.dictionary):
        services._dictionary_ready.set()
    return services
