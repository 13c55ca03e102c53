"""The bundled user guide (Help → User guide): both languages, pictures present, and all of it in the bundle."""

from __future__ import annotations

import ast
import re
from fnmatch import fnmatch
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GUIDE = REPO / "resources" / "guide"


def _spec_datas() -> list[tuple[str, str]]:
    """(source glob relative to the repository, destination) for each DATAS line of the PyInstaller spec."""
    spec = (REPO / "packaging" / "jiaoliu.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    value = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "DATAS" for t in node.targets)
    )
    found = []
    for item in value.elts:  # type: ignore[attr-defined]
        found.append(("/".join(_parts(item.elts[0])), item.elts[1].value))
    return found


def _parts(node: ast.expr) -> list[str]:
    """`str(ROOT / "resources" / "guide" / "*.html")` → ["resources", "guide", "*.html"]."""
    if isinstance(node, ast.Call):
        return _parts(node.args[0])
    if isinstance(node, ast.BinOp):
        return _parts(node.left) + _parts(node.right)
    return [node.value] if isinstance(node, ast.Constant) else []


def test_every_guide_file_is_in_the_bundle_where_the_app_looks() -> None:
    datas = _spec_datas()
    files = [p for p in GUIDE.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"guide_en.html", "guide_zh_CN.html", "reader_en.png", "reader_zh.png"}
    for path in files:
        relative = path.relative_to(REPO).as_posix()
        assert any(
            fnmatch(relative, pattern) and dest == path.parent.relative_to(REPO).as_posix() for pattern, dest in datas
        ), relative


def test_both_guides_show_their_own_pictures_and_stay_small() -> None:
    for language, suffix in (("en", "_en.png"), ("zh_CN", "_zh.png")):
        html = (GUIDE / f"guide_{language}.html").read_text(encoding="utf-8")
        pictures = re.findall(r'<img src="([^"]+)"', html)
        assert pictures and all(p.endswith(suffix) for p in pictures)
        for picture in pictures:
            assert (GUIDE / picture).stat().st_size < 120_000
    assert sum(p.stat().st_size for p in (GUIDE / "img").glob("*.png")) < 1_000_000
