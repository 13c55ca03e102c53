"""Search text as the stores use it: bounded in length, and escaped for SQL LIKE patterns."""

from __future__ import annotations

# Longer queries are cut: nobody types more to find a word, and SQLite refuses LIKE patterns over 50,000
# bytes ("LIKE or GLOB pattern too complex") while full-text queries of thousands of terms crawl.
MAX_QUERY_CHARS = 200
LIKE_ESCAPE = "\\"  # the SQL is written `like ? escape '\'`


def bounded(query: str, limit: int = MAX_QUERY_CHARS) -> str:
    """The first `limit` characters of a search query."""
    return query[:limit]


def like_escaped(text: str) -> str:
    """`text` matched literally inside a LIKE pattern written with `escape '\\'`: % and _ are not wildcards."""
    return text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")


def like_contains(text: str) -> str:
    """A LIKE pattern (with `escape '\\'`) for "holds `text` anywhere", the text bounded first."""
    return "%" + like_escaped(bounded(text)) + "%"


def like_prefix(text: str) -> str:
    """A LIKE pattern (with `escape '\\'`) for "starts with `text`", the text bounded first."""
    return like_escaped(bounded(text)) + "%"
