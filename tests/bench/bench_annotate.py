"""Annotation throughput (segment + per-character pinyin + dictionary gloss), after warm-up.

python tests/bench/bench_annotate.py [--chars 200000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import sample_text

from app.core import polyphone, segment
from app.data import dictionary
from app.services.annotate import Annotator


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cedict.sqlite"
        dictionary.build(path)
        start = time.perf_counter()
        segment.preload()
        polyphone.preload()
        print(f"warm-up (jieba + pinyin models): {time.perf_counter() - start:.2f} s")
        annotator = Annotator(dictionary.Dictionary(path))
        annotator.annotate(sample_text(5_000))
        text = sample_text(args.chars)
        start = time.perf_counter()
        rows = annotator.annotate(text)
        elapsed = time.perf_counter() - start
        tokens = sum(len(r.tokens) for r in rows)
        print(f"annotated {len(text):,} characters ({tokens:,} tokens) in {elapsed:.2f} s")
        print(f"throughput: {len(text) / elapsed:,.0f} characters/s (target >= 50,000)")
        plain = Annotator(None)
        start = time.perf_counter()
        plain.annotate(text)
        print(f"without dictionary glosses: {len(text) / (time.perf_counter() - start):,.0f} characters/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
