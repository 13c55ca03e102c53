"""HTML to PDF with Qt's own printing stack (QTextDocument + QPdfWriter), in the app and as a command."""

# `python -m app.ui.pdf_export IN.html OUT.pdf` (QT_QPA_PLATFORM=offscreen) prints the page count: the Qt-free
# command line runs it as a subprocess. In the app it runs in a worker thread: both classes are reentrant,
# and each call has its own document and writer.

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.data import atomic_file
from app.services.session_export import PinyinFn, SessionDocument, export_text, to_html

MARGIN_MM = 16
BASE_POINT_SIZE = 10.5


def write_pdf(html: str, path: Path | str, title: str = "") -> int:
    """Lay the HTML out on A4 pages and write them to `path` atomically; returns the number of pages."""
    path = Path(path)
    with atomic_file.replacing(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
        writer.setTitle(title)
        writer.setCreator("Jiaoliu")
        document = QTextDocument()
        font = document.defaultFont()
        font.setPointSizeF(BASE_POINT_SIZE)
        document.setDefaultFont(font)
        # Laid out for the writer's own page, so pageCount() is the number of pages print_ makes.
        document.documentLayout().setPaintDevice(writer)
        document.setHtml(html)
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        document.setPageSize(QSizeF(page.size()))
        pages = document.pageCount()
        document.print_(writer)  # ends its painter, which finishes and closes the file
        del document, writer  # the document's layout points at the writer: the document goes first
        if not temp.is_file() or temp.stat().st_size == 0:
            raise OSError(f"Could not write the PDF {path}.")
    return pages


def export_file(task: object, document: SessionDocument, fmt: str, path: str, pinyin: PinyinFn | None) -> int:
    """A session export as a worker task (the view's): pinyin, rendering, writing; returns the pages."""
    if fmt == "pdf":
        return write_pdf(to_html(document, pinyin), Path(path), document.session.title)
    export_text(document, fmt, Path(path), pinyin)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m app.ui.pdf_export IN.html OUT.pdf", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    source, target = Path(args[0]), Path(args[1])
    try:
        html = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {source}: {exc}", file=sys.stderr)
        return 1
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        pages = write_pdf(html, target, _title(html))
    except OSError as exc:
        print(f"cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        del app
    print(pages)
    return 0


def _title(html: str) -> str:
    import re
    from html import unescape

    found = re.search(r"<title>(.*?)</title>", html, re.DOTALL)
    return unescape(found.group(1)).strip() if found else ""


if __name__ == "__main__":
    sys.exit(main())
