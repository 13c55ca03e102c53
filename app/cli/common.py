"""What the command modules share: the handler signature, the one input policy, and preparing the context's parts.

The input policy (issue 11): standard input and arguments are UTF-8. Bytes that are not valid UTF-8 become
U+FFFD and control characters (NUL and the like; not tab or newline) are removed from text that is looked up or
stored; either is said ONCE per run on stderr, as a `jiaoliu: note: …` line. Never a traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TextIO

from app.cli.errors import PROG, CliError

if TYPE_CHECKING:
    from app.data.dictionary import Dictionary
    from app.data.glossary_store import GlossaryStore
    from app.services.context import AppContext

# Every command: (its parsed arguments, the one AppContext, stdout, stdin) -> exit status.
Handler = Callable[[argparse.Namespace, "AppContext", TextIO, TextIO], int]

STDIN = "standard input"
ARGUMENTS = "the command line"
BOM = "\ufeff"
# Text read with errors="surrogateescape" carries each undecodable byte as U+DC80..U+DCFF; other lone
# surrogates (a StringIO in tests, a clipboard) are just as unencodable.
_SURROGATES = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]")
_OTHER_SURROGATES = re.compile("[\ud800-\udc7f\udd00-\udfff]")
# C0 and C1 control characters except tab and newline, which the text keeps (a carriage return is a line end).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_NAMES = {"\x00": "NUL", "\x1b": "ESC", "\x7f": "DEL"}
# Arguments that name files: their bytes are the file's name and stay as the system gave them.
PATH_ARGUMENTS = frozenset({"file", "path", "out", "folder", "package"})
CHUNK_CHARS = 256 * 1024  # big inputs are worked through in pieces of about this size, cut at line ends


class _Notes:
    """What the input policy changed during this run, said once at the end (or before the error line)."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.bad_bytes: dict[str, int] = {}
        self.controls: dict[str, int] = {}
        self.control_names: set[str] = set()
        self.cut: dict[str, int] = {}

    def flush(self, err: TextIO | None = None) -> None:
        err = err or sys.stderr
        if self.bad_bytes:
            count = sum(self.bad_bytes.values())
            noun, verb = ("byte", "was") if count == 1 else ("bytes", "were")
            said = f"{count:,} {noun} of {_places(self.bad_bytes)} {verb} not valid UTF-8 and {verb} replaced with �"
            print(f"{PROG}: note: {said}", file=err)
        if self.controls:
            count = sum(self.controls.values())
            noun = "character" if count == 1 else "characters"
            names = ", ".join(sorted(self.control_names))
            print(f"{PROG}: note: removed {count:,} control {noun} ({names}) from {_places(self.controls)}", file=err)
        for what, limit in self.cut.items():
            print(f"{PROG}: note: {what} was cut to its first {limit:,} characters", file=err)
        self.clear()  # said once


def _places(counts: dict[str, int]) -> str:
    return " and ".join(counts)


NOTES = _Notes()


def decoded(text: str, where: str = STDIN) -> str:
    """`text` as read with surrogateescape, with every byte that was not valid UTF-8 replaced by U+FFFD."""
    if not _SURROGATES.search(text):
        return text
    NOTES.bad_bytes[where] = NOTES.bad_bytes.get(where, 0) + len(_SURROGATES.findall(text))
    text = _OTHER_SURROGATES.sub("\ufffd", text)
    # Back to the original bytes, then decoded with "replace": one U+FFFD per bad sequence, as Python does.
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def without_controls(text: str, where: str = "the input") -> str:
    """`text` without control characters (tab and newline stay; CR LF and CR become newlines), noted once."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = _CONTROLS.findall(text)
    if not found:
        return text
    NOTES.controls[where] = NOTES.controls.get(where, 0) + len(found)
    NOTES.control_names.update(_CONTROL_NAMES.get(ch, f"U+{ord(ch):04X}") for ch in set(found))
    return _CONTROLS.sub("", text)


def clean_field(text: str, where: str = ARGUMENTS) -> str:
    """A value to look up or to store: valid UTF-8 and without control characters (each change noted once)."""
    return without_controls(decoded(text, where), where)


def cut_note(what: str, text: str, limit: int) -> None:
    """Say that only the first `limit` characters of `text` (a query) are used."""
    if len(text) > limit:
        NOTES.cut[what] = limit


def clean_arguments(args: argparse.Namespace) -> None:
    """Every text argument under the input policy; file names keep their bytes (they name a real file)."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS or name == "handler":
            continue
        if isinstance(value, str):
            setattr(args, name, decoded(value, ARGUMENTS))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            setattr(args, name, [decoded(v, ARGUMENTS) for v in value])


def read_stdin(stdin: TextIO) -> str:
    """All of standard input under the input policy (a leading byte-order mark dropped)."""
    text = decoded(stdin.read(), STDIN)
    return text[1:] if text.startswith(BOM) else text


def text_arg(value: list[str] | None, stdin: TextIO) -> str:
    """The words given on the command line, else all of standard input (never waits on a terminal);
    without control characters other than tab and newline."""
    if value:
        return without_controls(" ".join(value), ARGUMENTS)
    if stdin.isatty():
        raise CliError("give the text as an argument or on standard input")
    return without_controls(read_stdin(stdin), STDIN)


def lines(stdin: TextIO, *, strip_controls: bool = False) -> Iterator[str]:
    """Standard input line by line, without the line ends, under the input policy. Control characters stay
    unless `strip_controls` (line-by-line tools keep one output element per input character)."""
    first = True
    for raw in stdin:
        line = decoded(raw[:-1] if raw.endswith("\n") else raw, STDIN)
        if first and line.startswith(BOM):
            line = line[1:]
        first = False
        yield without_controls(line, STDIN) if strip_controls else line


def text_chunks(value: list[str] | None, stdin: TextIO, size: int | None = None) -> Iterator[str]:
    """The text of `text_arg` in pieces of up to about `size` characters (the first ones smaller), each ending at
    a line end (the last one may not), so a large standard input is never held whole. Joined, the pieces are
    `text_arg`'s text."""
    if value:
        yield text_arg(value, stdin)
        return
    if stdin.isatty():
        raise CliError("give the text as an argument or on standard input")
    size = size or CHUNK_CHARS
    wanted = max(1, size // 32)  # small first pieces, so the first output comes quickly; then `size`
    first, pending, held = True, [], 0
    for raw in stdin:
        line = without_controls(decoded(raw, STDIN), STDIN)
        if first and line.startswith(BOM):
            line = line[1:]
        first = False
        pending.append(line)
        held += len(line)
        if held >= wanted and _cuttable(line):
            yield "".join(pending)
            pending, held, wanted = [], 0, min(size, wanted * 4)
    if pending or first:
        yield "".join(pending)


def _cuttable(line: str) -> bool:
    """A piece may end after this line: it has a line end, and text without trailing spaces before it, so
    the tools' handling of blank lines and trailing spaces at the end of a text cannot differ per piece."""
    return line.endswith("\n") and len(line) > 1 and not line[-2].isspace()


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1 (`--limit -5` is refused with a clear message)."""
    from app.core.errors import shown

    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{shown(value)}” is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is not a positive number (give 1 or more)")
    return number


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
