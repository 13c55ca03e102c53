"""Kill a writer process (SIGKILL) again and again mid-write: the database stays whole, commits stay put."""

from __future__ import annotations

import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.data.database import open_database
from tests.conftest import REPO
from tests.fixtures.writer import DECK_ENTRIES, GROUP_PHRASES

ROUNDS = 20
TIME_BUDGET = 25.0  # seconds for all rounds; the test stops early rather than run long
MAX_DELAY = 0.25  # the kill lands this long (at most) after the writer opened the database


@dataclass
class Committed:
    """Everything a writer reported as committed, over all rounds."""

    decks: set[int] = field(default_factory=set)
    phrases: dict[str, list[int]] = field(default_factory=dict)
    entries: dict[str, int] = field(default_factory=dict)

    def read(self, line: str) -> None:
        kind, *rest = line.split()
        if kind == "deck":
            assert int(rest[1]) == DECK_ENTRIES
            self.decks.add(int(rest[0]))
        elif kind == "phrases":
            self.phrases[rest[0]] = [int(i) for i in rest[1:]]
        elif kind == "entry":
            self.entries[rest[1]] = int(rest[0])


def _lines(stream, out: queue.Queue[str | None]) -> None:  # type: ignore[no-untyped-def]
    for raw in stream:
        if raw.endswith(b"\n"):  # a line cut off by the kill was never a complete report
            out.put(raw.decode().strip())
    out.put(None)


def _run_and_kill(db: Path, run: int, delay: float) -> tuple[list[str], int, bytes]:
    """Start the writer, wait until it is writing, let it write `delay` seconds, SIGKILL it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fixtures.writer", str(db), str(run)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    try:
        first = lines.get(timeout=20)
        assert first == "ready", proc.stderr.read() if proc.stderr else first
        time.sleep(delay)
        assert proc.poll() is None, f"the writer stopped by itself: {proc.stderr.read() if proc.stderr else ''!r}"
        proc.kill()  # SIGKILL on POSIX: no handler, no cleanup, no flush
    finally:
        if proc.poll() is None:
            proc.kill()
        code = proc.wait(timeout=10)
    reader.join(timeout=10)
    err = proc.stderr.read() if proc.stderr else b""
    got: list[str] = []
    while (item := lines.get_nowait()) is not None:
        got.append(item)
    return got, code, err


def _check(db: Path, committed: Committed) -> None:
    conn = sqlite3.connect(db)  # a plain connection: the first one after the kill recovers the WAL
    try:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        conn.execute("insert into glossary_fts(glossary_fts) values ('integrity-check')")  # index matches rows
        counts = dict(
            conn.execute(
                "select decks.id, count(glossary.id) from decks left join glossary on glossary.deck_id = decks.id "
                "where decks.kind = 'user' group by decks.id"
            ).fetchall()
        )
        # Every reported deck is there with all its entries; no deck has only part of its import.
        assert committed.decks <= set(counts), committed.decks - set(counts)
        partial = {d: n for d, n in counts.items() if n not in (DECK_ENTRIES, DECK_ENTRIES + 1)}
        assert not partial, f"half-written decks: {partial}"
        assert conn.execute("select count(*) from glossary where deck_id not in (select id from decks)").fetchone() == (
            0,
        )
        groups = dict(conn.execute("select tags, count(*) from phrases group by tags").fetchall())
        assert all(n == GROUP_PHRASES for n in groups.values()), f"half-written phrase groups: {groups}"
        present = {r[0] for r in conn.execute("select id from phrases")}
        for group, ids in committed.phrases.items():
            assert set(ids) <= present, f"committed phrases of {group} lost"
        keys = dict(conn.execute("select key, deck_id from glossary where key like 'user-%'").fetchall())
        for key, deck_id in committed.entries.items():
            assert keys.get(key) == deck_id, f"committed entry {key} lost"
    finally:
        conn.close()
    open_database(db).close()  # and the app can still open (and migrate) it


def test_sigkill_mid_write_leaves_a_whole_database_with_every_commit(tmp_path: Path) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    db = tmp_path / "jiaoliu.db"
    committed = Committed()
    started = time.monotonic()
    rounds = mid_transaction = 0
    while rounds < ROUNDS and time.monotonic() - started < TIME_BUDGET:
        lines, code, err = _run_and_kill(db, rounds, rng.uniform(0.0, MAX_DELAY))
        if hasattr(signal, "SIGKILL"):
            assert code == -signal.SIGKILL, f"seed {seed}: writer ended with {code}: {err.decode()[-2000:]}"
        for line in lines[1:]:
            if line != "begin":
                committed.read(line)
        mid_transaction += bool(lines) and lines[-1] == "begin"
        _check(db, committed)
        rounds += 1
    assert rounds >= 10, f"only {rounds} rounds in {TIME_BUDGET} s"
    # The test means something only if work was committed and kills hit open transactions.
    assert len(committed.decks) >= rounds // 2 and committed.phrases and committed.entries
    assert mid_transaction >= rounds // 4, f"seed {seed}: only {mid_transaction} of {rounds} kills hit a write"
