"""The project's dependencies as two requirement files for a torch-free build environment.

    python packaging/bundle_requirements.py OUT_DIR
writes OUT_DIR/requirements.txt (install normally) and OUT_DIR/no-deps.txt (install with --no-deps).

The project depends on argos-translate-lt (the `argostranslate` module without torch, stanza or spacy), whose
own dependencies are still more than the app uses: minisbd pulls in onnxruntime for sentence splitting in
`argostranslate.translate`, which the app never imports (it runs CTranslate2 itself and imports only
`argostranslate.package`, which needs `packaging`). Installing it without its dependencies keeps the build
environment, and so the bundle, to what the app runs.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NO_DEPS = {"argos-translate-lt", "argostranslate"}
EXTRA = ["packaging"]  # argostranslate.package imports packaging.version


def split(dependencies: list[str]) -> tuple[list[str], list[str]]:
    normal, no_deps = [], []
    for requirement in dependencies:
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower()
        (no_deps if name in NO_DEPS else normal).append(requirement)
    return normal + EXTRA, no_deps


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/bundle_requirements.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    normal, no_deps = split(project["dependencies"])
    (out / "requirements.txt").write_text("\n".join(normal) + "\n", encoding="utf-8")
    (out / "no-deps.txt").write_text("\n".join(no_deps) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
