"""French metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from the way French-language news sites print
bylines and timestamps ("Par Jeanne Martin", "Publié le 19 novembre 2019 à
09h01", "Mis à jour il y a 2 heures"). Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
}

WEEKDAYS = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lun",
    "mar",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
)

BYLINE_CUES = (
    "de notre envoyé spécial",
    "de notre envoyée spéciale",
    "de notre correspondant",
    "de notre correspondante",
    "un article de",
    "article de",
    "publié par",
    "par",
    "auteur",
    "auteure",
    "auteurs",
    "écrit par",
    "rédigé par",
    "propos recueillis par",
    "analyse de",
    "chronique de",
    "entretien réalisé par",
    "critique de",
    "texte et photos",
    "textes et photos",
)

PUBLISHED_CUES = (
    "publié",
    "publié le",
    "publiée le",
    "mis en ligne",
    "mis en ligne le",
    "paru le",
    "date de publication",
)

UPDATED_CUES = (
    "mis à jour",
    "mis à jour le",
    "modifié",
    "modifié le",
    "actualisé",
    "actualisé le",
    "dernière mise à jour",
)

RELATIVE_UNITS: dict[str, str] = {
    "seconde": "second",
    "secondes": "second",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "heure": "hour",
    "heures": "hour",
    "h": "hour",
    "jour": "day",
    "jours": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
}

AGO_BEFORE = ("il y a",)

AGO_AFTER: tuple[str, ...] = ()

TODAY = (
    "aujourd'hui",
    "à l'instant",
)

YESTERDAY = ("hier",)

ONE = (
    "une",
    "un",
)

BIO_ROLES = (
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
    "reporter",
    "éditorialiste",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    "envoyé",
    "envoyée",
    "spécial",
    "spéciale",
    "photographe",
    "pigiste",
)

ORG_WORDS = (
    "rédaction",
    "journal",
    "agence",
    "presse",
    "actualités",
    "magazine",
    "équipe",
    "groupe",
    "radio",
    "télévision",
)

NOT_NAME_WORDS = (
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "ou",
    "à",
    "au",
    "aux",
    "en",
    "un",
    "une",
    "pour",
    "par",
    "sur",
    "avec",
    "partager",
    "imprimer",
    "commentaires",
    "commentaire",
    "suivre",
    "lire",
    "plus",
    "article",
    "photo",
    "vidéo",
    "publicité",
    "accueil",
    "recherche",
    "publié",
    "mis",
    "jour",
    "aujourd'hui",
    "hier",
    "source",
    "retour",
    "abonnez-vous",
    "newsletter",
    "lecture",
    "photographie",
    "photos",
    "image",
    "images",
)

AUTHOR_CONNECTORS = (
    "et",
    "&",
)

TAG_CUES = (
    "mots-clés",
    "mots clés",
    "étiquettes",
    "tags",
    "sujets",
)

SECTION_CUES = (
    "catégorie",
    "catégories",
    "rubrique",
    "publié dans",
)

RELATED_CUES = (
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "sur le même sujet",
    "à lire",
    "lire la suite",
)

RIGHTS_RESERVED = ("tous droits réservés",)

STOPWORDS = (
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "et",
    "en",
    "un",
    "une",
    "est",
    "que",
    "qui",
    "dans",
    "pour",
    "pas",
    "au",
    "sur",
    "par",
    "il",
    "elle",
    "ce",
    "a",
    "avec",
    "plus",
    "se",
    "ne",
    "sont",
    "aux",
    "ont",
    "été",
    "son",
    "sa",
    "mais",
    "comme",
    "ou",
    "cette",
    "lui",
    "était",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = ("accueil",)

CAPTION_CUES = (
    "photo",
    "image",
    "crédit",
    "crédit photo",
    "illustration",
    "vidéo",
)

BIO_OPENINGS = (
    "est",
    "était",
    "couvre",
    "écrit",
)

BIO_SIGNALS = (
    "vit à",
    "vit en",
    "vit et travaille",
    "est l'auteur",
    "est l’auteur",
    "est l'autrice",
    "est l’autrice",
    "est l'auteure",
    "est l’auteure",
    "son dernier livre",
    "son dernier ouvrage",
    "et écrit",
)

COLLECTIVE_WORDS = (
    "rédaction",
    "équipe",
)

AUTHOR_LINK_WORDS = (
    "articles",
    "profil",
)

BY_MEANS = (
    "téléphone",
    "courrier",
    "courriel",
    "mail",
    "e-mail",
    "avion",
    "train",
    "bateau",
    "route",
    "voiture",
    "car",
    "bus",
    "défaut",
    "exemple",
    "ailleurs",
    "conséquent",
    "hasard",
    "écrit",
    "chèque",
    "carte",
    "ici",
    "là",
)
"""Words that follow the byline cue as a means or manner, never a user name (see en.py)."""
