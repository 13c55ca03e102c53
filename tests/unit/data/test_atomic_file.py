"""app.data.atomic_file: a file is replaced whole or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.data import atomic_file


def test_an_error_half_way_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "deck.json"
    target.write_text("old", encoding="utf-8")

    def half(handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"new but not all of it")
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        atomic_file.write_bytes(target, half)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.json"]


def test_a_finished_file_replaces_the_old_one_and_is_private(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old", encoding="utf-8")
    atomic_file.write_text(target, "新的\n")
    assert target.read_bytes() == "新的\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]
    if os.name == "posix":  # exports and backups hold personal data: only the user may read them
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_replacing_hands_out_a_path_for_other_writers(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    target = tmp_path / "copy.db"
    with atomic_file.replacing(target) as temp, closing(sqlite3.connect(temp)) as conn:
        assert temp.parent == tmp_path and temp != target
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        assert not target.exists()  # nothing at the target until the block ends
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchone() == ("t",)
