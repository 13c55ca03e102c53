"""`jiaoliu study add|due|stats`: making cards, the study queue and progress."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.services.context import AppContext

# Listening cards need the app's speech engine, so the command line leaves them to the app.
NOT_IN_CLI = ("listening",)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= number <= 3650:
        raise argparse.ArgumentTypeError(f"{value} is out of range (1–3650)")
    return number


def _card_types(value: str) -> tuple[str, ...]:
    """`--types recognition,pinyin`: a comma-separated list of known card types."""
    from app.data.study_schema import CARD_TYPES

    types = tuple(dict.fromkeys(t.strip() for t in value.split(",") if t.strip()))
    unknown = [t for t in types if t not in CARD_TYPES]
    if unknown or not types:
        raise argparse.ArgumentTypeError(
            f"unknown card type {unknown[0]!r}" if unknown else "give at least one card type"
        ) from None
    return types


def cmd_study_add(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.cli.common import glossary
    from app.data.study_store import DEFAULT_TYPES
    from app.services.study import add_to_study

    if args.entry is not None or args.deck is not None:
        glossary(ctx)  # the bundled entries and decks synced in, so their keys and names are found
    result = add_to_study(
        ctx, phrase_id=args.phrase, entry_key=args.entry, deck_name=args.deck, types=args.types or DEFAULT_TYPES
    )
    if args.json:
        data = {"added": result.added, "existing": result.existing, "sources": result.sources}
        out.write(json.dumps(data) + "\n")
        return 0
    cards = "card" if result.added == 1 else "cards"
    existed = f" ({result.existing} existed already)" if result.existing else ""
    out.write(f"Added {result.added} {cards}{existed}.\n")
    return 0


def cmd_study_due(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.study import card_json, content_of

    store = ctx.study_store
    counts = store.counts(exclude_types=NOT_IN_CLI)
    cards = [
        (c, content_of(ctx.phrase_store, ctx.glossary_store, c.source))
        for c in store.due_cards(args.limit, exclude_types=NOT_IN_CLI)
    ]
    if args.json:
        data: dict[str, Any] = {
            "new": counts.new,
            "learning": counts.learning,
            "review": counts.review,
            "total": counts.total,
            "later_today": counts.later_today,
            "next": [card_json(c, content) for c, content in cards],
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    out.write(
        f"Due now: {counts.total} ({counts.learning} learning, {counts.review} review, {counts.new} new)."
        + (f" {counts.later_today} more come back later today." if counts.later_today else "")
        + "\n"
    )
    for card, content in cards:
        if content is None:
            continue
        reading = f" ({content.pinyin})" if content.pinyin else ""
        out.write(f"  {card.queue:<8} {card.card_type:<11} {content.text}{reading} — {content.meaning}\n")
    if not counts.total:
        out.write("Nothing to study right now. Add cards from the phrasebook or the glossary in the app.\n")
    return 0


def cmd_study_stats(args: argparse.Namespace, ctx: AppContext, out: TextIO, stdin: TextIO) -> int:
    from app.services.study import study_stats

    stats = study_stats(ctx.study_store, days=args.days)
    if args.json:
        out.write(json.dumps(stats.to_json(), ensure_ascii=False, indent=2) + "\n")
        return 0
    in_period = sum(stats.reviews)
    retention = "no reviews of learned cards yet"
    if stats.period_retention is not None:
        retention = f"{stats.period_retention:.0%} of learned cards recalled"
    cards = stats.cards
    out.write(
        f"Reviews: {stats.total_reviews} in all, {stats.reviews[-1]} today, {in_period} in the last {args.days} days\n"
        f"Retention (last {args.days} days): {retention}\n"
        f"Streak: {stats.streak} day{'s' if stats.streak != 1 else ''}"
        + ("" if stats.studied_today or not stats.streak else " (study today to keep it)")
        + "\n"
        f"Cards: {cards['new']} new, {cards['learning']} learning, {cards['review']} review, "
        f"{cards['suspended']} suspended\n"
        f"Due in the next 7 days: {' '.join(str(n) for _d, n in stats.forecast[:7])}\n"
    )
    return 0


def register(subparsers: Any) -> None:
    actions = subparsers.add_parser(
        "study", help="spaced-repetition study: add cards, what is due, progress"
    ).add_subparsers(dest="study_command", metavar="ACTION")
    actions.required = True
    p = actions.add_parser("add", help="make study cards for a phrase, a glossary entry or a whole deck")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--phrase", type=int, metavar="ID", help="a phrase's id (as `jiaoliu phrases list` shows)")
    which.add_argument("--entry", metavar="KEY", help="a glossary entry's key, or its term if one entry has it")
    which.add_argument("--deck", metavar="NAME", help="every entry of this glossary deck, and entries added later")
    p.add_argument(
        "--types",
        type=_card_types,
        metavar="TYPES",
        help="comma-separated card types: recognition, production, pinyin, listening "
        "(default recognition,production,pinyin; pinyin and listening only for Chinese)",
    )
    p.add_argument("--json", action="store_true", help="print {added, existing, sources}")
    p.set_defaults(handler=cmd_study_add)
    p = actions.add_parser("due", help="how many cards are due now, and the next ones")
    p.add_argument("--json", action="store_true", help="print {new, learning, review, total, later_today, next}")
    p.add_argument("--limit", type=_positive, default=10, help="show at most this many next cards (default 10)")
    p.set_defaults(handler=cmd_study_due)
    p = actions.add_parser("stats", help="reviews per day, retention, streak and the coming workload")
    p.add_argument("--json", action="store_true", help="print the statistics as JSON")
    p.add_argument("--days", type=_positive, default=30, help="days of history (default 30)")
    p.set_defaults(handler=cmd_study_stats)
