"""Helpers shared by the bench scripts: repo path, sample text, percentiles."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def cpp_dir() -> Path:
    return Path(os.environ.get("JIAOLIU_CPP_DIR", REPO.parent / "shared" / "data" / "cpp"))


def sample_text(chars: int) -> str:
    """Real Chinese prose: CPP benchmark sentences (Wikipedia) if present, else a fixed paragraph."""
    source = cpp_dir() / "dev.sent"
    if source.exists():
        lines = [line.replace("\u2581", "") for line in source.read_text(encoding="utf-8").splitlines()]
    else:
        lines = ["我们今天去银行办理业务，然后去长城附近吃饭了。他说这个问题还没有解决，需要重新考虑。"] * 50
    out: list[str] = []
    total = 0
    i = 0
    while total < chars:
        line = lines[i % len(lines)]
        out.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(out)[:chars]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]
