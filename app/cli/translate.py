"""`jiaoliu translate`: translation (Argos offline, or a server); the models are in `app.cli.models`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.common import dictionary, lines, text_arg, text_chunks
from app.cli.engines import add_engine_options, use_engine

if TYPE_CHECKING:
    from app.services.context import AppContext
    from app.services.translate import SentenceResult, TranslationResult


def cmd_translate(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    # Slang from the whole glossary (bundled and decks); the dictionary glosses flagged sentences when it is
    # built, and is built first when the word-by-word fallback is asked for.
    use_engine(args, ctx)  # refused here, before any text is read or sent, when the host is not confirmed
    ctx.prepare_glossary()
    if args.gloss:
        dictionary(ctx)
    if args.jsonl:
        return _translate_jsonl(args, ctx, out, stdin)
    if args.json:
        from app.core.text import clean_text

        text = clean_text(text_arg(args.text, stdin)).strip()
        if text:
            out.write(json.dumps(_translate(args, ctx, text).to_json(), ensure_ascii=False, indent=2) + "\n")
        return 0
    return _translate_plain(args, ctx, out, stdin)


def _translate(args: argparse.Namespace, ctx: AppContext, text: str, **more: Any) -> TranslationResult:
    return ctx.translator.translate(
        text, args.source, args.target, substitute_slang=not args.literal_slang, gloss_fallback=args.gloss, **more
    )


def _translate_plain(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    """Each sentence is printed as soon as it is translated; a big input goes in pieces cut at line ends (the
    first piece decides the direction of the rest), so the first sentence shows in a second or two."""
    from app.core.text import clean_text

    writer = _SentenceWriter(out)
    results: list[TranslationResult] = []
    progress = _progress_line(out, writer)
    for piece in text_chunks(args.text, stdin):
        text = clean_text(piece)
        writer.start(text)
        if not text.strip():
            continue
        if results:  # the rest of a big input goes the way its first piece went
            args.source, args.target = results[0].direction.split("-")
        results.append(_translate(args, ctx, text, on_sentences=writer.write, progress=progress))
    if progress is not None:
        print("\r\x1b[K", end="", file=sys.stderr, flush=True)
    if not results:
        return 0
    glossed = any(r.glossed for r in results)
    out.write((" [dictionary gloss: no translation model installed]" if glossed else "") + "\n")
    info = results[0].engine_info
    if info.get("where", "this-computer") != "this-computer":
        print(f"jiaoliu: sent to {info['where']} ({info.get('name', '')})", file=sys.stderr)
    for result in results:
        if result.hint:
            out.write(f"  hint: {result.hint}\n")
        for note in result.slang:
            out.write(f"  slang: {note['surface']} — {note['meaning']}\n")
        for sentence in result.sentences:
            if sentence.flags and sentence.flags != ["gloss"]:
                out.write(f"  check: “{sentence.src}” ({', '.join(sentence.flags)}): {sentence.gloss}\n")
    return 0


def _translate_jsonl(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    """Standard input line by line; one JSON object per sentence, written as soon as it is translated:
    {line, src, tgt, start, end, flags, gloss, translated, slang} with offsets into that line."""
    from app.core.text import clean_text

    for number, line in enumerate(lines(stdin), 1):
        text = clean_text(line)
        if not text.strip():
            continue
        notes: list[dict[str, Any]] = []

        def emit(rows: list[SentenceResult], number: int = number, notes: list[dict[str, Any]] = notes) -> None:
            for row in rows:
                slang = [n for n in notes if row.start <= n["start"] < row.end]
                out.write(json.dumps({"line": number, **row.to_json(), "slang": slang}, ensure_ascii=False) + "\n")
            out.flush()

        _translate(args, ctx, text, on_sentences=emit, slang_notes=notes)
    return 0


class _SentenceWriter:
    """Writes translated sentences as they come, with the source's line breaks between them (as the whole
    translation joins them), across the pieces of a big input."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.text = ""  # the piece being translated
        self.last: SentenceResult | None = None  # the last sentence written from this piece
        self.last_target: str | None = None  # the last sentence written from any piece
        self.between = ""  # the source after the last sentence written, up to this piece
        self.count = 0

    def start(self, text: str) -> None:
        """The next piece of the input (one with no sentence in it only adds its line breaks)."""
        self.between = self.text[self.last.end :] if self.last is not None else self.between + self.text
        self.text, self.last = text, None

    def write(self, rows: list[SentenceResult]) -> None:
        from app.services.translate import sentence_gap

        for row in rows:
            if self.last_target is not None:
                before = self.text[self.last.end : row.start] if self.last else self.between + self.text[: row.start]
                self.out.write(sentence_gap(before, self.last_target))
            self.out.write(row.tgt)
            self.last, self.last_target = row, row.tgt
            self.count += 1
        self.out.flush()


def _progress_line(out: TextIO, writer: _SentenceWriter) -> Callable[[int, int], None] | None:
    """A progress line on stderr when that is a terminal and the translation goes elsewhere (a file, a pipe);
    on a terminal the sentences themselves show the progress."""
    if not sys.stderr.isatty() or out.isatty():
        return None

    def show(done: int, total: int) -> None:
        noun = "sentence" if writer.count == 1 else "sentences"
        print(f"\rjiaoliu: translating… {writer.count:,} {noun} done", end="", file=sys.stderr, flush=True)

    return show


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "translate", help="translate a post (English ↔ Chinese), offline unless you set up a server"
    )
    p.add_argument("text", nargs="*", help="text (default: standard input)")
    p.add_argument("--from", dest="source", choices=["auto", "en", "zh"], default="auto")
    p.add_argument("--to", dest="target", choices=["en", "zh"], help="default: the other language")
    form = p.add_mutually_exclusive_group()
    form.add_argument(
        "--json",
        action="store_true",
        help="print {source, target, direction, sentences, slang, engine: {name, kind, where}, model}",
    )
    form.add_argument(
        "--jsonl",
        action="store_true",
        help="translate stdin line by line; print one JSON object per sentence as it is done: "
        "{line, src, tgt, start, end, flags, gloss, translated, slang}",
    )
    p.add_argument(
        "--gloss", action="store_true", help="without a model, give a word-by-word dictionary gloss instead of failing"
    )
    p.add_argument(
        "--literal-slang",
        action="store_true",
        help="give slang to the model as written (default: its plain paraphrase)",
    )
    add_engine_options(p)
    p.set_defaults(handler=cmd_translate)
