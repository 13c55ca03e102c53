"""Dictionary look-up latency: hanzi, pinyin, English and longest-word-at-position.

python tests/bench/bench_dictionary.py [--queries 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from _common import percentile, sample_text

from app.data import dictionary


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cedict.sqlite"
        start = time.perf_counter()
        dictionary.build(path)
        print(f"build: {time.perf_counter() - start:.1f} s, {path.stat().st_size / 1e6:.0f} MB")
        words = dictionary.Dictionary(path)
        rng = random.Random(7)
        text = sample_text(20_000)
        hanzi = [text[i : i + rng.choice((1, 2, 2, 3, 4))] for i in rng.sample(range(len(text) - 5), 500)]
        pinyin = ["nihao", "ni3 hao3", "nǐ hǎo", "yinhang", "zhong1guo2", "ma", "shi4", "xue2sheng", "lv4", "hao3"]
        english = ["cat", "dog", "bank", "to eat", "happy", "computer", "friend", "water", "beautiful", "run"]
        kinds = {
            "hanzi": lambda: words.lookup_hanzi(rng.choice(hanzi)),
            "pinyin": lambda: words.lookup_pinyin(rng.choice(pinyin)),
            "english": lambda: words.lookup_english(rng.choice(english)),
            "longest_at": lambda: words.longest_at(text, rng.randrange(len(text))),
        }
        for fn in kinds.values():  # warm the page cache
            fn()
        print(f"{'kind':<12}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
        every: list[float] = []
        for name, fn in kinds.items():
            times = []
            for _ in range(args.queries // len(kinds)):
                t = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t) * 1000)
            every += times
            print(f"{name:<12}{percentile(times, 0.5):>10.3f}{percentile(times, 0.95):>10.3f}{max(times):>10.3f}")
        print(f"{'all':<12}{percentile(every, 0.5):>10.3f}{percentile(every, 0.95):>10.3f}{max(every):>10.3f}")
        print("target: p95 <= 5 ms")
        words.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
