"""Translation models: list, download, sideload and remove Argos packages, all kept under Jiaoliu's data folder.

Over 450 lines: one package lifecycle (index, staged install with validation, swap, removal) under one lock;
downloading is in model_download, reading installed folders in installed_models, loading checks in model_check.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from app.core.argos_archive import SUPPORTED_PAIRS, ArchiveError, archive_root, validate_archive
from app.core.errors import QT_TRANSLATE_NOOP
from app.services.installed_models import ModelExists, ModelInfo, installed_models, read_installed
from app.services.model_check import CHECK_TIMEOUT_S, check_package
from app.services.model_download import Cancelled, Limits, ModelCancelled, ModelError, Progress, fetch

__all__ = ["ModelCancelled", "ModelError", "ModelExists", "ModelInfo", "ModelManager", "models_dir"]

ENV_INDEX = "JIAOLIU_ARGOS_INDEX"
# argostranslate.settings' own default; set explicitly so a stray ARGOS_PACKAGE_INDEX cannot redirect us.
OFFICIAL_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
MAX_INDEX_BYTES = 16 * 1024**2
MAX_PACKAGE_BYTES = 4 * 1024**3
STAGING_PREFIX = ".staging-"
TRASH_PREFIX = ".trash-"

_env_lock = threading.Lock()  # os.environ is process-wide while argostranslate.settings runs
_write_lock = threading.Lock()  # one install or removal at a time: argostranslate's folders are global


# --------------------------------------------------------------------------- argostranslate's folders


def models_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "models"


def _argos_env(data_dir: Path) -> dict[str, str | None]:
    """What argostranslate.settings must see at import: every folder under <data>/models, no SNAP extras."""
    root = models_dir(data_dir)
    index = os.environ.get(ENV_INDEX) or OFFICIAL_INDEX
    return {
        "ARGOS_PACKAGES_DIR": str(root / "packages"),
        "XDG_DATA_HOME": str(root / "argos" / "data"),
        "XDG_CONFIG_HOME": str(root / "argos" / "config"),
        "XDG_CACHE_HOME": str(root / "argos" / "cache"),
        "ARGOS_PACKAGE_INDEX": index if index.endswith("/") else index + "/",  # argos appends "index.json"
        "SNAP": None,  # under snap, settings would add the snap's bundled package folders
    }


def _points_at(settings: ModuleType, env: dict[str, str | None]) -> bool:
    """Whether argostranslate.settings was computed from ``env`` (it reads its variables only when run)."""
    packages = Path(str(env["ARGOS_PACKAGES_DIR"]))
    return (
        settings.package_dirs == [packages]
        and settings.data_dir == Path(str(env["XDG_DATA_HOME"])) / "argos-translate"
        and settings.config_dir == Path(str(env["XDG_CONFIG_HOME"])) / "argos-translate"
        and settings.cache_dir == Path(str(env["XDG_CACHE_HOME"])) / "argos-translate"
        and settings.remote_package_index == f"{env['ARGOS_PACKAGE_INDEX']}index.json"
    )


@contextmanager
def _temporary_env(values: dict[str, str | None]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    try:
        _apply_env(values)
        yield
    finally:
        _apply_env(saved)


def _apply_env(values: dict[str, str | None]) -> None:
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def argos_package_module(data_dir: Path) -> ModuleType:
    """``argostranslate.package`` with every Argos folder under ``data_dir`` (never the user's home).

    argostranslate.settings turns environment variables into module constants, and creates
    the folders, when its body runs.  So the variables are set only around that run and
    restored at once.  If it already ran for other folders (another data dir, a test), its
    body is run again with ``importlib.reload``: that rebinds every constant on the same
    module object, which ``argostranslate.package`` reads at call time, so package itself
    needs no reload, and no hand-kept list of constants can fall out of date.
    Never imports ``argostranslate.translate`` (it pulls in stanza and spacy).
    """
    env = _argos_env(data_dir)
    with _env_lock:
        package = sys.modules.get("argostranslate.package")
        if package is not None and _points_at(package.settings, env):
            return package
        with _temporary_env(env):
            package = importlib.import_module("argostranslate.package")
            if not _points_at(package.settings, env):
                importlib.reload(package.settings)
        return package


def _forget_cached_languages() -> None:
    """argostranslate.translate memoises installed languages; clear that if someone loaded it (we never do)."""
    translate = sys.modules.get("argostranslate.translate")
    cached = getattr(translate, "get_installed_languages", None)
    if cached is not None and hasattr(cached, "cache_clear"):
        cached.cache_clear()


# --------------------------------------------------------------------------- downloads


# --------------------------------------------------------------------------- the manager


class ModelManager:
    """Installed and downloadable en↔zh models; progress/cancel callbacks run on the caller's thread."""

    chunk_size = 64 * 1024
    timeout = 30.0
    check_timeout = CHECK_TIMEOUT_S  # loading a new package's model in a child process

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.root = models_dir(self.data_dir)
        self.packages_dir = self.root / "packages"

    def _argos(self) -> ModuleType:
        return argos_package_module(self.data_dir)

    # ----------------------------------------------------------------- installed

    def installed(self, broken: bool = False) -> list[ModelInfo]:
        """Installed packages with their size on disk, sorted by code; `broken` adds the damaged ones."""
        return [m for m in installed_models(self.packages_dir) if broken or not m.broken]

    def package_dir(self, from_code: str, to_code: str) -> Path | None:
        """The installed package folder translating from_code → to_code, if any."""
        return next((m.path for m in self.installed() if (m.from_code, m.to_code) == (from_code, to_code)), None)

    # ----------------------------------------------------------------- the index

    def refresh_index(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[ModelInfo]:
        """Download the model list (a network call) and return the en↔zh models in it."""
        settings = self._argos().settings
        url, index = settings.remote_package_index, Path(settings.local_package_index)
        with self._downloaded(url, index.parent, progress, cancelled, MAX_INDEX_BYTES) as part:
            _read_index(part, url)
            os.replace(part, index)  # same folder: readers see the old list or the new one, never half
        return self.available()

    def available(self, only_en_zh: bool = True) -> list[ModelInfo]:
        """Translation models in the saved model list (no network); empty until refresh_index ran."""
        argos = self._argos()
        mine = {m.code: m for m in self.installed()}
        infos = [_available_info(argos, pkg, entry, mine) for pkg, entry in self._index_packages(argos)]
        return [m for m in infos if not only_en_zh or (m.from_code, m.to_code) in SUPPORTED_PAIRS]

    def _index_packages(self, argos: ModuleType) -> list[tuple[Any, dict[str, Any]]]:
        """(AvailablePackage, raw entry) for each translation entry; read here, since argos would refetch."""
        index = Path(argos.settings.local_package_index)
        if not index.exists():
            return []
        found = []
        for entry in _read_index(index, "the saved model list"):
            try:
                pkg = argos.AvailablePackage(entry)
            except (AttributeError, TypeError, ValueError):  # malformed entry: skip it
                continue
            if pkg.type == "translate" and isinstance(pkg.from_code, str) and isinstance(pkg.to_code, str):
                found.append((pkg, entry))
        return found

    # ----------------------------------------------------------------- install

    def download_and_install(
        self,
        code_or_info: str | ModelInfo,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        replace: bool = False,
    ) -> ModelInfo:
        """Download a model from the saved list, check it and install it.

        A model for the same direction is replaced only with `replace`; else ModelExists, before downloading.
        """
        pkg = self._index_entry(code_or_info)
        self._refuse_collision((pkg.from_code, pkg.to_code), replace, str(pkg.package_version))
        links = pkg.links if isinstance(pkg.links, list) else []
        if not links or not isinstance(links[0], str):
            raise ModelError(
                QT_TRANSLATE_NOOP("Errors", "The model list gives no download link for {model}."), model=pkg
            )
        folder = Path(self._argos().settings.downloads_dir)
        with self._downloaded(links[0], folder, progress, cancelled, MAX_PACKAGE_BYTES) as part:
            return self._install(part, expected=(pkg.from_code, pkg.to_code), replace=replace)

    def install_file(self, path: Path, *, replace: bool = False) -> ModelInfo:
        """Install a local .argosmodel file (offline sideload) after checking it completely.

        A model for the same direction is replaced only with `replace`; else ModelExists.
        """
        return self._install(Path(path), expected=None, replace=replace)

    def remove(self, code: str) -> None:
        """Uninstall every installed package with this code (or this folder name), damaged ones included.

        Not argostranslate.package.uninstall: it imports argostranslate.translate (and so stanza).
        Renaming aside first means a failed delete never leaves a half-removed package listed.
        """
        argos = self._argos()
        with _write_lock:
            paths = [
                m.path for m in self.installed(broken=True) if m.path is not None and code in (m.code, m.path.name)
            ]
            if not paths:
                raise ModelError(QT_TRANSLATE_NOOP("Errors", "No installed model is called {model}."), model=code)
            trash = self._trash()
            try:
                with argos.package_lock:  # argos' own lock, as its uninstall() would take
                    _move_into(paths, trash)
            except OSError as exc:
                raise ModelError(
                    QT_TRANSLATE_NOOP("Errors", "Could not remove the model {model} ({reason})."),
                    model=code,
                    reason=exc.strerror or exc,
                ) from exc
            finally:
                shutil.rmtree(trash, ignore_errors=True)
        _forget_cached_languages()

    def _index_entry(self, code_or_info: str | ModelInfo) -> Any:
        argos = self._argos()
        code = code_or_info if isinstance(code_or_info, str) else code_or_info.code
        version = None if isinstance(code_or_info, str) else code_or_info.version
        for pkg, _entry in self._index_packages(argos):
            if argos.argospm_package_name(pkg) == code and version in (None, pkg.package_version):
                return pkg
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "The model {model} is not in the model list; refresh the list and try again."),
            model=code,
        )

    @contextmanager
    def _downloaded(
        self, url: str, folder: Path, progress: Progress | None, cancelled: Cancelled | None, max_bytes: int
    ) -> Iterator[Path]:
        """A temp file in ``folder`` holding ``url``; always deleted afterwards (cancel, failure or success)."""
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix="jiaoliu-", suffix=".part", dir=folder)
        part = Path(name)
        try:
            with os.fdopen(handle, "wb") as out:
                fetch(url, out, progress, cancelled, Limits(self.chunk_size, self.timeout, max_bytes))
            yield part
        finally:
            part.unlink(missing_ok=True)

    def _install(self, archive: Path, expected: tuple[str, str] | None, replace: bool = False) -> ModelInfo:
        """Validate, extract to a staging folder beside packages/, load it in a child process, then swap it in.

        argostranslate.package.install_from_path extracts straight into the packages folder
        (a crash leaves half a package there) and imports argostranslate.translate, so
        Jiaoliu does the same job itself: a failure leaves only the staging folder, which is
        always deleted, and an older package for the same direction is replaced (when asked
        to) only once the new one is fully on disk and known to load.
        """
        metadata = _validated(archive)
        pair = (metadata["from_code"], metadata["to_code"])
        if expected is not None and pair != expected:
            raise ModelError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The downloaded file holds a {source}→{target} model, not the one that was listed."
                ),
                source=pair[0],
                target=pair[1],
            )
        argos = self._argos()
        with _write_lock:
            self._refuse_collision(pair, replace, metadata["package_version"])
            self._sweep_leftovers()
            staged = self._stage(archive)
            try:
                _checked(staged, archive.name, self.check_timeout)
                target = self._swap_in(argos, staged, pair, archive.name, replace)
            finally:
                shutil.rmtree(staged.parent, ignore_errors=True)
        _forget_cached_languages()
        return read_installed(target)

    def _refuse_collision(self, pair: tuple[str, str], replace: bool, new_version: str = "") -> None:
        """ModelExists when a package for this direction (working or damaged) is installed and not to be replaced."""
        if replace:
            return
        same = [m for m in self.installed(broken=True) if (m.from_code, m.to_code) == pair]
        if same:
            raise ModelExists(same[0], new_version)

    def _stage(self, archive: Path) -> Path:
        """The package's top folder, extracted into a fresh staging folder under <data>/models."""
        self.root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.root))
        try:
            return staging / _extract(archive, staging)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise

    def _swap_in(self, argos: ModuleType, staged: Path, pair: tuple[str, str], file: str, replace: bool) -> Path:
        """Rename old packages of this direction aside, then the new one in; another model's folder is never touched.

        A damaged folder of the same name (its direction unknown) is in the way: replaced only with `replace`.
        """
        target = self.packages_dir / staged.name
        old = {m.path for m in self.installed(broken=True) if (m.from_code, m.to_code) == pair and m.path is not None}
        in_way = read_installed(target) if target.is_dir() and target not in old else None
        if in_way is not None and in_way.broken and not replace:
            raise ModelExists(in_way)
        if in_way is not None and in_way.broken:
            old.add(target)
        elif target.exists() and target not in old:
            raise ModelError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Cannot install {file}: its folder {folder} is taken by another installed model."
                ),
                file=file,
                folder=staged.name,
            )
        self.packages_dir.mkdir(parents=True, exist_ok=True)
        trash = self._trash()
        try:
            with argos.package_lock:
                moved = _move_into(sorted(old), trash)
                try:
                    staged.rename(target)
                except OSError:
                    _move_back(moved)
                    raise
        except OSError as exc:
            raise ModelError(
                QT_TRANSLATE_NOOP("Errors", "Could not move the new model into {folder} ({reason})."),
                folder=self.packages_dir,
                reason=exc.strerror or exc,
            ) from exc
        finally:
            shutil.rmtree(trash, ignore_errors=True)
        return target

    def _trash(self) -> Path:
        """A fresh folder beside packages/ (same file system, so renames into it are atomic)."""
        return Path(tempfile.mkdtemp(prefix=TRASH_PREFIX, dir=self.root))

    def _sweep_leftovers(self) -> None:
        """Staging and trash folders are only left behind by a crash; called under _write_lock."""
        if self.root.is_dir():
            for folder in [*self.root.glob(STAGING_PREFIX + "*"), *self.root.glob(TRASH_PREFIX + "*")]:
                shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- helpers


def _validated(archive: Path) -> dict[str, Any]:
    try:
        return validate_archive(archive)
    except ArchiveError as exc:
        raise ModelError("{reason}", reason=exc) from exc  # the UI translates the ArchiveError inside


def _checked(folder: Path, file: str, timeout: float) -> None:
    """The unpacked package's tokenizer and model load (in a child process with a time limit)."""
    try:
        check_package(folder, timeout)
    except ArchiveError as exc:
        reason = ArchiveError(QT_TRANSLATE_NOOP("Errors", "Cannot install {file}: {reason}."), file=file, reason=exc)
        raise ModelError("{reason}", reason=reason) from reason


def _move_into(paths: list[Path], trash: Path) -> list[tuple[Path, Path]]:
    """Rename each path into ``trash``; all or none (a failure puts the moved ones back)."""
    moved: list[tuple[Path, Path]] = []
    try:
        for i, path in enumerate(paths):
            path.rename(trash / str(i))
            moved.append((path, trash / str(i)))
    except OSError:
        _move_back(moved)
        raise
    return moved


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    for path, aside in reversed(moved):
        aside.rename(path)


def _extract(archive: Path, staging: Path) -> str:
    """Extract every (already validated) member; returns the top folder's name."""
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            for info in infos:
                zf.extract(info, staging)
            return archive_root(infos)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "Cannot install {file}: the file is damaged ({detail})."),
            file=archive.name,
            detail=exc,
        ) from exc
    except OSError as exc:
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "Cannot install {file}: writing the model failed ({reason})."),
            file=archive.name,
            reason=exc.strerror or exc,
        ) from exc


def _read_index(path: Path, source: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "The model list from {source} is not valid JSON."), source=source
        ) from exc
    if not isinstance(data, list):
        raise ModelError(
            QT_TRANSLATE_NOOP("Errors", "The model list from {source} is not a list of models."), source=source
        )
    return [entry for entry in data if isinstance(entry, dict)]


def _available_info(argos: ModuleType, pkg: Any, entry: dict[str, Any], mine: dict[str, ModelInfo]) -> ModelInfo:
    """An index entry; ``installed`` when this very code and version is on disk."""
    code = argos.argospm_package_name(pkg)
    same = code in mine and mine[code].version == pkg.package_version
    size = entry.get("size")
    return ModelInfo(
        code=code,
        from_code=pkg.from_code,
        to_code=pkg.to_code,
        version=str(pkg.package_version),
        name=str(pkg),
        size_bytes=size if isinstance(size, int) and size >= 0 else None,
        path=mine[code].path if same else None,
        installed=same,
    )
