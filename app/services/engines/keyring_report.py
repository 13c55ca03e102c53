"""`python -m app.services.engines.keyring_report`: which keyring backends this install can load.

The packaging check runs it inside the PyInstaller bundle and compares it with the source install: keyring
finds its backends through entry points, which a bundle only has when their metadata and modules were packed.
"""

from __future__ import annotations

import sys
from importlib import import_module
from importlib.metadata import entry_points


def report() -> list[str]:
    """`name: ok` or `name: missing (reason)` for every keyring backend entry point, sorted."""
    lines = []
    for point in sorted(entry_points(group="keyring.backends"), key=lambda p: p.name):
        try:
            import_module(point.value.split(":")[0])
            lines.append(f"{point.name}: ok")
        except Exception as exc:  # noqa: BLE001 - a backend whose module cannot load is what this reports
            lines.append(f"{point.name}: missing ({type(exc).__name__})")
    return lines


def main() -> int:
    lines = report()
    print("\n".join(lines) if lines else "no keyring backends")
    return 0 if lines and all(line.endswith(": ok") for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
