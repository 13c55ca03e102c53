"""The user database's schema, one sqlite-utils migration per change. Never edit an applied one."""

from __future__ import annotations

import json

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("jiaoliu")


@migrations()
def m001_app_meta(db: sqlite_utils.Database) -> None:
    """Facts about this database itself (when it was created, by which version)."""
    from datetime import UTC, datetime

    from app import __version__

    db.table("app_meta").insert_all(
        [
            {"key": "created_at", "value": datetime.now(UTC).isoformat()},
            {"key": "created_by", "value": __version__},
        ],
        pk="key",
    )


@migrations()
def m002_reader_history(db: sqlite_utils.Database) -> None:
    """Texts opened in the Reader, so the last one comes back after a restart."""
    db.table("reader_texts").create(
        {"id": int, "text": str, "updated_at": str},
        pk="id",
        not_null={"text", "updated_at"},
    )


@migrations()
def m003_glossary(db: sqlite_utils.Database) -> None:
    """Slang glossary: the bundled entries and tutors' own decks, searchable with FTS5."""
    db.execute(
        """create table decks (
            id integer primary key,
            name text not null unique collate nocase,
            kind text not null default 'user' check (kind in ('bundled', 'user')),
            created_at text not null,
            updated_at text not null
        )"""
    )
    db.execute(
        """create table glossary (
            id integer primary key,
            key text not null unique,
            deck_id integer not null references decks(id) on delete cascade,
            bundled integer not null default 0,
            source_key text,
            term text not null,
            lang text not null check (lang in ('zh', 'en')),
            variants text not null default '[]',
            pinyin text,
            literal text not null default '',
            meaning_en text not null default '',
            meaning_zh text not null default '',
            register text not null default '[]',
            examples text not null default '[]',
            tags text not null default '[]',
            year integer,
            related text not null default '[]',
            detect_alone integer not null default 1,
            search_text text not null default '',
            created_at text not null,
            updated_at text not null
        )"""
    )
    db.execute("create index glossary_deck on glossary(deck_id)")
    db.execute("create index glossary_term on glossary(term collate nocase)")
    # Trigram FTS finds any substring of three or more characters, which suits Chinese
    # (no spaces between words) as well as pinyin and English; shorter queries use LIKE.
    db.table("glossary").enable_fts(["search_text"], tokenize="trigram", create_triggers=True)


@migrations()
def m004_translation_cache(db: sqlite_utils.Database) -> None:
    """Finished translations by (text, direction, model, options), so a re-translation is instant."""
    db.execute(
        """create table translation_cache (
            key text primary key,
            result text not null,
            created_at text not null
        )"""
    )


@migrations()
def m005_phrases(db: sqlite_utils.Database) -> None:
    """Saved phrases (the translator saves them; the phrasebook shows and edits them)."""
    db.execute(
        """create table phrases (
            id integer primary key,
            text text not null,
            translation text not null default '',
            pinyin text not null default '',
            note text not null default '',
            tags text not null default '[]',
            source text not null default '',
            origin text not null default '',
            created_at text not null,
            updated_at text not null
        )"""
    )


@migrations()
def m006_phrasebook(db: sqlite_utils.Database) -> None:
    """Phrasebook search (FTS5) and links to where a phrase came from."""
    from app.data.phrasebook_schema import upgrade

    upgrade(db)


@migrations()
def m007_sessions(db: sqlite_utils.Database) -> None:
    """Homework-help sessions and their entries."""
    from app.data.sessions_schema import upgrade

    upgrade(db)


@migrations()
def m008_study(db: sqlite_utils.Database) -> None:
    """Study cards, FSRS scheduling state and the review log."""
    from app.data.study_schema import upgrade

    upgrade(db)


@migrations()
def m009_glossary_plain(db: sqlite_utils.Database) -> None:
    """Each glossary entry's plain paraphrase (given to the translation model instead of the slang)."""
    db.execute("alter table glossary add column plain text not null default ''")


@migrations()
def m010_glossary_forms(db: sqlite_utils.Database) -> None:
    """Each entry's forms, normalised and delimited, so search ranks "is one of its forms" by instr()."""
    from app.data.glossary_records import forms_key

    db.execute("alter table glossary add column forms text not null default ''")
    for row in list(db.query("select id, term, variants from glossary")):
        forms = forms_key([row["term"], *json.loads(row["variants"])])
        db.execute("update glossary set forms = ? where id = ?", [forms, row["id"]])


# Every column that holds a time (see app/data/timestamps.py); study_cards.buried_until is a study day, not a time.
TIME_COLUMNS = {
    "reader_texts": ("updated_at",),
    "decks": ("created_at", "updated_at"),
    "glossary": ("created_at", "updated_at"),
    "translation_cache": ("created_at",),
    "phrases": ("created_at", "updated_at"),
    "sessions": ("started_at", "ended_at", "running_since", "created_at", "updated_at"),
    "session_entries": ("created_at", "updated_at"),
    "study_cards": ("due", "last_review", "created_at", "source_stamp"),
    "study_reviews": ("reviewed_at", "prev_due", "prev_last_review"),
    "study_decks": ("created_at",),
}


@migrations()
def m011_one_time_format(db: sqlite_utils.Database) -> None:
    """Every stored time in one format, UTC ISO 8601 to the second (study stored 'YYYY-MM-DD HH:MM:SS')."""
    from app.data.timestamps import SQL_NOW, sql_stamp

    for table, columns in TIME_COLUMNS.items():
        for column in columns:
            # Only rows that change (most are already in the format), so FTS update triggers stay quiet;
            # a value SQLite cannot read as a time is kept as it is rather than lost.
            new = sql_stamp(f'"{column}"')
            db.execute(f'update "{table}" set "{column}" = {new} where {new} is not null and "{column}" != {new}')
    stamp = sql_stamp("value")
    db.execute(f"update app_meta set value = {stamp} where key = 'created_at' and {stamp} is not null")
    # A deck entry added later gets cards due now, written in the same format.
    db.execute("drop trigger if exists study_deck_entry_added")
    db.execute(
        f"""create trigger study_deck_entry_added after insert on glossary
        when new.deck_id in (select deck_id from study_decks) begin
            insert or ignore into study_cards (source_kind, source_ref, card_type, deck_id, due, created_at)
            select 'entry', new.key, value, new.deck_id, {SQL_NOW}, {SQL_NOW}
            from json_each((select card_types from study_decks where deck_id = new.deck_id))
            where new.lang = 'zh' or value in ('recognition', 'production');
        end"""
    )


@migrations()
def m012_glossary_senses(db: sqlite_utils.Database) -> None:
    """Each glossary entry's senses (JSON, the bundled files' shape). An existing entry keeps '[]', which means
    exactly one sense made of its own fields (SlangEntry.all_senses): nothing to copy, nothing lost, and an
    edit of those fields stays the entry's one sense. The bundled deck gets its senses at the next sync."""
    db.execute("alter table glossary add column senses text not null default '[]'")
