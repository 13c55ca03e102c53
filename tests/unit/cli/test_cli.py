"""The command line as a user runs it: a real process, real data directory, stdin and stdout."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.core.text import is_han


def run(args: list[str], paths, stdin: str | None = None) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "JIAOLIU_DATA_DIR": str(paths.data), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    """One command in this process, through `app.cli.main` as `jiaoliu` runs it: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        status = cli.main(list(argv), out=out, stdin=io.StringIO(stdin))
    return status, out.getvalue(), err.getvalue()


def test_pinyin_jsonl_gives_one_element_per_character(paths) -> None:  # type: ignore[no-untyped-def]
    lines = ["我们去银行了。", "", "Hello 世界 😂!", "女儿长大了", "\t绿色 123"]
    result = run(["pinyin", "--jsonl"], paths, "\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == len(lines)
    for line, items in zip(lines, outputs, strict=True):
        assert len(items) == len(line)
        for ch, item in zip(line, items, strict=True):
            if is_han(ch):
                assert item[:-1].isalpha() and item[:-1].islower() and item[-1] in "12345", (ch, item)
            else:
                assert item == ch
    assert outputs[0][3:5] == ["yin2", "hang2"] and outputs[0][5] == "le5"
    assert outputs[3] == ["nv3", "er2", "zhang3", "da4", "le5"]
    assert outputs[4][1:3] == ["lv4", "se4"]


def test_pinyin_text_styles(paths) -> None:  # type: ignore[no-untyped-def]
    assert run(["pinyin", "你好，世界"], paths).stdout.strip() == "Nǐhǎo, shìjiè"  # orthography: capitals
    assert run(["pinyin", "--style", "numbers", "你好"], paths).stdout.strip() == "Ni3hao3"
    assert run(["pinyin", "--style", "zhuyin", "你好"], paths).stdout.strip() == "ㄋㄧˇㄏㄠˇ"
    assert run(["pinyin"], paths, "银行\n").stdout.strip() == "Yínháng"


def test_lookup_json(paths) -> None:  # type: ignore[no-untyped-def]
    result = run(["lookup", "猫", "--json"], paths)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    assert entries[0]["simplified"] == "猫" and entries[0]["traditional"] == "貓"
    assert set(entries[0]) >= {"simplified", "traditional", "pinyin", "definitions", "source"}
    assert json.loads(run(["lookup", "cat", "--json"], paths).stdout)[0]["simplified"] == "猫"
    assert json.loads(run(["lookup", "ni3", "hao3", "--json"], paths).stdout)[0]["simplified"] == "你好"


def test_lookup_text_and_not_found(paths) -> None:  # type: ignore[no-untyped-def]
    assert "yín háng" in run(["lookup", "银行"], paths).stdout
    missing = run(["lookup", "qqqqzzzz"], paths)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "Traceback" not in missing.stderr


def test_lookup_builds_the_dictionary_on_first_use(data_dir) -> None:  # type: ignore[no-untyped-def]
    from app.data.paths import app_paths

    result = run(["lookup", "你好", "--json"], app_paths())
    assert result.returncode == 0, result.stderr
    assert "preparing the dictionary" in result.stderr
    assert json.loads(result.stdout)[0]["pinyin"] == "nǐ hǎo"


def test_segment(paths) -> None:  # type: ignore[no-untyped-def]
    assert run(["segment", "我们去银行了"], paths).stdout.split() == ["我们", "去", "银行", "了"]
    assert json.loads(run(["segment", "--json", "你好"], paths).stdout) == ["你好"]


@pytest.mark.parametrize(
    "args", [["lookup"], ["pinyin", "--style", "fancy", "x"], ["nonsense-command-that-does-not-exist"]]
)
def test_errors_are_one_line_without_traceback(paths, args) -> None:  # type: ignore[no-untyped-def]
    result = run(args, paths, stdin="")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unusable_data_dir_is_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    env = {**os.environ, "JIAOLIU_DATA_DIR": str(blocker / "sub")}
    result = subprocess.run([sys.executable, "-m", "app", "lookup", "猫"], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "Cannot create the folder" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_help_lists_every_registered_command(paths) -> None:  # type: ignore[no-untyped-def]
    registered = cli.command_names()
    assert {"pinyin", "lookup", "glossary", "phrases", "translate", "models", "sessions", "study"} <= set(registered)
    text = run(["--help"], paths).stdout
    listed = re.findall(r"^    (\S+)", text.split("positional arguments:")[1].split("options:")[0], flags=re.M)
    assert listed == registered


@pytest.mark.parametrize("command", cli.command_names())
def test_every_registered_command_runs_from_the_entry_point(paths, command: str) -> None:  # type: ignore[no-untyped-def]
    """`jiaoliu COMMAND --help` reaches the command's own parser (not the GUI, not an unknown-command error)."""
    result = run([command, "--help"], paths)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: jiaoliu {command}")


def _damage(database: Path) -> None:
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"this is not a database" * 100)


COMMANDS_ON_THE_DATABASE = [
    ["phrases", "list"],
    ["phrases", "add", "你好"],
    ["glossary", "lookup", "yyds"],
    ["slang", "detect", "yyds"],
    ["sessions", "list"],
    ["sessions", "new", "Essay"],
    ["study", "due"],
    ["study", "stats"],
    ["translate", "--gloss", "你好"],
]


def test_a_damaged_database_reads_the_same_in_every_command(paths) -> None:  # type: ignore[no-untyped-def]
    _damage(paths.database)
    errors = set()
    for argv in COMMANDS_ON_THE_DATABASE:
        status, out, err = call(*argv)
        assert (status, out) == (1, ""), argv
        errors.add(err)
    assert len(errors) == 1, errors  # one failure, one wording
    (line,) = errors
    assert line.startswith(f"jiaoliu: The database {paths.database} is damaged") and line.count("\n") == 1


def test_an_unusable_data_dir_reads_the_same_in_every_command(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("JIAOLIU_DATA_DIR", str(blocker / "sub"))
    results = {tuple(argv): call(*argv) for argv in [["lookup", "猫"], ["models", "list"], *COMMANDS_ON_THE_DATABASE]}
    assert {status for status, _out, _err in results.values()} == {1}
    errors = {err for _status, _out, err in results.values()}
    assert len(errors) == 1 and next(iter(errors)).startswith("jiaoliu: Cannot create the folder"), errors


def test_failures_become_one_sentence() -> None:
    from app.cli.errors import message
    from app.services.glossary_io import ImportProblem

    temp = OSError(13, "Permission denied", "/home/me/.words.csv.1a2b3c4d.tmp")
    assert message(temp) == "cannot use /home/me/words.csv: Permission denied"
    problems = ImportProblem([f"line {n}: no term" for n in range(2, 10)], "week1.csv")
    assert message(problems) == (
        "nothing imported from week1.csv: line 2: no term; line 3: no term; line 4: no term; line 5: no term; "
        "line 6: no term (and 3 more)"
    )
    assert message(cli.CliError("first line\nsecond line")) == "first line second line"
    assert message(KeyError("x")) == "KeyError: 'x'"


def _headless_env(paths) -> dict[str, str]:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["JIAOLIU_DATA_DIR"] = str(paths.data)
    return env


def test_gui_without_a_display_says_so_in_one_line(paths) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [sys.executable, "-m", "app"], capture_output=True, text=True, env=_headless_env(paths), timeout=60
    )
    assert result.returncode == 2 and "no graphical display" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_smoke_runs_headless_and_exits_zero(data_dir: Path) -> None:
    from app.data.paths import app_paths

    paths = app_paths()
    assert not paths.data.exists()
    result = subprocess.run(
        [sys.executable, "-m", "app", "--smoke"], capture_output=True, text=True, env=_headless_env(paths), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert paths.data.is_dir()  # the data folder was created (its problems are the first thing a user is told)
    assert paths.database.is_file()  # after the first paint the smoke run opens the database, as a real start does
