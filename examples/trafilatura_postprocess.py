"""Post-process trafilatura's output with newsclean.

trafilatura finds the article in a page's HTML; what it returns can still
hold captions, "Read more" lines, newsletter prompts and comment forms that
sat inside the article's markup. newsclean takes those out and says what it
took.

Without an HTML file, the example builds a page from the first seed article:
a menu and a footer around an <article> with the seed's lines as paragraphs.

Usage: python examples/trafilatura_postprocess.py [PAGE.html]
Needs: pip install trafilatura   (skipped, exit 0, when it is not installed)
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import newsclean

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"


def page_from_seed() -> str:
    """An HTML page around the first seed article, with a menu and a footer of its own."""
    seed = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    lines = [line.strip() for line in seed.splitlines() if line.strip()]
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(lines[0])}</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>{html.escape(lines[0])}</h1>
{paragraphs}
</article>
<footer><p>About us</p><p>Contact</p><p>Privacy policy</p></footer>
</body></html>"""


def main(argv: list[str]) -> int:
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed (pip install trafilatura): example skipped")
        return 0

    page = Path(argv[1]).read_text(encoding="utf-8") if len(argv) > 1 else page_from_seed()
    extracted = trafilatura.extract(page, include_comments=False)
    if not extracted:
        print("trafilatura found no article text in this page")
        return 0

    article = newsclean.clean(extracted)
    print(f"trafilatura kept {len(extracted.split())} words in {len(article.blocks)} lines")
    print(f"newsclean kept {article.word_count} of them; it removed {len(article.removed)} lines:")
    for r in article.removed:
        shown = r.text if len(r.text) <= 70 else r.text[:69] + "…"
        print(f"  {r.kind:<12} {r.reason:<32} {shown!r}")
    if article.captions:
        print(
            f"captions kept as data: {len(article.captions)},",
            f"e.g. credit {article.captions[0].credit!r}",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
