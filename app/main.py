"""Start-up: the command line when a command is given, otherwise the desktop app."""

from __future__ import annotations

import argparse
import logging
import sys

log = logging.getLogger("app")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from app.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version") or _looks_like_command(args[0])):
        from app.cli import main as cli_main

        return cli_main(args)  # an unknown command gets the CLI's one-line error, not a window
    return run_gui(args)


def _looks_like_command(word: str) -> bool:
    """A bare word that is neither an option nor a file to open is a mistyped command."""
    from pathlib import Path

    return not word.startswith("-") and not Path(word).exists()


def _gui_arguments(args: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jiaoliu", add_help=False)
    parser.add_argument("--smoke", action="store_true", help="show the window, exit after the first paint")
    parser.add_argument("file", nargs="?", help="a text file to open in the Reader")
    known, _unknown = parser.parse_known_args(args)  # Qt's own options (-platform …) pass through
    return known


def run_gui(args: list[str]) -> int:
    options = _gui_arguments(args)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication

    from app.ui.app import start

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *args])
    return start(app, smoke=options.smoke, open_file=options.file)


if __name__ == "__main__":
    sys.exit(main())
