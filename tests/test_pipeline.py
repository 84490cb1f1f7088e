"""Pipeline composition and option routing."""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from conftest import SEED_NAMES, read_seed
from newsclean import Article, InvalidOption, Pipeline, default_pipeline, labels
from newsclean.editing import as_article, relabel
from strategies import menu_document, mutated_seed, structured_text


def drop_shouting(doc: str | Article, /, *, min_length: int = 4) -> Article:
    """A custom cleaner: label all-caps lines of at least ``min_length`` letters."""
    art = as_article(doc)
    changes = {
        i: (labels.BOILERPLATE, "all_caps")
        for i, b in enumerate(art.blocks)
        if b.text.isupper() and len(b.text) >= min_length
    }
    return relabel(art, changes, cleaner="drop_shouting")


def test_default_pipeline_names() -> None:
    names = default_pipeline().names
    # the lines are joined before ftfy reads them, so it judges a paragraph whole
    assert names[:3] == ("join_wrapped_lines", "fix_unicode", "normalize_whitespace")
    assert "strip_boilerplate" in names


def test_pipeline_is_picklable_and_equal_after() -> None:
    p = default_pipeline().then(drop_shouting)
    assert pickle.loads(pickle.dumps(p)) == p


def test_then_without_replace_before() -> None:
    p = default_pipeline().then(drop_shouting)
    assert p.names[-1] == "drop_shouting"
    assert "drop_shouting" not in p.without("drop_shouting").names
    q = p.replace("drop_shouting", drop_shouting)
    assert q == p
    r = default_pipeline().before("strip_boilerplate", drop_shouting)
    assert r.names.index("drop_shouting") == r.names.index("strip_boilerplate") - 1


def test_custom_cleaner_runs_with_its_option() -> None:
    p = default_pipeline().then(drop_shouting)
    art = p("NEWS\n\nThe text.", drop_shouting={"min_length": 10})
    assert art.body == "NEWS\n\nThe text."
    art = p("NEWS\n\nThe text.", min_length=3)
    assert art.body == "The text."
    assert art.removed[0].reason == "drop_shouting.all_caps"


def test_cleaner_can_be_switched_off_by_name() -> None:
    art = newsclean.clean("Leave a Reply\n\nText.", strip_boilerplate=False)
    assert art.body == "Leave a Reply\n\nText."


def test_unknown_option_names_valid_ones() -> None:
    with pytest.raises(InvalidOption) as info:
        newsclean.clean("x", colour="blue")
    assert "favor" in str(info.value)
    assert isinstance(info.value, TypeError)


def test_unknown_per_cleaner_option() -> None:
    with pytest.raises(TypeError, match="no option 'style'"):
        newsclean.clean("x", strip_boilerplate={"style": "x"})


def test_bad_option_value_is_value_error() -> None:
    with pytest.raises(ValueError, match="favor='loud'"):
        newsclean.clean("x", favor="loud")


def test_unnamed_cleaner_is_refused() -> None:
    with pytest.raises(InvalidOption, match="needs a name"):
        Pipeline([lambda doc: as_article(doc)])


def test_duplicate_names_refused() -> None:
    with pytest.raises(InvalidOption, match="unique"):
        Pipeline([drop_shouting, drop_shouting])


def test_cleaner_must_return_article() -> None:
    def to_upper(doc: str | Article, /) -> str:
        return "X"

    with pytest.raises(newsclean.NewscleanError, match="must return an Article"):
        Pipeline([to_upper])("text")


def test_pipeline_accepts_article() -> None:
    art = newsclean.clean("Text.")
    again = default_pipeline()(art)
    assert attrs.evolve(again) == art


def drop_first_line(doc: str | Article, /) -> Article:
    """A position-dependent cleaner: removes whatever line comes first."""
    art = as_article(doc)
    body = [i for i, b in enumerate(art.blocks) if b.is_body]
    return relabel(art, {body[0]: (labels.BOILERPLATE, "first")} if body else {}, cleaner="dfl")


def test_settle_makes_the_result_a_fixpoint() -> None:
    p = Pipeline([drop_first_line])
    text = "one\n\ntwo\n\nthree"
    unsettled = p(text, settle=False)
    assert unsettled.body == "two\n\nthree"
    assert p(unsettled.to_text(), settle=False).body == "three"  # not a fixpoint
    settled = p(text)
    assert settled.body == ""
    assert p(settled.to_text()).to_text() == settled.to_text()
    assert {r.reason for r in settled.removed} == {"dfl.first", "dfl.first+settle"}


def title_of_three_lines(doc: str | Article, /) -> Article:
    """Position-dependent like a headline finder: a text of exactly three body lines
    has its first as headline; any other text has none."""
    from newsclean.editing import record_field

    art = as_article(doc)
    body = [i for i, b in enumerate(art.blocks) if b.is_body]
    if len(body) != 3:
        return art
    first = art.blocks[body[0]]
    art = relabel(art, {body[0]: (labels.TITLE, "first_line")}, cleaner="tot")
    span = {"start": first.start, "end": first.end}
    return record_field(art, "title", first.text, cleaner="tot", rule="first_line", **span)


def test_a_headline_only_the_settle_pass_reads_becomes_the_title() -> None:
    # the first run keeps four lines: no headline; the second run drops one more and
    # reads a headline from the three left, which the settled result adopts
    p = Pipeline([drop_first_line, title_of_three_lines])
    art = p("zero\n\none\n\ntwo\n\nthree\n\nfour")
    assert art.title == "two"
    assert art.body == "three\n\nfour"
    src = art.source_of("title")
    assert src is not None
    assert (src.cleaner, src.rule) == ("tot", "first_line+settle")
    assert art.to_text() == "two\n\nthree\n\nfour"  # the line read as headline is shown


def drop_zero_else_one(doc: str | Article, /) -> Article:
    """Removes the line "zero", or when there is none the line "one"."""
    art = as_article(doc)
    texts = [b.text for b in art.blocks]
    target = "zero" if "zero" in texts else "one"
    drop = {i: (labels.BOILERPLATE, "drop") for i, t in enumerate(texts) if t == target}
    return relabel(art, drop, cleaner="dzo")


def standfirst_of_two_lines(doc: str | Article, /) -> Article:
    """Position-dependent like a standfirst finder: a text of exactly two body lines has
    its first as standfirst."""
    art = as_article(doc)
    body = [i for i, b in enumerate(art.blocks) if b.is_body]
    if len(body) != 2:
        return art
    return relabel(art, {body[0]: (labels.SUBTITLE, "standfirst")}, cleaner="sf")


@pytest.mark.parametrize(
    ("line", "settled_as"),
    [
        ("A plain line over the story", labels.SUBTITLE),
        # a live entry's heading opened by its time is never carried back as standfirst
        ("04:12 – Result declared", labels.BODY),
        ("19.58 – Il candidato: «Risultato storico»", labels.BODY),
    ],
)
def test_a_stamped_entry_heading_is_not_carried_back_as_standfirst(
    line: str, settled_as: str
) -> None:
    # the first run drops "zero" and keeps three lines; the second drops "one" and reads
    # a standfirst in the two left
    art = Pipeline([drop_zero_else_one, standfirst_of_two_lines])(f"zero\n\none\n\n{line}\n\nstory")
    assert [b.label for b in art.blocks if b.text == line] == [settled_as]


def _settled_the_long_way(text: str) -> Article:
    """The settle loop with every cleaner in every round (no skipped normalisers)."""
    from newsclean.pipeline import SETTLE_ROUNDS
    from newsclean.settle import carry_back

    p = default_pipeline()
    article = p._run(as_article(text), {})
    for _ in range(SETTLE_ROUNDS):
        settled = carry_back(article, p._run(as_article(article.to_text()), {}))
        if settled is None:
            break
        article = settled
    return article


@pytest.mark.parametrize("name", SEED_NAMES)
def test_fast_settle_equals_the_long_way_on_seeds(name: str) -> None:
    text = read_seed(name)
    assert newsclean.clean(text) == _settled_the_long_way(text)


@settings(max_examples=40, deadline=None)
@given(st.one_of(structured_text, mutated_seed(), menu_document))
def test_fast_settle_equals_the_long_way_on_generated_text(text: str) -> None:
    assert newsclean.clean(text) == _settled_the_long_way(text)
