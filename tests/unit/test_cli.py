"""The command line as a user runs it: a real process, real data directory, stdin and stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.core.text import is_han


def run(args: list[str], paths, stdin: str | None = None) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "JIAOLIU_DATA_DIR": str(paths.data), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


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
    assert run(["pinyin", "你好，世界"], paths).stdout.strip() == "nǐhǎo, shìjiè"
    assert run(["pinyin", "--style", "numbers", "你好"], paths).stdout.strip() == "ni3hao3"
    assert run(["pinyin", "--style", "zhuyin", "你好"], paths).stdout.strip() == "ㄋㄧˇㄏㄠˇ"
    assert run(["pinyin"], paths, "银行\n").stdout.strip() == "yínháng"


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


def test_help_lists_every_command(paths) -> None:  # type: ignore[no-untyped-def]
    from app.cli import COMMANDS

    text = run(["--help"], paths).stdout
    for command in COMMANDS:
        assert command in text


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


def test_smoke_runs_headless_and_exits_zero(paths) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [sys.executable, "-m", "app", "--smoke"], capture_output=True, text=True, env=_headless_env(paths), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert paths.database.exists()  # the data folder and database were created
