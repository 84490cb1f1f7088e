"""Portuguese boilerplate cues and function words.

Source: written for newsclean from common Portuguese and Brazilian news-site
furniture (formulários de comentário, botões de partilha, newsletters, cookies).
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "comments": (
        "ver comentários",
        "o seu endereço de email não será publicado",
        "o seu endereço de email não será publicado.",
        "o seu endereço de e-mail não será publicado",
        "o seu endereço de e-mail não será publicado.",
        "seu endereço de e-mail não será publicado",
        "seu endereço de e-mail não será publicado.",
        "seu e-mail não será publicado",
        "seu e-mail não será publicado.",
        "comentários",
        "deixe um comentário",
        "deixe uma resposta",
        "sem comentários",
        "0 comentários",
        "o seu endereço de email não será publicado. campos obrigatórios são marcados com",
        "seu endereço de e-mail não será publicado. campos obrigatórios são marcados com",
        "comentar",
    ),
    "share": (
        "copiar link",
        "enviar por email",
        "compartilhar",
        "compartilhe",
        "compartilhe esta notícia",
        "compartilhe esta matéria",
        "partilhar",
        "compartilhar no facebook",
        "compartilhar no twitter",
        "imprimir",
        "siga-nos",
        "partilhar este artigo",
        "compartilhar este artigo",
        "guardar",
        "partilhe",
        "compartilhe esta reportagem",
        "salvar",
        "partilhe este artigo",
        "partilhe esta notícia",
        "partilhar esta notícia",
        "partilhar notícia",
        "partilhar artigo",
        "seguir",
        "seguir autor",
    ),
    "navigation": (
        "carregar mais",
        "saltar para o conteúdo",
        "ir para o conteúdo",
        "pular para o conteúdo",
        "início",
        "página inicial",
        "buscar",
        "pesquisar",
        "entrar",
        "assine",
        "fechar",
        "ver mais",
        "voltar ao topo",
        "artigo anterior",
        "próximo artigo",
        "ouvir este artigo",
        "ouça este conteúdo",
        "ouvir este conteúdo",
        "ouça esta notícia",
        "ouvir esta notícia",
        "próxima página",
        "página anterior",
        "saltar para o conteúdo principal",
        "ouvir",
    ),
    "metadata": ("redação", "redacção", "tópicos", "publicado", "atualizado", "por", "lusa/fim"),
    "related": (
        "mais sobre",
        "últimas notícias",
        "notícias relacionadas",
        "leia também",
        "veja também",
        "mais lidas",
        "você também pode gostar",
        "leia mais",
        "saiba mais",
        "ver também",
        "veja mais",
    ),
    "ads": (
        "pub",
        "continua depois da publicidade",
        "continua após a publicidade",
        "publicidade",
        "anúncio",
        "conteúdo patrocinado",
        "continue a ler a seguir à publicidade",
        "continue a ler depois da publicidade",
        "continue lendo após a publicidade",
    ),
    "promo": (
        "conteúdo exclusivo para assinantes",
        "quero receber",
        "quero assinar",
        "baixe o app",
        "subscreva a newsletter",
        "assine a newsletter",
        "assine já",
        "newsletter",
        "exclusivo assinantes",
        "exclusivo para assinantes",
        "subscrever",
        "inscrever-se",
        "quero subscrever",
    ),
    "contact": (
        "contacto",
        "contato",
        "fale conosco",
        "contacte-nos",
    ),
    "legal": ("estatuto editorial",),
}

PREFIXES: dict[str, tuple[str, ...]] = {
    "navigation": (
        "você está aqui:",
        "você está em:",
        "está aqui:",
        "está em:",
        "ouça este conteúdo",
        "ouça esta reportagem",
        "ouvir este conteúdo",
    ),
    "metadata": (
        "entrevista conduzida por",
        "entrevista realizada por",
        "este artigo foi publicado originalmente",
        "este artigo foi originalmente publicado",
    ),
    "related": (
        "leia também:",
        "veja também:",
        "leia mais:",
        "saiba mais:",
        "veja mais notícias",
        "relacionados:",
        "em alta:",
        "mais lidas:",
    ),
    "section": ("categoria:", "seção:", "secção:"),
    "promo": (
        "receba as principais notícias",
        "gostou deste artigo?",
        "já é assinante?",
        "este artigo é exclusivo para assinantes",
        "assine agora e tenha",
        "receba as notícias",
        "assine o",
        "assine a",
    ),
    "comments": ("para comentar tem de",),
}

STOPWORDS: frozenset[str] = frozenset(
    [
        "a",
        "ao",
        "aos",
        "as",
        "com",
        "como",
        "da",
        "das",
        "de",
        "do",
        "dos",
        "e",
        "é",
        "em",
        "foi",
        "mais",
        "mas",
        "na",
        "nas",
        "no",
        "nos",
        "não",
        "o",
        "os",
        "ou",
        "para",
        "pela",
        "pelo",
        "por",
        "que",
        "se",
        "sem",
        "ser",
        "seu",
        "sua",
        "são",
        "também",
        "um",
        "uma",
        "já",
        "está",
    ]
)

KEYWORDS: dict[str, tuple[str, ...]] = {
    "legal": (
        "links de afiliados",
        "este site utiliza cookies",
        "este site usa cookies",
        "utilizamos cookies",
        "esta página utiliza cookies",
        "este website utiliza cookies",
        "nós e os nossos parceiros utilizamos cookies",
        "nós e nossos parceiros usamos cookies",
        "utilizamos cookies para melhorar a sua experiência",
        "ao continuar navegando você concorda",
        "usamos cookies",
        "todos os direitos reservados",
        "cookies",
        "este conteúdo não pode ser reproduzido",
        "utilizamos cookies e tecnologias semelhantes",
        "pelas opiniões expressas pelos seus colunistas",
    ),
    "promo": (
        "participe do canal",
        "baixe o aplicativo",
        "baixe o app",
        "descarregue a app",
        "newsletter",
        "assine já",
        "inscreva-se",
        "newsletters",
        "subscreva a newsletter",
        "subscreva as newsletters",
        "subscreva gratuitamente",
        "assine a newsletter",
        "assine nossa newsletter",
        "receba no seu email as notícias",
        "assinantes podem liberar",
        "conteúdos exclusivos para assinantes",
        "descarregue a nossa app",
    ),
    "share": (
        "compartilhe no",
        "siga-nos no",
        "compartilhe esta notícia no whatsapp",
    ),
    "comments": (
        "não serão aprovados pelo moderador",
        "os comentários são de responsabilidade",
        "comentários ofensivos serão removidos",
        "comentários estão fechados",
    ),
    "contact": (
        "envie suas fotos",
        "envie-nos as suas fotos",
        "mande suas fotos",
    ),
}

KEY_POINT_HEADERS: tuple[str, ...] = (
    "pontos-chave",
    "o que se sabe",
    "em resumo",
    "o essencial",
)
"""Headings of the story's own box of key points at its head (its items are the story's)."""

BOX_HEADERS: tuple[str, ...] = (
    "o que se sabe",
    "tudo o que precisa saber",
    "tudo o que você precisa saber",
    "em números",
)
"""Endings of the headers of background boxes appended to stories."""

THREAD_HEADERS: tuple[str, ...] = (
    "comentários",
    "ver todos os comentários",
)
"""Headings over readers' comment threads (a form prompt is not one)."""

TEASER_HEADERS: tuple[str, ...] = (
    "relacionados",
    "mais sobre",
    "mais em",
    "mais receitas",
    "você pode gostar",
    "você também pode gostar",
    "notícias relacionadas",
    "artigos relacionados",
    "mais lidas",
    "mais lidos",
    "mais notícias",
    "posts relacionados",
    "leia também",
    "veja também",
    "recomendados para si",
    "recomendados para você",
    "últimas notícias",
)
"""Headings over the lists of other stories printed after the story ("Related
stories", "More from …": a heading that ends with "from", "aus", "von" or "de"
takes a site name after it). Inline "Read also:" links are not among them: they stand
inside stories."""

ABOUT_HEADERS: tuple[str, ...] = (
    "sobre o autor",
    "sobre a autora",
    "sobre nós",
    "quem somos",
    "acerca da",
    "acerca do",
    "sobre",
)
"""Headings of the boxes about the publisher, the company behind a press release
or the author, printed after the story ("About Example Corp": a heading ending in
"about", "über" or "de" takes a capitalised name after it)."""

CONTACT_HEADERS: tuple[str, ...] = (
    "contato para imprensa",
    "contatos para imprensa",
    "contato com a imprensa",
    "contacto de imprensa",
    "contactos de imprensa",
    "assessoria de imprensa",
    "informações à imprensa",
    "informações para a imprensa",
    "contactos para a imprensa",
    "contatos para a imprensa",
    "contacto para a imprensa",
    "contato para a imprensa",
)
"""Headings of the press contacts printed after a press release or a story
("Media contact:", then a name, a telephone number and an address)."""

FOLLOW_OPENINGS: tuple[str, ...] = (
    "siga",
    "sigam",
    "acompanhe",
)
"""Openings of a prompt to follow the publisher on social networks ("Follow us on
Facebook and Twitter"); the line must also name two networks."""

CONTACT_OPENINGS: tuple[str, ...] = (
    "escreva para",
    "escreva-nos para",
    "mais informações em",
)
"""Openings of a short line that gives an e-mail address to write to ("Write to Jane
Doe at jane@example.com"); the line must hold the address."""

COUNTER_NOUNS: dict[str, tuple[str, ...]] = {
    # a gallery's count of its pictures ("12 photos", "Fotos (8)")
    "caption": ("foto", "fotos", "imagem", "imagens", "vídeos"),
    "comments": ("comentário", "comentários", "resposta", "respostas"),
    "share": ("partilhas", "compartilhamentos", "curtidas"),
    "metadata": (
        "visualizações",
        "leituras",
        "min de leitura",
        "minutos de leitura",
    ),
}
"""Nouns counted next to a number ("12 comentários", "3 min de leitura")."""

READING_TIME_CUES: tuple[str, ...] = ("tempo de leitura",)
"""Openings of a reading-time line ("Tempo de leitura: 4 minutos")."""

MORE_WORDS: tuple[str, ...] = ("mais", "outras", "outros")
"""First words of a heading over other stories ("More World News"): a crosshead of the
story opens otherwise."""

SHARE_BUTTON_WORDS: tuple[str, ...] = (
    "compartilhe",
    "partilhe",
    "compartilhar",
    "partilhar",
    "imprimir",
    "baixar",
    "enviar",
    "copiar",
)
"""Words of share buttons, found between the network names of a share bar."""
SIDE_BUTTON_WORDS: tuple[str, ...] = (
    "comentar",
    "comentários",
    "guardar",
    "salvar",
    "ouvir",
)
"""Buttons a share bar holds beside its share buttons (comment, save, listen): they
count as the bar's only on a line with a share button."""

STORY_TOPICS: dict[str, tuple[str, ...]] = {
    "promo": (
        "baixe o aplicativo",
        "cancele quando quiser",
        "tenha acesso ilimitado",
        "ouça o podcast",
        "assista aos melhores momentos",
        "para assinantes",
        "já é assinante",
        "já tem conta",
        "acesso ilimitado",
        "continuar a ler",
        "nossa newsletter",
    ),
    "legal": (
        "não refletem necessariamente",
        "de acordo com a antiga ortografia",
        "segundo o antigo acordo ortográfico",
        "política de privacidade",
        "política de cookies",
        "termos de uso",
        "aceitar cookies",
    ),
    "comments": (),
}
"""Keyword phrases that stories use too, by label as in ``KEYWORDS`` (and not repeated
there): they mark a line only when it is no running text, opens with the phrase (in
English) or speaks to the reader (:data:`READER_WORDS`)."""

READER_WORDS: tuple[str, ...] = (
    "você",
    "vocês",
    "nós",
    "nosso",
    "nossa",
    "nossos",
    "nossas",
)
"""Words by which furniture speaks to the reader: "Sign up for *our* newsletter"."""


SECTION_WORDS: tuple[str, ...] = (
    "início",
    "notícias",
    "política",
    "economia",
    "mundo",
    "desporto",
    "esportes",
    "futebol",
    "cultura",
    "sociedade",
    "opinião",
    "saúde",
    "ciência",
    "tecnologia",
    "vídeos",
    "podcasts",
    "país",
    "local",
    "regiões",
    "entretenimento",
)
"""Names of a site's sections and menu items ("News", "Sport", "Opinion"): a line
of them run together, with nothing else, is a menu."""


POINTER_HERE_WORDS: tuple[str, ...] = ("aqui",)
"""See ``POINTER_HERE_WORDS`` in :mod:`newsclean.lexicons.en`."""

POINTER_OPENINGS: tuple[str, ...] = (
    "leia",
    "veja",
    "ouça",
    "assista",
    "confira",
    "acesse",
    "clique",
    "baixe",
    "saiba mais",
    "inscreva-se",
    "cadastre-se",
)
"""See ``POINTER_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

POINTER_ENDINGS: tuple[str, ...] = ("pode ser lido aqui", "está disponível aqui")
"""See ``POINTER_ENDINGS`` in :mod:`newsclean.lexicons.en`."""

STORY_NOTE_OPENINGS: tuple[str, ...] = (
    "correção:",
    "errata:",
    "esclarecimento:",
    "nota da redação:",
    "nota do editor:",
    "uma versão anterior d",
)
"""See ``STORY_NOTE_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

WEATHER_WORDS: tuple[str, ...] = (
    "ensolarado",
    "nublado",
    "parcialmente nublado",
    "chuva",
    "chuvoso",
    "garoa",
    "neblina",
    "nevoeiro",
    "tempestade",
    "céu limpo",
)
"""Conditions a weather widget prints beside its temperature ("Brisbane 26° Fine")."""

NEWSLETTER_WORDS: tuple[str, ...] = (
    "newsletter",
    "newsletters",
)
"""See ``NEWSLETTER_WORDS`` in :mod:`newsclean.lexicons.en`."""

FREQUENCY_WORDS: tuple[str, ...] = ("cada",)
"""See ``FREQUENCY_WORDS`` in :mod:`newsclean.lexicons.en`."""

LINK_PROMPTS: tuple[str, ...] = (
    "ler mais",
    "leia mais",
)
"""See ``LINK_PROMPTS`` in :mod:`newsclean.lexicons.en`."""
