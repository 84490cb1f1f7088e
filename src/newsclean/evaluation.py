"""Score extracted article bodies against gold bodies with shingle overlap.

This is the measure of the public article-extraction benchmark by Zyte: split
each text into word tokens, take every run of four consecutive tokens (a
*shingle*), and count the shingles both texts share (true positives), those
only the prediction has (false positives) and those only the gold has (false
negatives). Counts are normalised per document so every document weighs the
same; precision and recall are averaged over documents and F1 is taken from
the two averages.

It ships with the library so anyone can measure newsclean (or anything else)
on their own data with ``benchmarks/quality.py``.

>>> s = shingle_counts("the cat sat on the mat", "the cat sat on a mat")
>>> round(s.precision, 2), round(s.recall, 2)
(0.33, 0.33)
>>> summary([s]).f1 > 0
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import attrs

__all__ = ["DocumentScore", "Summary", "shingle_counts", "shingles", "summary"]

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of ``size``-token runs of ``text`` (the whole text if shorter)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@attrs.frozen(slots=True)
class DocumentScore:
    """Shares of true positive, false positive and false negative shingles (sum 1)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        """Share of predicted shingles that are gold (1 when nothing is wrong)."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold shingles that were predicted (1 when nothing is wrong)."""
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def shingle_counts(gold: str, predicted: str) -> DocumentScore:
    """Per-document normalised shingle agreement of ``predicted`` with ``gold``."""
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if not total:
        return DocumentScore(0.0, 0.0, 0.0)
    return DocumentScore(tp / total, fp / total, fn / total)


@attrs.frozen(slots=True)
class Summary:
    """Precision and recall averaged over documents, and the F1 of the two."""

    precision: float
    recall: float
    f1: float
    documents: int


def summary(scores: Iterable[DocumentScore]) -> Summary:
    """Average a corpus of document scores the way the benchmark does."""
    scores = list(scores)
    precisions = [s.precision for s in scores if s.tp + s.fp > 0]
    recalls = [s.recall for s in scores if s.tp + s.fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Summary(p, r, f1, len(scores))
