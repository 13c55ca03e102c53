"""Load an unpacked Argos package's tokenizer and CTranslate2 model in a child process, under a time limit.

A damaged model.bin or sentencepiece.model can crash, hang or exhaust a process, so the install never loads it
itself: `check_package(folder)` runs `python -m app.services.model_check FOLDER` (through
`app.core.child_process`, so it dies with this process) and turns its answer into one ArchiveError.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from app.core.argos_archive import ArchiveError, check_model_config
from app.core.child_process import ChildTimeout, run_module
from app.core.errors import QT_TRANSLATE_NOOP

CHECK_TIMEOUT_S = 30.0
MAX_DETAIL = 160
SAMPLES = ("Hello.", "你好。")
# The folder that holds this very `app` package, so the child's `-m` finds it and not another one.
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]

_FAILURES = {
    "tokenizer": QT_TRANSLATE_NOOP("Errors", "its tokenizer (sentencepiece.model) cannot be loaded ({detail})"),
    "model": QT_TRANSLATE_NOOP("Errors", "its CTranslate2 model (model/) cannot be loaded ({detail})"),
    "translate": QT_TRANSLATE_NOOP("Errors", "its model loads but cannot translate ({detail})"),
}


def check_package(folder: Path, timeout: float = CHECK_TIMEOUT_S) -> None:
    """Raise ArchiveError (a fragment: "its tokenizer … cannot be loaded (…)") unless the package really loads."""
    check_model_config(folder)  # cheap, and CTranslate2 would fail on it with a decoding error
    try:
        result = run_module(__name__, [str(folder)], timeout=timeout, cwd=_PACKAGE_ROOT)
    except ChildTimeout:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "loading its model took longer than {seconds} seconds"), seconds=f"{timeout:g}"
        ) from None
    except OSError as exc:
        raise ArchiveError(
            QT_TRANSLATE_NOOP("Errors", "its model could not be checked ({detail})"), detail=exc.strerror or exc
        ) from None
    answer = _answer(result.stdout)
    if result.returncode == 0 and answer.get("ok") is True:
        return
    part, detail = str(answer.get("part", "")), str(answer.get("detail", ""))
    if part in _FAILURES:
        raise ArchiveError(_FAILURES[part], detail=_short(detail))
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    raise ArchiveError(
        QT_TRANSLATE_NOOP("Errors", "checking its model failed ({detail})"),
        detail=_short(lines[-1] if lines else f"exit status {result.returncode}"),
    )


def _answer(stdout: str) -> dict[str, object]:
    for line in reversed(stdout.splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return {}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


# --------------------------------------------------------------------------- the child


class _Failed(Exception):
    def __init__(self, part: str, detail: object, folder: Path) -> None:
        super().__init__(part)
        # The staging folder means nothing to a person: name the files inside the package only.
        self.part, self.detail = part, str(detail).replace(f"{folder}{os.sep}", "").replace(str(folder), ".")


def _load(folder: Path) -> None:
    """Tokenize the samples, load the model and translate them a few tokens far: what a translation will do."""
    import ctranslate2
    import sentencepiece

    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    prefix = metadata.get("target_prefix") or ""
    try:
        sp = sentencepiece.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
        tokens = [sp.encode(text, out_type=str) for text in SAMPLES]
    except Exception as exc:  # sentencepiece raises RuntimeError, OSError or worse on a damaged file
        raise _Failed("tokenizer", exc, folder) from exc
    try:
        translator = ctranslate2.Translator(str(folder / "model"), device="cpu", inter_threads=1, intra_threads=1)
    except Exception as exc:
        raise _Failed("model", exc, folder) from exc
    try:
        translator.translate_batch(
            tokens, target_prefix=[[prefix]] * len(tokens) if prefix else None, beam_size=1, max_decoding_length=8
        )
    except Exception as exc:
        raise _Failed("translate", exc, folder) from exc


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m app.services.model_check FOLDER", file=sys.stderr)
        return 2
    try:
        _load(Path(args[0]))
    except _Failed as failed:
        print(json.dumps({"ok": False, "part": failed.part, "detail": failed.detail}))
        return 1
    print(json.dumps({"ok": True}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
