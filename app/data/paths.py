"""Where Jiaoliu keeps its files: platformdirs, or one folder named by JIAOLIU_DATA_DIR."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP, UserError

ENV_DATA_DIR = "JIAOLIU_DATA_DIR"
APP_NAME = "jiaoliu"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


class DataDirError(UserError, RuntimeError):
    """The data directory cannot be created or written."""


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    cache: Path

    @property
    def database(self) -> Path:
        return self.data / "jiaoliu.db"

    @property
    def dictionary(self) -> Path:
        return self.cache / "cedict.sqlite"

    @property
    def settings(self) -> Path:
        return self.config / "settings.json"

    @property
    def qt_state(self) -> Path:
        return self.config / "window-state.ini"

    @property
    def backups(self) -> Path:
        return self.data / "backups"


def app_paths() -> AppPaths:
    """The directories to use; JIAOLIU_DATA_DIR puts everything under one folder (tests, portable use)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        root = Path(override).expanduser()
        return AppPaths(data=root, config=root, cache=root / "cache")
    import platformdirs

    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )


def ensure_dirs(paths: AppPaths) -> None:
    """Create the directories, or say in one sentence why they cannot be used."""
    for folder in (paths.data, paths.config, paths.cache):
        try:
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        except OSError as exc:
            raise DataDirError(
                QT_TRANSLATE_NOOP("Errors", "Cannot create the folder {folder}: {strerror_or_exc}"),
                folder=folder,
                strerror_or_exc=exc.strerror or exc,
            ) from exc
        if not os.access(folder, os.W_OK):
            raise DataDirError(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} is read-only; Jiaoliu needs to write there."),
                folder=folder,
            )
        make_private(folder)


def make_private(path: Path) -> None:
    """Only the user may read Jiaoliu's folders and files (POSIX: 0700 / 0600); others on the computer may not.

    Folders made by an older version (0755) and files made with the usual umask (0644) are tightened too."""
    if os.name != "posix":
        return
    mode = PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE
    try:
        if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except OSError:
        pass  # not ours or gone: nothing to tighten
