"""Train the boilerplate classifier's weights and write them as plain data.

Data: a JSONL corpus of pages with a gold article body (``--truth``) and one
or more text renderings of the same page (``--fields``). By default the
development split of the article-extraction benchmark shared with this project
(``../shared/corpus/aeb-dev.jsonl``: 102 pages, gold bodies by the benchmark's
authors, MIT licence) with three renderings: ``html_text`` and ``inscriptis``
(whole page as text) and ``trafilatura`` (an extractor's output). Nothing from
the corpus is written to the repository: only the fitted weights, the corpus's
SHA-256 and the validation figures.

Labels: a block is *body* when most of its word 4-grams occur in the gold body
(at least :data:`MATCH_SHARE`); blocks too short for 4-grams are body when they
occur verbatim in the gold body *and* sit within the stretch of matched long
blocks (a bare "Home" that happens to appear in the story is not body).

Model: two logistic regressions (see :mod:`newsclean.classify.model`), fitted by
iteratively reweighted least squares with an L2 penalty; each block is weighted
by its words over its document's words, so every document counts the same, as
in the evaluation measure.

Validation: ``--folds`` fold cross-validation grouped by page, reporting the
shingle F1 of the kept blocks for each rendering on pages the model was not
fitted on. The thresholds for ``favor=`` are chosen on those held-out scores.

Usage (needs numpy: ``pip install numpy``)::

    python tools/train_boilerplate.py            # validate, fit, write weights.py
    python tools/train_boilerplate.py --check    # validate only
    python tools/train_boilerplate.py --check --pipeline   # and the whole pipeline, held out
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean.classify.boilerplate import (  # noqa: E402
    MODEL_MIN_BLOCKS,
    cue_changes,
    far_from_prose,
    head_lines,
    headline_at,
    looks_like_page,
    model_view,
)
from newsclean.classify.cues import cue_index  # noqa: E402
from newsclean.classify.features import (  # noqa: E402
    FEATURE_NAMES,
    LineInfo,
    block_features,
    line_info,
)
from newsclean.classify.model import CONTEXT_NAMES, context_features  # noqa: E402
from newsclean.editing import as_article  # noqa: E402
from newsclean.evaluation import shingle_counts, summary  # noqa: E402
from newsclean.pipeline import default_pipeline  # noqa: E402

MATCH_SHARE = 0.5
"""Share of a block's 4-grams that must be in the gold body for it to be body."""
SHORT_TOKENS = 6
"""Blocks with fewer tokens are matched verbatim instead of by 4-grams."""
L2 = 3.0
"""Ridge penalty. Whole-pipeline held-out F1 (two fold seeds) at the balanced
threshold: 1 gave html_text 0.927 / inscriptis 0.907, 3 gave 0.929 / 0.907 with
recall 0.950 (against 0.946), 10 gave 0.928 / 0.906."""
F1_TIE = 0.005
"""Held-out F1 differences below this are noise (about one page in a hundred)."""
WEIGHTS_FILE = ROOT / "src" / "newsclean" / "classify" / "weights.py"


def _norm_tokens(text: str) -> list[str]:
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[‘’“”\"'`´]", "", text)
    return re.findall(r"\w+", text)


def label_blocks(texts: list[str], truth: str) -> list[int]:
    """1 for blocks that are gold body, else 0 (see the module docstring)."""
    gold_tokens = _norm_tokens(truth)
    gold_text = " " + " ".join(gold_tokens) + " "
    gold_grams = {tuple(gold_tokens[i : i + 4]) for i in range(len(gold_tokens) - 3)}
    labels: list[int] = []
    lengths: list[int] = []
    for text in texts:
        toks = _norm_tokens(text)
        lengths.append(len(toks))
        if not toks:
            labels.append(0)
        elif len(toks) >= SHORT_TOKENS:
            grams = [tuple(toks[i : i + 4]) for i in range(len(toks) - 3)]
            share = sum(g in gold_grams for g in grams) / len(grams)
            labels.append(int(share >= MATCH_SHARE))
        else:
            labels.append(int(" " + " ".join(toks) + " " in gold_text))
    long_hits = [i for i, (y, n) in enumerate(zip(labels, lengths, strict=False)) if y and n >= 8]
    if long_hits:
        lo, hi = long_hits[0] - 3, long_hits[-1] + 3
        for i, n in enumerate(lengths):
            if labels[i] and n < 8 and not lo <= i <= hi:
                labels[i] = 0
    return labels


def model_inputs(text: str) -> tuple[list[str], list[LineInfo], int | None, bool, list[bool]]:
    """Texts and line measures of the blocks the model sees, as in the default pipeline,
    and which of them a cue rule already removed (context only, never judged).

    The cleaners before ``strip_boilerplate`` run first, then its cue rules
    (see ``boilerplate.model_view``).
    """
    pipeline = default_pipeline()
    upto = pipeline.names.index("strip_boilerplate")
    article = as_article(text)
    for cleaner in pipeline.cleaners[:upto]:
        article = cleaner(article)
    index = cue_index()
    infos = [line_info(b.text, index) for b in article.blocks]
    decided = cue_changes(article, infos)
    page = looks_like_page(infos, head_lines(article))
    far = far_from_prose(article, infos, decided) if page else {}
    decided.update(far)
    view = model_view(article, far)
    texts = [article.blocks[i].text for i in view]
    judged = len(view) >= MODEL_MIN_BLOCKS and page
    known = [i in decided for i in view]
    return texts, [infos[i] for i in view], headline_at(article, view), judged, known


def load(corpus: Path, fields: list[str], truth_field: str) -> list[dict[str, Any]]:
    docs = []
    with corpus.open(encoding="utf-8") as fh:
        for doc_id, line in enumerate(fh):
            row = json.loads(line)
            for field in fields:
                texts, infos, at, judged, known = model_inputs(row[field])
                feats = np.array(block_features(infos, headline_at=at), dtype=float).reshape(
                    -1, len(FEATURE_NAMES)
                )
                words = np.array([i.words + 1 for i in infos], dtype=float)
                docs.append(
                    {
                        "doc": doc_id,
                        "field": field,
                        "texts": texts,
                        "X": feats,
                        "y": np.array(label_blocks(texts, row[truth_field]), dtype=float),
                        "w": words / words.sum() if len(words) else words,
                        "truth": row[truth_field],
                        "judged": judged,
                        "known": np.array(known, dtype=bool),
                    }
                )
    return docs


def fit(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method (IRLS)."""
    weights = w * len(w) / w.sum()
    beta = np.zeros(X.shape[1])
    penalty = l2 * np.eye(X.shape[1])
    penalty[0, 0] = 0.0  # no penalty on the bias
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(X @ beta)))
        grad = X.T @ (weights * (p - y)) + penalty @ beta
        hess = (X * (weights * p * (1 - p))[:, None]).T @ X + penalty + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def stage2_matrix(X: np.ndarray, beta1: np.ndarray, known: np.ndarray) -> np.ndarray:
    probs = _sigmoid(X @ beta1) if len(X) else np.zeros(0)
    probs[known] = 0.0  # known furniture is "not body" context, as in score_rows
    ctx = np.array(context_features(list(probs)), dtype=float).reshape(-1, len(CONTEXT_NAMES))
    return np.hstack([X, ctx])


def train(docs: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    usable = [d for d in docs if len(d["y"]) and d["judged"]]
    X = np.vstack([d["X"] for d in usable])
    y = np.concatenate([d["y"] for d in usable])
    w = np.concatenate([d["w"] for d in usable])
    # lines a cue rule removed are context only: the model never judges them
    w = w * ~np.concatenate([d["known"] for d in usable])
    beta1 = fit(X, y, w)
    X2 = np.vstack([stage2_matrix(d["X"], beta1, d["known"]) for d in usable])
    beta2 = fit(X2, y, w)
    return beta1, beta2


def predict(doc: dict[str, Any], beta1: np.ndarray, beta2: np.ndarray) -> np.ndarray:
    if not len(doc["y"]):
        return np.zeros(0)
    if not doc["judged"]:
        return np.ones(len(doc["y"]))  # the model does not run on extracted text
    p = _sigmoid(stage2_matrix(doc["X"], beta1, doc["known"]) @ beta2)
    p[doc["known"]] = 0.0
    return p


def fold_assignment(docs: list[dict[str, Any]], folds: int, seed: int) -> dict[int, int]:
    ids = sorted({d["doc"] for d in docs})
    rng = np.random.RandomState(seed)
    rng.shuffle(ids)
    return {doc_id: i % folds for i, doc_id in enumerate(ids)}


def cross_validate(docs: list[dict[str, Any]], folds: int, seed: int) -> None:
    fold_of = fold_assignment(docs, folds, seed)
    for k in range(folds):
        beta1, beta2 = train([d for d in docs if fold_of[d["doc"]] != k])
        for d in docs:
            if fold_of[d["doc"]] == k:
                d["p_cv"] = predict(d, beta1, beta2)


def pipeline_held_out(
    corpus: Path,
    docs: list[dict[str, Any]],
    *,
    fields: list[str],
    truth: str,
    folds: int,
    seed: int,
) -> dict[str, Any]:
    """Body scores of the whole default pipeline (rules and all) on each page, with
    the model fitted on the other folds: the honest estimate for unseen sites."""
    from newsclean.classify import weights

    rows = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    fold_of = fold_assignment(docs, folds, seed)
    saved = weights.STAGE1, weights.STAGE2
    scores: dict[str, list[Any]] = {f: [] for f in fields}
    clean = default_pipeline()
    try:
        for k in range(folds):
            beta1, beta2 = train([d for d in docs if fold_of[d["doc"]] != k])
            weights.STAGE1 = tuple(float(x) for x in beta1)  # type: ignore[assignment]
            weights.STAGE2 = tuple(float(x) for x in beta2)  # type: ignore[assignment]
            for doc_id, row in enumerate(rows):
                if fold_of.get(doc_id) != k:
                    continue
                for field in fields:
                    body = clean(row[field]).body
                    scores[field].append(shingle_counts(row[truth], body))
    finally:
        weights.STAGE1, weights.STAGE2 = saved
    return {f: summary(s) for f, s in scores.items()}


def held_out_scores(docs: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    out = {}
    for field in sorted({d["field"] for d in docs}):
        scores = []
        for d in docs:
            if d["field"] != field:
                continue
            kept = [t for t, p in zip(d["texts"], d["p_cv"], strict=False) if p >= threshold]
            scores.append(shingle_counts(d["truth"], "\n\n".join(kept)))
        out[field] = summary(scores)
    return out


def write_weights(
    beta1: np.ndarray, beta2: np.ndarray, thresholds: dict[str, float], notes: list[str]
) -> None:
    def names(values: tuple[str, ...]) -> str:
        return "(\n" + "".join(f'    "{v}",\n' for v in values) + ")"

    def fmt(values: np.ndarray) -> str:
        return "(\n" + "".join(f"    {v!r},\n" for v in (round(float(x), 5) for x in values)) + ")"

    body = f'''"""Fitted weights of the boilerplate classifier (generated; do not edit by hand).

Written by tools/train_boilerplate.py on {datetime.date.today().isoformat()}.
{chr(10).join(notes)}
"""

FEATURES = {names(FEATURE_NAMES)}
CONTEXT = {names(CONTEXT_NAMES)}

STAGE1 = {fmt(beta1)}

STAGE2 = {fmt(beta2)}

THRESHOLDS = {{{", ".join(f'"{k}": {v}' for k, v in thresholds.items())}}}
"""Minimum probability of body to keep a block, for each ``favor=`` setting."""
'''
    WEIGHTS_FILE.write_text(body, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "aeb-dev.jsonl"
    )
    ap.add_argument("--fields", nargs="+", default=["html_text", "inscriptis", "trafilatura"])
    ap.add_argument("--truth", default="truth")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true", help="validate only, write nothing")
    ap.add_argument(
        "--pipeline",
        action="store_true",
        help="also score the whole pipeline on each fold's held-out pages (with --check)",
    )
    args = ap.parse_args()

    docs = load(args.corpus, args.fields, args.truth)
    cross_validate(docs, args.folds, args.seed)
    table = {}
    for threshold in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        table[threshold] = held_out_scores(docs, threshold)
        row = "  ".join(
            f"{f} F1 {s.f1:.3f} P {s.precision:.3f} R {s.recall:.3f}"
            for f, s in table[threshold].items()
        )
        print(f"held-out, threshold {threshold:.1f}: {row}")
    mean_f1 = {t: sum(s.f1 for s in r.values()) / len(r) for t, r in table.items()}
    # the lowest threshold within F1_TIE of the best: where F1 is flat, keeping
    # article text matters more than removing the last bits of junk
    best_f1 = max(mean_f1.values())
    balanced = min(t for t, f in mean_f1.items() if f >= best_f1 - F1_TIE)
    thresholds = {
        "precision": round(min(balanced + 0.2, 0.9), 2),
        "balanced": balanced,
        "recall": round(max(balanced - 0.2, 0.05), 2),
    }
    print("thresholds:", thresholds)
    if args.pipeline:
        whole = pipeline_held_out(
            args.corpus,
            docs,
            fields=args.fields,
            truth=args.truth,
            folds=args.folds,
            seed=args.seed,
        )
        row = "  ".join(
            f"{f} F1 {s.f1:.3f} P {s.precision:.3f} R {s.recall:.3f}" for f, s in whole.items()
        )
        print(f"held-out, whole pipeline: {row}")
    if args.check:
        return 0
    beta1, beta2 = train(docs)
    digest = hashlib.sha256(args.corpus.read_bytes()).hexdigest()[:16]
    best = table[balanced]
    notes = [
        f"Corpus: {args.corpus.name} (sha256 {digest}…), fields {', '.join(args.fields)},",
        f"{len({d['doc'] for d in docs})} pages, {sum(len(d['y']) for d in docs)} blocks.",
        f"Held-out ({args.folds}-fold by page) at the balanced threshold {balanced}:",
        *(f"  {f}: F1 {s.f1:.3f} P {s.precision:.3f} R {s.recall:.3f}" for f, s in best.items()),
    ]
    write_weights(beta1, beta2, thresholds, notes)
    print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
