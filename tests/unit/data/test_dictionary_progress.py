"""A first start shows the dictionary's preparation moving from 0% to 100%, through every phase of the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.data import dictionary


def test_the_build_reports_progress_from_zero_to_the_end_without_going_back(tmp_path: Path) -> None:
    source = tmp_path / "mini.txt"
    source.write_text("# header\n貓 猫 [mao1] /cat/\n狗 狗 [gou3] /dog/\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    dictionary.build(tmp_path / "mini.sqlite", source, progress=lambda done, total: seen.append((done, total)))
    done = [d for d, _total in seen]
    assert seen[0] == (0, dictionary.PROGRESS_TOTAL)  # at once, before the slow reading of CC-CEDICT
    assert seen[-1] == (dictionary.PROGRESS_TOTAL, dictionary.PROGRESS_TOTAL)  # only once the file is in place
    assert done == sorted(done)
    assert len(set(done)) >= 6  # reading, inserting, indexes, senses, full-text index, done: the bar keeps moving
    assert {total for _d, total in seen} == {dictionary.PROGRESS_TOTAL}


def test_cancelling_between_phases_stops_the_build(tmp_path: Path) -> None:
    source = tmp_path / "mini.txt"
    source.write_text("# header\n貓 猫 [mao1] /cat/\n", encoding="utf-8")
    seen: list[int] = []
    with pytest.raises(dictionary.BuildCancelled):
        dictionary.build(
            tmp_path / "mini.sqlite",
            source,
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: len(seen) >= 3,
        )
    assert not (tmp_path / "mini.sqlite").exists()
