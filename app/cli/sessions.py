"""`jiaoliu sessions new|add|list|export`: homework-help sessions. Never imports Qt (the PDF: a child process)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.errors import CliError, writing

if TYPE_CHECKING:
    from app.services.context import AppContext

KINDS = ("question", "answer", "translation", "correction", "note")
PDF_TIMEOUT_S = 300
PDF_TEMP_PREFIX = "jiaoliu-pdf-"
# The folder that holds this very `app` package, so the PDF child's `-m` finds it and not another one.
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def cmd_new(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    title = " ".join(args.title)
    session_id = ctx.session_store.create(title, args.partner or "", args.direction, args.subject or "")
    out.write(f"{session_id}\n")
    return 0


def cmd_add(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    text = stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise CliError("an entry needs some text (--text)")
    if args.kind == "correction" and args.corrected is None:
        raise CliError("a correction needs the corrected text (--corrected)")
    if args.kind != "correction" and (args.corrected is not None or args.explanation is not None):
        raise CliError("--corrected and --explanation belong to corrections (--kind correction)")
    entry_id = ctx.session_store.add_entry(
        args.id,
        args.kind,
        text,
        corrected=args.corrected or "",
        explanation=args.explanation or "",
        translation=args.translation or "",
    )
    out.write(f"{entry_id}\n")
    return 0


def cmd_list(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    store = ctx.session_store
    rows: list[dict[str, Any]] = []
    for session in store.sessions(args.search or ""):
        summary = store.summary(session.id)
        rows.append(
            {
                **session.to_json(),
                "entries": summary.entries,
                "corrections": summary.corrections,
                "phrases_saved": summary.phrases_saved,
            }
        )
    if args.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    for row in rows:
        partner = f" with {row['partner']}" if row["partner"] else ""
        out.write(
            f"{row['id']}\t{row['title']}{partner}\t{_count(row['entries'], 'entry', 'entries')}, "
            f"{_count(row['corrections'], 'correction', 'corrections')}\t{row['created_at'][:10]}\n"
        )
    return 0


def cmd_export(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.session_export import export_text, load_document, pinyin_function, to_html

    document = load_document(ctx.session_store, ctx.phrase_store, args.id)
    # Pinyin read in context, with the dictionary's neutral tones when the dictionary is built.
    pinyin = pinyin_function(ctx.annotator)
    with writing(Path(args.out)) as target:
        if args.format == "pdf":
            pages = _pdf(to_html(document, pinyin), target)
            out.write(f"Exported session {args.id} to {target} ({pages} page{'s' if pages != 1 else ''}).\n")
            return 0
        export_text(document, args.format, target, pinyin)
    out.write(f"Exported session {args.id} to {target}.\n")
    return 0


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _pdf(html: str, target: Path) -> int:
    """The PDF comes from Qt's printing stack in a child process, so this process never loads Qt.

    The child dies with this process (and is killed on Ctrl+C or a timeout); it writes into a scratch folder that
    is removed on every way out (a killed run's is swept at the next export), and only this process, once the
    child succeeded, replaces `target`, atomically: a killed export never changes or half-writes it.
    """
    import shutil

    from app.core.child_process import ChildTimeout, run_module, scratch_folder
    from app.data import atomic_file

    with scratch_folder(PDF_TEMP_PREFIX) as folder:
        source, made = folder / "session.html", folder / "session.pdf"
        source.write_text(html, encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        try:
            result = run_module(
                "app.ui.pdf_export", [str(source), str(made)], timeout=PDF_TIMEOUT_S, env=env, cwd=_PACKAGE_ROOT
            )
        except ChildTimeout as exc:
            raise CliError("making the PDF took too long") from exc
        if result.returncode != 0 or not made.is_file():
            lines = [line for line in result.stderr.splitlines() if line.strip()]
            raise CliError(
                f"the PDF could not be made: {lines[-1] if lines else 'exit status ' + str(result.returncode)}"
            )
        with atomic_file.replacing(target) as temp:
            shutil.copyfile(made, temp)
    try:
        return int(result.stdout.split()[-1])
    except (IndexError, ValueError):
        return 0


def register(subparsers: Any) -> None:
    sessions = subparsers.add_parser("sessions", help="homework-help sessions: new, add, list, export")
    actions = sessions.add_subparsers(dest="sessions_command", metavar="ACTION")
    actions.required = True

    p = actions.add_parser("new", help="start a session; prints its id")
    p.add_argument("title", nargs="+", help="the session's title")
    p.add_argument("--partner", help="your partner's name or handle")
    p.add_argument("--subject", help='what it is about, e.g. "English essay" or "slang"')
    p.add_argument(
        "--direction",
        choices=["en", "zh", "both"],
        default="both",
        help="en: you help with English; zh: they help you with Chinese; both (default)",
    )
    p.set_defaults(handler=cmd_new)

    p = actions.add_parser("add", help="add an entry to a session; prints its id")
    p.add_argument("id", type=int, help="the session's id")
    p.add_argument("--kind", choices=KINDS, required=True)
    p.add_argument("--text", required=True, help="the entry's text (a correction's original); - reads stdin")
    p.add_argument("--corrected", help="the corrected text (corrections only)")
    p.add_argument("--explanation", help="why it was corrected (corrections only, optional)")
    p.add_argument("--translation", help="the translation of the text (optional)")
    p.set_defaults(handler=cmd_add)

    p = actions.add_parser("list", help="sessions, last changed first")
    p.add_argument("--search", help="only sessions with these words (title, partner, subject or entries)")
    p.add_argument("--json", action="store_true", help="print sessions as JSON with their summary")
    p.set_defaults(handler=cmd_list)

    p = actions.add_parser("export", help="export a session as Markdown, HTML or PDF")
    p.add_argument("id", type=int, help="the session's id")
    p.add_argument("--format", choices=["md", "html", "pdf"], required=True)
    p.add_argument("--out", required=True, help="the file to write")
    p.set_defaults(handler=cmd_export)
