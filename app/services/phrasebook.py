"""Phrasebook use cases: saving a phrase (and its study cards), and exports as CSV, JSON and Anki .apkg."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.csv_cells import neutralise
from app.core.errors import QT_TRANSLATE_NOOP
from app.data import atomic_file
from app.data.phrases import Phrase, PhraseError, PhraseStore
from app.data.snapshot import Snapshot
from app.services import anki_package
from app.services.anki_package import field_html

if TYPE_CHECKING:
    from app.services.context import AppContext

EXPORT_FORMATS = ("csv", "json", "apkg")
CSV_COLUMNS = ("text", "translation", "pinyin", "note", "tags", "source", "origin", "created_at", "updated_at")
JSON_FORMAT = "jiaoliu-phrasebook"
JSON_VERSION = 1
ANKI_MODEL_NAME = "Jiaoliu Phrase"
ANKI_FIELDS = ("Text", "Pinyin", "Translation", "Note", "Source", "Tags")
DEFAULT_DECK = "Jiaoliu phrasebook"


# --- saving ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SavedPhrase:
    phrase_id: int
    cards: int  # study cards made for it (0 when "Add saved phrases to study" is off)


def save_phrase(
    app: AppContext,
    text: str,
    translation: str = "",
    *,
    undo_name: str = "",
    scope: str = "",
    **fields: Any,
) -> SavedPhrase:
    """Save a phrase (PhraseStore.add's fields) and, when the preference "Add saved phrases to study" is on
    (the default), its study cards, in one transaction. Every front end saves through here, so the GUI and
    `jiaoliu phrases add` follow the same preference. With `undo_name`, a History step is recorded in `scope`:
    its undo deletes the phrase and its new cards (no orphaned card is left behind), its redo saves both again."""
    with app.data.transaction():
        phrase_id = app.phrase_store.add(text, translation, **fields)
        cards = _add_cards(app, phrase_id) if app.settings.current.study_saved_phrases else 0
    if undo_name:
        held: list[Snapshot] = []

        def undo() -> None:
            held.append(unsave_phrase(app, phrase_id))

        def redo() -> None:
            with app.data.transaction():
                app.phrase_store.restore(held.pop())
                if cards:
                    _add_cards(app, phrase_id)

        app.history.record(undo_name, undo, redo, scope)
    return SavedPhrase(phrase_id, cards)


def _add_cards(app: AppContext, phrase_id: int) -> int:
    return app.study_store.add_phrase(phrase_id)


def unsave_phrase(app: AppContext, phrase_id: int) -> Snapshot:
    """Take back a save: the phrase and its study cards go (the snapshot puts the phrase back)."""
    from app.data.study_store import Source

    with app.data.transaction():
        study = app.study_store
        study.remove_cards(study.cards_of(Source("phrase", str(phrase_id))))
        return app.phrase_store.delete([phrase_id])


# --- exports -----------------------------------------------------------------------------------------------
def export_phrases(phrases: Sequence[Phrase], fmt: str, path: Path, deck_name: str = DEFAULT_DECK) -> int:
    """Write phrases as CSV, JSON or an Anki deck (never half a file); returns how many."""
    if fmt == "csv":
        write_csv(phrases, path)
    elif fmt == "json":
        write_json(phrases, path)
    elif fmt == "apkg":
        write_apkg(phrases, path, deck_name)
    else:
        raise PhraseError(
            QT_TRANSLATE_NOOP("Errors", "Unknown export format {fmt}; use csv, json or apkg."), fmt=repr(fmt)
        )
    return len(phrases)


def export_from_store(store: PhraseStore, fmt: str, path: Path, ids: Iterable[int] | None = None) -> int:
    """Every phrase (newest first), or the ones with these ids in this order."""
    if ids is None:
        phrases = store.search(sort="created", descending=True)
    else:
        wanted = list(ids)
        found = store.get_many(wanted)
        phrases = [found[i] for i in wanted if i in found]
    return export_phrases(phrases, fmt, path)


def write_csv(phrases: Iterable[Phrase], path: Path) -> None:
    """UTF-8 with a byte-order mark so that Excel shows Chinese; tags separated by commas."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for p in phrases:
        cells = [p.text, p.translation, p.pinyin, p.note, ", ".join(p.tags), p.source, p.origin, p.created_at]
        writer.writerow([neutralise(cell) for cell in [*cells, p.updated_at]])
    data = buffer.getvalue().encode("utf-8-sig")
    atomic_file.write_bytes(path, lambda handle: handle.write(data))


def write_json(phrases: Iterable[Phrase], path: Path) -> None:
    document: dict[str, Any] = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "phrases": [p.to_json() for p in phrases],
    }
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    atomic_file.write_bytes(path, lambda handle: handle.write(data))


def write_apkg(phrases: Iterable[Phrase], path: Path, deck_name: str = DEFAULT_DECK) -> None:
    """One deck of "Jiaoliu Phrase" notes (phrase on the front; pinyin, translation and note on the back).
    Note ids come from the phrase text, so exporting again updates the same notes in Anki."""
    import genanki  # only exports need it

    model = genanki.Model(
        anki_package.stable_id("phrase-model", ANKI_MODEL_NAME),
        ANKI_MODEL_NAME,
        fields=[{"name": name} for name in ANKI_FIELDS],
        templates=[
            {
                "name": "Card 1",
                "qfmt": '<div class="text">{{Text}}</div>',
                "afmt": "{{FrontSide}}<hr id=answer>"
                '{{#Pinyin}}<div class="pinyin">{{Pinyin}}</div>{{/Pinyin}}'
                '<div class="translation">{{Translation}}</div>'
                '{{#Note}}<div class="note">{{Note}}</div>{{/Note}}'
                '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}',
            }
        ],
        css=(
            ".card { font-family: sans-serif; font-size: 20px; text-align: center; }\n"
            ".text { font-size: 32px; } .pinyin { color: #555; } .note, .source { color: #777; font-size: 16px; }\n"
        ),
    )
    deck = genanki.Deck(anki_package.stable_id("phrase-deck", deck_name), deck_name)
    for p in phrases:
        fields = [
            field_html(p.text),
            field_html(p.pinyin),
            field_html(p.translation),
            field_html(p.note),
            field_html(p.source),
            field_html(" ".join(p.tags)),
        ]
        tags = [t for t in ("-".join(tag.split()) for tag in p.tags) if t]  # Anki tags have no spaces
        deck.add_note(
            genanki.Note(model=model, fields=fields, tags=tags, guid=genanki.guid_for("jiaoliu-phrase", p.text))
        )
    anki_package.write(genanki.Package(deck), path)
