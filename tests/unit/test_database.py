import os
import sqlite3
from pathlib import Path

import pytest

from app.data.database import DatabaseError, open_database, set_aside
from app.data.migrations import migrations
from app.data.paths import DataDirError, app_paths, ensure_dirs


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "j.db")
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert {"app_meta", "reader_texts"} <= set(db.table_names())
    assert migrations.pending(db) == []
    db.close()


def test_reopening_applies_nothing_twice_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    db = open_database(path)
    db.table("reader_texts").insert({"id": 1, "text": "你好", "updated_at": "now"})
    applied = [m.name for m in migrations.applied(db)]
    db.close()
    again = open_database(path)
    assert [m.name for m in migrations.applied(again)] == applied
    assert again.table("reader_texts").get(1)["text"] == "你好"


def test_damaged_file_is_reported_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    junk = b"not a database at all " * 200
    path.write_bytes(junk)
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(path)
    assert path.read_bytes() == junk
    kept = set_aside(path)
    assert kept.read_bytes() == junk and not path.exists()
    open_database(path).close()  # a fresh start now works


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    open_database(path).close()
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(DatabaseError):
            db = open_database(path)
            db.table("reader_texts").insert({"id": 1, "text": "x", "updated_at": "t"})
    finally:
        tmp_path.chmod(0o755)


def test_data_dir_override(data_dir: Path) -> None:
    paths = app_paths()
    assert paths.data == data_dir and paths.database.parent == data_dir
    ensure_dirs(paths)
    assert paths.cache.is_dir()


def test_unusable_data_dir_gives_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a folder")
    monkeypatch.setenv("JIAOLIU_DATA_DIR", str(blocker / "data"))
    with pytest.raises(DataDirError, match="Cannot create the folder"):
        ensure_dirs(app_paths())


def test_sqlite_error_from_other_connection_is_not_masked(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
