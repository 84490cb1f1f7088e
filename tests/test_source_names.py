"""Every module-level name of the package is bound once.

A constant defined twice in one module silently takes the second value everywhere
(it happened twice: a menu-gap pattern and a word count for sentences announcing a
list were shadowed by later definitions of the same name, so the first functions
ran with the wrong value). Overloads of one function are the exception."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "newsclean"


def _bindings(tree: ast.Module) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for node in tree.body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            overload = any(
                (isinstance(d, ast.Name) and d.id == "overload")
                or (isinstance(d, ast.Attribute) and d.attr == "overload")
                for d in getattr(node, "decorator_list", [])
            )
            if not overload:
                names = [node.name]
        for name in names:
            found.setdefault(name, []).append(node.lineno)
    return found


@pytest.mark.parametrize("path", sorted(SOURCE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    twice = {
        name: lines
        for name, lines in _bindings(ast.parse(path.read_text(encoding="utf-8"))).items()
        if len(lines) > 1
    }
    assert twice == {}, f"{path.relative_to(SOURCE)} binds these names more than once: {twice}"


def test_the_check_finds_a_name_bound_twice() -> None:
    tree = ast.parse("LIMIT = 5\n\ndef f():\n    return LIMIT\n\nLIMIT = 6\n")
    assert _bindings(tree)["LIMIT"] == [1, 6]
