"""`jiaoliu study due` and `jiaoliu study stats`: in this process through `app.cli.main`, and as a user runs them."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta

import pytest

from app.cli import build_parser
from app.data.database import open_database
from app.data.paths import app_paths, ensure_dirs
from app.data.phrases import PhraseStore
from app.data.study_store import StudyStore
from tests.unit.cli.test_cli import call, run


def _run(*argv: str) -> str:
    status, out, err = call("study", *argv)
    assert (status, err) == (0, ""), err
    return out


@pytest.fixture
def studied(data_dir):  # type: ignore[no-untyped-def]
    """A user database with two phrases as cards: one reviewed yesterday and today, one new."""
    paths = app_paths()
    ensure_dirs(paths)
    db = open_database(paths.database)
    phrases = PhraseStore(db)
    store = StudyStore(db)
    store.add_phrase(phrases.add("你好", "hello", pinyin="nǐ hǎo"), ["recognition"])
    store.add_phrase(phrases.add("谢谢", "thanks", pinyin="xiè xie"), ["recognition", "production"])
    first = store.next_card()
    assert first is not None
    now = datetime.now(UTC)
    store.grade(first.id, 3, now - timedelta(days=1))
    store.grade(first.id, 1, now)  # Again: back in a minute
    db.close()
    return paths


def test_due_lists_counts_and_the_next_cards(studied) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(_run("due", "--json"))
    assert (data["learning"], data["review"], data["new"], data["total"]) == (1, 0, 1, 2)
    assert [c["queue"] for c in data["next"]] == ["new", "learning"]  # a learning card not yet due comes last
    first = data["next"][1]
    assert (first["text"], first["pinyin"], first["meaning"], first["type"]) == (
        "你好",
        "nǐ hǎo",
        "hello",
        "recognition",
    )
    assert first["source"] == {"kind": "phrase", "ref": "1"}
    assert len(json.loads(_run("due", "--json", "--limit", "1"))["next"]) == 1
    text = _run("due")
    assert text.startswith("Due now: 2 (1 learning, 0 review, 1 new).")
    assert "你好 (nǐ hǎo) — hello" in text


def test_due_with_nothing_to_study(data_dir) -> None:  # type: ignore[no-untyped-def]
    assert "Nothing to study right now" in _run("due")
    assert json.loads(_run("due", "--json"))["total"] == 0


def test_stats_reports_reviews_retention_and_streak(studied) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(_run("stats", "--json", "--days", "7"))
    assert data["total_reviews"] == 2 and data["streak"] == 2 and data["studied_today"] is True
    assert [d["reviews"] for d in data["reviews_per_day"]][-2:] == [1, 1]
    assert len(data["reviews_per_day"]) == 7 and len(data["forecast"]) == 30
    assert data["cards"]["new"] == 2 and data["cards"]["learning"] == 1
    text = _run("stats")
    assert "Reviews: 2 in all, 1 today" in text and "Streak: 2 days" in text


def test_bad_numbers_are_refused_by_the_parser(data_dir, capsys) -> None:  # type: ignore[no-untyped-def]
    for argv in (["study", "due", "--limit", "0"], ["study", "stats", "--days", "many"]):
        with pytest.raises(SystemExit) as stopped:
            build_parser().parse_args(argv)
        assert stopped.value.code == 2
    assert "out of range" in capsys.readouterr().err


def test_a_damaged_database_is_one_clear_error(data_dir) -> None:  # type: ignore[no-untyped-def]
    paths = app_paths()
    ensure_dirs(paths)
    paths.database.write_bytes(b"this is not a database" * 100)
    for command in ("due", "stats"):
        status, out, err = call("study", command)
        assert (status, out) == (1, "")
        assert err.startswith(f"jiaoliu: The database {paths.database} is damaged") and err.count("\n") == 1


def test_study_commands_as_a_user_runs_them(studied) -> None:  # type: ignore[no-untyped-def]
    due = run(["study", "due", "--json"], studied)
    assert due.returncode == 0, due.stderr
    assert json.loads(due.stdout)["total"] == 2
    stats = run(["study", "stats"], studied)
    assert stats.returncode == 0 and "Streak: 2 days" in stats.stdout
    bad = run(["study", "due", "--limit", "-3"], studied)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_study_cli_never_loads_qt(studied) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    code = (
        "import sys, io\nfrom app import cli\nassert cli.main(['study', 'due'], out=io.StringIO()) == 0\n"
        "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


# --- study add ----------------------------------------------------------------------------------------------
def _fail(*argv: str) -> str:
    status, out, err = call(*argv)
    assert (status, out) == (1, ""), (status, out, err)
    assert err.startswith("jiaoliu: ") and err.count("\n") == 1
    return err


def test_phrases_add_makes_study_cards_unless_the_preference_is_off(data_dir) -> None:  # type: ignore[no-untyped-def]
    from app.services.context import AppContext

    assert call("phrases", "add", "宝藏小店", "--translation", "a hidden gem")[1] == "1\n"
    assert json.loads(_run("due", "--json"))["new"] >= 1
    AppContext().settings.update(study_saved_phrases=False)
    assert call("phrases", "add", "出片", "--translation", "photogenic")[1] == "2\n"
    assert _run("add", "--phrase", "2") == "Added 3 cards.\n"  # it waited; `study add` makes its cards
    assert _run("add", "--phrase", "1") == "Added 0 cards (3 existed already).\n"


def test_study_add_a_phrase_with_chosen_types(data_dir) -> None:  # type: ignore[no-untyped-def]
    from app.services.context import AppContext

    AppContext().settings.update(study_saved_phrases=False)
    call("phrases", "add", "no cap", "--translation", "不骗你")
    assert _run("add", "--phrase", "1", "--types", "recognition") == "Added 1 card.\n"
    data = json.loads(_run("add", "--phrase", "1", "--types", "recognition,production,pinyin", "--json"))
    assert data == {"added": 1, "existing": 1, "sources": 1}  # no pinyin drill for English


def test_study_add_an_entry_by_key_or_term_and_a_whole_deck(data_dir) -> None:  # type: ignore[no-untyped-def]
    assert _run("add", "--entry", "zh-yyds") == "Added 3 cards.\n"
    assert _run("add", "--entry", "绝绝子", "--types", "recognition") == "Added 1 card.\n"
    data = json.loads(_run("add", "--deck", "jiaoliu slang", "--types", "recognition", "--json"))
    assert data["sources"] > 1000 and data["existing"] == 2 and data["added"] == data["sources"] - 2
    assert json.loads(_run("due", "--json"))["new"] > 0


def test_study_add_explains_unknown_ids_keys_decks_and_types(data_dir, capsys) -> None:  # type: ignore[no-untyped-def]
    assert "There is no phrase 7." in _fail("study", "add", "--phrase", "7")
    assert "There is no glossary entry 'no-such-key'." in _fail("study", "add", "--entry", "no-such-key")
    assert "There is no deck called “Week 9”." in _fail("study", "add", "--deck", "Week 9")
    for argv in (
        ["study", "add", "--phrase", "1", "--types", "sideways"],
        ["study", "add"],
        ["study", "add", "--phrase", "1", "--deck", "x"],
    ):
        with pytest.raises(SystemExit) as stopped:
            build_parser().parse_args(argv)
        assert stopped.value.code == 2
    assert "unknown card type 'sideways'" in capsys.readouterr().err
