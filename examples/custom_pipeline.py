"""Build a custom pipeline: add a cleaner of your own and run it on the seed articles.

The cleaner, ``strip_signoff``, cuts a wire sign-off ("… the ministry said.
– Reuters") off the last paragraph, labels it, and records the agency. It is
the worked example of docs/pipeline.md.

Usage: python examples/custom_pipeline.py [FILE ...]   (defaults to the seed articles)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

import newsclean
from newsclean import Article, labels
from newsclean.editing import (
    as_article,
    body_indexes,
    original_span,
    record_field,
    relabel,
    split_block,
)
from newsclean.errors import InvalidOptionValue

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"

# A space, a dash, then the agency name at the very end of the line. Bounded,
# no nested quantifiers: it cannot backtrack badly on any input.
_SIGNOFF = re.compile(r"\s[–—-] ?(\w{2,20})$")


def strip_signoff(
    doc: str | Article, /, *, agencies: Iterable[str] = ("Reuters", "AP", "AFP")
) -> Article:
    """Cut a wire sign-off ("… the ministry said. – Reuters") off the last paragraph."""
    if isinstance(agencies, str):
        raise InvalidOptionValue(f"agencies takes a list of names, got the string {agencies!r}")
    names = set(agencies)
    art = as_article(doc, where="strip_signoff()")
    body = body_indexes(art)
    if not body:
        return art
    last = body[-1]
    match = _SIGNOFF.search(art.blocks[last].text)
    if match is None or match.group(1) not in names:
        return art
    # offsets of the agency name in the original text, taken before the block is cut
    start, end = original_span(art, last, match.start(1), match.end(1))
    art, tail = split_block(art, last, match.start())
    if tail < 0:
        return art
    art = relabel(art, {tail: (labels.BOILERPLATE, "wire_signoff")}, cleaner="strip_signoff")
    if art.agency is None:
        art = record_field(
            art,
            "agency",
            match.group(1),
            cleaner="strip_signoff",
            rule="wire_signoff",
            start=start,
            end=end,
        )
    return art


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv[1:]] or sorted(SEEDS.glob("*.txt"))
    # Before the safety net, so that it still sees everything that was removed.
    pipeline = newsclean.default_pipeline().before("guard_overremoval", strip_signoff)
    print("pipeline:", " -> ".join(pipeline.names))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        art = pipeline(text)
        cut = [r for r in art.removed if r.reason == "strip_signoff.wire_signoff"]
        if not cut:
            print(f"{path.name}: no sign-off")
            continue
        signoff = cut[0]
        assert text[signoff.start : signoff.end] == signoff.text  # offsets slice the input
        print(
            f"{path.name}: cut {signoff.text!r} at {signoff.start}-{signoff.end};",
            f"agency {art.agency}",
        )
        print(f"  last paragraph now ends: …{art.paragraphs[-1][-60:]}")
        # the cleaner's name is an option like any built-in one
        assert pipeline(text, strip_signoff=False).paragraphs[-1].endswith(signoff.text)
        kept = pipeline(text, strip_signoff={"agencies": ["AFP"]}).paragraphs[-1]
        print(f"  with agencies=['AFP'] it stays: …{kept[-40:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
