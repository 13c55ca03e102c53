"""Glossary CSV: a header row, then one entry per row; UTF-8 with a byte-order mark for Excel."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.core.csv_cells import neutralise, restore
from app.core.slang import SlangEntry
from app.data import atomic_file
from app.services.glossary_io.entries import LIST_SEPARATORS_RE, MEANING_KEYS, build_entry, entries_or_raise, one_line
from app.services.glossary_io.files import ImportedDeck, ImportProblem, decode

CSV_COLUMNS = (
    "term",
    "lang",
    "pinyin",
    "meaning_en",
    "meaning_zh",
    "literal",
    "variants",
    "register",
    "tags",
    "year",
    "example",
    "example_translation",
    "detect_alone",
)
_CSV_KEYS = frozenset(CSV_COLUMNS) | {"meaning"}


def read_csv(data: bytes, source: str = "") -> ImportedDeck:
    """A CSV file with a header row: the full column set or the minimal `term,meaning`."""
    text = decode(data, source)
    problems: list[str] = []
    rows = _csv_rows(text, problems)
    header_line, header = next(rows, (1, []))
    columns = _csv_columns(header, header_line, problems)
    if problems:
        raise ImportProblem(problems, source)
    built = ((f"line {line}", _csv_entry(columns, cells, line, problems)) for line, cells in rows)
    return ImportedDeck(None, entries_or_raise(built, problems, source))


def _csv_rows(text: str, problems: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows with the physical line each starts on (quoted fields may span lines)."""
    first_line = next((line for line in io.StringIO(text) if line.strip()), "")
    delimiter = max(",;\t", key=first_line.count)  # Excel in many locales writes ';', some tools tabs
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if any(cell.strip() for cell in cells):
                yield line, [restore(cell) for cell in cells]
    except csv.Error as exc:  # the reader cannot resume after this, so the rest of the file is not checked
        problems.append(f"line {reader.line_num}: {exc}")


def _csv_columns(header: list[str], line: int, problems: list[str]) -> list[str]:
    columns = [re.sub(r"[\s-]+", "_", name.strip().lower()) for name in header]
    if columns and columns[0] not in _CSV_KEYS:
        problems.append(
            f"line {line}: the first row must name the columns (such as term, meaning_en, meaning_zh), "
            f"not {header[0][:40]!r}"
        )
        return columns
    if unknown := [name for name in columns if name not in _CSV_KEYS]:
        problems.append(f"line {line}: unknown column(s) {', '.join(map(repr, unknown))}")
    if repeated := sorted({name for name in columns if columns.count(name) > 1}):
        problems.append(f"line {line}: column(s) {', '.join(map(repr, repeated))} appear more than once")
    if "term" not in columns:
        problems.append(f"line {line}: missing the required column 'term'")
    if not any(key in columns for key in MEANING_KEYS):
        problems.append(f"line {line}: missing a meaning column: 'meaning_en', 'meaning_zh' or 'meaning'")
    return columns


def _csv_entry(columns: list[str], cells: list[str], line: int, problems: list[str]) -> SlangEntry | None:
    where = f"line {line}"
    if extra := [cell for cell in cells[len(columns) :] if cell.strip()]:
        problems.append(
            f"{where}: {len(columns) + len(extra)} cells but only {len(columns)} columns "
            "(put quotes around text that contains a comma)"
        )
        return None
    raw: dict[str, Any] = dict(zip(columns, cells, strict=False))
    raw["examples"] = _csv_examples(raw.pop("example", ""), raw.pop("example_translation", ""))
    return build_entry(raw, where, problems)


def _csv_examples(texts: str, translations: str) -> list[dict[str, str]]:
    """Several examples sit one per line in the two example cells, paired by position."""
    pairs = itertools.zip_longest(texts.splitlines(), translations.splitlines(), fillvalue="")
    return [{"text": t, "translation": tr} for t, tr in pairs if t.strip() or tr.strip()]


def write_csv(entries: Iterable[SlangEntry], path: Path) -> None:
    """All columns, UTF-8 with a byte-order mark so that Excel shows Chinese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows([neutralise(cell) for cell in _csv_row(entry)] for entry in entries)
    data = buffer.getvalue().encode("utf-8-sig")
    atomic_file.write_bytes(path, lambda handle: handle.write(data))


def _csv_list(items: Iterable[str]) -> str:
    # ';' separates the items, so one inside an item ("too long; didn't read") becomes a comma.
    return "; ".join(LIST_SEPARATORS_RE.sub(",", item) for item in items)


def _csv_row(entry: SlangEntry) -> list[str]:
    # One example per line inside the cell, so a line break inside an example would break the pairing.
    texts = [one_line(e.text) for e in entry.examples]
    translations = [one_line(e.translation) for e in entry.examples]
    return [
        entry.term,
        entry.lang,
        entry.pinyin or "",
        entry.meaning_en,
        entry.meaning_zh,
        entry.literal,
        _csv_list(entry.variants),
        _csv_list(entry.register),
        _csv_list(entry.tags),
        str(entry.year),
        "\n".join(texts),
        "\n".join(translations),
        "true" if entry.detect_alone else "false",
    ]
