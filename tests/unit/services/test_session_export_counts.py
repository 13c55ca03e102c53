"""The session handout's counts read as English: "1 entry, 1 correction", "2 entries" (never "1 entries")."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.data.database import open_database
from app.data.phrases import PhraseStore
from app.data.sessions import SessionStore
from app.services.session_export import load_document, to_html, to_markdown


@pytest.fixture
def store(data_dir: Path) -> SessionStore:
    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_database(data_dir / "jiaoliu.db")
    yield SessionStore(db)
    db.close()


def test_one_and_many(store: SessionStore) -> None:
    sid = store.create("Homework")
    store.add_entry(sid, "correction", "I has a apple.", corrected="I have an apple.")
    doc = load_document(store, PhraseStore(store.data), sid)
    for text in (to_markdown(doc), to_html(doc)):
        assert "1 entry, 1 correction, 0 phrases saved" in text
        assert "1 entries" not in text and "1 corrections" not in text
    store.add_entry(sid, "note", "well done")
    doc = load_document(store, PhraseStore(store.data), sid)
    assert "2 entries, 1 correction" in to_markdown(doc)
