"""MkDocs hooks for the newsclean site (listed under ``hooks:`` in mkdocs.yml).

* ``docs/api.md`` holds a marker that becomes one mkdocstrings entry per name
  in ``newsclean.__all__``, grouped by what the name is. A name added to
  ``__all__`` is documented without touching the page, and a name without a
  docstring fails the build.
* Links from a page to a file of the repository outside ``docs/``
  (``../tests/test_invariants.py``) work on GitHub as they are; on the site
  they become links to the file on GitHub.
* Pages that other work is writing (listed in :data:`PENDING_PAGES`) get a
  placeholder while their file does not exist, so the navigation can list
  them now. The placeholder disappears as soon as the real page is there.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

API_MARKER = "<!-- newsclean-api -->"

PENDING_PAGES = {
    "quotes.md": (
        "Quotes",
        "`normalize_quotes` and `extract_quotes`: quote styles, repairs, speakers.",
    ),
    "metadata.md": (
        "Metadata",
        "`extract_metadata`: title, authors, dates, dateline, agency and the other fields.",
    ),
    "scale.md": (
        "At scale",
        "`clean_many`, the CLI's `--workers`, Dask and Spark, with speed numbers "
        "from `benchmarks/speed.py`.",
    ),
}
"""Pages being written elsewhere: file name -> (title, what it will cover)."""

_REPO_LINK = re.compile(r"\]\(((?:\.\./)+)([^)#\s]+)(#[^)\s]*)?\)")


def on_files(files: Any, config: Any) -> Any:
    """Add a placeholder for each pending page that has no file yet."""
    from mkdocs.structure.files import File

    for name, (title, what) in PENDING_PAGES.items():
        if files.get_file_from_path(name) is None:
            content = (
                f"# {title}\n\n"
                '!!! note "To be written"\n'
                f"    This page is being written with the work that adds it: {what}\n"
                "    Until it lands, see the [API reference](api.md) for what is released.\n"
            )
            files.append(File.generated(config, name, content=content))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Expand the API marker; point links that leave ``docs/`` at the repository."""
    if API_MARKER in markdown:
        markdown = markdown.replace(API_MARKER, api_reference())
    repo = str(config["repo_url"]).rstrip("/")
    depth = page.file.src_uri.count("/") + 1  # ../ that lead from this page to the repo root

    def absolute(match: re.Match[str]) -> str:
        ups, path, anchor = match.group(1), match.group(2), match.group(3) or ""
        if ups.count("../") != depth:
            return match.group(0)
        kind = "tree" if path.endswith("/") else "blob"
        return f"]({repo}/{kind}/main/{path}{anchor})"

    return _REPO_LINK.sub(absolute, markdown)


def _group(name: str, obj: object, pipeline_names: tuple[str, ...]) -> str:
    if name in ("clean", "default_pipeline", "Pipeline") or name.startswith("clean_"):
        return "Cleaning"
    if name in pipeline_names:
        return "Cleaners of the default pipeline"
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return "Errors"
    if inspect.isclass(obj):
        return "The Article model"
    if callable(obj):
        return "More functions"
    return "Constants"


def _griffe_path(name: str, obj: object) -> str:
    """The path mkdocstrings should document ``newsclean.NAME`` under.

    ``newsclean.segment`` is both a function and the submodule it comes from;
    griffe resolves the path to the module, so such names use the function's
    own path.
    """
    import importlib.util

    if importlib.util.find_spec(f"newsclean.{name}") is not None:
        return f"{obj.__module__}.{obj.__qualname__}"  # type: ignore[attr-defined]
    return f"newsclean.{name}"


GROUP_ORDER = (
    "Cleaning",
    "Cleaners of the default pipeline",
    "More functions",
    "The Article model",
    "Errors",
    "Constants",
)


def api_reference() -> str:
    """Markdown with one mkdocstrings entry per public name, grouped."""
    import newsclean

    names = newsclean.default_pipeline().names
    groups: dict[str, list[str]] = {g: [] for g in GROUP_ORDER}
    for name in newsclean.__all__:
        obj = getattr(newsclean, name)
        if name == "__version__":
            groups["Constants"].append(name)
            continue
        if not inspect.getdoc(obj):
            raise ValueError(f"newsclean.{name} has no docstring: every public name is documented")
        groups[_group(name, obj, names)].append(name)
    if "Cleaners of the default pipeline" in groups:
        groups["Cleaners of the default pipeline"].sort(key=names.index)
    out: list[str] = []
    for group, members in groups.items():
        if not members:
            continue
        out.append(f"## {group}\n")
        for name in members:
            if name == "__version__":
                out.append(
                    "### `__version__`\n\n"
                    f"`newsclean.__version__` is the installed version as a string "
                    f'(`"{newsclean.__version__}"`); `newsclean --version` prints it.\n'
                )
            else:
                out.append(f"::: {_griffe_path(name, getattr(newsclean, name))}\n")
    return "\n".join(out)
