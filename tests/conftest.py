"""Shared fixtures: a private data directory for every test, one real dictionary per session."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.data import dictionary
from app.data.paths import ENV_DATA_DIR, AppPaths, app_paths

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own JIAOLIU_DATA_DIR; nothing touches the user's real folders."""
    folder = tmp_path / "jiaoliu-data"
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture(scope="session")
def built_dictionary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real CC-CEDICT database, built once per test session (about five seconds)."""
    path = tmp_path_factory.mktemp("cedict") / "cedict.sqlite"
    dictionary.build(path)
    return path


@pytest.fixture
def paths(data_dir: Path, built_dictionary: Path) -> AppPaths:
    """The test's data directory with the session dictionary linked in (read-only use)."""
    result = app_paths()
    result.cache.mkdir(parents=True, exist_ok=True)
    os.symlink(built_dictionary, result.dictionary)
    return result


@pytest.fixture(scope="session")
def glossary_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with this release's bundled glossary synced in, built once per session."""
    from app.data.database import open_database
    from app.data.glossary_store import GlossaryStore
    from app.services.glossary import sync_bundled

    path = tmp_path_factory.mktemp("template") / "jiaoliu.db"
    data = open_database(path)
    sync_bundled(GlossaryStore(data))
    data.close()
    return path


@pytest.fixture
def glossary_paths(paths: AppPaths, glossary_template: Path) -> AppPaths:
    """`paths` whose database already holds the bundled glossary (a copy: tests may write)."""
    import sqlite3

    source = sqlite3.connect(glossary_template)
    target = sqlite3.connect(paths.database)
    source.backup(target)  # a consistent copy even with WAL
    source.close()
    target.close()
    return paths


@pytest.fixture
def words(built_dictionary: Path) -> dictionary.Dictionary:
    d = dictionary.Dictionary(built_dictionary)
    yield d
    d.close()


SLOW_FOLDERS = {"slow", "faults", "engines"}  # processes, servers, hostile files: `-m "not slow"` skips them


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        folder = Path(str(item.path)).relative_to(REPO / "tests").parts[0]
        if folder in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def memory_keyring() -> Any:
    """An in-memory system keyring for the test (API keys of translation servers); the real one is put back."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class Backend(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.store.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    backend = Backend()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
