"""Glossary coverage on held-out material (tests/fixtures/slang_heldout.json, written without looking at the
glossary): term coverage per language through the app's lookup (`jiaoliu glossary lookup`), and detection
recall / precision / extra flags per post on the held-out posts, with false flags on the literal posts.

    python tests/bench/bench_coverage.py [--verbose] [--file tests/fixtures/slang_heldout_2.json]

`--file` scores another set of the same format (a set with only "posts" skips the term coverage).

Scoring of posts: each post lists its slang as written. A listed item is found when a detector match overlaps
one of its occurrences; a match that overlaps no listed item is an extra flag (on a literal post, a false flag).
The detector is built as the app builds it by default: every bundled entry except platform vocabulary."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from _common import REPO  # noqa: E402

from app.core.slang import SlangEntry, load_bundled  # noqa: E402
from app.core.slang_detect import SlangDetector, for_posts  # noqa: E402
from app.core.text import HAN_RE  # noqa: E402
from app.data.glossary_records import _SEP, forms_key, lookup_key  # noqa: E402

HELDOUT = REPO / "tests" / "fixtures" / "slang_heldout.json"
TARGETS = {"coverage_zh": 0.97, "recall": 0.95, "extra_per_post": 0.2}


class Lookup:
    """GlossaryStore.lookup without the database: a whole form, ignoring case, width, spaces, hyphens and
    apostrophes; failing that, for a Chinese query of two or more characters, any form that holds it."""

    def __init__(self, entries: list[SlangEntry]) -> None:
        self.rows = [(e, forms_key(e.forms).replace(" ", "").replace("-", "").replace("'", "")) for e in entries]

    def __call__(self, term: str) -> tuple[list[SlangEntry], bool]:
        """(entries found, whether the match was a whole form)."""
        wanted = lookup_key(term)
        if not wanted:
            return [], False
        exact = [e for e, forms in self.rows if _SEP + wanted + _SEP in forms]
        if exact or len(wanted) < 2 or not HAN_RE.search(wanted):
            return exact, bool(exact)
        return [e for e, forms in self.rows if wanted in forms][:50], False


@dataclass
class PostScore:
    found: list[tuple[int, str]] = field(default_factory=list)
    missed: list[tuple[int, str]] = field(default_factory=list)
    extra: list[tuple[int, str, str]] = field(default_factory=list)  # (post, surface, entry id)
    posts: int = 0

    @property
    def recall(self) -> float:
        return len(self.found) / max(1, len(self.found) + len(self.missed))

    @property
    def precision(self) -> float:
        return len(self.found) / max(1, len(self.found) + len(self.extra))


def _spans(text: str, item: str) -> list[tuple[int, int]]:
    low, needle = text.lower(), item.lower()
    out, start = [], low.find(needle)
    while start >= 0:
        out.append((start, start + len(needle)))
        start = low.find(needle, start + 1)
    return out


def score_posts(detector: SlangDetector, posts: list[tuple[int, dict]]) -> PostScore:
    result = PostScore(posts=len(posts))
    for i, post in posts:
        matches = detector.detect(post["text"])
        spans = {item: _spans(post["text"], item) for item in post["slang"]}
        for item, where in spans.items():
            hit = any(m.start < b and a < m.end for m in matches for a, b in where)
            (result.found if hit else result.missed).append((i, item))
        for m in matches:
            if not any(m.start < b and a < m.end for where in spans.values() for a, b in where):
                result.extra.append((i, m.surface, m.entry_id))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="python tests/bench/bench_coverage.py [--verbose] [--file SET]")
    parser.add_argument("--verbose", action="store_true", help="list missing terms, misses and extra flags")
    parser.add_argument("--file", type=Path, default=HELDOUT, help="held-out set to score (default: %(default)s)")
    args = parser.parse_args()
    data = json.loads(args.file.read_text(encoding="utf-8"))
    data.setdefault("terms", [])
    entries = load_bundled()
    lookup = Lookup(entries)
    print(f"glossary: {sum(e.lang == 'zh' for e in entries)} zh + {sum(e.lang == 'en' for e in entries)} en entries")

    ok = True
    for lang in ("zh", "en"):
        terms = [t for t in data["terms"] if t["lang"] == lang]
        if not terms:
            continue
        missing, inside = [], []
        for t in terms:
            found, whole = lookup(t["term"])
            if not found:
                missing.append(t)
            elif not whole:
                inside.append(t)
        covered = len(terms) - len(missing)
        rate = covered / max(1, len(terms))
        print(
            f"== terms {lang}: {covered}/{len(terms)} covered = {rate:.3f}"
            f" ({len(inside)} only inside a longer form; whole-form coverage"
            f" {(covered - len(inside)) / max(1, len(terms)):.3f})"
        )
        if lang == "zh":
            ok &= rate >= TARGETS["coverage_zh"]
        if args.verbose:
            by_theme: dict[str, list[str]] = {}
            for t in missing:
                by_theme.setdefault(t["theme"], []).append(t["term"])
            for theme, items in by_theme.items():
                print(f"  missing [{theme}] {' | '.join(items)}")
            if inside:
                print(f"  only inside a longer form: {' | '.join(t['term'] for t in inside)}")

    detector = for_posts(entries)  # the app's default
    indexed = list(enumerate(data["posts"]))
    slangy = [(i, p) for i, p in indexed if p["slang"]]
    literal = [(i, p) for i, p in indexed if not p["slang"]]
    for name, group in [("all slang posts", slangy)] + [
        (f"{lang} posts", [(i, p) for i, p in slangy if p["lang"] == lang]) for lang in ("zh", "en", "mixed")
    ]:
        if not group:
            continue
        s = score_posts(detector, group)
        print(
            f"== {name}: {s.posts} posts, {len(s.found) + len(s.missed)} listed terms: recall {s.recall:.3f},"
            f" precision {s.precision:.3f}, extra flags {len(s.extra)} = {len(s.extra) / max(1, s.posts):.2f}/post"
        )
        if name == "all slang posts":
            ok &= s.recall >= TARGETS["recall"] and len(s.extra) / max(1, s.posts) <= TARGETS["extra_per_post"]
            if args.verbose:
                for i, item in s.missed:
                    print(f"  missed #{i:<3} {item:<16} {data['posts'][i]['text'][:60]}")
                for i, surface, entry_id in s.extra:
                    print(f"  extra  #{i:<3} {surface:<16} {entry_id:<24} {data['posts'][i]['text'][:50]}")
    everything = score_posts(SlangDetector(entries), slangy)  # "flag platform words" turned on
    print(
        f"== all slang posts with platform words flagged (app option): recall {everything.recall:.3f},"
        f" extra flags {len(everything.extra) / max(1, everything.posts):.2f}/post"
    )
    s = score_posts(detector, literal)
    print(f"== literal posts: {s.posts} posts, false flags {len(s.extra)}")
    for i, surface, entry_id in s.extra:
        print(f"  false  #{i:<3} {surface:<16} {entry_id:<24} {data['posts'][i]['text'][:50]}")
    print(
        f"targets: zh coverage >= {TARGETS['coverage_zh']:.2f}, recall >= {TARGETS['recall']:.2f},"
        f" extra flags <= {TARGETS['extra_per_post']:.1f}/post"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
