"""`jiaoliu phrases add|list|export`: the user's phrasebook."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.common import clean_field, positive_int, text_arg
from app.cli.errors import writing

if TYPE_CHECKING:
    from app.services.context import AppContext


def cmd_phrases_add(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.phrasebook import save_phrase

    text = text_arg(args.text, stdin).strip()
    saved = save_phrase(  # with its study cards when "Add saved phrases to study" is on (the default)
        ctx,
        text,
        clean_field(args.translation or ""),
        pinyin=None if args.pinyin is None else clean_field(args.pinyin),
        note=clean_field(args.note or ""),
        tags=clean_field(args.tags or ""),
        source=clean_field(args.source or ""),
    )
    out.write(f"{saved.phrase_id}\n")
    return 0


def cmd_phrases_list(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    tag = clean_field(args.tag) if args.tag else None
    phrases = ctx.phrase_store.search(clean_field(args.search or ""), tag=tag, sort=args.sort, limit=args.limit)
    if args.json:
        out.write(json.dumps([p.to_json() for p in phrases], ensure_ascii=False, indent=2) + "\n")
        return 0
    for p in phrases:
        tags = f"  [{', '.join(p.tags)}]" if p.tags else ""
        pinyin = f"  {p.pinyin}" if p.pinyin else ""
        translation = f"  — {p.translation}" if p.translation else ""
        out.write(f"{p.id}\t{p.text}{pinyin}{translation}{tags}\n")
    return 0


def cmd_phrases_export(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.phrasebook import export_from_store

    with writing(Path(args.file)) as target:
        count = export_from_store(ctx.phrase_store, args.format, target)
    out.write(f"Exported {count} phrases to {args.file}.\n")
    return 0


def register(subparsers: Any) -> None:
    actions = subparsers.add_parser("phrases", help="your phrasebook: add, list, export").add_subparsers(
        dest="phrases_command", metavar="ACTION"
    )
    actions.required = True
    p = actions.add_parser(
        "add",
        help="save a phrase (pinyin is filled in for Chinese; study cards are made unless the preference "
        "'Add saved phrases to study' is off); prints its id",
    )
    p.add_argument("text", nargs="*", help="the phrase (default: standard input)")
    p.add_argument("--translation", help="its translation")
    p.add_argument("--note", help="a note")
    p.add_argument("--tags", help="comma-separated tags, e.g. slang,week 1")
    p.add_argument("--source", help="where it comes from (free text or a link)")
    p.add_argument("--pinyin", help="pinyin to keep instead of the automatic one")
    p.set_defaults(handler=cmd_phrases_add)
    p = actions.add_parser("list", help="phrases, most recently changed first")
    p.add_argument("--search", help="words to find in the text, translation, pinyin (with or without tones) or note")
    p.add_argument("--tag", help="only phrases with this tag")
    p.add_argument("--sort", choices=["updated", "created", "text", "translation", "pinyin"], default="updated")
    p.add_argument("--limit", type=positive_int, help="at most this many")
    p.add_argument("--json", action="store_true", help="print the phrases as JSON")
    p.set_defaults(handler=cmd_phrases_list)
    p = actions.add_parser("export", help="export every phrase as CSV, JSON or Anki .apkg")
    p.add_argument("--format", choices=["csv", "json", "apkg"], required=True)
    p.add_argument("file")
    p.set_defaults(handler=cmd_phrases_export)
