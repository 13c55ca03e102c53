"""Only app/data/ opens SQLite connections: every other module asks a data module (an AST scan of app/)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
DATA = APP / "data"

# What opens a connection: the module functions/classes, however they are imported or renamed.
OPENERS = {("sqlite3", "connect"), ("sqlite_utils", "Database"), ("sqlite_utils.db", "Database")}


def connection_openers(source: str) -> list[tuple[int, str]]:
    """(line, what) for each place `source` opens an SQLite connection or imports the opener itself."""
    tree = ast.parse(source)
    modules: dict[str, str] = {}  # local name -> sqlite module it stands for
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in {m for m, _ in OPENERS}:
                    modules[alias.asname or alias.name.split(".")[0]] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module in {m for m, _ in OPENERS}:
            for alias in node.names:
                if (node.module, alias.name) in OPENERS:
                    found.append((node.lineno, f"from {node.module} import {alias.name}"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target = node.func.value
            if isinstance(target, ast.Name) and (modules.get(target.id), node.func.attr) in OPENERS:
                found.append((node.lineno, f"{target.id}.{node.func.attr}("))
    return sorted(found)


def test_the_scan_finds_every_way_of_opening() -> None:
    source = (
        "import sqlite3\nimport sqlite3 as db\nimport sqlite_utils\nfrom sqlite3 import connect\n"
        "a = sqlite3.connect(':memory:')\nb = db.connect('x')\nc = sqlite_utils.Database(a)\n"
        "d = sqlite3.DatabaseError\ne = sqlite3.Row\n"
    )
    assert [line for line, _what in connection_openers(source)] == [4, 5, 6, 7]


@pytest.mark.parametrize(
    "path", sorted(p for p in APP.rglob("*.py") if DATA not in p.parents), ids=lambda p: str(p.relative_to(APP))
)
def test_no_module_outside_app_data_opens_sqlite(path: Path) -> None:
    found = connection_openers(path.read_text(encoding="utf-8"))
    where = ", ".join(f"line {line}: {what}" for line, what in found)
    assert not found, f"{path.relative_to(APP.parent)} opens SQLite itself ({where}); move that into app/data/"
