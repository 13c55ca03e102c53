"""A glossary file's bytes: size limits, UTF-8 decoding, and the one error type of every import."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from app.core.slang import SlangEntry

MAX_IMPORT_BYTES = 20 * 1024 * 1024
# Anki decks often carry audio and images we never extract, so the archive may be larger than a text file;
# what we do extract (the collection database) has its own limit, counted while it is inflated.
MAX_APKG_BYTES = 200 * 1024 * 1024
MAX_COLLECTION_BYTES = 100 * 1024 * 1024
MAX_ERRORS = 50


class ImportProblem(Exception):
    """The file cannot be imported; `errors` holds one-line messages, each naming the line, row, entry or note."""

    def __init__(self, errors: list[str], source: str = "") -> None:
        self.errors = capped(errors)
        self.source = source
        super().__init__("\n".join(self.errors))


@dataclass
class ImportedDeck:
    name: str | None  # the deck name stored in the file, when the format has one
    entries: list[SlangEntry]


def capped(errors: list[str]) -> list[str]:
    if len(errors) <= MAX_ERRORS:
        return list(errors)
    return [*errors[:MAX_ERRORS], f"… and {len(errors) - MAX_ERRORS} more"]


def read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing big files before reading them (and reading at most limit + 1 bytes anyway)."""
    check_file(path, limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ImportProblem([f"cannot read the file: {exc.strerror or exc}"], path.name) from exc
    check_size(len(data), limit, path.name)
    return data


def check_file(path: Path, limit: int) -> None:
    try:
        if not path.is_file():  # also keeps us from blocking on a FIFO
            raise ImportProblem(["there is no such file"], path.name)
        size = path.stat().st_size
    except OSError as exc:
        raise ImportProblem([f"cannot read the file: {exc.strerror or exc}"], path.name) from exc
    check_size(size, limit, path.name)


def check_size(size: int, limit: int, source: str) -> None:
    if size > limit:
        raise ImportProblem([f"the file is {size_text(size)}; files over {size_text(limit)} are refused"], source)


def size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def decode(data: bytes, source: str) -> str:
    """UTF-8 text, with or without a byte-order mark; every other encoding is refused with a hint."""
    check_size(len(data), MAX_IMPORT_BYTES, source)
    if not data.strip():
        raise ImportProblem(["the file is empty"], source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportProblem(["the file is UTF-16 text, not UTF-8: save it as UTF-8 (Excel: “CSV UTF-8”)"], source)
    if b"\x00" in data:
        raise ImportProblem(["the file contains binary data: it is not a text file"], source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"line {line}: the file is not UTF-8 text (byte 0x{data[exc.start]:02x}): save it as UTF-8"
        raise ImportProblem([message], source) from exc
    if not text.strip():
        raise ImportProblem(["the file is empty"], source)
    return text
