"""`jiaoliu models list|available|install|install-file|remove`: the Argos translation models on this computer."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.errors import CliError
from app.core.text import file_size

if TYPE_CHECKING:
    from app.services.context import AppContext
    from app.services.models import ModelInfo


def _size(value: int | None) -> str:
    return "?" if value is None else file_size(value)


def _progress_printer(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        shown = f"{done * 100 // total}%" if total > 0 else _size(done)
        print(f"\r{label} {shown}   ", end="", file=sys.stderr, flush=True)

    return show


def cmd_list(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    """One line per package folder; a damaged one says so, with the reason, and can still be removed."""
    for info in ctx.models.installed(broken=True):
        problem = f"\tdamaged: {info.problem.fields.get('reason', info.problem)}" if info.problem is not None else ""
        out.write(f"{info.code}\t{info.version or '?'}\t{_size(info.size_bytes)}\t{info.path}{problem}\n")
    return 0


def cmd_available(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    manager = ctx.models
    if not args.offline:
        print("jiaoliu: fetching the model index (network)…", file=sys.stderr)
        manager.refresh_index()
    for info in manager.available():
        state = "installed" if info.installed else "available"
        out.write(f"{info.code}\t{info.version}\t{_size(info.size_bytes)}\t{state}\n")
    return 0


def cmd_install(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    with _refusing_collisions():
        info = ctx.models.download_and_install(
            args.name, progress=_progress_printer(f"downloading {args.name}"), replace=args.replace
        )
    print(file=sys.stderr)
    out.write(f"Installed {info.code} {info.version}.\n")
    return 0


def cmd_install_file(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    path = Path(args.path)
    if path.is_dir():
        raise CliError(f"{path} is a folder; give the downloaded .argosmodel file")
    if path.exists() and not path.is_file():  # a pipe would block the reading forever
        raise CliError(f"{path} is not a regular file (a pipe or a device); give the downloaded .argosmodel file")
    with _refusing_collisions():
        info = ctx.models.install_file(path, replace=args.replace)
    out.write(f"Installed {info.code} {info.version} from {args.path}.\n")
    return 0


def cmd_remove(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    ctx.models.remove(args.name)
    out.write(f"Removed {args.name}.\n")
    return 0


@contextmanager
def _refusing_collisions() -> Iterator[None]:
    """A model for the same direction is never replaced unless --replace says so: the error says how."""
    from app.services.models import ModelExists

    try:
        yield
    except ModelExists as exc:
        raise CliError(f"{_collision(exc.installed)}; add --replace to replace it") from exc


def _collision(installed: ModelInfo) -> str:
    if not installed.from_code and installed.path is not None:
        return f"a damaged model is installed in the folder {installed.path.name}"
    names = {"en": "English", "zh": "Chinese"}
    direction = (
        f"{names.get(installed.from_code, installed.from_code)}→{names.get(installed.to_code, installed.to_code)}"
    )
    state = "a damaged " if installed.broken else "the "
    version = f" {installed.version}" if installed.version else ""
    return f"{state}{direction} model ({installed.code}{version}) is already installed"


def register(subparsers: Any) -> None:
    models = subparsers.add_parser("models", help="translation models: list, fetch, install, remove").add_subparsers(
        dest="models_command", metavar="ACTION"
    )
    models.required = True
    models.add_parser("list", help="installed models with version and size (damaged ones say why)").set_defaults(
        handler=cmd_list
    )
    p = models.add_parser("available", help="English↔Chinese models in the official index (fetches it)")
    p.add_argument("--offline", action="store_true", help="use the index fetched last time, no network")
    p.set_defaults(handler=cmd_available)
    p = models.add_parser("install", help="download and install a model from the index")
    p.add_argument("name", help="e.g. translate-en_zh")
    p.add_argument("--replace", action="store_true", help="replace the installed model for the same direction")
    p.set_defaults(handler=cmd_install)
    p = models.add_parser("install-file", help="install a downloaded .argosmodel file (offline)")
    p.add_argument("path")
    p.add_argument("--replace", action="store_true", help="replace the installed model for the same direction")
    p.set_defaults(handler=cmd_install_file)
    p = models.add_parser("remove", help="remove an installed model (by its name or its folder's name)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_remove)
