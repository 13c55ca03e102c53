"""'Export all my data' (one zip archive) and 'Delete all my data' (back to a fresh start)."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import shutil
import sqlite3  # its exception classes: the connections are app/data's
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.core.csv_cells import neutralise
from app.core.errors import QT_TRANSLATE_NOOP, UserError
from app.data import atomic_file
from app.data.backup_files import copy_database_file
from app.data.paths import AppPaths
from app.data.table_dump import TableReader
from app.data.timestamps import to_stamp
from app.services.backup import BackupError

# The user's data: every table except caches (`translation_cache`, any `*_cache`), bookkeeping (`app_meta`,
# `_sqlite_migrations`, FTS index tables) and the bundled glossary rows; and the preferences file. Tables that
# later features add are exported without changes here. Translation models are downloads, not something the
# user created, but they take space: `delete_all` keeps them unless `include_models=True`.
EXCLUDED_TABLES = frozenset({"translation_cache", "app_meta"})
# Only the user's own rows of tables that also hold bundled content.
ROW_FILTERS = {"glossary": "bundled = 0", "decks": "kind = 'user'"}

README = """Jiaoliu: all your data
=====================

Exported {created} by Jiaoliu {version}.

jiaoliu.db        A complete, consistent copy of your database (SQLite). To go back to it, open
                  "Your data" in Jiaoliu and choose "Restore from a file…" with this file.
settings.json     Your preferences.
tables/           Everything you created, one table per file, as JSON (a list of rows) and CSV
                  (UTF-8, header row). Lists inside a cell (tags, examples) are JSON text.
                  Bundled glossary entries and caches are left out; they are not yours.
decks/            Each of your glossary decks in Jiaoliu's glossary format: import it again in the
                  Glossary view, or share it.
manifest.json     What is in this archive and how many rows each table has.

Tables: {tables}
"""


class MyDataError(UserError, RuntimeError):
    """An export or deletion that cannot be done; the message says why in one sentence."""


@dataclass
class DeleteReport:
    removed: list[Path] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one sentence per file that could not be removed
    kept_models: Path | None = None


# --------------------------------------------------------------------------- export


def export_all(paths: AppPaths, out_zip: Path, now: datetime | None = None) -> Path:
    """Write one zip archive with everything the user created; written to a temp file, then renamed."""
    out_zip = Path(out_zip)
    if not paths.database.is_file():
        raise MyDataError(QT_TRANSLATE_NOOP("Errors", "There is no data to export yet."))
    created = to_stamp(now or datetime.now(UTC))
    try:
        out_zip.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="jiaoliu-export-") as work:
            copy = Path(work) / "jiaoliu.db"
            copy_database_file(paths.database, copy)  # one snapshot: the tables below match the database copy
            _write_zip(paths, copy, out_zip, created)
    except (BackupError, sqlite3.DatabaseError) as exc:
        raise MyDataError(
            QT_TRANSLATE_NOOP("Errors", "Your data could not be exported ({detail})."), detail=exc
        ) from exc
    except OSError as exc:
        raise MyDataError(
            QT_TRANSLATE_NOOP("Errors", "The archive could not be written to {file}: {reason}"),
            file=out_zip,
            reason=exc.strerror or exc,
        ) from exc
    return out_zip


def _write_zip(paths: AppPaths, copy: Path, out_zip: Path, created: str) -> None:
    with atomic_file.replacing(out_zip) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(copy, "jiaoliu.db")
        if paths.settings.is_file():
            archive.write(paths.settings, "settings.json")
        with TableReader(copy) as reader:
            counts = {name: _dump_table(reader, name, archive) for name in reader.tables(EXCLUDED_TABLES)}
        decks = _write_decks(copy, archive)
        manifest = {"app": "jiaoliu", "version": __version__, "created": created, "tables": counts, "decks": decks}
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        listing = ", ".join(f"{name} ({rows})" for name, rows in counts.items()) or "none"
        archive.writestr("README.txt", README.format(created=created, version=__version__, tables=listing))


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)


def _plain(value: Any) -> Any:
    return {"base64": base64.b64encode(value).decode("ascii")} if isinstance(value, bytes) else value


def _dump_table(reader: TableReader, table: str, archive: zipfile.ZipFile) -> int:
    """`tables/<name>.json` and `.csv`, streamed row by row so 100,000 phrases need no extra memory."""
    columns = reader.columns(table)
    safe = _safe_name(table)
    count = 0
    # A zip takes one writer at a time, so JSON and CSV are two passes over the (unchanging) copy.
    with archive.open(f"tables/{safe}.json", "w") as raw, io.TextIOWrapper(raw, encoding="utf-8") as out:
        out.write("[")
        for row in reader.rows(table, ROW_FILTERS):
            record = {c: _plain(row[c]) for c in columns}
            out.write(("," if count else "") + "\n  " + json.dumps(record, ensure_ascii=False))
            count += 1
        out.write("\n]\n")
    with archive.open(f"tables/{safe}.csv", "w") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in reader.rows(table, ROW_FILTERS):
            writer.writerow([_cell(row[c]) for c in columns])
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, str):
        return neutralise(value)  # a spreadsheet must not run "=HYPERLINK(…)" found in a phrase
    return "" if value is None else value


def _write_decks(copy: Path, archive: zipfile.ZipFile) -> list[str]:
    """Each user deck as a glossary file the Glossary view can import again."""
    from app.data.database import Database
    from app.data.glossary_store import GlossaryStore
    from app.services.glossary_io import write_json

    db = Database(copy)  # a fresh copy of the live database: already migrated, so this only opens it
    try:
        if not {"decks", "glossary"} <= set(db.open().db.table_names()):
            return []
        store = GlossaryStore(db)
        names: list[str] = []
        with tempfile.TemporaryDirectory(prefix="jiaoliu-decks-") as work:
            for deck in store.decks():
                if deck.bundled:
                    continue
                name = f"decks/{deck.id:04d}-{_safe_name(deck.name)[:60]}.json"
                path = Path(work) / f"{deck.id}.json"
                write_json([s.entry for s in store.entries(deck.id)], path, deck.name)
                archive.write(path, name)
                names.append(name)
        return names
    finally:
        db.close()


# --------------------------------------------------------------------------- delete


def delete_all(
    paths: AppPaths, *, include_models: bool = False, close: Callable[[], None] | None = None
) -> DeleteReport:
    """Remove the database, backups, preferences and caches so the next start is a fresh one."""
    # `close` runs first: the running app passes `AppContext.close` (and quits afterwards), because an open
    # connection could write the files back. Only Jiaoliu's own files are removed, by name, so a data folder
    # named by JIAOLIU_DATA_DIR that also holds other things keeps them.
    if close is not None:
        close()
    report = DeleteReport()
    for target in _targets(paths, include_models):
        _remove(target, report)
    models = paths.data / "models"
    if not include_models and models.exists():
        report.kept_models = models
    return report


def _targets(paths: AppPaths, include_models: bool) -> list[Path]:
    db = paths.database
    targets = [db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))]
    targets += sorted(paths.data.glob(f"{db.name}.damaged-*"))
    targets.append(paths.backups)
    if include_models:
        targets.append(paths.data / "models")
    settings = paths.settings
    targets += [settings, paths.qt_state, *sorted(settings.parent.glob(f"{settings.name}.broken-*"))]
    targets += sorted(settings.parent.glob(".settings-*.tmp"))
    # The cache folder is Jiaoliu's own (dictionary, downloads in progress); everything in it can be rebuilt.
    if paths.cache not in (paths.data, paths.config) and paths.cache.is_dir():
        targets += sorted(paths.cache.iterdir())
    return targets


def _remove(target: Path, report: DeleteReport) -> None:
    try:
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
        else:
            return
    except OSError as exc:
        report.failed.append(f"{target} could not be deleted: {exc.strerror or exc}")
        return
    report.removed.append(target)
