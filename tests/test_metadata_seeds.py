"""Golden checks of every metadata field of the seed corpus (tests/data/seeds.gold.json)."""

from __future__ import annotations

import attrs
import pytest

import newsclean
from conftest import SEED_NAMES, read_seed, seed_gold
from newsclean import extract_metadata, labels
from newsclean.editing import as_article

FIELDS = ("title", "subtitle", "section", "publisher", "agency", "published")


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("‘", "'").split())


@pytest.mark.parametrize("field", FIELDS)
def test_gold_field(seed_name: str, field: str) -> None:
    gold = seed_gold()[seed_name]
    if field not in gold:
        pytest.skip(f"the gold of {seed_name} says nothing about {field}")
    art = newsclean.clean(read_seed(seed_name))
    assert getattr(art, field) == gold[field]


def test_gold_emails_and_urls(seed_name: str) -> None:
    gold = seed_gold()[seed_name]
    art = newsclean.clean(read_seed(seed_name))
    assert list(art.emails) == gold.get("emails", [])
    assert list(art.urls) == gold.get("urls", [])


def test_every_field_has_a_source_inside_the_text(seed_name: str) -> None:
    text = read_seed(seed_name)
    art = newsclean.clean(text)
    for field in (*FIELDS, "authors", "updated", "dateline", "tags", "emails", "urls", "related"):
        value = getattr(art, field)
        src = art.source_of(field)
        if not value:
            continue
        assert src is not None, field
        # related titles are read from the lines the boilerplate cleaner labelled
        assert src.cleaner == ("strip_boilerplate" if field == "related" else "extract_metadata")
        assert 0 <= src.start < src.end <= len(text)
        if isinstance(value, str) and field in ("title", "publisher", "agency", "dateline"):
            assert _norm(value).casefold() in _norm(text[src.start : src.end]).casefold() or (
                field == "agency"
            )


def test_gold_removed_metadata_lines(seed_name: str) -> None:
    gold = seed_gold()[seed_name]["removed"]
    removed = {(_norm(r.text), r.kind) for r in newsclean.clean(read_seed(seed_name)).removed}
    for kind in (labels.DUPLICATE_TITLE, labels.SECTION):
        for line in gold.get(kind, []):
            assert (_norm(line), kind) in removed, line


def test_trailing_wire_credit_leaves_the_body() -> None:
    name = next(n for n in SEED_NAMES if seed_gold()[n].get("body_must_not_end_with"))
    gold = seed_gold()[name]
    art = newsclean.clean(read_seed(name))
    assert not art.body.rstrip().endswith(gold["body_must_not_end_with"])
    assert _norm(art.paragraphs[-1]) == _norm(gold["body"][-1])
    assert art.agency == gold["agency"]


def _with_gold_labels(name: str) -> newsclean.Article:
    """The seed as a boilerplate classifier that agrees with the gold would leave it."""
    text = read_seed(name)
    lines = seed_gold()[name]["lines"]
    art = as_article(text)
    blocks = []
    for block in art.blocks:
        kind = lines.get(str(text.count("\n", 0, block.start)), labels.BODY)
        if kind in (labels.RELATED, "boilerplate", labels.CAPTION):
            label = labels.BOILERPLATE if kind == "boilerplate" else kind
            blocks.append(attrs.evolve(block, label=label, cleaner="gold", rule=kind))
        else:
            blocks.append(block)
    return attrs.evolve(art, blocks=tuple(blocks))


def test_gold_related_titles_from_labelled_lines(seed_name: str) -> None:
    gold = seed_gold()[seed_name]
    art = extract_metadata(_with_gold_labels(seed_name))
    assert list(art.related) == gold.get("related_titles", [])


def test_related_titles_end_to_end_are_the_gold_titles(seed_name: str) -> None:
    # the boilerplate cleaner runs after the metadata extractor: it records them
    gold = seed_gold()[seed_name].get("related_titles", [])
    art = newsclean.clean(read_seed(seed_name))
    assert list(art.related) == gold
    if gold:
        src = art.source_of("related")
        assert src is not None
        assert src.cleaner == "strip_boilerplate"


def test_gold_fields_with_gold_labels(seed_name: str) -> None:
    """The same fields when an earlier classifier labelled the page as the gold does."""
    gold = seed_gold()[seed_name]
    art = extract_metadata(_with_gold_labels(seed_name))
    for field in FIELDS:
        if field in gold:
            assert getattr(art, field) == gold[field], field
