"""Hypothesis strategies for newsclean's property tests, all in one place."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from conftest import SEED_NAMES, read_seed
from newsclean.classify.photo_credits import credit_vocab
from newsclean.lexicons import credits as credit_lexicon
from newsclean.lexicons.quotes_en import ELISIONS, WEAK_ELISIONS

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
        # marks some cleaners cut off or read: a news API's truncation, a dateline,
        # a breadcrumb, a credit
        "… [+2210 chars]",
        "[+1 char]",
        "[…]",
        "NEW YORK (AP) —",
        "Home > News >",
        "(Reuters)",
        "©",
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
    # buttons, notices and prompts of other kinds and languages
    "Newsletter",
    "Already a subscriber? Log in",
    "Report an error",
    "Email: tips@example.com",
    "This website uses cookies.",
    "Follow Jane Doe on Twitter",
    "Newer Post Older Post Home",
    "Upgrade to paid",
    "Diese Website verwendet Cookies.",
    "Artikel merken",
    "Article réservé aux abonnés",
    "Compartir este artículo",
    "Articolo successivo",
    "Partilhar este artigo",
    "Plaats een reactie",
    "Home > News > World",
    "Startseite » Politik",
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
    caption lines injected, some cut short as news APIs do, spaces around and
    inside lines changed, line endings and paragraph gaps changed, curly quotes
    straightened.
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
    if lines and draw(st.booleans()):
        # a news API dump cuts paragraphs short: "… [+2210 chars]"
        for k in draw(st.lists(st.integers(0, len(lines) - 1), max_size=3)):
            half = len(lines[k]) // 2
            lines[k] = f"{lines[k][:half]}… [+{len(lines[k]) - half} chars]"
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
# -- captions and photo credits ------------------------------------------------------

_STOP_WORDS = {
    *credit_vocab().triggers,
    *credit_lexicon.CREDIT_CONNECTORS,
    *credit_lexicon.FILE_MARKERS,
}
_lower_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9).filter(
    lambda w: w not in _STOP_WORDS
)
_cap_word = _lower_word.filter(lambda w: len(w) >= 3).map(str.capitalize)
_person = st.builds(lambda a, b: f"{a} {b}", _cap_word, _cap_word)
_agency = st.sampled_from(
    ["Reuters", "REUTERS", "AP", "AFP", "Getty Images", "EPA", "Shutterstock", "dpa", "ANSA", "EFE"]
)
_credit = st.one_of(
    _agency,
    st.builds(lambda p, a: f"{p}/{a}", _person, _agency),
    st.builds(lambda p, a: f"{a}/{p}", _person, _agency),
    st.builds(lambda p, a: f"{p} / {a}", _person, _agency),
    st.builds(lambda p, a: f"{p}/{a} via Getty Images", _person, _agency),
)
_date = st.sampled_from(["", " on Monday", ", April 25, 2022", " in March 2021"])
_caption_sentence = st.builds(
    lambda first, rest, date: " ".join([first, *rest]) + date,
    _cap_word,
    st.lists(_lower_word, min_size=3, max_size=12),
    _date,
)
_PAREN_LABELS = ["Photo", "Image", "Picture", "Credit", "Foto", "Photo credit"]
_TAIL_LABELS = ["Photograph", "Photo", "Credit", "Foto", "Bild", "Photo ", "Imagen", "Фото"]


def _paren(label: str, closed: bool) -> st.SearchStrategy[tuple[str, str, str]]:
    close = ")" if closed else ""
    return st.builds(
        lambda cap, credit: (f"{cap} ({label}: {credit}{close}", cap, credit),
        _caption_sentence,
        _credit,
    )


def _tail(label: str) -> st.SearchStrategy[tuple[str, str, str]]:
    return st.builds(
        lambda cap, credit: (f"{cap}. {label}: {credit}", f"{cap}.", credit),
        _caption_sentence,
        _credit,
    )


_UPPER_AGENCY = st.sampled_from(["REUTERS", "AFP", "EPA", "AP"])
credited_caption = st.one_of(
    *(_paren(label, True) for label in _PAREN_LABELS),
    _paren("Photo", False),
    *(_tail(label) for label in _TAIL_LABELS),
    st.builds(
        lambda cap, a, p: (f"{cap}. {a}/{p}", f"{cap}.", f"{a}/{p}"),
        _caption_sentence,
        _UPPER_AGENCY,
        _person,
    ),
    st.builds(
        lambda cap, p, a: (f"{cap}. {p} / {a}", f"{cap}.", f"{p} / {a}"),
        _caption_sentence,
        _person,
        _UPPER_AGENCY,
    ),
    st.builds(
        lambda cap, p: (f"{cap}. (AP Photo/{p})", f"{cap}.", f"AP Photo/{p}"),
        _caption_sentence,
        _person,
    ),
    st.builds(
        lambda cap, p: (
            f"Mandatory credit: Photo by {p}/Shutterstock (1234567a) {cap}.",
            f"{cap}.",
            f"{p}/Shutterstock",
        ),
        _caption_sentence,
        _person,
    ),
)
"""(caption line, caption text, credit): a generated caption with a credit in a supported form."""

_prose_agency = st.sampled_from(
    ["Reuters", "AP", "AFP", "the Associated Press", "Getty Images", "Shutterstock", "EPA"]
)
_PROSE_TEMPLATES = [
    "{agency} could not immediately verify the {noun}.",
    "{person} told {agency} on Tuesday that the {noun} would {verb}.",
    "According to {agency}, the {noun} was {verb} last week.",
    "A spokesperson for {agency} said the {noun} had been {verb}.",
    "{agency} said in a statement that the {noun} would {verb}.",
    "The {noun} was first reported by {agency}.",
    "{person}, a resident, told {agency}: 'The {noun} is {verb}.'",
    "Photographers from {agency} and other agencies covered the {noun}.",
]
agency_prose = st.builds(
    lambda template, agency, person, noun, verb: template.format(
        agency=agency, person=person, noun=noun, verb=verb
    ),
    st.sampled_from(_PROSE_TEMPLATES),
    _prose_agency,
    _person,
    _lower_word,
    _lower_word,
).map(lambda s: s[0].upper() + s[1:])
"""Body sentences that mention an agency in running prose."""

_body_sentence = st.builds(
    lambda first, rest: " ".join([first, *rest]) + ".",
    _cap_word,
    st.lists(_lower_word, min_size=4, max_size=15),
)
_GALLERY_LINES = ["1 of 12", "Play video", "Watch: The bridge reopens", "Getty Images"]
_captioned_part = st.one_of(
    _body_sentence,
    credited_caption.map(lambda c: c[0]),
    st.sampled_from(_GALLERY_LINES),
    st.builds(lambda b, c: f"{b}{c[0]}", _body_sentence, credited_caption),
    st.builds(lambda b, c: f"{b} {c[0]}", _body_sentence, credited_caption),
)
captioned_text = st.lists(
    st.tuples(_captioned_part, st.sampled_from(["\n\n", "\n", "\r\n\r\n"])), max_size=8
).map(lambda parts: "".join(s + br for s, br in parts))
"""Body paragraphs mixed with captions, credit and gallery lines, some glued to the prose."""

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


prose_article = st.lists(prose_paragraph(), min_size=1, max_size=5, unique=True)
"""Paragraphs of prose only: an article body with no metadata lines. Distinct: the
same paragraph three times in a row is a copy of the story (``repeated_text``)."""


# -- quotes ---------------------------------------------------------------------

_plain_word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=9
)
_long_word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=9
)
_unelided_word = _long_word.filter(lambda w: w.casefold() not in ELISIONS | WEAK_ELISIONS)
"""A word that is no elision spelled without its apostrophe ("em", "til", "cause")."""
_QUOTE_PIECES = [
    '"',
    "'",
    "“",
    "”",
    "‘",
    "’",
    "&quot;",
    "&#8217;",
    "&#39;",
    "„",
    "«",
    "»",
    "「",
    "」",
    "′",
    "″",
]
_mark = st.sampled_from(_QUOTE_PIECES)
_punct = st.sampled_from(["", "", "", ",", ".", "?", "!", ":", ";", " —", "…"])
_special = st.sampled_from(
    [
        "don't",
        "O'Brien",
        "'90s",
        "the '60s",
        "'em",
        "rock 'n' roll",
        "'tis",
        "'cause",
        "the Smiths'",
        "James'",
        "6'2\"",
        "5' 10\"",
        'a 14" screen',
        '("',
        '")',
        "[",
        "]",
        '—"',
        '"—',
        'x = "a"',
        "f('b')",
        "`it's`",
        "â€™",
        "â€œ",
        "''",
        '""',
        "“ ",
        " ”",
        " ‘",
        "’s",
        "l’été",
        "„Wort“",
        "« mot »",
        "「言葉」",
    ]
)
_fragment = st.one_of(
    st.tuples(
        st.one_of(st.just(""), _mark), _plain_word, _punct, st.one_of(st.just(""), _mark)
    ).map("".join),
    _special,
    _mark,
)
_quote_line = st.lists(_fragment, min_size=1, max_size=14).map(" ".join)

quote_text = st.lists(st.tuples(_quote_line, st.sampled_from(["\n", "\n\n", " "])), max_size=4).map(
    lambda parts: "".join(line + brk for line, brk in parts)
)
"""Lines of words with quote marks of every kind next to them (and the hard cases)."""

_straight_fragment = st.one_of(
    st.tuples(
        st.sampled_from(["", "", '"', "'", '("', "—'"]),
        _plain_word,
        _punct,
        st.sampled_from(["", "", '"', "'", "'s", '")']),
    ).map("".join),
    st.sampled_from(["don't", "'90s", "rock 'n' roll", "'em", "6'2\"", "the Joneses'", "it's"]),
)
straight_quote_text = st.lists(
    st.lists(_straight_fragment, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4
).map("\n\n".join)
"""Text whose quote marks are all ASCII ``"`` and ``'`` (as scraped or typed)."""


def _wrap(kind: str, text: str, straight: bool, comma: bool) -> str:
    body = text + ("," if comma else "")
    if kind == "double":
        return f'"{body}"' if straight else f"“{body}”"
    return f"'{body}'" if straight else f"‘{body}’"


@st.composite
def balanced_quotations(draw: st.DrawFn) -> str:
    """A paragraph of properly nested quotations (alternating double and single)."""
    straight = draw(st.booleans())
    outer = draw(st.sampled_from(["double", "single"]))

    def build(depth: int, kind: str) -> str:
        # words of two letters or more: 'n' and 's' quoted alone are ambiguous
        # with rock 'n' roll and a possessive cut off its word, and so are the
        # elision words ('em, 'til) at a quotation's edge (see the xfails)
        words = draw(st.lists(_unelided_word, min_size=1, max_size=4).map(" ".join))
        if depth == 0 or not draw(st.booleans()):
            return _wrap(kind, words, straight, draw(st.booleans()))
        other = "single" if kind == "double" else "double"
        inner = build(depth - 1, other)
        tail = draw(st.lists(_unelided_word, min_size=1, max_size=3).map(" ".join))
        return _wrap(kind, f"{words} {inner} {tail}", straight, draw(st.booleans()))

    parts = [
        build(2, outer) + draw(st.sampled_from([" he said.", " said the official.", " and", ""]))
        for _ in range(draw(st.integers(min_value=1, max_value=3)))
    ]
    return " ".join(parts)


BUS_STORY = [
    "The city council voted on Tuesday to expand the bus network into three northern "
    "suburbs, ending a year of debate over the cost of the plan.",
    "Supporters said the new routes would cut commuting times for thousands of workers, "
    "while opponents warned that fares might have to rise to pay for them.",
    "The mayor, who backed the measure, said the first buses would run in the spring and "
    "that the council would review ridership after six months.",
    "Transit officials expect about 4,000 extra daily riders once all three routes are "
    "running, according to a report presented at the meeting.",
]
"""A short story of four paragraphs for tests that print furniture around it."""
