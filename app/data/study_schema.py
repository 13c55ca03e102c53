"""The study tables (created by one migration in app/data/migrations.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

CARD_TYPES = ("recognition", "production", "pinyin", "listening")
SOURCE_KINDS = ("phrase", "entry")


def upgrade(db: sqlite_utils.Database) -> None:
    """Create the study tables. Runs once, inside the migration's transaction."""
    kinds = ", ".join(f"'{k}'" for k in SOURCE_KINDS)
    types = ", ".join(f"'{t}'" for t in CARD_TYPES)
    # A card points at its source (a phrase id or a glossary key) instead of copying it, so an edit
    # shows at the next review. No foreign key: a deleted source leaves its card "orphaned" (hidden)
    # until the user confirms removing it, and an undone delete brings it back with its history.
    # FSRS state lives in columns (fsrs.Card's fields) so the due queue is an index range, not JSON.
    # Times were UTC 'YYYY-MM-DD HH:MM:SS' here; migration m011 moved every table to app/data/timestamps.py's
    # one format (which also sorts as text and works with SQLite's date functions) and rewrote the trigger below.
    db.execute(
        f"""create table study_cards (
            id integer primary key,
            source_kind text not null check (source_kind in ({kinds})),
            source_ref text not null,
            source_stamp text not null default '',
            card_type text not null check (card_type in ({types})),
            deck_id integer,
            state integer not null default 1,
            step integer default 0,
            stability real,
            difficulty real,
            due text not null,
            last_review text,
            last_review_id integer,
            reps integer not null default 0,
            lapses integer not null default 0,
            suspended integer not null default 0,
            buried_until text,
            orphaned integer not null default 0,
            created_at text not null,
            unique (source_kind, source_ref, card_type)
        )"""
    )
    # One partial index per queue, each matching its query's WHERE clause word for word; the other filters
    # (buried, card type) ride along so counting a queue of thousands never reads the table.
    db.execute(
        "create index study_cards_learning on study_cards(due, buried_until, card_type) "
        "where reps > 0 and suspended = 0 and orphaned = 0 and state != 2"
    )
    db.execute(
        "create index study_cards_review on study_cards(due, buried_until, card_type) "
        "where reps > 0 and suspended = 0 and orphaned = 0 and state = 2"
    )
    db.execute("create index study_cards_new on study_cards(id) where reps = 0 and suspended = 0 and orphaned = 0")
    db.execute("create index study_cards_deck on study_cards(deck_id) where deck_id is not null")
    # Every grade, with the card's scheduling state before it: enough to undo it and to chart history.
    # Kept when a card is removed, as Anki keeps its revlog: the statistics stay true.
    db.execute(
        """create table study_reviews (
            id integer primary key,
            card_id integer not null,
            rating integer not null check (rating between 1 and 4),
            reviewed_at text not null,
            duration_ms integer,
            prev_state integer not null,
            prev_step integer,
            prev_stability real,
            prev_difficulty real,
            prev_due text not null,
            prev_last_review text,
            prev_last_review_id integer,
            prev_reps integer not null,
            prev_lapses integer not null
        )"""
    )
    db.execute("create index study_reviews_time on study_reviews(reviewed_at)")
    db.execute("create index study_reviews_card on study_reviews(card_id)")
    # Decks studied as a whole: entries added to them later get cards too.
    db.execute(
        """create table study_decks (
            deck_id integer primary key,
            card_types text not null,
            created_at text not null
        )"""
    )
    _source_triggers(db)


def _source_triggers(db: sqlite_utils.Database) -> None:
    """Keep `orphaned` in step with the sources, whichever part of the app deletes or restores them."""
    # A restored phrase keeps its created_at; a new phrase that reuses a deleted id does not, so the
    # stamp tells an undo from a stranger.
    db.execute(
        """create trigger study_phrase_deleted after delete on phrases begin
            update study_cards set orphaned = 1
            where source_kind = 'phrase' and source_ref = cast(old.id as text);
        end"""
    )
    db.execute(
        """create trigger study_phrase_restored after insert on phrases begin
            update study_cards set orphaned = 0
            where source_kind = 'phrase' and source_ref = cast(new.id as text) and source_stamp = new.created_at;
        end"""
    )
    db.execute(
        """create trigger study_entry_deleted after delete on glossary begin
            update study_cards set orphaned = 1 where source_kind = 'entry' and source_ref = old.key;
        end"""
    )
    db.execute(
        """create trigger study_entry_restored after insert on glossary begin
            update study_cards set orphaned = 0 where source_kind = 'entry' and source_ref = new.key;
        end"""
    )
    # An entry added to a deck studied as a whole (by hand, an import or a bundle update) gets its cards;
    # the pinyin and listening drills only for Chinese.
    db.execute(
        """create trigger study_deck_entry_added after insert on glossary
        when new.deck_id in (select deck_id from study_decks) begin
            insert or ignore into study_cards (source_kind, source_ref, card_type, deck_id, due, created_at)
            select 'entry', new.key, value, new.deck_id, datetime('now'), datetime('now')
            from json_each((select card_types from study_decks where deck_id = new.deck_id))
            where new.lang = 'zh' or value in ('recognition', 'production');
        end"""
    )
    # A deck id can be reused after a delete; the new deck must not inherit the old one's following.
    db.execute(
        """create trigger study_deck_deleted after delete on decks begin
            delete from study_decks where deck_id = old.id;
        end"""
    )
