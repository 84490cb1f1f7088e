"""Read who said a quotation from the words around it, as written.

No model and no name list: newsroom attribution is formulaic. After the
quotation it is “…,” *said X*, “…,” *X said*, “…,” *X told Y* or “…,”
*according to X*; before it, *X said:* “…” or *according to X,* “…”. The
speaker is the noun phrase next to the speech verb, reduced to the personal
name at its end when it has one ("Kyiv mayor Vitali Klitschko" → "Vitali
Klitschko"), kept whole otherwise ("the official", "one source"), and a
pronoun stays a pronoun ("he").

Every function works on whitespace-separated tokens of a bounded window, so
nothing here can backtrack.

>>> after_quote(" said Kyiv mayor Vitali Klitschko on Monday.")
Attribution(speaker='Vitali Klitschko', verb='said', end=33)
>>> before_quote("A senior member of the delegation, Rustem Umirov, said: ")
Attribution(speaker='Rustem Umirov', verb='said', end=0)
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsclean.lexicons.quotes_en import (
    ADVERBS,
    DETERMINERS,
    LEAD_INS,
    NAME_PARTICLES,
    PRONOUNS,
    SENTENCE_ADVERBS,
    SPEAKER_STOPS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
)

__all__ = ["WINDOW", "Attribution", "after_quote", "before_quote"]

WINDOW = 160
"""Characters of context read on each side of a quotation (about 25 words)."""
_MAX_NP = 6
"""Longest speaker phrase, in words, before an appositive comma."""
_MAX_APPOSITIVE = 14
"""Longest "X, who …, said" phrase, in words."""
_MAX_REST_WITH_COLON = 8
"""Words allowed between the verb and a colon (X told the Financial Times: “…”)."""
_MAX_LEAD_IN = 4
"""Words allowed between the verb and the quotation without a colon (said on Saturday “…”)."""

_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = ",.;:!?()[]\"'“”‘’"
_SENTENCE_END = ".!?;:"
_INITIALISM = re.compile(r"(?:[A-Z]\.){1,4}")
"""U.S. U.N. J. — a full stop that does not end the sentence."""
_CLOSERS = "”’\"')]"
_MAX_AFTER_FULL_STOP = 5
"""After a quotation that ends a sentence (“… .”), the attribution must end its
own sentence within this many words of the verb (he told reporters.); longer,
it is a new sentence (“… .” She noted that …), not an attribution."""


class Attribution(NamedTuple):
    """A speaker, the verb that attributed the quotation, and where the clause ends.

    ``end`` is the offset, in the tail :func:`after_quote` read, just after
    the last word it used (the speaker, or the verb when the speaker comes
    first); 0 for :func:`before_quote`.
    """

    speaker: str
    verb: str
    end: int


def _bare(token: str) -> str:
    word = token.strip(_EDGE_PUNCT)
    if token.rstrip(_CLOSERS + ",;:").endswith(".") and (
        _INITIALISM.fullmatch(word + ".") or word.lower() in TITLE_ABBREVIATIONS
    ):
        return word + "."  # U.S., Mr.
    return word


def _is_verb(token: str) -> bool:
    return token.strip(_EDGE_PUNCT).lower() in SPEECH_VERBS


def _ends_sentence(token: str) -> bool:
    token = token.rstrip(_CLOSERS)
    if not token or token[-1] not in _SENTENCE_END:
        return False
    abbreviation = token[-1] == "." and (
        _INITIALISM.fullmatch(token) is not None or token[:-1].lower() in TITLE_ABBREVIATIONS
    )
    return not abbreviation


def _capitalised(token: str) -> bool:
    word = _bare(token)
    return bool(word) and word[0].isupper()


def _particle_in_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a particle (van, der, bin) between parts of a name."""
    j = i
    while j >= 0 and _bare(words[j]) in NAME_PARTICLES and j > i - 3:
        j -= 1
    return j < i and j >= 0 and _capitalised(words[j]) and not words[j].endswith(",")


def _reduce(words: list[str]) -> str | None:
    """The speaker in a phrase: its trailing personal name, else the phrase."""
    words = [w for w in (_bare(t) for t in words) if w]
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return words[0]
    if _capitalised(words[-1]):
        i = len(words) - 1
        while i > 0 and (_capitalised(words[i - 1]) or _particle_in_name(words, i - 1)):
            i -= 1
        return " ".join(words[i:])
    if words[0].lower() in DETERMINERS or words[0].lower() in PRONOUNS:
        return " ".join(words)
    return None


def _forward_phrase(tokens: list[str]) -> list[str]:
    """The speaker phrase written after its verb: up to a stop word or punctuation."""
    out: list[str] = []
    for token in tokens[: _MAX_NP + 2]:
        if out and _bare(token).lower() in SPEAKER_STOPS:
            break
        out.append(token)
        if token[-1] in ",;:!?" or _ends_sentence(token):
            break
    return out


def after_quote(tail: str, *, full_stop: bool = False) -> Attribution | None:
    """Attribution written right after a quotation's closing mark, if any.

    ``full_stop``: the quotation ended its sentence (“… .”), so what follows
    may be a new sentence; the attribution must then be short and end there.

    >>> after_quote(" he told parliament.")
    Attribution(speaker='he', verb='told', end=8)
    >>> after_quote(" according to Russian President Vladimir Putin.")
    Attribution(speaker='Russian President Vladimir Putin', verb='according to', end=47)
    >>> after_quote(" Unless that occurs, the operation will continue.") is None
    True
    """
    window = tail[:WINDOW]
    matches = list(_TOKEN.finditer(window))
    tokens = [m.group() for m in matches]
    if not tokens:
        return None
    if tokens[0] == ",":
        tokens, matches = tokens[1:], matches[1:]
    if not tokens:
        return None
    if _is_verb(tokens[0]) and not _ends_sentence(tokens[0]) and tokens[0][-1:] != ",":
        phrase = _forward_phrase(tokens[1:])
        speaker = _reduce(phrase)
        if speaker is None:
            return None
        return Attribution(speaker, _bare(tokens[0]), _clause_end(window, matches, len(phrase)))
    if [t.lower() for t in tokens[:2]] == ["according", "to"]:
        phrase = _forward_phrase(tokens[2:])
        speaker = _reduce(phrase)
        if speaker is None:
            return None
        return Attribution(speaker, "according to", _clause_end(window, matches, len(phrase) + 1))
    limit = min(len(tokens), _MAX_APPOSITIVE + 3)
    for k in range(1, limit):
        token = tokens[k]
        if _is_verb(token):
            before = tokens[:k]
            while before and _bare(before[-1]).lower() in ADVERBS:
                before.pop()
            speaker = _subject(before)
            if speaker is None:
                return None
            if full_stop and not _short_clause(tokens, k):
                return None
            return Attribution(speaker, _bare(token), _clause_end(window, matches, k))
        if _ends_sentence(token):
            return None
    return None


def _short_clause(tokens: list[str], verb: int) -> bool:
    """Whether the sentence ends within a few words after the verb (he told reporters.)."""
    if tokens[verb].rstrip(_CLOSERS)[-1:] in (",", "."):
        return True
    if verb + 1 < len(tokens) and _bare(tokens[verb + 1]).lower() == "that":
        return False
    for j in range(verb + 1, min(len(tokens), verb + 1 + _MAX_AFTER_FULL_STOP)):
        if _ends_sentence(tokens[j]) or tokens[j].endswith(","):
            return True
    return False


def _subject(words: list[str]) -> str | None:
    """The speaker in the words between a closing mark and the verb."""
    if not words:
        return None
    if any(_ends_sentence(w) for w in words):
        return None
    if len(words) > _MAX_NP:
        # "the official, who asked not to be named, said": keep the head phrase
        if not words[-1].endswith(",") or len(words) > _MAX_APPOSITIVE:
            return None
        head: list[str] = []
        for w in words:
            head.append(w)
            if w.endswith(","):
                break
        if len(head) > _MAX_NP:
            return None
        words = head
    elif words[-1].endswith(",") and any(w.endswith(",") for w in words[:-1]):
        words = words[: next(i for i, w in enumerate(words) if w.endswith(",")) + 1]
    return _reduce(words)


def _clause_end(window: str, matches: list[re.Match[str]], last: int) -> int:
    """Offset just after token ``last`` of the attribution clause."""
    if not matches:
        return 0
    return matches[min(last, len(matches) - 1)].end()


def before_quote(head: str) -> Attribution | None:
    """Attribution written just before a quotation's opening mark, if any.

    >>> before_quote("Speaking in Washington on Monday he said: ")
    Attribution(speaker='he', verb='said', end=0)
    >>> before_quote("One told the Financial Times: ")
    Attribution(speaker='One', verb='told', end=0)
    >>> before_quote("The president said he was ") is None
    True
    """
    window = head[-WINDOW:].rstrip()
    if not window:
        return None
    colon = window.endswith(":")
    tokens = _TOKEN.findall(window)
    if not colon and _ends_sentence(tokens[-1]):
        return None  # a quotation after a full stop is not attributed by that sentence
    # the clause: after the last sentence end
    for i in range(len(tokens) - 2, -1, -1):
        if _ends_sentence(tokens[i]) and not tokens[i].endswith(":"):
            tokens = tokens[i + 1 :]
            break
    lowered = [_bare(t).lower() for t in tokens]
    # "according to X, “…”"
    for i in range(max(0, len(tokens) - _MAX_NP - 2), len(tokens) - 1):
        if lowered[i] == "according" and lowered[i + 1] == "to" and window.endswith(","):
            speaker = _reduce(tokens[i + 2 :])
            return Attribution(speaker, "according to", 0) if speaker else None
    for k in range(len(tokens) - 1, max(-1, len(tokens) - _MAX_REST_WITH_COLON - 2), -1):
        if not _is_verb(tokens[k]):
            continue
        rest = tokens[k + 1 :]
        if rest and not colon:
            lead_in = (
                lowered[k + 1] in LEAD_INS
                and lowered[k + 1] != "that"
                and len(rest) <= _MAX_LEAD_IN
            ) or lowered[k + 1 :] == ["that"]
            if not lead_in:
                return None
        if any(_ends_sentence(t) for t in rest[:-1]):
            return None
        before = tokens[:k]
        while before and _bare(before[-1]).lower() in ADVERBS:
            before.pop()
        speaker = _backward_subject(before)
        return Attribution(speaker, _bare(tokens[k]), 0) if speaker else None
    return None


def _backward_subject(words: list[str]) -> str | None:
    """The speaker ending just before the verb ("… minister Hanna Malyar said")."""
    if not words:
        return None
    last = _bare(words[-1])
    if last.lower() in PRONOUNS:
        return last
    if _capitalised(words[-1]):
        i = len(words) - 1
        while i > 0:
            prev = words[i - 1]
            if prev.endswith(",") or _ends_sentence(prev):
                break
            if _capitalised(prev) or _particle_in_name(words, i - 1):
                i -= 1
                continue
            break
        while i < len(words) - 1 and _bare(words[i]).lower() in SENTENCE_ADVERBS:
            i += 1  # "But Deputy Prime Minister X wrote": not part of the name
        return " ".join(_bare(w) for w in words[i:])
    # a common noun phrase: back to its determiner ("a resident", "the official")
    for i in range(len(words) - 1, max(-1, len(words) - _MAX_NP - 1), -1):
        if words[i].endswith(",") and i != len(words) - 1:
            return None
        if _bare(words[i]).lower() in DETERMINERS:
            return " ".join(_bare(w) for w in words[i:])
    return None
