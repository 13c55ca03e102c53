"""Polyphone accuracy on the CPP dev split (pypinyin, g2pM, ours) and resolver throughput.

python tests/bench/bench_polyphone.py [--data DIR] [--limit N]

Accuracy is reported on the whole split and on its even and odd lines: the resolver's
weights were chosen on the even lines only, so the odd lines are held out. "g2pM alone"
is g2pM's network through our batched numpy inference (same weights, argmax over the
character's candidates; it agrees with the g2pM package's own predictions).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from _common import cpp_dir

from app.core import polyphone

MARK = "\u2581"
Item = tuple[str, int, str]  # clean sentence, index of the marked character, gold reading


def load(data: Path, limit: int | None) -> list[Item]:
    sentences = (data / "dev.sent").read_text(encoding="utf-8").splitlines()
    labels = (data / "dev.lb").read_text(encoding="utf-8").splitlines()
    items = []
    for sent, label in list(zip(sentences, labels, strict=True))[:limit]:
        items.append((sent.replace(MARK, ""), sent.index(MARK), label.strip().replace("u:", "v")))
    return items


def predict_ours(items: Sequence[Item]) -> list[str | None]:
    # One call over newline-joined sentences: the resolver treats each line as its own
    # sentence, so this equals one call per sentence, only faster.
    text = "\n".join(s for s, _, _ in items)
    readings = polyphone.char_readings(text)
    out, pos = [], 0
    for sent, i, _ in items:
        out.append(readings[pos + i])
        pos += len(sent) + 1
    return out


def predict_pypinyin(items: Sequence[Item]) -> list[str | None]:
    from pypinyin import Style, pinyin

    out = []
    for sent, i, _ in items:
        # errors=... keeps one element per character for non-Han runs too.
        got = pinyin(sent, style=Style.TONE3, neutral_tone_with_five=True,
                     errors=lambda s: [[None] for _ in s])  # fmt: skip
        flat = [g[0] for g in got]
        out.append(flat[i].replace("ü", "v") if len(flat) == len(sent) and flat[i] else None)
    return out


def predict_g2pm(items: Sequence[Item]) -> list[str | None]:
    from app.core.g2p_bilstm import Target

    resolver = polyphone._get()
    sentences = [s for s, _, _ in items]
    targets = [Target(k, i, resolver._classes[s[i]]) for k, (s, i, _) in enumerate(items)]
    logp = resolver.model.log_probs(sentences, targets)
    return [resolver.lex.cands[s[i]][int(row.argmax())] for (s, i, _), row in zip(items, logp, strict=True)]


def report(name: str, items: Sequence[Item], predict: Callable[[Sequence[Item]], list]) -> None:
    start = time.perf_counter()
    preds = predict(items)
    hits = [p == gold for p, (_, _, gold) in zip(preds, items, strict=True)]

    def acc(sel: list[bool]) -> str:
        return f"{100 * sum(sel) / max(1, len(sel)):6.2f}%"

    print(f"{name:<16}{acc(hits):>10}{acc(hits[0::2]):>10}{acc(hits[1::2]):>10}"
          f"{time.perf_counter() - start:>9.1f}s")  # fmt: skip


def throughput(items: Sequence[Item], repeats: int = 3) -> float:
    text = "\n".join(s for s, _, _ in items)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        polyphone.char_readings(text)
        best = min(best, time.perf_counter() - start)
    return len(text) / best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=cpp_dir(), help="folder with dev.sent, dev.lb")
    parser.add_argument("--limit", type=int, default=None, help="first N sentences only")
    args = parser.parse_args()
    if not (args.data / "dev.sent").exists():
        print(f"no CPP data in {args.data}; nothing to measure")
        return 0
    items = load(args.data, args.limit)
    start = time.perf_counter()
    polyphone.preload()
    print(f"preload: {time.perf_counter() - start:.1f} s; {len(items)} sentences")
    print(f"{'':<16}{'all':>10}{'even':>10}{'odd':>10}{'time':>10}")
    report("pypinyin", items, predict_pypinyin)
    report("g2pM", items, predict_g2pm)
    report("ours", items, predict_ours)
    print(f"throughput: {throughput(items):,.0f} chars/s (target >= 150,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
