"""English words that quote handling needs: elisions, speech verbs, speaker cues.

Source: written for newsclean from English usage and newsroom style (AP,
Reuters and Guardian style guides describe the attribution forms; the
elisions are the common dropped-letter spellings of English prose). Generic
words only: nothing here names an outlet or a person.

Used by :mod:`newsclean.normalize.quote_marks` (an apostrophe that *starts* a
word: ’em, ’til, ’90s) and :mod:`newsclean.extract.quotes` (“…,” said X).
"""

from __future__ import annotations

ELISIONS: frozenset[str] = frozenset(
    {
        "em",
        "n",
        "tis",
        "twas",
        "twere",
        "twill",
        "twould",
        "til",
        "bout",
        "nuff",
        "cept",
        "gainst",
        "neath",
        "tween",
        "twixt",
        "scuse",
        "fraid",
        "kay",
        "sup",
    }
)
"""Words written with a leading apostrophe (’em, ’tis, rock ’n’ roll) that are
never the first word of a quotation: the mark before them is always ’."""

WEAK_ELISIONS: frozenset[str] = frozenset({"cause", "cos", "coz", "cuz", "round", "fore", "ello"})
"""Leading-apostrophe spellings that are also ordinary words (’cause / cause):
read as an elision only when no closing single quote follows in the line."""

SPEECH_VERBS: frozenset[str] = frozenset(
    {
        # say, tell, add, write and their inflections: the bulk of attributions
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "wrote",
        "writes",
        # reporting verbs of newsroom style
        "acknowledged",
        "admitted",
        "advised",
        "agreed",
        "announced",
        "answered",
        "argued",
        "asked",
        "asks",
        "asserted",
        "boasted",
        "cautioned",
        "claimed",
        "commented",
        "complained",
        "conceded",
        "concluded",
        "confirmed",
        "continued",
        "contended",
        "countered",
        "cried",
        "declared",
        "demanded",
        "denied",
        "emphasised",
        "emphasized",
        "explained",
        "exclaimed",
        "insisted",
        "joked",
        "lamented",
        "maintained",
        "mused",
        "noted",
        "notes",
        "observed",
        "posted",
        "predicted",
        "promised",
        "protested",
        "questioned",
        "quipped",
        "recalled",
        "remarked",
        "replied",
        "reported",
        "responded",
        "shouted",
        "stated",
        "stressed",
        "suggested",
        "testified",
        "tweeted",
        "urged",
        "warned",
        "whispered",
        "yelled",
    }
)
"""Verbs that attribute a direct quotation (“…,” she *said*)."""

PRONOUNS: frozenset[str] = frozenset(
    {"he", "she", "they", "we", "i", "you", "it", "one", "another", "someone", "somebody"}
)
"""Subjects kept as written when they are the whole speaker (“…,” *he* said)."""

DETERMINERS: frozenset[str] = frozenset(
    {
        "the",
        "a",
        "an",
        "one",
        "another",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "some",
        "several",
        "two",
        "three",
        "many",
    }
)
"""Words that open a common-noun speaker (*the* official, *a* resident)."""

ADVERBS: frozenset[str] = frozenset(
    {
        "also",
        "then",
        "later",
        "earlier",
        "previously",
        "once",
        "recently",
        "further",
        "again",
        "simply",
        "reportedly",
        "just",
        "has",
        "have",
        "had",
        "would",
        "will",
        "only",
        "quickly",
        "flatly",
        "firmly",
        "bluntly",
    }
)
"""Words that may stand between a speaker and the verb (he *also* said)."""

SENTENCE_ADVERBS: frozenset[str] = frozenset(
    {
        "and",
        "but",
        "yet",
        "so",
        "then",
        "meanwhile",
        "however",
        "also",
        "now",
        "still",
        "later",
        "earlier",
        "instead",
        "separately",
    }
)
"""Capitalised at the start of a sentence but not part of a speaker's name
(*But* Deputy Prime Minister X wrote: “…”)."""

TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "capt",
        "cpt",
        "sgt",
        "maj",
        "adm",
        "cmdr",
        "det",
        "insp",
        "supt",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "atty",
        "no",
    }
)
"""Abbreviations whose full stop does not end a sentence (Mr. Smith, Sen. Jones)."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "bin",
        "bint",
        "da",
        "de",
        "del",
        "della",
        "der",
        "di",
        "dos",
        "du",
        "ibn",
        "la",
        "le",
        "van",
        "von",
        "y",
    }
)
"""Lower-case words inside personal names (Ursula von der Leyen)."""

SPEAKER_STOPS: frozenset[str] = frozenset(
    {
        "about",
        "according",
        "after",
        "as",
        "at",
        "because",
        "before",
        "but",
        "during",
        "for",
        "from",
        "in",
        "last",
        "on",
        "over",
        "since",
        "that",
        "through",
        "to",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whose",
        "with",
        "without",
        "adding",
        "noting",
        "saying",
        "and",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
        "recently",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
"""Words that end a speaker written after its verb (said X *on* television)."""

LEAD_INS: frozenset[str] = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "last",
        "this",
        "earlier",
        "later",
        "yesterday",
        "today",
        "tonight",
        "that",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
"""Words that may open the short phrase between a verb and a quotation
without a colon (she said *on Saturday* “…”)."""
