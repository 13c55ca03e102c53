"""A database whose schema text holds an invalid byte, or that a newer version wrote: one sentence, nothing written."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.data.database import DatabaseError, open_database
from app.data.paths import app_paths

pytestmark = pytest.mark.slow


def _bad_schema_byte(path: Path) -> None:
    open_database(path).close()
    data = bytearray(path.read_bytes())
    at = data.find(b"CREATE TABLE")
    assert at > 0
    data[at + 7] = 0x93  # not UTF-8: SQLite's own error text about the schema is then undecodable
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def test_an_invalid_byte_in_the_schema_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    _bad_schema_byte(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(path)
    assert path.read_bytes() == before


def test_every_database_command_says_the_same_line(data_dir: Path) -> None:
    paths = app_paths()
    paths.data.mkdir(parents=True, exist_ok=True)
    _bad_schema_byte(paths.database)
    lines = set()
    for args in (["phrases", "list"], ["sessions", "list"], ["study", "due"], ["glossary", "lookup", "yyds"]):
        err = io.StringIO()
        import contextlib

        with contextlib.redirect_stderr(err):
            code = cli_main(args, out=io.StringIO(), stdin=io.StringIO(""))
        assert code == 1
        text = err.getvalue().strip()
        assert text.count("\n") == 0 and "Traceback" not in text and "UnicodeDecodeError" not in text, text
        lines.add(text)
    assert len(lines) == 1 and "damaged" in lines.pop()


def test_a_future_user_version_is_refused_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("pragma user_version = 4242")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before
