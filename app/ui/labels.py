"""Names the interface shows for fixed words of the data (a slang entry's register), in the interface language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Registers"
# lupdate collects these; the stored values stay English (they are the glossary files' vocabulary).
_REGISTERS = (
    QT_TRANSLATE_NOOP("Registers", "neutral"),
    QT_TRANSLATE_NOOP("Registers", "playful"),
    QT_TRANSLATE_NOOP("Registers", "affectionate"),
    QT_TRANSLATE_NOOP("Registers", "sarcastic"),
    QT_TRANSLATE_NOOP("Registers", "self-deprecating"),
    QT_TRANSLATE_NOOP("Registers", "vulgar"),
    QT_TRANSLATE_NOOP("Registers", "offensive"),
    QT_TRANSLATE_NOOP("Registers", "dated"),
)


def register_name(register: str) -> str:
    """The register as the person reads it ("playful" or "调侃")."""
    return QCoreApplication.translate(CONTEXT, register)


def register_names(registers: Iterable[str]) -> str:
    return ", ".join(register_name(r) for r in registers)


def register_choices() -> list[tuple[str, str]]:
    """(stored value, shown name) for every register, from the mildest (neutral, the default) to the strongest."""
    return [(str(r), register_name(str(r))) for r in _REGISTERS]


FIELDS_CONTEXT = "Fields"
# Names of stored fields that error templates name in a field ("The {what} is too long …"); error_text
# translates a field's value in this context, and a value that is not listed here stays as it is.
_FIELDS = (
    QT_TRANSLATE_NOOP("Fields", "phrase"),
    QT_TRANSLATE_NOOP("Fields", "translation"),
    QT_TRANSLATE_NOOP("Fields", "note"),
    QT_TRANSLATE_NOOP("Fields", "title"),
    QT_TRANSLATE_NOOP("Fields", "partner"),
    QT_TRANSLATE_NOOP("Fields", "subject"),
    QT_TRANSLATE_NOOP("Fields", "text"),
    QT_TRANSLATE_NOOP("Fields", "corrected"),
    QT_TRANSLATE_NOOP("Fields", "explanation"),
    QT_TRANSLATE_NOOP("Fields", "entry"),
)


def field_name(value: str) -> str:
    """A stored field's name as the person reads it; any other text unchanged."""
    return QCoreApplication.translate(FIELDS_CONTEXT, value)
