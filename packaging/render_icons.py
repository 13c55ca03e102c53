"""Render the app icon from resources/icons/jiaoliu.svg into every format the packages need.

    python packaging/render_icons.py

writes (all committed, so builds need neither this script nor Pillow):
  resources/icons/hicolor/NxN/apps/io.github.jiaoliu.Jiaoliu.png   Linux icon theme sizes 16 … 512
  packaging/windows/jiaoliu.ico                                     16 … 256, PNG-compressed entries
  packaging/macos/jiaoliu.icns                                      16 … 1024 (@1x and @2x), PNG entries
Rendering uses Qt's SVG renderer (PySide6, already a dependency); the ICO and ICNS containers are
written here directly (both simply hold PNG images) instead of asking for Pillow.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "jiaoliu.svg"
APP_ID = "io.github.jiaoliu.Jiaoliu"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (ic11…ic14 are the @2x variants of 16…256).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def linux_icon_path(size: int, root: Path = ROOT) -> Path:
    return root / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size×size canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file (big-endian type/length records) whose elements are PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*LINUX_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: render_png(SOURCE, size) for size in sizes}
    for size in LINUX_SIZES:
        path = linux_icon_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
    (ROOT / "packaging" / "windows" / "jiaoliu.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ROOT / "packaging" / "macos" / "jiaoliu.icns").write_bytes(icns_bytes(pngs))
    print(f"render_icons: {len(LINUX_SIZES)} PNGs, jiaoliu.ico and jiaoliu.icns written from {SOURCE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
