"""Installing Jiaoliu brings no torch, stanza or spacy: the dependency tree, read from the installed metadata."""

import importlib.metadata as metadata
import re

HEAVY = {"torch", "stanza", "spacy"}


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    """Requirements without extras markers (what `pip install jiaoliu` installs)."""
    return [r for r in dist.requires or [] if "extra ==" not in r]


def test_the_dependency_tree_has_no_torch_stanza_or_spacy() -> None:
    seen: set[str] = set()
    todo = ["jiaoliu"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-specific requirement not installed here
        todo += [_name(r) for r in _runtime_requirements(dist)]
    assert "argos-translate-lt" in seen  # the torch-free distribution of the argostranslate module
    assert not HEAVY & seen, sorted(HEAVY & seen)


def test_the_argostranslate_module_comes_from_the_torch_free_distribution() -> None:
    owners = metadata.packages_distributions().get("argostranslate", [])
    assert owners == ["argos-translate-lt"], owners
