"""Spanish boilerplate cues and function words.

Source: written for newsclean from common Spanish news-site furniture
(formularios de comentarios, botones para compartir, boletines, cookies).
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "comments": (
        "comentarios cerrados",
        "normas de participación",
        "tu dirección de correo electrónico no será publicada",
        "tu dirección de correo electrónico no será publicada.",
        "comentarios",
        "deja un comentario",
        "dejar un comentario",
        "sin comentarios",
        "0 comentarios",
        "tu dirección de correo electrónico no será publicada. "
        "los campos obligatorios están marcados con",
        "ver comentarios",
        "¿te ha resultado útil esta información?",
        "¿te ha resultado útil este artículo?",
        "¿te ha resultado útil?",
    ),
    "share": (
        "guardar receta",
        "guardar en mi lista",
        "copiar enlace",
        "enviar por email",
        "compartir",
        "compartir en facebook",
        "compartir en twitter",
        "imprimir",
        "síguenos",
        "compartir este artículo",
        "guardar",
        "comparte esta noticia",
        "comparte esta nota",
        "compartir esta nota",
        "enviar por correo",
        "enviar por e-mail",
        "seguir",
        "seguir al autor",
    ),
    "navigation": (
        "cargar más",
        "sigue leyendo",
        "seguí leyendo",
        "ver todos sus artículos",
        "ir al contenido",
        "ir al contenido principal",
        "saltar al contenido",
        "inicio",
        "portada",
        "buscar",
        "iniciar sesión",
        "registrarse",
        "suscríbete",
        "apúntate",
        "cerrar",
        "ver más",
        "volver arriba",
        "noticia anterior",
        "noticia siguiente",
        "escuchar noticia",
        "escuchar esta noticia",
        "escuchar artículo",
        "escuchar este artículo",
        "página siguiente",
        "página anterior",
        "saltar al contenido principal",
        "saltar a la navegación",
        "actualizar",
        "ver esta publicación en instagram",
        "cargar más actualizaciones",
        "anterior siguiente",
        "el tiempo en tu ciudad",
    ),
    "metadata": (
        "redacción",
        "etiquetas",
        "temas",
        "publicado",
        "actualizado",
        "por",
        "sobre la firma",
        "archivado en",
    ),
    "related": (
        "recomendamos",
        "lo más visto",
        "últimas noticias",
        "noticias relacionadas",
        "te puede interesar",
        "también te puede interesar",
        "lo más leído",
        "más noticias",
        "lee también",
        "leer más",
        "más información",
        "relacionadas",
        "te recomendamos",
        "mirá también",
        "mira también",
        "también le puede interesar",
        "ver también",
        "vea también",
        "temas relacionados",
    ),
    "ads": (
        "publicidad",
        "anuncio",
        "contenido patrocinado",
        "ofrecido por",
        "sigue leyendo tras la publicidad",
        "continúa después de la publicidad",
        "la noticia continúa tras la publicidad",
    ),
    "promo": (
        "contenido exclusivo para suscriptores",
        "hazte suscriptor",
        "lee sin límites",
        "suscríbete para seguir leyendo",
        "descarga nuestra app",
        "suscríbete al boletín",
        "suscríbete a nuestro boletín",
        "boletín",
        "newsletter",
        "suscribirme",
        "suscribirse",
        "suscríbete gratis",
    ),
    "contact": (
        "contacto",
        "contáctanos",
        "contacta con nosotros",
    ),
}

PREFIXES: dict[str, tuple[str, ...]] = {
    "navigation": (
        "usted está aquí:",
        "estás aquí:",
        "está aquí:",
        "se encuentra en:",
        "estás en:",
        "usted está en:",
    ),
    "metadata": (
        "entrevista realizada por",
        "este artículo fue publicado originalmente",
        "este artículo se publicó originalmente",
        "este artículo apareció originalmente",
        "este contenido ha sido elaborado con la colaboración de",
    ),
    "related": (
        "leé también:",
        "mirá también:",
        "lee también:",
        "lea también:",
        "lea además:",
        "vea también:",
        "leer más:",
        "te puede interesar:",
        "relacionado:",
        "más información:",
        "tendencias:",
        "lo más leído:",
        "noticia relacionada:",
        "noticias relacionadas:",
        "te recomendamos:",
        "te interesa:",
        "te interesa :",
    ),
    "section": (
        "categoría:",
        "sección:",
        "archivado en:",
    ),
    "promo": (
        "suscribite al newsletter",
        "suscribite a nuestro",
        "¿ya eres suscriptor?",
        "este contenido es exclusivo para suscriptores",
        "únete a nuestro canal",
    ),
    "comments": ("para comentar debes",),
    "share": (
        "comparte esta noticia:",
        "compartir esta noticia:",
        "¿te ha resultado útil este artículo",
    ),
}

STOPWORDS: frozenset[str] = frozenset(
    [
        "a",
        "al",
        "como",
        "con",
        "de",
        "del",
        "el",
        "en",
        "es",
        "esta",
        "este",
        "fue",
        "ha",
        "la",
        "las",
        "le",
        "lo",
        "los",
        "más",
        "no",
        "o",
        "para",
        "pero",
        "por",
        "que",
        "se",
        "ser",
        "sin",
        "sobre",
        "su",
        "sus",
        "también",
        "un",
        "una",
        "y",
        "ya",
        "está",
        "han",
        "son",
        "entre",
    ]
)

KEYWORDS: dict[str, tuple[str, ...]] = {
    "legal": (
        "enlaces de afiliación",
        "enlaces de afiliados",
        "este sitio web utiliza cookies",
        "este sitio utiliza cookies",
        "esta web utiliza cookies",
        "este sitio web usa cookies",
        "utilizamos cookies",
        "nosotros y nuestros socios utilizamos cookies",
        "puede retirar su consentimiento en cualquier momento",
        "utilizamos cookies propias y de terceros",
        "si continúa navegando consideramos que acepta",
        "usamos cookies",
        "todos los derechos reservados",
        "cookies",
        "expresan la opinión de sus autores",
        "no necesariamente la del periódico",
        "expresadas en esta tribuna son responsabilidad",
        "está expresamente prohibida la redistribución",
        "utilizamos cookies y tecnologías similares",
        "lee las condiciones de nuestra licencia",
    ),
    "promo": (
        "recibe cada semana",
        "recibe cada día",
        "suscríbete a",
        "suscríbase a",
        "boletín",
        "newsletter",
        "suscríbete",
        "suscribite",
        "suscribite al newsletter",
        "suscríbete a la newsletter",
        "suscríbete al newsletter",
        "suscríbete a nuestra newsletter",
        "suscribite a nuestro newsletter",
    ),
    "share": ("síguenos en",),
    "comments": (
        "no se publicarán mensajes ofensivos",
        "los comentarios están cerrados",
    ),
    "contact": (
        "las cartas no deben exceder",
        "envíanos tus fotos",
        "envíanos tus vídeos",
        "envíenos sus fotos",
    ),
}

KEY_POINT_HEADERS: tuple[str, ...] = (
    "las claves",
    "claves",
    "lo que sabemos",
    "lo que se sabe",
    "en breve",
)
"""Headings of the story's own box of key points at its head (its items are the story's)."""

BOX_HEADERS: tuple[str, ...] = (
    "lo que hay que saber",
    "todo lo que hay que saber",
    "claves",
    "en cifras",
)
"""Endings of the headers of background boxes appended to stories."""

THREAD_HEADERS: tuple[str, ...] = (
    "comentarios",
    "ver todos los comentarios",
)
"""Headings over readers' comment threads (a form prompt is not one)."""

TEASER_HEADERS: tuple[str, ...] = (
    "más sobre",
    "más en",
    "más recetas de",
    "más recetas",
    "noticias relacionadas",
    "artículos relacionados",
    "te puede interesar",
    "también te puede interesar",
    "lo más leído",
    "más noticias",
    "más noticias de",
    "más noticias sobre",
    "más de",
    "lee también",
    "lea también",
    "más para leer",
    "relacionado",
    "relacionados",
    "últimas noticias",
    "temas relacionados",
)
"""Headings over the lists of other stories printed after the story ("Related
stories", "More from …": a heading that ends with "from", "aus", "von" or "de"
takes a site name after it). Inline "Read also:" links are not among them: they stand
inside stories."""

ABOUT_HEADERS: tuple[str, ...] = (
    "acerca de",
    "acerca del autor",
    "sobre el autor",
    "sobre nosotros",
    "sobre",
)
"""Headings of the boxes about the publisher, the company behind a press release
or the author, printed after the story ("About Example Corp": a heading ending in
"about", "über" or "de" takes a capitalised name after it)."""

CONTACT_HEADERS: tuple[str, ...] = (
    "contacto de prensa",
    "contactos de prensa",
    "contacto para medios",
    "contacto con medios",
    "contacto de medios",
    "prensa y comunicación",
    "gabinete de prensa",
)
"""Headings of the press contacts printed after a press release or a story
("Media contact:", then a name, a telephone number and an address)."""

FOLLOW_OPENINGS: tuple[str, ...] = (
    "síguenos",
    "sigue a",
    "siga a",
)
"""Openings of a prompt to follow the publisher on social networks ("Follow us on
Facebook and Twitter"); the line must also name two networks."""

CONTACT_OPENINGS: tuple[str, ...] = (
    "escriba a",
    "escríbenos a",
    "más información en",
)
"""Openings of a short line that gives an e-mail address to write to ("Write to Jane
Doe at jane@example.com"); the line must hold the address."""

COUNTER_NOUNS: dict[str, tuple[str, ...]] = {
    # a gallery's count of its pictures ("12 photos", "Fotos (8)")
    "caption": ("foto", "fotos", "imagen", "imágenes", "vídeos", "videos"),
    "comments": (
        "lee los comentarios",
        "ver comentarios",
        "comentario",
        "comentarios",
        "respuesta",
        "respuestas",
    ),
    "share": ("compartido", "compartidos", "me gusta"),
    "metadata": ("vista", "vistas", "visitas", "lecturas", "min de lectura", "minutos de lectura"),
}
"""Nouns counted next to a number ("12 comentarios", "3 min de lectura")."""

READING_TIME_CUES: tuple[str, ...] = ("tiempo de lectura",)
"""Openings of a reading-time line ("Tiempo de lectura: 4 minutos")."""

MORE_WORDS: tuple[str, ...] = ("más", "otras", "otros")
"""First words of a heading over other stories ("More World News"): a crosshead of the
story opens otherwise."""

SHARE_BUTTON_WORDS: tuple[str, ...] = (
    "comparte",
    "comparta",
    "compartir",
    "imprimir",
    "descargar",
    "enviar",
    "correo",
    "copiar",
)
"""Words of share buttons, found between the network names of a share bar."""
SIDE_BUTTON_WORDS: tuple[str, ...] = (
    "comentar",
    "comentarios",
    "guardar",
    "escuchar",
)
"""Buttons a share bar holds beside its share buttons (comment, save, listen): they
count as the bar's only on a line with a share button."""

FOLLOW_OBJECTS: tuple[str, ...] = ("nuestra",)
"""Whom a follow prompt asks to follow when not a name ("Follow us at …")."""

STORY_TOPICS: dict[str, tuple[str, ...]] = {
    "promo": (
        "nuestro canal de whatsapp",
        "escucha nuestro pódcast",
        "escucha nuestro podcast",
        "descarga la app",
        "descarga la aplicación",
        "accede a todo nuestro contenido",
        "escucha el pódcast",
        "escucha el podcast",
        "suscríbete por",
        "para suscriptores",
        "ya eres suscriptor",
        "ya tienes una cuenta",
        "acceso ilimitado",
        "seguir leyendo",
        "nuestra newsletter",
        "nuestro boletín",
    ),
    "legal": (
        "refleja la opinión de su autor",
        "refleja la opinión de su autora",
        "no necesariamente la del",
        "política de privacidad",
        "política de cookies",
        "aviso legal",
        "aceptar cookies",
    ),
    "share": (
        "en nuestro perfil de facebook",
        "compartir en",
    ),
    "comments": (
        "sujetos a moderación",
        "los comentarios están moderados",
    ),
}
"""Keyword phrases that stories use too, by label as in ``KEYWORDS`` (and not repeated
there): they mark a line only when it is no running text, opens with the phrase (in
English) or speaks to the reader (:data:`READER_WORDS`)."""

READER_WORDS: tuple[str, ...] = (
    "tú",
    "usted",
    "ustedes",
    "vosotros",
    "nosotros",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "te",
    "tu",
    "tus",
)
"""Words by which furniture speaks to the reader: "Sign up for *our* newsletter"."""


SECTION_WORDS: tuple[str, ...] = (
    "portada",
    "inicio",
    "noticias",
    "actualidad",
    "internacional",
    "nacional",
    "local",
    "política",
    "economía",
    "deportes",
    "fútbol",
    "cultura",
    "sociedad",
    "opinión",
    "salud",
    "ciencia",
    "tecnología",
    "tendencias",
    "gente",
    "viajes",
    "vídeos",
    "videos",
    "motor",
    "clima",
    "podcasts",
    "suscríbete",
    "locales",
    "región",
    "regionales",
    "policiales",
    "sucesos",
    "espectáculos",
    "clasificados",
    "campo",
    "mundo",
    "seguridad",
    "virales",
    "entretenimiento",
)
"""Names of a site's sections and menu items ("News", "Sport", "Opinion"): a line
of them run together, with nothing else, is a menu."""


POINTER_HERE_WORDS: tuple[str, ...] = ("aquí", "aqui")
"""See ``POINTER_HERE_WORDS`` in :mod:`newsclean.lexicons.en`."""

POINTER_OPENINGS: tuple[str, ...] = (
    "lea",
    "lee",
    "vea",
    "mira",
    "escuche",
    "escucha",
    "consulte",
    "consulta",
    "descargue",
    "descarga",
    "haga clic",
    "pincha",
    "suscríbete",
    "regístrate",
)
"""See ``POINTER_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

POINTER_ENDINGS: tuple[str, ...] = (
    "puede leer aquí",
    "puedes leer aquí",
    "puede consultar aquí",
    "puedes consultarlo aquí",
)
"""See ``POINTER_ENDINGS`` in :mod:`newsclean.lexicons.en`."""

STORY_NOTE_OPENINGS: tuple[str, ...] = (
    "fe de errores:",
    "corrección:",
    "aclaración:",
    "nota del editor:",
    "nota de la redacción:",
    "una versión anterior de",
)
"""See ``STORY_NOTE_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

WEATHER_WORDS: tuple[str, ...] = (
    "despejado",
    "soleado",
    "nublado",
    "parcialmente nublado",
    "lluvia",
    "lluvioso",
    "chubascos",
    "niebla",
    "nieve",
    "tormentas",
)
"""Conditions a weather widget prints beside its temperature ("Brisbane 26° Fine")."""

NEWSLETTER_WORDS: tuple[str, ...] = (
    "newsletter",
    "newsletters",
    "boletín",
)
"""See ``NEWSLETTER_WORDS`` in :mod:`newsclean.lexicons.en`."""

FREQUENCY_WORDS: tuple[str, ...] = ("cada",)
"""See ``FREQUENCY_WORDS`` in :mod:`newsclean.lexicons.en`."""

LINK_PROMPTS: tuple[str, ...] = (
    "leer más",
    "seguir leyendo",
)
"""See ``LINK_PROMPTS`` in :mod:`newsclean.lexicons.en`."""
