"""A glossary file's bytes: size limits, UTF-8 decoding, and the one error type of every import."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.core.slang import SlangEntry

MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_ENTRIES = 20_000  # entries one import takes unless Preferences (import_max_entries) or --max-entries say otherwise
# Anki decks often carry audio and images we never extract, so the archive may be larger than a text file;
# what we do extract (the collection database) has its own limit, counted while it is inflated.
MAX_APKG_BYTES = 200 * 1024 * 1024
MAX_COLLECTION_BYTES = 100 * 1024 * 1024
MAX_ERRORS = 50
SHOWN_PROBLEMS = 20  # in the desktop app's message box


class ImportProblem(UserError):
    """The file cannot be imported; `errors` holds one-line messages, each naming the line, row, entry or note.

    The UI translates the sentence around the problems; the problems themselves stay in English (they quote
    lines and fields of the file). `str()` is the problems alone, one a line, as the command line wants them.
    """

    def __init__(self, errors: Sequence[str | UserError], source: str = "") -> None:
        problems = capped(errors)
        self.errors = [str(p) for p in problems]
        self.source = source
        template = QT_TRANSLATE_NOOP("Errors", "Nothing was imported. Please fix the file and try again:\n\n{problems}")
        # A problem about the whole file is a template too (the UI translates it); one about a line is English.
        super().__init__(template, problems=problems[:SHOWN_PROBLEMS])

    def __str__(self) -> str:
        return "\n".join(self.errors)


@dataclass
class ImportedDeck:
    name: str | None  # the deck name stored in the file, when the format has one
    entries: list[SlangEntry]
    # The fields each entry's source really gave (a column, a key or a note field with a value), in entry order:
    # a merge into a deck never touches the others. Empty: every field (entries built in code).
    carried: list[frozenset[str]] = field(default_factory=list)

    def carried_by(self, index: int) -> frozenset[str] | None:
        """The fields entry `index` carries; None when every field counts."""
        return self.carried[index] if index < len(self.carried) else None


def capped(errors: Sequence[str | UserError]) -> list[str | UserError]:
    if len(errors) <= MAX_ERRORS:
        return list(errors)
    more = UserError(QT_TRANSLATE_NOOP("Errors", "… and {count} more"), count=len(errors) - MAX_ERRORS)
    return [*errors[:MAX_ERRORS], more]


def problem(template: str, **fields: str) -> UserError:
    """One problem of an import that concerns the whole file, as a template the UI translates."""
    return UserError(template, **fields)


def read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing big files before reading them (and reading at most limit + 1 bytes anyway)."""
    check_file(path, limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise ImportProblem(
            [problem(QT_TRANSLATE_NOOP("Errors", "cannot read the file: {reason}"), reason=reason)], path.name
        ) from exc
    check_size(len(data), limit, path.name)
    return data


def check_file(path: Path, limit: int) -> None:
    try:
        if not path.is_file():  # also keeps us from blocking on a FIFO
            if path.is_dir():
                why = QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file")
            elif path.exists():
                why = QT_TRANSLATE_NOOP("Errors", "it is not a regular file (a pipe or a device)")
            else:
                why = QT_TRANSLATE_NOOP("Errors", "there is no such file")
            raise ImportProblem([problem(why)], path.name)
        size = path.stat().st_size
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise ImportProblem(
            [problem(QT_TRANSLATE_NOOP("Errors", "cannot read the file: {reason}"), reason=reason)], path.name
        ) from exc
    check_size(size, limit, path.name)


def check_size(size: int, limit: int, source: str) -> None:
    if size > limit:
        refused = problem(
            QT_TRANSLATE_NOOP("Errors", "the file is {size}; files over {limit} are refused"),
            size=size_text(size),
            limit=size_text(limit),
        )
        raise ImportProblem([refused], source)


def size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def decode(data: bytes, source: str) -> str:
    """UTF-8 text, with or without a byte-order mark; every other encoding is refused with a hint."""
    check_size(len(data), MAX_IMPORT_BYTES, source)
    if not data.strip():
        raise ImportProblem([problem(QT_TRANSLATE_NOOP("Errors", "the file is empty"))], source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        utf16 = QT_TRANSLATE_NOOP("Errors", "the file is UTF-16 text, not UTF-8: save it as UTF-8 (Excel: “CSV UTF-8”)")
        raise ImportProblem([problem(utf16)], source)
    if b"\x00" in data:
        raise ImportProblem(
            [problem(QT_TRANSLATE_NOOP("Errors", "the file contains binary data: it is not a text file"))], source
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"line {line}: the file is not UTF-8 text (byte 0x{data[exc.start]:02x}): save it as UTF-8"
        raise ImportProblem([message], source) from exc
    if not text.strip():
        raise ImportProblem([problem(QT_TRANSLATE_NOOP("Errors", "the file is empty"))], source)
    return text


def too_many(what: str, count: int, limit: int) -> UserError:
    """A file over the import limit, with its size and how to raise the limit."""
    if what == "deck":
        template = QT_TRANSLATE_NOOP(
            "Errors", "this deck has {count} notes; the limit is {limit} (Preferences, or --max-entries)"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors", "this file has {count} entries; the limit is {limit} (Preferences, or --max-entries)"
        )
    return problem(template, count=f"{count:,}", limit=f"{limit:,}")
