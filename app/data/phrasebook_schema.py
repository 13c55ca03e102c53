"""The phrasebook tables (created by one migration in app/data/migrations.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.phrase_text import search_text

if TYPE_CHECKING:
    import sqlite_utils

# phrase_tags mirrors phrases.tags (a JSON list, what the store reads) for indexed tag filters and
# counts; triggers keep it in step with every insert, update and delete, undo's restores included.
_TAG_TRIGGERS = (
    """create trigger phrases_tags_ai after insert on phrases begin
        insert or ignore into phrase_tags (phrase_id, tag)
            select new.id, value from json_each(new.tags) where trim(value) != '';
    end""",
    """create trigger phrases_tags_au after update of tags on phrases begin
        delete from phrase_tags where phrase_id = old.id;
        insert or ignore into phrase_tags (phrase_id, tag)
            select new.id, value from json_each(new.tags) where trim(value) != '';
    end""",
    """create trigger phrases_tags_ad after delete on phrases begin
        delete from phrase_tags where phrase_id = old.id;
    end""",
)


def upgrade(db: sqlite_utils.Database) -> None:
    """Create the phrasebook tables. Runs once, inside the migration's transaction."""
    # origin says where a phrase was saved from (reader, translation, glossary, session, typed);
    # origin_ref is what leads back there (a glossary key, a session entry id, the source text).
    db.execute("alter table phrases add column origin_ref text not null default ''")
    db.execute("alter table phrases add column search_text text not null default ''")
    for row in list(db.query("select id, text, translation, pinyin, note from phrases")):
        db.execute(
            "update phrases set search_text = ? where id = ?",
            [search_text(row["text"], row["translation"], row["pinyin"], row["note"]), row["id"]],
        )
    db.execute("create index phrases_updated on phrases(updated_at, id)")
    db.execute("create index phrases_created on phrases(created_at, id)")
    db.execute("create index phrases_text on phrases(text collate nocase)")
    db.execute("create index phrases_origin on phrases(origin, origin_ref)")
    db.execute(
        """create table phrase_tags (
            phrase_id integer not null references phrases(id) on delete cascade,
            tag text not null collate nocase,
            primary key (phrase_id, tag)
        ) without rowid"""
    )
    db.execute("create index phrase_tags_tag on phrase_tags(tag, phrase_id)")
    db.execute(
        "insert or ignore into phrase_tags (phrase_id, tag) "
        "select phrases.id, value from phrases, json_each(phrases.tags) where trim(value) != ''"
    )
    for trigger in _TAG_TRIGGERS:
        db.execute(trigger)
    # Trigram FTS finds any substring of three or more characters (Chinese has no spaces between
    # words); shorter queries fall back to LIKE on search_text, as in the glossary.
    db.table("phrases").enable_fts(["search_text"], tokenize="trigram", create_triggers=True)
