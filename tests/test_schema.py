"""docs/article.schema.json describes exactly what Article.to_dict() writes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import newsclean
from conftest import SEED_NAMES, read_seed
from newsclean import Article, Block, Caption, Diagnostic, FieldSource, Quote, Verdict

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "article.schema.json"


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator: Any, record: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(record)]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_seed_validates(validator: Any, name: str) -> None:
    record = newsclean.clean(read_seed(name)).to_dict()
    assert record["removed"], "a seed with nothing removed would test little"
    assert _errors(validator, json.loads(json.dumps(record))) == []


def test_every_field_filled_validates(validator: Any) -> None:
    text = "Bridge reopens\n\nBy Jane Roe\n\n“It is done,” the mayor said.\n\nPhoto: AP"
    art = Article(
        original=text,
        blocks=[
            Block(0, 14, "Bridge reopens", "title", "extract_metadata", "first_line"),
            Block(16, 27, "By Jane Roe", "byline", "extract_metadata", "byline"),
            Block(29, 58, "“It is done,” the mayor said."),
            Block(60, 69, "Photo: AP", "caption", "strip_captions", "credit_line"),
        ],
        title="Bridge reopens",
        authors=["Jane Roe"],
        published="2024-05-06T09:30:00+02:00",
        updated="2024-05-07",
        language="en",
        tags=["transport"],
        captions=[Caption("", "AP", "AP", 60, 69)],
        quotes=[Quote("It is done,", "the mayor", "said", 29, 58)],
        emails=["desk@example.org"],
        urls=["https://example.org/bridge"],
        related=["Ferry fares rise"],
        diagnostics=[Diagnostic("surrogate", "1 lone surrogate replaced", 3, 4)],
        sources=[FieldSource("title", "extract_metadata", "first_line", 0, 14)],
        verdict=Verdict(True, "1 paragraph"),
    )
    assert _errors(validator, art.to_dict()) == []


def test_the_empty_article_validates(validator: Any) -> None:
    assert _errors(validator, newsclean.clean("").to_dict()) == []


def test_required_keys_are_the_keys_of_to_dict(validator: Any) -> None:
    keys = set(newsclean.clean("The council met on Monday.").to_dict())
    schema = validator.schema
    assert set(schema["required"]) == keys, "update docs/article.schema.json with to_dict()"
    assert set(schema["properties"]) == keys


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.update(colour="blue"), "colour"),
        (lambda d: d.pop("removed"), "removed"),
        (lambda d: d.update(published="26 April 2022"), "published"),
        (lambda d: d["removed"][0].update(start=-1), "start"),
        (lambda d: d["removed"][0].pop("reason"), "reason"),
        (lambda d: d.update(verdict={"is_article": "yes", "reason": "x"}), "verdict"),
        (lambda d: d["blocks"][0].update(label=None), "label"),
    ],
)
def test_the_schema_rejects_what_to_dict_never_writes(
    validator: Any, change: Any, path: str
) -> None:
    record = copy.deepcopy(newsclean.clean("Leave a Reply\n\nThe council met on Monday.").to_dict())
    assert _errors(validator, record) == []
    change(record)
    errors = _errors(validator, record)
    assert errors
    assert any(path in e for e in errors), errors
