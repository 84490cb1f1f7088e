"""fix_unicode's fast paths give exactly ftfy's result; surrogates are replaced and reported."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import MOJIBAKE_CATEGORIES
from ftfy.chardata import CONTROL_CHARS, LIGATURES, WIDTH_MAP
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.normalize.unicode import _INERT, fix_unicode_text

CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False)


def inert_chars() -> list[str]:
    ranges = re.findall(r"(.)-(.)|(.)", _INERT, flags=re.DOTALL)
    out: list[str] = []
    for lo, hi, single in ranges:
        out.extend(chr(c) for c in range(ord(lo), ord(hi) + 1)) if lo else out.append(single)
    return out


INERT = inert_chars()


def test_inert_characters_are_outside_every_ftfy_table() -> None:
    tables = set(CONTROL_CHARS) | set(LIGATURES) | set(WIDTH_MAP)
    mojibake = "".join(MOJIBAKE_CATEGORIES.values())
    for ch in INERT:
        assert ord(ch) not in tables, hex(ord(ch))
        assert ch not in mojibake or ch.isascii(), hex(ord(ch))
        assert unicodedata.combining(ch) == 0
        assert unicodedata.normalize("NFC", ch) == ch
        assert not unicodedata.decomposition(ch) or unicodedata.category(ch) == "Lo", hex(ord(ch))


def test_ftfy_leaves_every_inert_character_alone() -> None:
    joined = "".join(INERT)
    assert "&" not in joined
    assert ftfy.fix_text(joined, CONFIG) == joined
    sample = INERT[::97]
    assert all(ftfy.fix_text(ch, CONFIG) == ch for ch in sample)


_mixed = st.lists(
    st.one_of(
        st.sampled_from(INERT),
        st.sampled_from(["&amp;", "<", "\n", "\r\n", "\r", "â€™", "Ã©", "\x00", "\ud800", "é"]),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=200)
@given(_mixed)
def test_fast_paths_equal_ftfy_on_inert_text_with_damage(text: str) -> None:
    assert fix_unicode_text(text) == ftfy.fix_text(text, CONFIG)


_typographic_line = st.lists(
    st.one_of(
        st.sampled_from(list("’‘“”–—…«»")),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E, exclude_characters="&"),
        st.sampled_from(["&amp;", "\r", "é", "Ã", "â€™", "\x92", "\u00a0"]),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300)
@given(_typographic_line)
def test_typographic_punctuation_next_to_ascii_gives_ftfys_result(text: str) -> None:
    assert fix_unicode_text(text) == ftfy.fix_text(text, CONFIG)


def test_segments_longer_than_ftfys_limit_are_cut_like_ftfy_cuts_them() -> None:
    text = "café " * 200_001 + "â€™\nnext &amp; line"
    assert len(text) > CONFIG.max_decode_length
    assert fix_unicode_text(text) == ftfy.fix_text(text, CONFIG)


def test_html_switch_applies_from_the_first_line_holding_an_angle_bracket() -> None:
    text = "Tom &amp; Jerry\n<b>bold</b> &amp;\nafter &amp;\n"
    assert fix_unicode_text(text) == ftfy.fix_text(text, CONFIG)
    assert fix_unicode_text(text).startswith("Tom & Jerry\n")


def test_repeated_lines_give_ftfys_result() -> None:
    text = "The mayorâ€™s office\r\n" * 1000 + "é\n" * 1000
    assert fix_unicode_text(text) == ftfy.fix_text(text, CONFIG)


def test_str_in_str_out_with_replacement_character() -> None:
    assert newsclean.fix_unicode("a\ud800b") == "a\ufffdb"


def test_fixing_twice_does_not_report_twice() -> None:
    art = newsclean.Pipeline([])("a\ud800b\n\nc\udc00")
    once = newsclean.fix_unicode(art)
    assert [(d.start, d.end) for d in once.diagnostics] == [(1, 2), (6, 7)]
    assert newsclean.fix_unicode(once) == once


def test_surrogates_are_not_reported_when_fix_unicode_is_off() -> None:
    art = newsclean.clean("a\ud800b", fix_unicode=False)
    assert not art.diagnostics
    assert art.body == "a\ud800b"
