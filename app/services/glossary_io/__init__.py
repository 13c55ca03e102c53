"""Reading and writing glossary files (CSV, JSON, Anki .apkg): whole files are validated first, all or nothing.

`files` reads bytes within limits; `entries` checks one entry from any format; `csv_file`, `json_file` and
`anki_deck` read and write one format each. Every problem of a file is reported at once (`ImportProblem`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP
from app.services.glossary_io.anki_deck import ANKI_FIELDS, ANKI_MODEL_NAME, read_apkg, write_apkg
from app.services.glossary_io.csv_file import CSV_COLUMNS, read_csv, write_csv
from app.services.glossary_io.files import (
    MAX_ENTRIES,
    MAX_IMPORT_BYTES,
    ImportedDeck,
    ImportProblem,
    check_file,
    problem,
    read_bytes,
    too_many,
)
from app.services.glossary_io.json_file import JSON_FORMAT, JSON_VERSION, read_json, write_json

__all__ = [
    "ANKI_FIELDS",
    "ANKI_MODEL_NAME",
    "CSV_COLUMNS",
    "JSON_FORMAT",
    "JSON_VERSION",
    "MAX_ENTRIES",
    "ImportProblem",
    "ImportedDeck",
    "read_apkg",
    "read_csv",
    "read_file",
    "read_json",
    "write_apkg",
    "write_csv",
    "write_json",
]


def read_file(path: Path, max_entries: int = MAX_ENTRIES, cancelled: Callable[[], bool] | None = None) -> ImportedDeck:
    """Import one file, chosen by its extension (.csv, .json, .apkg, any case), of at most `max_entries`."""
    if path.exists() and not path.is_file():
        check_file(path, MAX_IMPORT_BYTES)  # a folder or a pipe is named as such, whatever its name
    suffix = path.suffix.lower()
    if suffix == ".apkg":
        return read_apkg(path, max_entries, cancelled)  # the only format whose reading can take long
    if suffix not in (".csv", ".json"):
        wrong = QT_TRANSLATE_NOOP("Errors", "'{file}' is not a glossary file: choose a .csv, .json or .apkg file")
        raise ImportProblem([problem(wrong, file=path.name)], path.name)
    data = read_bytes(path, MAX_IMPORT_BYTES)
    deck = read_csv(data, path.name) if suffix == ".csv" else read_json(data, path.name)
    if len(deck.entries) > max_entries:
        raise ImportProblem([too_many("file", len(deck.entries), max_entries)], path.name)
    return deck
