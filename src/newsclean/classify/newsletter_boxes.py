"""Find newsletter sign-up boxes printed inside or after a story.

Sites set a box into the story that pitches one of their newsletters: its name or
the word "Newsletter", a sentence saying what arrives and how often, a field for
the address and a button::

    Newsletter Culture
    Chaque vendredi, les sorties de la semaine sélectionnées par la rédaction.
    Votre adresse e-mail
    S'inscrire

An extractor keeps it as a few short lines. The button and a line with a sign-up
phrase are cue lines already; the name of the newsletter and its pitch are not:
"Ciência ao Sábado" reads like a crosshead and "Ogni mattina le notizie che contano
per il tuo portafoglio." like a sentence of the story. Together with the button they
are a box, and this module reads the box whole.

A box grows from an anchor (a short line a cue rule took for a promo or a menu, or a
short heading naming a newsletter) over its neighbours: pitches (short sentences
speaking to the reader, saying how often, or naming the newsletter) and headings over
a pitch or an anchor (the newsletter's name, the address field's label). It counts
only when it names a newsletter somewhere or a pitch says how often: a "Subscribe"
button in a menu over a headline speaking to the reader ("Why you should …") is no
box.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, MutableMapping, Sequence

from newsclean import labels, lexicons
from newsclean.classify.cues import QUOTATION_MARKS, SPEECH, frequency_words, newsletter_words
from newsclean.classify.features import LineInfo, reader_words
from newsclean.model import Block

__all__ = ["RULE", "mark_newsletter_boxes"]

RULE = "newsletter_box"

ANCHOR_MAX_WORDS = 6
"""Words of a box's anchor: a button ("Jetzt kostenlos anmelden") or a heading naming
the newsletter ("Sign up to the Politics Briefing newsletter")."""
HEADING_MAX_WORDS = 5
"""Words of a heading inside a box: the newsletter's name ("Ciência ao Sábado"), the
address field's label ("Votre adresse e-mail")."""
PITCH_MAX_WORDS = 25
"""Words of a newsletter's pitch, one or two short sentences ("Five minutes.
Everything you need to know before the market opens."); a longer line is the story."""
PITCH_MAX_SENTENCES = 2
FREQUENCY_LEAD_WORDS = 3
"""A pitch says how often in its first words ("Chaque jeudi, …", "Recevez chaque
semaine …"); further on, "every" is any sentence's word."""
BOX_MAX_LINES = 8
"""Lines of one box: a heading, a name, a pitch, a field, a button and a consent
line, with room for a second button; longer runs are not one box."""

_MODEL_RULES = frozenset({"model", "far_from_prose"})


def mark_newsletter_boxes(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: MutableMapping[int, tuple[str, str]],
    protected: Collection[int],
    language: Callable[[], str | None],
) -> None:
    """Add the undecided lines of every newsletter box to ``changes`` as promos.

    ``language`` gives the text's language, asked only once a box's anchor is found:
    its reader words tell a pitch ("your", "votre", "tuo"), one language's only ("te"
    is Spanish for "you" and Dutch for "to")."""
    names = newsletter_words()
    n = len(blocks)
    taken: set[int] = set()
    readers: frozenset[str] | None = None
    for i in range(n):
        if i in taken or not _anchor(blocks[i], infos[i], changes.get(i), names):
            continue
        if readers is None:
            code = language()
            readers = reader_words(code) if code in lexicons.LANGUAGES else frozenset()
        box = _grow(blocks, infos, changes, names, readers, anchor=i)
        taken.update(box)
        if not any(_names_newsletter(infos[j], names) or _says_how_often(infos[j]) for j in box):
            continue
        for j in box:
            if j not in changes and j not in protected:
                changes[j] = (labels.PROMO, RULE)


def _grow(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: Mapping[int, tuple[str, str]],
    names: frozenset[str],
    readers: frozenset[str],
    *,
    anchor: int,
) -> list[int]:
    """The lines of the box around ``anchor``: down, then up, while each is a pitch, an
    anchor, or a heading with a pitch or an anchor right under it."""

    def is_anchor(j: int) -> bool:
        return 0 <= j < len(blocks) and _anchor(blocks[j], infos[j], changes.get(j), names)

    def kind(j: int) -> str | None:
        if not 0 <= j < len(blocks) or blocks[j].label != labels.BODY:
            return None
        if is_anchor(j):
            return "anchor"
        text, info = blocks[j].text, infos[j]
        if _pitch(text, info, names, readers) or (
            # between the heading naming the newsletter and its button, whatever it says
            _short_plain(text, info) and is_anchor(j - 1) and is_anchor(j + 1)
        ):
            return "pitch"
        if _heading(info):
            return "heading"
        return None

    box = [anchor]
    j = anchor + 1
    while len(box) < BOX_MAX_LINES:
        k = kind(j)
        if k is None or (k == "heading" and kind(j + 1) not in ("pitch", "anchor")):
            # short plain lines between the anchor and its button are the box's
            # ("Newsletter" / "Ciência ao Sábado" / "Todas as semanas, …" / "Subscrever")
            rest = _lines_to_button(blocks, infos, j, is_anchor)
            if not rest:
                break  # a crosshead of the story under the box, or the story
            box.extend(rest)
            j = rest[-1] + 1
            continue
        box.append(j)
        j += 1
    j = anchor - 1
    below = "anchor"
    while len(box) < BOX_MAX_LINES and (k := kind(j)) is not None:
        if k == "heading" and below != "pitch":
            break  # a crosshead right over the button is the story's, over a pitch a name
        box.insert(0, j)
        below = k
        j -= 1
    return box


BUTTON_REACH = 3
"""Lines between the newsletter's heading and its button (a name, a pitch and a field's
label)."""


def _lines_to_button(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    start: int,
    is_anchor: Callable[[int], bool],
) -> list[int]:
    """The short plain lines from ``start`` up to and with an anchor at most
    :data:`BUTTON_REACH` lines on; empty when another line or no anchor comes first."""
    for j in range(start, min(len(blocks), start + BUTTON_REACH + 1)):
        if is_anchor(j):
            return list(range(start, j + 1)) if j > start else []
        if blocks[j].label != labels.BODY or not _short_plain(blocks[j].text, infos[j]):
            return []
    return []


def _anchor(
    block: Block, info: LineInfo, decided: tuple[str, str] | None, names: frozenset[str]
) -> bool:
    """A short line a cue rule took for a promo (a sign-up button: "S'inscrire",
    "Iscriviti"), or a short heading naming a newsletter. A menu's entry ("VIDEO") is
    none: a box grown from it would take the story's lines around it."""
    if block.label != labels.BODY or info.words > ANCHOR_MAX_WORDS or info.list_marker:
        return False
    if decided is not None and decided[1] not in _MODEL_RULES:
        return decided[0] == labels.PROMO
    return not info.ends_sentence and _names_newsletter(info, names)


def _short_plain(text: str, info: LineInfo) -> bool:
    """A short line of two sentences at most ("Five minutes. Everything you need to know
    before the market opens."), no quotation, no word reporting speech ("…, officials
    said."), no list item."""
    return (
        info.words <= PITCH_MAX_WORDS
        and not info.list_marker
        and QUOTATION_MARKS.isdisjoint(text)
        and info.sentences <= PITCH_MAX_SENTENCES
        and SPEECH.search(text) is None
    )


def _pitch(text: str, info: LineInfo, names: frozenset[str], readers: frozenset[str]) -> bool:
    """A short plain line that speaks to the reader, names a newsletter or says how
    often."""
    return _short_plain(text, info) and (
        _names_newsletter(info, names)
        or _says_how_often(info)
        or not readers.isdisjoint(_words(info))
    )


def _heading(info: LineInfo) -> bool:
    return info.words <= HEADING_MAX_WORDS and not info.ends_sentence and not info.list_marker


def _names_newsletter(info: LineInfo, names: frozenset[str]) -> bool:
    return not names.isdisjoint(_words(info))


def _says_how_often(info: LineInfo) -> bool:
    return not frequency_words().isdisjoint(_words(info)[:FREQUENCY_LEAD_WORDS])


def _words(info: LineInfo) -> list[str]:
    return [w.strip(".,;:!?'\"()[]«»#*") for w in info.key.split()]
