"""Hypothesis strategies for newsclean's property tests, all in one place."""

from __future__ import annotations

from hypothesis import strategies as st

from conftest import SEED_NAMES, read_seed

LINE_BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0c", "\n\n", "\r\n\r\n"]

any_text = st.text(
    alphabet=st.characters(exclude_categories=()),
    max_size=400,
)
"""Arbitrary text, including lone surrogates and control characters."""

_word = st.text(alphabet=st.characters(categories=["Ll", "Lu"]), min_size=1, max_size=12)
_nasty = st.sampled_from(
    [
        "\u200b",
        "\ufeff",
        "\x00",
        "\x07",
        "\u202e",
        "\u0301\u0301\u0301",
        "👩‍👩‍👧",
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "&amp;",
        "&quot;",
        "â€™",
        "(",
        "|",
        "—",
        "  ",
        "\t",
    ]
)
_sentence = st.lists(st.one_of(_word, _nasty), min_size=1, max_size=25).map(" ".join)

structured_text = st.lists(
    st.tuples(_sentence, st.sampled_from(LINE_BREAKS)), min_size=0, max_size=20
).map(lambda parts: "".join(s + br for s, br in parts))
"""Lines of words and nasty characters joined by every kind of line break."""

BOILERPLATE_LINES = [
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "0 Comments",
    "Comments are closed.",
    "Trending",
    "Connect with us",
    "Advertisement",
    "Share this article",
    "Get in touch with our news team by emailing us at tips@example.com.",
]

seed_text = st.sampled_from(SEED_NAMES).map(read_seed)
