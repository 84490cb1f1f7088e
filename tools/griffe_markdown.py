"""A griffe extension that turns newsclean's pydoc-style docstrings into Markdown.

newsclean's docstrings are written to read well in ``help()`` and to run as
doctests: they use Sphinx roles (:func:`clean`, :class:`~newsclean.model.Article`)
and bare ``>>>`` examples. mkdocstrings renders docstrings as Markdown, where a
role shows up as stray punctuation and ``>>>`` as nested block quotes. This
extension rewrites each docstring once, when griffe loads it:

* a role becomes inline code, linked to the API reference when it names
  something newsclean exports (``Article``, ``newsclean.clean``,
  ``Article.to_dict``), plain code otherwise;
* each run of doctest lines (from a ``>>>`` line to the next blank line)
  becomes a fenced ``pycon`` block.

Used by ``mkdocs.yml`` (``extensions:`` of the python handler); the source
files are not changed.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:func|class|attr|meth|data|mod|exc|obj|const):`(~?)([\w.]+)`")


def _exported() -> frozenset[str]:
    import newsclean

    return frozenset(name for name in newsclean.__all__ if not name.startswith("_"))


def _role(match: re.Match[str], exported: frozenset[str]) -> str:
    short, target = match.group(1) == "~", match.group(2)
    shown = target.rsplit(".", 1)[-1] if short else target
    # newsclean.model.Article and Article.to_dict are documented as
    # newsclean.Article and newsclean.Article.to_dict: start at the exported part
    parts = target.removeprefix("newsclean.").split(".")
    for k, part in enumerate(parts):
        if part in exported:
            return f"[`{shown}`][newsclean.{'.'.join(parts[k:])}]"
    return f"`{shown}`"


def _fence_doctests(text: str) -> str:
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if not stripped.startswith(">>>"):
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(stripped)]
        block = []
        while i < len(lines) and lines[i].strip():
            block.append(lines[i])
            i += 1
        if out and out[-1].strip():
            out.append("")
        out.append(f"{indent}```pycon")
        out.extend(block)
        out.append(f"{indent}```")
    return "\n".join(out)


def to_markdown(text: str, exported: frozenset[str]) -> str:
    """``text`` with roles as (linked) code and doctests fenced."""
    return _fence_doctests(_ROLE.sub(lambda m: _role(m, exported), text))


class DocstringsToMarkdown(griffe.Extension):
    """Rewrite every docstring griffe loads (see the module docstring)."""

    def __init__(self) -> None:
        self._exported = _exported()

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value, self._exported)
