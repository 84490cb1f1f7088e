"""Clean one text file and print the article and what was removed.

Usage: python examples/clean_one.py [FILE]   (defaults to the first seed article)
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsclean

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else sorted(DEFAULT.glob("*.txt"))[0]
    article = newsclean.clean(path.read_text(encoding="utf-8"))
    print(f"title:    {article.title}")
    print(f"authors:  {', '.join(article.authors) or '-'}")
    print(f"words:    {article.word_count}")
    print()
    print(article.body[:500] + ("…" if len(article.body) > 500 else ""))
    print()
    print(article.explain())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
