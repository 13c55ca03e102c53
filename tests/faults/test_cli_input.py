"""Hostile input to the command line, built at test time: invalid UTF-8, NULs, zalgo, megabyte look-ups,
negative limits, missing folders, folders and FIFOs given as files, a read-only database.

Each case runs the real `python -m app` and checks what a person sees: one clear line on stderr (a note about
the input may come first), the exit status, no traceback, nothing half-written, within a time limit.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import app.cli.common as cli_common
from app import cli
from app.data.paths import AppPaths

pytestmark = pytest.mark.slow

LIMIT_S = 60  # a hang fails the test instead of the run
INVALID = b"ab\xff\xfe\xc3cd"  # three bytes that are not UTF-8 (0xc3 starts a sequence that never ends)
ZALGO = "a" + "\u0301\u0302\u0303\u0304" * 15_000  # 60,001 characters, 120 KB of UTF-8


def run(args: list[str | bytes], paths: AppPaths, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "JIAOLIU_DATA_DIR": str(paths.data), "PYTHONIOENCODING": "utf-8"}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, env=env, timeout=LIMIT_S
    )
    assert time.monotonic() - started < LIMIT_S
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    return done


def err_lines(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    lines = done.stderr.decode("utf-8").splitlines()  # stderr is always valid UTF-8
    assert all(line.startswith("jiaoliu: ") for line in lines), lines
    return lines


def notes(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("jiaoliu: note: ")]


def db_state(paths: AppPaths) -> tuple[str, int, int]:
    """(integrity check, phrases, glossary rows) of the user's database."""
    conn = sqlite3.connect(paths.database)
    try:
        check = conn.execute("pragma integrity_check").fetchone()[0]
        phrases = conn.execute("select count(*) from phrases").fetchone()[0]
        entries = conn.execute("select count(*) from glossary").fetchone()[0]
    finally:
        conn.close()
    return check, phrases, entries


def phrases(paths: AppPaths) -> list[dict[str, object]]:
    done = run(["phrases", "list", "--json"], paths)
    assert done.returncode == 0
    return list(json.loads(done.stdout))


# --- invalid UTF-8 -----------------------------------------------------------------------------------------
def test_invalid_utf8_on_stdin_is_replaced_and_said_once_by_phrases_add(glossary_paths: AppPaths) -> None:
    done = run(["phrases", "add"], glossary_paths, INVALID)
    assert done.returncode == 0
    assert err_lines(done) == ["jiaoliu: note: 3 bytes of standard input were not valid UTF-8 and were replaced with �"]
    (saved,) = phrases(glossary_paths)
    assert saved["text"] == "ab\ufffd\ufffd\ufffdcd"
    assert db_state(glossary_paths)[0] == "ok"


def test_invalid_utf8_in_arguments_is_replaced_and_said_once(glossary_paths: AppPaths) -> None:
    done = run([b"phrases", b"add", b"caf\xe9", b"--translation", b"\xff"], glossary_paths)
    assert done.returncode == 0
    assert err_lines(done) == [
        "jiaoliu: note: 2 bytes of the command line were not valid UTF-8 and were replaced with �"
    ]
    (saved,) = phrases(glossary_paths)
    assert (saved["text"], saved["translation"]) == ("caf\ufffd", "\ufffd")


@pytest.mark.parametrize("command", [["lookup"], ["glossary", "lookup"]])
def test_invalid_utf8_look_ups_say_so_then_not_found(glossary_paths: AppPaths, command: list[str]) -> None:
    done = run(command, glossary_paths, INVALID)
    assert done.returncode == 1
    lines = err_lines(done)
    assert len(notes(lines)) == 1 and "not valid UTF-8" in lines[0]
    assert len(lines) == 2 and "ab���cd" in lines[1]
    assert "surrogates" not in lines[1]


def test_a_byte_order_mark_on_stdin_is_not_part_of_the_text(glossary_paths: AppPaths) -> None:
    done = run(["lookup", "--json"], glossary_paths, "\ufeff猫\n".encode())
    assert done.returncode == 0 and done.stderr == b""
    assert json.loads(done.stdout)[0]["simplified"] == "猫"


# --- NULs and control characters -----------------------------------------------------------------------------
def test_a_nul_in_a_look_up_is_removed_with_a_note(glossary_paths: AppPaths) -> None:
    done = run(["lookup", "--json"], glossary_paths, "猫\x00".encode())
    assert done.returncode == 0
    assert err_lines(done) == ["jiaoliu: note: removed 1 control character (NUL) from standard input"]
    assert json.loads(done.stdout)[0]["simplified"] == "猫"
    found = run(["glossary", "lookup", "--json"], glossary_paths, b"yy\x00ds")
    assert found.returncode == 0 and json.loads(found.stdout)[0]["term"] == "yyds"


@pytest.mark.parametrize("command", [["lookup"], ["glossary", "lookup"], ["phrases", "add"]])
def test_only_control_characters_are_refused(glossary_paths: AppPaths, command: list[str]) -> None:
    before = db_state(glossary_paths)
    done = run(command, glossary_paths, b"\x00\x01\x1b\n")
    assert done.returncode == 1
    lines = err_lines(done)
    assert len(notes(lines)) == 1 and len(lines) == 2
    assert "OperationalError" not in lines[1] and "unterminated" not in lines[1]
    assert db_state(glossary_paths) == before


def test_a_nul_is_never_stored_or_exported(glossary_paths: AppPaths, tmp_path: Path) -> None:
    done = run(["phrases", "add", "--note", "line one\nline\x01two"], glossary_paths, "我们\x00去银行\n".encode())
    assert done.returncode == 0
    assert err_lines(done) == [
        "jiaoliu: note: removed 2 control characters (NUL, U+0001) from standard input and the command line"
    ]
    (saved,) = phrases(glossary_paths)
    assert (saved["text"], saved["note"]) == ("我们去银行", "line one\nlinetwo")
    target = tmp_path / "out.csv"
    assert run(["phrases", "export", "--format", "csv", str(target)], glossary_paths).returncode == 0
    assert b"\x00" not in target.read_bytes() and "我们去银行" in target.read_text(encoding="utf-8-sig")


# --- long and strange look-ups ---------------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["lookup"], ["glossary", "lookup"]])
def test_a_long_zalgo_look_up_is_bounded(glossary_paths: AppPaths, command: list[str]) -> None:
    done = run(command, glossary_paths, ZALGO.encode())
    lines = err_lines(done)
    assert "too complex" not in done.stderr.decode()
    assert len(done.stderr) < 1_000 and len(done.stdout) < 100_000
    assert "jiaoliu: note: the look-up was cut to its first 200 characters" in lines


def test_a_long_zalgo_search_is_bounded(glossary_paths: AppPaths) -> None:
    assert run(["phrases", "add", "银行"], glossary_paths).returncode == 0
    done = run(["phrases", "list", "--search", ZALGO[:20_000]], glossary_paths)
    assert done.returncode == 0 and done.stdout == b"" and done.stderr == b""


@pytest.mark.parametrize("command", [["lookup"], ["glossary", "lookup"]])
def test_a_megabyte_look_up_is_not_echoed_whole(glossary_paths: AppPaths, command: list[str]) -> None:
    query = ("qqzzx " * 250_000).encode()  # 1.5 MB
    done = run(command, glossary_paths, query)
    assert done.returncode == 1
    lines = err_lines(done)
    assert len(lines) == 2 and len(done.stderr) < 400
    assert lines[1].endswith("…”") or "…”" in lines[1]


def test_long_input_in_messages_is_cut() -> None:
    from app.cli.errors import CliError, message
    from app.core.errors import shown

    assert shown("x" * 1000) == "x" * 60 + "…"
    assert shown("short") == "short"
    assert shown("two\nlines\x00") == "two lines\ufffd"
    assert len(message(CliError("y" * 2_000_000))) <= 1001


# --- limits -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["phrases", "list", "--limit", "-5"],
        ["phrases", "list", "--limit", "0"],
        ["lookup", "--limit", "-1", "猫"],
        ["phrases", "list", "--limit", "many"],
    ],
)
def test_a_limit_below_one_is_refused(glossary_paths: AppPaths, args: list[str]) -> None:
    done = run(args, glossary_paths)
    assert done.returncode == 2
    (line,) = err_lines(done)
    assert "--limit" in line and ("positive" in line or "whole number" in line)


# --- files ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["phrases", "export", "--format", "csv"],
        ["glossary", "export", "--format", "json"],
    ],
)
def test_export_into_a_missing_folder_names_that_folder(
    glossary_paths: AppPaths, tmp_path: Path, args: list[str]
) -> None:
    target = tmp_path / "no" / "such" / "out.file"
    done = run([*args, str(target)], glossary_paths)
    assert done.returncode == 1
    assert err_lines(done) == [f"jiaoliu: the folder {target.parent} does not exist"]
    assert not (tmp_path / "no").exists()


def test_importing_a_folder_says_it_is_a_folder(glossary_paths: AppPaths, tmp_path: Path) -> None:
    before = db_state(glossary_paths)
    for folder in (tmp_path / "deck.csv", tmp_path / "plain"):
        folder.mkdir()
        done = run(["glossary", "import", str(folder)], glossary_paths)
        assert done.returncode == 1
        (line,) = err_lines(done)
        assert "is a folder" in line and "no such file" not in line
    assert db_state(glossary_paths) == before


def test_importing_a_fifo_does_not_block(glossary_paths: AppPaths, tmp_path: Path) -> None:
    before = db_state(glossary_paths)
    for name in ("deck.csv", "deck.json", "deck.apkg"):
        fifo = tmp_path / name
        os.mkfifo(fifo)
        done = run(["glossary", "import", str(fifo)], glossary_paths)  # a blocking open would time out
        assert done.returncode == 1
        (line,) = err_lines(done)
        assert "not a regular file" in line and "no such file" not in line
    assert db_state(glossary_paths) == before


def test_a_read_only_database_is_one_sentence(glossary_paths: AppPaths) -> None:
    assert run(["phrases", "add", "银行"], glossary_paths).returncode == 0
    path = glossary_paths.database
    locked = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if locked.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {locked.stderr.strip()}")
    try:
        done = run(["phrases", "add", "你好"], glossary_paths)
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    assert done.returncode == 1
    (line,) = err_lines(done)
    assert "read-only" in line and "OperationalError" not in line
    assert db_state(glossary_paths)[:2] == ("ok", 1)


# --- big inputs stream ----------------------------------------------------------------------------------------
def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        status = cli.main(list(argv), out=out, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


def big_text(chars: int) -> str:
    """Chinese prose with blank lines, trailing spaces, Latin text and full-width punctuation."""
    lines = [
        "我们今天去银行办理业务，然后去长城附近吃饭了。",
        "",
        "他说这个问题还没有解决，需要重新考虑。  ",
        "Hello 世界 😂! 女儿长大了，我们都很高兴。",
        "重庆的朋友说：“行不行？”",
    ]
    out, total, i = [], 0, 0
    while total < chars:
        line = lines[i % len(lines)] + ("。" * (i % 3))
        out.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("command", [["pinyin"], ["pinyin", "--style", "numbers"], ["segment"], ["segment", "--json"]])
def test_chunks_give_the_same_output_as_the_whole_text(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    text = big_text(60_000 if command[0] == "pinyin" else 2_500_000)
    whole = call(*command, stdin=text)
    monkeypatch.setattr(cli_common, "CHUNK_CHARS", 3_000)  # many cuts, at line ends
    pieces = call(*command, stdin=text)
    assert whole[0] == pieces[0] == 0
    assert whole[1] == pieces[1] and whole[1].count("\n") >= 1


def test_chunks_are_cut_only_at_line_ends() -> None:
    text = big_text(50_000)
    pieces = list(cli_common.text_chunks(None, io.StringIO(text), size=1_000))
    assert len(pieces) > 20 and "".join(pieces) == text
    assert all(p.endswith("\n") and not p[:-1].endswith((" ", "\n")) for p in pieces[:-1])


@pytest.fixture
def with_models(glossary_paths: AppPaths, tmp_path: Path) -> AppPaths:
    from tests.fixtures.tiny_argos import build_package

    for a, b in (("en", "zh"), ("zh", "en")):
        package = build_package(tmp_path / f"{a}_{b}.argosmodel", a, b)
        assert run(["models", "install-file", str(package)], glossary_paths).returncode == 0
    return glossary_paths


def test_translate_jsonl_gives_one_object_per_sentence_in_order(with_models: AppPaths) -> None:
    posts = "Hello. I love cats.\n\n我爱猫。谢谢。晚安。\nGood night.\n"
    done = run(["translate", "--jsonl"], with_models, posts.encode())
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(r["line"], r["tgt"]) for r in rows] == [
        (1, "你好。"),
        (1, "我爱猫。"),
        (3, "I love cats."),
        (3, "Thank you."),
        (3, "Good night."),
        (4, "晚安。"),
    ]
    assert [r["start"] for r in rows[2:5]] == [0, 4, 7]


def test_translate_in_pieces_prints_what_the_whole_text_gives(
    with_models: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    block = "Hello. I love cats.\nGood morning.\n\n\nSee you tomorrow. Thank you.\nGood night.  \n"
    text = block * 40
    whole = call("translate", stdin=text)
    monkeypatch.setattr(cli_common, "CHUNK_CHARS", 200)
    pieces = call("translate", stdin=text)
    assert whole[0] == pieces[0] == 0
    assert whole[1] == pieces[1]
    assert whole[1].startswith("你好。我爱猫。\n早上好。\n\n\n明天见。谢谢。\n晚安。\n你好。")


class _Flushes(io.StringIO):
    """Standard output that remembers what had been written at each flush."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def flush(self) -> None:
        self.seen.append(self.getvalue())


def test_translate_prints_each_sentence_as_it_is_done(with_models: AppPaths) -> None:
    out = _Flushes()
    with contextlib.redirect_stderr(io.StringIO()):
        status = cli.main(["translate"], out=out, stdin=io.StringIO("Hello. I love cats. Good night.\n" * 5))
    assert status == 0
    # The first sentence is translated and flushed alone, then each batch of six as it is done.
    assert out.seen[:2] == ["你好。", "你好。我爱猫。晚安。\n你好。我爱猫。晚安。\n你好。"]
    assert len(out.seen) == 4
    assert out.getvalue() == "你好。我爱猫。晚安。\n" * 5


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_translate_shows_progress_on_a_terminal_when_the_output_goes_elsewhere(with_models: AppPaths) -> None:
    err = _Terminal()
    with contextlib.redirect_stderr(err):
        status = cli.main(["translate"], out=io.StringIO(), stdin=io.StringIO("Hello. I love cats.\n" * 10))
    assert status == 0
    assert "jiaoliu: translating… 1 sentence done" in err.getvalue()
    assert err.getvalue().rstrip().endswith("\x1b[K")  # the line is cleared at the end
    quiet = io.StringIO()
    with contextlib.redirect_stderr(quiet):
        cli.main(["translate"], out=io.StringIO(), stdin=io.StringIO("Hello.\n"))
    assert quiet.getvalue() == ""  # not a terminal: no progress line


# --- LIKE patterns in the stores: escaped and bounded ---------------------------------------------------------
def test_store_searches_take_wildcards_literally_and_bound_long_queries(glossary_paths: AppPaths) -> None:
    from app.data.database import open_database
    from app.data.glossary_store import GlossaryStore
    from app.data.phrases import PhraseStore
    from app.data.sessions import SessionStore

    data = open_database(glossary_paths.database)
    try:
        glossary = GlossaryStore(data)
        from dataclasses import asdict

        for wildcard in ("_", "%"):  # only entries that hold the character itself, not every entry
            found = glossary.search(wildcard)
            assert len(found) < 20  # a handful (100% in an example), not the 3,400 a LIKE wildcard would match
            assert all(wildcard in json.dumps(asdict(s.entry), ensure_ascii=False) for s in found)
        assert glossary.search("%a%") == [] and len(glossary.search("a")) > 0
        assert glossary.search(ZALGO) == []  # no "LIKE or GLOB pattern too complex"
        assert glossary.search("á" * 30_000) == []  # tone marks: the LIKE branch for the numbered form
        assert glossary.lookup("x" * 1_500_000) == []
        sessions = SessionStore(data)
        sessions.create("100% sure")
        sessions.create("1000 sure")
        assert [s.title for s in sessions.sessions("0%")] == ["100% sure"]
        assert [s.title for s in sessions.sessions("1_0")] == []
        assert sessions.sessions(ZALGO) == []
        phrase_store = PhraseStore(data)
        phrase_store.add("银行_100%")
        assert [p.text for p in phrase_store.search("_100%")] == ["银行_100%"]
        assert phrase_store.search(ZALGO) == [] and phrase_store.search("银行 " * 100_000) != []
    finally:
        data.close()


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        (["models", "install-file"], "fifo"),
        (["models", "install-file"], "folder"),
        (["backup", "restore"], "fifo"),
        (["backup", "restore"], "folder"),
    ],
)
def test_other_files_read_are_named_as_folders_or_pipes(
    paths: AppPaths, tmp_path: Path, args: list[str], kind: str
) -> None:
    target = tmp_path / "given.file"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    done = run([*args, str(target)], paths)  # a blocking open of the pipe would time out
    assert done.returncode == 1
    (line,) = err_lines(done)
    assert ("is a folder" if kind == "folder" else "is not a regular file") in line
