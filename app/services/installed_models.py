"""The installed model folders as Jiaoliu reads them itself: typed, checked, and a damaged one listed as such.

argostranslate's own listing fails for every package when one metadata.json is odd ("from_name": 5, a missing
file, an unreadable folder); here each folder is read on its own, so one damaged package is shown with its reason
and can be removed, while the others (and the dictionary fallback) keep working.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.argos_archive import SUPPORTED_PAIRS, ArchiveError, read_package_folder
from app.core.errors import QT_TRANSLATE_NOOP
from app.services.model_download import ModelError

LANGUAGE_NAMES = {"en": "English", "zh": "Chinese"}


@dataclass(frozen=True)
class ModelInfo:
    code: str
    from_code: str
    to_code: str
    version: str
    name: str
    size_bytes: int | None
    path: Path | None
    installed: bool
    problem: ModelError | None = None  # an installed package that cannot be used, and why

    @property
    def broken(self) -> bool:
        return self.problem is not None


class ModelExists(ModelError):
    """A model for this direction is installed already; installing another must be asked for (replace)."""

    def __init__(self, installed: ModelInfo, new_version: str = "") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The {source}→{target} model ({model} {version}) is already installed."),
            source=LANGUAGE_NAMES.get(installed.from_code, installed.from_code),
            target=LANGUAGE_NAMES.get(installed.to_code, installed.to_code),
            model=installed.code,
            version=installed.version or "?",
        )
        self.installed, self.new_version = installed, new_version


def installed_models(packages_dir: Path) -> list[ModelInfo]:
    """Every package folder, sorted by code; damaged ones carry their `problem` (never raises for one folder)."""
    try:
        folders = sorted(p for p in Path(packages_dir).iterdir() if not p.name.startswith(".") and p.is_dir())
    except OSError:  # no packages folder yet (or an unreadable one: nothing can be used from it)
        return []
    return sorted((read_installed(folder) for folder in folders), key=lambda m: (m.code, m.path or Path()))


def read_installed(folder: Path) -> ModelInfo:
    try:
        metadata = read_package_folder(folder)
    except ArchiveError as exc:
        return _broken(folder, exc)
    from_code, to_code = metadata["from_code"], metadata["to_code"]
    return ModelInfo(
        code=f"translate-{from_code}_{to_code}",
        from_code=from_code,
        to_code=to_code,
        version=metadata["package_version"],
        name=label(metadata),
        size_bytes=dir_size(folder),
        path=folder,
        installed=True,
    )


def label(metadata: dict[str, Any]) -> str:
    """ "English → Chinese", as argostranslate names a package."""
    source = metadata.get("from_name") or LANGUAGE_NAMES.get(metadata["from_code"], metadata["from_code"])
    target = metadata.get("to_name") or LANGUAGE_NAMES.get(metadata["to_code"], metadata["to_code"])
    return f"{source} → {target}"


def _broken(folder: Path, reason: ArchiveError) -> ModelInfo:
    """A damaged package: named by its direction when its metadata still gives one, else by its folder."""
    metadata: dict[str, Any] = {}
    try:
        loaded = json.loads((folder / "metadata.json").read_bytes().decode("utf-8"))
        metadata = loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError, RecursionError):
        pass
    pair = (metadata.get("from_code"), metadata.get("to_code"))
    known = pair in SUPPORTED_PAIRS
    version = metadata.get("package_version")
    return ModelInfo(
        code=f"translate-{pair[0]}_{pair[1]}" if known else folder.name,
        from_code=str(pair[0]) if known else "",
        to_code=str(pair[1]) if known else "",
        version=version if isinstance(version, str) else "",
        name=folder.name,
        size_bytes=dir_size(folder),
        path=folder,
        installed=True,
        problem=ModelError(
            QT_TRANSLATE_NOOP("Errors", "The model in {folder} is damaged: {reason}."),
            folder=folder.name,
            reason=reason,
        ),
    )


def dir_size(folder: Path) -> int | None:
    total = 0
    try:
        for parent, _dirs, files in os.walk(folder):  # does not follow symlinks
            total += sum(os.lstat(os.path.join(parent, f)).st_size for f in files)
    except OSError:
        return None
    return total
