"""Indonesian metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from common Indonesian news-site furniture: the
way Indonesian-language news sites print bylines and timestamps ("Penulis: Ani
Susanti | Editor: Budi Santoso", "Oleh Ani Susanti", "Selasa, 12 Des 2023 10:15
WIB", "Diperbarui 12/12/2023, 10:15 WIB", "2 jam yang lalu"). Month names in full,
in the older spellings some sites keep ("Nopember") and abbreviated as dates print
them ("12 Des 2023", "17 Agu. 2023"; the full stop is read after any month).
Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "maret": 3,
    "mar": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
}

WEEKDAYS = (
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "ahad",
)

BYLINE_CUES = (
    "oleh",
    "ditulis oleh",
    "diposting oleh",
    "dikirim oleh",
    "diterbitkan oleh",
    "laporan wartawan",
    "laporan reporter",
    "laporan koresponden",
    "laporan kontributor",
    # with their colons: "Penulis Buku …", "Pewarta Foto …" open headlines
    "penulis:",
    "pewarta:",
    "wartawan:",
    "kontributor:",
    "koresponden:",
    "teks:",
    "teks dan foto:",
)

PUBLISHED_CUES = (
    "diterbitkan",
    "dipublikasikan",
    "dipublikasi",
    "dipublish",
    "diposting",
    "diunggah",
    "dimuat",
    "terbit",
    "tanggal terbit",
    "tanggal publikasi",
)

UPDATED_CUES = (
    "diperbarui",
    "diperbaharui",
    "diupdate",
    "terakhir diperbarui",
    "terakhir diperbaharui",
    "terakhir diubah",
    "pembaruan terakhir",
)

RELATIVE_UNITS: dict[str, str] = {
    "detik": "second",
    "dtk": "second",
    "menit": "minute",
    "mnt": "minute",
    "jam": "hour",
    "hari": "day",
    "minggu": "week",
    "pekan": "week",
    "bulan": "month",
    "bln": "month",
    "tahun": "year",
    "thn": "year",
}

AGO_BEFORE: tuple[str, ...] = ()

AGO_AFTER = (
    "yang lalu",
    "lalu",
    "silam",
)

TODAY = (
    "hari ini",
    "baru saja",
)

YESTERDAY = ("kemarin",)

ONE = ("satu",)

BIO_ROLES = (
    "wartawan",
    "wartawati",
    "jurnalis",
    "reporter",
    "pewarta",
    "editor",
    "redaktur",
    "penyunting",
    "kolumnis",
    "kontributor",
    "koresponden",
    "fotografer",
    "penulis",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    # words that qualify a job ("wartawan senior", "pemimpin redaksi", "redaktur pelaksana")
    "senior",
    "utama",
    "pelaksana",
    "khusus",
    "lepas",
    "magang",
    "pemimpin",
    "redaksi",
    "staf",
    # the jobs an opinion piece prints under its writer's name ("Dosen Ilmu Politik")
    "dosen",
    "peneliti",
    "pengamat",
    "analis",
)

ORG_WORDS = (
    "redaksi",
    "media",
    "berita",
    "harian",
    "majalah",
    "televisi",
    "radio",
    "online",
    "grup",
    "humas",
    "kementerian",
    "dinas",
    "badan",
    "lembaga",
    "yayasan",
    "universitas",
    "pemerintah",
    "pemkot",
    "pemkab",
    "pemprov",
    "pt",
    "tbk",
    "persero",
)

NOT_NAME_WORDS = (
    "di",
    "untuk",
    "dengan",
    "pada",
    "ini",
    "itu",
    "bagikan",
    "komentar",
    "juga",
    "selengkapnya",
    "lihat",
    "simak",
    "foto",
    "video",
    "iklan",
    "beranda",
    "berita",
    "artikel",
    "terkini",
    "terbaru",
    "terpopuler",
    "diterbitkan",
    "diperbarui",
    "kemarin",
    "sumber",
    "berlangganan",
    "ilustrasi",
    "istimewa",
    "penulis",
    "editor",
    "redaktur",
    "pewarta",
    "wartawan",
    "wib",
)

AUTHOR_CONNECTORS = (
    "dan",
    "&",
)

TAG_CUES = (
    "tag",
    "tags",
    "tagar",
    "topik",
    "kata kunci",
    "topik terkait",
)

SECTION_CUES = (
    "kategori",
    "rubrik",
    "kanal",
)

RELATED_CUES = (
    "baca juga",
    "lihat juga",
    "simak juga",
    "berita terkait",
    "artikel terkait",
    "baca selengkapnya",
    "baca",
)

RIGHTS_RESERVED = (
    "hak cipta dilindungi undang-undang",
    "hak cipta dilindungi",
)

STOPWORDS = (
    # not "ia", "dia": words the text of other lexicon languages has too (English "pro",
    # "co", the initials in "U.S." and "v."), and the word lists are read together
    "yang",
    "dengan",
    "untuk",
    "dari",
    "ini",
    "itu",
    "ke",
    "pada",
    "adalah",
    "dalam",
    "tidak",
    "akan",
    "juga",
    "atau",
    "oleh",
    "sudah",
    "telah",
    "mereka",
    "bahwa",
    "karena",
    "bisa",
    "dapat",
    "lebih",
    "sebagai",
    "tersebut",
    "namun",
    "hanya",
    "seperti",
    "jika",
    "setelah",
    "masih",
    "harus",
    "secara",
    "hingga",
    "belum",
    "agar",
    "menurut",
    "sebuah",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = (
    "beranda",
    "halaman utama",
)

CAPTION_CUES = (
    "foto",
    "ilustrasi",
    "gambar",
    "video",
    "sumber",
    "dok.",
    "dokumentasi",
    "istimewa",
    "tangkapan layar",
    "grafis",
)

BIO_OPENINGS = (
    "adalah",
    "merupakan",
)

BIO_SIGNALS = (
    "tinggal di",
    "menulis tentang",
    "penulis buku",
    "dapat dihubungi",
    "bisa dihubungi",
)

COLLECTIVE_WORDS = ("redaksi",)

AUTHOR_LINK_WORDS = (
    "artikel",
    "berita",
    "profil",
)
