"""Rotating backups of the user database through SQLite's online backup API, and restoring one safely."""

from __future__ import annotations

import re
import sqlite3  # its exception classes: the connections are app/data/backup_files.py's
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.data import backup_files
from app.data.database import Database, DatabaseError, set_aside
from app.data.paths import AppPaths

# Policy (the "Your data" dialog says the same in one sentence):
# - A backup is one self-contained file `<data>/backups/jiaoliu-YYYYMMDD-HHMMSS.db` (UTC time, rollback journal
#   mode so no -wal file belongs to it), written to a temp file first and renamed into place.
# - Automatic backups: `auto_backup` (at start-up, then hourly while the app runs) makes one only when the newest
#   ordinary backup is older than AUTO_EVERY (a day) and never within MIN_AUTO_GAP (an hour) of the last one.
# - Rotation after every backup keeps the newest KEEP ordinary backups ("Back up now" copies count as ordinary)
#   and, separately, the newest KEEP_SAFETY safety copies, so restores never push the daily history out.
# - A restore first checks the chosen file (SQLite header, size against the header's page count,
#   `PRAGMA integrity_check`, our `_sqlite_migrations` set), then keeps a safety copy (`…-before-restore.db`) of
#   the current data, then copies the backup into the live database with the backup API, so every open
#   connection sees it at once, and applies any newer migrations.
KEEP = 10
KEEP_SAFETY = 3
AUTO_EVERY = timedelta(days=1)
MIN_AUTO_GAP = timedelta(hours=1)
MIGRATION_SET = "jiaoliu"
SAFETY_SUFFIX = "-before-restore"
_NAME = re.compile(r"^jiaoliu-(\d{8}-\d{6})(?:-(\d+))?(-before-restore)?\.db$")
_HEADER = b"SQLite format 3\x00"


class BackupError(UserError, RuntimeError):
    """A backup or restore that cannot be done; the message says why in one sentence."""


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    created: datetime  # UTC, from the file name
    size: int
    safety: bool  # the copy of the data kept before a restore
    order: tuple[int, int] = (0, 0)  # (number after the time, mtime): orders backups made within one second


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # None only when there was no current database to keep


def list_backups(paths: AppPaths) -> list[Backup]:
    """Backups in `<data>/backups`, newest first; files that do not follow the naming are ignored."""
    found: list[Backup] = []
    if not paths.backups.is_dir():
        return found
    for path in paths.backups.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        stat = path.stat()
        order = (int(match.group(2) or 0), stat.st_mtime_ns)
        found.append(Backup(path, created, stat.st_size, bool(match.group(3)), order))
    return sorted(found, key=lambda b: (b.created, b.order), reverse=True)


def should_back_up(paths: AppPaths, now: datetime | None = None, every: timedelta = AUTO_EVERY) -> bool:
    """Whether an automatic backup is due: there is a database, and no backup newer than `every` (≥ 1 hour)."""
    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        return False
    now = now or datetime.now(UTC)
    newest = next((b for b in list_backups(paths) if not b.safety), None)
    return newest is None or now - newest.created >= max(every, MIN_AUTO_GAP)


def auto_backup(paths: AppPaths, now: datetime | None = None) -> Path | None:
    """Make the automatic backup if one is due (see the policy above); the new file, or None."""
    return make_backup(paths, now=now) if should_back_up(paths, now) else None


def make_backup(
    paths: AppPaths, *, now: datetime | None = None, safety: bool = False, protect: tuple[Path, ...] = ()
) -> Path:
    """A consistent copy of the live database (other connections may keep writing), then rotation."""
    if not paths.database.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "There is no database to back up yet."))
    paths.backups.mkdir(parents=True, exist_ok=True)
    target = _new_name(paths.backups, now or datetime.now(UTC), safety)
    try:
        backup_files.copy_database_file(paths.database, target)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged schema's error text is not UTF-8
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The database could not be backed up ({detail})."), detail=exc
        ) from exc
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {folder}: {reason}"),
            folder=paths.backups,
            reason=exc.strerror or exc,
        ) from exc
    rotate(paths, protect=protect)
    return target


def _new_name(folder: Path, now: datetime, safety: bool) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    suffix = SAFETY_SUFFIX if safety else ""
    candidate = folder / f"jiaoliu-{stamp}{suffix}.db"
    number = 1
    while candidate.exists():  # two backups within one second (a click right after the automatic one)
        candidate = folder / f"jiaoliu-{stamp}-{number}{suffix}.db"
        number += 1
    return candidate


def rotate(
    paths: AppPaths, keep: int = KEEP, keep_safety: int = KEEP_SAFETY, protect: tuple[Path, ...] = ()
) -> list[Path]:
    """Delete the oldest backups beyond the limits (never a `protect`ed one); returns what was removed."""
    removed: list[Path] = []
    kept = {p.resolve() for p in protect}
    backups = [b for b in list_backups(paths) if b.path.resolve() not in kept]
    for safety, limit in ((False, keep), (True, keep_safety)):
        for old in [b for b in backups if b.safety == safety][limit:]:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    return removed


# --------------------------------------------------------------------------- checking and restoring


def verify_backup(path: Path) -> None:
    """Raise BackupError unless `path` is a complete, undamaged Jiaoliu database. Never writes to it."""
    name = path.name
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"), file=name, reason=exc.strerror or exc
        ) from exc
    if len(header) < 100 or not header.startswith(_HEADER):
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Jiaoliu database (it is not an SQLite file)."), file=name
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size  # the header's way of writing 65536
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its "version-valid-for" matches the change counter.
    if header[92:96] == header[24:28] and pages * page_size > size:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is incomplete (cut off at {size} of {expected} bytes)."),
            file=name,
            size=size,
            expected=pages * page_size,
        )
    try:
        check = backup_files.check_file(path, MIGRATION_SET)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if "malformed" in str(exc) or isinstance(exc, UnicodeDecodeError):
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "{file} is damaged ({detail})."), file=name, detail=exc
            ) from exc
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Jiaoliu database ({detail})."), file=name, detail=exc
        ) from exc
    if check.problems != ["ok"]:
        detail = " ".join(check.problems[0].replace("*** in database main ***", "").split())[:160]
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{file} is damaged ({detail})."), file=name, detail=detail)
    if not check.applied:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Jiaoliu database (it has none of Jiaoliu's tables)."),
            file=name,
        )


def restore_backup(paths: AppPaths, backup: Path, data: Database | None = None) -> RestoreResult:
    """Replace the current data with `backup` (checked first), keeping a safety copy of the current data."""
    # `data` is the running app's data owner: the file is restored in place under its writer lock, so every
    # open connection sees the restored data and views only reload. Without it (the app is not running) the
    # file is restored directly, and a damaged current file is renamed aside as the safety copy.
    backup = Path(backup)
    verify_backup(backup)  # before anything is touched
    safety = _safety_copy(paths, own_connection=data is None, protect=backup)
    try:
        if data is not None:
            data.restore_from(backup)
        else:
            backup_files.restore_file(backup, paths.database)
    except (sqlite3.DatabaseError, DatabaseError, UnicodeDecodeError) as exc:
        if safety:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The backup could not be restored ({detail}). Your previous data is kept as {file}."
                ),
                detail=exc,
                file=safety.name,
            ) from exc
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be restored ({detail})."), detail=exc
        ) from exc
    return RestoreResult(backup, safety)


def _safety_copy(paths: AppPaths, own_connection: bool, protect: Path) -> Path | None:
    """Keep the current data before it is replaced; a damaged file is renamed aside instead of copied."""
    if not paths.database.is_file():
        return None
    try:
        # Rotation must not delete the very backup that is about to be restored.
        return make_backup(paths, safety=True, protect=(protect,))
    except BackupError:
        if not own_connection:
            raise  # the app has the file open: renaming it away under the app would lose its writes
        return set_aside(paths.database)
