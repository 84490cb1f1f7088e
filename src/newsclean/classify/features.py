"""Per-block evidence for the boilerplate classifier, as plain numbers.

Three kinds of evidence, all generic (nothing names a site):

* **the line itself**: length, words, terminal punctuation, share of
  capitalised words and of function words, digits, punctuation, URLs and
  e-mails, list markers, separators such as pipes, and cue phrases from the
  per-language lexicons;
* **the document's structure**: where the longest run of prose is (the main
  text), head and tail zones, lines repeated in the same document, runs of
  short headline-like lines;
* **the neighbours**: a short line between two prose paragraphs is not the
  same as one inside a menu.

:func:`block_features` returns one row of floats per block, in the order of
:data:`FEATURE_NAMES`; the model in :mod:`newsclean.classify.model` weighs them.
Everything here is string methods and set lookups, linear in the text.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from newsclean import lexicons
from newsclean.classify.cues import CueIndex, cue_index, line_key

__all__ = [
    "FEATURE_NAMES",
    "LineInfo",
    "block_features",
    "line_info",
    "reader_words",
    "speaks_to_reader",
]

PROSE_MIN_WORDS = 10
"""A line of at least this many words that reads like a sentence counts as prose."""
PROSE_MIN_STOP_SHARE = 0.2
"""...where "reads like a sentence" means this share of function words, or terminal
punctuation. 0.2 is well under the 0.35-0.5 of running text in the seven lexicon
languages and well over what menus and headline lists reach."""
LONG_LINE_CHARS = 200
"""A line this long counts as prose whatever its language (no lexicon needed), if it
shows any sign of sentences."""
KEYWORD_MAX_WORDS = 60
"""Keyword cues ("cookie", "newsletter") only mark lines up to this many words:
in a long paragraph the word is news, in a short line it is furniture."""
LONG_PHRASE_WORDS = 5
"""A keyword phrase this long ("we have a small favour to ask", "nos partenaires et
nous utilisons des cookies") is no accident of a story's wording: it marks a line
whatever its length up to :data:`NOTICE_MAX_WORDS`."""
NOTICE_OPENING_WORDS = 3
"""A keyword phrase of three words or more opening a long line marks it too: a notice
opens with what it is about ("This website uses cookies …", "Diese Website nutzt
Cookies …"), a story's paragraph does not."""
NOTICE_MAX_WORDS = 160
"""Longest line searched for a long keyword phrase: a consent notice or a safe-harbour
statement runs to 60-120 words in one paragraph; a longer line is an article pasted
on one line, where a quoted notice is the story's."""
LEAD_WORDS = 6
"""Words at the start of a line whose capitals tell a headline from a sentence."""
MAIN_GAP_PENALTY = 60
"""Characters of prose one non-prose block costs when finding the main text;
calibrated with the other structure features against the development corpus."""

_SENTENCE_END = frozenset(".!?…。！？．")
_CJK_CHARS_PER_WORD = 2
"""Chinese and Japanese write no spaces; two characters make about one word."""
_CLOSERS = "\"'”’»)]*"
_SEPARATOR = re.compile(r"[|•·»›«]| [/—-] ")
"""Characters that join menu items and breadcrumbs; ' / ' and ' - ' between words."""
_LIST_MARKERS = frozenset("-•*·–—►▶✓>+▪‣◦")
"""First characters of list items; a lone "o" before a capital is one too (the third
level of nested lists in inscriptis and lynx renderings)."""


def _stopwords() -> frozenset[str]:
    return lexicons.stopwords()


@functools.lru_cache(maxsize=1)
def _keywords() -> tuple[tuple[str, str], ...]:
    """Every keyword phrase with its label: each lexicon's ``KEYWORDS``, then its
    ``STORY_TOPICS`` (keyword phrases too, gated by :func:`_story_sentence`)."""
    pairs: list[tuple[str, str]] = []
    for lang in lexicons.LANGUAGES:
        module = lexicons.load(lang)
        for table in (module.KEYWORDS, getattr(module, "STORY_TOPICS", {})):
            for label, phrases in table.items():
                pairs.extend((p, label) for p in phrases)
    return tuple(pairs)


class LineInfo(NamedTuple):
    """What one block looks like on its own (computed once, used by rules and model).

    A named tuple rather than an attrs class: one is built for every line of
    every document, and a tuple is the cheapest immutable record to build.
    """

    key: str
    chars: int
    words: int
    ends_sentence: bool
    ends_colon: bool
    cap_share: float
    stop_share: float
    digit_share: float
    punct_share: float
    has_link: bool
    separators: int
    list_marker: bool
    cue_label: str | None
    cue_prefix_label: str | None
    keyword_label: str | None
    keyword_phrase: str | None
    all_caps: bool
    sentences: int
    mean_word_len: float
    commas: int
    lead_caps: float
    """Share of capitalised words among the first :data:`LEAD_WORDS`: a headline
    run into its teaser ("The 4 Best Vegan Spots In Town Hoodline crunched…")."""
    keyword_words: int = 0
    """Words of the keyword phrase found (``keyword_phrase``), 0 if none."""
    keyword_opens: bool = False
    """The keyword phrase found opens the line ("This website uses cookies …")."""
    ends_clause: bool = False
    """Ends with a comma or semicolon: a line of verse or a list item running on, never
    a headline (``key`` drops that mark, so it is kept here)."""

    is_prose: bool = False
    """Reads like running text (see :func:`reads_as_prose`); stored, not a property:
    the rules ask it of every line several times over."""
    bar_row: bool = False
    """Opens and closes with a bar: a row of a table set out with bars ("| SV Wardenburg
    | TSV Haffkrug | 1:2 |"; ``key`` drops the bars at its ends)."""


def marks_any_length(info: LineInfo) -> bool:
    """Whether the keyword phrase of ``info`` marks its line however long: a phrase of
    :data:`LONG_PHRASE_WORDS` words or more, or of :data:`NOTICE_OPENING_WORDS` opening
    the line (a notice says first what it is about)."""
    return info.keyword_phrase is not None and (
        info.keyword_words >= LONG_PHRASE_WORDS
        or (info.keyword_opens and info.keyword_words >= NOTICE_OPENING_WORDS)
    )


def reads_as_prose(
    chars: int, words: int, ends_sentence: bool, commas: int, stop_share: float
) -> bool:
    """Whether a line reads like running text: long enough and sentence-like."""
    if chars >= LONG_LINE_CHARS:
        # long and with some sign of sentences: a tag cloud or a run of
        # links is long too, but has no commas, no full stop, no function words
        return ends_sentence or commas > 0 or stop_share >= 0.1
    return words >= PROSE_MIN_WORDS and (ends_sentence or stop_share >= PROSE_MIN_STOP_SHARE)


_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]")
_strip_punct = operator.methodcaller("strip", ".,;:!?\"'“”‘’()«»")
_first_char = operator.itemgetter(0)


@functools.lru_cache(maxsize=1)
def _keyword_index() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Keyword phrases by first word: ``{"cookie": ((("cookie",), "legal"),), ...}``,
    the longest first: of "utilisons des cookies" and "utilisons des cookies ou
    technologies similaires" at one place the longer is found, which marks a notice
    whatever its length (:data:`LONG_PHRASE_WORDS`)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, label in _keywords():
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append((words, label))
    # a stable sort: phrases of one length keep the lexicons' order
    return {k: tuple(sorted(v, key=lambda pair: -len(pair[0]))) for k, v in index.items()}


def _keyword(
    tokens: Sequence[str], *, min_words: int = 2, opening_words: int = 2
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Labels of the first keyword, and of the first keyword *phrase* (``min_words``
    words or more, or ``opening_words`` or more opening the line), among ``tokens``
    (lowercased, punctuation stripped), and that phrase. With ``min_words`` above 2
    only such a phrase counts, no single word."""
    index = _keyword_index()
    single: str | None = None
    for i, tok in enumerate(tokens):
        candidates = index.get(tok)
        if candidates is None:
            continue
        least = opening_words if i == 0 else min_words
        for words, label in candidates:
            if len(words) == 1:
                single = single or label
            elif len(words) >= least and tuple(tokens[i : i + len(words)]) == words:
                return label, label, words
    return (single if min_words <= 2 else None), None, ()


def capitals_label(text: str, key: str, index: CueIndex) -> str | None:
    """The label of an opening cue printed in capitals without its colon ("LEGGI ANCHE
    Rifiuti, la Tari aumenta …", "READ MORE Council votes …"): the words in capitals
    that open the line, read with the colon the lexicons write after them."""
    raw = text.split()
    n = 0
    while n < len(raw) and raw[n].isupper() and sum(c.isalpha() for c in raw[n]) >= 2:
        n += 1
    words = key.split()
    if not 2 <= n < len(raw) or len(words) != len(raw):
        return None
    after = next((c for c in raw[n] if c.isalpha()), "")
    if not after.isupper():
        return None  # "YOU ARE IN good company …": a story's opening words set in capitals
    head = " ".join(words[:n])
    found = index.longest_prefix(f"{head}: {' '.join(words[n:])}")
    return found[1] if found is not None and found[0] == f"{head}:" else None


def _phrase_after(
    tokens: Sequence[str], topic: tuple[str, ...], min_words: int
) -> tuple[str, tuple[str, ...]] | None:
    """The label and words of the first keyword phrase that is no story topic after the
    words of ``topic`` in ``tokens`` (a phrase inside the topic's words, "may earn an
    affiliate commission" in "we may earn …", is the topic's, not another)."""
    n = len(topic)
    end = next((i + n for i in range(len(tokens) - n + 1) if tuple(tokens[i : i + n]) == topic), 0)
    if not end:
        return None
    label, phrase, words = _keyword(tokens[end:], min_words=min_words, opening_words=min_words)
    if label is None or phrase is None or words in _story_topics():
        return None
    return label, words


@functools.lru_cache(maxsize=1)
def _story_topics() -> dict[tuple[str, ...], str]:
    """Keyword phrases stories use too ("sign up for", "privacy policy"), as word
    tuples, with the language of each."""
    topics: dict[tuple[str, ...], str] = {}
    for lang in lexicons.LANGUAGES:
        for phrases in getattr(lexicons.load(lang), "STORY_TOPICS", {}).values():
            for p in phrases:
                topics.setdefault(tuple(p.split()), lang)
    return topics


@functools.lru_cache(maxsize=16)
def reader_words(language: str) -> frozenset[str]:
    """Words by which furniture speaks to the reader in ``language`` ("you", "our",
    "vous", "unser"); one language's only: "du" is a French article too, "nos"
    Portuguese."""
    return frozenset(getattr(lexicons.load(language), "READER_WORDS", ()))


def speaks_to_reader(key: str) -> bool:
    """Whether a line (its cue key) holds a word by which furniture speaks to the
    reader in English ("you", "your", "our"): the other languages' words are too often
    ordinary words of a third ("du", "nos")."""
    return not reader_words("en").isdisjoint(w.strip(".,;:!?\"'()") for w in key.split())


def _story_sentence(
    info: LineInfo, tokens: Sequence[str], phrase: tuple[str, ...], text: str, language: str
) -> bool:
    """Whether a line holding a story-topic phrase is a sentence of a story: running
    text that does not speak to the reader (in the phrase's language) and does not
    open with the phrase (in English, or a phrase of three words or more in any
    language) unless it quotes or reports it ("Residents can sign up for the program
    until Friday, officials said."), unlike "Sign up for our newsletter", "Subscribe
    to the channel for all the latest videos!" or "Les commentaires sont modérés."."""
    if not info.is_prose:
        return False
    opening = [t for t in tokens[: len(phrase) + 2] if any(c.isalnum() for c in t)]
    # a quotation, or a sentence a source is said to have said ("Sign up for the
    # clinics at the county's website, the council said."), reports a prompt
    reported = text.lstrip()[:1] in _QUOTE_OPENERS or _ATTRIBUTED.search(text[-80:]) is not None
    opens_prompt = language == "en" or len(phrase) >= OPENING_PHRASE_MIN_WORDS
    if opens_prompt and not reported and tuple(opening[: len(phrase)]) == phrase:
        return False  # "Subscribe to the channel for …": an English prompt opens with its verb
    # a quotation speaks to its listener, not to the reader: "“We launched our
    # newsletter in 2019,” she said"; a reader word counts in the phrase's language
    return _speech(text) or reader_words(language).isdisjoint(tokens)


OPENING_PHRASE_MIN_WORDS = 3
"""In other languages than English a line opening with a phrase of this many words
("Les commentaires sont modérés. …", "Reacties worden gemodereerd") is a notice; a
shorter opening is as often a story's ("Für Abonnenten des Tickets steigt …")."""
_ATTRIBUTED = re.compile(
    r",[\"”’']?[ \t]+(?:[\w.'’-]+[ \t]+){0,4}"
    r"(?:said|says|told|added|wrote|announced|urged|warned|advised)"
    r"(?:[ \t]+[\w.'’-]+){0,4}\.[\"”’']?$"
)
"""The end of a reported sentence: ", the council said.", ", officials told reporters."."""
_QUOTE_OPENERS = "\"“„«‘'"
"""A line opening with one of these quotes somebody; a prompt does not open so."""
_QUOTED = re.compile(r"[\"“«„]([^\"”»“«„\n]{1,400})[\"”»“]")
SPEECH_MIN_WORDS = 5


def _speech(text: str) -> bool:
    """Whether ``text`` quotes somebody: a quotation of five words or more (speech,
    not a quoted title such as "The Morning Briefing")."""
    return any(len(m.group(1).split()) >= SPEECH_MIN_WORDS for m in _QUOTED.finditer(text))


_COPYRIGHT_C = re.compile(r"\(c\)[ \t]?(?:\d{4}|copyright)")
""""(c) 2019", the copyright sign typed out; "Section 230(c) of the law" is none."""


TYPED_COPYRIGHT_MAX_WORDS = 6
"""Words of a line opening with "(c)" and a name ("(c) Agencia EFE"); an item of a
list lettered (a), (b), (c) runs longer or opens in lower case."""


def _typed_copyright_line(text: str, words: int) -> bool:
    """The copyright sign typed out at the start of a short line, a name after it."""
    return text[:4].lower() == "(c) " and words <= TYPED_COPYRIGHT_MAX_WORDS and text[4:5].isupper()


def line_info(text: str, index: CueIndex) -> LineInfo:
    """Measure one line of (normalised) text, remembering recent lines.

    Lines repeat: menus within a page and across pages of a site, and every
    kept line when the pipeline re-cleans its own output to settle it.
    """
    if index is cue_index() and len(text) <= _CACHED_CHARS:
        return _cached_line_info(text)
    return _line_info(text, index)


_CACHED_CHARS = 400
"""Lines up to this long are remembered (most furniture; a long paragraph rarely repeats)."""


@functools.lru_cache(maxsize=16384)
def _cached_line_info(text: str) -> LineInfo:
    return _line_info(text, cue_index())


def _line_info(text: str, index: CueIndex) -> LineInfo:
    """Measure one line of (normalised) text.

    Hot path: every count is one C-level call (a regex, a ``map`` over a
    builtin, a set lookup), never a Python loop over characters.
    """
    lower = text.lower()
    # the quote normaliser curls apostrophes ("l’application", "don’t"); the phrase
    # lists are written with straight ones
    words_text = lower.replace("’", "'") if "’" in lower else lower
    bare = list(map(_strip_punct, words_text.split()))
    n_words = len(bare)
    if not text.isascii():
        cjk = len(_CJK.findall(text))
        if cjk > n_words * _CJK_CHARS_PER_WORD:
            n_words = max(n_words, cjk // _CJK_CHARS_PER_WORD)
    n_chars = len(text)
    n_stop = sum(map(_stopwords().__contains__, bare))
    firsts = "".join(map(_first_char, text.split()))
    alpha_words = sum(map(str.isalpha, firsts))
    caps = sum(map(str.isupper, firsts)) if alpha_words else 0
    lead = firsts[:LEAD_WORDS]
    lead_caps = sum(map(str.isupper, lead)) / len(lead) if lead else 0.0
    digits = len(_DIGIT.findall(text))
    punct = len(_PUNCT.findall(text))
    stripped = text.rstrip(_CLOSERS)
    last = stripped[-1] if stripped else ""
    key = line_key(text, lower)
    cue = index.match_line(key)
    prefix = index.match_prefix(key) if cue is None else None
    if prefix is None and cue is None and text[:2].isupper():
        prefix = capitals_label(text, key, index)
    keyword = phrase = None
    words: tuple[str, ...] = ()
    min_words, opening_words = 2, 2
    if n_words <= KEYWORD_MAX_WORDS:
        keyword, phrase, words = _keyword(bare)
        if phrase is None and (
            "©" in text
            or ("(c)" in lower and _COPYRIGHT_C.search(lower))
            or _typed_copyright_line(text, n_words)
        ):
            keyword = phrase = "legal"
    elif n_words <= NOTICE_MAX_WORDS:
        min_words, opening_words = LONG_PHRASE_WORDS, NOTICE_OPENING_WORDS
        keyword, phrase, words = _keyword(bare, min_words=min_words, opening_words=opening_words)
    ends_sentence = last in _SENTENCE_END
    stop_share = n_stop / n_words if n_words else 0.0
    commas = text.count(",") + text.count("、") + text.count("，")
    info = LineInfo(
        key=key,
        chars=n_chars,
        words=n_words,
        ends_sentence=ends_sentence,
        ends_colon=last == ":",
        cap_share=caps / alpha_words if alpha_words else 0.0,
        stop_share=stop_share,
        digit_share=digits / n_chars if n_chars else 0.0,
        punct_share=punct / n_chars if n_chars else 0.0,
        has_link="http" in lower or "www." in lower or ("@" in text and "." in text),
        separators=len(_SEPARATOR.findall(text)),
        list_marker=text[0] in _LIST_MARKERS
        or (text[0].isdigit() and text[1:3] in (". ", ") "))
        or (text[:2] == "o " and text[2:3].isupper()),
        cue_label=cue,
        cue_prefix_label=prefix,
        keyword_label=keyword,
        keyword_phrase=phrase,
        all_caps=n_chars >= 3 and text.isupper(),
        sentences=text.count(". ") + (1 if ends_sentence else 0),
        mean_word_len=(n_chars - n_words + 1) / n_words if n_words else 0.0,
        commas=commas,
        lead_caps=lead_caps,
        keyword_words=len(words) if phrase is not None else 0,
        keyword_opens=phrase is not None and tuple(bare[: len(words)]) == words,
        ends_clause=last in (",", ";"),
        is_prose=reads_as_prose(n_chars, n_words, ends_sentence, commas, stop_share),
        bar_row=text[:1] == "|" and stripped[-1:] == "|",
    )
    topic_language = _story_topics().get(words) if words else None
    if topic_language is not None and _story_sentence(info, bare, words, text, topic_language):
        info = info._replace(keyword_phrase=None)  # the model still sees the keyword
        # a furniture phrase after the topic still marks the line ("Our reporters
        # support local causes … All rights reserved."): read on past the topic's words
        later = _phrase_after(bare, words, min_words)
        if later is not None:
            info = info._replace(
                keyword_label=later[0], keyword_phrase=later[0], keyword_words=len(later[1])
            )
    return info


def _main_region(infos: Sequence[LineInfo], begin: int = 0) -> tuple[int, int]:
    """The stretch of blocks with the most prose, net of what lies between (Kadane).

    Only blocks from ``begin`` on are considered; ``(0, -1)`` when there is no prose.
    """
    best = (0, -1)
    best_score = 0.0
    score = 0.0
    start = begin
    for i in range(begin, len(infos)):
        info = infos[i]
        gain = float(info.chars) if info.is_prose else -float(MAIN_GAP_PENALTY)
        if score <= 0:
            score, start = gain, i
        else:
            score += gain
        if score > best_score:
            best_score, best = score, (start, i)
    return best


FEATURE_NAMES: tuple[str, ...] = (
    "bias",
    "log_chars",
    "log_words",
    "ends_sentence",
    "ends_colon",
    "cap_share",
    "stop_share",
    "digit_share",
    "punct_share",
    "has_link",
    "has_separator",
    "list_marker",
    "cue_line",
    "cue_prefix",
    "keyword",
    "all_caps",
    "log_sentences",
    "mean_word_len",
    "is_prose",
    "repeated",
    "headline_like",
    "rel_position",
    "in_main",
    "log_dist_main",
    "prose_near",
    "prose_window",
    "log_dist_prose",
    "prev_prose",
    "next_prose",
    "log_short_run",
    "doc_prose_share",
    "head_zone",
    "tail_zone",
    "has_anchor",
    "after_anchor",
    "log_dist_anchor",
    "rel_chars",
    "comma_share",
    "prev_headline",
    "next_headline",
    "prose_x_doc",
    "main_x_doc",
    "lead_caps",
    "long_lead_caps",
)

_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / ")
_ANCHOR_MIN_CHARS = 12
"""A first line shorter than this is too generic ("Home") to anchor anything."""


_NOT_ALNUM = re.compile(r"[\W_]+")
r"""What ``str.isalnum`` rejects: re's ``\w`` is exactly the alphanumerics and ``_``."""


def _bare(key: str) -> str:
    return _NOT_ALNUM.sub("", key)


def _anchor(infos: Sequence[LineInfo], main_start: int) -> int:
    """Index of the headline's repeat: page text opens with the page title, and the
    article starts right after the title appears again as its own line.

    Returns -1 when the first line does not come back. Of several repeats, the
    last one before the main text is the headline above it.
    """
    if len(infos) < 3:
        return -1
    first = infos[0].key
    for sep in _TITLE_SEPARATORS:
        if sep in first:
            first = max(first.split(sep), key=len)
    bare = _bare(first)
    if len(bare) < _ANCHOR_MIN_CHARS:
        return -1
    found = -1
    for i in range(1, len(infos)):
        info = infos[i]
        if info.chars > 3 * len(first) + 20:
            continue
        other = _bare(info.key)
        if other == bare or (len(other) >= 0.6 * len(bare) and other in bare):
            if i <= main_start or found < 0:
                found = i
            if i > main_start:
                break
    return found


def block_features(
    infos: Sequence[LineInfo],
    *,
    headline_at: int | None = None,
) -> list[list[float]]:
    """One feature row per block (see :data:`FEATURE_NAMES`).

    ``headline_at``: how many of the blocks come before the headline, when an
    earlier cleaner found it (the article starts after it). Without it the
    headline is looked for as the page's first line coming back.
    """
    n = len(infos)
    if n == 0:
        return []
    prose = [info.is_prose for info in infos]
    counts = Counter(info.key for info in infos)
    lo, hi = _main_region(infos)
    doc_prose = sum(prose) / n

    # distance to the nearest prose block, both directions, in blocks
    dist = [n] * n
    last = -n
    for i in range(n):
        if prose[i]:
            last = i
        dist[i] = i - last
    last = 2 * n
    for i in range(n - 1, -1, -1):
        if prose[i]:
            last = i
        dist[i] = min(dist[i], last - i)

    # prefix sums of prose for window densities
    cum = [0]
    for p in prose:
        cum.append(cum[-1] + p)

    def density(i: int, radius: int) -> float:
        a, b = max(0, i - radius), min(n, i + radius + 1)
        inside = cum[b] - cum[a] - prose[i]
        return inside / max(1, b - a - 1)

    # length of the run of short (non-prose) lines each block sits in
    run = [0] * n
    i = 0
    while i < n:
        if prose[i]:
            i += 1
            continue
        j = i
        while j < n and not prose[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = j

    anchor = headline_at - 1 if headline_at is not None else _anchor(infos, lo)
    has_anchor = headline_at is not None or anchor >= 0
    if anchor >= 0:
        # the article starts after its headline: look for the main text there
        after = _main_region(infos, anchor + 1)
        if after[1] >= after[0]:
            lo, hi = after
    max_chars = max(info.chars for info in infos)
    headline = [
        3 <= info.words <= 16 and info.cap_share >= 0.6 and not info.ends_sentence for info in infos
    ]

    rows: list[list[float]] = []
    for i, info in enumerate(infos):
        in_main = lo <= i <= hi
        dist_main = 0 if in_main else (lo - i if i < lo else i - hi)
        rows.append(
            [
                1.0,
                math.log1p(info.chars),
                math.log1p(info.words),
                float(info.ends_sentence),
                float(info.ends_colon),
                info.cap_share,
                info.stop_share,
                info.digit_share,
                info.punct_share,
                float(info.has_link),
                float(info.separators > 0),
                float(info.list_marker),
                float(info.cue_label is not None),
                float(info.cue_prefix_label is not None),
                float(info.keyword_label is not None),
                float(info.all_caps),
                math.log1p(info.sentences),
                min(info.mean_word_len, 20.0) / 10.0,
                float(prose[i]),
                float(counts[info.key] > 1),
                float(headline[i]),
                i / n,
                float(in_main),
                math.log1p(dist_main),
                density(i, 2),
                density(i, 6),
                math.log1p(min(dist[i], n)),
                float(i > 0 and prose[i - 1]),
                float(i + 1 < n and prose[i + 1]),
                math.log1p(run[i]),
                doc_prose,
                float(i < lo),
                float(i > hi),
                float(has_anchor),
                float(has_anchor and anchor < i),
                math.log1p(i - anchor) if has_anchor and anchor < i else 0.0,
                info.chars / max_chars,
                info.commas / info.words if info.words else 0.0,
                float(i > 0 and headline[i - 1]),
                float(i + 1 < n and headline[i + 1]),
                float(prose[i]) * doc_prose,
                float(in_main) * doc_prose,
                info.lead_caps,
                info.lead_caps * float(info.words > LEAD_WORDS * 2),
            ]
        )
    return rows
