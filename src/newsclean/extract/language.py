"""A cheap guess of the text's language, without dependencies.

Scripts settle most languages outside the Latin alphabet (Hangul: Korean;
kana: Japanese; Han alone: Chinese; Cyrillic, Greek, Arabic, Hebrew, Thai,
Devanagari). For Latin-script text, the language whose most frequent words
(:mod:`newsclean.lexicons.metadata`, ``STOPWORDS``) occur most often in a
sample of the prose wins, if it wins clearly; otherwise the guess is ``None``.

>>> guess_language("The council said on Monday that the bridge will be closed for repairs.")
'en'
>>> guess_language("Der Rat hat am Montag gesagt, dass die Brücke für die Reparatur gesperrt wird.")
'de'
>>> guess_language("12345") is None
True
"""

from __future__ import annotations

import re
import unicodedata

from newsclean.extract.lexicon import MetaLexicon, meta_lexicon

__all__ = ["guess_language"]

SAMPLE_CHARS = 3000
"""How much text is looked at."""
MIN_HITS = 3
"""Fewest frequent-word hits for a Latin-script guess."""
MARGIN = 1.3
"""How much the best language must beat the runner-up by."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SCRIPTS = (
    ("HANGUL", "ko"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("CJK", "zh"),
    ("CYRILLIC", "ru"),
    ("GREEK", "el"),
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("THAI", "th"),
    ("DEVANAGARI", "hi"),
)
_UKRAINIAN = frozenset("іїєґІЇЄҐ")


def guess_language(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """An ISO 639-1 code for the language of ``text``, or ``None`` when unsure."""
    sample = text[:SAMPLE_CHARS]
    script = _script(sample)
    if script is not None:
        return script
    lex = lexicon or meta_lexicon()
    counts: dict[str, int] = dict.fromkeys(lex.languages, 0)
    for m in _WORD.finditer(sample.casefold()):
        word = m.group()
        for code, words in lex.languages.items():
            if word in words.stopwords:
                counts[code] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def _script(sample: str) -> str | None:
    letters = 0
    found: dict[str, int] = {}
    for ch in sample:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        for prefix, code in _SCRIPTS:
            if name.startswith(prefix):
                found[code] = found.get(code, 0) + 1
                break
    if not letters or not found:
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
