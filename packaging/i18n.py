"""Keep the Qt translation files in step with the code.

    python packaging/i18n.py update    # collect tr() strings from app/ into resources/i18n/*.ts
    python packaging/i18n.py release   # compile the .ts files to the .qm files the app loads

Translate the .ts files with Qt Linguist (pyside6-linguist) or any XLIFF/TS editor. The English file holds only
the strings with a count (`tr("%n phrases", "", n)`): their singular and plural forms ("1 phrase", "2 phrases").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
PLURAL_ONLY = {"en"}  # the source text is English already; only its plural forms need a translation


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "app").rglob("*.py"))


def ts_file(language: str) -> Path:
    return I18N / f"jiaoliu_{language}.ts"


def update(ts: Path | None = None, language: str = "zh_CN") -> None:
    target = ts or ts_file(language)
    options = ["-pluralonly"] if language in PLURAL_ONLY else []
    subprocess.run(
        ["pyside6-lupdate", *sources(), "-no-obsolete", *options, "-target-language", language, "-ts", str(target)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        for language in LANGUAGES:
            update(language=language)
    elif argv[:1] == ["release"]:
        for language in LANGUAGES:
            release(ts_file(language), ts_file(language).with_suffix(".qm"))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
