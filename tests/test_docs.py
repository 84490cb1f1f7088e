"""The documentation stays true: examples run, doctests pass, every public name is documented.

The site itself is built with ``mkdocs build --strict`` in ``.ci/run``; these
tests need no MkDocs.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))

RUNNABLE_PAGES = (
    "quickstart.md",
    "boilerplate.md",
    "guard_overremoval.md",
    "model.md",
    "pipeline.md",
)
"""Pages whose ```python blocks run in order as one script (recipes need
pandas, datasets or the network, so they are covered by examples/ instead)."""

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fences(page: Path, lang: str) -> list[str]:
    return [
        m.group(2) for m in _FENCE.finditer(page.read_text(encoding="utf-8")) if m.group(1) == lang
    ]


def test_every_public_name_is_in_the_api_reference() -> None:
    hooks = _load(ROOT / "tools" / "mkdocs_hooks.py", "mkdocs_hooks")
    reference = hooks.api_reference()
    documented = {
        line.removeprefix("::: ") for line in reference.splitlines() if line.startswith(":::")
    }
    for name in newsclean.__all__:
        if name == "__version__":
            assert "__version__" in reference
            continue
        assert any(
            path == f"newsclean.{name}" or path.endswith(f".{name}") for path in documented
        ), name
    assert "<!-- newsclean-api -->" in (DOCS / "api.md").read_text(encoding="utf-8")


def test_the_api_reference_refuses_a_name_without_docstring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hooks = _load(ROOT / "tools" / "mkdocs_hooks.py", "mkdocs_hooks")

    def undocumented(doc: Any, /) -> Any:
        return doc

    monkeypatch.setattr(newsclean, "undocumented", undocumented, raising=False)
    monkeypatch.setattr(newsclean, "__all__", [*newsclean.__all__, "undocumented"])
    with pytest.raises(ValueError, match="undocumented has no docstring"):
        hooks.api_reference()


def test_docstring_roles_become_markdown() -> None:
    pytest.importorskip("griffe")
    ext = _load(ROOT / "tools" / "griffe_markdown.py", "griffe_markdown")
    exported = frozenset(newsclean.__all__)
    text = (
        "See :func:`newsclean.clean` and :class:`~newsclean.model.Article`, "
        "not :func:`json.dumps`.\n\n>>> 1 + 1\n2\n\nEnd."
    )
    assert ext.to_markdown(text, exported) == (
        "See [`newsclean.clean`][newsclean.clean] and [`Article`][newsclean.Article], "
        "not `json.dumps`.\n\n```pycon\n>>> 1 + 1\n2\n```\n\nEnd."
    )


@pytest.mark.parametrize(
    "page", [p for p in PAGES if ">>>" in p.read_text(encoding="utf-8")], ids=lambda p: p.name
)
def test_doctests_in_the_docs(page: Path) -> None:
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        verbose=False,
    )
    assert result.attempted > 0
    assert result.failed == 0


def _sample_page() -> str:
    """The news page the Quickstart shows as ``article.txt`` (its first text block)."""
    return _fences(DOCS / "quickstart.md", "text")[0]


def _my_cleaner(doc: Any, /) -> newsclean.Article:
    return newsclean.strip_boilerplate(doc)


@pytest.mark.parametrize("name", RUNNABLE_PAGES)
def test_python_examples_in_the_docs_run(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = _fences(DOCS / name, "python")
    assert blocks, f"{name} has no python example"
    (tmp_path / "article.txt").write_text(_sample_page(), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    shutil.copy(DOCS / "article.schema.json", tmp_path / "docs")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["docs"])
    namespace: dict[str, Any] = {
        "__name__": "docs_example",
        "text": _sample_page(),
        "my_cleaner": _my_cleaner,
    }
    if name == "model.md":
        pytest.importorskip("jsonschema")
    for i, block in enumerate(blocks):
        try:
            exec(compile(block, f"{name}[python block {i}]", "exec"), namespace)
        except Exception as exc:  # the failing block, shown whole
            pytest.fail(f"{name} python block {i} raised {exc!r}:\n{block}")
    capsys.readouterr()


def test_quickstart_output_is_what_clean_prints() -> None:
    # the body shown in the Quickstart is newsclean's actual output for the page shown
    shown = [
        b for b in _fences(DOCS / "quickstart.md", "text") if b.startswith("The harbour ferry")
    ]
    assert shown
    assert newsclean.clean(_sample_page()).body == shown[0].rstrip("\n")


def test_links_between_pages_point_to_pages_that_exist() -> None:
    hooks = _load(ROOT / "tools" / "mkdocs_hooks.py", "mkdocs_hooks")
    pending = set(hooks.PENDING_PAGES)
    link = re.compile(r"\]\(([\w./-]+\.(?:md|json|png))(?:#[\w.-]*)?\)")
    for page in PAGES:
        for target in link.findall(page.read_text(encoding="utf-8")):
            if target.startswith("../"):
                path = (DOCS / target).resolve()
                assert path.exists(), f"{page.name} links to {target}"
                assert os.path.commonpath([path, ROOT]) == str(ROOT)
            else:
                assert (DOCS / target).exists() or target in pending, (
                    f"{page.name} links to {target}"
                )


@pytest.mark.parametrize(
    ("module", "page"),
    [
        ("newsclean.classify.boilerplate", "boilerplate.md"),
        ("newsclean.classify.captions", "captions.md"),
    ],
)
def test_every_rule_is_documented_on_its_cleaner_s_page(module: str, page: str) -> None:
    # a rule's name is what removals show and what disable_rules takes: a user must
    # find it explained
    import importlib
    from pathlib import Path

    rules = importlib.import_module(module).RULES
    text = (Path(__file__).resolve().parent.parent / "docs" / page).read_text(encoding="utf-8")
    assert [r for r in rules if f"`{r}`" not in text] == []
