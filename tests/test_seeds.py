"""Golden expectations on the seed corpus (tests/data/seeds, labels in seeds.gold.json).

Each gold body paragraph must survive cleaning untouched (modulo the quote and
whitespace normalisation the gold itself applies), and each line labelled as
boilerplate must be removed.
"""

from __future__ import annotations

import json

import newsclean
from conftest import read_seed, seed_gold

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _norm(s: str) -> str:
    return " ".join(s.translate(_FOLD).split())


def _gold_paragraph(name: str, para: str) -> str:
    """A gold body paragraph with the seed's own ``quote_fixes`` applied."""
    for before, after in seed_gold()[name].get("quote_fixes", []):
        para = para.replace(before, after)
    return _norm(para)


def test_to_dict_contract_on_every_seed(seed_name: str) -> None:
    text = read_seed(seed_name)
    art = newsclean.clean(text)
    d = art.to_dict()
    json.dumps(d)
    assert art.original == text
    for r in d["removed"]:
        assert text[r["start"] : r["end"]] == r["text"]


def test_no_gold_body_paragraph_is_removed(seed_name: str) -> None:
    gold = seed_gold()[seed_name]
    kept = {_norm(p) for p in newsclean.clean(read_seed(seed_name)).paragraphs}
    kept_text = " ".join(kept)
    for para in gold["body"]:
        want = _gold_paragraph(seed_name, para)
        assert want in kept or want in kept_text, para[:80]


def test_gold_boilerplate_lines_are_removed(seed_name: str) -> None:
    gold = seed_gold()[seed_name]
    removed = {_norm(r.text) for r in newsclean.clean(read_seed(seed_name)).removed}
    for line in gold["removed"].get("boilerplate", []):
        assert _norm(line) in removed, line
