"""Refresh the README's screenshots from the newcomer flow's output: every view, in English and in Chinese.

    python tests/flows/readme_screenshots.py [FLOW_OUTPUT]

Run `python -m pytest tests/flows` first (it needs Xvfb); it leaves `NN-view-<view>-<language>.png` in
tests/flows/output/, taken at 1000×650 in the real window. They are copied to resources/screenshots/ as
`<view>-<language>.png`, the names the README shows.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VIEWS = ("reader", "translate", "glossary", "phrasebook", "sessions", "study")
LANGUAGES = ("en", "zh_CN")
_SHOT = re.compile(r"^\d+-view-(?P<view>[a-z]+)-(?P<lang>[a-zA-Z_]+)\.png$")


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else REPO / "tests" / "flows" / "output"
    target = REPO / "resources" / "screenshots"
    found = {(m["view"], m["lang"]): p for p in source.glob("*.png") if (m := _SHOT.match(p.name))}
    missing = [f"{v}-{lang}" for v in VIEWS for lang in LANGUAGES if (v, lang) not in found]
    if missing:
        print(f"missing in {source}: {', '.join(missing)} (run python -m pytest tests/flows first)", file=sys.stderr)
        return 1
    target.mkdir(parents=True, exist_ok=True)
    for (view, lang), path in sorted(found.items()):
        shutil.copyfile(path, target / f"{view}-{lang}.png")
    print(f"{len(found)} screenshots copied to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
