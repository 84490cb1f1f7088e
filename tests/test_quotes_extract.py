"""extract_quotes: attribution patterns, negatives, offsets, and the seed gold quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import newsclean
from conftest import read_seed, seed_gold
from newsclean import Article, extract_quotes
from newsclean.normalize.quote_marks import QUOTE_CHARS
from strategies import balanced_quotations, quote_text


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.verb) for q in newsclean.clean(text).quotes]


CASES = [
    # “…,” said X
    (
        "“The bridge will reopen in May,” said Anna Lindqvist, the city engineer.",
        [("The bridge will reopen in May,", "Anna Lindqvist", "said")],
    ),
    # a title before the name is not part of the speaker
    (
        '"We found no fault," said harbour master Tomas Green on Friday.',
        [("We found no fault,", "Tomas Green", "said")],
    ),
    # “…,” X said / “…,” pronoun said / adverb between
    ("“Prices will rise,” Ms Okafor said.", [("Prices will rise,", "Ms Okafor", "said")]),
    ("“I am not leaving,” she said.", [("I am not leaving,", "she", "said")]),
    ("“Nobody told us,” he later added.", [("Nobody told us,", "he", "added")]),
    # common-noun speakers stay whole
    (
        "“It is too early to say,” said the official.",
        [("It is too early to say,", "the official", "said")],
    ),
    (
        "“We heard three blasts,” one resident said, asking not to be named.",
        [("We heard three blasts,", "one resident", "said")],
    ),
    # “…,” X told Y
    (
        "“The talks are over,” the minister told reporters.",
        [("The talks are over,", "the minister", "told")],
    ),
    # X said: “…” / X told Y: “…”
    (
        "The coach, Maria Pereira, said: “We played our best game.”",
        [("We played our best game.", "Maria Pereira", "said")],
    ),
    (
        "A spokesman told the local radio station: “The road stays shut.”",
        [("The road stays shut.", "A spokesman", "told")],
    ),
    # according to X, “…” and “…,” according to X
    (
        "According to the report, “the dam was never inspected.”",
        [("the dam was never inspected.", "the report", "according to")],
    ),
    (
        "The plan is “unworkable,” according to Senator Ruth Adeyemi.",
        [("unworkable,", "Senator Ruth Adeyemi", "according to")],
    ),
    # questions and exclamations
    (
        "“Where were the inspectors?” asked Paolo Ricci.",
        [("Where were the inspectors?", "Paolo Ricci", "asked")],
    ),
    # a second quotation after the attribution: same speaker
    (
        "“We are ready,” Mr. Haddad said. “The trucks leave at dawn.”",
        [
            ("We are ready,", "Mr. Haddad", "said"),
            ("The trucks leave at dawn.", "Mr. Haddad", "said"),
        ],
    ),
    # British style: single marks outside, double inside
    (
        "‘They called it “a minor delay”, but it was not,’ said Priya Nair.",
        [("They called it “a minor delay”, but it was not,", "Priya Nair", "said")],
    ),
    # straight marks work too (normalize_quotes off or not)
    ('"It\'s done," she said.', [("It’s done,", "she", "said")]),
    # names with particles
    (
        "“The rules apply to all,” said Ursula van der Berg.",
        [("The rules apply to all,", "Ursula van der Berg", "said")],
    ),
    # appositive between speaker and verb
    (
        "“We will appeal,” Jonas Meyer, the club's lawyer, said.",
        [("We will appeal,", "Jonas Meyer", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attribution(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _quotes(text) == expected


def test_quotation_over_paragraphs() -> None:
    text = (
        "The farmer said: “The water came up in an hour.\n\n"
        "“We lost the barn and the feed.\n\n"
        "“Nobody warned us.”\n\n"
        "The council has not replied."
    )
    assert _quotes(text) == [
        (
            "The water came up in an hour.\n\nWe lost the barn and the feed.\n\nNobody warned us.",
            "The farmer",
            "said",
        )
    ]


NEGATIVES = [
    # scare quotes and mentions: no speech verb next to them
    "The talks reached a ‘dead end’ last week.",
    "Moscow declared ‘victory’ over the city.",
    "The company called the report “misleading” and “unfair”.",
    # a new sentence after a full stop is not an attribution
    "Critics called the idea “a gimmick.” She noted that sales rose anyway.",
    # a verb far from the quotation
    "The president said he was “not walking anything back” at all.",
    # titles of works
    "She starred in “The Long Night” in 2019.",
    # no quotation marks at all
    "The mayor said the bridge would reopen in May.",
    # a quotation never closed
    "He said: “We will win.\n\nNothing else was said.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_quote(text: str) -> None:
    assert _quotes(text) == []


SEEDS_WITH_QUOTES = sorted(name for name, gold in seed_gold().items() if gold.get("quotes"))


@pytest.mark.parametrize("seed_name", SEEDS_WITH_QUOTES)
def test_seed_gold_quotes_found_with_their_speakers(seed_name: str) -> None:
    gold = seed_gold()[seed_name]["quotes"]
    found = {(_fold(q.text), q.speaker) for q in newsclean.clean(read_seed(seed_name)).quotes}
    for quote in gold:
        assert (_fold(quote["text"]), quote["speaker"]) in found, quote


def test_seed_quotes_have_exact_offsets(seed_name: str) -> None:
    text = read_seed(seed_name)
    for q in newsclean.clean(text).quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert _fold(text[q.start : q.end]) == _fold(q.text)


def _fold(text: str) -> str:
    return "".join(ch for ch in text if ch not in QUOTE_CHARS and not ch.isspace())


def test_str_in_article_out_and_to_dict() -> None:
    art = extract_quotes("“Yes,” said Ada Byron.")
    assert isinstance(art, Article)
    assert art.to_dict()["quotes"] == [
        {"text": "Yes,", "speaker": "Ada Byron", "verb": "said", "start": 1, "end": 5}
    ]
    assert art.source_of("quotes") is not None


def test_only_body_blocks() -> None:
    text = "“Hello,” said Ada Byron.\n\nLeave a Reply\n\n“Bye,” said Ada Byron."
    art = newsclean.clean(text)
    assert [q.text for q in art.quotes] == ["Hello,", "Bye,"]
    art = newsclean.clean("Leave a “Reply,” said Ada Byron.\n\nText.", strip_boilerplate=False)
    assert len(art.quotes) == 1


def test_rerun_gives_the_same_quotes() -> None:
    art = newsclean.clean("“We are ready,” Mr. Haddad said.")
    assert extract_quotes(art).quotes == art.quotes


def test_can_be_switched_off() -> None:
    assert newsclean.clean("“Yes,” said Ada Byron.", extract_quotes=False).quotes == ()


@pytest.mark.xfail(reason="a speaker named only after a long appositive", strict=True)
def test_long_appositive_before_verb() -> None:
    text = "“No comment,” the spokesman for the regional water authority in the north said."
    assert _quotes(text) == [("No comment,", "the spokesman", "said")]


@settings(max_examples=60)
@given(quote_text)
def test_quote_offsets_slice_the_original(text: str) -> None:
    art = newsclean.clean(text)
    for q in art.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text.strip() == q.text
        assert q.text
        assert q.speaker


@settings(max_examples=60)
@given(balanced_quotations())
def test_attributed_balanced_quotations_are_found(text: str) -> None:
    art = newsclean.clean(text)
    for q in art.quotes:
        assert _fold(text[q.start : q.end]) == _fold(q.text)
    if text.endswith(" said the official."):
        assert art.quotes
        assert art.quotes[-1].speaker == "the official"
