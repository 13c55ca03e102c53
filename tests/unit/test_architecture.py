"""Layering that matters to users: the CLI and core never load Qt, and nothing loads torch."""

import subprocess
import sys

import pytest

PROBE = """
import sys
import app.cli, app.core.text, app.core.pinyin, app.core.segment, app.services.annotate, app.data.dictionary
app.cli.build_parser()
bad = sorted(m for m in sys.modules if m.split('.')[0] in {{'PySide6', 'shiboken6', 'torch', 'stanza', 'spacy'}}
             or m == 'argostranslate.translate')
print(','.join(bad))
"""


@pytest.mark.parametrize("extra", ["", "from app.core import polyphone; polyphone.char_readings('我们去银行')"])
def test_cli_and_core_import_neither_qt_nor_torch(extra: str) -> None:
    code = PROBE.format() + "\n" + extra
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_gui_start_up_does_not_load_heavy_language_modules() -> None:
    code = (
        "import sys\nimport app.ui.app, app.ui.main_window\n"
        "heavy = ('jieba', 'torch', 'g2pM', 'ctranslate2', 'numpy', 'sqlite_utils', 'ahocorasick', 'opencc')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (or a module importing itself): Tarjan, iteratively."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in edges.get(node, ()):
                    found.append(sorted(group))
    return found


def _cycle_path(graph, group: list[str]) -> str:  # type: ignore[no-untyped-def]
    """One actual loop through the group, for the failure message: a -> b -> … -> a."""
    first = group[0]
    for nxt in sorted(graph.find_modules_directly_imported_by(first)):
        if nxt in group:
            chain = graph.find_shortest_chain(importer=nxt, imported=first) if nxt != first else (first,)
            if chain:
                return " -> ".join([first, *chain])
    return ", ".join(group)


def test_no_import_cycles_in_app() -> None:
    """Every import counts, also those inside functions (they run too, only later); not those under
    TYPE_CHECKING, which never run."""
    import grimp

    graph = grimp.build_graph("app", exclude_type_checking_imports=True, cache_dir=None)
    edges = {
        module: {m for m in graph.find_modules_directly_imported_by(module) if m == "app" or m.startswith("app.")}
        for module in graph.modules
        if module == "app" or module.startswith("app.")
    }
    cycles = _cycles(edges)
    assert not cycles, "import cycles: " + "; ".join(_cycle_path(graph, group) for group in cycles)


def test_the_cycle_finder_finds_cycles() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "d"}, "e": {"a"}}
    assert sorted(_cycles(edges)) == [["a", "b", "c"], ["d"]]
    assert _cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []
