"""Checks an Argos Translate package (a ``.argosmodel`` zip) before anything is extracted from it."""

from __future__ import annotations

import json
import re
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
MAX_MODEL_VERSION = 1000  # CTranslate2 4 writes version 6; garbage gives anything
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
            check_metadata(metadata, root)
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
    return _parse_metadata(archive.read(info))


def _parse_metadata(raw: bytes) -> dict[str, Any]:
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its metadata.json is not valid JSON")) from None
    if not isinstance(metadata, dict):
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its metadata.json does not hold a JSON object"))
    return metadata


def read_package_folder(folder: Path) -> dict[str, Any]:
    """The metadata of an unpacked (installed) package after the archive's checks, read without loading anything.

    Raises ArchiveError with the reason as a fragment ("its metadata.json …"), for "… is damaged: {reason}".
    """
    folder = Path(folder)
    try:
        with (folder / "metadata.json").open("rb") as handle:
            raw = handle.read(MAX_METADATA_BYTES + 1)
    except FileNotFoundError:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "it has no {file}"), file="metadata.json") from None
    except OSError as exc:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "its metadata.json cannot be read ({detail})"), detail=exc.strerror or exc
        ) from None
    if len(raw) > MAX_METADATA_BYTES:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its metadata.json is implausibly large"))
    metadata = _parse_metadata(raw)
    check_metadata(metadata, folder.name)
    names = ("model/model.bin", "sentencepiece.model", "bpe.model")
    _check_model_files({f"{folder.name}/{n}" for n in names if (folder / n).is_file()}, folder.name)
    check_model_config(folder)
    _check_headers(folder)
    return metadata


def _check_headers(folder: Path) -> None:
    """The first bytes of the model and the tokenizer, so a file overwritten with garbage is seen without loading.

    model.bin starts with its format version (a little-endian uint32, 6 in CTranslate2 4); a SentencePiece model
    is a protobuf whose first field is its list of pieces (tag 0x0a). Loading them is the install's job (model_check).
    """
    try:
        with (folder / "model" / "model.bin").open("rb") as handle:
            version = int.from_bytes(handle.read(4).ljust(4, b"\0"), "little")
        with (folder / "sentencepiece.model").open("rb") as handle:
            tokenizer = handle.read(1)
    except OSError as exc:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "its model files cannot be read ({detail})"), detail=exc.strerror or exc
        ) from None
    if not 1 <= version < MAX_MODEL_VERSION:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its model/model.bin is not a CTranslate2 model"))
    if tokenizer != b"\x0a":
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its sentencepiece.model is not a SentencePiece model"))


def check_model_config(folder: Path) -> None:
    """model/config.json, when there is one, must be a JSON object in UTF-8 (CTranslate2 fails on anything else)."""
    config = Path(folder) / "model" / "config.json"
    try:
        if not config.is_file():
            return
        if config.stat().st_size > MAX_METADATA_BYTES:
            raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its model/config.json is implausibly large"))
        ok = isinstance(json.loads(config.read_bytes().decode("utf-8")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        ok = False
    except OSError as exc:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "its model/config.json cannot be read ({detail})"), detail=exc.strerror or exc
        ) from None
    if not ok:
        raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its model/config.json is not valid JSON"))


# Fields argostranslate and Jiaoliu read from metadata.json, with the JSON type each must have when present.
TEXT_FIELDS = (
    "from_code",
    "to_code",
    "package_version",
    "argos_version",
    "from_name",
    "to_name",
    "type",
    "package_type",
    "code",
    "name",
    "target_prefix",
    "description",
    "license",
)
LIST_FIELDS = ("links", "languages", "dependencies", "from_codes", "to_codes", "source_languages", "target_languages")
_PAIR_IN_NAME = re.compile(r"(?<![A-Za-z])([a-z]{2,3})_([a-z]{2,3})(?![A-Za-z])")


def check_metadata(metadata: dict[str, Any], folder: str) -> None:
    """Every field typed, a supported translation pair, and a folder (and code) naming that very pair."""
    for key, value in metadata.items():
        wanted = str if key in TEXT_FIELDS else list if key in LIST_FIELDS else None
        if wanted is not None and value is not None and not isinstance(value, wanted):
            raise ArchiveError(
                QT_TRANSLATE_NOOP("Errors", "its metadata.json gives {key} as {value}, which is not text")
                if wanted is str
                else QT_TRANSLATE_NOOP("Errors", "its metadata.json gives {key} as {value}, which is not a list"),
                key=key,
                value=_shown(value),
            )
    for key in ("from_code", "to_code", "package_version"):
        if not metadata.get(key):
            raise ArchiveError(QT_TRANSLATE_NOOP("Errors", "its metadata.json has no {key}"), key=key)
    for key in ("type", "package_type"):
        if metadata.get(key) not in (None, "translate"):
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
    for name in (folder, metadata.get("code") or ""):
        named = _PAIR_IN_NAME.findall(name)
        if named and pair not in named:
            raise ArchiveError(
                QT_TRANSLATE_NOOP(
                    "Errors", "it is named {name}, but its metadata.json says it translates {source}→{target}"
                ),
                name=repr(name),
                source=pair[0],
                target=pair[1],
            )


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


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
