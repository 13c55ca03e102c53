"""Metadata for the PyInstaller bundles (Windows version resource, macOS Info.plist), kept apart from the
spec so that tests can check it on any platform. Imported by jiaoliu.spec; standard library only at import."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

APP_ID = "io.github.jiaoliu.Jiaoliu"  # reverse-DNS id: desktop file, AppStream, macOS bundle id
APP_NAME = "Jiaoliu"
DESCRIPTION = "Offline English–Chinese exchange companion"
COPYRIGHT = "Copyright © Jiaoliu contributors. GPL-3.0-or-later"
ROOT = Path(__file__).resolve().parent.parent


def app_version(root: Path = ROOT) -> str:
    """``app.__version__`` read from the source, without importing the app."""
    text = (root / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise ValueError("app/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' or '1.2.3rc1' -> (0, 1, 0, 0) / (1, 2, 3, 0): Windows wants four numbers."""
    numbers = [int(m.group()) if (m := re.match(r"\d+", part)) else 0 for part in version.split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_version_file(version: str) -> str:
    """The VERSIONINFO resource of jiaoliu.exe (Explorer's Properties > Details), in the text form that
    PyInstaller's ``EXE(version=FILE)`` reads (it evaluates it with PyInstaller.utils.win32.versioninfo)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Jiaoliu contributors",
        "FileDescription": f"{APP_NAME}: {DESCRIPTION}",
        "FileVersion": version,
        "InternalName": "jiaoliu",
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": "jiaoliu.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n".join(f"        StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F, flags=0x0, OS=0x40004,\n"
        "                    fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('040904B0', [\n"  # US English, Unicode
        f"{table}\n"
        "    ])]),\n"
        "    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),\n"
        "  ],\n"
        ")\n"
    )


def macos_info_plist(version: str) -> dict[str, Any]:
    """Info.plist keys for Jiaoliu.app (PyInstaller fills in the executable and icon keys)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "zh_CN"],
        "LSApplicationCategoryType": "public.app-category.education",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "NSHumanReadableCopyright": COPYRIGHT,
    }
