"""A cheap guess of the text's language, without dependencies.

Scripts settle most languages outside the Latin alphabet (Hangul: Korean;
kana: Japanese; Han alone: Chinese; Cyrillic, Greek, Arabic, Hebrew, Thai,
Devanagari). For Latin-script text, the language whose most frequent words
(:mod:`newsclean.lexicons.metadata`, ``STOPWORDS``) occur most often in a
sample of the prose wins, if it wins clearly; otherwise the guess is ``None``.
A word several languages share counts for each in part.

>>> guess_language("The council said on Monday that the bridge will be closed for repairs.")
'en'
>>> guess_language("Der Rat hat am Montag gesagt, dass die Brücke für die Reparatur gesperrt wird.")
'de'
>>> guess_language("12345") is None
True
"""

from __future__ import annotations

import functools
import re

from newsclean.extract.lexicon import MetaLexicon, meta_lexicon

__all__ = ["guess_language"]

SAMPLE_CHARS = 3000
"""How much text is looked at."""
MIN_HITS = 3
"""Fewest frequent-word hits for a Latin-script guess."""
MARGIN = 1.3
"""How much the best language must beat the runner-up by."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SCRIPT_RES = (
    ("ko", re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("zh", re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("ar", re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("hi", re.compile("[\u0900-\u097f]")),
)
"""Unicode blocks of the scripts that name a language by themselves (mostly)."""
_LETTER = re.compile(r"[^\W\d_]")
_ANY_SCRIPT = re.compile("|".join(pat.pattern for _, pat in _SCRIPT_RES))
_UKRAINIAN = frozenset("іїєґІЇЄҐ")


def guess_language(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """An ISO 639-1 code for the language of ``text``, or ``None`` when unsure."""
    sample = text[:SAMPLE_CHARS]
    script = _script(sample)
    if script is not None:
        return script
    lex = lexicon or meta_lexicon()
    index = _stopword_index(lex)
    counts: dict[str, float] = dict.fromkeys(lex.languages, 0.0)
    hits: dict[str, int] = dict.fromkeys(lex.languages, 0)
    for word in _WORD.findall(sample.casefold()):
        codes = index.get(word, ())
        for code in codes:
            # a word frequent in several languages ("a", "na", "do": Portuguese, Polish,
            # Czech) is split between them: the words only one language has decide
            counts[code] += 1 / len(codes)
            hits[code] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or hits[ranked[0][0]] < MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


@functools.lru_cache(maxsize=4)
def _stopword_index(lexicon: MetaLexicon) -> dict[str, tuple[str, ...]]:
    """Word → the languages it is a frequent word of."""
    index: dict[str, list[str]] = {}
    for code, words in lexicon.languages.items():
        for word in words.stopwords:
            index.setdefault(word, []).append(code)
    return {w: tuple(codes) for w, codes in index.items()}


def _script(sample: str) -> str | None:
    if sample.isascii() or _ANY_SCRIPT.search(sample) is None:
        return None
    found = {code: len(pat.findall(sample)) for code, pat in _SCRIPT_RES}
    found = {code: n for code, n in found.items() if n}
    if not found:
        return None
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    if found.get("ko", 0) > 0.2 * letters:
        return "ko"
    if found.get("ja", 0) > 0.05 * letters:
        return "ja"
    code, count = max(found.items(), key=lambda kv: kv[1])
    if count < 0.3 * letters:
        return None
    if code == "ru" and any(c in _UKRAINIAN for c in sample):
        return "uk"
    return code
