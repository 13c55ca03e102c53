"""Glossary CSV: a header row, then one row per sense; UTF-8 with a byte-order mark for Excel.

The rows of one entry share its `key` and repeat its own columns; the `sense*` columns hold each sense. A file
without those columns (older exports, hand-made lists) has one entry per row, as before.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.core.csv_cells import neutralise, restore
from app.core.slang import MAIN_SENSE, Example, SlangEntry
from app.data import atomic_file
from app.services.glossary_io.entries import LIST_SEPARATORS_RE, MEANING_KEYS, Built, built, deck_or_raise, one_line
from app.services.glossary_io.fields import names, shown
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
    "plain",
    "key",
    "sense",
    "sense_literal",
    "sense_meaning_en",
    "sense_meaning_zh",
    "sense_plain",
    "sense_register",
    "sense_example",
    "sense_example_translation",
    "sense_cues",
)
_CSV_KEYS = frozenset(CSV_COLUMNS) | {"meaning"}
_SENSE_CELLS = ("sense_literal", "sense_meaning_en", "sense_meaning_zh", "sense_plain", "sense_register", "sense_cues")


def read_csv(data: bytes, source: str = "") -> ImportedDeck:
    """A CSV file with a header row: the full column set or the minimal `term,meaning`."""
    text = decode(data, source)
    problems: list[str] = []
    rows = _csv_rows(text, problems)
    header_line, header = next(rows, (1, []))
    columns = _csv_columns(header, header_line, problems)
    if problems:
        raise ImportProblem(problems, source)
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for line, cells in rows:
        raw = _csv_raw(columns, cells, line, problems)
        if raw is not None:  # rows of one key are one entry; a row without a key is an entry of its own
            groups.setdefault(raw.get("key", "").strip() or f"\x00{line}", []).append((line, raw))
    return deck_or_raise(None, (_csv_entry(group, problems) for group in groups.values()), problems, source)


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
        problems.append(f"line {line}: unknown column(s) {names(unknown)}")
    if repeated := sorted({name for name in columns if columns.count(name) > 1}):
        problems.append(f"line {line}: column(s) {names(repeated)} appear more than once")
    if "term" not in columns:
        problems.append(f"line {line}: missing the required column 'term'")
    if not any(key in columns for key in MEANING_KEYS):
        problems.append(f"line {line}: missing a meaning column: 'meaning_en', 'meaning_zh' or 'meaning'")
    return columns


def _csv_raw(columns: list[str], cells: list[str], line: int, problems: list[str]) -> dict[str, Any] | None:
    if extra := [cell for cell in cells[len(columns) :] if cell.strip()]:
        problems.append(
            f"line {line}: {len(columns) + len(extra)} cells but only {len(columns)} columns "
            "(put quotes around text that contains a comma)"
        )
        return None
    return dict(zip(columns, cells, strict=False))


def _csv_entry(group: list[tuple[int, dict[str, Any]]], problems: list[str]) -> Built:
    """One entry from its rows: the first row's own columns, and a sense per row when the rows give senses."""
    first_line, raw = group[0]
    for line, other in group[1:]:
        for name in ("term", "lang"):
            if other.get(name, "").strip() and other[name].strip() != raw.get(name, "").strip():
                problems.append(
                    f"line {line}: key {shown(raw['key'])} has {name} {shown(other[name])} here but {shown(raw[name])} "
                    f"on line {first_line}"
                )
    entry = {k: v for k, v in raw.items() if not k.startswith("sense")}
    entry.pop("key", None)
    entry["examples"] = _csv_examples(entry.pop("example", ""), entry.pop("example_translation", ""))
    named = raw.get("sense", "").strip().lower() not in ("", MAIN_SENSE)
    if len(group) > 1 or named or any(raw.get(name, "").strip() for name in _SENSE_CELLS):
        entry["senses"] = [_csv_sense(row) for _, row in group]
        return built(f"line {first_line}", entry, problems, [f"line {line}" for line, _ in group])
    return built(f"line {first_line}", entry, problems)


def _csv_sense(row: dict[str, Any]) -> dict[str, Any]:
    """A row's sense; a row that leaves both sense meanings empty takes the row's own meanings."""
    sense: dict[str, Any] = {
        "id": row.get("sense", ""),
        "literal": row.get("sense_literal", "") or None,
        "meaning_en": row.get("sense_meaning_en", ""),
        "meaning_zh": row.get("sense_meaning_zh", ""),
        "plain": row.get("sense_plain", ""),
        "register": row.get("sense_register", ""),
        "cues": row.get("sense_cues", ""),
        "examples": _csv_examples(row.get("sense_example", ""), row.get("sense_example_translation", "")),
    }
    if not (sense["meaning_en"].strip() or sense["meaning_zh"].strip()):
        sense["meaning_en"], sense["meaning_zh"] = row.get("meaning_en", ""), row.get("meaning_zh", "")
        if not (sense["meaning_en"].strip() or sense["meaning_zh"].strip()):
            sense["meaning"] = row.get("meaning", "")
    return sense


def _csv_examples(texts: str, translations: str) -> list[dict[str, str]]:
    """Several examples sit one per line in the two example cells, paired by position."""
    pairs = itertools.zip_longest(texts.splitlines(), translations.splitlines(), fillvalue="")
    return [{"text": t, "translation": tr} for t, tr in pairs if t.strip() or tr.strip()]


def write_csv(entries: Iterable[SlangEntry], path: Path) -> None:
    """All columns, one row per sense, UTF-8 with a byte-order mark so that Excel shows Chinese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows([neutralise(cell) for cell in row] for entry in entries for row in _csv_rows_of(entry))
    data = buffer.getvalue().encode("utf-8-sig")
    atomic_file.write_bytes(path, lambda handle: handle.write(data))


def _csv_list(items: Iterable[str]) -> str:
    # ';' separates the items, so one inside an item ("too long; didn't read") becomes a comma.
    return "; ".join(LIST_SEPARATORS_RE.sub(",", item) for item in items)


def _csv_example_cells(examples: Iterable[Example]) -> list[str]:
    # One example per line inside the cell, so a line break inside an example would break the pairing.
    examples = list(examples)
    return ["\n".join(one_line(e.text) for e in examples), "\n".join(one_line(e.translation) for e in examples)]


def _csv_rows_of(entry: SlangEntry) -> list[list[str]]:
    own = [
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
        *_csv_example_cells(entry.examples),
        "true" if entry.detect_alone else "false",
        entry.plain,
        entry.id,
    ]
    if not entry.senses:  # the one implicit sense: the entry's own columns say it all
        return [[*own, MAIN_SENSE, *[""] * (len(CSV_COLUMNS) - len(own) - 1)]]
    return [
        [
            *own,
            sense.id,
            "true" if sense.literal else "false",
            sense.meaning_en,
            sense.meaning_zh,
            sense.plain,
            _csv_list(sense.register),
            *_csv_example_cells(sense.examples),
            _csv_list(sense.cues),
        ]
        for sense in entry.senses
    ]
