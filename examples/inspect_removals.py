"""Inspect what cleaning removed from a corpus, and put back what one rule took.

For every text file: what share of the text was removed, by which cleaner and
rule, with an example of each; then every line removed by one rule is
restored (``--restore RULE``), to show that a removal is only a label.

Usage: python examples/inspect_removals.py [--restore CLEANER.RULE] [FILE ...]
       (defaults to the seed articles and strip_captions' rules)
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import newsclean
from newsclean import Article, labels
from newsclean.editing import relabel

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"


def restore(article: Article, reason_prefix: str) -> Article:
    """The Article with every block removed by ``reason_prefix`` back in the body."""
    back = {
        i: (labels.BODY, "")
        for i, b in enumerate(article.blocks)
        if not b.is_body and b.reason.startswith(reason_prefix)
    }
    return relabel(article, back, cleaner="restore")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--restore", default="strip_captions", metavar="CLEANER.RULE")
    args = parser.parse_args()
    paths = args.files or sorted(SEEDS.glob("*.txt"))

    by_reason: Counter[str] = Counter()
    chars_by_kind: Counter[str] = Counter()
    example: dict[str, str] = {}
    total_chars = removed_chars = 0
    per_file: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        article = newsclean.clean(text)
        total_chars += sum(b.end - b.start for b in article.blocks)
        for r in article.removed:
            # every removal slices the input exactly: this is what makes it auditable
            assert text[r.start : r.end] == r.text
            by_reason[r.reason] += 1
            chars_by_kind[r.kind] += r.end - r.start
            removed_chars += r.end - r.start
            example.setdefault(r.reason, r.text)
            per_file[path.name].append(r.reason)

        restored = restore(article, args.restore)
        gained = len(restored.paragraphs) - len(article.paragraphs)
        print(
            f"{path.name}: removed {len(article.removed)} of {len(article.blocks)} lines; "
            f"restoring {args.restore} puts back {gained}"
        )

    share = removed_chars / total_chars if total_chars else 0.0
    print(
        f"\nremoved {removed_chars} of {total_chars} characters ({share:.0%}) in {len(paths)} files"
    )
    print("\ncharacters removed, by kind:")
    for kind, chars in chars_by_kind.most_common():
        print(f"  {kind:<16} {chars:>7}")
    print("\nlines removed, by reason (with one example):")
    for reason, count in by_reason.most_common():
        text = example[reason]
        shown = text if len(text) <= 60 else text[:59] + "…"
        print(f"  {count:>4}  {reason:<34} {shown!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
