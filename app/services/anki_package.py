"""Writing genanki packages (.apkg) for the glossary's and the phrasebook's exports."""

from __future__ import annotations

import hashlib
import html
import itertools
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from app.data import atomic_file
from app.data.anki_collection import write_collection


def stable_id(kind: str, name: str) -> int:
    """A note type's or deck's id from its name: exporting again updates the same deck in Anki."""
    digest = hashlib.sha256(f"jiaoliu:{kind}:{name}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)  # the range genanki recommends


def field_html(text: str) -> str:
    """Plain text as the HTML of a note field (line breaks kept)."""
    return html.escape(text).replace("\n", "<br>")


def write(package: Any, path: Path) -> None:
    """A genanki.Package to `path`, atomically.

    Package.write_to_file leaves its temporary database behind in the system temp folder, so the
    collection is built here, in a folder that is always removed, and zipped by hand (the same two
    members genanki writes).
    """
    stamp = time.time()
    with tempfile.TemporaryDirectory(prefix="jiaoliu-apkg-") as folder:
        db_path = Path(folder) / "collection.anki2"
        write_collection(db_path, lambda cursor: package.write_to_db(cursor, stamp, itertools.count(int(stamp * 1000))))
        with atomic_file.replacing(path) as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(db_path, "collection.anki2")
            archive.writestr("media", "{}")
