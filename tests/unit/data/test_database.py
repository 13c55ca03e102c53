"""The data owner: migrations and checks once, per-thread readers, one writer, IMMEDIATE transactions, changes."""

import os
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest

from app.data.changes import PHRASE, Changes
from app.data.database import Database, DatabaseError, open_database, set_aside
from app.data.migrations import migrations
from app.data.paths import DataDirError, app_paths, ensure_dirs
from app.data.phrases import PhraseStore

REPO = Path(__file__).resolve().parents[3]


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    data = open_database(tmp_path / "j.db")
    db = data.db
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert {"app_meta", "reader_texts"} <= set(db.table_names())
    assert migrations.pending(db) == []
    data.close()


def test_reopening_applies_nothing_twice_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    data = open_database(path)
    with data.transaction() as db:
        db.table("reader_texts").insert({"id": 1, "text": "你好", "updated_at": "now"})
    applied = [m.name for m in migrations.applied(data.db)]
    data.close()
    again = open_database(path)
    assert [m.name for m in migrations.applied(again.db)] == applied
    assert again.db.table("reader_texts").get(1)["text"] == "你好"
    again.close()


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


def test_nothing_opens_before_first_use(tmp_path: Path) -> None:
    Database(tmp_path / "j.db")
    assert not (tmp_path / "j.db").exists()


def test_a_transaction_is_all_or_nothing_and_reports_what_it_changed(tmp_path: Path) -> None:
    data = open_database(tmp_path / "j.db")
    phrases = PhraseStore(data)
    with data.collect() as log:
        first = phrases.add("我们")
        with pytest.raises(RuntimeError), data.transaction():
            phrases.add("回滚")  # joins the open transaction …
            raise RuntimeError("… which then fails: neither phrase of this block is kept")
    assert [p.text for p in phrases.all()] == ["我们"]
    assert log.freeze() == Changes.of(PHRASE, [first])  # the rolled-back write reports nothing
    data.close()


def test_changes_outside_a_transaction_are_refused(tmp_path: Path) -> None:
    data = open_database(tmp_path / "j.db")
    with pytest.raises(RuntimeError, match="outside a transaction"):
        data.changed(PHRASE, [1])
    data.close()


def test_each_thread_reads_on_its_own_connection_closed_when_the_thread_ends(tmp_path: Path) -> None:
    data = open_database(tmp_path / "j.db")
    PhraseStore(data).add("你好")
    seen: list[int] = []

    def read() -> None:
        seen.append(PhraseStore(data).count())

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [1, 1, 1, 1]
    assert data.reader_count() <= 1  # only this thread's connection is left; the four ended with their threads
    data.close()


def test_a_write_waits_for_another_process_instead_of_failing(tmp_path: Path) -> None:
    """Another process holds the write lock for a moment; our IMMEDIATE transaction waits for it."""
    path = tmp_path / "j.db"
    data = open_database(path)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: holder.execute("COMMIT")).start()
    assert PhraseStore(data).add("等一下") == 1
    holder.close()
    data.close()


def test_data_dir_override(data_dir: Path) -> None:
    paths = app_paths()
    assert paths.data == data_dir and paths.database.parent == data_dir
    ensure_dirs(paths)
    assert data_dir.is_dir()


def test_unusable_data_dir_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("JIAOLIU_DATA_DIR", str(blocker / "sub"))
    with pytest.raises(DataDirError, match="Cannot create the folder"):
        ensure_dirs(app_paths())


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    open_database(path).close()
    with sqlite3.connect(path) as conn:  # what a later release would have done
        conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('jiaoliu', 'm999', 'x')")
        conn.execute("update app_meta set value = '9.0.0' where key = 'opened_by'")
        conn.execute("pragma user_version = 999")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"newer version of Jiaoliu \(9\.0\.0\).*nothing was changed"):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_data_folder_and_database_are_private(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)  # as an older version left it
    paths = app_paths()
    ensure_dirs(paths)
    open_database(paths.database).close()
    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert paths.database.stat().st_mode & 0o777 == 0o600


def test_a_failed_statement_inside_a_write_is_one_sentence_and_rolls_back(tmp_path: Path) -> None:
    data = open_database(tmp_path / "j.db")
    store = PhraseStore(data)
    store.add("留下")
    with pytest.raises(DatabaseError, match="cannot be opened|damaged|read-only|full"), data.transaction() as db:
        db.execute("insert into phrases (text) values (?)", ["半个"])  # accepted, then …
        db.execute("insert into no_such_table values (1)")  # … a statement fails: nothing of the block stays
    assert [p.text for p in store.all()] == ["留下"]
    data.close()


def _make_read_only(path: Path) -> None:
    """A file nobody may write: chmod for a user; as root (which ignores modes), the immutable attribute."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        path.parent.chmod(0o555)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot make a file read-only for root here: {done.stderr.strip()}")


def _make_writable(path: Path) -> None:
    if os.geteuid() != 0:
        path.parent.chmod(0o755)
        path.chmod(0o644)
    else:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_a_read_only_database_file_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    data = open_database(path)
    PhraseStore(data).add("留下")
    data.close()
    _make_read_only(path)
    try:
        with pytest.raises(DatabaseError, match="read-only, so nothing can be saved"):
            PhraseStore(open_database(path)).add("不会保存")
    finally:
        _make_writable(path)
    assert [p.text for p in PhraseStore(open_database(path)).all()] == ["留下"]
