"""`jiaoliu translate` and `jiaoliu models …`: translation (Argos offline, or a server) and the Argos models."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.common import dictionary, lines, text_arg
from app.cli.engines import add_engine_options, use_engine

if TYPE_CHECKING:
    from app.services.context import AppContext


def cmd_translate(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.core.text import clean_text

    # Slang from the whole glossary (bundled and decks); the dictionary glosses flagged sentences when it is
    # built, and is built first when the word-by-word fallback is asked for.
    use_engine(args, ctx)  # refused here, before any text is read or sent, when the host is not confirmed
    ctx.prepare_glossary()
    if args.gloss:
        dictionary(ctx)
    texts = list(lines(stdin)) if args.jsonl else [clean_text(text_arg(args.text, stdin)).strip()]
    for text in texts:
        if not text.strip():
            if args.jsonl:
                out.write("{}\n")
            continue
        result = ctx.translator.translate(
            clean_text(text),
            args.source,
            args.target,
            substitute_slang=not args.literal_slang,
            gloss_fallback=args.gloss,
        )
        if args.jsonl:
            out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        elif args.json:
            out.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
        else:
            label = " [dictionary gloss: no translation model installed]" if result.glossed else ""
            out.write(result.target + label + "\n")
            where = result.engine_info.get("where", "")
            if where and where != "this-computer":
                print(f"jiaoliu: sent to {where} ({result.engine_info.get('name', '')})", file=sys.stderr)
            if result.hint:
                out.write(f"  hint: {result.hint}\n")
            for note in result.slang:
                out.write(f"  slang: {note['surface']} — {note['meaning']}\n")
            for sentence in result.sentences:
                if sentence.flags and sentence.flags != ["gloss"]:
                    out.write(f"  check: “{sentence.src}” ({', '.join(sentence.flags)}): {sentence.gloss}\n")
    return 0


def _size(value: int | None) -> str:
    return "?" if value is None else f"{value / 1e6:.1f} MB"


def _progress_printer(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        shown = f"{done * 100 // total}%" if total > 0 else _size(done)
        print(f"\r{label} {shown}   ", end="", file=sys.stderr, flush=True)

    return show


def cmd_models(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    manager = ctx.models
    if args.models_command == "list":
        for info in manager.installed():
            out.write(f"{info.code}\t{info.version}\t{_size(info.size_bytes)}\t{info.path}\n")
    elif args.models_command == "available":
        if not args.offline:
            print("jiaoliu: fetching the model index (network)…", file=sys.stderr)
            manager.refresh_index()
        for info in manager.available():
            state = "installed" if info.installed else "available"
            out.write(f"{info.code}\t{info.version}\t{_size(info.size_bytes)}\t{state}\n")
    elif args.models_command == "install":
        info = manager.download_and_install(args.name, progress=_progress_printer(f"downloading {args.name}"))
        print(file=sys.stderr)
        out.write(f"Installed {info.code} {info.version}.\n")
    elif args.models_command == "install-file":
        info = manager.install_file(Path(args.path))
        out.write(f"Installed {info.code} {info.version} from {args.path}.\n")
    elif args.models_command == "remove":
        manager.remove(args.name)
        out.write(f"Removed {args.name}.\n")
    return 0


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
    form.add_argument("--jsonl", action="store_true", help="translate each stdin line; one JSON object per line")
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

    models = subparsers.add_parser("models", help="translation models: list, fetch, install, remove").add_subparsers(
        dest="models_command", metavar="ACTION"
    )
    models.required = True
    models.add_parser("list", help="installed models with version and size").set_defaults(handler=cmd_models)
    p = models.add_parser("available", help="English↔Chinese models in the official index (fetches it)")
    p.add_argument("--offline", action="store_true", help="use the index fetched last time, no network")
    p.set_defaults(handler=cmd_models)
    p = models.add_parser("install", help="download and install a model from the index")
    p.add_argument("name", help="e.g. translate-en_zh")
    p.set_defaults(handler=cmd_models)
    p = models.add_parser("install-file", help="install a downloaded .argosmodel file (offline)")
    p.add_argument("path")
    p.set_defaults(handler=cmd_models)
    p = models.add_parser("remove", help="remove an installed model")
    p.add_argument("name")
    p.set_defaults(handler=cmd_models)
