"""Per-engine overhead over the bare engine call (target: at most 10%).

    python tests/bench/bench_engines.py [--package DIR] [--lt-url URL] [--llm-url URL/v1 --llm-model NAME] [--runs N]

- Argos: `TranslationService.translate` (planning, slang, quality checks, joining) over tokenize +
  `translate_batch` + detokenize of the same sentences. Without --package a base-size random model stands in.
- LibreTranslate: `LibreTranslateEngine.translate` over one raw `POST /translate` with the same body. Without
  --lt-url the test server (tests/fixtures/servers.py, tiny Argos packages) is started when it is installed.
- LLM: `LlmEngine.translate` (prompt, streamed parsing, validation) over one raw streamed request with the same
  body. Without --llm-url a loopback server streams a valid answer at a model-like pace (a real small model's
  answers are what --llm-url measures; a random one would be re-asked, which is not overhead).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from _common import REPO

sys.path.insert(0, str(REPO))

POST = (
    "Just joined RedNote today and everyone is so welcoming. My cat Mochi says hello to all of you. "
    "I am trying to learn Chinese but the tones are really hard for me. We had hotpot downtown last night. "
    "The weather here is cold but sunny. See you tomorrow."
)
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def median_time(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, ours: float, bare: float) -> float:
    overhead = (ours - bare) / bare * 100 if bare else 0.0
    verdict = "ok" if overhead <= 10 else "OVER TARGET"
    print(
        f"{name:15s} engine {ours * 1000:8.1f} ms   bare {bare * 1000:8.1f} ms   overhead {overhead:+6.1f}%  {verdict}"
    )
    return overhead


def sentences_of(text: str) -> list[str]:
    from app.core import sentences

    return [s.text for s in sentences.split(text)]


def bench_argos(package: Path | None, runs: int) -> float:
    from app.core.translator import ArgosEngine, read_package
    from app.services.translate import TranslationService

    with tempfile.TemporaryDirectory() as tmp:
        if package is None:
            sys.path.insert(0, str(REPO / "tests" / "bench"))
            import base_model

            package = base_model.build(Path(tmp) / "model")
        meta = read_package(package)
        engine = ArgosEngine(meta)
        parts = sentences_of(POST)
        service = TranslationService(lambda s, t: package if (s, t) == (meta.from_code, meta.to_code) else None)
        service._engines[(meta.from_code, meta.to_code)] = engine  # the same loaded model for both measurements
        ours = median_time(
            lambda: service.translate(POST, meta.from_code, meta.to_code, use_cache=False, batch=99), runs
        )
        bare = median_time(
            lambda: [engine.detokenize(t) for t in engine.translate_tokens(engine.tokenize(parts))], runs
        )
    return report("argos", ours, bare)


def bench_libretranslate(url: str, runs: int) -> float:
    from app.services.engines.libretranslate import LibreTranslateEngine

    engine = LibreTranslateEngine(url)
    parts = sentences_of(POST)
    src, tgt = engine.pair("en", "zh")
    body = json.dumps({"q": parts, "source": src, "target": tgt, "format": "text"}).encode()

    def raw() -> object:
        request = urllib.request.Request(
            url.rstrip("/") + "/translate", body, {"Content-Type": "application/json"}, method="POST"
        )
        with OPENER.open(request, timeout=60) as response:
            return json.loads(response.read())

    ours = median_time(lambda: engine.translate(parts, "en", "zh"), runs)
    return report("libretranslate", ours, median_time(raw, runs))


def bench_llm(url: str, model: str, runs: int) -> float:
    from app.core.engines import llm_format as fmt
    from app.services.engines.llm import LlmEngine

    engine = LlmEngine(url, model)
    engine.prepare()
    parts = sentences_of(POST)
    body = engine._body(fmt.messages(parts, "en", "zh", []), len(parts), True)

    def raw() -> object:
        request = urllib.request.Request(
            url.rstrip("/") + "/chat/completions", json.dumps(body).encode(), {"Content-Type": "application/json"}
        )
        with OPENER.open(request, timeout=300) as response:
            return [line for line in response]

    ours = median_time(lambda: engine.translate(parts, "en", "zh"), runs)
    return report("llm", ours, median_time(raw, runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help="an installed (unzipped) Argos package directory")
    parser.add_argument("--lt-url", help="a LibreTranslate server to measure")
    parser.add_argument("--llm-url", help="an OpenAI-compatible server (…/v1) to measure")
    parser.add_argument("--llm-model", default="")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    worst = [bench_argos(args.package, args.runs)]
    if args.lt_url:
        worst.append(bench_libretranslate(args.lt_url, args.runs))
    else:
        worst.append(_with_test_libretranslate(args.runs))
    if args.llm_url:
        worst.append(bench_llm(args.llm_url, args.llm_model, args.runs))
    else:
        worst.append(_with_paced_double(args.runs))
    return 0 if max(worst) <= 10 else 1


def _with_test_libretranslate(runs: int) -> float:
    from tests.fixtures.servers import libretranslate, venv_python
    from tests.fixtures.tiny_argos import build_package

    if not venv_python("libretranslate").exists():
        print("libretranslate   skipped: no --lt-url and the test server is not installed")
        return 0.0
    with tempfile.TemporaryDirectory() as tmp:
        packages = {p: build_package(Path(tmp) / f"{p[0]}_{p[1]}.argosmodel", *p) for p in (("en", "zh"), ("zh", "en"))}
        with libretranslate(Path(tmp) / "lt", packages) as server:
            return bench_libretranslate(server.url, runs)


def _with_paced_double(runs: int) -> float:
    from tests.fixtures.servers import Reply, ScriptedServer

    count = len(sentences_of(POST))
    text = json.dumps({"translations": [{"n": i, "text": f"句子{i}。"} for i in range(1, count + 1)], "slang": []})
    pieces = [text[i : i + 4] for i in range(0, len(text), 4)]  # about a token per piece, 200 tokens a second

    def route(method: str, path: str, body: object) -> Reply:
        if path.endswith("/models"):
            return Reply(body={"data": [{"id": "paced-double"}]})
        return Reply(sse=pieces, delay=0.005)

    with ScriptedServer(route) as server:
        return bench_llm(server.url + "/v1", "", runs)


if __name__ == "__main__":
    raise SystemExit(main())
