"""End-to-end checks of the tiny Argos package fixture, fully offline.

argostranslate reads HOME/XDG_*/ARGOS_PACKAGES_DIR when ``argostranslate.settings`` is
imported, so the ``argos`` fixture imports it afresh with every path inside a temp dir
and restores the previous modules afterwards.  No setting keeps
``argostranslate.translate`` offline (the default MiniSBD sentencizer downloads an ONNX
model; ARGOS_CHUNK_TYPE=NONE drops the package), so those tests swap in a one-sentence
splitter.
"""

from __future__ import annotations

import importlib
import json
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import ctranslate2
import pytest
import sentencepiece as spm
from pytest_socket import SocketBlockedError

from tests.fixtures.tiny_argos import PHRASES, build_package

pytestmark = pytest.mark.disable_socket

DIRECTIONS = [("en", "zh"), ("zh", "en")]
CASES = [(pair, src, tgt) for pair in DIRECTIONS for src, tgt in PHRASES[pair]]
FIXTURE_SCRIPT = Path(__file__).parents[2] / "fixtures" / "tiny_argos.py"
ARGOS_PATHS = {
    "HOME": "home",
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "ARGOS_PACKAGES_DIR": "packages",
}
ARGOS_DEFAULTS = [
    "ARGOS_CHUNK_TYPE",
    "ARGOS_BEAM_SIZE",
    "ARGOS_COMPUTE_TYPE",
    "ARGOS_DEVICE_TYPE",
    "ARGOS_MODEL_PROVIDER",
    "ARGOS_DEBUG",
    "SNAP",
]


class OneSentence:
    """Sentence splitter that keeps the text whole (needs no model, no network)."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("argosmodels")
    return {pair: build_package(out / f"{pair[0]}_{pair[1]}.argosmodel", *pair) for pair in DIRECTIONS}


@pytest.fixture(scope="module")
def extracted(
    built: dict[tuple[str, str], Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("extracted")
    dirs = {}
    for pair, path in built.items():
        with zipfile.ZipFile(path) as archive:
            archive.extractall(out / pair[0])
        (dirs[pair],) = (out / pair[0]).iterdir()
    return dirs


def _pop_argos_modules() -> dict[str, ModuleType]:
    names = [n for n in sys.modules if n == "argostranslate" or n.startswith("argostranslate.")]
    return {name: sys.modules.pop(name) for name in names}


@pytest.fixture(scope="module")
def argos(built: dict[tuple[str, str], Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    """A fresh argostranslate whose data/config/cache/packages all live in a temp dir."""
    root = tmp_path_factory.mktemp("argos")
    saved = _pop_argos_modules()
    try:
        with pytest.MonkeyPatch.context() as mp:
            for var, sub in ARGOS_PATHS.items():
                mp.setenv(var, str(root / sub))
            for var in ARGOS_DEFAULTS:
                mp.delenv(var, raising=False)
            minisbd_models = importlib.import_module("minisbd.models")
            mp.setattr(minisbd_models, "cache_dir", minisbd_models.cache_dir)  # sbd sets it
            modules = {
                name: importlib.import_module(f"argostranslate.{name}")
                for name in ("settings", "package", "translate", "sbd")
            }
            for path in built.values():
                modules["package"].install_from_path(path)
            yield SimpleNamespace(root=root, **modules)
    finally:
        _pop_argos_modules()
        sys.modules.update(saved)


def _installed(argos: SimpleNamespace, pair: tuple[str, str]) -> Any:
    """The installed argostranslate.package.Package for ``pair``."""
    return next(p for p in argos.package.get_installed_packages() if (p.from_code, p.to_code) == pair)


# --------------------------------------------------------------------------- the package


def test_network_is_blocked() -> None:
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_build_is_fast_and_deterministic(built: dict[tuple[str, str], Path], tmp_path: Path) -> None:
    start = time.perf_counter()
    again = build_package(tmp_path / "again.argosmodel", "en", "zh")
    assert time.perf_counter() - start < 20
    assert again.read_bytes() == built[("en", "zh")].read_bytes()


@pytest.mark.parametrize("pair", DIRECTIONS)
def test_archive_layout(built: dict[tuple[str, str], Path], pair: tuple[str, str]) -> None:
    with zipfile.ZipFile(built[pair]) as archive:
        names = {n for n in archive.namelist() if not n.endswith("/")}
        (top,) = {n.split("/")[0] for n in names}
        metadata = json.loads(archive.read(f"{top}/metadata.json"))
    for member in (
        "metadata.json",
        "sentencepiece.model",
        "model/model.bin",
        "model/config.json",
        "model/shared_vocabulary.json",
    ):
        assert f"{top}/{member}" in names
    assert (metadata["from_code"], metadata["to_code"]) == pair
    assert metadata["type"] == metadata["package_type"] == "translate"
    assert metadata["code"] == f"translate-{pair[0]}_{pair[1]}"
    assert metadata["target_prefix"] == ""
    for field in ("package_version", "argos_version", "from_name", "to_name", "name"):
        assert metadata[field]


def test_cli_builds_a_package(tmp_path: Path) -> None:
    out = tmp_path / "cli.argosmodel"
    subprocess.run(
        [sys.executable, str(FIXTURE_SCRIPT), str(out), "--from", "zh", "--to", "en"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert zipfile.is_zipfile(out)


# --------------------------------------------------------------------------- plain CTranslate2


def _ct2_translate(package_dir: Path, source: str, beam_size: int, prefix: str = "") -> str:
    sp = spm.SentencePieceProcessor(model_file=str(package_dir / "sentencepiece.model"))
    translator = ctranslate2.Translator(str(package_dir / "model"), device="cpu")
    result = translator.translate_batch(
        [sp.encode(source, out_type=str)], beam_size=beam_size, target_prefix=[[prefix]] if prefix else None
    )
    return sp.decode_pieces([t for t in result[0].hypotheses[0] if t != prefix])


@pytest.mark.parametrize("beam_size", [1, 4])
@pytest.mark.parametrize(("pair", "source", "target"), CASES)
def test_ctranslate2_reproduces_phrase(
    extracted: dict[tuple[str, str], Path], pair: tuple[str, str], source: str, target: str, beam_size: int
) -> None:
    assert _ct2_translate(extracted[pair], source, beam_size) == target


# --------------------------------------------------------------------------- argostranslate


def test_argos_uses_temp_dirs_only(argos: SimpleNamespace) -> None:
    assert argos.settings.package_data_dir == argos.root / "packages"
    assert argos.settings.data_dir.is_relative_to(argos.root)
    assert argos.settings.cache_dir.is_relative_to(argos.root)
    assert argos.settings.settings_file.is_relative_to(argos.root)


def test_argos_lists_installed_packages(argos: SimpleNamespace) -> None:
    packages = argos.package.get_installed_packages()
    assert sorted((p.from_code, p.to_code) for p in packages) == sorted(DIRECTIONS)
    assert {p.type for p in packages} == {"translate"}
    assert all(p.package_path.is_relative_to(argos.root / "packages") for p in packages)
    languages = argos.translate.get_installed_languages()
    assert [(lang.code, lang.name) for lang in languages] == [("en", "English"), ("zh", "Chinese")]


@pytest.mark.parametrize(("pair", "source", "target"), CASES)
def test_argos_apply_packaged_translation(
    argos: SimpleNamespace, pair: tuple[str, str], source: str, target: str
) -> None:
    pkg = _installed(argos, pair)
    translator = ctranslate2.Translator(str(pkg.package_path / "model"), compute_type=argos.settings.compute_type)
    hypotheses = argos.translate.apply_packaged_translation(pkg, source, translator, OneSentence(), num_hypotheses=1)
    assert hypotheses[0].value == target


@pytest.mark.parametrize(("pair", "source", "target"), CASES)
def test_argos_translate_api(
    argos: SimpleNamespace, monkeypatch: pytest.MonkeyPatch, pair: tuple[str, str], source: str, target: str
) -> None:
    monkeypatch.setattr(argos.sbd.MiniSBDSentencizer, "split_sentences", OneSentence.split_sentences)
    languages = {lang.code: lang for lang in argos.translate.get_installed_languages()}
    translation = languages[pair[0]].get_translation(languages[pair[1]])
    assert translation.translate(source) == target
    assert argos.translate.translate(source, *pair) == target


def test_target_prefix_is_applied_and_stripped(argos: SimpleNamespace, tmp_path: Path) -> None:
    path = build_package(tmp_path / "prefixed.argosmodel", "en", "zh", target_prefix="<zh>")
    with zipfile.ZipFile(path) as archive:
        archive.extractall(tmp_path)
    pkg = argos.package.Package(tmp_path / "translate-en_zh-1_0")
    assert pkg.target_prefix == "<zh>"
    translator = ctranslate2.Translator(str(pkg.package_path / "model"))
    for source, target in PHRASES[("en", "zh")]:
        assert _ct2_translate(pkg.package_path, source, 1, prefix="<zh>") == target
        value = argos.translate.apply_packaged_translation(pkg, source, translator, OneSentence(), 1)[0].value
        assert value == target
