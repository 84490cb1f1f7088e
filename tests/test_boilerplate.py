"""Boilerplate lines: keep/drop fragments and the knobs."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import strip_boilerplate

BODY = "The council voted on Monday to close the bridge for repairs."
BODY2 = "Engineers said the work would take until the end of the summer, weather permitting."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Leave a Reply", "comments"),
        ("LEAVE A COMMENT", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        ("0 Comments", "comments"),
        ("Comments are closed.", "comments"),
        ("Trending", "navigation"),
        ("Connect with us", "share"),
        ("Share this article", "share"),
        ("Advertisement", "ads"),
        ("Story continues below advertisement", "ads"),
        ("Get in touch with our news team by emailing us at tips@example.com.", "contact"),
        ("For more stories like this, check our news page.", "contact"),
        ("Read More:", "related"),
        ("MORE : Russia says UK is escalating war", "related"),
        ("Categorized as News", "section"),
    ],
)
def test_drop(line: str, kind: str) -> None:
    art = strip_boilerplate(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert [(r.text, r.kind) for r in art.removed] == [(line, kind)]
    assert art.paragraphs == (BODY, BODY2)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply after the announcement.",
        "Comments made by the minister were criticised.",
        "More than 100 people attended the meeting on Monday evening.",
        "Read more about the plan in the council's report, published on Friday.",
        "Trending topics on social media included the storm.",
        "She said she would leave a reply for the committee.",
    ],
)
def test_keep(line: str) -> None:
    art = strip_boilerplate(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert art.removed == ()


def test_keep_phrases_override() -> None:
    art = strip_boilerplate(f"Trending\n\n{BODY}\n\n{BODY2}", keep_phrases=["trending"])
    assert art.removed == ()


def test_drop_phrases_add() -> None:
    art = strip_boilerplate(
        f"Sponsored by Acme\n\n{BODY}\n\n{BODY2}", drop_phrases=["Sponsored by Acme"]
    )
    assert art.removed[0].reason == "strip_boilerplate.user_phrase"


def test_disable_rule() -> None:
    art = strip_boilerplate(f"Trending\n\n{BODY}\n\n{BODY2}", disable_rules=["exact_line", "model"])
    assert art.removed == ()


def test_unknown_rule_is_an_error() -> None:
    with pytest.raises(ValueError, match="exact_line"):
        newsclean.clean(BODY, disable_rules=["nope"])
