"""Headings of the verdict box a product, film or restaurant review prints.

Source: written for newsclean from the way review pages in the lexicon
languages set out their summary: a list of good points under one heading, a
list of bad points under its counterpart, and often a verdict. Generic
vocabulary only. Headings are compared on the line key (lower case, closing
colon dropped).
"""

from __future__ import annotations

PROS: tuple[str, ...] = (
    "pros",
    "pro",
    "for",
    "the good",
    "what we like",
    "what we liked",
    "likes",
    "plus",
    "pluspunkte",
    "vorteile",
    "points forts",
    "on aime",
    "ventajas",
    "a favor",
    "lo mejor",
    "pregi",
    "punti di forza",
    "pontos positivos",
    "prós",
    "vantagens",
    "voordelen",
    "pluspunten",
    "плюсы",
    "достоинства",
)
"""Headings over a review's good points ("Pros", "Vorteile", "Points forts")."""

CONS: tuple[str, ...] = (
    "cons",
    "contra",
    "against",
    "the bad",
    "what we don't like",
    "what we didn't like",
    "what we didn’t like",
    "what we didn't",
    "what we didn’t",
    "what we don’t like",
    "dislikes",
    "minus",
    "minuspunkte",
    "nachteile",
    "points faibles",
    "on aime moins",
    "desventajas",
    "en contra",
    "lo peor",
    "difetti",
    "punti deboli",
    "pontos negativos",
    "contras",
    "desvantagens",
    "nadelen",
    "minpunten",
    "минусы",
    "недостатки",
)
"""Headings over a review's bad points ("Cons", "Nachteile", "Points faibles")."""

VERDICTS: tuple[str, ...] = (
    "verdict",
    "our verdict",
    "the verdict",
    "bottom line",
    "the bottom line",
    "should you buy it?",
    "fazit",
    "unser fazit",
    "verdict final",
    "notre avis",
    "en résumé",
    "veredicto",
    "conclusión",
    "il verdetto",
    "giudizio",
    "conclusione",
    "veredito",
    "conclusão",
    "oordeel",
    "conclusie",
    "вердикт",
    "итог",
)
"""Headings over a review's verdict, printed with or next to the pros and cons."""
