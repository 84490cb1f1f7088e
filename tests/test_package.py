"""The package's top level: what ``import newsclean`` loads and what it exports."""

from __future__ import annotations

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
