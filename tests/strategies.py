"""Hypothesis strategies for newsclean's property tests, all in one place."""

from __future__ import annotations

import datetime as dt

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


# -- metadata: bylines, dates, prose without metadata -------------------------

_NAME_START = ["Ma", "Jo", "Le", "Ka", "Ro", "Ani", "Te", "Bo", "Sa", "Vi", "Lu", "Ne", "Da", "Ili"]
_NAME_MID = ["ra", "len", "vi", "na", "ther", "mo", "ri", "sel", "da", "ko", "ne", "lin"]
_NAME_END = ["", "a", "o", "e", "son", "ez", "ini", "ov", "berg", "ard", "ens", "ley"]

name_word = st.builds(
    lambda a, b, c: a + b + c,
    st.sampled_from(_NAME_START),
    st.sampled_from(_NAME_MID),
    st.sampled_from(_NAME_END),
)
"""Invented capitalised name words ("Maravison", "Jolen")."""

person_name = st.lists(name_word, min_size=2, max_size=3, unique=True).map(" ".join)
"""A person's name of two or three invented words."""

BYLINE_CUES = {
    "en": ["By {}", "by {}", "Written by {}", "BY: {}"],
    "de": ["Von {}"],
    "fr": ["Par {}"],
    "es": ["Por {}"],
    "it": ["Di {}", "di {}"],
    "pt": ["Por {}"],
    "nl": ["Door {}"],
}
AND_WORDS = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e", "nl": "en"}


@st.composite
def bylines(
    draw: st.DrawFn, languages: tuple[str, ...] = tuple(sorted(BYLINE_CUES))
) -> tuple[str, str, tuple[str, ...]]:
    """(language, byline line, the names it holds) in the supported byline forms."""
    lang = draw(st.sampled_from(languages))
    names = tuple(draw(st.lists(person_name, min_size=1, max_size=3, unique=True)))
    if len(names) == 1:
        joined = names[0]
    else:
        joined = ", ".join(names[:-1]) + f" {AND_WORDS[lang]} " + names[-1]
    line = draw(st.sampled_from(BYLINE_CUES[lang])).format(joined)
    return lang, line, names


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
}
_EN_ABBR = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]

past_days = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2023, 12, 31))


@st.composite
def printed_dates(
    draw: st.DrawFn, languages: tuple[str, ...] = tuple(sorted(MONTHS))
) -> tuple[str | None, str, dt.date]:
    """(language, a date as news pages print it, the date) in the supported forms."""
    day = draw(past_days)
    lang = draw(st.sampled_from(languages))
    month = MONTHS[lang][day.month - 1]
    forms = {
        "en": [
            f"{month} {day.day}, {day.year}",
            f"{_EN_ABBR[day.month - 1]} {day.day}, {day.year}",
            f"{day.day} {month} {day.year}",
            f"Published {month} {day.day}, {day.year}",
        ],
        "de": [
            f"{day.day}. {month} {day.year}",
            f"Veröffentlicht am {day.day}. {month} {day.year}",
        ],
        "fr": [f"{day.day} {month} {day.year}", f"Publié le {day.day} {month} {day.year}"],
        "es": [f"{day.day} de {month} de {day.year}"],
        "it": [f"{day.day} {month} {day.year}"],
        "pt": [f"{day.day} de {month} de {day.year}"],
        "nl": [f"{day.day} {month} {day.year}"],
    }[lang]
    forms.append(day.isoformat())
    forms.append(f"{day.day:02d}.{day.month:02d}.{day.year}")
    text = draw(st.sampled_from(forms))
    return lang, text, day


_PROSE_WORDS = [
    "council",
    "river",
    "bridge",
    "repairs",
    "engineers",
    "residents",
    "budget",
    "plan",
    "water",
    "school",
    "teachers",
    "road",
    "traffic",
    "station",
    "market",
    "farmers",
    "weather",
    "storm",
    "harvest",
    "village",
    "officials",
    "report",
    "study",
    "museum",
    "library",
    "park",
    "children",
    "families",
    "doctors",
    "hospital",
    "energy",
    "prices",
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "for",
    "with",
    "that",
    "was",
    "were",
    "after",
    "said",
    "would",
    "could",
    "new",
    "old",
    "local",
    "several",
    "many",
    "last",
    "next",
]


@st.composite
def prose_paragraph(draw: st.DrawFn) -> str:
    """A paragraph of plain prose with no name, date, cue or address in it."""
    sentences = []
    for _ in range(draw(st.integers(min_value=2, max_value=3))):
        words = draw(st.lists(st.sampled_from(_PROSE_WORDS), min_size=9, max_size=16))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


prose_article = st.lists(prose_paragraph(), min_size=1, max_size=5)
"""Paragraphs of prose only: an article body with no metadata lines."""
