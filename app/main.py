"""Start-up: the command line when a command is given, otherwise the desktop app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.context import AppContext

log = logging.getLogger("app")


def main(argv: list[str] | None = None) -> int:
    """The one place that builds the AppContext; the CLI and the GUI both receive it."""
    from app.services.context import AppContext

    args = sys.argv[1:] if argv is None else argv
    ctx = AppContext()  # lazy: opens nothing yet
    if args and (args[0] in ("-h", "--help", "--version") or _looks_like_command(args[0])):
        from app.cli import main as cli_main

        try:
            return cli_main(args, ctx)  # an unknown command gets the CLI's one-line error, not a window
        finally:
            ctx.close()
    return run_gui(args, ctx)


def _looks_like_command(word: str) -> bool:
    """A bare word that is neither an option nor a file to open is a command (or a mistyped one)."""
    from pathlib import Path

    return not word.startswith("-") and not Path(word).exists()


def _gui_arguments(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jiaoliu", add_help=False)
    parser.add_argument("--smoke", action="store_true", help="show the window, exit after the first paint")
    parser.add_argument("file", nargs="?", help="a text file to open in the Reader")
    known, _unknown = parser.parse_known_args(args)  # Qt's own options (-platform …) pass through
    return known


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_gui(args: list[str], ctx: AppContext) -> int:
    options = _gui_arguments(args)
    if not _has_display():
        if not options.smoke:
            print(
                "jiaoliu: no graphical display found (DISPLAY is not set); the command line works without one: "
                "jiaoliu --help",
                file=sys.stderr,
            )
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a smoke test on a headless machine still runs
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication

    from app.ui.app import start

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *args])
    code = start(app, ctx, smoke=options.smoke, open_file=options.file)
    if existing is None:
        # Everything is saved and closed by now. Skipping the interpreter's teardown of thousands
        # of Qt wrappers makes quitting instant and avoids destructor-order crashes at exit.
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
