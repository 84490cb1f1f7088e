"""Spanish metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from the way Spanish-language news sites print
bylines and timestamps ("Por Juana Pérez", "Publicado el 19 de noviembre de
2019", "Actualizado hace 2 horas"). Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "enero": 1,
    "ene": 1,
    "febrero": 2,
    "feb": 2,
    "marzo": 3,
    "mar": 3,
    "abril": 4,
    "abr": 4,
    "mayo": 5,
    "may": 5,
    "junio": 6,
    "jun": 6,
    "julio": 7,
    "jul": 7,
    "agosto": 8,
    "ago": 8,
    "septiembre": 9,
    "setiembre": 9,
    "sept": 9,
    "sep": 9,
    "set": 9,
    "octubre": 10,
    "oct": 10,
    "noviembre": 11,
    "nov": 11,
    "diciembre": 12,
    "dic": 12,
}

WEEKDAYS = (
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lun",
    "mar",
    "mié",
    "mie",
    "jue",
    "vie",
    "sáb",
    "sab",
    "dom",
)

BYLINE_CUES = (
    "de nuestro enviado especial",
    "de nuestra enviada especial",
    "de nuestro corresponsal",
    "de nuestra corresponsal",
    "un artículo de",
    "artículo de",
    "publicado por",
    "por",
    "autor",
    "autora",
    "autores",
    "escrito por",
    "redactado por",
    "análisis de",
    "entrevista de",
    "entrevista realizada por",
    "crónica de",
    "texto:",  # with its colon: "Texto íntegro" heads a decree's text
    "texto de",
    "texto y fotos",
    "texto y fotografías",
)

PUBLISHED_CUES = (
    "publicado",
    "publicado el",
    "publicada",
    "publicación",
    "fecha de publicación",
    "creado",
)

UPDATED_CUES = (
    "actualizado",
    "actualizado el",
    "actualizada",
    "actualización",
    "última actualización",
    "modificado",
)

RELATIVE_UNITS: dict[str, str] = {
    "segundo": "second",
    "segundos": "second",
    "minuto": "minute",
    "minutos": "minute",
    "min": "minute",
    "hora": "hour",
    "horas": "hour",
    "h": "hour",
    "día": "day",
    "días": "day",
    "dia": "day",
    "dias": "day",
    "semana": "week",
    "semanas": "week",
    "mes": "month",
    "meses": "month",
    "año": "year",
    "años": "year",
}

AGO_BEFORE = ("hace",)

AGO_AFTER: tuple[str, ...] = ()

TODAY = ("hoy",)

YESTERDAY = ("ayer",)

ONE = (
    "un",
    "una",
    "uno",
)

BIO_ROLES = (
    "periodista",
    "redactor",
    "redactora",
    "corresponsal",
    "columnista",
    "reportero",
    "reportera",
    "editor",
    "editora",
    "colaborador",
    "colaboradora",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    "enviado",
    "enviada",
    "especial",
    "fotógrafo",
    "fotógrafa",
)

ORG_WORDS = (
    "redacción",
    "portal",  # a news site's name: "Portal Norte"
    "diario",
    "periódico",
    "agencia",
    "noticias",
    "prensa",
    "revista",
    "equipo",
    "grupo",
    "radio",
    "televisión",
)

NOT_NAME_WORDS = (
    "ciudad",  # "Ciudad de México / 23.07.2024": a place over the date, no name
    "el",
    "la",
    "los",
    "las",
    "de",
    "del",
    "y",
    "o",
    "en",
    "un",
    "una",
    "para",
    "por",
    "con",
    "sobre",
    "compartir",
    "imprimir",
    "comentarios",
    "comentario",
    "seguir",
    "leer",
    "más",
    "artículo",
    "foto",
    "video",
    "vídeo",
    "publicidad",
    "inicio",
    "buscar",
    "publicado",
    "actualizado",
    "hoy",
    "ayer",
    "fuente",
    "volver",
    "suscríbete",
    "lectura",
    "fotografía",
    "fotos",
    "imagen",
    "imágenes",
)

AUTHOR_CONNECTORS = (
    "y",
    "e",
    "&",
)

TAG_CUES = (
    "etiquetas",
    "archivado en",  # a heading over the page's topics, one per line
    "temas relacionados",
    "temas",
    "palabras clave",
    "tags",
)

SECTION_CUES = (
    "categoría",
    "categorías",
    "sección",
    "archivado en",
    "publicado en",
)

RELATED_CUES = (
    "lea también",
    "lee también",
    "leer más",
    "te puede interesar",
    "también te puede interesar",
    "noticias relacionadas",
    "más información",
)

RIGHTS_RESERVED = ("todos los derechos reservados",)

STOPWORDS = (
    "de",
    "la",
    "que",
    "el",
    "en",
    "y",
    "a",
    "los",
    "del",
    "se",
    "las",
    "por",
    "un",
    "para",
    "con",
    "no",
    "una",
    "su",
    "al",
    "lo",
    "como",
    "más",
    "pero",
    "sus",
    "le",
    "ya",
    "o",
    "fue",
    "este",
    "ha",
    "sí",
    "porque",
    "esta",
    "son",
    "entre",
    "cuando",
    "muy",
    "sin",
    "sobre",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = (
    "inicio",
    "portada",
)

CAPTION_CUES = (
    "foto",
    "imagen",
    "crédito",
    "vídeo",
    "video",
    "ilustración",
)

BIO_OPENINGS = (
    "es",
    "era",
    "escribe",
    "cubre",
)

BIO_SIGNALS = (
    "vive en",
    "reside en",
    "es autor de",
    "es autora de",
    "su último libro",
    "escribe sobre",
    "y escribe",
)

COLLECTIVE_WORDS = (
    "redacción",
    "equipo",
)

AUTHOR_LINK_WORDS = (
    "artículos",
    "perfil",
)

BY_MEANS = (
    "correo",
    "teléfono",
    "ejemplo",
    "favor",
    "eso",
    "tanto",
    "fin",
    "cierto",
    "supuesto",
    "ahora",
    "fortuna",
    "desgracia",
    "avión",
    "tren",
    "carretera",
    "internet",
    "escrito",
)
"""Words that follow the byline cue as a means or manner, never a user name (see en.py)."""
