"""The model manager with real tiny Argos packages, a real loopback HTTP server and real zip files."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from app.core.argos_archive import ArchiveError, validate_archive
from app.services import models
from app.services.models import ENV_INDEX, ModelCancelled, ModelError, ModelExists, ModelInfo, ModelManager
from tests.fixtures.tiny_argos import build_package

REPO = Path(__file__).resolve().parents[3]
PAIRS = [("en", "zh"), ("zh", "en")]
XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR", "ARGOS_PACKAGE_INDEX")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("argosmodels")
    return {pair: build_package(out / f"translate-{pair[0]}_{pair[1]}.argosmodel", *pair) for pair in PAIRS}


@pytest.fixture
def manager(tmp_path: Path) -> ModelManager:
    return ModelManager(tmp_path / "data")


def _leftovers(manager: ModelManager) -> list[str]:
    """Anything an install may leave behind: staging/trash folders, partial downloads, package folders."""
    root = manager.root
    found = [p.name for p in root.glob(".staging-*")] + [p.name for p in root.glob(".trash-*")]
    found += [p.name for p in root.rglob("*.part")]
    if manager.packages_dir.exists():
        found += [p.name for p in manager.packages_dir.iterdir()]
    return found


# --------------------------------------------------------------------------- installed packages


def test_install_file_list_and_remove(manager: ModelManager, built: dict[tuple[str, str], Path]) -> None:
    assert manager.installed() == []
    info = manager.install_file(built[("en", "zh")])
    assert (info.code, info.from_code, info.to_code, info.version) == ("translate-en_zh", "en", "zh", "1.0")
    assert info.installed and info.name == "English → Chinese"
    (listed,) = manager.installed()
    assert listed == info
    assert listed.size_bytes is not None and listed.size_bytes > 100_000  # model.bin is ~2.6 MB unpacked
    folder = manager.package_dir("en", "zh")
    assert folder is not None and folder.parent == manager.packages_dir
    assert (folder / "model" / "model.bin").is_file() and (folder / "sentencepiece.model").is_file()
    assert manager.package_dir("zh", "en") is None
    manager.remove("translate-en_zh")
    assert manager.installed() == [] and manager.package_dir("en", "zh") is None
    assert _leftovers(manager) == []


def test_both_directions_and_unknown_removal(manager: ModelManager, built: dict[tuple[str, str], Path]) -> None:
    for path in built.values():
        manager.install_file(path)
    assert [m.code for m in manager.installed()] == ["translate-en_zh", "translate-zh_en"]
    with pytest.raises(ModelError, match="No installed model is called translate-en_de"):
        manager.remove("translate-en_de")


def test_same_direction_is_replaced_only_when_asked(
    manager: ModelManager, built: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    old = manager.install_file(built[("en", "zh")])
    newer = _rewrite(built[("en", "zh")], tmp_path / "newer.argosmodel", _bump_version)
    with pytest.raises(ModelExists) as caught:
        manager.install_file(newer)
    assert str(caught.value) == "The English→Chinese model (translate-en_zh 1.0) is already installed."
    assert caught.value.installed == old and caught.value.new_version == "1.1"
    assert manager.installed() == [old] and _leftovers(manager) == [old.path.name if old.path else ""]
    new = manager.install_file(newer, replace=True)
    assert manager.installed() == [new]
    assert new.version == "1.1" and new.path != old.path
    assert old.path is not None and new.path is not None and not old.path.exists()
    assert manager.install_file(newer, replace=True) == new  # reinstalling the same folder replaces it too
    assert manager.installed() == [new] and _leftovers(manager) == [new.path.name]


def test_argos_folders_live_under_the_data_dir(
    manager: ModelManager, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://example.invalid/")
    before = {name: os.environ.get(name) for name in XDG}
    manager.installed()
    assert {name: os.environ.get(name) for name in XDG} == before  # restored right after the import
    settings = models.argos_package_module(manager.data_dir).settings
    assert settings.package_dirs == [manager.root / "packages"]
    for folder in (settings.data_dir, settings.config_dir, settings.cache_dir, settings.downloads_dir):
        assert folder.is_relative_to(manager.root / "argos")
    assert settings.remote_package_index == models.OFFICIAL_INDEX + "index.json"
    assert not (tmp_path / "elsewhere").exists()


def test_two_data_dirs_do_not_mix(tmp_path: Path, built: dict[tuple[str, str], Path]) -> None:
    first, second = ModelManager(tmp_path / "one"), ModelManager(tmp_path / "two")
    first.install_file(built[("en", "zh")])
    assert second.installed() == []
    second.install_file(built[("zh", "en")])
    assert [m.code for m in first.installed()] == ["translate-en_zh"]
    assert [m.code for m in second.installed()] == ["translate-zh_en"]


def test_nothing_is_written_to_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built: dict[tuple[str, str], Path]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in XDG:
        monkeypatch.delenv(name, raising=False)
    manager = ModelManager(tmp_path / "data")
    manager.install_file(built[("en", "zh")])
    assert manager.available() == []
    manager.remove("translate-en_zh")
    assert list(home.iterdir()) == []


def test_stray_folder_does_not_hide_installed_models(manager: ModelManager, built: dict[tuple[str, str], Path]) -> None:
    manager.install_file(built[("en", "zh")])
    (manager.packages_dir / "not-a-package").mkdir()  # argos' own listing raises on this
    assert [m.code for m in manager.installed()] == ["translate-en_zh"]


def test_loaded_translate_module_cache_is_cleared(
    manager: ModelManager, built: dict[tuple[str, str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    @functools.lru_cache
    def get_installed_languages() -> int:
        calls.append(1)
        return len(calls)

    fake = ModuleType("argostranslate.translate")
    fake.get_installed_languages = get_installed_languages  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "argostranslate.translate", fake)
    get_installed_languages()
    manager.install_file(built[("en", "zh")])
    assert get_installed_languages.cache_info().currsize == 0
    get_installed_languages()
    manager.remove("translate-en_zh")
    assert get_installed_languages.cache_info().currsize == 0


PROBE = """
import json, sys
from pathlib import Path
from app.services.models import ModelManager
manager = ModelManager(Path(sys.argv[1]))
before = manager.installed()
manager.install_file(Path(sys.argv[2]))
heavy = sorted(m for m in sys.modules
               if m.split('.')[0] in {'torch', 'stanza', 'spacy'} or m == 'argostranslate.translate')
print(json.dumps({"before": len(before), "after": [m.code for m in manager.installed()], "heavy": heavy}))
"""


def test_subprocess_imports_nothing_heavy_and_leaves_home_alone(
    tmp_path: Path, built: dict[tuple[str, str], Path]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in XDG} | {"HOME": str(home)}
    args = [sys.executable, "-c", PROBE, str(tmp_path / "data"), str(built[("en", "zh")])]
    result = subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO, env=env, timeout=120)
    report = json.loads(result.stdout)
    assert report == {"before": 0, "after": ["translate-en_zh"], "heavy": []}
    assert list(home.iterdir()) == []


# --------------------------------------------------------------------------- refused archives


def _entries(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _write(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


Edit = Callable[[list], list]  # (ZipInfo or name, data) pairs in, edited pairs out


def _rewrite(source: Path, out: Path, edit: Edit) -> Path:
    return _write(out, edit(_entries(source)))


def _named(entries: list, suffix: str) -> list:
    return [(i, d) for i, d in entries if not _name(i).endswith(suffix)]


def _name(info: zipfile.ZipInfo | str) -> str:
    return info if isinstance(info, str) else info.filename


def _with_metadata(**changes: object) -> Edit:
    def edit(entries: list) -> list:
        out = []
        for info, data in entries:
            if _name(info).endswith("/metadata.json"):
                data = json.dumps(json.loads(data) | changes).encode()
            out.append((info, data))
        return out

    return edit


def _bump_version(entries: list) -> list:
    renamed = [
        (_name(i).replace("translate-en_zh-1_0", "translate-en_zh-1_1"), d) for i, d in entries if not i.is_dir()
    ]
    return _with_metadata(package_version="1.1")(renamed)


def _symlink(entries: list) -> list:
    link = zipfile.ZipInfo("translate-en_zh-1_0/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    return [*entries, (link, b"/etc/passwd")]


def _bomb(entries: list) -> list:
    return [*entries, ("translate-en_zh-1_0/padding.bin", bytes(17 * 1024**2))]


def _bpe_only(entries: list) -> list:
    return [*_named(entries, "/sentencepiece.model"), ("translate-en_zh-1_0/bpe.model", b"#version: 0.2\n")]


def _garbage(suffix: str) -> Edit:
    """The member ending in `suffix` replaced by bytes no loader accepts."""
    return lambda entries: [(i, b"\xff" * 4096 if _name(i).endswith(suffix) else d) for i, d in entries]


def _renamed_top(entries: list) -> list:
    """An en→zh package whose folder is named like the zh→en one."""
    return [(_name(i).replace("translate-en_zh-1_0", "translate-zh_en-1_0"), d) for i, d in entries]


BAD_ARCHIVES: dict[str, tuple[Edit | bytes | None, str]] = {
    "not_zip": (b"this is not a zip file", "not a readable zip archive"),
    "truncated": (None, "not a readable zip archive"),
    "parent_dir": (lambda e: [*e, ("../evil", b"x")], "points outside its folder ('../evil')"),
    "inner_parent_dir": (lambda e: [*e, ("translate-en_zh-1_0/../../evil", b"x")], "points outside its folder"),
    "absolute": (lambda e: [*e, ("/tmp/evil", b"x")], "absolute path ('/tmp/evil')"),
    "two_top_dirs": (lambda e: [*e, ("other/readme.txt", b"x")], "exactly one top-level folder but holds 2"),
    "top_is_file": (lambda e: [("flat.bin", b"x")], "'flat.bin' is a file, not a folder"),
    "symlink": (_symlink, "symbolic link"),
    "zip_bomb": (_bomb, "compressed implausibly well"),
    "no_metadata": (lambda e: _named(e, "/metadata.json"), "has no translate-en_zh-1_0/metadata.json"),
    "metadata_not_json": (
        lambda e: [*_named(e, "/metadata.json"), ("translate-en_zh-1_0/metadata.json", b"{nope")],
        "metadata.json is not valid JSON",
    ),
    "metadata_list": (
        lambda e: [*_named(e, "/metadata.json"), ("translate-en_zh-1_0/metadata.json", b"[]")],
        "does not hold a JSON object",
    ),
    "no_version": (_with_metadata(package_version=""), "has no package_version"),
    "wrong_pair": (_with_metadata(to_code="de"), "translates 'en' to 'de', but Jiaoliu only uses English↔Chinese"),
    "not_translate": (_with_metadata(type="sbd"), "is a 'sbd' package, not a translation model"),
    "no_model_bin": (lambda e: _named(e, "/model/model.bin"), "has no model/model.bin"),
    "bpe_only": (_bpe_only, "BPE tokenizer (bpe.model); Jiaoliu only supports SentencePiece"),
    "no_tokenizer": (lambda e: _named(e, "/sentencepiece.model"), "has no sentencepiece.model"),
    "name_not_text": (_with_metadata(from_name=5), "its metadata.json gives from_name as 5, which is not text"),
    "version_not_text": (_with_metadata(package_version=1.1), "gives package_version as 1.1, which is not text"),
    "links_not_list": (_with_metadata(links="x"), 'gives links as "x", which is not a list'),
    "code_names_other_pair": (
        _with_metadata(code="translate-zh_en"),
        "it is named 'translate-zh_en', but its metadata.json says it translates en→zh",
    ),
    "folder_names_other_pair": (_renamed_top, "it is named 'translate-zh_en-1_0', but its metadata.json says"),
    "garbage_model_bin": (_garbage("/model/model.bin"), "its CTranslate2 model (model/) cannot be loaded (Unsupported"),
    "garbage_tokenizer": (
        _garbage("/sentencepiece.model"),
        "its tokenizer (sentencepiece.model) cannot be loaded (INTERNAL: could not parse ModelProto from ",
    ),
    "garbage_config": (_garbage("/model/config.json"), "its model/config.json is not valid JSON"),
    "garbage_vocabulary": (_garbage("/model/shared_vocabulary.json"), "its CTranslate2 model (model/) cannot be"),
}


@pytest.mark.parametrize("case", BAD_ARCHIVES)
def test_bad_archives_are_refused(
    case: str, manager: ModelManager, built: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    edit, message = BAD_ARCHIVES[case]
    path = tmp_path / f"{case}.argosmodel"
    good = built[("en", "zh")]
    if isinstance(edit, bytes):
        path.write_bytes(edit)
    elif edit is None:
        path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    else:
        _rewrite(good, path, edit)
    with pytest.raises(ModelError) as caught:
        manager.install_file(path)
    text = str(caught.value)
    assert text.startswith(f"Cannot install {path.name}: ") and text.endswith(".") and "\n" not in text
    assert message in text
    assert isinstance(caught.value.__cause__, ArchiveError)
    assert manager.installed() == [] and _leftovers(manager) == []


def test_the_load_check_has_a_time_limit(
    manager: ModelManager, built: dict[tuple[str, str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    manager.check_timeout = 0.05  # far less than starting Python takes: the child is killed
    with pytest.raises(ModelError, match=r"loading its model took longer than 0\.05 seconds\.$"):
        manager.install_file(built[("en", "zh")])
    assert manager.installed() == [] and _leftovers(manager) == []
    assert not _children("app.services.model_check")


def _children(name: str) -> list[int]:
    """Processes whose command line names `name` (Linux /proc; empty elsewhere)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if name.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


# --------------------------------------------------------------------------- damaged packages on disk


def _plant(manager: ModelManager, source: Path, name: str, edit: Callable[[Path], None]) -> Path:
    """A copy of an installed package under another folder name, damaged by `edit` (as a crash or a hand might)."""
    folder = manager.packages_dir / name
    shutil.copytree(source, folder)
    edit(folder)
    return folder


def _metadata(**changes: object) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        path = folder / "metadata.json"
        path.write_text(json.dumps(json.loads(path.read_text("utf-8")) | changes), "utf-8")

    return edit


DAMAGE: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "name_not_text": (_metadata(from_name=5), "translate-en_zh", "gives from_name as 5, which is not text"),
    "languages_not_list": (_metadata(languages=3), "translate-en_zh", "gives languages as 3, which is not a list"),
    "not_json": (lambda f: (f / "metadata.json").write_bytes(b"\xff{"), "broken", "metadata.json is not valid JSON"),
    "no_metadata": (lambda f: (f / "metadata.json").unlink(), "broken", "it has no metadata.json"),
    "no_model": (lambda f: shutil.rmtree(f / "model"), "translate-en_zh", "it has no model/model.bin"),
    "bad_config": (
        lambda f: (f / "model" / "config.json").write_bytes(b"\xff\xfe"),
        "translate-en_zh",
        "its model/config.json is not valid JSON",
    ),
    "garbage_model": (
        lambda f: (f / "model" / "model.bin").write_bytes(b"\xff" * 64),
        "translate-en_zh",
        "its model/model.bin is not a CTranslate2 model",
    ),
    "garbage_tokenizer": (
        lambda f: (f / "sentencepiece.model").write_bytes(b"\xff" * 64),
        "translate-en_zh",
        "its sentencepiece.model is not a SentencePiece model",
    ),
}


@pytest.mark.parametrize("case", DAMAGE)
def test_a_damaged_package_on_disk_is_listed_and_removable(
    case: str, manager: ModelManager, built: dict[tuple[str, str], Path]
) -> None:
    edit, code, reason = DAMAGE[case]
    good = manager.install_file(built[("zh", "en")])
    assert good.path is not None
    folder = _plant(manager, good.path, "broken", _metadata(from_code="en", to_code="zh", code="translate-en_zh"))
    edit(folder)
    assert manager.installed() == [good]  # what translation may use
    assert manager.package_dir("en", "zh") is None and manager.package_dir("zh", "en") == good.path
    listed = {m.path: m for m in manager.installed(broken=True)}
    damaged = listed[folder]
    assert damaged.broken and damaged.code == code and listed[good.path] == good
    text = str(damaged.problem)
    assert text.startswith("The model in broken is damaged: ") and reason in text and text.endswith(".")
    with pytest.raises(ModelExists) if code == "translate-en_zh" else contextlib.nullcontext():
        manager.install_file(built[("en", "zh")])  # a damaged model of the same direction is replaced only if asked
    manager.remove(code if code != "translate-en_zh" else "broken")
    assert not folder.exists() and manager.installed(broken=True)[-1] == good


def test_validate_archive_returns_metadata(built: dict[tuple[str, str], Path], tmp_path: Path) -> None:
    metadata = validate_archive(built[("zh", "en")])
    assert (metadata["from_code"], metadata["to_code"], metadata["package_version"]) == ("zh", "en", "1.0")
    with pytest.raises(ArchiveError, match=r"Cannot install missing\.argosmodel: the file cannot be read"):
        validate_archive(tmp_path / "missing.argosmodel")


@pytest.mark.parametrize(
    ("error", "expected"), [(OSError(28, "No space left on device"), ModelError), (RuntimeError("boom"), RuntimeError)]
)
def test_failed_extraction_leaves_nothing_half_installed(
    error: Exception,
    expected: type[Exception],
    manager: ModelManager,
    built: dict[tuple[str, str], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    installed = manager.install_file(built[("en", "zh")])
    real_extract = zipfile.ZipFile.extract
    written: list[str] = []

    def failing_extract(self: zipfile.ZipFile, member: zipfile.ZipInfo, path: str) -> str:
        if len(written) == 3:
            raise error
        written.append(member.filename)
        return real_extract(self, member, path)

    monkeypatch.setattr(zipfile.ZipFile, "extract", failing_extract)
    for path in built.values():  # replacing an installed package, and installing a new one
        with pytest.raises(expected):
            manager.install_file(path, replace=True)
        written.clear()
    assert manager.installed() == [installed]  # the old package is untouched
    assert _leftovers(manager) == [installed.path.name if installed.path else ""]


# --------------------------------------------------------------------------- the index and downloads


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SimpleNamespace]:
    """A real HTTP server on 127.0.0.1 serving ``root``; JIAOLIU_ARGOS_INDEX points at it."""
    root = tmp_path / "www"
    root.mkdir()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"  # no trailing slash: the manager adds it
    monkeypatch.setenv(ENV_INDEX, url)
    try:
        yield SimpleNamespace(root=root, url=url + "/")
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def _entry(server: SimpleNamespace, pair: tuple[str, str], file: str, **extra: object) -> dict:
    names = {"en": "English", "zh": "Chinese", "de": "German"}
    return {
        "package_version": "1.0",
        "argos_version": "1.9.0",
        "from_code": pair[0],
        "from_name": names[pair[0]],
        "to_code": pair[1],
        "to_name": names[pair[1]],
        "type": "translate",
        "code": f"translate-{pair[0]}_{pair[1]}",
        "name": f"{names[pair[0]]} → {names[pair[1]]}",
        "links": [server.url + file],
        **extra,
    }


def _publish(server: SimpleNamespace, built: dict[tuple[str, str], Path], **links: str) -> None:
    """index.json with both en↔zh models (plus en→de and an sbd package, which are filtered out)."""
    entries = []
    for pair, path in built.items():
        (server.root / path.name).write_bytes(path.read_bytes())
        file = links.get(f"{pair[0]}_{pair[1]}", path.name)
        entries.append(_entry(server, pair, file, size=path.stat().st_size))
    entries.append(_entry(server, ("en", "de"), "translate-en_de.argosmodel"))
    entries.append(_entry(server, ("en", "zh"), "sbd.argosmodel", type="sbd", code="sbd-en"))
    (server.root / "index.json").write_text(json.dumps(entries), encoding="utf-8")


@pytest.mark.enable_socket
def test_refresh_index_and_download(
    server: SimpleNamespace, manager: ModelManager, built: dict[tuple[str, str], Path]
) -> None:
    _publish(server, built)
    assert manager.available() == []  # never fetched: no network, nothing listed
    listed = manager.refresh_index()
    assert [(m.code, m.from_code, m.to_code, m.installed) for m in listed] == [
        ("translate-en_zh", "en", "zh", False),
        ("translate-zh_en", "zh", "en", False),
    ]
    assert listed[0].size_bytes == built[("en", "zh")].stat().st_size and listed[0].path is None
    assert [m.code for m in manager.available(only_en_zh=False)] == [m.code for m in listed] + ["translate-en_de"]

    manager.chunk_size = 1024
    seen: list[tuple[int, int]] = []
    info = manager.download_and_install("translate-en_zh", progress=lambda done, total: seen.append((done, total)))
    size = built[("en", "zh")].stat().st_size
    assert [d for d, _ in seen] == sorted({d for d, _ in seen}) and seen[0][0] == 0 and seen[-1] == (size, size)
    assert len(seen) > 3 and {t for _, t in seen} == {size}
    assert manager.installed() == [info] and info.code == "translate-en_zh"
    assert manager.available()[0] == ModelInfo(**{**info.__dict__, "size_bytes": size})

    other = manager.available()[1]
    assert manager.download_and_install(other).code == "translate-zh_en"
    assert len(manager.installed()) == 2
    assert sorted(_leftovers(manager)) == ["translate-en_zh-1_0", "translate-zh_en-1_0"]

    seen.clear()  # the same direction again: refused before anything is downloaded, unless replacing
    with pytest.raises(ModelExists, match="English→Chinese model"):
        manager.download_and_install("translate-en_zh", progress=lambda done, total: seen.append((done, total)))
    assert seen == [] and manager.installed()[0] == info
    replaced = manager.download_and_install("translate-en_zh", replace=True)
    assert replaced.code == "translate-en_zh" and len(manager.installed()) == 2


@pytest.mark.enable_socket
def test_cancel_mid_download(
    server: SimpleNamespace, manager: ModelManager, built: dict[tuple[str, str], Path]
) -> None:
    _publish(server, built)
    manager.refresh_index()
    manager.chunk_size = 1024
    seen: list[int] = []
    with pytest.raises(ModelCancelled, match="The download was cancelled."):
        manager.download_and_install("translate-en_zh", lambda done, _total: seen.append(done), lambda: seen[-1] > 0)
    assert seen == [0, 1024]
    assert manager.installed() == [] and _leftovers(manager) == []


@pytest.mark.enable_socket
def test_missing_package_on_server(
    server: SimpleNamespace, manager: ModelManager, built: dict[tuple[str, str], Path]
) -> None:
    _publish(server, built, en_zh="gone.argosmodel")
    manager.refresh_index()
    with pytest.raises(ModelError, match=r"^The server 127\.0\.0\.1:\d+ answered “404 File not found” for http"):
        manager.download_and_install("translate-en_zh")
    assert manager.installed() == [] and _leftovers(manager) == []


@pytest.mark.enable_socket
def test_download_must_match_the_listing(
    server: SimpleNamespace, manager: ModelManager, built: dict[tuple[str, str], Path]
) -> None:
    _publish(server, built, zh_en="translate-en_zh.argosmodel")
    manager.refresh_index()
    with pytest.raises(ModelError, match="holds a en→zh model, not the one that was listed"):
        manager.download_and_install("translate-zh_en")
    assert manager.installed() == [] and _leftovers(manager) == []


@pytest.mark.enable_socket
def test_index_errors(server: SimpleNamespace, manager: ModelManager, built: dict[tuple[str, str], Path]) -> None:
    with pytest.raises(ModelError, match="answered “404 File not found”"):
        manager.refresh_index()
    (server.root / "index.json").write_text("<html>maintenance</html>", encoding="utf-8")
    with pytest.raises(
        ModelError, match=r"The model list from http://127\.0\.0\.1:\d+/index\.json is not valid JSON\."
    ):
        manager.refresh_index()
    assert manager.available() == [] and _leftovers(manager) == []
    with pytest.raises(ModelError, match="translate-en_zh is not in the model list; refresh the list"):
        manager.download_and_install("translate-en_zh")
    _publish(server, built)
    assert len(manager.refresh_index()) == 2
    (server.root / "index.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="is not a list of models"):
        manager.refresh_index()
    assert len(manager.available()) == 2  # a bad refresh keeps the previous list


@pytest.mark.enable_socket
def test_connection_refused(monkeypatch: pytest.MonkeyPatch, manager: ModelManager) -> None:
    with socket.socket() as probe:  # a port nobody listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv(ENV_INDEX, f"http://127.0.0.1:{port}/")
    with pytest.raises(ModelError, match=rf"^Could not connect to 127\.0\.0\.1:{port} \(Connection refused\)"):
        manager.refresh_index()
    assert manager.available() == [] and _leftovers(manager) == []


def test_only_http_links_are_followed(manager: ModelManager, built: dict[tuple[str, str], Path]) -> None:
    index = models.argos_package_module(manager.data_dir).settings.local_package_index
    entry = _entry(SimpleNamespace(url="file:///"), ("en", "zh"), str(built[("en", "zh")]).lstrip("/"))
    index.write_text(json.dumps([entry]), encoding="utf-8")
    with pytest.raises(ModelError, match="only downloads over http or https"):
        manager.download_and_install("translate-en_zh")
    assert manager.installed() == [] and _leftovers(manager) == []
