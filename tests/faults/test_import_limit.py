"""The cap on entries per import: refused with the file's size, raised in Preferences or with --max-entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.data.settings import Settings
from app.services.glossary_io import MAX_ENTRIES, ImportProblem, read_file
from tests.fixtures.hostile_apkg import apkg
from tests.unit.cli.test_cli import call

pytestmark = pytest.mark.slow


def _csv(path: Path, rows: int) -> Path:
    path.write_text("term,meaning_en\n" + "".join(f"term{i},meaning {i}\n" for i in range(rows)), encoding="utf-8")
    return path


def test_the_default_limit_is_the_preference_default() -> None:
    assert Settings().import_max_entries == MAX_ENTRIES == 20_000


@pytest.mark.parametrize("kind", ["csv", "apkg"])
def test_a_file_over_the_limit_is_refused_with_its_size_and_how_to_raise_it(kind: str, tmp_path: Path) -> None:
    path = _csv(tmp_path / "big.csv", 120) if kind == "csv" else apkg(tmp_path, rows=120)
    with pytest.raises(ImportProblem) as caught:
        read_file(path, max_entries=100)
    text = str(caught.value)
    assert "120" in text and "the limit is 100" in text and "--max-entries" in text
    assert len(read_file(path, max_entries=120).entries) == 120


@pytest.mark.usefixtures("glossary_paths")
def test_the_cli_takes_max_entries(tmp_path: Path) -> None:
    path = _csv(tmp_path / "big.csv", 150)
    status, _, err = call("glossary", "import", str(path), "--deck", "Big", "--max-entries", "100")
    assert status == 1 and "150 entries; the limit is 100" in err and "\n" not in err.strip()
    status, out, err = call("glossary", "import", str(path), "--deck", "Big", "--max-entries", "150")
    assert status == 0 and "150 added" in out, err
    with pytest.raises(SystemExit) as refused:  # argparse's one line and status 2
        call("glossary", "import", str(path), "--max-entries", "0")
    assert refused.value.code == 2
