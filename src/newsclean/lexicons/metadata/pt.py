"""Portuguese metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from the way Portuguese-language news sites
print bylines and timestamps ("Por João Silva", "Publicado em 19 de novembro
de 2019 às 09h01", "Atualizado há 2 horas"). Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "janeiro": 1,
    "jan": 1,
    "fevereiro": 2,
    "fev": 2,
    "março": 3,
    "marco": 3,
    "mar": 3,
    "abril": 4,
    "abr": 4,
    "maio": 5,
    "mai": 5,
    "junho": 6,
    "jun": 6,
    "julho": 7,
    "jul": 7,
    "agosto": 8,
    "ago": 8,
    "setembro": 9,
    "set": 9,
    "outubro": 10,
    "out": 10,
    "novembro": 11,
    "nov": 11,
    "dezembro": 12,
    "dez": 12,
}

WEEKDAYS = (
    "segunda-feira",
    "terça-feira",
    "terca-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "sabado",
    "domingo",
    "segunda",
    "terça",
    "terca",
    "quarta",
    "quinta",
    "sexta",
    "seg",
    "ter",
    "qua",
    "qui",
    "sex",
    "sáb",
    "sab",
    "dom",
)

BYLINE_CUES = (
    "do nosso enviado especial",
    "da nossa enviada especial",
    "do nosso correspondente",
    "da nossa correspondente",
    "um artigo de",
    "artigo de",
    "publicado por",
    "postado por",
    "por",
    "autor",
    "autora",
    "autores",
    "escrito por",
    "análise de",
    "entrevista de",
    "entrevista conduzida por",
    "entrevista realizada por",
    "crónica de",
    "texto:",  # with its colon: "Texto Integral" heads a speech's text
    "texto de",
    "texto e fotos",
    "texto e fotografias",
)

PUBLISHED_CUES = (
    "publicado",
    "publicado em",
    "publicada em",
    "publicação",
    "postado",
    "postado em",
    "data de publicação",
)

UPDATED_CUES = (
    "atualizado",
    "atualizado em",
    "atualizada",
    "actualizado",
    "atualização",
    "última atualização",
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
    "dia": "day",
    "dias": "day",
    "semana": "week",
    "semanas": "week",
    "mês": "month",
    "mes": "month",
    "meses": "month",
    "ano": "year",
    "anos": "year",
}

AGO_BEFORE = (
    "há",
    "ha",
)

AGO_AFTER = ("atrás",)

TODAY = ("hoje",)

YESTERDAY = ("ontem",)

ONE = (
    "um",
    "uma",
)

BIO_ROLES = (
    "jornalista",
    "repórter",
    "redator",
    "redatora",
    "correspondente",
    "colunista",
    "editor",
    "editora",
    "colaborador",
    "colaboradora",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    "reporter",
    "enviado",
    "enviada",
    "especial",
    "fotógrafo",
    "fotógrafa",
)

ORG_WORDS = (
    "redação",
    "redacção",
    "jornal",
    "agência",
    "notícias",
    "imprensa",
    "revista",
    "equipe",
    "equipa",
    "grupo",
    "rádio",
    "televisão",
    "prefeitura",
    "portal",  # a news site's name: "Portal Sul Mineiro"
    # nouns opening a newspaper's name ("Correio Paulista", "Diário do Norte")
    "correio",
    "diário",
    "folha",
    "gazeta",
)

NOT_NAME_WORDS = (
    "o",
    "a",
    "os",
    "as",
    "de",
    "do",
    "da",
    "dos",
    "das",
    "e",
    "ou",
    "em",
    "no",
    "na",
    "um",
    "uma",
    "para",
    "por",
    "com",
    "sobre",
    "compartilhe",
    "compartilhar",
    "imprimir",
    "comentários",
    "comentário",
    "comente",
    "seguir",
    "leia",
    "mais",
    "artigo",
    "foto",
    "vídeo",
    "publicidade",
    "início",
    "buscar",
    "publicado",
    "atualizado",
    "hoje",
    "ontem",
    "fonte",
    "voltar",
    "assine",
    "leitura",
    "tempo",
    "fotografia",
    "fotografias",
    "fotos",
    "imagem",
    "imagens",
)

AUTHOR_CONNECTORS = (
    "e",
    "&",
)

TAG_CUES = (
    "tags",
    "etiquetas",
    "temas",
    "palavras-chave",
    "tópicos",
    "assuntos",
)

SECTION_CUES = (
    "categoria",
    "categorias",
    "seção",
    "secção",
    "publicado em",
)

RELATED_CUES = (
    "leia também",
    "leia mais",
    "veja também",
    "saiba mais",
    "notícias relacionadas",
)

RIGHTS_RESERVED = ("todos os direitos reservados",)

STOPWORDS = (
    "de",
    "a",
    "o",
    "que",
    "e",
    "do",
    "da",
    "em",
    "um",
    "para",
    "é",
    "com",
    "não",
    "uma",
    "os",
    "no",
    "se",
    "na",
    "por",
    "mais",
    "as",
    "dos",
    "como",
    "mas",
    "foi",
    "ao",
    "ele",
    "das",
    "tem",
    "à",
    "seu",
    "sua",
    "ou",
    "ser",
    "quando",
    "muito",
    "há",
    "nos",
    "já",
    "está",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = (
    "início",
    "inicio",
    "página inicial",
)

CAPTION_CUES = (
    "foto",
    "imagem",
    "crédito",
    "vídeo",
    "ilustração",
    "reprodução",
)

BIO_OPENINGS = (
    "é",
    "era",
    "escreve",
    "cobre",
)

BIO_SIGNALS = (
    "vive em",
    "mora em",
    "é autor de",
    "é autora de",
    "o seu último livro",
    "seu último livro",
    "escreve sobre",
    "e escreve",
)

COLLECTIVE_WORDS = (
    "redação",
    "redacção",
    "equipe",
    "equipa",
)

AUTHOR_LINK_WORDS = (
    "artigos",
    "perfil",
    "matérias",
)

BY_MEANS = (
    "enquanto",
    "exemplo",
    "favor",
    "isso",
    "telefone",
    "correio",
    "avião",
    "trem",
    "escrito",
    "fim",
    "sorte",
    "acaso",
    "aqui",
)
"""Words that follow the byline cue as a means or manner, never a user name (see en.py)."""
