"""An entry's senses from any format (JSON objects, CSV rows, an Anki note's data field), checked like entries."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from app.core.slang import REGISTERS, Sense
from app.services.glossary_io.fields import Fields, names

SENSE_KEYS = frozenset(
    {"id", "literal", "meaning_en", "meaning_zh", "meaning", "plain", "register", "examples", "cues"}
)
_SENSE_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def build_senses(
    value: Any, where: str, problems: list[str], register: tuple[str, ...], wheres: list[str] | None = None
) -> tuple[Sense, ...]:
    """The `senses` of one raw entry: a list of objects; `wheres` names each one's origin (CSV lines)."""
    if value is None or value == []:
        return ()
    if not isinstance(value, list):
        problems.append(f"{where}: 'senses' must be a list of objects")
        return ()
    senses: list[Sense] = []
    for number, item in enumerate(value, 1):
        label = wheres[number - 1] if wheres else f"{where} sense {number}"
        if (sense := _sense(item, number, label, problems, register)) is not None:
            if any(s.id == sense.id for s in senses):
                problems.append(f"{label}: sense id {sense.id!r} is used twice")
            senses.append(sense)
    if senses and all(s.literal for s in senses):
        problems.append(f"{where}: every sense is literal; at least one must be the slang reading")
    return tuple(senses)


def _sense(item: Any, number: int, where: str, problems: list[str], register: tuple[str, ...]) -> Sense | None:
    if not isinstance(item, Mapping):
        problems.append(f"{where}: a sense must be an object")
        return None
    fields = Fields(item, where, problems)
    before = len(problems)
    if unknown := sorted(str(k) for k in set(item) - SENSE_KEYS):
        fields.problem(f"unknown sense field(s) {names(unknown)}")
    sense_id = fields.text("id").lower() or f"sense-{number}"
    if not _SENSE_ID_RE.match(sense_id) or len(sense_id) > 40:
        fields.problem(f"sense id {sense_id[:40]!r} must be lowercase letters, digits and hyphens (post, notes)")
    meaning_en, meaning_zh, loose = fields.text("meaning_en"), fields.text("meaning_zh"), fields.text("meaning")
    if loose and not (meaning_en or meaning_zh):
        meaning_en = loose if loose.isascii() else ""
        meaning_zh = "" if loose.isascii() else loose
    if not (meaning_en or meaning_zh):
        fields.problem("the sense has no meaning: add 'meaning_en' or 'meaning_zh'")
    own = tuple(r.lower() for r in fields.text_list("register"))
    if unknown_registers := [r for r in own if r not in REGISTERS]:
        fields.problem(f"unknown register {', '.join(unknown_registers)}; use {', '.join(sorted(REGISTERS))}")
    literal = fields.flag("literal", False)
    sense = Sense(
        id=sense_id,
        meaning_en=meaning_en,
        meaning_zh=meaning_zh,
        plain=fields.text("plain"),
        register=own or (("neutral",) if literal else register),
        examples=fields.examples(),
        cues=fields.text_list("cues"),
        literal=literal,
    )
    return sense if len(problems) == before else None
