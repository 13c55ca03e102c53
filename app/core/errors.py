"""Errors meant for a person: an English message template with named fields, which the UI translates.

`str(error)` is the English sentence (the command line prints it). The desktop app looks the template up in
the "Errors" context of its translations and fills in the same fields, so a Chinese interface never shows an
English exception text. Templates are marked with `QT_TRANSLATE_NOOP("Errors", …)` so that
`pyside6-lupdate` collects them (it finds the marker by name; this module never imports Qt).
"""

from __future__ import annotations

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


class UserError(Exception):
    """A failure to show a person, in one sentence. `code` names the kind of failure for programs and tests."""

    def __init__(self, template: str, /, *, code: str = "", **fields: object) -> None:
        self.template = template
        self.fields = fields
        self.code = code or type(self).__name__
        super().__init__(_fill(template, fields))


def _fill(template: str, fields: dict[str, object]) -> str:
    try:
        return template.format(**fields) if fields else template
    except (KeyError, IndexError, ValueError):
        return template  # a template with stray braces is shown as it is rather than failing again


SHOWN_CHARS = 60


def shown(text: object, limit: int = SHOWN_CHARS) -> str:
    """User input as a message may echo it: on one line, at most `limit` characters and then "…".

    A 1.5 MB look-up or a zalgo string must not come back whole in an error; line breaks and other control
    characters would break the one-line message, so they show as spaces."""
    value = " ".join(str(text).split())
    value = "".join(ch if ch.isprintable() else "\ufffd" for ch in value[: limit + 1])
    return value if len(value) <= limit else value[:limit].rstrip() + "…"
