"""What the command modules share: the handler signature, reading text, and preparing the context's parts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TextIO

from app.cli.errors import CliError

if TYPE_CHECKING:
    from app.data.dictionary import Dictionary
    from app.data.glossary_store import GlossaryStore
    from app.services.context import AppContext

# Every command: (its parsed arguments, the one AppContext, stdout, stdin) -> exit status.
Handler = Callable[[argparse.Namespace, "AppContext", TextIO, TextIO], int]


def text_arg(value: list[str] | None, stdin: TextIO) -> str:
    """The words given on the command line, else all of standard input (never waits on a terminal)."""
    if value:
        return " ".join(value)
    if stdin.isatty():
        raise CliError("give the text as an argument or on standard input")
    return stdin.read()


def lines(stdin: TextIO) -> Iterator[str]:
    """Standard input line by line, without the line ends."""
    for line in stdin:
        yield line[:-1] if line.endswith("\n") else line


def dictionary(ctx: AppContext) -> Dictionary:
    """The context's dictionary, built first (with a note on stderr) the first time it is ever used."""
    from app.data.dictionary import is_current

    if not ctx.dictionary_ready:
        if not is_current(ctx.paths.dictionary):
            ctx.ensure_dirs()  # an unusable data folder is reported as such, before the note
            print("jiaoliu: preparing the dictionary (first use, a few seconds)…", file=sys.stderr)
        ctx.prepare_dictionary()
    return ctx.dictionary


def glossary(ctx: AppContext) -> GlossaryStore:
    """The context's glossary with this release's bundled content synced in (a no-op when it is current)."""
    from app.services.glossary import sync_bundled

    store = ctx.glossary_store
    sync_bundled(store)
    return store
