"""CSV cells that a spreadsheet would run as formulas (OWASP "CSV injection") are written with a leading `'`.

`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, `-2+3`, or a cell starting with a tab or carriage return would be
evaluated by Excel or LibreOffice when the exported file is opened. Prefixing `'` makes them text. Imports
strip that one `'` again, so exporting and re-importing gives back exactly what was stored; a cell that
really starts with `'` before such a character gets a second `'`, so the round trip stays lossless.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _risky(cell: str) -> bool:
    return cell.lstrip("'").startswith(FORMULA_START)


def neutralise(cell: str) -> str:
    """The cell as it is safe to write into a CSV file meant for spreadsheets."""
    return "'" + cell if _risky(cell) else cell


def restore(cell: str) -> str:
    """The inverse of `neutralise`, for imports."""
    return cell[1:] if cell.startswith("'") and _risky(cell) else cell
