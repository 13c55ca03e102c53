"""Fixtures for the engine tests: the tiny Argos packages (both directions) and a slang index."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.slang import load_bundled
from app.services.slang_index import SlangIndex
from tests.fixtures.tiny_argos import build_package

DIRECTIONS = [("en", "zh"), ("zh", "en")]


@pytest.fixture(scope="session")
def tiny_packages(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("argosmodels")
    return {pair: build_package(out / f"{pair[0]}_{pair[1]}.argosmodel", *pair) for pair in DIRECTIONS}


@pytest.fixture(scope="session")
def slang_index() -> SlangIndex:
    index = SlangIndex()
    index.rebuild(load_bundled())
    return index


@pytest.fixture(scope="session")
def extracted_packages(
    tiny_packages: dict[tuple[str, str], Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    import zipfile

    out = tmp_path_factory.mktemp("extracted")
    dirs = {}
    for pair, path in tiny_packages.items():
        with zipfile.ZipFile(path) as archive:
            archive.extractall(out / pair[0])
        (dirs[pair],) = (out / pair[0]).iterdir()
    return dirs
