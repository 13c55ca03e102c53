"""`jiaoliu pinyin`, `segment` and `lookup`: the language tools, which never open the user's database."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.common import cut_note, dictionary, lines, positive_int, text_arg, text_chunks
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

    dictionary(ctx)  # the dictionary adds neutral tones: 朋友 péngyou
    style = PinyinStyle(args.style)
    # A big input goes through in pieces cut at line ends (paragraphs never see each other), so memory stays
    # bounded and the output comes as it is done; joined, it is the whole text's pinyin.
    for piece in text_chunks(args.text, stdin):
        text = clean_text(piece).removesuffix("\n")  # a line end at a cut: the next piece starts the next line
        out.write(pinyin_text(ctx.annotator.annotate(text), style) + "\n")
        out.flush()
    return 0


def cmd_segment(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.core.segment import segment
    from app.core.text import clean_text

    if args.jsonl:
        for line in lines(stdin):
            out.write(json.dumps(segment(line), ensure_ascii=False) + "\n")
        return 0
    # In pieces cut at line ends, as `pinyin` does: no word spans a line end, so the result is the same.
    separator, written = (", ", "[") if args.json else (" ", "")
    out.write(written)
    first = True
    for piece in text_chunks(args.text, stdin):
        words = [w for w in segment(clean_text(piece)) if not w.isspace()]
        if not words:
            continue
        shown = [json.dumps(w, ensure_ascii=False) for w in words] if args.json else words
        out.write(("" if first else separator) + separator.join(shown))
        out.flush()
        first = False
    out.write(("]" if args.json else "") + "\n")
    return 0


def cmd_lookup(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.core.errors import shown
    from app.core.queries import MAX_QUERY_CHARS

    query = text_arg(args.word, stdin).strip()
    if not query:
        raise CliError("nothing to look up")
    cut_note("the look-up", query, MAX_QUERY_CHARS)
    entries = dictionary(ctx).lookup(query, limit=args.limit)
    if args.json:
        out.write(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not entries:
        raise CliError(f"no dictionary entry for “{shown(query)}”")
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
    p.add_argument("--limit", type=positive_int, default=20, help="at most this many entries (default 20)")
    p.set_defaults(handler=cmd_lookup)
