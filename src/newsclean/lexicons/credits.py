"""Photo credits and caption cues: agencies, credit labels, gallery and video labels.

Source: written for newsclean from the credit styles that wire services and
picture agencies publish for their photos (the "AP Photo/Name",
"REUTERS/Name", "Name/AFP via Getty Images", "Mandatory Credit: Photo by
Name/Shutterstock (id)" forms and their editors' notes) and from the caption
and credit labels news sites print in English, German, French, Spanish,
Italian, Portuguese, Russian and Ukrainian. Generic vocabulary only: agency
names are the organisations that supply photos to many outlets; nothing here
names the outlet of a particular page.

Phrases are written naturally and compared case-insensitively unless a
comment says otherwise. :mod:`newsclean.classify.captions` compiles them once.
"""

from __future__ import annotations

WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    # canonical name: the spellings used in credits
    "AP": ("AP", "AP Photo", "AP Images", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "EPA": ("EPA", "EPA-EFE", "European Pressphoto Agency"),
    "EFE": ("EFE", "Agencia EFE"),
    "dpa": ("dpa", "Deutsche Presse-Agentur", "dpa-Zentralbild", "dpa-infocom"),
    "dpa-AFX": ("dpa-AFX",),  # dpa's financial wire with AFX News
    "ANSA": ("ANSA",),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "TASS": ("TASS", "ITAR-TASS"),
    "Sputnik": ("Sputnik", "RIA Novosti", "РИА Новости"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "AAP": ("AAP", "Australian Associated Press"),
    "Lusa": ("Lusa",),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
    "Europa Press": ("Europa Press",),
    "Keystone": ("Keystone", "Keystone-SDA"),
    "APA": ("APA", "APA-Images"),
    "Belga": ("Belga",),
    "ANP": ("ANP",),
    "NTB": ("NTB", "NTB Scanpix"),
    "TT": ("TT", "TT News Agency"),
    "Ritzau": ("Ritzau", "Ritzau Scanpix"),
    "PAP": ("PAP",),
    "CTK": ("CTK", "ČTK"),
    "Ukrinform": ("Ukrinform", "Укрінформ"),
    "UNIAN": ("UNIAN", "УНІАН"),
    "Interfax": ("Interfax", "Интерфакс"),
    "PA": ("PA", "PA Images", "PA Wire", "PA Media", "Press Association"),
    "Canadian Press": ("The Canadian Press", "Canadian Press"),
}
"""News agencies whose name alone in a credit is recognisable."""

PHOTO_AGENCIES: dict[str, tuple[str, ...]] = {
    "Getty Images": ("Getty Images", "Getty"),
    "Shutterstock": ("Shutterstock",),
    "REX": ("REX", "REX Features", "Rex Features"),
    "Alamy": ("Alamy", "Alamy Stock Photo", "Alamy Live News"),
    "iStock": ("iStock", "iStockphoto"),
    "Adobe Stock": ("Adobe Stock", "stock.adobe.com"),
    "Unsplash": ("Unsplash",),
    "Pexels": ("Pexels",),
    "Pixabay": ("Pixabay",),
    "Dreamstime": ("Dreamstime",),
    "123RF": ("123RF",),
    "Wikimedia Commons": ("Wikimedia Commons", "Wikimedia", "Wikipedia Commons"),
    "Flickr": ("Flickr",),
    "picture alliance": ("picture alliance", "picture-alliance", "Picture Alliance"),
    "imago": ("imago", "IMAGO", "imago images"),
    "ABACA": ("ABACA", "Abaca Press", "ABACAPRESS"),
    "Sipa": ("Sipa", "SIPA", "Sipa USA", "Sipa Press"),
    "NurPhoto": ("NurPhoto",),
    "SOPA Images": ("SOPA Images", "LightRocket"),
    "ZUMA Press": ("ZUMA Press", "ZUMA Wire", "Zuma Press"),
    "Corbis": ("Corbis",),
    "Splash News": ("Splash News",),
    "Backgrid": ("Backgrid", "BACKGRID"),
    "WENN": ("WENN",),
    "Mega Agency": ("MEGA", "Mega Agency"),
    "Invision": ("Invision",),
    "Polaris": ("Polaris",),
    "Redux": ("Redux",),
    "Hans Lucas": ("Hans Lucas",),
    "Bestimage": ("Bestimage",),
    "ullstein bild": ("ullstein bild",),
    "Science Photo Library": ("Science Photo Library",),
    "LaPresse": ("LaPresse",),
    # sports picture agencies
    "Sportsfile": ("Sportsfile",),
    "INPHO": ("INPHO", "Inpho"),
    "Gallo Images": ("Gallo Images",),
    "Photosport": ("Photosport", "www.photosport.nz"),
    "Action Images": ("Action Images",),
    "Icon Sportswire": ("Icon Sportswire",),
    "Imagn": ("Imagn", "Imagn Images"),
    "USA TODAY Sports": ("USA TODAY Sports", "USA Today Sports"),
    "BackpagePix": ("BackpagePix", "Backpage Pix"),
    "Presse Sports": ("Presse Sports",),
}
"""Picture agencies and stock libraries: a line naming only them is a photo credit."""

AMBIGUOUS_AGENCIES = frozenset({"PA", "TT", "APA", "ANP", "PAP", "MEGA", "Redux", "Polaris"})
"""Spellings that are also ordinary words or abbreviations (Pennsylvania, …).

They count as an agency only inside a labelled or parenthesised credit, or
joined to another credit segment by a slash, never as the only evidence.
"""

CREDIT_LABELS: dict[str, tuple[str, ...]] = {
    # Labels that introduce a credit ("Photo: Jane Doe/Reuters"); a label
    # ending in " by" or " via" needs no colon.
    "en": (
        "photo",
        "photos",
        "supplied",  # a picture a reader or family gave ("Supplied: Jane Doe")
        "photograph",
        "photographs",
        "photography",
        "picture",
        "pictures",
        "pic",
        "pics",
        "image",
        "images",
        "img",
        "credit",
        "credits",
        "photo credit",
        "photo credits",
        "image credit",
        "image credits",
        "picture credit",
        "main image credit",
        "main image",
        "main photo",
        "main picture",
        "top image",
        "top photo",
        "header image",
        "featured image",
        "featured image by",
        "image source",
        "photo source",
        "image copyright",
        "illustration",
        "photo illustration",
        "mandatory credit",
        "photo by",
        "photos by",
        "staff photo by",
        "staff photos by",
        "file photo by",
        "contributed photo by",
        "submitted photo by",
        "photograph by",
        "photographs by",
        "picture by",
        "pictures by",
        "image by",
        "illustration by",
        "photo illustration by",
        "image via",
        "photo via",
        "picture via",
        "photo courtesy of",
        "image courtesy of",
        "photo courtesy",
        "image courtesy",
        "courtesy of",
        "file",
        "file photo",
    ),
    "de": (
        "foto",
        "fotos",
        "bild",
        "bilder",
        "bildquelle",
        "fotoquelle",
        "bildnachweis",
        "foto von",
        "symbolfoto",  # a stock picture standing for the story ("Symbolfoto: dpa")
        "archivfoto",
    ),
    "fr": ("photo", "crédit photo", "crédits photo", "crédit", "crédits", "photo d'illustration"),
    "es": ("foto", "fotos", "imagen", "imágenes", "fotografía", "crédito", "créditos", "foto de"),
    "it": ("foto", "immagine", "immagini", "credito", "crediti", "foto di"),
    "nl": ("beeld", "foto", "afbeelding", "illustratie", "archiefbeeld", "foto van"),
    "pt": ("foto", "fotos", "imagem", "imagens", "fotografia", "crédito", "créditos", "foto de"),
    "ru": ("фото", "фотография", "фотографии", "иллюстрация", "изображение", "фото с сайта"),
    "uk": ("фото", "фотографія", "ілюстрація", "зображення"),
}

SOURCE_LABELS: dict[str, tuple[str, ...]] = {
    # "Source: …" names a photo's source, but also a chart's or a quote's: a
    # line opened by one of these is a credit only when it names an agency.
    "en": ("source", "copyright"),
    "de": ("quelle",),
    "fr": ("source",),
    "es": ("fuente",),
    "it": ("fonte",),
    "pt": ("fonte",),
    "nl": ("bron",),
    "ru": ("источник",),
    "uk": ("джерело",),
}

CAPTION_LABELS: dict[str, tuple[str, ...]] = {
    # Labels that introduce the caption text itself ("Pictured: the new bridge").
    "en": (
        "pictured",
        "pictured above",
        "pictured below",
        "pictured left",
        "pictured right",
        "above",
        "image caption",
        "media caption",
        "video caption",
        "photo caption",
        "picture caption",
        "caption",
        "file photo",
        "file picture",
        "file image",
        "archive photo",
    ),
    "de": ("bildunterschrift", "bildtext", "im bild", "unser bild", "symbolbild", "archivbild"),
    "fr": ("légende", "ci-dessus", "photo d'archives"),
    "es": ("pie de foto", "en la imagen", "en la foto", "imagen de archivo", "foto de archivo"),
    "it": ("didascalia", "nella foto", "nell'immagine", "foto d'archivio"),
    "pt": ("legenda", "na foto", "na imagem", "foto de arquivo"),
    "ru": ("подпись", "на фото", "на снимке"),
    "uk": ("підпис", "на фото", "на знімку"),
}

WIRE_NOTES: tuple[str, ...] = (
    # Editors' notes that wire services append after a credit, matched in
    # upper case as written. They belong to neither the caption nor the credit.
    "ATTENTIVE EDITORS",
    "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY",
    "THIS PICTURE WAS PROVIDED BY A THIRD PARTY",
    "THIS IMAGE WAS PROVIDED BY A THIRD PARTY",
    "EDITORIAL USE ONLY",
    "FOR EDITORIAL USE ONLY",
    "NO RESALES",
    "NO ARCHIVES",
    "NO SALES",
    "NO COMMERCIAL",
    "MANDATORY CREDIT",
    "MUST CREDIT",
    "BEST QUALITY AVAILABLE",
    "TPX IMAGES OF THE DAY",
    "REFILE",
)

FILE_MARKERS: tuple[str, ...] = (
    *("file photo", "file", "files", "archive", "archives", "handout"),
    *("archivo", "archiv", "archivbild", "archivio", "arquivo", "archief"),
)
"""Words after a credit that say the photo is old or supplied ("Name/Reuters file",
"AFP/Archives", "EFE/Archivo", "dpa/Archiv")."""

GALLERY_LINES: dict[str, tuple[str, ...]] = {
    # Whole lines that label a photo gallery or a caption toggle.
    "en": (
        "caption",
        "hide caption",
        "show caption",
        "toggle caption",
        "enlarge",
        "enlarge image",
        "enlarge this image",
        "expand image",
        "view image",
        "view gallery",
        "open gallery",
        "launch gallery",
        "back to gallery",
        "view slideshow",
        "start slideshow",
        "view all photos",
        "see all photos",
        "view photos",
        "image",
        "photo",
        "gallery",
        "slideshow",
        "photo gallery",
        "image gallery",
        "swipe for next photo",
        "click to enlarge",
        "tap to enlarge",
        "full screen",
        "fullscreen",
        "representational image",
        "representative image",
        "representational photo",
        "representative photo",
        "representational picture",
        "file photo",
        "file image",
        "file picture",
        "stock image",
        "stock photo",
        "photo for representation only",
        "image for representation only",
        "image used for representational purposes only",
        "photo used for representational purposes only",
    ),
    "de": (
        "bildergalerie",
        "zur bildergalerie",
        "zur galerie",
        "bild vergrößern",
        "galerie öffnen",
        "symbolbild",
        "symbolfoto",
        "archivbild",
        "archivfoto",
    ),
    "fr": (
        "voir la galerie",
        "agrandir l'image",
        "agrandir",
        "diaporama",
        "voir le diaporama",
        "galerie photo",
        "galerie photos",
        "photo d'illustration",
        "image d'illustration",
        "photo d'archives",
        "image d'archives",
    ),
    "es": (
        "ver galería",
        "galería de fotos",
        "ampliar imagen",
        "ampliar",
        "ver fotos",
        "imagen de archivo",
        "foto de archivo",
        "imagen ilustrativa",
        "foto ilustrativa",
        "mirá la galería",
        "mira la galería",
        "deslizá para ver más",
        "desliza para ver más",
    ),
    "it": (
        "apri la gallery",
        "guarda la gallery",
        "ingrandisci",
        "fotogallery",
        "galleria fotografica",
        "galleria foto",
        "foto di repertorio",
        "immagine di repertorio",
        "foto d'archivio",
        "immagine d'archivio",
    ),
    "pt": (
        "ver galeria",
        "galeria de fotos",
        "ampliar imagem",
        "ampliar foto",
        "ver fotos",
        "imagem ilustrativa",
        "foto de arquivo",
        "imagem de arquivo",
    ),
    "nl": ("swipe voor meer", "fotoserie", "bekijk de fotoserie"),
    "ru": ("фотогалерея", "открыть галерею", "увеличить", "смотреть фото"),
    "uk": ("фотогалерея", "відкрити галерею", "збільшити", "дивитися фото"),
}

VIDEO_LINES: dict[str, tuple[str, ...]] = {
    # Whole lines that label an embedded video player.
    "en": (
        "video player",
        "play video",
        "play",
        "replay",
        "replay video",
        "watch video",
        "watch the video",
        "watch now",
        "watch full video",
        "now playing",
        "video playing",
        "click to play",
        "click to play video",
        "tap to play",
        "tap to unmute",
        "unmute",
        "video loading",
        "loading video",
        "play now",
        "media playback is unsupported on your device",
        "video player is loading",
    ),
    "de": (
        "video abspielen",
        "video ansehen",
        "jetzt ansehen",
        "wiedergabe",
        "das video wird geladen",
        "video wird geladen",
    ),
    "fr": ("lire la vidéo", "regarder la vidéo", "voir la vidéo"),
    "es": ("reproducir vídeo", "reproducir video", "ver vídeo", "ver video"),
    "it": ("guarda il video", "riproduci video"),
    "pt": ("assistir vídeo", "assista ao vídeo", "reproduzir vídeo"),
    "ru": ("смотреть видео", "воспроизвести видео"),
    "uk": ("дивитися відео", "відтворити відео"),
}

VIDEO_PREFIXES: dict[str, tuple[str, ...]] = {
    # Line openings (before a colon, dash or bar) that title an embedded video.
    "en": ("watch", "video", "videos", "watch live", "watch now", "watch more", "listen", "audio"),
    "de": ("video", "sehen sie"),
    "fr": ("vidéo", "regardez", "à voir"),
    "es": ("vídeo", "video", "mira"),
    "it": ("video", "guarda"),
    "pt": ("vídeo", "video", "assista", "veja"),
    "ru": ("видео", "смотрите"),
    "uk": ("відео", "дивіться"),
}

PLAYER_BUTTONS: tuple[str, ...] = (
    *("play", "pause", "listen", "listen to this article"),
    *("abspielen", "anhören", "lire", "écouter", "reproducir", "escuchar", "riproduci"),
    *("ascolta", "ouvir", "ouça", "ouça este conteúdo", "afspelen", "luister"),
)
"""A media player's button printed before its position and length ("Play 00:00 /
04:12"); lower case, as the line's key is."""

PLAYER_LENGTH_WORDS: tuple[str, ...] = (
    *("duration", "video length", "dauer", "durée", "duración", "durata", "duração", "duur"),
    "длительность",
    # an audio player's button and the recording's length: "Listen · 7:42"
    *("listen", "anhören", "écouter", "escuchar", "ascolta", "ouvir", "слушать"),
)
"""The word before a video's or a recording's length printed alone on its line:
"Duration 1:58", "Listen · 7:42"."""

VIDEO_TAGS: tuple[str, ...] = ("video", "watch", "videos", "photos", "pics", "gallery")
"""Bracketed tags at the end of a teaser line: "… [VIDEO]", "… (WATCH)"."""

PICTURE_NOTES: tuple[str, ...] = (
    "image",
    "photo",
    "screenshot",
    "screengrab",
    "immagine",
    "foto",
    "captura",
    "capture",
)
"""First words of a bracketed note closing a short caption on where the picture comes
from: "… (image from video)", "… (immagine da video)", "… (foto di repertorio)"."""

GALLERY_COUNTER_WORDS: tuple[str, ...] = (
    # "Image 3 of 12", "Foto 3 von 12", "Фото 3 из 12"
    "image",
    "photo",
    "picture",
    "slide",
    "foto",
    "bild",
    "imagen",
    "imagem",
    "immagine",
    "фото",
)
GALLERY_COUNTER_JOINERS: tuple[str, ...] = ("of", "von", "de", "di", "sur", "из", "з", "/")

CAPTION_CUES: dict[str, tuple[str, ...]] = {
    # Phrases that make a short line read as a photo's description rather
    # than prose; used only for a line next to a credit line.
    "en": (
        "pictured",
        "file photo",
        "handout photo",
        "in this photo",
        "in this image",
        "in this picture",
        "photo provided by",
        "photo released by",
        "image released by",
        "poses for",
        "pose for",
        "posing for",
        "is seen",
        "are seen",
        "seen here",
        "from left",
        "(left)",
        "(right)",
        "(center)",
        "(centre)",
        "(l)",
        "(r)",
        "(c)",
        ", left,",
        ", right,",
        ", center,",
        ", centre,",
        "top left",
        "top right",
    ),
    "de": ("(l.)", "(r.)", "(m.)", "v.l.n.r.", "von links", "archivbild", "symbolbild"),
    "fr": ("(à gauche)", "(à droite)", "(au centre)", "de gauche à droite", "photo d'archives"),
    "es": ("(izquierda)", "(derecha)", "(centro)", "de izquierda a derecha", "foto de archivo"),
    "it": ("(a sinistra)", "(a destra)", "da sinistra", "foto d'archivio"),
    "pt": ("(à esquerda)", "(à direita)", "da esquerda para a direita", "foto de arquivo"),
    "ru": ("(слева)", "(справа)", "слева направо", "на фото", "на снимке"),
    "uk": ("(ліворуч)", "(праворуч)", "зліва направо", "на фото", "на знімку"),
}

WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
"""English weekdays for the wire-caption date form "…, Tuesday, Nov. 19, 2019, …"."""

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    # Tokens after which a full stop does not end a sentence (compared
    # case-sensitively, without the stop).
    "en": (
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "St",
        "Sr",
        "Jr",
        "Gen",
        "Gov",
        "Sen",
        "Rep",
        "Rev",
        "Lt",
        "Col",
        "Capt",
        "Sgt",
        "Maj",
        "Adm",
        "Cmdr",
        "Supt",
        "Insp",
        "No",
        "Nos",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Inc",
        "Ltd",
        "Co",
        "Corp",
        "vs",
        "etc",
        "approx",
    ),
    "de": ("Hr", "Fr", "Nr", "bzw", "ca", "vgl"),
    "fr": ("M", "Mme", "Mlle"),
    "es": ("Sr", "Sra", "Dña"),
}

CREDIT_CONNECTORS: frozenset[str] = frozenset(
    # Lower-case words that may sit inside a credit between names.
    {
        "via",
        "for",
        "and",
        "of",
        "the",
        "de",
        "del",
        "la",
        "le",
        "les",
        "du",
        "des",
        "von",
        "van",
        "der",
        "den",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "y",
        "e",
        "et",
        "und",
        "al",
        "el",
        "bin",
        "ibn",
        "courtesy",
        "handout",
        "file",
        "files",
        "archive",
        "archives",
        "left",
        "right",
        "center",
        "centre",
        "top",
        "bottom",
        "contributor",
        "staff",
        "stock",
        "photo",
        "photos",
        "images",
        "image",
        "pool",
        "dpa",
        "imago",
        "by",
        "и",
        "в",
        "із",
        "з",
        # a press office as the source of a picture ("Фото: пресс-служба администрации")
        "пресс-служба",
        "пресс-службы",
        "пресслужба",
        "прес-служба",
    }
)

PLURAL_LABELS: tuple[str, ...] = (
    # "Photos: The mall through the years" titles a gallery unless an agency follows.
    "photos",
    "pictures",
    "images",
    "pics",
    "fotos",
    "bilder",
    "imágenes",
    "imagens",
    "immagini",
    "фотографии",
)

CORPORATE_WORDS: tuple[str, ...] = (
    # Words of a publisher's copyright line ("© 2019 Example Media Group, Inc."),
    # which is a legal notice, not a photo credit.
    "inc",
    "llc",
    "ltd",
    "limited",
    "gmbh",
    "corp",
    "corporation",
    "company",
    "plc",
    "media",
    "newspaper",
    "newspapers",
    "news",
    "communications",
    "publishing",
    "publications",
    "holdings",
    "group",
    "network",
    "broadcasting",
    "rights",
    "reserved",
)


MASTHEAD_WORDS: frozenset[str] = frozenset(
    # The noun that ends many a newspaper's name: after a photographer's name and a
    # slash, "Gulf Coast Register" is an outlet, "Sky Sports" may be a TV channel.
    {
        *("register", "observer", "chronicle", "courier", "ledger", "sentinel"),
        *("dispatch", "examiner", "inquirer", "enquirer", "telegraph", "bulletin"),
        *("advertiser", "argus", "times", "post", "herald", "tribune", "journal"),
        *("gazette", "record", "standard", "mirror", "express", "globe", "guardian"),
        *("independent", "star", "democrat", "leader", "review", "daily", "weekly"),
        *("echo", "beacon", "banner", "messenger", "monitor", "pioneer", "citizen"),
        *("gleaner", "clarion", "voice", "press", "news", "mail", "sun"),
    }
)

INSTITUTION_WORDS: tuple[str, ...] = (
    # Last words of an institution that hands out its own pictures, credited in
    # brackets after a caption ("… on Foxtail Lane. (Cedar Hollow Police Department)").
    *("department", "police", "office", "service", "agency", "council", "ministry"),
    *("authority", "university", "museum", "library", "archive", "archives", "hospital"),
    *("foundation", "institute", "zoo", "handout", "polizei", "stadt", "universität"),
    *("préfecture", "mairie", "musée", "université", "policía", "ayuntamiento"),
    *("universidad", "museo", "polizia", "comune", "università", "polícia", "prefeitura"),
    *("universidade", "museu", "politie", "gemeente", "universiteit"),
)

RIGHTS_RESERVED: tuple[str, ...] = ("DR", "D.R.")
""""Droits réservés", "direitos reservados": French and Portuguese papers credit a
picture whose author is not named so ("… au refuge. DR")."""
