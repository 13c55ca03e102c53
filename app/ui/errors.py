"""What a person reads when something failed: the translated sentence, never a Python exception text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import CONTEXT, UserError
from app.ui.labels import field_name

FIELD_KEYS = ("what", "kind")  # the template fields that hold the name of a stored field


def error_text(exc: BaseException) -> str:
    """The error's sentence in the interface language (English templates are looked up in "Errors")."""
    if isinstance(exc, UserError):
        template = QCoreApplication.translate(CONTEXT, exc.template)
        # A field may itself be a UserError (the reason inside "Cannot install {file}: {reason}."): translate it too.
        # {what} and {kind} name a stored field ("The {what} is too long"): labels.field_name translates those.
        fields = {k: _field(k, v) for k, v in exc.fields.items()}
        try:
            return template.format(**fields) if fields else template
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


def _field(key: str, value: object) -> object:
    if isinstance(value, UserError):
        return error_text(value)
    if isinstance(value, list):  # an import's problems: one a line, each translated when it is a template
        return "\n".join(str(_field(key, item)) for item in value)
    if key in FIELD_KEYS and isinstance(value, str):
        return field_name(value)
    return value
