"""Russian boilerplate cues and function words.

Source: written for newsclean from common Russian news-site furniture (формы
комментариев, кнопки «Поделиться», подписка на рассылку, уведомления о cookies).
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "comments": (
        "комментарии",
        "комментарий",
        "оставить комментарий",
        "оставьте комментарий",
        "добавить комментарий",
        "нет комментариев",
        "0 комментариев",
        "комментарии закрыты",
        "ваш адрес email не будет опубликован",
        "ваш адрес email не будет опубликован.",
        "ваш e-mail не будет опубликован",
        "ваш e-mail не будет опубликован.",
        "ваш адрес email не будет опубликован. обязательные поля помечены",
    ),
    "share": (
        "поделиться",
        "поделиться в соцсетях",
        "поделиться:",
        "распечатать",
        "версия для печати",
        "подписывайтесь на нас",
    ),
    "navigation": (
        "загрузить ещё",
        "перейти к контенту",
        "главная",
        "главная страница",
        "поиск",
        "меню",
        "войти",
        "вход",
        "регистрация",
        "подписаться",
        "закрыть",
        "показать еще",
        "показать ещё",
        "наверх",
        "перейти к содержимому",
        "все новости",
    ),
    "metadata": ("опубликовано", "обновлено", "автор"),
    # and every heading of TEASER_HEADERS below (the cue index adds them as lines)
    "related": ("популярное",),
    "ads": ("реклама", "на правах рекламы", "партнерский материал", "партнёрский материал"),
}

PREFIXES: dict[str, tuple[str, ...]] = {
    "metadata": ("эта статья впервые опубликована", "материал впервые опубликован"),
    "related": ("читайте также:", "смотрите также:", "по теме:", "читайте далее:"),
    "section": ("рубрика:", "раздел:", "категория:"),
}

STOPWORDS: frozenset[str] = frozenset(
    [
        "и",
        "в",
        "во",
        "не",
        "что",
        "он",
        "на",
        "я",
        "с",
        "со",
        "как",
        "а",
        "то",
        "все",
        "она",
        "так",
        "его",
        "но",
        "да",
        "ты",
        "к",
        "у",
        "же",
        "вы",
        "за",
        "бы",
        "по",
        "только",
        "ее",
        "её",
        "мне",
        "было",
        "вот",
        "от",
        "меня",
        "еще",
        "ещё",
        "нет",
        "о",
        "из",
        "ему",
        "теперь",
        "когда",
        "для",
        "это",
        "этот",
        "который",
        "которые",
        "их",
        "при",
        "также",
        "был",
        "была",
        "были",
        "или",
        "после",
    ]
)

KEYWORDS: dict[str, tuple[str, ...]] = {
    "legal": (
        "использует cookies",
        "используем cookies",
        "использует файлы cookie",
        "используем файлы cookie",
        "все права защищены",
    ),
    "promo": (
        "подписывайтесь на наш",
        "подпишитесь на нашу рассылку",
        "подпишитесь на наш канал",
        "наш телеграм-канал",
    ),
    "share": (
        "поделиться в соцсетях",
        "подписывайтесь на нас",
    ),
    "comments": ("комментарии закрыты",),
    # a reader reporting a typo to the editors
    "contact": ("нажмите ctrl+enter",),
}

KEY_POINT_HEADERS: tuple[str, ...] = (
    "главное",
    "коротко",
    "что известно",
)
"""Headings of the story's own box of key points at its head (its items are the story's)."""

BOX_HEADERS: tuple[str, ...] = (
    "что нужно знать",
    "главное",
    "в цифрах",
)
"""Endings of the headers of background boxes appended to stories."""

THREAD_HEADERS: tuple[str, ...] = (
    "комментарии",
    "все комментарии",
    "комментарии читателей",
)
"""Headings over readers' comment threads (a form prompt is not one)."""

TEASER_HEADERS: tuple[str, ...] = (
    "самое обсуждаемое",
    "популярное",
    "самое популярное",
    "читайте также",
    "смотрите также",
    "по теме",
    "похожие статьи",
    "похожие новости",
    "самое читаемое",
    "другие новости",
    "новости по теме",
    "вам может быть интересно",
    "еще по теме",
    "ещё по теме",
)
"""Headings over the lists of other stories printed after the story."""

ABOUT_HEADERS: tuple[str, ...] = (
    "об авторе",
    "о компании",
    "о нас",
)
"""Headings of the boxes about the author or the company behind a press release,
printed after the story."""

CONTACT_HEADERS: tuple[str, ...] = (
    "контакты для прессы",
    "контакты для сми",
    "пресс-служба",
)
"""Headings of the press contacts printed after a press release or a story
("Media contact:", then a name, a telephone number and an address)."""

FOLLOW_OPENINGS: tuple[str, ...] = (
    "подписывайтесь на нас",
    "следите за нами",
    "подписывайтесь на",
)
"""Openings of a prompt to follow the publisher on social networks; the line must
also name two networks."""

CONTACT_OPENINGS: tuple[str, ...] = (
    "пишите нам на",
    "напишите нам на",
)
"""Openings of a short line that gives an e-mail address to write to; the line must
hold the address."""

COUNTER_NOUNS: dict[str, tuple[str, ...]] = {
    # a gallery's count of its pictures ("12 photos", "Fotos (8)")
    "caption": ("фото", "фотографий", "фотографии", "видео"),
    "comments": ("комментарий", "комментария", "комментариев", "ответ", "ответа", "ответов"),
    "share": ("репост", "репоста", "репостов"),
    "metadata": ("просмотр", "просмотра", "просмотров", "мин чтения", "минут чтения"),
}
"""Nouns counted next to a number ("12 комментариев", "3 мин чтения")."""

READING_TIME_CUES: tuple[str, ...] = ("время чтения",)
"""Openings of a reading-time line ("Время чтения: 4 минуты")."""

MORE_WORDS: tuple[str, ...] = ("другие", "ещё", "еще", "самое")
"""First words of a heading over other stories ("More World News"): a crosshead of the
story opens otherwise."""

SHARE_BUTTON_WORDS: tuple[str, ...] = ("поделиться", "распечатать", "скачать", "отправить")
"""Words of share buttons, found between the network names of a share bar."""

FOLLOW_OBJECTS: tuple[str, ...] = ("нас", "наш", "нашим")
"""Whom a follow prompt asks to follow when not a name ("Follow us at …")."""

STORY_TOPICS: dict[str, tuple[str, ...]] = {
    "legal": (
        "политика конфиденциальности",
        "пользовательское соглашение",
    ),
}
"""Keyword phrases that stories use too, by label as in ``KEYWORDS`` (and not repeated
there): they mark a line only when it is no running text, opens with the phrase (in
English) or speaks to the reader (:data:`READER_WORDS`)."""

READER_WORDS: tuple[str, ...] = (
    "вы",
    "ваш",
    "ваша",
    "ваши",
    "вам",
    "вас",
    "мы",
    "наш",
    "наша",
    "наши",
    "нас",
    "нам",
)
"""Words by which furniture speaks to the reader: "Sign up for *our* newsletter"."""
