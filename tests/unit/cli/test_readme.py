"""The README tells the truth: its commands parse with the real CLI, CI runs its test command."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from app.cli import build_parser, command_names

REPO = Path(__file__).resolve().parents[3]
README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = command_names()  # what the command modules registered, not a list kept by hand


def _code_lines() -> list[str]:
    blocks = re.findall(r"```(?:bash|sh|console)\n(.*?)```", README, flags=re.S)  # not diagrams
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def _cli_invocations() -> list[list[str]]:
    found = []
    for line in _code_lines():
        for part in line.split("|"):
            words = shlex.split(part.strip(), comments=True)
            if words[:1] == ["jiaoliu"] and len(words) > 1 and not words[1].startswith("-"):
                found.append(words[1:])  # an unknown command is kept, so that parsing it fails
    return found


def test_readme_documents_every_command() -> None:
    documented = {args[0] for args in _cli_invocations()}
    assert documented == set(COMMANDS)


def test_readme_help_example_lists_every_command() -> None:
    """`jiaoliu --help` in the README's words: its command list is the parser's."""
    help_text = build_parser().format_help()
    for command in COMMANDS:
        assert re.search(rf"^    {re.escape(command)}\b", help_text, flags=re.M), command


@pytest.mark.parametrize("args", _cli_invocations(), ids=lambda a: " ".join(a))
def test_readme_cli_examples_parse(args: list[str]) -> None:
    build_parser().parse_args(args)  # exits with status 2 on an unknown option


def test_ci_runs_the_readme_test_command() -> None:
    test_commands = [line for line in _code_lines() if "pytest" in line and "pip install" in line]
    assert len(test_commands) == 1, "the README has exactly one full test command"
    assert test_commands[0] in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_install_commands_need_no_torch_step() -> None:
    installs = [line for line in _code_lines() if "pip install" in line and ("-e ." in line or '-e ".' in line)]
    assert installs and all("torch" not in line for line in installs), installs
    assert "torch" not in (REPO / ".ci" / "run").read_text(encoding="utf-8").split("check-linux")[0].replace(
        "has no torch", ""
    )
