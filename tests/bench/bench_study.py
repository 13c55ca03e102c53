"""Study latency with a large collection: next card (with its content) and grading, p50/p95.

python tests/bench/bench_study.py [--cards 50000] [--reviews 500000] [--rounds 300]
Target: both p95 <= 20 ms with 50,000 cards and 500,000 review records.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _common import percentile  # noqa: E402

from app.data.database import open_database  # noqa: E402
from app.data.glossary_store import GlossaryStore  # noqa: E402
from app.data.phrases import PhraseStore  # noqa: E402
from app.data.study_store import StudyStore, to_db_time  # noqa: E402
from app.services.study import content_of, study_stats  # noqa: E402

TARGET_MS = 20.0
WORDS = [("你好", "nǐ hǎo", "hello"), ("银行", "yín háng", "bank"), ("绝绝子", "jué jué zi", "amazing")]


def populate(db, cards: int, reviews: int, now: datetime, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """Phrases with two cards each, mostly in review with due dates around today, and a review history."""
    phrases = cards // 2
    stamp = to_db_time(now - timedelta(days=400))
    with db.transaction() as w:
        w.conn.executemany(
            "insert into phrases (id, text, translation, pinyin, created_at, updated_at) values (?, ?, ?, ?, ?, ?)",
            (
                (i, f"{w[0]}{i}", w[2], w[1], stamp, stamp)
                for i, w in ((i, rng.choice(WORDS)) for i in range(1, phrases + 1))
            ),
        )
        rows = []
        for n in range(cards):
            kind = rng.random()
            due = now + timedelta(days=rng.uniform(-20, 90))
            if kind < 0.1:  # new
                rows.append((n + 1, 0, 1, 0, None, None, stamp, None))
            elif kind < 0.13:  # learning
                rows.append(
                    (n + 1, 3, 3, 0, 2.0, 6.0, to_db_time(now + timedelta(minutes=rng.uniform(-60, 60))), stamp)
                )
            else:
                rows.append(
                    (
                        n + 1,
                        rng.randint(2, 40),
                        2,
                        None,
                        rng.uniform(1, 300),
                        rng.uniform(1, 10),
                        to_db_time(due),
                        stamp,
                    )
                )
        w.conn.executemany(
            "insert into study_cards (id, source_kind, source_ref, source_stamp, card_type, reps, state, step, "
            "stability, difficulty, due, last_review, created_at) "
            "values (?, 'phrase', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    cid,
                    str((cid - 1) // 2 + 1),
                    stamp,
                    ("recognition", "production")[cid % 2],
                    reps,
                    state,
                    step,
                    s,
                    d,
                    due,
                    last,
                    stamp,
                )
                for cid, reps, state, step, s, d, due, last in rows
            ),
        )
        w.conn.executemany(
            "insert into study_reviews (card_id, rating, reviewed_at, duration_ms, prev_state, prev_step, "
            "prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses) "
            "values (?, ?, ?, ?, 2, null, 10.0, 5.0, ?, ?, 3, 0)",
            (
                (rng.randint(1, cards), rng.choice((1, 3, 3, 3, 4, 2)), t, rng.randint(2000, 15000), t, t)
                for t in sorted(to_db_time(now - timedelta(days=rng.uniform(0, 730))) for _ in range(reviews))
            ),
        )
    db.db.execute("analyze")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--reviews", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(6)
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "jiaoliu.db")  # a real file in WAL mode, as the app uses
        start = time.perf_counter()
        populate(db, args.cards, args.reviews, now, rng)
        print(f"populated {args.cards:,} cards and {args.reviews:,} reviews in {time.perf_counter() - start:.1f} s")
        store = StudyStore(db)
        next_ms: list[float] = []
        grade_ms: list[float] = []
        for i in range(args.rounds):
            at = now + timedelta(seconds=10 * i)
            t = time.perf_counter()
            card = store.next_card(at)
            content = content_of(PhraseStore(db), GlossaryStore(db), card.source) if card else None
            next_ms.append((time.perf_counter() - t) * 1000)
            if card is None or content is None:
                break
            t = time.perf_counter()
            store.grade(card.id, rng.choice((1, 3, 3, 3, 4)), at, 5000)
            grade_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        counts = store.counts(now)
        counts_ms = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        store.undo_last()
        undo_ms = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        stats = study_stats(store, 30, now)
        stats_ms = (time.perf_counter() - t) * 1000
        db.close()
    print(f"{'operation':<12}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, times in (("next card", next_ms), ("grade", grade_ms)):
        print(f"{name:<12}{percentile(times, 0.5):>10.3f}{percentile(times, 0.95):>10.3f}{max(times):>10.3f}")
    print(f"counts (once): {counts_ms:.1f} ms ({counts.total} due); undo (once): {undo_ms:.1f} ms")
    print(f"statistics (once, off the GUI thread in the app): {stats_ms:.0f} ms ({stats.total_reviews:,} reviews)")
    ok = percentile(next_ms, 0.95) <= TARGET_MS and percentile(grade_ms, 0.95) <= TARGET_MS
    print(f"target: p95 <= {TARGET_MS:.0f} ms for both — {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
