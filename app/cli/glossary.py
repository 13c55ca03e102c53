"""`jiaoliu slang detect` and `jiaoliu glossary lookup|import|export`: the slang glossary and the user's decks."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.common import cut_note, glossary, lines, positive_int, text_arg
from app.cli.errors import CliError, writing

if TYPE_CHECKING:
    from app.data.glossary_store import StoredEntry
    from app.services.context import AppContext


def _entry_json(stored: StoredEntry) -> dict[str, object]:
    from dataclasses import asdict

    data = asdict(stored.entry)
    data["bundled"] = stored.bundled
    return data


def cmd_slang_detect(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.core.text import clean_text

    ctx.prepare_glossary()  # the bundled content synced in, every entry (bundled and decks) in the detector
    for line in [" ".join(args.text)] if args.text else lines(stdin):
        matches = ctx.slang.detect(clean_text(line)) if line else []
        if args.jsonl:
            items = [
                {
                    "term": m.term,
                    "start": m.start,
                    "end": m.end,
                    "entry_id": m.entry_id,
                    "meaning": m.meaning,  # the chosen sense's
                    "sense": m.sense,
                    "confidence": m.confidence,
                }
                for m in matches
            ]
            out.write(json.dumps(items, ensure_ascii=False) + "\n")
        else:
            for m in matches:
                out.write(f"{m.surface}\t{m.term}\t{m.meaning}\n")
    return 0


def cmd_glossary_lookup(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.core.errors import shown
    from app.core.queries import MAX_QUERY_CHARS

    store = glossary(ctx)
    if args.jsonl:
        for line in lines(stdin, strip_controls=True):
            found = store.lookup(line) if line.strip() else []
            out.write(json.dumps([_entry_json(s) for s in found], ensure_ascii=False) + "\n")
        return 0
    term = text_arg(args.term, stdin).strip()
    if not term:
        raise CliError("nothing to look up")
    cut_note("the look-up", term, MAX_QUERY_CHARS)
    found = store.lookup(term)
    if args.json:
        out.write(json.dumps([_entry_json(s) for s in found], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not found:
        raise CliError(f"“{shown(term)}” is not in the glossary")
    for stored in found:
        e = stored.entry
        pinyin = f" [{e.pinyin}]" if e.pinyin else ""
        out.write(f"{e.term}{pinyin}\n  {e.meaning_en}\n  {e.meaning_zh}\n")
    return 0


def cmd_glossary_import(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.glossary import REPLACE, import_into, read_for_import

    path = Path(args.file)
    limit = args.max_entries or ctx.settings.current.import_max_entries
    imported = read_for_import(path, limit)  # the whole file is checked before anything is written
    result = import_into(glossary(ctx), imported, args.deck, path, on_conflict=args.on_conflict)
    entries = "entry" if result.added + result.updated + result.unchanged == 1 else "entries"
    line = (
        f"Imported {result.added + result.updated + result.unchanged} {entries} into "
        f"{'the new deck ' if result.new_deck else ''}“{result.deck_name}”: {result.added} added, "
        f"{result.updated} updated, {result.unchanged} unchanged"
    )
    if result.conflicts and args.on_conflict == REPLACE:
        line += f"; {result.conflicts} with local edits replaced by the file's values"
    elif result.conflicts:
        terms = ", ".join(result.conflict_terms) + (", …" if result.conflicts > len(result.conflict_terms) else "")
        line += (
            f"; {result.conflicts} with local edits kept ({terms}): use --on-conflict replace to take the file's values"
        )
    out.write(line + ".\n")
    return 0


def cmd_glossary_export(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.glossary import export_to

    store = glossary(ctx)
    with writing(Path(args.file)) as target:
        count = export_to(store, args.format, target, args.deck)
    out.write(f"Exported {count} entries to {args.file}.\n")
    return 0


def register(subparsers: Any) -> None:
    slang = subparsers.add_parser("slang", help="find slang in text").add_subparsers(
        dest="slang_command", metavar="ACTION"
    )
    slang.required = True
    p = slang.add_parser("detect", help="find slang terms in text, with character offsets")
    p.add_argument("text", nargs="*", help="text (default: standard input, line by line)")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="one JSON array per input line of {term, start, end, entry_id, meaning, sense, confidence}",
    )
    p.set_defaults(handler=cmd_slang_detect)

    actions = subparsers.add_parser("glossary", help="the slang glossary and your decks").add_subparsers(
        dest="glossary_command", metavar="ACTION"
    )
    actions.required = True
    p = actions.add_parser("lookup", help="entries whose term or another form is TERM")
    p.add_argument("term", nargs="*", help="the term (case and width do not matter)")
    p.add_argument("--json", action="store_true", help="print matching entries as JSON")
    p.add_argument("--jsonl", action="store_true", help="read one term per stdin line, write a JSON array per line")
    p.set_defaults(handler=cmd_glossary_lookup)
    p = actions.add_parser("import", help="import a CSV, JSON or Anki .apkg file into a deck, merging (all or nothing)")
    p.add_argument("file")
    p.add_argument("--deck", help="the deck to import into (created if new; default: the file's deck name)")
    p.add_argument(
        "--on-conflict",
        choices=["keep", "replace"],
        default="keep",
        help="an entry the deck has takes the fields the file carries; where the file differs from a value the "
        "deck has, keep the deck's (default) or replace it with the file's",
    )
    p.add_argument(
        "--max-entries",
        type=positive_int,
        help="refuse a file with more entries than this (default: the Preferences value, 20,000 unless changed)",
    )
    p.set_defaults(handler=cmd_glossary_import)
    p = actions.add_parser("export", help="export a deck, or the whole glossary, as CSV, JSON or Anki .apkg")
    p.add_argument("--format", choices=["csv", "json", "apkg"], required=True)
    p.add_argument("--deck", help="the deck to export (default: every entry)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_glossary_export)
