"""Files written whole or not at all.

A file is filled under a temporary name beside its target, flushed to disk, then renamed over the
target. A crash, a full disk or an error half-way leaves the old file (or none), never half of one.
The new file is private to the user (0600 on POSIX): backups, exports and settings hold personal data.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = ["replacing", "write_bytes", "write_text"]


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` for the caller to fill with any tool (sqlite3, zipfile, a PDF writer).

    When the block ends normally, the file is flushed to disk and renamed over `path`; when it raises,
    the temporary file is removed and `path` is untouched.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield temp
        if os.name == "posix" and temp.exists():
            temp.chmod(0o600)
        with open(temp, "ab") as handle:  # opened for writing: Windows cannot flush a read-only handle
            os.fsync(handle.fileno())
        os.replace(temp, path)
        _sync_folder(path.parent)
    finally:
        temp.unlink(missing_ok=True)


def write_bytes(path: Path, write: Callable[[IO[bytes]], Any]) -> None:
    """Call `write` with a binary file and put what it wrote at `path` atomically."""
    with replacing(path) as temp, temp.open("xb") as handle:
        write(handle)


def write_text(path: Path, text: str) -> None:
    """`text` as UTF-8 at `path`, atomically (newlines as given)."""
    write_bytes(path, lambda handle: handle.write(text.encode("utf-8")))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no handle on a folder to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
