"""Checks an Argos Translate package (a ``.argosmodel`` zip) before anything is extracted from it."""

from __future__ import annotations

import json
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any

from app.core.errors import QT_TRANSLATE_NOOP, UserError

SUPPORTED_PAIRS = frozenset({("en", "zh"), ("zh", "en")})
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_MEMBERS = 10_000
MAX_METADATA_BYTES = 1024**2
# Real models are int8 weights that barely compress (about 1.1:1), while small files of
# zeros compress thousands to one and are harmless; so only big members must look sane.
RATIO_CHECKED_BYTES = 16 * 1024**2
MAX_RATIO = 100
ALLOWED_KINDS = (0, stat.S_IFREG, stat.S_IFDIR)  # 0: zips made on Windows carry no Unix mode


class ArchiveError(UserError, ValueError):
    """The file is not a model package Jiaoliu can install; the message is one sentence for the user."""


def validate_archive(path: Path) -> dict[str, Any]:
    """The package's metadata.json, or ArchiveError naming the first problem found."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            root = archive_root(infos)
            metadata = _read_metadata(archive, root)
            _check_metadata(metadata)
            _check_model_files({i.filename for i in infos if not i.is_dir()}, root)
            return metadata
    except ArchiveError as exc:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "Cannot install {file}: {reason}."), file=path.name, reason=exc
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "Cannot install {file}: it is not a readable zip archive ({detail})."),
            file=path.name,
            detail=exc,
        ) from exc
    except NotImplementedError as exc:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "Cannot install {file}: it uses an unsupported zip compression ({detail})."),
            file=path.name,
            detail=exc,
        ) from exc
    except OSError as exc:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "Cannot install {file}: the file cannot be read ({detail})."),
            file=path.name,
            detail=exc.strerror or exc,
        ) from exc


def archive_root(infos: list[zipfile.ZipInfo]) -> str:
    """The single top-level folder, after checking every entry is a safe, plain, sanely sized member."""
    if not infos:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "the archive is empty"))
    if len(infos) > MAX_MEMBERS:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "it has {count} entries, more than a model package ever needs"),
            count=len(infos),
        )
    if len({i.filename for i in infos}) != len(infos):
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it lists the same entry twice"))
    for info in infos:
        _check_entry(info)
    _check_sizes(infos)
    roots = sorted({i.filename.split("/", 1)[0] for i in infos})
    if len(roots) != 1:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "it must hold exactly one top-level folder but holds {count} ({names})"),
            count=len(roots),
            names=_short(roots),
        )
    if any(i.filename == roots[0] for i in infos):
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "its top-level entry {entry} is a file, not a folder"), entry=repr(roots[0])
        )
    return roots[0]


def _check_entry(info: zipfile.ZipInfo) -> None:
    name = info.filename
    parts = name.rstrip("/").split("/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "it has an entry with an absolute path ({entry})"), entry=repr(name)
        )
    if "\\" in name or "\0" in name:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "it has an entry with a backslash or NUL in its name ({entry})"),
            entry=repr(name),
        )
    if ".." in parts:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "it has an entry that points outside its folder ({entry})"), entry=repr(name)
        )
    if "" in parts or "." in parts:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it has a malformed entry name ({entry})"), entry=repr(name))
    if info.flag_bits & 0x1:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it has a password-protected entry ({entry})"), entry=repr(name))
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it contains a symbolic link ({entry})"), entry=repr(name))
    if kind not in ALLOWED_KINDS:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it contains a special file ({entry})"), entry=repr(name))


def _check_sizes(infos: list[zipfile.ZipInfo]) -> None:
    """Zip-bomb guard on the declared sizes (zipfile enforces them while extracting)."""
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "it would unpack to {size} GB, more than the 4 GB limit"),
            size=f"{total / 1024**3:.1f}",
        )
    for info in infos:
        if info.file_size > RATIO_CHECKED_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveError(
                QT_TRANSLATE_NOOP("Errors", "its entry {entry} is compressed implausibly well (a zip bomb?)"),
                entry=repr(info.filename),
            )


def _read_metadata(archive: zipfile.ZipFile, root: str) -> dict[str, Any]:
    try:
        info = archive.getinfo(f"{root}/metadata.json")
    except KeyError:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it has no {file}"), file=f"{root}/metadata.json") from None
    if info.file_size > MAX_METADATA_BYTES:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its metadata.json is implausibly large"))
    try:
        metadata = json.loads(archive.read(info).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its metadata.json is not valid JSON")) from None
    if not isinstance(metadata, dict):
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its metadata.json does not hold a JSON object"))
    return metadata


def _check_metadata(metadata: dict[str, Any]) -> None:
    for key in ("from_code", "to_code", "package_version"):
        if not isinstance(metadata.get(key), str) or not metadata[key]:
            raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its metadata.json has no {key}"), key=key)
    for key in ("type", "package_type"):
        if key in metadata and metadata[key] != "translate":
            raise ArchiveError(
                QT_TRANSLATE_NOOP("Errors", "it is a {kind} package, not a translation model"), kind=repr(metadata[key])
            )
    pair = (metadata["from_code"], metadata["to_code"])
    if pair not in SUPPORTED_PAIRS:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "Errors", "it translates {source} to {target}, but Jiaoliu only uses English↔Chinese models (en, zh)"
            ),
            source=repr(pair[0]),
            target=repr(pair[1]),
        )


def _check_model_files(files: set[str], root: str) -> None:
    if f"{root}/model/model.bin" not in files:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it has no model/model.bin (the CTranslate2 model)"))
    if f"{root}/sentencepiece.model" in files:
        return
    if f"{root}/bpe.model" in files:
        raise ArchiveError(
            QT_TRANSLATE_NOOP(
                "Errors", "it uses a BPE tokenizer (bpe.model); Jiaoliu only supports SentencePiece models"
            )
        )
    raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it has no sentencepiece.model (the tokenizer)"))


def _short(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(repr(n) for n in names[:limit])
    return shown + (", …" if len(names) > limit else "")
