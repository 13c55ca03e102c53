"""What a person reads when something failed: the translated sentence, never a Python exception text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import CONTEXT, UserError


def error_text(exc: BaseException) -> str:
    """The error's sentence in the interface language (English templates are looked up in "Errors")."""
    if isinstance(exc, UserError):
        template = QCoreApplication.translate(CONTEXT, exc.template)
        try:
            return template.format(**exc.fields) if exc.fields else template
        except (KeyError, IndexError, ValueError):
            return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        name = f" ({exc.filename})" if exc.filename else ""
        return QCoreApplication.translate(CONTEXT, "The file could not be written or read: {reason}").format(
            reason=f"{exc.strerror}{name}"
        )
    return QCoreApplication.translate(CONTEXT, "Something went wrong: {error}").format(
        error=str(exc) or type(exc).__name__
    )
