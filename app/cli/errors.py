"""The one way a command fails: a single line `jiaoliu: <sentence>` on stderr and exit status 1.

Commands raise whatever they meet (a store's refusal, a damaged database, an unreadable file, a model that will
not install) and `report` turns it into the sentence, so the same failure reads the same in every command.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

PROG = "jiaoliu"
# After the damaged-database sentence, in every command (the commands are in app/cli/backups.py).
RESTORE_HINT = (
    "To get your data back: `jiaoliu backup list`, then `jiaoliu backup restore --newest` "
    "(or start the app, which offers the same or a fresh start)."
)
SHOWN_IMPORT_PROBLEMS = 5
MAX_MESSAGE = 1000  # characters of one error line at most
# The temporary name `app.data.atomic_file` writes beside a target: `.NAME.1a2b3c4d.tmp`.
_ATOMIC_TEMP = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{8}\.tmp$")


class CliError(Exception):
    """A problem the command line reports as it is: one sentence, exit status 1."""


def message(exc: BaseException, database: Path | None = None) -> str:
    """The sentence for any failure of a command; `database` names the user's database in SQLite errors.

    Sentences that echo user input cut it with `app.core.errors.shown`; this bound is the last guard, so no
    failure ever prints megabytes."""
    from app.core.errors import shown

    return shown(_one_line(_sentence(exc, database)), MAX_MESSAGE) or type(exc).__name__


def report(exc: BaseException, database: Path | None = None, err: TextIO | None = None) -> int:
    """Print the failure as one line on stderr; returns the exit status (1)."""
    print(f"{PROG}: {message(exc, database)}", file=err or sys.stderr)
    return 1


@contextmanager
def writing(target: Path) -> Iterator[Path]:
    """Around writing the file `target`: a missing folder or a failed write is one sentence naming `target`."""
    if not target.parent.is_dir():
        raise CliError(f"the folder {target.parent} does not exist")
    try:
        yield target
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _sentence(exc: BaseException, database: Path | None) -> str:
    from app.core.argos_archive import ArchiveError
    from app.core.errors import UserError
    from app.core.slang import GlossaryError
    from app.core.translator import EngineError
    from app.data.database import DamagedDatabase, explain
    from app.data.dictionary import DictionaryUnavailable
    from app.services.glossary_io import ImportProblem
    from app.services.models import ModelError
    from app.services.translate import NoModel

    if isinstance(exc, DamagedDatabase):  # every command meets it first: say how to get the data back
        return f"{exc} {RESTORE_HINT}"
    if isinstance(exc, NoModel):  # only `translate` meets it, so the hint names its option
        return f"{exc} Or add --gloss for a word-by-word dictionary gloss."
    if isinstance(exc, ImportProblem):  # a UserError too: before the plain sentences
        shown = "; ".join(exc.errors[:SHOWN_IMPORT_PROBLEMS])
        more = len(exc.errors) - SHOWN_IMPORT_PROBLEMS
        if more > 0:
            shown += f" (and {more} more)"
        return f"nothing imported from {exc.source or 'the file'}: {shown}"
    sentences = (CliError, UserError, ModelError, ArchiveError, GlossaryError, EngineError, DictionaryUnavailable)
    if isinstance(exc, sentences):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        return explain(database or "(in memory)", exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return f"cannot use {_shown_path(exc.filename)}: {reason}" if exc.filename else reason
    return f"{type(exc).__name__}: {exc}"


def _shown_path(filename: object) -> str:
    """The file a person asked for, not the hidden temporary file it was being written through."""
    path = Path(str(filename))
    temp = _ATOMIC_TEMP.match(path.name)
    return str(path.with_name(temp["name"]) if temp else path)


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())
