"""The held-out coverage set (tests/fixtures/slang_heldout.json) is well formed; bench_coverage.py scores it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "slang_heldout.json"


def test_heldout_set_loads_and_lists_only_what_its_posts_contain() -> None:
    data = json.loads(HELDOUT.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["note"].strip()
    terms = data["terms"]
    assert all(set(t) == {"term", "lang", "theme"} and t["term"].strip() and t["lang"] in ("zh", "en") for t in terms)
    assert len({(t["lang"], t["term"].lower()) for t in terms}) == len(terms), "a term is listed twice"
    langs = Counter(t["lang"] for t in terms)
    assert langs["zh"] >= 280 and langs["en"] >= 100
    posts = data["posts"]
    assert all(set(p) == {"lang", "text", "slang"} and p["lang"] in ("zh", "en", "mixed") for p in posts)
    for post in posts:
        for item in post["slang"]:
            assert item.lower() in post["text"].lower(), (item, post["text"])
    kinds = Counter(p["lang"] for p in posts if p["slang"])
    assert (kinds["zh"], kinds["en"], kinds["mixed"]) == (35, 15, 10)
    assert sum(1 for p in posts if not p["slang"]) == 10  # literal uses: nothing may be flagged


def test_second_heldout_set_lists_only_what_its_posts_contain() -> None:
    data = json.loads(HELDOUT.with_name("slang_heldout_2.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["note"].strip()
    posts = data["posts"]
    assert all(set(p) == {"lang", "text", "slang"} and p["lang"] in ("zh", "en", "mixed") for p in posts)
    for post in posts:
        for item in post["slang"]:
            assert item.lower() in post["text"].lower(), (item, post["text"])
    kinds = Counter(p["lang"] for p in posts if p["slang"])
    assert (kinds["en"], kinds["mixed"]) == (20, 10)
    assert sum(1 for p in posts if not p["slang"]) == 10  # literal uses: nothing may be flagged


@pytest.mark.parametrize("number", range(3, 39))
def test_later_heldout_sets_list_only_what_their_posts_contain(number: int) -> None:
    data = json.loads(HELDOUT.with_name(f"slang_heldout_{number}.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and "blind" in data["note"].lower()  # written without seeing the glossary
    posts = data["posts"]
    assert all(set(p) == {"lang", "text", "slang"} and p["lang"] in ("zh", "en", "mixed") for p in posts)
    for post in posts:
        for item in post["slang"]:
            assert item.lower() in post["text"].lower(), (item, post["text"])
    assert sum(1 for p in posts if not p["slang"]) == 10  # literal uses: nothing may be flagged
