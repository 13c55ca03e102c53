"""Entry point of the PyInstaller bundle: `app.main.main`, plus what a frozen program lacks.

- A bundle has no separate Python: code that runs ``sys.executable -m app.… ARGS`` in a child process
  (the command line's PDF export) starts the bundle itself, so ``-m app.MODULE`` runs that module here,
  as ``python -m`` would. Only the app's own modules: the bundle is not a general interpreter.
- A Windows GUI-subsystem program (jiaoliu.exe) starts with no standard streams (``sys.stdout is None``);
  writing or flushing them would raise, so they go to the null device instead.
"""

from __future__ import annotations

import os
import sys


def run(args: list[str]) -> int:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
    if len(args) >= 2 and args[0] == "-m" and args[1].startswith("app."):
        import runpy

        sys.argv = [args[1], *args[2:]]
        try:
            runpy.run_module(args[1], run_name="__main__", alter_sys=True)
        except ImportError as exc:
            print(f"jiaoliu: {exc}", file=sys.stderr)
            return 2
        return 0  # a module that ends by sys.exit(code) has already left with its own status
    from app.main import main

    return main(args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
