"""Invariants that hold for any text, for clean() and for every cleaner of the default pipeline.

The cleaners are read from ``default_pipeline()`` at run time, so a cleaner
added there is checked here without editing this file. Inputs: arbitrary
text, structured nasty text, and seed articles mutated the way scraped
copies differ (see ``tests/strategies.py``).

"Cleaning never invents words" is checked modulo :func:`fold`, the
normalisation cleaners are allowed to apply: ftfy's repairs (line by line,
quotes straightened), NFKC, every quote to ``'`` or ``"``, every dash to
``-``, invisible characters dropped, spaces next to a quote mark dropped
(``normalize_quotes`` repairs “ stray ” spaces and "a winner. ‘"). Every
whitespace-separated word of the folded output must occur in the folded input.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import ftfy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article, default_pipeline
from newsclean.editing import as_article
from newsclean.normalize.unicode import surrogate_runs
from newsclean.pipeline import cleaner_name
from newsclean.segment import BLANK_CHARS, LINE_BREAKS
from strategies import any_text, mutated_seed, structured_text

CLEANERS = [pytest.param(c, id=cleaner_name(c)) for c in default_pipeline()]

any_input = st.one_of(any_text, structured_text, mutated_seed())
"""Every kind of input the invariants must hold for."""

SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- the invariants, as reusable checks -------------------------------------------------


def check_offsets(article: Article) -> None:
    """Blocks and removals slice ``original`` exactly; every recorded span lies inside it."""
    original = article.original
    n = len(original)
    prev_end = 0
    for b in article.blocks:
        assert prev_end <= b.start < b.end <= n, (b.start, b.end, prev_end, n)
        raw = original[b.start : b.end]
        assert raw.strip(BLANK_CHARS + LINE_BREAKS), f"blank block {raw!r}"
        assert raw == raw.strip(BLANK_CHARS), f"block not trimmed: {raw!r}"
        assert b.text.strip(BLANK_CHARS), f"block text emptied: {raw!r}"
        prev_end = b.end
    for r in article.removed:
        assert r.text == original[r.start : r.end]
    spans: list[Any] = [*article.captions, *article.quotes, *article.sources, *article.diagnostics]
    for item in spans:
        assert 0 <= item.start <= item.end <= n, item


def check_coverage(text: str, article: Article) -> None:
    """Body and removed blocks together cover every visible character of the input."""
    covered = bytearray(len(text))
    for b in article.blocks:
        covered[b.start : b.end] = b"\x01" * (b.end - b.start)
    invisible = set(BLANK_CHARS + LINE_BREAKS)
    lost = [i for i, ch in enumerate(text) if not covered[i] and ch not in invisible]
    assert not lost, f"vanished: {[text[i] for i in lost[:10]]} at {lost[:10]}"


_FOLD_CHARS = str.maketrans(
    {
        **dict.fromkeys(map(ord, "‘’‚‛′`´ʼ"), "'"),
        **dict.fromkeys(map(ord, "“”„‟″«»"), '"'),
        **dict.fromkeys(map(ord, "‐‑‒–—―−"), "-"),
        **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad\u180e"), None),
    }
)
_DROP_INVISIBLE = str.maketrans(
    dict.fromkeys(map(ord, "\u200b\u2060\ufeff\xad\u180e"))
    # C0 controls but tab and newline: the pipeline drops them too ("\x08 Ã 0" is
    # " Ã 0" to ftfy in the output, and ftfy reads "Ã " as mojibake only then)
    | dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")
)
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=True)
_SPACED_QUOTE = re.compile(r"[ \t]*(['\"])[ \t]*")


def fold(text: str, *, drop_invisible: bool = False, repair: bool = True) -> str:
    """The normalisation under which cleaning may not invent words (see module doc);
    ``repair=False`` leaves out ftfy's repairs."""
    lines = [
        line.strip(BLANK_CHARS).translate(_DROP_INVISIBLE if drop_invisible else {})
        for line in text.replace("\r\n", "\n").splitlines()
    ]
    if repair:
        lines = [ftfy.fix_text(line, _FTFY) for line in lines]
    folded = unicodedata.normalize("NFKC", "\n".join(lines)).translate(_FOLD_CHARS)
    # spaces around marks first: a repair may remove the space between two marks
    return _SPACED_QUOTE.sub(r"\1", folded.replace("--", "-")).replace("''", '"')


def check_no_invented_words(text: str, article: Article) -> None:
    """Every word of ``to_text()`` occurs in the input, modulo :func:`fold`.

    ftfy reads mojibake in context, and the pipeline drops invisible and control
    characters and turns no-break spaces into spaces (a soft hyphen inside a pair,
    "Ä\xad\x8d", or a no-break space before one, "0\xa0Ã\x80", changes what ftfy
    sees), so the input is folded as it is and with those changes made. Its
    heuristics also weigh the spacing a cleaner may change ("Ä  Â\x80" is left, "Ä
    Â\x80" repaired), so a line of the output passes when its words all occur in
    the input either way, repaired or not.
    """
    spaced = text.replace("\xa0", " ")  # the pipeline's space normalisation, likewise
    source = "\n".join(
        fold(variant, drop_invisible=invisible, repair=repair)
        for variant, invisible in ((text, False), (text, True), (spaced, True))
        for repair in (True, False)
    )
    out = article.to_text()
    repaired, plain = fold(out).splitlines(), fold(out, repair=False).splitlines()
    for line, as_is in itertools.zip_longest(repaired, plain, fillvalue=""):
        if all(word in source for word in as_is.split()):
            continue
        for word in line.split():
            assert word in source, f"invented word {word!r}"


def check_fields_of_labelled_lines(article: Article) -> None:
    """A line removed as the headline (standfirst) means the Article has one: the
    line's text is shown as the field, not lost between body and fields."""
    for label, field in (("title", "title"), ("subtitle", "subtitle")):
        if any(b.label == label for b in article.blocks):
            assert getattr(article, field), f"a {label} line but no {field}"


def check_all(text: str, article: Article) -> None:
    check_offsets(article)
    check_coverage(text, article)
    check_no_invented_words(text, article)
    check_round_trip(text, article)
    check_fields_of_labelled_lines(article)


def check_round_trip(text: str, article: Article) -> None:
    """``to_dict()`` reads back equal, through JSON unless the input holds a surrogate pair.

    JSON spells a surrogate pair and the character it encodes alike, so an
    ``original`` holding a pair cannot come back from JSON as it was.
    """
    data = article.to_dict()
    assert Article.from_dict(data) == article
    if not any(run[2] < run[1] - run[0] for run in surrogate_runs(text)):
        assert Article.from_dict(json.loads(json.dumps(data))) == article


# -- properties ---------------------------------------------------------------------------


@SLOW
@given(any_input)
def test_clean_holds_every_invariant(text: str) -> None:
    check_all(text, newsclean.clean(text))


@SLOW
@given(mutated_seed())
def test_recall_holds_every_invariant(text: str) -> None:
    check_all(text, newsclean.clean(text, favor="recall"))


@pytest.mark.parametrize("cleaner", CLEANERS)
@settings(max_examples=15, deadline=None)
@given(text=any_input)
def test_each_cleaner_alone_holds_every_invariant(cleaner: Callable[..., Any], text: str) -> None:
    result = cleaner(text)
    if isinstance(result, str):  # a text normaliser: str in, str out; check it on an Article
        result = cleaner(newsclean.Pipeline([])(text))
    assert isinstance(result, Article)
    check_all(text, result)


@SLOW
@given(any_input)
def test_idempotent_on_to_text(text: str) -> None:
    once = newsclean.clean(text).to_text()
    assert newsclean.clean(once).to_text() == once


@settings(max_examples=50, deadline=None)
@given(any_input)
def test_same_input_same_output(text: str) -> None:
    assert newsclean.clean(text) == newsclean.clean(text)


# -- determinism across processes and hash seeds ---------------------------------------------

_DIGEST_SCRIPT = """
import hashlib, json, sys
import newsclean
texts = json.loads(sys.stdin.read())
for t in texts:
    art = newsclean.clean(t)
    print(hashlib.sha256(art.to_json(sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest())
"""


def _digests_in_subprocess(texts: list[str], hashseed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    proc = subprocess.run(
        [sys.executable, "-c", _DIGEST_SCRIPT],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return proc.stdout.split()


def test_deterministic_across_processes_and_hash_seeds() -> None:
    from conftest import SEED_NAMES, read_seed

    texts = [read_seed(n) for n in SEED_NAMES]
    texts += [
        "Leave a Reply\n\nThe council met.\n\nShare this article",
        "“Quoted,” she said.\r\nTrending\r\n\r\nPhoto: John Smith",
        "half \ud800 pair\u2028新闻报道\u2029\x00\u202eabc",
    ]
    here = [
        hashlib.sha256(
            newsclean.clean(t).to_json(sort_keys=True).encode("utf-8", "surrogatepass")
        ).hexdigest()
        for t in texts
    ]
    assert _digests_in_subprocess(texts, "0") == here
    assert _digests_in_subprocess(texts, "4242") == here


# -- any str is accepted: the documented edge cases -------------------------------------------

EDGE_CASES = {
    "empty": "",
    "whitespace only": " \t\u00a0\n\r\n\u3000\u200b\n",
    "lone surrogates": "Half \ud800 a pair \udfff and a real pair \ud83d\ude00.",
    "NUL and controls": "Text\x00 with\x07 controls\x1b[31m and\x7f DEL.\x0c",
    "zero width and bidi": "\u200bHidden\u200c \u202eevil\u202c \u2066isolate\u2069 \u200fmark",
    "line and paragraph separators": "One\u2028Two\u2029Three\x85Four",
    "combining pile-up": "Zalgo: e" + "\u0301\u0316\u0340\u0352" * 50 + " done.",
    "emoji sequences": "Family 👩\u200d👩\u200d👧\u200d👦, flag 🏳️\u200d🌈, skin 👍🏽.",
    "right to left": "مرحبا بالعالم.\nשלום עולם.\nMixed עברית and English.",
    "CJK without spaces": "新闻报道今天发布了消息。市议会周一开会讨论预算。",
    "only a control character": "\x00",
    "only an invisible character": "\u2060",
}


@pytest.mark.parametrize("text", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_edge_cases_hold_every_invariant(text: str) -> None:
    art = newsclean.clean(text)
    check_all(text, art)
    assert newsclean.clean(art.to_text()).to_text() == art.to_text()


@pytest.mark.parametrize(
    ("text", "cleaner"),
    [
        ("\x08 Ã 0", newsclean.fix_unicode),  # found by hypothesis: a control before "Ã "
        ("Ä  Â\x80", newsclean.normalize_whitespace),  # and two spaces before "Â\x80"
    ],
)
def test_spacing_that_sways_ftfy_in_the_check_is_no_invented_word(
    text: str, cleaner: Callable[..., Any]
) -> None:
    check_no_invented_words(text, cleaner(as_article(text)))


def test_the_invented_word_check_can_fail() -> None:
    article = newsclean.clean("The council met on Monday.")
    block = attrs.evolve(article.blocks[0], text="The banana met on Monday.")
    changed = attrs.evolve(article, blocks=(block,))
    with pytest.raises(AssertionError, match="banana"):
        check_no_invented_words("The council met on Monday.", changed)


def test_lone_surrogates_become_replacement_characters_and_are_reported() -> None:
    text = "Half \ud800 a pair \udfff\udfff and a real pair \ud83d\ude00."
    art = newsclean.clean(text)
    assert art.body == "Half \ufffd a pair \ufffd\ufffd and a real pair 😀."
    found = [(d.kind, text[d.start : d.end]) for d in art.diagnostics]
    assert found == [
        ("surrogate", "\ud800"),
        ("surrogate", "\udfff\udfff"),
        ("surrogate", "\ud83d\ude00"),
    ]
    assert "replaced by U+FFFD" in art.diagnostics[1].message
    assert "pair joined" in art.diagnostics[2].message
    json.dumps(art.to_dict())  # ensure_ascii escapes what remains in `original`


def test_many_surrogates_are_summarised() -> None:
    text = " ".join(["x\ud800"] * 500)
    diagnostics = newsclean.clean(text).diagnostics
    assert 1 < len(diagnostics) <= 21
    assert "480 more runs of surrogates: 480 lone" in diagnostics[-1].message
    assert diagnostics[-1].end == len(text)


def test_a_ten_megabyte_line() -> None:
    line = "The council met on Monday, and café owners said “no”. " * 190_000
    assert len(line.encode()) > 10_000_000
    art = newsclean.clean(line)
    assert len(art.blocks) == 1
    assert (art.blocks[0].start, art.blocks[0].end) == (0, len(line.rstrip()))
    assert art.body == line.rstrip()


def test_a_million_short_lines() -> None:
    text = "".join(f"{i % 97}x\n" for i in range(1_000_000))
    art = newsclean.clean(text)
    assert len(art.blocks) == 1_000_000
    last = art.blocks[-1]
    assert text[last.start : last.end] == f"{999_999 % 97}x"
    assert len(art.paragraphs) + len(art.removed) == 1_000_000


def test_surrogates_do_not_break_the_cli_output(tmp_path: Path) -> None:
    from newsclean.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "Half \ud800 pair."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(src), "--jsonl", "--format", "jsonl", "-o", str(out), "-q"]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["newsclean"]["original"] == "Half \ud800 pair."
    assert record["newsclean"]["body"] == "Half \ufffd pair."
    text_out = tmp_path / "out.txt"
    args = ["clean", str(src), "--jsonl", "-o", str(text_out), "--without", "fix_unicode"]
    assert main(args) == 0
    assert text_out.read_text(encoding="utf-8") == "Half \ufffd pair.\n"


# -- the checks themselves can fail ------------------------------------------------------------


def test_the_checks_catch_what_they_guard_against() -> None:
    text = "The council met on Monday.\nShare this article"
    art = newsclean.clean(text)
    first = art.blocks[0]
    dropped = attrs.evolve(art, blocks=art.blocks[:1])
    with pytest.raises(AssertionError, match="vanished"):
        check_coverage(text, dropped)
    invented = attrs.evolve(
        art, blocks=(attrs.evolve(first, text="The council exploded."), *art.blocks[1:])
    )
    with pytest.raises(AssertionError, match=r"invented word 'exploded\.'"):
        check_no_invented_words(text, invented)
    outside = attrs.evolve(art, blocks=(attrs.evolve(first, end=len(text) + 3),))
    with pytest.raises(AssertionError):
        check_offsets(outside)
    titled = attrs.evolve(art, blocks=(attrs.evolve(first, label="title"), *art.blocks[1:]))
    with pytest.raises(AssertionError, match="a title line but no title"):
        check_fields_of_labelled_lines(titled)


def test_fold_is_the_documented_normalisation() -> None:
    assert fold("“Hi” — it’s ﬁne\u200b") == '"Hi"- it\'s fine'
    assert fold("The mayorâ€™s office") == "The mayor's office"


@pytest.mark.parametrize(
    "text",
    [
        # a byline cue of another language than the page's guess
        "Текст: Иван Петров\n\nThis article originally appeared on Example.",
        "Don't miss a brief. Sign up for our email.\n\nАвтор: Мария Иванова\n\nLesen Sie auch",
        # an author bio is never the headline (the next clean would take it as the bio)
        "Jane Doe is a senior reporter covering science for Example News.\nBy Jane Doe",
        "Текст: Иван Петров\n\nPilotos e Equipes da Stock Car\n\nK5 Mele\n\nBy JANE DOE",
        # a first line whose part left of its "site" is a share bar or a menu
        "Email • Twitter • Google+\nAug. 2 -- DTE Energy Music Theatre, Clarkston, MI",
        "Home | News | Example Times\nSearch",
        # the same, printed again further down (the title read from the repeat)
        "News | World | Example | Big Storm Hits Coast Town\nBy Jane Doe\nComing Soon NEW\n"
        "News | World | Example | Big Storm Hits Coast Town\nSee also",
        # an author bio under the headline is no standfirst; a teaser heading no headline
        "HLN\n\nExample Times | Sport | Lakers Beat Celtics In Overtime Thriller\n\n"
        "Jane Doe is a senior reporter covering science for Example News.\n\nBy Jane Doe",
        "More from Example News\nJane Doe is a senior reporter covering science for Example "
        "News.\nBy JANE DOE\nPosted at 9:05 AM",
        # a relative time stamp is no headline ("17H ago 50 photos" is read as a date line)
        "17H ago 50 photos\nJane Doe is a senior reporter covering science for Example News.\n"
        "This article originally appeared on Example.\nPrint\nRead also\nBy JANE DOE",
        # the headline printed thousands of times: every copy found in one pass
        "\n".join(f"Whatsapp Facebook Pint Baixar{i % 50}" for i in range(3000)),
        # a quote repair ("” Ÿ" made "”Ÿ") would turn the line into mojibake ftfy repairs
        "\u201d \u0178 \u00c2 A\n",
        # the headline's repeat is a line the boilerplate cleaner takes ("… ©")
        "AAAAÀ AAAAAAA\nAAAAÀ AAAAAAA ©\n",
        # a dateline with a one-word story: no headline (its site suffix was stripped)
        "NEW YORK (AP) — A\nA\n",
        # a first line that is a caption once its "site" (" — A") is stripped
        "A NEW YORK (AP) — A\nA\n",
        # a truncation marker left of a "site" suffix
        "[+0 char] | 0\r0",
        # two truncation markers at the end: both go at once (found by hypothesis)
        "… [+2210 chars] [+1 char]\n",
        # a standfirst printed again under the byline: once the byline is gone the two
        # copies touch and the repeat rule takes the first (found on a dev page)
        "\n".join(
            [
                "Morning Briefing 11.18.19 | Example Finance",
                *("Home", "Markets", "Morning Briefing", "Morning Briefing 11.18.19"),
                "The singer is feuding with her former label over her songs ... what a year ...",
                *("Author:", "Example Desk", "Publish date:", "Nov 18, 2019"),
                "The singer is feuding with her former label over her songs ... what a year ...",
                "Start your day with the Morning Briefing. Sign up for our newsletter here.",
                "LOOK WHAT YOU MADE ME DO",
                "The singer said on Thursday that the label was blocking her from performing "
                "her old songs at an awards show next week, and asked fans for help.",
                "The label said in a statement that it had never tried to stop her from "
                "singing anything, and that it wanted to settle the matter quickly.",
            ]
        ),
    ],
)
def test_found_by_review_the_clean_text_is_a_fixpoint(text: str) -> None:
    article = newsclean.clean(text)
    check_all(text, article)
    once = article.to_text()
    assert newsclean.clean(once).to_text() == once
