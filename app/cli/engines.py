"""`jiaoliu engines list|test` and the engine options `jiaoliu translate` shares (`--engine`, `--url`, …).

Without `--engine`/`--url`/`--model` the engine saved in Preferences is used. A server on another computer is only
used once its host is confirmed, in Preferences or with `--confirm-host HOST` for this run."""

from __future__ import annotations

import argparse
import json
import os
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.errors import CliError

if TYPE_CHECKING:
    from app.core.engines.base import Engine
    from app.services.context import AppContext
    from app.services.engines.factory import EngineSettings

KIND_CHOICES = ("argos", "libretranslate", "llm")


def add_engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=KIND_CHOICES, help="default: the engine saved in Preferences (else argos)")
    p.add_argument(
        "--url",
        help="the server's base URL as you copy it (LibreTranslate: http://127.0.0.1:5000; an OpenAI-compatible "
        "server: the URL ending in /v1, e.g. http://127.0.0.1:11434/v1); default: the saved one",
    )
    p.add_argument("--model", help="the LLM server's model (default: the saved one, else the server's first)")
    p.add_argument("--api-key-env", metavar="VAR", help="read the server's API key from environment variable VAR")
    p.add_argument(
        "--confirm-host",
        metavar="HOST",
        action="append",
        default=[],
        help="allow sending text to this host (as 'school.example:5000') for this run; Preferences keeps it",
    )
    p.add_argument(
        "--allow-unencrypted-lan",
        action="store_true",
        help="allow plain http to a confirmed host on your local network",
    )


def chosen_settings(args: argparse.Namespace, ctx: AppContext) -> EngineSettings:
    """The engine settings for this run: the saved ones, changed by the options given."""
    from dataclasses import replace

    saved = ctx.engine_settings()
    kind = args.engine or saved.kind
    if args.url and not args.engine and saved.kind == "argos":
        kind = "llm" if args.url.rstrip("/").endswith("/v1") else "libretranslate"
    same = kind == saved.kind
    url = args.url or (saved.url if same else "")
    model = args.model if args.model is not None else (saved.model if same and not args.url else "")
    return replace(
        saved,
        kind=kind,
        url=url,
        model=model,
        confirmed_hosts=(*saved.confirmed_hosts, *args.confirm_host),
        allow_unencrypted_lan=saved.allow_unencrypted_lan or args.allow_unencrypted_lan,
    )


def engine_from_args(args: argparse.Namespace, ctx: AppContext) -> Engine | None:
    """The engine to use (None: Argos), or CliError naming the host when text must not go there."""
    from app.core.engines.base import EngineError, NotConfirmed
    from app.services.engines.factory import engines_from_settings

    settings = chosen_settings(args, ctx)
    api_key = None
    if args.api_key_env:
        api_key = os.environ.get(args.api_key_env)
        if api_key is None:
            raise CliError(f"the environment variable {args.api_key_env} is not set (--api-key-env)")
    try:
        return engines_from_settings(settings, api_key)
    except NotConfirmed as exc:
        host = str(exc.fields.get("host", ""))
        raise CliError(
            f"refused: your text would be sent to {host}, which you have not confirmed; confirm it in the app "
            f"or add --confirm-host {host}"
        ) from exc
    except EngineError as exc:
        if "unencrypted" in exc.template:  # the app's wording names Preferences; here it is an option
            raise CliError(f"refused: {exc} Or add --allow-unencrypted-lan.") from exc
        raise


def use_engine(args: argparse.Namespace, ctx: AppContext) -> None:
    """Make the context's translator use the engine the options (or Preferences) name."""
    engine = engine_from_args(args, ctx)
    ctx.translator.use_engine(engine)


def cmd_list(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.engines.factory import list_engines

    rows = list_engines(ctx.engine_settings())
    if args.json:
        shown = [{**row, "selected": bool(row["selected"])} for row in rows]
        out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
        return 0
    for row in rows:
        mark = "*" if row["selected"] else " "
        out.write(f"{mark} {row['kind']}\t{row['name']}\t{row['where']}\t{row['url'] or '-'}\n")
    return 0


def cmd_test(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    use_engine(args, ctx)
    report = ctx.translator.check()
    if args.json:
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(_describe(report) + "\n")
    if not report.get("pairs", True) or not report.get("models", True):
        return 1
    return 0


def _describe(report: dict[str, Any]) -> str:
    where = "this computer" if report.get("where") == "this-computer" else report.get("where", "")
    head = f"{report.get('name', '')} ({report.get('kind', '')}) on {where}"
    if report.get("url"):
        head += f" at {report['url']}"
    lines = [head]
    if "pairs" in report:
        lines.append(f"  translates: {', '.join(report['pairs']) or 'not English↔Chinese'}")
    if report.get("languages"):
        lines.append(f"  languages: {', '.join(report['languages'])}")
    if "models" in report:
        lines.append(f"  models: {', '.join(report['models']) or 'none'}")
    return "\n".join(lines)


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("engines", help="translation engines: list them, test a server").add_subparsers(
        dest="engines_command", metavar="ACTION"
    )
    group.required = True
    p = group.add_parser("list", help="each engine with where it sends text; * marks the one selected")
    p.add_argument("--json", action="store_true", help="print [{name, kind, where, url, selected}, ...]")
    p.set_defaults(handler=cmd_list)
    p = group.add_parser("test", help="check the engine (or the server given) and say what it serves")
    add_engine_options(p)
    p.add_argument("--json", action="store_true", help="print what the engine reported as JSON")
    p.set_defaults(handler=cmd_test)
