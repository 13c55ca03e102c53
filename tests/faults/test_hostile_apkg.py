"""Hostile Anki decks, built at test time: refused in seconds with one sentence, nothing left in the temp folder."""

from __future__ import annotations

import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

from app.services.glossary_io import ImportProblem, read_file

pytestmark = pytest.mark.slow


def _collection(path: Path, notes: str = "table", rows: int = 1) -> None:
    conn = sqlite3.connect(path)
    conn.execute("create table col (id integer primary key, models text, decks text)")
    conn.execute("insert into col values (1, '{}', '{}')")
    conn.execute("create table cards (id integer primary key, nid integer, did integer)")
    if notes == "table":
        conn.execute("create table notes (id integer primary key, mid integer, flds text, tags text)")
        conn.executemany(
            "insert into notes (mid, flds, tags) values (1, ?, '')", ((f"term{i}\x1fmeaning",) for i in range(rows))
        )
    else:  # a view that recurses forever: reading it grows SQLite's temporary storage without end
        conn.execute(
            "create view notes as with recursive n(id) as (select 1 union all select id + 1 from n) "
            "select id, 1 as mid, 'x' || id as flds, '' as tags from n"
        )
    conn.commit()
    conn.close()


def _apkg(tmp_path: Path, **kind: object) -> Path:
    db = tmp_path / "collection.anki2"
    _collection(db, **kind)  # type: ignore[arg-type]
    out = tmp_path / "deck.apkg"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(db, "collection.anki2")
        archive.writestr("media", "{}")
    db.unlink()
    return out


def _leftovers() -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob("jiaoliu-apkg-*"))


def _refused(path: Path) -> tuple[str, float]:
    before = set(_leftovers())
    start = time.monotonic()
    with pytest.raises(ImportProblem) as caught:
        read_file(path)
    elapsed = time.monotonic() - start
    assert set(_leftovers()) <= before, "the extracted collection was left in the temp folder"
    message = str(caught.value)
    assert "\n" not in message.strip() and "Traceback" not in message
    return message, elapsed


def test_a_recursive_view_is_refused_at_once(tmp_path: Path) -> None:
    message, elapsed = _refused(_apkg(tmp_path, notes="view"))
    assert "'notes' is a view" in message
    assert elapsed < 5


def test_a_deck_with_a_million_notes_is_refused_with_its_size(tmp_path: Path) -> None:
    message, elapsed = _refused(_apkg(tmp_path, rows=1_000_000))
    assert "1,000,000 notes" in message and "limit is 20,000" in message
    assert elapsed < 5


def test_stale_folders_of_a_killed_import_are_swept(tmp_path: Path) -> None:
    import os

    stale = Path(tempfile.mkdtemp(prefix="jiaoliu-apkg-"))
    (stale / "collection.sqlite").write_bytes(b"x" * 1024)
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    _refused(_apkg(tmp_path, notes="view"))
    assert not stale.exists()
