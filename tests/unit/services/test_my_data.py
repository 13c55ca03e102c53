"""'Export all my data' (checked by opening the archive and the database in it) and 'Delete all my data'."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from app.data.paths import AppPaths, app_paths, ensure_dirs
from app.services import my_data
from app.services.backup import list_backups, make_backup, verify_backup
from app.services.context import AppContext
from app.services.glossary_io import read_json
from app.services.my_data import MyDataError, delete_all, export_all
from tests.fixtures.entries import user_entry


@pytest.fixture
def app_dir(data_dir: Path, glossary_template: Path) -> AppPaths:
    """A data dir whose database holds the bundled glossary (copied with the backup API)."""
    paths = app_paths()
    ensure_dirs(paths)
    with sqlite3.connect(glossary_template) as source, sqlite3.connect(paths.database) as target:
        source.backup(target)
    return paths


@pytest.fixture
def services(app_dir: AppPaths) -> AppContext:
    """Real services with the user's own things written through the real stores."""
    opened = AppContext(app_dir)
    opened.phrase_store.add("加油", "keep going", tags=("cheer",), note="said before exams")
    opened.phrase_store.add("no cap", "不骗你", origin="translation")
    opened.phrase_store.add('=HYPERLINK("http://evil.example","click")', "a formula someone pasted")
    deck = opened.glossary_store.create_deck("Exam week")
    opened.glossary_store.add(deck, user_entry("上岸"))
    opened.data.db.table("reader_texts").insert({"id": 1, "text": "我今天破防了", "updated_at": "now"})
    opened.data.db.table("translation_cache").insert({"key": "k", "result": "{}", "created_at": "now"})
    # A table some later feature adds, an FTS index over it, and a cache: found generically.
    opened.data.db.table("homework_notes").insert({"id": 1, "body": "past tense", "blob": b"\x00\x01"}, pk="id")
    opened.data.db.table("homework_notes").enable_fts(["body"])
    opened.data.db.table("lookup_cache").insert({"k": "v"})
    opened.settings.update(reader_font_size=26)
    yield opened
    opened.close()


def _read(archive: zipfile.ZipFile, name: str) -> str:
    return archive.read(name).decode("utf-8")


def test_export_holds_everything_the_user_created(services: AppContext, tmp_path: Path) -> None:
    out = export_all(services.paths, tmp_path / "exports" / "my-jiaoliu.zip")
    assert out == tmp_path / "exports" / "my-jiaoliu.zip"
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        assert {"README.txt", "jiaoliu.db", "settings.json", "manifest.json"} <= names
        tables = json.loads(_read(archive, "manifest.json"))["tables"]
        assert {"decks", "glossary", "reader_texts", "phrases", "homework_notes"} <= set(tables)
        assert not {"translation_cache", "lookup_cache", "app_meta", "homework_notes_fts"} & set(tables)
        assert not any(t.startswith(("homework_notes_fts", "glossary_fts", "_")) for t in tables)
        assert "homework_notes" in _read(archive, "README.txt") and "jiaoliu.db" in _read(archive, "README.txt")

        phrases = json.loads(_read(archive, "tables/phrases.json"))
        assert [p["text"] for p in phrases][:2] == ["加油", "no cap"] and phrases[0]["note"] == "said before exams"
        rows = list(csv.DictReader(io.StringIO(_read(archive, "tables/phrases.csv"))))
        assert [r["translation"] for r in rows][:2] == ["keep going", "不骗你"] and tables["phrases"] == 3
        assert rows[2]["text"].startswith("'=HYPERLINK")  # a spreadsheet shows it as text, never runs it
        glossary = json.loads(_read(archive, "tables/glossary.json"))
        assert [g["term"] for g in glossary] == ["上岸"]  # not the 600+ bundled entries
        assert [d["name"] for d in json.loads(_read(archive, "tables/decks.json"))] == ["Exam week"]
        assert json.loads(_read(archive, "tables/reader_texts.json"))[0]["text"] == "我今天破防了"
        notes = json.loads(_read(archive, "tables/homework_notes.json"))
        assert notes == [{"id": 1, "body": "past tense", "blob": {"base64": "AAE="}}]
        assert json.loads(_read(archive, "settings.json"))["reader_font_size"] == 26

        deck_file = next(n for n in names if n.startswith("decks/"))
        assert "Exam_week" in deck_file
        deck = read_json(archive.read(deck_file), deck_file)  # re-importable in the Glossary view
        assert deck.name == "Exam week" and [e.term for e in deck.entries] == ["上岸"]

        copy = tmp_path / "inside.db"
        copy.write_bytes(archive.read("jiaoliu.db"))
    verify_backup(copy)  # a complete Jiaoliu database, restorable as it is
    with sqlite3.connect(copy) as conn:
        assert conn.execute("select count(*) from phrases").fetchone()[0] == 3
        assert conn.execute("select count(*) from glossary where bundled = 1").fetchone()[0] > 500


def test_export_replaces_the_archive_only_when_complete(
    services: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "my-jiaoliu.zip"
    out.write_bytes(b"the previous export")

    def broken(*args: object) -> list[str]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(my_data, "_write_decks", broken)
    with pytest.raises(MyDataError, match="No space left"):
        export_all(services.paths, out)
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["my-jiaoliu.zip"]  # no temp file left behind


def test_export_without_a_database_says_so(data_dir: Path, tmp_path: Path) -> None:
    paths = app_paths()
    with pytest.raises(MyDataError, match="no data"):
        export_all(paths, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def _leave_traces(paths: AppPaths) -> None:
    make_backup(paths)
    (paths.cache / "cedict.sqlite").write_bytes(b"rebuilt at start")
    (paths.data / "jiaoliu.db.damaged-20250101-000000").write_bytes(b"old")
    (paths.config / "settings.json.broken-20250101-000000").write_text("{")
    paths.qt_state.write_text("[General]\n")
    (paths.data / "models" / "packages" / "en_zh").mkdir(parents=True)
    (paths.data / "models" / "packages" / "en_zh" / "model.bin").write_bytes(b"weights")


def test_delete_all_while_open_then_a_fresh_start(services: AppContext) -> None:
    paths = services.paths
    _leave_traces(paths)

    report = delete_all(paths, close=services.close)

    assert report.failed == []
    for gone in (
        paths.database,
        paths.backups,
        paths.settings,
        paths.qt_state,
        paths.cache / "cedict.sqlite",
        paths.data / "jiaoliu.db.damaged-20250101-000000",
        paths.config / "settings.json.broken-20250101-000000",
    ):
        assert not gone.exists(), gone
    assert not paths.database.with_name("jiaoliu.db-wal").exists()
    assert report.kept_models == paths.data / "models"  # downloads, not the user's data: kept
    assert (paths.data / "models" / "packages" / "en_zh" / "model.bin").exists()

    fresh = AppContext(paths)
    try:
        assert fresh.phrase_store.all() == []
        assert [d.name for d in fresh.glossary_store.decks() if not d.bundled] == []
        assert fresh.settings.current.reader_font_size == 20
        assert list_backups(paths) == []
    finally:
        fresh.close()


def test_delete_all_can_include_the_models(services: AppContext) -> None:
    _leave_traces(services.paths)
    report = delete_all(services.paths, include_models=True, close=services.close)
    assert not (services.paths.data / "models").exists() and report.kept_models is None
    assert services.paths.data / "models" in report.removed
