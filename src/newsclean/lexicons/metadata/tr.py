"""Turkish metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from common Turkish news-site furniture, the way
Turkish-language news sites print bylines and timestamps ("Haber: Ayşe Yılmaz",
"Yayınlanma: 19 Kasım 2019 10:15", "Giriş Tarihi: 19.11.2019 - 10:15", "2 saat
önce"). Month names as dates print them ("19 Kasım 2019"), with the suffixes a
date takes after its apostrophe ("19 Kasım'da", "Kasım'a kadar", "Kasım'dan
beri"), their usual abbreviations ("19 Kas. 2019") and the dotless spellings that
all-capital or ASCII-only pages give ("19 KASIM" folds to "kasim"). Generic words
only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "ocak": 1,
    "ocak'ta": 1,
    "ocak'a": 1,
    "ocak'tan": 1,
    "oca": 1,
    "oca.": 1,
    "şubat": 2,
    "şubat'ta": 2,
    "şubat'a": 2,
    "şubat'tan": 2,
    "şub": 2,
    "şub.": 2,
    "subat": 2,
    "mart": 3,
    "mart'ta": 3,
    "mart'a": 3,
    "mart'tan": 3,
    "mar": 3,
    "mar.": 3,
    "nisan": 4,
    "nisan'da": 4,
    "nisan'a": 4,
    "nisan'dan": 4,
    "nis": 4,
    "nis.": 4,
    "mayıs": 5,
    "mayıs'ta": 5,
    "mayıs'a": 5,
    "mayıs'tan": 5,
    "mayis": 5,
    "may": 5,
    "may.": 5,
    "haziran": 6,
    "haziran'da": 6,
    "haziran'a": 6,
    "haziran'dan": 6,
    "haz": 6,
    "haz.": 6,
    "temmuz": 7,
    "temmuz'da": 7,
    "temmuz'a": 7,
    "temmuz'dan": 7,
    "tem": 7,
    "tem.": 7,
    "ağustos": 8,
    "ağustos'ta": 8,
    "ağustos'a": 8,
    "ağustos'tan": 8,
    "agustos": 8,
    "ağu": 8,
    "ağu.": 8,
    "eylül": 9,
    "eylül'de": 9,
    "eylül'e": 9,
    "eylül'den": 9,
    "eylul": 9,
    "eyl": 9,
    "eyl.": 9,
    "ekim": 10,
    "ekim'de": 10,
    "ekim'e": 10,
    "ekim'den": 10,
    "eki": 10,
    "eki.": 10,
    "kasım": 11,
    "kasım'da": 11,
    "kasım'a": 11,
    "kasım'dan": 11,
    "kasim": 11,
    "kas": 11,
    "kas.": 11,
    "aralık": 12,
    "aralık'ta": 12,
    "aralık'a": 12,
    "aralık'tan": 12,
    "aralik": 12,
    "ara": 12,
    "ara.": 12,
}

WEEKDAYS = (
    "pazartesi",
    "salı",
    "sali",
    "çarşamba",
    "carsamba",
    "perşembe",
    "persembe",
    "cuma",
    "cumartesi",
    "pazar",
    "pzt",
    "pts",
    "sal",
    "çar",
    "çrş",
    "prş",
    "cmt",
    "cts",
    "paz",
)

BYLINE_CUES = (
    "yazar:",  # with its colon: "Yazar Orhan Pamuk …" opens headlines
    "yazarlar:",
    "yazan:",
    "yazı:",
    "haber:",  # "Haber: Ayşe Yılmaz - Kamera: …"
    "muhabir:",
    "editör:",
    "hazırlayan",
    "haberi hazırlayan",
    "yayına hazırlayan",
    "derleyen",
    "haberi derleyen",
    "röportaj:",  # an interview's: "Röportaj: Ayşe Yılmaz"
    "söyleşi:",
)

PUBLISHED_CUES = (
    "yayınlanma",
    "yayınlanma tarihi",
    "yayımlanma tarihi",
    "yayın tarihi",
    "yayınlandı",
    "yayımlandı",
    "giriş tarihi",
    "haber giriş tarihi",
    "oluşturulma tarihi",
    "eklenme tarihi",
    "kayıt tarihi",
)

UPDATED_CUES = (
    "güncelleme",
    "güncellendi",
    "güncelleme tarihi",
    "güncellenme tarihi",
    "son güncelleme",
    "son güncellenme",
    "düzenlenme tarihi",
    "değiştirilme tarihi",
)

RELATIVE_UNITS: dict[str, str] = {
    # a number keeps its noun singular: "2 saat önce", "5 dakika önce"
    "saniye": "second",
    "sn": "second",
    "dakika": "minute",
    "dk": "minute",
    "dak": "minute",
    "saat": "hour",
    "sa": "hour",
    "gün": "day",
    "hafta": "week",
    "ay": "month",
    "yıl": "year",
    "sene": "year",
}

AGO_BEFORE: tuple[str, ...] = ()

AGO_AFTER = ("önce", "evvel")

TODAY = ("bugün", "az önce")

YESTERDAY = ("dün",)

ONE = ("bir",)

BIO_ROLES = (
    "muhabir",
    "muhabiri",
    "muhabiridir",
    "gazeteci",
    "gazetecidir",
    "editör",
    "editörü",
    "editörüdür",
    "yazar",
    "yazarı",
    "yazarıdır",
    "fotomuhabiri",
    "fotoğrafçı",
    "yorumcu",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    # the possessive a job takes after its beat or place ("Ankara Temsilcisi", "Yazı
    # İşleri Müdürü", "Haber Şefi") and the words that qualify a job
    "muhabirleri",
    "editörleri",
    "yazarları",
    "köşe",
    "başmuhabir",
    "başyazar",
    "kıdemli",
    "sorumlu",
    "sorumlusu",
    "müdür",
    "müdürü",
    "yazı",
    "işleri",
    "genel",
    "yayın",
    "yönetmen",
    "yönetmeni",
    "temsilci",
    "temsilcisi",
    "şef",
    "şefi",
    "koordinatör",
    "koordinatörü",
    "istihbarat",
    "kameraman",
    "sunucu",
    "sunucusu",
    "stajyer",
    "analist",
    "haberler",
    "dış",
    "ekonomi",
    "spor",
    "siyaset",
    "kültür",
    "magazin",
    "teknoloji",
    "sağlık",
    "eğitim",
    "adliye",
    "meclis",
    "diplomasi",
    "dijital",
    "web",
)

ORG_WORDS = (
    "merkezi",
    "ajansı",
    "ajans",
    "gazetesi",
    "gazete",
    "dergisi",
    "dergi",
    "televizyonu",
    "tv",
    "radyo",
    "radyosu",
    "medya",
    "grubu",
    "yayınları",
    "yayıncılık",
    "masası",
    "servisi",
    "bakanlığı",
    "belediyesi",
    "valiliği",
    "müdürlüğü",
    "başkanlığı",
    "derneği",
    "vakfı",
    "üniversitesi",
    "odası",
    "kurumu",
    "şti",
    "a.ş.",
)

NOT_NAME_WORDS = (
    "ve",
    "ile",
    "bir",
    "bu",
    "için",
    "paylaş",
    "yorum",
    "yorumlar",
    "oku",
    "devamı",
    "tüm",
    "diğer",
    "yazarın",
    "haberi",
    "haberleri",
    "fotoğraf",
    "foto",
    "video",
    "galeri",
    "reklam",
    "anasayfa",
    "yayınlanma",
    "güncelleme",
    "bugün",
    "dün",
    "önce",
    "dakika",
    "abone",
    "giriş",
    "takip",
)

AUTHOR_CONNECTORS = (
    "ve",
    "&",
)

TAG_CUES = (
    "etiketler",
    "etiket",
    "anahtar kelimeler",
    "ilgili konular",
    "konular",
)

SECTION_CUES = (
    "kategori",
    "kategoriler",
)

RELATED_CUES = (
    "ayrıca okuyun",
    "ayrıca bakınız",
    "ilgili haber",
    "ilgili haberler",
    "ilgili",
    "ilginizi çekebilir",
    "bunu da okuyun",
    "bu haberi de okuyun",
    "okumadan geçmeyin",
    "göz atın",
)

RIGHTS_RESERVED = ("tüm hakları saklıdır", "her hakkı saklıdır", "bütün hakları saklıdır")

STOPWORDS = (
    # not "ama", "ki", "var", "hem": words the text of other lexicon languages has too
    # (English "pro", "co", the initials in "U.S." and "v."), and the word lists are read
    # together
    "ve",
    "bir",
    "bu",
    "için",
    "ile",
    "olarak",
    "çok",
    "daha",
    "gibi",
    "ancak",
    "ise",
    "kadar",
    "sonra",
    "olan",
    "değil",
    "yok",
    "göre",
    "tarafından",
    "üzere",
    "arasında",
    "ayrıca",
    "olduğu",
    "olduğunu",
    "oldu",
    "şu",
    "veya",
    "diye",
    "nasıl",
    "neden",
    "çünkü",
    "sadece",
    "önce",
    "karşı",
    "bütün",
    "bunu",
    "bunun",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = ("anasayfa", "ana sayfa")

CAPTION_CUES = (
    "fotoğraf",
    "foto",
    "görsel",
    "video",
    "kaynak",
    "temsili",
    "arşiv fotoğraf",
    "illüstrasyon",
)

BIO_OPENINGS = (
    "—",
    "–",
    "-",
)

BIO_SIGNALS = (
    "yaşıyor",
    "yaşamaktadır",
    "kitabın yazarı",
    "kitabının yazarı",
    "kitaplarının yazarı",
    "köşe yazarlığı",
)

COLLECTIVE_WORDS = ("merkezi", "masası", "servisi", "ekibi")

AUTHOR_LINK_WORDS = (
    "yazıları",
    "yazılar",
    "haberleri",
    "makaleleri",
    "profil",
    "profili",
    "arşivi",
)
