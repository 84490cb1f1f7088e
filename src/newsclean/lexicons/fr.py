"""French boilerplate cues and function words.

Source: written for newsclean from common French news-site furniture
(formulaires de commentaire, boutons de partage, lettres d'information, cookies).
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "comments": (
        "ajouter un commentaire",
        "cet article vous a-t-il été utile ?",
        "votre adresse e-mail ne sera pas publiée",
        "votre adresse e-mail ne sera pas publiée.",
        "votre adresse de messagerie ne sera pas publiée",
        "votre adresse de messagerie ne sera pas publiée.",
        "commentaires",
        "laisser un commentaire",
        "réagir",
        "aucun commentaire",
        "0 commentaire",
        "votre adresse e-mail ne sera pas publiée. les champs obligatoires sont indiqués avec",
        "votre adresse de messagerie ne sera pas publiée. "
        "les champs obligatoires sont indiqués avec",
        "voir les commentaires",
        "commenter",
        "réagir à cet article",
        "vos commentaires",
    ),
    "share": (
        "copier le lien",
        "envoyer par e-mail",
        "lire plus tard",
        "partager",
        "partager cet article",
        "partager sur facebook",
        "partager sur twitter",
        "imprimer",
        "suivez-nous",
        "ajouter à vos sélections",
        "j'aime",
        "ajouter aux favoris",
        "offrir cet article ajouter à vos sélections",
        "suivre",
        "suivre l'auteur",
        "offrir l'article",
    ),
    "navigation": (
        "voir plus de messages",
        "charger plus",
        "tous ses articles",
        "voir tous ses articles",
        "aller au contenu",
        "aller au contenu principal",
        "passer au contenu",
        "accéder au contenu",
        "accueil",
        "rechercher",
        "recherche",
        "se connecter",
        "connexion",
        "s'abonner",
        "retour en haut",
        "fermer",
        "voir plus",
        "lire la suite",
        "écouter cet article",
        "écouter l'article",
        "écouter",
        "article suivant",
        "article précédent",
        "chargement",
        "chargement...",
        "ajouter à mes favoris",
        "page suivante",
        "page précédente",
        "actualiser",
        "rafraîchissement automatique",
        "afficher les posts précédents",
        "afficher les posts suivants",
        "rafraîchir le direct",
        "charger plus de posts",
        "charger plus de messages",
        "passer au contenu principal",
    ),
    "metadata": (
        "la rédaction",
        "rédaction",
        "sujets associés",
        "mots-clés",
        "publié le",
        "mis à jour le",
        "par",
    ),
    "related": (
        "à lire aussi",
        "lire aussi",
        "sur le même sujet",
        "articles similaires",
        "les plus lus",
        "vous aimerez aussi",
        "à voir aussi",
        "la rédaction vous conseille",
        "nos suggestions",
        "dans le même dossier",
        "sur le même thème",
        "voir aussi",
        "à voir également",
        "voir également",
    ),
    "ads": (
        "acheter au meilleur prix",
        "publicité",
        "annonce",
        "contenu sponsorisé",
        "la suite après cette publicité",
        "la suite après la publicité",
    ),
    "contact": (
        "nous contacter",
        "contactez-nous",
        "contact",
        "signaler une erreur",
    ),
    "promo": (
        "article réservé à nos abonnés",
        "je m'inscris",
        "je m'abonne",
        "offrir cet article",
        "recevez nos newsletters",
        "télécharger l'application",
        "vous avez envie de lire la suite ?",
        "abonnez-vous",
        "s'abonner",
        "newsletter",
        "article réservé aux abonnés",
        "la suite est réservée aux abonnés.",
        "la suite est réservée aux abonnés",
        "votre adresse e-mail",
        "votre adresse email",
        "s'inscrire",
    ),
}

PREFIXES: dict[str, tuple[str, ...]] = {
    "navigation": (
        "écouter cet article ·",
        "vous êtes ici:",
    ),
    "metadata": (
        "cet article est produit grâce à",
        "ce contenu est produit grâce à",
        "cette nouvelle a été produite dans le cadre",
        "cet article est une tribune",
        "ce contenu est produit dans le cadre",
        "propos recueillis par",
        "cet article a été initialement publié",
        "cet article est paru initialement",
        "cet article a d'abord été publié",
        "cet article est paru dans",
        "cet article a été publié dans",
        "article paru dans",
        "tags :",
        "tags:",
        "lire plus sur:",
        "lire plus sur :",
    ),
    "related": (
        "lire aussi:",
        "à lire aussi:",
        "voir aussi:",
        "à voir aussi:",
        "lire aussi.",
        "à lire aussi.",
        "sur le même thème:",
        "tendances:",
        "les plus lus :",
    ),
    "section": ("catégorie:", "rubrique:"),
    "promo": (
        "cet article vous a été offert",
        "cet article vous a été utile",
        "déjà abonné ?",
        "cet article est réservé aux abonnés",
        "la suite de cet article est réservée aux abonnés",
        "abonnez-vous pour lire la suite",
        "cet article vous a intéressé",
        "recevez notre lettre d'information",
        "recevez notre newsletter",
        "télécharger l'application",
        "retrouvez tous nos articles",
        "recevez gratuitement",
        "offre sans engagement",
        "offre spéciale :",
        "offre spéciale:",
    ),
    "share": (
        "partager via",
        "offrir l'article",
        "partager cet article:",
    ),
    "comments": ("cet article vous a-t-il été utile",),
}

STOPWORDS: frozenset[str] = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cette",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "est",
        "et",
        "il",
        "ils",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "lui",
        "mais",
        "me",
        "même",
        "mes",
        "ne",
        "nous",
        "on",
        "ont",
        "ou",
        "par",
        "pas",
        "plus",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sont",
        "sur",
        "un",
        "une",
        "vous",
        "été",
        "être",
        "était",
        "à",
    ]
)

KEYWORDS: dict[str, tuple[str, ...]] = {
    "legal": (
        "stockons et/ou accédons",
        "vos choix concernant l'utilisation de cookies",
        "réutiliser ce contenu",
        "n'engage que son auteur",
        "n'engage pas la rédaction",
        "liens d'affiliation",
        "liens affiliés",
        "ce site utilise des cookies",
        "ce site web utilise des cookies",
        "utilisons des cookies",
        "nous utilisons des cookies",
        "nos partenaires et nous utilisons des cookies",
        "nous et nos partenaires utilisons",
        "retirer votre consentement à tout moment",
        "en poursuivant votre navigation sur ce site",
        "utilisons des cookies ou technologies similaires",
        "paramètres des cookies",
        "tous droits réservés",
        "cookies",
        "vos choix concernant les cookies",
    ),
    "promo": (
        "inscrivez-vous gratuitement",
        "dans votre boîte mail",
        "activez les notifications",
        "abonnez-vous à",
        "newsletter",
        "abonnez-vous",
        "inscrivez-vous",
        "inscrivez-vous à la newsletter",
        "inscrivez-vous à notre newsletter",
        "articles gratuits ce mois-ci",
        "s’inscrire à la newsletter",
        "s'inscrire à la newsletter",
        "article gratuit ce mois-ci",
        "chaque matin recevez",
        "chaque soir recevez",
        "recevez l’essentiel de l’actualité",
        "recevez l'essentiel de l'actualité",
        "cet article vous a plu",
        "votre abonnement n'autorise pas la lecture",
        "votre abonnement ne permet pas de lire",
    ),
    "share": ("suivez-nous sur",),
    "comments": ("les commentaires sont fermés",),
    "contact": (
        "écrivez-nous à",
        "envoyez-nous vos photos",
        "envoyez-nous vos vidéos",
        "vous avez des photos ou des vidéos",
    ),
    "navigation": ("votre navigateur ne prend pas en charge",),
}

KEY_POINT_HEADERS: tuple[str, ...] = (
    "ce qu'il faut retenir",
    "l'essentiel",
    "ce que l'on sait",
    "en bref",
)
"""Headings of the story's own box of key points at its head (its items are the story's)."""

BOX_HEADERS: tuple[str, ...] = (
    "ce qu'il faut savoir",
    "tout ce qu'il faut savoir",
    "les chiffres clés",
    "repères",
)
"""Endings of the headers of background boxes appended to stories."""

THREAD_HEADERS: tuple[str, ...] = (
    "commentaires",
    "réactions",
    "voir tous les commentaires",
)
"""Headings over readers' comment threads (a form prompt is not one)."""

TEASER_HEADERS: tuple[str, ...] = (
    "d'autres recettes",
    "plus de recettes",
    "nos abonnés ont lu",
    "sur le même sujet",
    "articles similaires",
    "articles liés",
    "les plus lus",
    "vous aimerez aussi",
    "vous aimerez peut-être aussi",
    "plus d'articles",
    "dans la même rubrique",
    "à lire aussi",
    "lire aussi",
    "à voir aussi",
    "nos lecteurs ont aussi lu",
    "nos dernières actualités",
    "dernières actualités",
    "nos derniers articles",
    "nos articles sur le sujet",
    "à la une",
    "dernières infos",
)
"""Headings over the lists of other stories printed after the story ("Related
stories", "More from …": a heading that ends with "from", "aus", "von" or "de"
takes a site name after it). Inline "Read also:" links are not among them: they stand
inside stories."""

ABOUT_HEADERS: tuple[str, ...] = (
    "à propos de",
    "à propos de l'auteur",
    "à propos",
    "qui sommes-nous",
)
"""Headings of the boxes about the publisher, the company behind a press release
or the author, printed after the story ("About Example Corp": a heading ending in
"about", "über" or "de" takes a capitalised name after it)."""

CONTACT_HEADERS: tuple[str, ...] = (
    "contact presse",
    "contacts presse",
    "contact médias",
    "contacts médias",
    "contact média",
)
"""Headings of the press contacts printed after a press release or a story
("Media contact:", then a name, a telephone number and an address)."""

FOLLOW_OPENINGS: tuple[str, ...] = (
    "suivez",
    "retrouvez-nous sur",
)
"""Openings of a prompt to follow the publisher on social networks ("Follow us on
Facebook and Twitter"); the line must also name two networks."""

CONTACT_OPENINGS: tuple[str, ...] = (
    "écrivez à",
    "écrivez-nous à",
    "contactez-nous à",
)
"""Openings of a short line that gives an e-mail address to write to ("Write to Jane
Doe at jane@example.com"); the line must hold the address."""

COUNTER_NOUNS: dict[str, tuple[str, ...]] = {
    # a gallery's count of its pictures ("12 photos", "Fotos (8)")
    "caption": ("photo", "photos", "image", "images", "vidéos"),
    "comments": ("réagir", "réactions", "commentaire", "commentaires", "réponse", "réponses"),
    "share": ("partage", "partages", "j'aime"),
    "metadata": ("vue", "vues", "lecture", "lectures", "min de lecture", "minutes de lecture"),
}
"""Nouns counted next to a number ("12 commentaires", "3 min de lecture")."""

READING_TIME_CUES: tuple[str, ...] = ("temps de lecture", "durée de lecture", "lecture")
"""Openings of a reading-time line ("Temps de lecture : 4 minutes")."""

MORE_WORDS: tuple[str, ...] = ("plus", "autres", "d'autres")
"""First words of a heading over other stories ("More World News"): a crosshead of the
story opens otherwise."""

SHARE_BUTTON_WORDS: tuple[str, ...] = (
    "partage",
    "partagez",
    "partager",
    "imprimer",
    "télécharger",
    "envoyer",
    "courriel",
    "copier",
)
"""Words of share buttons, found between the network names of a share bar."""
SIDE_BUTTON_WORDS: tuple[str, ...] = (
    "commenter",
    "commentaires",
    "sauvegarder",
    "écouter",
)
"""Buttons a share bar holds beside its share buttons (comment, save, listen): they
count as the bar's only on a line with a share button."""

FOLLOW_OBJECTS: tuple[str, ...] = ("nous", "nos")
"""Whom a follow prompt asks to follow when not a name ("Follow us at …")."""

STORY_TOPICS: dict[str, tuple[str, ...]] = {
    "promo": (
        "je m'inscris",
        "découvrez nos offres",
        "téléchargez l'application",
        "téléchargez notre application",
        "disponible sur toutes les plateformes",
        "écoutez notre podcast",
        "aux abonnés",
        "déjà abonné",
        "abonnez-vous dès",
        "lire la suite",
        "réservé aux abonnés",
        "notre newsletter",
    ),
    "legal": (
        "les opinions exprimées dans cette tribune",
        "les propos tenus dans cette tribune",
        "n'engagent que leur auteur",
        "n'engagent que son auteur",
        "n'engage que son auteur",
        "n'engage que leur auteur",
        "politique de confidentialité",
        "mentions légales",
        "accepter les cookies",
        "n'engagent que leurs auteurs",
    ),
    "share": (
        "vous avez aimé cet article",
        "partager sur",
    ),
    "comments": (
        "les commentaires sont modérés",
        "commentaires sont soumis à modération",
        "pour commenter, vous devez",
    ),
}
"""Keyword phrases that stories use too, by label as in ``KEYWORDS`` (and not repeated
there): they mark a line only when it is no running text, opens with the phrase (in
English) or speaks to the reader (:data:`READER_WORDS`)."""

READER_WORDS: tuple[str, ...] = (
    "vous",
    "votre",
    "vos",
    "nous",
    "notre",
    "nos",
    "tu",
    "ton",
    "ta",
    "tes",
)
"""Words by which furniture speaks to the reader: "Sign up for *our* newsletter"."""


SECTION_WORDS: tuple[str, ...] = (
    "accueil",
    "actu",
    "actualités",
    "monde",
    "régions",
    "région",
    "politique",
    "économie",
    "éco",
    "sport",
    "sports",
    "culture",
    "loisirs",
    "société",
    "santé",
    "sciences",
    "tech",
    "météo",
    "vidéos",
    "vidéo",
    "podcasts",
    "abonnés",
    "opinions",
    "opinion",
    "idées",
    "débats",
    "planète",
    "people",
    "immobilier",
    "emploi",
    "auto",
    "faits",
    "divers",
)
"""Names of a site's sections and menu items ("News", "Sport", "Opinion"): a line
of them run together, with nothing else, is a menu."""


POINTER_HERE_WORDS: tuple[str, ...] = ("ici",)
"""See ``POINTER_HERE_WORDS`` in :mod:`newsclean.lexicons.en`."""

POINTER_OPENINGS: tuple[str, ...] = (
    "lire",
    "lisez",
    "voir",
    "regardez",
    "écoutez",
    "retrouvez",
    "consultez",
    "cliquez",
    "découvrez",
    "téléchargez",
    "inscrivez-vous",
)
"""See ``POINTER_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

POINTER_ENDINGS: tuple[str, ...] = ("à lire ici", "à retrouver ici", "à consulter ici")
"""See ``POINTER_ENDINGS`` in :mod:`newsclean.lexicons.en`."""

STORY_NOTE_OPENINGS: tuple[str, ...] = (
    "rectificatif :",
    "correction :",
    "erratum :",
    "note de la rédaction :",
    "une version précédente de cet article",
)
"""See ``STORY_NOTE_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

WEATHER_WORDS: tuple[str, ...] = (
    "ensoleillé",
    "nuageux",
    "couvert",
    "pluie",
    "averses",
    "brouillard",
    "neige",
    "orages",
    "éclaircies",
    "dégagé",
)
"""Conditions a weather widget prints beside its temperature ("Brisbane 26° Fine")."""

NEWSLETTER_WORDS: tuple[str, ...] = (
    "newsletter",
    "newsletters",
    "infolettre",
    "infolettres",
)
"""See ``NEWSLETTER_WORDS`` in :mod:`newsclean.lexicons.en`."""

FREQUENCY_WORDS: tuple[str, ...] = (
    "chaque",
    "quotidiennement",
)
"""See ``FREQUENCY_WORDS`` in :mod:`newsclean.lexicons.en`."""

LINK_PROMPTS: tuple[str, ...] = ("lire la suite",)
"""See ``LINK_PROMPTS`` in :mod:`newsclean.lexicons.en`."""
