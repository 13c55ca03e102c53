"""Packaging (packaging/, issue 7): fast checks of the PyInstaller spec, desktop files, icons and helpers.

The bundle itself is built and run by packaging/check-linux.sh (about a minute); these tests only read files.
"""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import shutil
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "jiaoliu.spec"
APP_ID = "io.github.jiaoliu.Jiaoliu"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
NEVER_BUNDLED = ("torch", "stanza", "spacy", "onnxruntime", "minisbd", "argostranslate.translate")


def _load(name: str) -> types.ModuleType:
    """A module of packaging/ by path (the folder's name would clash with the `packaging` library)."""
    spec = importlib.util.spec_from_file_location(f"_jiaoliu_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_assignment(name: str) -> ast.expr:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
    raise AssertionError(f"jiaoliu.spec assigns no {name}")


def _excludes() -> list[str]:
    value = ast.literal_eval(_spec_assignment("EXCLUDES"))
    assert isinstance(value, list)
    return value


def _is_under(module: str, names: list[str] | tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in names)


def test_spec_parses_and_excludes_torch_stanza_spacy() -> None:
    excludes = _excludes()
    for name in NEVER_BUNDLED:
        assert name in excludes


def test_hidden_imports_cover_views_dialogs_and_command_line() -> None:
    """Views are imported by name from a registry, dialogs and CLI parts lazily: the spec must name them."""
    value = _spec_assignment("HIDDEN_IMPORTS")
    literals = {n.value for n in ast.walk(value) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    collected = {
        arg.value
        for call in ast.walk(value)
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "collect_submodules"
        for arg in call.args
        if isinstance(arg, ast.Constant)
    }
    folders = [REPO / "app" / "ui" / "views", REPO / "app" / "ui" / "dialogs"]
    modules = [f"app.ui.{folder.name}.{p.stem}" for folder in folders for p in folder.glob("*.py")]
    modules += [f"app.{p.stem}" for p in (REPO / "app").glob("cli*.py")]
    missing = [m for m in modules if m not in literals and not _is_under(m, tuple(collected))]
    assert missing == []
    assert "argostranslate.package" in literals  # imported by name in app/services/models.py


def _imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names.add(first.value)
    return names


def test_the_app_imports_nothing_the_spec_leaves_out() -> None:
    """A new `from PySide6.QtMultimedia import …` (say) must come with a change to EXCLUDES."""
    excludes = _excludes()
    offending = {
        f"{path.relative_to(REPO)}: {name}"
        for path in (REPO / "app").rglob("*.py")
        for name in _imported_names(path)
        if _is_under(name, excludes)
    }
    assert offending == set()


def test_running_app_modules_never_load_the_excluded_heavy_packages(tmp_path: Path) -> None:
    """What the bundle leaves out is what a running app never imports (import trace in a fresh interpreter)."""
    code = (
        "import sys\n"
        "import app.main, app.cli, app.ui.app, app.services.models, app.services.translate\n"
        "from app.ui.views import VIEWS\n"
        "for view in VIEWS: view.load()\n"
        "import pkgutil, importlib, pathlib, app.ui.dialogs\n"
        "for info in pkgutil.iter_modules(app.ui.dialogs.__path__):\n"
        "    importlib.import_module('app.ui.dialogs.' + info.name)\n"
        "app.services.models.argos_package_module(pathlib.Path(sys.argv[1]))\n"
        f"heavy = {NEVER_BUNDLED!r}\n"
        "print(','.join(sorted(m for m in sys.modules if any(m == n or m.startswith(n + '.') for n in heavy))))"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "argostranslate.package" not in NEVER_BUNDLED
    assert result.stdout.strip() == ""


def test_desktop_file_matches_the_app_and_validates() -> None:
    text = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in text and "Exec=jiaoliu %f\n" in text
    assert f'setDesktopFileName("{APP_ID}")' in (REPO / "app/ui/app.py").read_text(encoding="utf-8")
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate (Debian: desktop-file-utils) is not installed")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_matches_the_app_and_validates() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == _load("bundle_meta").app_version(), "add a <release> for the new version"
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli (Debian: appstream) is not installed")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_linux_icons_exist_at_every_size() -> None:
    icons = _load("render_icons")
    for size in icons.LINUX_SIZES:
        assert _png_size(icons.linux_icon_path(size, REPO).read_bytes()) == (size, size)
    assert set(icons.LINUX_SIZES) >= {16, 32, 48, 64, 128, 256, 512}


def test_windows_ico_holds_every_size() -> None:
    icons = _load("render_icons")
    data = (PACKAGING / "windows" / "jiaoliu.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        side, _h, _c, _r, _planes, _bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        width, height = _png_size(data[offset : offset + length])
        assert width == height == (side or 256)
        sizes.append(width)
    assert sorted(sizes) == sorted(icons.ICO_SIZES)


def test_macos_icns_holds_every_size() -> None:
    icons = _load("render_icons")
    data = (PACKAGING / "macos" / "jiaoliu.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, pos = [], 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        found.append((kind, _png_size(data[pos + 8 : pos + length])[0]))
        pos += length
    assert found == list(icons.ICNS_TYPES)


def test_icon_containers_round_trip() -> None:
    icons = _load("render_icons")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", 256, 256) + b"rest"
    ico = icons.ico_bytes({256: png})
    assert ico[6] == 0 and ico[-len(png) :] == png  # 256 is written as 0 in the directory


def test_macos_info_plist_and_windows_version_resource() -> None:
    meta = _load("bundle_meta")
    assert meta.version_tuple("0.1.0") == (0, 1, 0, 0) and meta.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    info: dict[str, Any] = meta.macos_info_plist("1.2.3")
    assert info["CFBundleIdentifier"] == APP_ID and info["NSHighResolutionCapable"] is True
    assert plistlib.loads(plistlib.dumps(info))["CFBundleShortVersionString"] == "1.2.3"
    # PyInstaller evaluates this text with its versioninfo classes (importable on Windows only): evaluate it
    # here with stand-ins that record their arguments, to check the names and the values given to them.
    kinds = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo"]
    names: dict[str, Any] = {kind: (lambda *a, _k=kind, **kw: (_k, a, kw)) for kind in [*kinds, "VarStruct"]}
    root = eval(meta.windows_version_file("1.2.3"), {"__builtins__": {}}, names)
    assert root[0] == "VSVersionInfo" and root[2]["ffi"][2]["filevers"] == (1, 2, 3, 0)
    strings = dict(struct[1] for struct in root[2]["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == "1.2.3" and strings["OriginalFilename"] == "jiaoliu.exe"


def test_bundle_requirements_leave_onnxruntime_out() -> None:
    normal, no_deps = _load("bundle_requirements").split(["PySide6-Essentials>=6.8,<6.12", "argos-translate-lt>=1.12"])
    assert no_deps == ["argos-translate-lt>=1.12"]
    assert "packaging" in normal and not any("torch" in r or "argos" in r for r in normal)


def test_launcher_runs_only_app_modules_and_survives_missing_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    launcher = _load("launcher")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "argv", ["jiaoliu"])
    assert launcher.run(["-m", "app.no_such_module"]) == 2
    assert sys.stdout is not None  # a windowed Windows program has none: the launcher opens the null device


def test_time_smoke_reports_a_failing_command_and_measures_cpu_time(capsys: pytest.CaptureFixture[str]) -> None:
    time_smoke = _load("time_smoke")
    busy = [sys.executable, "-c", "sum(range(3_000_000))"]
    assert time_smoke.main(["--runs", "1", "--", sys.executable, "-c", "raise SystemExit(3)", "--", *busy]) == 1
    assert "returned non-zero exit status 3" in capsys.readouterr().err
    wall, cpu = time_smoke.timed(busy)
    assert 0 < cpu <= wall  # the child's own usage (wait4), not this process's
    # Not strict: an over-target ratio is reported and the exit status stays 0.
    idle = [sys.executable, "-c", "pass"]
    assert time_smoke.main(["--runs", "1", "--limit", "0.01", "--", *idle, "--", *busy]) == 0
    assert "OVER the 0.01x target" in capsys.readouterr().out
    assert time_smoke.main(["--runs", "1", "--limit", "0.01", "--strict", "--", *idle, "--", *busy]) == 1
