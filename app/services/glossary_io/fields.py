"""Typed reads from one raw entry or sense (a JSON object, a CSV row, an Anki note); problems name their origin."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from app.core.slang import Example
from app.core.text import clean_text

LIST_SEPARATORS_RE = re.compile(r"[;；]")
_TRUE = frozenset({"true", "yes", "y", "1", "是"})
_FALSE = frozenset({"false", "no", "n", "0", "否"})


def clean(value: str) -> str:
    return clean_text(value).strip()


def shown(value: Any, limit: int = 40) -> str:
    """A value of the file as a problem quotes it: its repr, cut to `limit` characters (files can be hostile)."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def names(values: list[str], most: int = 5) -> str:
    """Column or field names as a problem lists them: quoted, cut, the first few and how many more."""
    listed = ", ".join(shown(v) for v in values[:most])
    return listed + (f" and {len(values) - most} more" if len(values) > most else "")


def type_name(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


class Fields:
    """Typed reads from one raw entry (a JSON object, a CSV row or an Anki note); problems name where it came from."""

    def __init__(self, raw: Mapping[str, Any], where: str, problems: list[str]) -> None:
        self.raw = raw
        self.where = where
        self.problems = problems

    def problem(self, message: str) -> None:
        self.problems.append(f"{self.where}: {message}")

    def text(self, key: str) -> str:
        value = self.raw.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problem(f"'{key}' must be text, not {type_name(value)}")
            return ""
        return clean(value)

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key)
        if value is None:
            return ()
        if isinstance(value, str):  # CSV cells, and a lenient reading of JSON
            value = LIST_SEPARATORS_RE.split(value)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(f"'{key}' must be a list of text, not {type_name(value)}")
            return ()
        return tuple(dict.fromkeys(item for v in value if (item := clean(v))))

    def year(self) -> int:
        value = self.raw.get("year")
        if isinstance(value, str):  # CSV cells
            value = value.strip()
            value = int(value) if value.isascii() and value.isdigit() else (value or None)
        if value is None or (type(value) is int and value == 0):  # 0: unknown (an exported entry without a year)
            return date.today().year
        if not isinstance(value, int) or isinstance(value, bool) or not 1800 <= value <= date.today().year + 1:
            self.problem(f"'year' must be a year such as 2021, not {shown(value)}")
            return 0
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.raw.get(key)
        if isinstance(value, str):  # CSV cells
            word = value.strip().lower()
            value = True if word in _TRUE else False if word in _FALSE else (word or None)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(f"'{key}' must be true or false, not {shown(value)}")
            return default
        return value

    def examples(self) -> tuple[Example, ...]:
        value = self.raw.get("examples")
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(f"'examples' must be a list, not {type_name(value)}")
            return ()
        return tuple(example for i, item in enumerate(value, 1) if (example := self._example(i, item)))

    def _example(self, number: int, item: Any) -> Example | None:
        if not isinstance(item, dict) or not all(isinstance(item.get(k, ""), str) for k in ("text", "translation")):
            self.problem(f"example {number} must be an object with 'text' and 'translation'")
            return None
        text, translation = clean(item.get("text", "")), clean(item.get("translation", ""))
        if not text:
            self.problem(f"example {number} has no text")
            return None
        return Example(text, translation)
