"""The learned part of the boilerplate classifier: two small logistic regressions.

Stage one scores each block from its own features
(:func:`newsclean.classify.features.block_features`). Stage two adds what
stage one thought of the neighbours (previous, next, and the mean over two
windows), so a short line between two paragraphs of body can stay while the
same line inside a menu goes. Both are plain dot products over weights stored
as data in :mod:`newsclean.classify.weights`, which ``tools/train_boilerplate.py``
writes; that script holds the training data's provenance and validation.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Sequence

from newsclean.classify.features import FEATURE_NAMES

__all__ = ["CONTEXT_NAMES", "context_features", "score_rows"]

CONTEXT_NAMES = ("ctx_prev", "ctx_next", "ctx_window2", "ctx_window5", "ctx_min_neighbour")


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def context_features(probs: Sequence[float]) -> list[list[float]]:
    """Neighbour evidence for each block from first-stage probabilities.

    Outside the document counts as not body (0.0).
    """
    n = len(probs)
    cum = [0.0]
    for p in probs:
        cum.append(cum[-1] + p)

    def window(i: int, radius: int) -> float:
        a, b = max(0, i - radius), min(n, i + radius + 1)
        return (cum[b] - cum[a] - probs[i]) / max(1, b - a - 1)

    rows = []
    for i in range(n):
        prev = probs[i - 1] if i > 0 else 0.0
        nxt = probs[i + 1] if i + 1 < n else 0.0
        rows.append([prev, nxt, window(i, 2), window(i, 5), min(prev, nxt)])
    return rows


def _dot(w: Sequence[float], x: Sequence[float]) -> float:
    return float(sum(map(operator.mul, w, x)))


def score_rows(rows: Sequence[Sequence[float]], known: Sequence[bool] | None = None) -> list[float]:
    """Probability that each block is article body, given its feature rows.

    ``known``: blocks already known to be furniture (a cue rule removed them).
    Their first-stage score is taken as 0, so their neighbours see them as what
    they are; their own score is not used.
    """
    from newsclean.classify import weights  # data module; imported when first needed

    if weights.FEATURES != FEATURE_NAMES or weights.CONTEXT != CONTEXT_NAMES:
        raise RuntimeError(
            "classify/weights.py was trained for other features; "
            "run tools/train_boilerplate.py to refresh it"
        )
    stage1 = [_sigmoid(_dot(weights.STAGE1, row)) for row in rows]
    if known is not None:
        stage1 = [0.0 if k else p for p, k in zip(stage1, known, strict=True)]
    ctx = context_features(stage1)
    w2 = weights.STAGE2
    return [_sigmoid(_dot(w2, [*row, *c])) for row, c in zip(rows, ctx, strict=True)]
