"""`jiaoliu pinyin`, `segment` and `lookup`: the language tools, which never open the user's database."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.common import dictionary, lines, text_arg
from app.cli.errors import CliError

if TYPE_CHECKING:
    from app.services.context import AppContext


def cmd_pinyin(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.core import polyphone
    from app.core.pinyin import PinyinStyle
    from app.core.text import clean_text, is_han

    if args.jsonl:
        for line in lines(stdin):
            readings = polyphone.char_readings(line)
            items = [r if r and is_han(ch) else ch for ch, r in zip(line, readings, strict=True)]
            out.write(json.dumps(items, ensure_ascii=False) + "\n")
        return 0
    from app.services.annotate import pinyin_text

    text = clean_text(text_arg(args.text, stdin))
    dictionary(ctx)  # the dictionary adds neutral tones: 朋友 péngyou
    out.write(pinyin_text(ctx.annotator.annotate(text), PinyinStyle(args.style)) + "\n")
    return 0


def cmd_segment(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.core.segment import segment
    from app.core.text import clean_text

    if args.jsonl:
        for line in lines(stdin):
            out.write(json.dumps(segment(line), ensure_ascii=False) + "\n")
        return 0
    words = [w for w in segment(clean_text(text_arg(args.text, stdin))) if not w.isspace()]
    out.write((json.dumps(words, ensure_ascii=False) if args.json else " ".join(words)) + "\n")
    return 0


def cmd_lookup(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    query = text_arg(args.word, stdin).strip()
    if not query:
        raise CliError("nothing to look up")
    entries = dictionary(ctx).lookup(query, limit=args.limit)
    if args.json:
        out.write(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not entries:
        raise CliError(f"no dictionary entry for {query!r}")
    for entry in entries:
        trad = f" ({entry.traditional})" if entry.traditional != entry.simplified else ""
        out.write(f"{entry.simplified}{trad}  {entry.pinyin_marks}  — {'; '.join(entry.definitions)}\n")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("pinyin", help="pinyin for Chinese text")
    p.add_argument("text", nargs="*", help="text (default: standard input)")
    p.add_argument("--style", choices=["marks", "numbers", "zhuyin"], default="marks")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="read lines from stdin; write one JSON array per line, one element per character "
        "(each character's reading in context with its citation tone, as in the CPP benchmark)",
    )
    p.set_defaults(handler=cmd_pinyin)

    p = subparsers.add_parser("segment", help="split Chinese text into words")
    p.add_argument("text", nargs="*", help="text (default: standard input)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--jsonl", action="store_true", help="read lines from stdin, write a JSON array per line")
    p.set_defaults(handler=cmd_segment)

    p = subparsers.add_parser("lookup", help="look a word up in CC-CEDICT (hanzi, pinyin or English)")
    p.add_argument("word", nargs="*", help="hanzi, pinyin (nihao, ni3 hao3, nǐ hǎo) or English")
    p.add_argument("--json", action="store_true", help="print entries as JSON")
    p.add_argument("--limit", type=int, default=20, help="at most this many entries (default 20)")
    p.set_defaults(handler=cmd_lookup)
