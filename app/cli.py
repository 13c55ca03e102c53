"""The command line: the same core as the app, never Qt. Errors are one line on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, NoReturn, TextIO

from app import __version__

if TYPE_CHECKING:
    from app.data.dictionary import Dictionary
    from app.data.glossary_store import GlossaryStore, StoredEntry
    from app.data.phrases import PhraseStore
    from app.services.models import ModelManager
    from app.services.translate import TranslationService


class CliError(Exception):
    """A problem to report as one line, exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"jiaoliu: {message} (see 'jiaoliu --help')\n")


def _text_arg(value: list[str] | None, stdin: TextIO) -> str:
    if value:
        return " ".join(value)
    if stdin.isatty():
        raise CliError("give the text as an argument or on standard input")
    return stdin.read()


def _lines(stdin: TextIO) -> Iterator[str]:
    for line in stdin:
        yield line[:-1] if line.endswith("\n") else line


def _dictionary() -> Dictionary:
    from app.data import dictionary
    from app.data.paths import app_paths, ensure_dirs

    paths = app_paths()
    ensure_dirs(paths)
    if not dictionary.is_current(paths.dictionary):
        print("jiaoliu: preparing the dictionary (first use, a few seconds)…", file=sys.stderr)
        dictionary.ensure_built(paths.dictionary)
    return dictionary.Dictionary(paths.dictionary)


# --- commands ---------------------------------------------------------------------------------------
def cmd_pinyin(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from app.core import polyphone
    from app.core.pinyin import PinyinStyle
    from app.core.text import clean_text, is_han

    if args.jsonl:
        for line in _lines(stdin):
            readings = polyphone.char_readings(line)
            items = [r if r and is_han(ch) else ch for ch, r in zip(line, readings, strict=True)]
            out.write(json.dumps(items, ensure_ascii=False) + "\n")
        return 0
    from app.services.annotate import Annotator, pinyin_text

    text = clean_text(_text_arg(args.text, stdin))
    rows = Annotator(_dictionary()).annotate(text)  # the dictionary adds neutral tones: 朋友 péngyou
    out.write(pinyin_text(rows, PinyinStyle(args.style)) + "\n")
    return 0


def cmd_segment(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from app.core.segment import segment
    from app.core.text import clean_text

    if args.jsonl:
        for line in _lines(stdin):
            out.write(json.dumps(segment(line), ensure_ascii=False) + "\n")
        return 0
    words = [w for w in segment(clean_text(_text_arg(args.text, stdin))) if not w.isspace()]
    out.write((json.dumps(words, ensure_ascii=False) if args.json else " ".join(words)) + "\n")
    return 0


def cmd_lookup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    words = _dictionary()
    query = _text_arg(args.word, stdin).strip()
    if not query:
        raise CliError("nothing to look up")
    entries = words.lookup(query, limit=args.limit)
    if args.json:
        out.write(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not entries:
        raise CliError(f"no dictionary entry for {query!r}")
    for entry in entries:
        trad = f" ({entry.traditional})" if entry.traditional != entry.simplified else ""
        out.write(f"{entry.simplified}{trad}  {entry.pinyin_marks}  — {'; '.join(entry.definitions)}\n")
    return 0


def _glossary_store() -> GlossaryStore:
    """The user's glossary with this release's bundled content synced in (a no-op when unchanged)."""
    from app.core.slang import load_bundled
    from app.data.database import open_database
    from app.data.glossary_store import GlossaryStore
    from app.data.paths import app_paths, ensure_dirs
    from app.services.glossary import bundle_version

    paths = app_paths()
    ensure_dirs(paths)
    store = GlossaryStore(open_database(paths.database))
    store.sync_bundled(load_bundled(), bundle_version())
    return store


def _entry_json(stored: StoredEntry) -> dict[str, object]:
    from dataclasses import asdict

    data = asdict(stored.entry)
    data["bundled"] = stored.bundled
    return data


def cmd_slang_detect(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from app.core.slang_detect import SlangDetector
    from app.core.text import clean_text

    detector = SlangDetector([s.entry for s in _glossary_store().entries()])
    lines = [" ".join(args.text)] if args.text else _lines(stdin)
    for line in lines:
        matches = detector.detect(clean_text(line)) if line else []
        items = [
            {"term": m.term, "start": m.start, "end": m.end, "entry_id": m.entry_id, "meaning": m.meaning}
            for m in matches
        ]
        if args.jsonl:
            out.write(json.dumps(items, ensure_ascii=False) + "\n")
        else:
            for m in matches:
                out.write(f"{m.surface}\t{m.term}\t{m.meaning}\n")
    return 0


def cmd_glossary_lookup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    store = _glossary_store()
    if args.jsonl:
        for line in _lines(stdin):
            found = store.lookup(line) if line.strip() else []
            out.write(json.dumps([_entry_json(s) for s in found], ensure_ascii=False) + "\n")
        return 0
    term = _text_arg(args.term, stdin).strip()
    found = store.lookup(term)
    if args.json:
        out.write(json.dumps([_entry_json(s) for s in found], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not found:
        raise CliError(f"{term!r} is not in the glossary")
    for stored in found:
        e = stored.entry
        pinyin = f" [{e.pinyin}]" if e.pinyin else ""
        out.write(f"{e.term}{pinyin}\n  {e.meaning_en}\n  {e.meaning_zh}\n")
    return 0


def cmd_glossary_import(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from pathlib import Path

    from app.data.glossary_store import GlossaryStoreError
    from app.services.glossary import import_into, read_for_import
    from app.services.glossary_io import ImportProblem

    path = Path(args.file)
    try:
        imported = read_for_import(path)
        result = import_into(_glossary_store(), imported, args.deck, path)
    except ImportProblem as exc:
        shown = "; ".join(exc.errors[:5]) + (f" (and {len(exc.errors) - 5} more)" if len(exc.errors) > 5 else "")
        raise CliError(f"nothing imported from {path.name}: {shown}") from exc
    except GlossaryStoreError as exc:
        raise CliError(str(exc)) from exc
    out.write(f"Imported {result.added} entries into “{result.deck_name}” ({result.replaced} replaced).\n")
    return 0


def cmd_glossary_export(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from pathlib import Path

    from app.data.glossary_store import GlossaryStoreError
    from app.services.glossary import export_to

    try:
        count = export_to(_glossary_store(), args.format, Path(args.file), args.deck)
    except (GlossaryStoreError, OSError) as exc:
        raise CliError(str(exc)) from exc
    out.write(f"Exported {count} entries to {args.file}.\n")
    return 0


def _phrase_store() -> PhraseStore:
    from app.data.database import open_database
    from app.data.paths import app_paths, ensure_dirs
    from app.data.phrases import PhraseStore

    paths = app_paths()
    ensure_dirs(paths)
    return PhraseStore(open_database(paths.database))


def cmd_phrases_add(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from app.data.phrases import PhraseError

    text = _text_arg(args.text, stdin).strip()
    try:
        phrase_id = _phrase_store().add(
            text,
            args.translation or "",
            pinyin=args.pinyin,
            note=args.note or "",
            tags=args.tags or "",
            source=args.source or "",
        )
    except PhraseError as exc:
        raise CliError(str(exc)) from exc
    out.write(f"{phrase_id}\n")
    return 0


def cmd_phrases_list(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    phrases = _phrase_store().search(args.search or "", tag=args.tag, sort=args.sort, limit=args.limit)
    if args.json:
        out.write(json.dumps([p.to_json() for p in phrases], ensure_ascii=False, indent=2) + "\n")
        return 0
    for p in phrases:
        tags = f"  [{', '.join(p.tags)}]" if p.tags else ""
        pinyin = f"  {p.pinyin}" if p.pinyin else ""
        translation = f"  — {p.translation}" if p.translation else ""
        out.write(f"{p.id}\t{p.text}{pinyin}{translation}{tags}\n")
    return 0


def cmd_phrases_export(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from pathlib import Path

    from app.data.phrases import PhraseError
    from app.services.phrasebook import export_from_store

    try:
        count = export_from_store(_phrase_store(), args.format, Path(args.file))
    except (PhraseError, OSError) as exc:
        raise CliError(str(exc)) from exc
    out.write(f"Exported {count} phrases to {args.file}.\n")
    return 0


def _models() -> ModelManager:
    from app.data.paths import app_paths, ensure_dirs
    from app.services.models import ModelManager

    paths = app_paths()
    ensure_dirs(paths)
    return ModelManager(paths.data)


def _translation_service(want_dictionary: bool) -> TranslationService:
    """Models, the user's glossary (bundled and decks) for slang, the cache; the dictionary when built
    (it glosses flagged sentences) or when the dictionary fallback is asked for."""
    from app.data import dictionary
    from app.data.paths import app_paths
    from app.services.slang_index import SlangIndex
    from app.services.translate import TranslationService

    manager = _models()
    paths = app_paths()
    store = _glossary_store()
    index = SlangIndex()
    index.rebuild([s.entry for s in store.entries()])
    store.db.conn.close()
    words = _dictionary() if want_dictionary else None
    if words is None and dictionary.is_current(paths.dictionary):
        words = dictionary.Dictionary(paths.dictionary)
    return TranslationService(manager.package_dir, index, words, cache_path=paths.database)


def cmd_translate(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from app.core.text import clean_text
    from app.services.translate import NoModel

    service = _translation_service(args.gloss)
    source = args.source
    texts = list(_lines(stdin)) if args.jsonl else [clean_text(_text_arg(args.text, stdin)).strip()]
    for text in texts:
        if not text.strip():
            if args.jsonl:
                out.write("{}\n")
            continue
        try:
            result = service.translate(
                clean_text(text),
                source,
                args.target,
                substitute_slang=not args.literal_slang,
                gloss_fallback=args.gloss,
            )
        except NoModel as exc:
            raise CliError(f"{exc} Or add --gloss for a word-by-word dictionary gloss.") from exc
        if args.jsonl:
            out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        elif args.json:
            out.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
        else:
            label = " [dictionary gloss: no translation model installed]" if result.engine != "argos" else ""
            out.write(result.target + label + "\n")
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


def cmd_models(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from pathlib import Path

    from app.core.argos_archive import ArchiveError
    from app.services.models import ModelError

    manager = _models()
    try:
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
    except (ModelError, ArchiveError) as exc:
        raise CliError(str(exc)) from exc
    return 0


Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jiaoliu",
        description="Jiaoliu 交流 — offline English–Chinese exchange companion. "
        "Run without a command to open the app; `jiaoliu --smoke` starts it and exits after "
        "the first paint. Data lives in JIAOLIU_DATA_DIR when that is set.",
    )
    parser.add_argument("--version", action="version", version=f"jiaoliu {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("pinyin", help="pinyin for Chinese text")
    p.add_argument("text", nargs="*", help="text (default: standard input)")
    p.add_argument("--style", choices=["marks", "numbers", "zhuyin"], default="marks")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="read lines from stdin; write one JSON array per line, one element per character "
        "(each character's reading in context with its citation tone, as in the CPP benchmark)",
    )
    p.set_defaults(handler=cmd_pinyin)

    p = sub.add_parser("segment", help="split Chinese text into words")
    p.add_argument("text", nargs="*", help="text (default: standard input)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--jsonl", action="store_true", help="read lines from stdin, write a JSON array per line")
    p.set_defaults(handler=cmd_segment)

    p = sub.add_parser("lookup", help="look a word up in CC-CEDICT (hanzi, pinyin or English)")
    p.add_argument("word", nargs="*", help="hanzi, pinyin (nihao, ni3 hao3, nǐ hǎo) or English")
    p.add_argument("--json", action="store_true", help="print entries as JSON")
    p.add_argument("--limit", type=int, default=20, help="at most this many entries (default 20)")
    p.set_defaults(handler=cmd_lookup)

    slang = sub.add_parser("slang", help="find slang in text").add_subparsers(dest="slang_command", metavar="ACTION")
    slang.required = True
    p = slang.add_parser("detect", help="find slang terms in text, with character offsets")
    p.add_argument("text", nargs="*", help="text (default: standard input, line by line)")
    p.add_argument(
        "--jsonl", action="store_true", help="one JSON array per input line of {term, start, end, entry_id, meaning}"
    )
    p.set_defaults(handler=cmd_slang_detect)

    glossary = sub.add_parser("glossary", help="the slang glossary and your decks").add_subparsers(
        dest="glossary_command", metavar="ACTION"
    )
    glossary.required = True
    p = glossary.add_parser("lookup", help="entries whose term or another form is TERM")
    p.add_argument("term", nargs="*", help="the term (case and width do not matter)")
    p.add_argument("--json", action="store_true", help="print matching entries as JSON")
    p.add_argument("--jsonl", action="store_true", help="read one term per stdin line, write a JSON array per line")
    p.set_defaults(handler=cmd_glossary_lookup)
    p = glossary.add_parser("import", help="import a CSV, JSON or Anki .apkg file into a deck (all or nothing)")
    p.add_argument("file")
    p.add_argument("--deck", help="the deck to import into (created if new; default: the file's deck name)")
    p.set_defaults(handler=cmd_glossary_import)
    p = glossary.add_parser("export", help="export a deck, or the whole glossary, as CSV, JSON or Anki .apkg")
    p.add_argument("--format", choices=["csv", "json", "apkg"], required=True)
    p.add_argument("--deck", help="the deck to export (default: every entry)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_glossary_export)

    phrases = sub.add_parser("phrases", help="your phrasebook: add, list, export").add_subparsers(
        dest="phrases_command", metavar="ACTION"
    )
    phrases.required = True
    p = phrases.add_parser("add", help="save a phrase (pinyin is filled in for Chinese); prints its id")
    p.add_argument("text", nargs="*", help="the phrase (default: standard input)")
    p.add_argument("--translation", help="its translation")
    p.add_argument("--note", help="a note")
    p.add_argument("--tags", help="comma-separated tags, e.g. slang,week 1")
    p.add_argument("--source", help="where it comes from (free text or a link)")
    p.add_argument("--pinyin", help="pinyin to keep instead of the automatic one")
    p.set_defaults(handler=cmd_phrases_add)
    p = phrases.add_parser("list", help="phrases, most recently changed first")
    p.add_argument("--search", help="words to find in the text, translation, pinyin (with or without tones) or note")
    p.add_argument("--tag", help="only phrases with this tag")
    p.add_argument("--sort", choices=["updated", "created", "text", "translation", "pinyin"], default="updated")
    p.add_argument("--limit", type=int, help="at most this many")
    p.add_argument("--json", action="store_true", help="print the phrases as JSON")
    p.set_defaults(handler=cmd_phrases_list)
    p = phrases.add_parser("export", help="export every phrase as CSV, JSON or Anki .apkg")
    p.add_argument("--format", choices=["csv", "json", "apkg"], required=True)
    p.add_argument("file")
    p.set_defaults(handler=cmd_phrases_export)

    p = sub.add_parser("translate", help="translate a post offline (English ↔ Chinese)")
    p.add_argument("text", nargs="*", help="text (default: standard input)")
    p.add_argument("--from", dest="source", choices=["auto", "en", "zh"], default="auto")
    p.add_argument("--to", dest="target", choices=["en", "zh"], help="default: the other language")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print {source, target, direction, sentences, slang, ...}")
    form.add_argument("--jsonl", action="store_true", help="translate each stdin line; one JSON object per line")
    p.add_argument(
        "--gloss", action="store_true", help="without a model, give a word-by-word dictionary gloss instead of failing"
    )
    p.add_argument(
        "--literal-slang",
        action="store_true",
        help="give slang to the model as written (default: its plain paraphrase)",
    )
    p.set_defaults(handler=cmd_translate)

    models = sub.add_parser("models", help="translation models: list, fetch, install, remove").add_subparsers(
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

    from app import cli_sessions, cli_study  # their own modules; they import CliError from here

    cli_sessions.register(sub)
    cli_study.register(sub)
    return parser


COMMANDS = ("pinyin", "segment", "lookup", "slang", "glossary", "phrases", "translate", "models", "sessions", "study")


def main(
    argv: list[str] | None = None, ctx: object = None, out: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    out = out or sys.stdout
    stdin = stdin or sys.stdin
    for stream in (out, stdin):
        if hasattr(stream, "reconfigure"):
            # Undecodable bytes pass through instead of ending the run with a traceback.
            stream.reconfigure(encoding="utf-8", errors="surrogateescape")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(out)
        return 0
    try:
        return int(args.handler(args, out, stdin))
    except CliError as exc:
        print(f"jiaoliu: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # anything else is still one line, not a traceback
        print(f"jiaoliu: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
