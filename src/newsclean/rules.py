"""Switching rules off by name, across cleaners.

``clean(text, disable_rules=[...])`` hands the same list to every cleaner that
has a ``disable_rules`` option. A name may be bare (``"model"``) or qualified
with its cleaner (``"strip_boilerplate.model"``, the form ``removed[].reason``
shows). Each cleaner keeps the names that are its own rules and ignores the
rules of other cleaners; a name that is nobody's rule is an error naming the
valid ones, so a typo never silently does nothing.

A cleaner module lists its rules in a module-level ``RULES`` tuple.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable

from newsclean.errors import InvalidOptionValue

__all__ = ["known_rules", "own_disabled_rules"]

_RULE_MODULES = (
    "newsclean.classify.captions",
    "newsclean.classify.boilerplate",
)


@functools.lru_cache(maxsize=1)
def known_rules() -> frozenset[str]:
    """Every rule name of the built-in cleaners, bare and qualified."""
    names: set[str] = set()
    for module_name in _RULE_MODULES:
        module = importlib.import_module(module_name)
        for rule in module.RULES:
            names.add(rule)
            names.add(f"{module.NAME}.{rule}")
    return frozenset(names)


def own_disabled_rules(
    names: Iterable[str], *, cleaner: str, rules: Iterable[str]
) -> frozenset[str]:
    """The rules of ``cleaner`` that ``names`` switches off.

    >>> own_disabled_rules(["model", "strip_captions.credit_line"],
    ...                    cleaner="strip_boilerplate", rules=("model", "exact_line"))
    frozenset({'model'})
    """
    if isinstance(names, str):
        raise InvalidOptionValue("disable_rules takes a list of rule names, not one string")
    own_rules = frozenset(rules)
    own: set[str] = set()
    for name in names:
        prefix, dot, rule = name.rpartition(".")
        if dot and prefix == cleaner:
            if rule not in own_rules:
                raise InvalidOptionValue(
                    f"unknown rule {name!r}; {cleaner}'s rules are: {', '.join(sorted(own_rules))}"
                )
            own.add(rule)
        elif not dot and rule in own_rules:
            own.add(rule)
        elif name not in known_rules() and name not in own_rules:
            valid = ", ".join(sorted(n for n in known_rules() if "." not in n))
            raise InvalidOptionValue(f"unknown rule {name!r}; rules are: {valid}")
    return frozenset(own)
