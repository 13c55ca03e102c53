"""`jiaoliu backup list|now|restore`: the automatic backups, from the command line too.

A damaged database is refused by every command with one line that points here, so a user without the
desktop app (or with a broken display) can still get their data back.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.errors import CliError
from app.core.text import file_size

if TYPE_CHECKING:
    from app.services.context import AppContext


def cmd_backup_list(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.backup import list_backups

    ctx.ensure_dirs()
    backups = list_backups(ctx.paths)
    if args.json:
        rows = [
            {
                "file": str(b.path),
                "created": b.created.isoformat(),
                "size": b.size,
                "kind": "before-restore" if b.safety else "backup",
            }
            for b in backups
        ]
        print(json.dumps(rows, ensure_ascii=False), file=out)
        return 0
    if not backups:
        print(f"no backups yet in {ctx.paths.backups}", file=out)
        return 0
    for b in backups:
        kind = "  (kept before a restore)" if b.safety else ""
        when = b.created.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {file_size(b.size):>8}  {b.path.name}{kind}", file=out)
    return 0


def cmd_backup_now(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.backup import make_backup

    ctx.open_data()  # a damaged database is refused here, before a damaged copy is made
    print(f"backed up to {make_backup(ctx.paths)}", file=out)
    return 0


def cmd_backup_restore(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.backup import list_backups, restore_backup

    ctx.ensure_dirs()
    if args.newest:
        ordinary = [b for b in list_backups(ctx.paths) if not b.safety]
        if not ordinary:
            raise CliError(f"there are no backups in {ctx.paths.backups}")
        chosen = ordinary[0].path
    else:
        chosen = Path(args.file)
        if chosen.is_dir():
            raise CliError(f"{chosen} is a folder; give a backup file (as `jiaoliu backup list` names it)")
        if chosen.exists() and not chosen.is_file():
            raise CliError(f"{chosen} is not a regular file (a pipe or a device)")
        if not chosen.is_file():
            candidate = ctx.paths.backups / args.file  # a name as `backup list` prints it
            if not candidate.is_file():
                raise CliError(f"there is no backup {args.file}")
            chosen = candidate
    # The command never opened the database, so the file is restored directly (a damaged current file is
    # renamed aside as the safety copy; a healthy one is copied first).
    ctx.data.close()
    result = restore_backup(ctx.paths, chosen)
    kept = f"; your previous data is kept as {result.safety_copy.name}" if result.safety_copy else ""
    print(f"restored {chosen.name}{kept}", file=out)
    return 0


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser("backup", help="list, make or restore backups of your data").add_subparsers(
        dest="backup_command", metavar="{list,now,restore}"
    )
    p = backup.add_parser("list", help="the backups, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_backup_list)
    backup.add_parser("now", help="back up your data now").set_defaults(handler=cmd_backup_now)
    p = backup.add_parser("restore", help="replace your data with a backup (the current data is kept aside)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", help="a backup file or its name from `backup list`")
    which.add_argument("--newest", action="store_true", help="the newest backup")
    p.set_defaults(handler=cmd_backup_restore)
