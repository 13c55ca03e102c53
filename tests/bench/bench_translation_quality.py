"""chrF and BLEU (sacrebleu) of any engine on a reference file, wherever real models or servers exist.

    python tests/bench/bench_translation_quality.py --engine argos|libretranslate|llm [--url URL] [--model NAME]
        [--package DIR] [--source zh --target en] --refs FILE [--api-key-env VAR] [--out HYPS.txt]

FILE is tab-separated `source<TAB>reference` lines, or JSON lines {"source": …, "reference": …}. Argos uses the
models installed for the app (or --package DIR, an unzipped Argos package). A remote --url must be one you
trust: it is confirmed for this run only. Chinese references are scored with sacrebleu's `zh` tokenizer.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from _common import REPO

sys.path.insert(0, str(REPO))


def read_refs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            row = json.loads(line)
            pairs.append((str(row["source"]), str(row["reference"])))
        else:
            source, reference = line.split("\t", 1)
            pairs.append((source, reference))
    return pairs


def scores(hypotheses: list[str], references: list[str], target: str) -> dict[str, float]:
    import sacrebleu

    tokenize = "zh" if target == "zh" else "13a"
    bleu = sacrebleu.corpus_bleu(hypotheses, [references], tokenize=tokenize)
    chrf = sacrebleu.corpus_chrf(hypotheses, [references])
    return {"chrF": round(chrf.score, 2), "BLEU": round(bleu.score, 2)}


def service_for(args: argparse.Namespace):
    from app.core.engines.base import where_of
    from app.core.translator import read_package
    from app.services.engines.factory import make_engine
    from app.services.translate import TranslationService

    key = os.environ.get(args.api_key_env, "") if args.api_key_env else None
    if args.engine == "argos" and args.package:
        meta = read_package(args.package)
        return TranslationService(lambda s, t: args.package if (s, t) == (meta.from_code, meta.to_code) else None)
    engine = None
    if args.engine != "argos":
        url = args.url or ""
        confirmed = [where_of(url)] if url else []
        engine = make_engine(args.engine, url, args.model, key, confirmed_hosts=confirmed, allow_unencrypted_lan=True)
    from app.services.context import AppContext

    ctx = AppContext()
    ctx.prepare_glossary()
    service = ctx.translator
    service.use_engine(engine)
    return service


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("argos", "libretranslate", "llm"), default="argos")
    parser.add_argument("--url", default="")
    parser.add_argument("--model", default="")
    parser.add_argument("--package", type=Path)
    parser.add_argument("--api-key-env", default="")
    parser.add_argument("--source", default="auto")
    parser.add_argument("--target", default=None)
    parser.add_argument("--refs", type=Path, required=True)
    parser.add_argument("--out", type=Path, help="write the hypotheses here, one per line")
    args = parser.parse_args()
    pairs = read_refs(args.refs)
    service = service_for(args)
    hypotheses, target = [], "en"
    start = time.perf_counter()
    for source, _ in pairs:
        result = service.translate(source, args.source, args.target, use_cache=False)
        hypotheses.append(result.target.replace("\n", " "))
        target = result.direction.split("-")[1]
    seconds = time.perf_counter() - start
    if args.out:
        args.out.write_text("\n".join(hypotheses) + "\n", encoding="utf-8")
    info = service.describe().to_json()
    figures = scores(hypotheses, [r for _, r in pairs], target)
    print(json.dumps({"engine": info, "segments": len(pairs), "seconds": round(seconds, 1), **figures}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
