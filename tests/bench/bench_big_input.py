"""Big inputs on the command line (issue 11): time to the first translated sentence and peak memory.

    python tests/bench/bench_big_input.py [--translate-mb 1] [--text-mb 5] [--skip-base]

- `jiaoliu translate` on 1 MB of English with the tiny real model (tests/fixtures/tiny_argos.py, installed
  with the real installer): seconds until the first sentence is on stdout, the whole run, peak RSS.
  Targets: first sentence <= 2 s, < 500 MB.
- `jiaoliu pinyin` and `jiaoliu segment` on 5 MB of Chinese: time and peak RSS (they work in pieces).
- Issue 12: the first sentence of a 5,000-character post with a base-size model (base_model.py), the model
  loaded as the Translate view loads it: the first sentence goes alone, then batches of six (target <= 1 s).
Each command runs in its own process; peak RSS is that process's (wait4).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import base_model
from _common import REPO, sample_text

ENGLISH = (
    "Hello. I love cats. Good morning. Thank you. See you tomorrow. How are you? Where is the station? Good night.\n"
)
POST = (
    "Just joined RedNote today and everyone is so welcoming. My cat Mochi says hello to all of you. "
    "I am trying to learn Chinese but the tones are really hard for me. Can someone explain what yyds means? "
    "We had hotpot downtown last night and it was amazing, no cap. The weather here is cold but sunny. "
)


def timed(args: list[str], data: Path, stdin: Path) -> tuple[float, float, float]:
    """(seconds to the first byte of stdout, seconds in all, peak RSS in MB) of `python -m app ARGS < stdin`."""
    env = {**os.environ, "JIAOLIU_DATA_DIR": str(data)}
    with stdin.open("rb") as source:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", *args], stdin=source, stdout=subprocess.PIPE, env=env, cwd=REPO
        )
        assert proc.stdout is not None
        first = proc.stdout.read(1)
        first_at = time.perf_counter() - start
        while proc.stdout.read(1 << 16):
            pass
        _, status, usage = os.wait4(proc.pid, 0)
        total = time.perf_counter() - start
    assert first and os.waitstatus_to_exitcode(status) == 0, f"{args} failed"
    return first_at, total, usage.ru_maxrss / 1024


def first_sentence_base(tmp: Path, first_batch: int) -> float:
    """Seconds to the first sentence with the base-size model, loaded first (the rest is cancelled: a random
    model decodes every sentence to its maximum length, so the whole post would take minutes)."""
    sys.path.insert(0, str(REPO))
    from app.services.translate import TranslationService

    package = next(tmp.glob("translate-en_zh-bench"), None) or base_model.build(tmp)
    service = TranslationService(lambda s, t: package if (s, t) == ("en", "zh") else None)
    service.preload("en", "zh")
    service.translate("Hello.", "en", "zh", use_cache=False)  # warm
    first: list[float] = []
    start = time.perf_counter()
    service.translate(
        (POST * 20)[:5000],
        "en",
        "zh",
        use_cache=False,
        first_batch=first_batch,
        on_sentences=lambda rows: first or first.append(time.perf_counter() - start),
        cancelled=lambda: bool(first),
    )
    return first[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--translate-mb", type=float, default=1.0)
    parser.add_argument("--text-mb", type=float, default=5.0, help="size of the pinyin/segment input")
    parser.add_argument("--pinyin-mb", type=float, help="pinyin's input size, if not --text-mb (it is the slow one)")
    parser.add_argument("--skip-base", action="store_true", help="skip the base-size model figure")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from tests.fixtures.tiny_argos import build_package

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        data = tmp / "data"
        env = {**os.environ, "JIAOLIU_DATA_DIR": str(data)}
        for a, b in (("en", "zh"), ("zh", "en")):
            package = build_package(tmp / f"{a}_{b}.argosmodel", a, b)
            install = ["models", "install-file", str(package)]
            subprocess.run([sys.executable, "-m", "app", *install], check=True, env=env, capture_output=True)
        english = tmp / "english.txt"
        english.write_text(
            (ENGLISH * (int(args.translate_mb * 1e6) // len(ENGLISH) + 1))[: int(args.translate_mb * 1e6)]
        )
        first, total, rss = timed(["translate"], data, english)
        print(
            f"translate {args.translate_mb:g} MB (tiny model): first sentence {first:.2f} s (target <= 2 s), "
            f"all {total:.1f} s, peak RSS {rss:.0f} MB (target < 500 MB)"
        )
        # The dictionary is built once (pinyin uses it for neutral tones), outside the measurement.
        subprocess.run([sys.executable, "-m", "app", "lookup", "猫"], env=env, capture_output=True, check=True)
        for command, mb in (("segment", args.text_mb), ("pinyin", args.pinyin_mb or args.text_mb)):
            chinese = tmp / f"chinese-{mb}.txt"
            if not chinese.exists():
                text = sample_text(int(mb * 1e6 / 3))  # about 3 bytes per character
                chinese.write_text(text, encoding="utf-8")
            size = chinese.stat().st_size / 1e6
            first, total, rss = timed([command], data, chinese)
            print(f"{command} {size:.1f} MB: first output {first:.2f} s, all {total:.1f} s, peak RSS {rss:.0f} MB")
        if not args.skip_base:
            for batch in (1, 6):
                first = first_sentence_base(tmp, batch)
                print(
                    f"base-size model, 5,000-character post, first batch of {batch}: first sentence {first:.2f} s "
                    "(target <= 1 s)"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
