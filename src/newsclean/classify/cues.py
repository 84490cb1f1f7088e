"""Match whole lines and line openings against the phrase lexicons.

Lines are folded to a *key* before lookup: case folded, typographic quotes and
dashes made plain, runs of spaces collapsed, a space before a colon dropped,
and non-alphanumeric characters stripped from both ends (bullets, arrows,
asterisks, "»"). Whole-line cues are then a ``dict`` lookup and openings a
lookup by first word, so matching costs the same however many phrases there
are, and no pattern can backtrack.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from newsclean import lexicons

__all__ = ["CueIndex", "cue_index", "line_key", "trie_pattern"]

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
_FINAL_PUNCT = ".:!? "
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_COLON = re.compile(r" (?=:)")
_EDGE_JUNK = re.compile(r"^[\W_]+|(?<=[\w.:!?])[^\w.:!?]+$")


def line_key(text: str) -> str:
    """The folded form of a line used for cue lookups.

    >>> line_key("  LEAVE A REPLY »")
    'leave a reply'
    >>> line_key("MORE : Russia says UK is escalating war")
    'more: russia says uk is escalating war'
    >>> line_key("Your email address will not be published. Required fields are marked *")
    'your email address will not be published. required fields are marked'
    """
    key = text.casefold().translate(_FOLD)
    key = _SPACES.sub(" ", key).strip()
    key = _SPACE_BEFORE_COLON.sub("", key)
    return _EDGE_JUNK.sub("", key)


@attrs.frozen(slots=True)
class CueIndex:
    """Compiled lookups for a set of languages (and the user's own phrases)."""

    lines: dict[str, str]
    """line key -> label"""
    prefixes: dict[str, tuple[tuple[str, str], ...]]
    """first word of a prefix key -> ((prefix key, label), ...)"""

    def match_line(self, key: str) -> str | None:
        """Label of a whole-line cue equal to ``key`` (final ``.:!?`` ignored), if any."""
        return self.lines.get(key.rstrip(_FINAL_PUNCT))

    def match_prefix(self, key: str) -> str | None:
        """Label of the longest opening cue that ``key`` starts with, if any."""
        first = key.split(" ", 1)[0]
        best: tuple[int, str] | None = None
        for candidates in (self.prefixes.get(first, ()), self.prefixes.get(first.rstrip(":"), ())):
            for prefix, label in candidates:
                if (
                    key.startswith(prefix)
                    and (
                        len(key) == len(prefix)
                        or not key[len(prefix)].isalnum()
                        or prefix[-1] == ":"
                    )
                    and (best is None or len(prefix) > best[0])
                ):
                    best = (len(prefix), label)
        return best[1] if best else None


def build_index(
    languages: Iterable[str],
    *,
    extra_lines: Iterable[tuple[str, str]] = (),
) -> CueIndex:
    """Compile the lexicons of ``languages`` plus ``(phrase, label)`` pairs."""
    lines: dict[str, str] = {}
    prefixes: dict[str, list[tuple[str, str]]] = {}
    for lang in languages:
        module = lexicons.load(lang)
        for label, phrases in module.LINES.items():
            for phrase in phrases:
                lines.setdefault(line_key(phrase).rstrip(_FINAL_PUNCT), label)
        for label, phrases in module.PREFIXES.items():
            for phrase in phrases:
                key = line_key(phrase) + (":" if phrase.rstrip().endswith(":") else "")
                key = key.replace("::", ":")
                first = key.split(" ", 1)[0].rstrip(":")
                prefixes.setdefault(first, []).append((key, label))
    for phrase, label in extra_lines:
        lines[line_key(phrase).rstrip(_FINAL_PUNCT)] = label
    return CueIndex(lines, {k: tuple(v) for k, v in prefixes.items()})


@functools.lru_cache(maxsize=8)
def cue_index(languages: tuple[str, ...] = lexicons.LANGUAGES) -> CueIndex:
    """The compiled cue index for ``languages`` (built once, then cached)."""
    return build_index(languages)


def trie_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``phrases``, factored by common prefixes.

    An alternation of many phrases is slow because every alternative is tried
    at every position; factoring shared prefixes (``cook(?:ie|ies)``) lets the
    engine drop most of them after one character. The pattern is literal and
    has no repetition, so it runs in time linear in the text.

    >>> trie_pattern(["cookie", "cookies", "copyright"]).pattern
    'co(?:okie(?:s)?|pyright)'
    """
    trie: dict[str, dict[str, object]] = {}
    for phrase in sorted(set(phrases)):
        node: dict[str, object] = trie
        for ch in phrase:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def build(node: dict[str, object]) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]  # type: ignore[arg-type]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return re.compile(build(trie))
