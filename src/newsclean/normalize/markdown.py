"""``read_markdown``: read Markdown page text as the words a reader sees.

More and more news text arrives as Markdown: html2text renders pages to it,
and the crawlers and readers built for language models (trafilatura's and
newspaper's Markdown output, "reader" services, crawl pipelines) emit it by
default. Its markup is noise to every later cleaner: ``[Marcus Hale](/authors/
marcus-hale)`` hides a byline, ``# Stocks slide …`` a headline, a line of
``[Markets](/markets) › [Stocks](/markets/stocks)`` looks like a sentence
full of URLs rather than a breadcrumb, and a story keeps its ``**`` and
``\\-`` in the body.

So, in a text that shows Markdown (see :data:`MARKDOWN_MIN_SIGNS`), each
block's text loses its inline markup: links and images become their text,
heading and quote markers, emphasis markers and backslash escapes go, and
``<https://…>`` becomes the bare address. List markers stay (later cleaners
read them as list items, as in any text). A block that is nothing but
images (``![alt](src)``, linked or not) is left as it is, for
:func:`~newsclean.classify.captions.strip_captions` to take as a picture and
keep its alt text as the caption. Offsets are untouched: each block still
spans its raw text, Markdown and all, in :attr:`Article.original`.

Text without Markdown comes back unchanged: one bracket or asterisk is not
enough to treat a page as Markdown.

>>> print(read_markdown("# Bridge to reopen\\n\\nBy [Jane Doe](/by/jane)\\n\\n"
...                     "The **council** voted on [Monday](https://x.test/m)."))
Bridge to reopen
<BLANKLINE>
By Jane Doe
<BLANKLINE>
The council voted on Monday.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from newsclean.editing import Doc, apply_text_fix
from newsclean.errors import InvalidInput, describe_bad_input
from newsclean.model import Article

__all__ = [
    "IMAGE_ALT",
    "is_markdown",
    "markdown_images",
    "read_markdown",
    "read_markdown_text",
]

MARKDOWN_MIN_SIGNS = 2
"""Markup seen at least this often (links, images, headings, strong emphasis) makes a
text Markdown. One ``[x](y)`` or one line opening with ``#`` can happen in plain text (a
hashtag list, a pasted snippet); two are a renderer's habit."""

_URL = r"[^()\s]{0,2000}"
_TITLE = r'(?:[ \t]+"[^"\n]{0,300}")?'
_IMAGE = rf"!\[[^\[\]\n]{{0,500}}\]\({_URL}{_TITLE}\)"
IMAGE_ALT = re.compile(rf"!\[([^\[\]\n]{{0,500}})\]\({_URL}{_TITLE}\)")
"""``![alt](src "title")``: bounded runs of characters that cannot hold the next
delimiter, so a failed match costs at most one run."""
_LINK = re.compile(rf"\[([^\[\]\n]{{0,500}})\]\({_URL}{_TITLE}\)")
_GLUED_LINK = re.compile(
    rf"\[([^\[\]\n]{{0,500}})\]\({_URL}{_TITLE}\)(?=!?\[(?!\d{{1,3}}\])|[A-ZÀ-ÖØ-Þ])"
)
"""A link run onto the next link or a capitalised word with no blank between
("[Teilen](…)[Kommentare (7)](…)", "[Sam Whitcombe](…)Health Editor", as reader services
print buttons and bylines): its text keeps a blank after it, or the words would run
together. A word's own ending ("[Tesla](…)s", "[Merkel](…)s Nachfolger"), a figure, a
footnote ("[1]") or emphasis ("_[The Times](…)_") stays glued to it."""
_READER_IMAGE_NUMBER = re.compile(r"Image \d{1,4}(?::[ \t]*|$)")
"""The number a reader service gives each picture in its alt text ("![Image 2: A crowd
at the fair](…)", "![Image 3](…)"): the service's, not the page's words."""
_IMAGES_ONLY = re.compile(
    rf"(?:(?:[-*+][ \t]+)?(?:\[{_IMAGE}\]\({_URL}{_TITLE}\)|{_IMAGE})[ \t]*)+"
)
"""A block of pictures alone, each perhaps a link or a list item: a gallery or a logo."""
_HEADING_OPEN = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
"""An ATX heading's opening ``#`` marks (its closing ones are read off the line's end)."""
_QUOTE = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+(?=\S)")
_STRONG = re.compile(r"(?<!\\)(\*\*|__)(?=[^\s*_])([^*_\n]{0,500}?[^\s*_\\])\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{0,500}?[^\s*\\])\*(?![\w*])")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_\\])_(?=[^\s_])([^_\n]{0,500}?[^\s_\\])_(?![\w_])")
"""Emphasis marks, never escaped ones ("\\*"): the escapes are undone last."""
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]{1,2000}|mailto:[^\s<>]{1,300})>")
_SIGNS = re.compile(
    rf"\]\({_URL}{_TITLE}\)|^[ \t]{{0,3}}#{{1,6}}[ \t]+\S|\*\*[^\s*][^*\n]{{0,500}}\*\*",
    re.MULTILINE,
)
"""What counts toward :data:`MARKDOWN_MIN_SIGNS`."""
_CHEAP_SIGNS = ("](", "#", "**")


def _without_heading_marks(line: str) -> str:
    """``line`` without an ATX heading's marks: "## Title ##" is "Title"."""
    opening = _HEADING_OPEN.match(line)
    if opening is None:
        return line
    heading = line[opening.end() :].rstrip(" \t")
    unclosed = heading.rstrip("#")
    if unclosed != heading and unclosed[-1:] in (" ", "\t"):
        heading = unclosed.rstrip(" \t")  # closing marks follow a blank
    return heading or line


def _glued_link_text(link: re.Match[str]) -> str:
    """A glued link's text and a blank; nothing for a link with no text (an icon's)."""
    return f"{link.group(1)} " if link.group(1).strip() else ""


def _alt_text(image: re.Match[str]) -> str:
    """An image's alt text without a reader service's number ("Image 2: …")."""
    alt = image.group(1)
    number = _READER_IMAGE_NUMBER.match(alt)
    return alt[number.end() :] if number is not None else alt


def _replacing(pattern: re.Pattern[str], replacement: str) -> Callable[[str], str]:
    return functools.partial(pattern.sub, replacement)


_STEPS: tuple[tuple[tuple[str, ...], Callable[[str], str]], ...] = (
    # images before links: a linked image is a link's text
    (("![",), lambda text: IMAGE_ALT.sub(_alt_text, text)),
    (("](",), lambda text: _GLUED_LINK.sub(_glued_link_text, text)),
    (("](",), _replacing(_LINK, r"\1")),
    (("<",), _replacing(_AUTOLINK, r"\1")),
    (("#",), _without_heading_marks),
    ((">",), _replacing(_QUOTE, "")),
    # strong before single emphasis: "**" holds two "*"
    (("**", "__"), _replacing(_STRONG, r"\2")),
    (("*",), _replacing(_EMPHASIS, r"\1")),
    (("_",), _replacing(_UNDERSCORE_EMPHASIS, r"\1")),
    # escapes last: the emphasis patterns passed over the escaped marks
    (("\\",), _replacing(_ESCAPE, r"\1")),
)
"""The rewrites of one line in order, each run only when its characters occur in it."""


def is_markdown(text: str) -> bool:
    """Whether ``text`` shows Markdown markup at least :data:`MARKDOWN_MIN_SIGNS` times.

    >>> is_markdown("See [the report](https://x.test/r) and [the data](/d).")
    True
    >>> is_markdown("Vote #1 of 3 [updated]")
    False
    """
    if not any(sign in text for sign in _CHEAP_SIGNS):
        return False
    return any(seen >= MARKDOWN_MIN_SIGNS for seen, _ in enumerate(_SIGNS.finditer(text), 1))


def markdown_images(text: str) -> list[str] | None:
    """The alt texts of a line made only of Markdown images, else ``None``.

    >>> markdown_images("[![Site logo](/logo.svg)](/)")
    ['Site logo']
    >>> markdown_images("![A crowd at the fair](/img/fair.jpg) Photo: J. Doe") is None
    True
    """
    if "![" not in text or not _IMAGES_ONLY.fullmatch(text.strip()):
        return None
    return [_alt_text(image).strip() for image in IMAGE_ALT.finditer(text)]


def read_markdown_text(text: str) -> str:
    """``text`` without Markdown's inline markup (no document test: see :func:`is_markdown`).

    >>> read_markdown_text("## More from [Sport](/sport) \\\\- **live**")
    'More from Sport - live'
    """
    if markdown_images(text) is not None:
        return text
    for hints, rewrite in _STEPS:
        if any(hint in text for hint in hints):
            text = rewrite(text)
    return text


def _read_line(line: str) -> str:
    """One line of a ``str`` read, its line break kept; a line the reading would empty
    stays as it was, as a block does in an Article."""
    text = line.rstrip("\r\n")
    fixed = read_markdown_text(text)
    return (fixed if fixed.strip() else text) + line[len(text) :]


def read_markdown(doc: Doc, /) -> Doc:
    """Replace Markdown markup by the text it shows, when the text is Markdown.

    A ``str`` comes back as a ``str``, an Article as an Article with its
    blocks' text rewritten (offsets unchanged); text that is not Markdown
    comes back as it was.
    """
    if isinstance(doc, str):
        if not is_markdown(doc):
            return doc
        return "".join(_read_line(line) for line in doc.splitlines(keepends=True))
    if not isinstance(doc, Article):
        raise InvalidInput(describe_bad_input(doc, where="read_markdown()"))
    if not is_markdown(doc.original):  # the markup is the input's, as it came
        return doc
    return apply_text_fix(doc, read_markdown_text, where="read_markdown()")
