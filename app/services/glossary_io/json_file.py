"""Glossary JSON: our export format, the bundled-file form, or a bare list of entries."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.core.errors import QT_TRANSLATE_NOOP
from app.core.slang import SlangEntry
from app.data import atomic_file
from app.services.glossary_io.entries import ENTRY_KEYS, Built, built, deck_or_raise, type_name
from app.services.glossary_io.fields import names, shown
from app.services.glossary_io.files import ImportedDeck, ImportProblem, decode, problem

JSON_FORMAT = "jiaoliu-glossary"
JSON_VERSION = 1


def read_json(data: bytes, source: str = "") -> ImportedDeck:
    """Our export format, the bundled-file form {"version": 1, "entries": [...]}, or a bare list of entries."""
    document = _parse_json(decode(data, source), source)
    name, items = _json_items(document, source)
    problems: list[str] = []
    return deck_or_raise(name, (_json_entry(i, item, problems) for i, item in enumerate(items, 1)), problems, source)


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem([f"line {exc.lineno}, column {exc.colno}: not valid JSON: {exc.msg}"], source) from exc
    except (ValueError, RecursionError) as exc:  # e.g. a number with thousands of digits, or absurd nesting
        raise ImportProblem([f"not valid JSON: {exc}"], source) from exc


def _json_items(document: Any, source: str) -> tuple[str | None, list[Any]]:
    if isinstance(document, list):
        return None, document
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportProblem(
            [problem(QT_TRANSLATE_NOOP("Errors", 'expected an object with an "entries" list, or a list of entries'))],
            source,
        )
    if document.get("format", JSON_FORMAT) != JSON_FORMAT:
        raise ImportProblem([f'"format" is {shown(document["format"])}, not "{JSON_FORMAT}"'], source)
    version = document.get("version", JSON_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > JSON_VERSION:
        raise ImportProblem([f'"version" {shown(version)} is not one this app can read (up to {JSON_VERSION})'], source)
    deck = document.get("deck")
    name = deck.strip() if isinstance(deck, str) and deck.strip() else None
    return name, document["entries"]


def _json_entry(number: int, item: Any, problems: list[str]) -> Built:
    term = item.get("term") if isinstance(item, dict) else None
    where = f"entry {number} ({term.strip()[:40]!r})" if isinstance(term, str) and term.strip() else f"entry {number}"
    if not isinstance(item, dict):
        problems.append(f"{where}: expected an object, not {type_name(item)}")
        return where, None, frozenset()
    if unknown := sorted(str(k) for k in set(item) - ENTRY_KEYS):
        problems.append(f"{where}: unknown field(s) {names(unknown)}")
    return built(where, item, problems)


def write_json(entries: Iterable[SlangEntry], path: Path, deck_name: str | None = None) -> None:
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "deck": deck_name,
        "entries": [asdict(entry) for entry in entries],
    }
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    atomic_file.write_bytes(path, lambda handle: handle.write(data))
