"""The one composition root: `AppContext` owns every store, service and connection of a running Jiaoliu.

`app/main.py` builds it once; the CLI passes it to every command and the GUI wraps it (`app/ui/context.py`).
Nothing else constructs a store, a service or a connection. Everything inside is lazy: building the context
opens nothing, and each part is made the first time it is used (so `jiaoliu pinyin` never opens the user's
database, and the window paints before the database is migrated).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.data.paths import AppPaths, app_paths, ensure_dirs

if TYPE_CHECKING:
    from app.core.engines.base import Engine
    from app.data.database import Database
    from app.data.dictionary import CancelledFn, Dictionary, ProgressFn
    from app.data.glossary_store import GlossaryStore
    from app.data.phrases import PhraseStore
    from app.data.reader_texts import ReaderTextStore
    from app.data.sessions import SessionStore
    from app.data.study_store import StudyStore
    from app.services.annotate import Annotator
    from app.services.engines.factory import EngineSettings
    from app.services.history import History
    from app.services.models import ModelManager
    from app.services.settings_store import SettingsStore
    from app.services.slang_index import SlangIndex
    from app.services.translate import TranslationService

T = TypeVar("T")
# The preferences that decide the translation engine (a change makes the engine anew).
ENGINE_KEYS = frozenset({"engine_kind", "engine_url", "engine_model", "confirmed_hosts", "allow_unencrypted_lan"})


class AppContext:
    """Settings, paths, the data owner, dictionary, slang index, translator, stores and history."""

    def __init__(self, paths: AppPaths | None = None) -> None:
        self.paths = paths or app_paths()
        self._parts: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._dictionary_ready = threading.Event()
        self._dirs_ready = False

    def _part(self, name: str, make: Callable[[], T]) -> T:
        """Make a part once, whichever thread asks first."""
        part = self._parts.get(name)
        if part is None:
            with self._lock:
                part = self._parts.get(name)
                if part is None:
                    part = self._parts[name] = make()
        return part

    def ensure_dirs(self) -> None:
        """Create the data folders, or raise DataDirError with a sentence (the first use of any file does this)."""
        if not self._dirs_ready:
            ensure_dirs(self.paths)
            self._dirs_ready = True

    # --- settings and data ---------------------------------------------------------------------------------
    @property
    def settings(self) -> SettingsStore:
        def make() -> SettingsStore:
            from app.services.settings_store import SettingsStore

            self.ensure_dirs()
            return SettingsStore(self.paths.settings)

        return self._part("settings", make)

    @property
    def data(self) -> Database:
        """The owner of the user's database (not opened yet: `open_data()` or the first read opens it)."""

        def make() -> Database:
            from app.data.database import Database

            self.ensure_dirs()
            return Database(self.paths.database)

        return self._part("data", make)

    def open_data(self) -> Database:
        """Open the database now: integrity check and migrations, once. Raises DatabaseError or DataDirError."""
        return self.data.open()

    @property
    def phrase_store(self) -> PhraseStore:
        from app.data.phrases import PhraseStore

        return self._part("phrases", lambda: PhraseStore(self.data))

    @property
    def glossary_store(self) -> GlossaryStore:
        from app.data.glossary_store import GlossaryStore

        return self._part("glossary", lambda: GlossaryStore(self.data))

    @property
    def session_store(self) -> SessionStore:
        from app.data.sessions import SessionStore

        return self._part("sessions", lambda: SessionStore(self.data))

    @property
    def study_store(self) -> StudyStore:
        """The scheduler with the current preferences (made anew after the study options change)."""
        from app.data.study_store import StudyStore, options_from

        options = options_from(self.settings.current)
        store = self._parts.get("study")
        if store is None or store.options != options:
            with self._lock:
                store = self._parts["study"] = StudyStore(self.data, options)
        return store

    @property
    def reader_text_store(self) -> ReaderTextStore:
        from app.data.reader_texts import ReaderTextStore

        return self._part("reader_texts", lambda: ReaderTextStore(self.data))

    @property
    def history(self) -> History:
        from app.services.history import History

        return self._part("history", History)

    # --- language tools ------------------------------------------------------------------------------------
    @property
    def dictionary(self) -> Dictionary:
        from app.data.dictionary import Dictionary

        return self._part("dictionary", lambda: Dictionary(self.paths.dictionary))

    @property
    def dictionary_ready(self) -> bool:
        """True once `prepare_dictionary()` found or built the dictionary (the app runs it right after start-up)."""
        return self._dictionary_ready.is_set()

    def prepare_dictionary(self, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None) -> bool:
        """Build the dictionary database if needed (seconds, once); True if it was built now."""
        from app.data import dictionary

        self.ensure_dirs()
        built = dictionary.ensure_built(self.paths.dictionary, progress, cancelled)
        self._dictionary_ready.set()
        return built

    @property
    def slang(self) -> SlangIndex:
        from app.services.slang_index import SlangIndex

        return self._part("slang", SlangIndex)

    def prepare_glossary(self) -> bool:
        """Sync the bundled glossary into the database and build the detector; True if it was synced now."""
        from app.services.glossary import prepare_glossary

        return prepare_glossary(self.glossary_store, self.slang, platform_words=self._platform_words())

    def sync_glossary(self) -> bool:
        """Bring this release's bundled glossary into the database; True if it was synced now (a glossary write,
        whose change event rebuilds the detector in the app)."""
        from app.services.glossary import sync_bundled

        return sync_bundled(self.glossary_store)

    def reindex_slang(self) -> int:
        from app.services.glossary import reindex

        return reindex(self.glossary_store, self.slang, platform_words=self._platform_words())

    def _platform_words(self) -> bool:
        return bool(getattr(self.settings.current, "flag_platform_words", False))

    @property
    def annotator(self) -> Annotator:
        from app.services.annotate import Annotator

        return self._part("annotator", lambda: Annotator(self.dictionary, self.slang))

    @property
    def models(self) -> ModelManager:
        """Translation models (argostranslate's package system under our data folder)."""
        from app.services.models import ModelManager

        def make() -> ModelManager:
            self.ensure_dirs()
            return ModelManager(self.paths.data)

        return self._part("models", make)

    @property
    def translator(self) -> TranslationService:
        """The translation service with the engine the settings name (Argos on this computer by default); its
        engine is made anew whenever the engine settings change."""

        def make() -> TranslationService:
            from app.data.translation_cache import TranslationCache
            from app.services.translate import TranslationService

            service = TranslationService(
                self.models.package_dir, self.slang, self.dictionary, TranslationCache(self.data)
            )
            service.use_engine(self.engine_from_settings())
            self.settings.subscribe(self._on_settings_changed)
            return service

        return self._part("translator", make)

    def engine_settings(self) -> EngineSettings:
        """The engine part of the preferences, as plain values."""
        from app.services.engines.factory import EngineSettings

        s = self.settings.current
        return EngineSettings(
            s.engine_kind, s.engine_url, s.engine_model, tuple(s.confirmed_hosts), s.allow_unencrypted_lan
        )

    def engine_from_settings(self) -> Engine | None:
        """The engine the preferences name (None: Argos). A server the privacy rules refuse (a host not confirmed
        yet, plain http) becomes an engine that refuses every use with that error, so nothing is sent and the
        person is asked when they translate, not when the app starts."""
        from app.core.engines.base import EngineError
        from app.services.engines.factory import describe_settings, engines_from_settings
        from app.services.engines.refused import RefusedEngine

        settings = self.engine_settings()
        try:
            return engines_from_settings(settings)
        except EngineError as exc:
            return RefusedEngine(describe_settings(settings.kind, settings.url, settings.model), exc)

    def _on_settings_changed(self, keys: set[str]) -> None:
        if keys & ENGINE_KEYS and "translator" in self._parts:
            self._parts["translator"].use_engine(self.engine_from_settings())

    def warm_up(self) -> None:
        """Load jieba and the pinyin models, which take a second or two, before the user needs them."""
        from app.core import polyphone, segment

        segment.preload()
        polyphone.preload()

    # --- closing -------------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close every connection that was opened (the context can be used again afterwards)."""
        for name in ("dictionary", "data"):
            part = self._parts.get(name)
            if part is not None:
                part.close()
