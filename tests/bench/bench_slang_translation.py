"""Does explaining slang to the model (its plain paraphrase in the input) give better translations?

    python tests/bench/bench_slang_translation.py --zh-en DIR --en-zh DIR

DIR: installed (unzipped) real Argos packages. For every post of tests/fixtures/slang_posts.json,
the post is translated with and without paraphrasing; a translation counts as getting a slang
term right when one of the content words of the term's meaning in the target language appears
in it (a rough but repeatable proxy), and as mangling it when the slang is copied through or
the quality guards flag the sentence. Prints both rates per setting. Real models cannot be
downloaded on the machines this project is built on, so this must be run where they can be;
until then the default (paraphrase on) rests on the reports quoted in the translator issue.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from _common import REPO

STOP = frozenset("a an the to of and or in on for with is are be it its that this as by at from".split())


def _keywords(meaning: str, target: str) -> set[str]:
    if target == "en":
        return {w for w in re.findall(r"[a-z]+", meaning.lower()) if w not in STOP and len(w) > 3}
    return {meaning[i : i + 2] for i in range(len(meaning) - 1) if "\u4e00" <= meaning[i] <= "\u9fff"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zh-en", type=Path, required=True)
    parser.add_argument("--en-zh", type=Path, required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from app.core.slang import load_bundled
    from app.services.slang_index import SlangIndex
    from app.services.translate import TranslationService

    packages = {("zh", "en"): args.zh_en, ("en", "zh"): args.en_zh}
    index = SlangIndex()
    index.rebuild(load_bundled())
    service = TranslationService(lambda s, t: packages.get((s, t)), index, None)
    posts = json.loads((REPO / "tests" / "fixtures" / "slang_posts.json").read_text(encoding="utf-8"))["posts"]
    for substitute in (False, True):
        right = mangled = total = 0
        for post in posts:
            result = service.translate(post["text"], use_cache=False, substitute_slang=substitute)
            target = result.direction.split("-")[1]
            for note in result.slang:
                total += 1
                words = _keywords(note["meaning"], target)
                right += any(w in result.target.lower() for w in words)
                mangled += note["surface"].lower() in result.target.lower()
        label = "paraphrase on " if substitute else "paraphrase off"
        print(f"{label}: meaning carried over {right}/{total}, slang copied through {mangled}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
