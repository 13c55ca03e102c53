"""Phrasebook exports (CSV, JSON, Anki) read back, and `jiaoliu phrases` as a user runs it."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from app.data.database import open_database
from app.data.phrases import PhraseError, PhraseStore
from app.services.phrasebook import export_from_store
from tests.unit.cli.test_cli import run


@pytest.fixture
def store(tmp_path: Path) -> PhraseStore:
    db = open_database(tmp_path / "jiaoliu.db")
    s = PhraseStore(db)
    s.add("我们去银行了", "we went to the bank", note='line one\nline "two"', tags="money, week 1")
    s.add("no cap", "不骗你", tags="slang", source="https://www.xiaohongshu.com/x")
    yield s
    db.close()


def test_csv_export_reads_back(store: PhraseStore, tmp_path: Path) -> None:
    target = tmp_path / "p.csv"
    assert export_from_store(store, "csv", target) == 2
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for Chinese
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    assert [r["text"] for r in rows] == ["no cap", "我们去银行了"]
    assert rows[1]["note"] == 'line one\nline "two"' and rows[1]["tags"] == "money, week 1"
    assert rows[1]["pinyin"] == "wǒ men qù yín háng le" and rows[0]["source"].startswith("https://")


def test_json_export_of_a_selection_keeps_its_order(store: PhraseStore, tmp_path: Path) -> None:
    target = tmp_path / "p.json"
    assert export_from_store(store, "json", target, ids=[1, 2, 99]) == 2
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "jiaoliu-phrasebook" and document["version"] == 1
    assert [p["text"] for p in document["phrases"]] == ["我们去银行了", "no cap"]
    assert document["phrases"][0]["tags"] == ["money", "week 1"]


def test_apkg_export_is_an_anki_collection(store: PhraseStore, tmp_path: Path) -> None:
    target = tmp_path / "p.apkg"
    export_from_store(store, "apkg", target)
    with zipfile.ZipFile(target) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        archive.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    notes = conn.execute("select flds, tags from notes order by id").fetchall()
    conn.close()
    fields = sorted(n[0].split("\x1f") for n in notes)
    assert fields[1][:3] == ["我们去银行了", "wǒ men qù yín háng le", "we went to the bank"]
    assert "line one<br>line &quot;two&quot;" in fields[1][3]
    assert sorted(n[1].strip() for n in notes) == ["money week-1", "slang"]


def test_unknown_format_and_no_half_files(store: PhraseStore, tmp_path: Path) -> None:
    with pytest.raises(PhraseError, match="Unknown export format"):
        export_from_store(store, "xlsx", tmp_path / "p.xlsx")
    with pytest.raises(OSError):
        export_from_store(store, "csv", tmp_path / "missing-folder" / "p.csv")
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_search_in_a_worker_thread_sees_committed_phrases(store: PhraseStore) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as worker:  # a worker reads on its own connection
        assert worker.submit(store.search_ids, "bank").result() == [1]
        new = store.add("银行卡", "bank card")
        assert worker.submit(lambda: store.search_ids("bank", sort="created")).result() == [new, 1]


def test_cli_add_list_export(paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    added = run(
        ["phrases", "add", "我们去银行了", "--translation", "we went to the bank", "--tags", "money,week 1"], paths
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "1"
    assert run(["phrases", "add", "--note", "Gen Z"], paths, "no cap\n").stdout.strip() == "2"
    listed = json.loads(run(["phrases", "list", "--search", "yinhang", "--json"], paths).stdout)
    assert [(p["id"], p["pinyin"], p["tags"]) for p in listed] == [(1, "wǒ men qù yín háng le", ["money", "week 1"])]
    plain = run(["phrases", "list"], paths).stdout.splitlines()
    assert plain[0].startswith("2\tno cap") and "[money, week 1]" in plain[1]
    assert json.loads(run(["phrases", "list", "--tag", "WEEK 1", "--json"], paths).stdout)[0]["id"] == 1
    target = tmp_path / "out.json"
    exported = run(["phrases", "export", "--format", "json", str(target)], paths)
    assert exported.returncode == 0 and "Exported 2 phrases" in exported.stdout
    assert len(json.loads(target.read_text(encoding="utf-8"))["phrases"]) == 2


def test_cli_errors_are_one_line(paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = run(["phrases", "add", "  "], paths)
    assert empty.returncode == 1 and empty.stderr.strip() == "jiaoliu: A phrase needs some text."
    bad = run(["phrases", "export", "--format", "json", str(tmp_path / "no" / "such" / "dir.json")], paths)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert run(["phrases", "export", "--format", "xml", "x"], paths).returncode == 2
