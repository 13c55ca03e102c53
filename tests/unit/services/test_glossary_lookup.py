"""The Reader's look-up box in the glossary: any form, toneless pinyin, then meanings."""

from __future__ import annotations

from app.data.database import open_database
from app.data.glossary_store import GlossaryStore
from app.data.paths import AppPaths
from app.services.glossary_lookup import find


def test_find_by_toneless_pinyin_form_and_meaning(glossary_paths: AppPaths) -> None:
    data = open_database(glossary_paths.database)
    try:
        store = GlossaryStore(data)
        for query in ("juejuezi", "jue2 jue2 zi3", "juéjuézi", "绝绝子"):
            assert [e.term for e in find(store, query).terms][:1] == ["绝绝子"], query
        slay = find(store, "slay")
        assert slay.terms[0].term == "slay"
        assert all(e.term != "slay" for e in slay.meanings)
        assert find(store, "   ").terms == []
    finally:
        data.close()
