"""Hostile Anki decks, built at test time: refused in seconds with one sentence, nothing left in the temp folder."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest

from app.services.glossary_io import ImportProblem, read_file
from tests.fixtures.hostile_apkg import apkg

pytestmark = pytest.mark.slow


def _apkg(tmp_path: Path, **kind: object) -> Path:
    return apkg(tmp_path, **kind)


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


def test_a_recursive_cards_view_is_refused_at_once(tmp_path: Path) -> None:
    message, elapsed = _refused(_apkg(tmp_path, cards="view"))
    assert "'cards' is a view" in message
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


@pytest.mark.parametrize("kind", [{"notes": "view"}, {"cards": "view"}, {"rows": 1_000_000}])
def test_the_import_command_refuses_in_one_line_and_changes_nothing(data_dir: Path, tmp_path: Path, kind) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from app.data.database import open_database
    from app.data.paths import app_paths

    env = {**os.environ, "JIAOLIU_DATA_DIR": str(data_dir)}
    good = tmp_path / "good.csv"
    good.write_text("term,meaning_en\nyyds,the greatest of all time\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "app", "glossary", "import", str(good)], env=env, check=True, timeout=120)
    database = app_paths().database
    data = open_database(database)
    before = {t: data.db[t].count for t in data.db.table_names()}
    data.close()
    start = time.monotonic()
    leftovers = set(_leftovers())
    result = subprocess.run(
        [sys.executable, "-m", "app", "glossary", "import", str(_apkg(tmp_path, **kind))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert time.monotonic() - start < 20  # the command, with Python's start-up; the refusal itself is ≤ 5 s
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert set(_leftovers()) <= leftovers
    data = open_database(database)
    assert data.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert {t: data.db[t].count for t in data.db.table_names()} == before
    data.close()


def test_a_cancelled_read_stops_at_once_and_leaves_nothing(tmp_path: Path) -> None:
    before = set(_leftovers())
    with pytest.raises(ImportProblem) as caught:
        read_file(_apkg(tmp_path, rows=5000), cancelled=lambda: True)
    assert "cancelled" in str(caught.value)
    assert set(_leftovers()) <= before
