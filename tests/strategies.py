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
        "\ud800",
        "\udfff",
        "\ud83d\ude00",
        "\u200f",
        "\u2066",
        "\x85",
        "e\u0301\u0302\u0303\u0304\u0305\u0306",
        "新闻报道今天发布了消息。",
        "مرحبا بالعالم.",
        "ﬁ",
        "ＡＢＣ",
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

CAPTION_LINES = [
    "A man walks past the flooded market on Tuesday. (Photo: Jane Roe/Example Agency)",
    "Photo: John Smith",
    "Firefighters at the scene on Monday night. Picture: Supplied",
    "Image caption, Residents queue for water",
    "Getty Images",
]
"""Invented caption and credit lines, injected into seeds."""

_INJECTED = st.sampled_from(BOILERPLATE_LINES + CAPTION_LINES)
_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_EXOTIC_SPACES = ["  ", "\t", "\u00a0", "\u2009", "\u3000", "\u200b"]


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed article, mutated the way scraped copies of it differ.

    Lines are shuffled (or a run of them kept in order), boilerplate and
    caption lines injected, spaces around and inside lines changed, line
    endings and paragraph gaps changed, curly quotes straightened.
    """
    text = draw(seed_text)
    lines = [line for line in text.splitlines() if line.strip()]
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    else:
        start = draw(st.integers(0, max(0, len(lines) - 1)))
        lines = lines[start : start + draw(st.integers(1, 40))]
    for _ in range(draw(st.integers(0, 6))):
        lines.insert(draw(st.integers(0, len(lines))), draw(_INJECTED))
    if draw(st.booleans()):
        space = draw(st.sampled_from(_EXOTIC_SPACES))
        lines = [f"{space}{line.replace(' ', space, 1)}{space}" for line in lines]
    if draw(st.booleans()):
        lines = [line.translate(_STRAIGHTEN) for line in lines]
    sep = draw(st.sampled_from(LINE_BREAKS))
    return sep.join(lines) + draw(st.sampled_from(["", sep]))


_menu_word = st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=2, max_size=9)
menu_line = st.one_of(
    st.lists(_menu_word, min_size=1, max_size=6).map(" ".join),
    st.lists(_menu_word, min_size=2, max_size=6).map(" | ".join),
    _menu_word.map(lambda w: f"https://www.example.com/{w.lower()}/"),
)
"""A line of a menu or link list: a few words, no sentence end."""

menu_document = st.lists(menu_line, min_size=1, max_size=80).map("\n".join)
"""A page that is not prose: menus, link lists, URLs."""
