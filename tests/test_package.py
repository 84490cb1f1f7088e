"""The package's top level: what ``import newsclean`` loads and what it exports."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

import pytest

import newsclean


def test_import_leaves_the_cleaners_unloaded() -> None:
    # the cleaners' modules compile hundreds of patterns; a bare import must not pay for them
    code = (
        "import sys, newsclean; "
        "print(sorted(m for m in sys.modules if m.startswith(('newsclean.classify', "
        "'newsclean.extract', 'newsclean.normalize'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_every_exported_name_is_the_object_it_names() -> None:
    for name in newsclean.__all__:
        value = getattr(newsclean, name)
        if name == "__version__":
            assert isinstance(value, str)
            continue
        # a function, never the submodule of the same name ("segment")
        assert getattr(value, "__name__", None) == name, name
    assert set(newsclean.__all__) <= set(dir(newsclean))


def test_a_lazily_loaded_cleaner_is_the_one_the_pipeline_runs() -> None:
    from newsclean.classify.boilerplate import strip_boilerplate

    assert newsclean.strip_boilerplate is strip_boilerplate
    assert strip_boilerplate in newsclean.default_pipeline().cleaners


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'strip_everything'"):
        newsclean.strip_everything  # noqa: B018


def _defined_names(body: list[ast.stmt]) -> list[tuple[str, int]]:
    """Names a module or class body binds at its top level, with their lines; an
    ``@overload`` stub binds nothing (the implementation after it does)."""
    found: list[tuple[str, int]] = []
    for stmt in body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            decorators = getattr(stmt, "decorator_list", [])
            if any(getattr(d, "id", getattr(d, "attr", "")) == "overload" for d in decorators):
                continue
            found.append((stmt.name, stmt.lineno))
        elif isinstance(stmt, ast.Assign):
            found += [(t.id, stmt.lineno) for t in stmt.targets if isinstance(t, ast.Name)]
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            found.append((stmt.target.id, stmt.lineno))
    return found


def test_no_module_or_class_binds_a_name_twice() -> None:
    # a constant or a method defined again further down silently replaces the first
    # (a rule's threshold, a helper of the same name): both happened once in review
    src = pathlib.Path(newsclean.__file__).parent
    twice = []
    for path in sorted(src.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
        for body in bodies:
            seen: dict[str, int] = {}
            for name, line in _defined_names(body):
                if name in seen and name != "__all__":
                    twice.append(f"{path.name}:{line} {name} (first at {seen[name]})")
                seen.setdefault(name, line)
    assert twice == []
