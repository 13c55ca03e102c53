"""Concurrent writers in separate processes: with BEGIN IMMEDIATE every add waits its turn and succeeds."""

import os
import subprocess
import sys
from pathlib import Path

from app.data.database import open_database
from app.data.phrases import PhraseStore

REPO = Path(__file__).resolve().parents[2]


def test_two_processes_adding_200_phrases_each_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    open_database(path).close()
    script = (
        "import sys\n"
        "from app.data.database import open_database\n"
        "from app.data.phrases import PhraseStore\n"
        "store = PhraseStore(open_database(sys.argv[1]))\n"
        "for i in range(200):\n"
        "    store.add(f'{sys.argv[2]} {i}', 'x')\n"
        "print(store.count())\n"
    )
    reader = (
        "import sys, time\n"
        "from app.data.database import open_database\n"
        "from app.data.phrases import PhraseStore\n"
        "store = PhraseStore(open_database(sys.argv[1]))\n"
        "end = time.monotonic() + 3\n"
        "while time.monotonic() < end and store.count() < 400:\n"
        "    store.search_ids('a')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writers = [
        subprocess.Popen([sys.executable, "-c", script, str(path), name], env=env, stdout=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    watcher = subprocess.Popen([sys.executable, "-c", reader, str(path)], env=env)
    results = [w.communicate(timeout=120) for w in writers]
    watcher.wait(timeout=60)
    assert [w.returncode for w in writers] == [0, 0], results
    data = open_database(path)
    assert PhraseStore(data).count() == 400
    assert data.db.execute("pragma integrity_check").fetchone()[0] == "ok"
    data.close()
