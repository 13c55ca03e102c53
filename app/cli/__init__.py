"""The command line: the same core as the app, never Qt. One module per command group registers its commands;
every command gets the one `AppContext`; every failure is one line on stderr (`app.cli.errors`)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, NoReturn, TextIO

from app import __version__
from app.cli import backups, engines, glossary, models, phrases, sessions, study, text_tools, translate
from app.cli.common import NOTES, clean_arguments
from app.cli.errors import CliError, report

if TYPE_CHECKING:
    from app.services.context import AppContext

__all__ = ["CliError", "build_parser", "command_names", "main"]

# The command groups, in the order `jiaoliu --help` lists them; each module's `register(subparsers)` adds its own.
GROUPS = (text_tools, glossary, phrases, translate, models, engines, sessions, study, backups)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"jiaoliu: {message} (see 'jiaoliu --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jiaoliu",
        description="Jiaoliu 交流 — offline English–Chinese exchange companion. "
        "Run without a command to open the app; `jiaoliu --smoke` starts it and exits after "
        "the first paint. Data lives in JIAOLIU_DATA_DIR when that is set.",
    )
    parser.add_argument("--version", action="version", version=f"jiaoliu {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(subparsers)
    return parser


def command_names(parser: argparse.ArgumentParser | None = None) -> list[str]:
    """The commands the parser knows, as the command modules registered them."""
    parser = parser or build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return [name for action in actions for name in action.choices]


def main(
    argv: list[str] | None = None,
    ctx: AppContext | None = None,
    out: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run one command with `ctx` (a new AppContext when None, closed afterwards); returns the exit status."""
    out = out or sys.stdout
    stdin = stdin or sys.stdin
    for stream in (out, stdin):
        if hasattr(stream, "reconfigure"):
            # Undecodable bytes pass through instead of ending the run with a traceback.
            stream.reconfigure(encoding="utf-8", errors="surrogateescape")
    parser = build_parser()
    args = parser.parse_args(argv)
    NOTES.clear()
    clean_arguments(args)  # the one input policy (app.cli.common): bad bytes replaced and noted once
    if not getattr(args, "handler", None):
        parser.print_help(out)
        return 0
    owned = ctx is None
    if ctx is None:
        from app.services.context import AppContext

        ctx = AppContext()
    try:
        return int(args.handler(args, ctx, out, stdin))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # every failure, expected or not, is one line: never a traceback
        NOTES.flush()  # what the input policy changed comes before the failure it may explain
        return report(exc, ctx.paths.database)
    finally:
        NOTES.flush()
        if owned:
            ctx.close()
