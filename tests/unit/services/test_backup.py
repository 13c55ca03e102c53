"""Backups through SQLite's backup API: consistent copies, rotation, the automatic schedule, safe restores."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.data.database import Database, open_database
from app.data.paths import AppPaths, app_paths, ensure_dirs
from app.data.phrases import PhraseStore
from app.services.backup import (
    KEEP,
    KEEP_SAFETY,
    BackupError,
    auto_backup,
    list_backups,
    make_backup,
    restore_backup,
    should_back_up,
    verify_backup,
)

T0 = datetime(2025, 3, 1, 9, 0, 0, tzinfo=UTC)


@pytest.fixture
def app_dir(data_dir: Path) -> AppPaths:
    paths = app_paths()
    ensure_dirs(paths)
    return paths


@pytest.fixture
def db(app_dir: AppPaths) -> Database:
    opened = open_database(app_dir.database)
    yield opened
    opened.close()


def _texts(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("select text from phrases order by id")]


def test_backup_is_a_consistent_self_contained_copy(app_dir: AppPaths, db: Database) -> None:
    PhraseStore(db).add("加油", "keep going")
    other = sqlite3.connect(app_dir.database)  # another writer, mid-transaction during the backup
    other.execute("begin")
    other.execute("insert into phrases (text, created_at, updated_at) values ('uncommitted', 'x', 'x')")
    path = make_backup(app_dir, now=T0)
    other.rollback()
    other.close()
    assert path == app_dir.backups / "jiaoliu-20250301-090000.db"
    assert _texts(path) == ["加油"]
    assert not path.with_name(path.name + "-wal").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"  # no -wal file needed
    assert not list(app_dir.backups.glob(".backup-*"))  # the temp file was renamed, not left behind
    verify_backup(path)


def test_rotation_keeps_the_newest_ten_and_three_safety_copies(app_dir: AppPaths, db: Database) -> None:
    for hour in range(KEEP + 3):
        make_backup(app_dir, now=T0 + timedelta(hours=hour))
    for hour in range(KEEP_SAFETY + 2):
        make_backup(app_dir, now=T0 + timedelta(days=1, hours=hour), safety=True)
    backups = list_backups(app_dir)
    ordinary = [b for b in backups if not b.safety]
    assert len(ordinary) == KEEP
    assert [b.created for b in ordinary] == [T0 + timedelta(hours=h) for h in reversed(range(3, KEEP + 3))]
    assert len([b for b in backups if b.safety]) == KEEP_SAFETY
    assert all(b.size > 0 for b in backups)


def test_two_backups_in_one_second_both_stay_newest_first(app_dir: AppPaths, db: Database) -> None:
    first = make_backup(app_dir, now=T0)
    PhraseStore(db).add("second")
    second = make_backup(app_dir, now=T0)
    assert first != second and second.name == "jiaoliu-20250301-090000-1.db"
    assert [b.path for b in list_backups(app_dir)] == [second, first]


def test_automatic_backup_schedule(app_dir: AppPaths) -> None:
    assert not should_back_up(app_dir, T0)  # nothing to back up yet
    assert auto_backup(app_dir, T0) is None
    open_database(app_dir.database).close()
    assert should_back_up(app_dir, T0)
    made = auto_backup(app_dir, T0)
    assert made is not None and made.exists()
    assert not should_back_up(app_dir, T0 + timedelta(hours=23))  # daily
    assert auto_backup(app_dir, T0 + timedelta(hours=23)) is None
    assert should_back_up(app_dir, T0 + timedelta(hours=24))
    # Never more than one automatic backup an hour, whatever interval is asked for.
    assert not should_back_up(app_dir, T0 + timedelta(minutes=59), every=timedelta(minutes=5))
    assert should_back_up(app_dir, T0 + timedelta(minutes=60), every=timedelta(minutes=5))


def test_restore_into_the_live_connection_keeps_a_safety_copy(app_dir: AppPaths, db: Database) -> None:
    phrases = PhraseStore(db)
    phrases.add("before")
    backup = make_backup(app_dir, now=T0)
    phrases.add("after")
    reader = sqlite3.connect(app_dir.database)  # e.g. the translation cache's own connection
    assert reader.execute("select count(*) from phrases").fetchone()[0] == 2

    result = restore_backup(app_dir, backup, db)

    assert [p.text for p in phrases.all()] == ["before"]  # the app's connection sees it at once
    assert reader.execute("select count(*) from phrases").fetchone()[0] == 1  # and so does every other one
    assert db.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert result.safety_copy is not None and _texts(result.safety_copy) == ["before", "after"]
    assert list_backups(app_dir)[0].path == result.safety_copy and list_backups(app_dir)[0].safety
    phrases.add("written after the restore")
    # Nothing is lost: the safety copy brings "after" back.
    restore_backup(app_dir, result.safety_copy, db)
    assert [p.text for p in phrases.all()] == ["after", "before"]
    reader.close()


def test_restore_without_the_app_running(app_dir: AppPaths, db: Database) -> None:
    PhraseStore(db).add("kept")
    backup = make_backup(app_dir, now=T0)
    PhraseStore(db).add("dropped")
    db.close()
    restore_backup(app_dir, backup)
    assert _texts(app_dir.database) == ["kept"]


def test_restoring_an_older_backup_applies_newer_migrations(app_dir: AppPaths, db: Database) -> None:
    backup = make_backup(app_dir, now=T0)
    with sqlite3.connect(backup) as old:  # as if made before the translation cache existed
        old.execute("drop table translation_cache")
        old.execute("delete from _sqlite_migrations where name = 'm004_translation_cache'")
    restore_backup(app_dir, backup, db)
    assert "translation_cache" in db.db.table_names()


def test_restoring_the_oldest_safety_copy_does_not_rotate_it_away(app_dir: AppPaths, db: Database) -> None:
    for hour in range(KEEP_SAFETY):
        PhraseStore(db).add(f"state {hour}")
        make_backup(app_dir, now=T0 + timedelta(hours=hour), safety=True)
    oldest = list_backups(app_dir)[-1].path
    restore_backup(app_dir, oldest, db)
    assert [p.text for p in PhraseStore(db).all()] == ["state 0"]


def _sqlite_file_without_our_tables(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (x)")
        conn.execute("insert into notes values ('someone else’s database')")


def _corrupt(backup: Path, target: Path) -> None:
    data = bytearray(backup.read_bytes())
    data[4096 + 8 : 2 * 4096] = bytes(4096 - 8)  # wipe the cells of a b-tree page, keep the header
    target.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda b, t: t.write_bytes(b"just some text, not a database\n" * 200), "not a Jiaoliu database"),
        (lambda b, t: t.write_bytes(b""), "not a Jiaoliu database"),
        (lambda b, t: _sqlite_file_without_our_tables(t), "not a Jiaoliu database"),
        (lambda b, t: t.write_bytes(b.read_bytes()[: len(b.read_bytes()) // 2]), "incomplete"),
        (lambda b, t: t.write_bytes(b.read_bytes()[:60]), "not a Jiaoliu database"),
        (_corrupt, "damaged"),
    ],
    ids=["text", "empty", "other-sqlite", "truncated", "truncated-header", "corrupt"],
)
def test_a_bad_file_is_refused_before_anything_is_touched(
    app_dir: AppPaths, db: Database, tmp_path: Path, make, message: str
) -> None:  # type: ignore[no-untyped-def]
    PhraseStore(db).add("precious")
    good = make_backup(app_dir, now=T0)
    bad = tmp_path / "picked.db"
    make(good, bad)
    before = list_backups(app_dir)
    with pytest.raises(BackupError, match=message):
        restore_backup(app_dir, bad, db)
    assert [p.text for p in PhraseStore(db).all()] == ["precious"]
    assert list_backups(app_dir) == before  # not even a safety copy was made


def test_a_damaged_live_database_is_set_aside_when_restoring_offline(app_dir: AppPaths, db: Database) -> None:
    PhraseStore(db).add("from the backup")
    backup = make_backup(app_dir, now=T0)
    db.close()
    for extra in ("-wal", "-shm"):
        app_dir.database.with_name(app_dir.database.name + extra).unlink(missing_ok=True)
    app_dir.database.write_bytes(b"garbage" * 1000)
    result = restore_backup(app_dir, backup)
    assert result.safety_copy is not None and result.safety_copy.read_bytes() == b"garbage" * 1000
    assert _texts(app_dir.database) == ["from the backup"]


def test_backup_without_a_database_says_so(app_dir: AppPaths) -> None:
    with pytest.raises(BackupError, match="no database"):
        make_backup(app_dir)
