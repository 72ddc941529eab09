"""Fit the person-mention filter (transforms/person_filter.py) on CoNLL's training half and
write its weights and threshold to transforms/data/person_filter.json:

    uv run --frozen python -m bench.fit_people ../shared/corpus/conll/train

Every candidate mention the rules propose and do not object to (bylines aside) is an example, labelled by whether its
span equals a gold person span. An L2-regularised logistic regression (Adam on the mean log
loss) learns the weights; the threshold maximises exact-span F1 over the training documents,
using 5-fold out-of-fold probabilities so it is not set on the examples a weight was fitted on.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from bench.fitting import adam, feature_matrix
from bench.quality import parsed
from transforms.people import candidate_mentions, name_regions
from transforms.person_filter import WEIGHTS, features
from transforms.scoring import load_gold


def examples(gold_dir: Path) -> tuple[list[dict[str, float]], list[bool], list[int], int]:
    """Features, labels and document number of every candidate, and the number of gold spans."""
    gold = load_gold(gold_dir)
    feats: list[dict[str, float]] = []
    labels: list[bool] = []
    docs: list[int] = []
    n_gold = 0
    for i, (stem, pdoc, doc) in enumerate(parsed(gold_dir)):
        if "people" not in gold.get(stem, {}):
            continue
        want = {(p["start"], p["end"]) for p in gold[stem]["people"] if "start" in p}
        n_gold += len(want)
        cands, canon = candidate_mentions(doc, *name_regions(pdoc))
        cands = [c for c in cands if c.source != "byline" and not c.rule_flags]
        feats += features(doc, cands, canon)
        labels += [(c.start, c.end) in want for c in cands]
        docs += [i] * len(cands)
    return feats, labels, docs, n_gold


def fit(x: np.ndarray, y: np.ndarray, l2: float = 3e-4, steps: int = 1500, lr: float = 0.05):
    def grad(w: np.ndarray) -> np.ndarray:
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        return x.T @ (p - y) / len(y) + l2 * w

    return adam(grad, x.shape[1], steps, lr)


def best_threshold(
    p: np.ndarray, y: np.ndarray, n_gold: int, slack: float = 0.0
) -> tuple[float, float]:
    """The lowest threshold whose exact-span F1 (gold spans no candidate hits stay misses) is
    within ``slack`` of the best: where F1 is flat, keep the mentions."""
    curve = []
    for t in np.arange(0.05, 0.951, 0.01):
        kept = p >= t
        tp = int((kept & y).sum())
        fp = int((kept & ~y).sum())
        curve.append((round(float(t), 2), 2 * tp / (2 * tp + fp + (n_gold - tp))))
    top = max(f1 for _, f1 in curve)
    return next((t, f1) for t, f1 in curve if f1 >= top - slack)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--l2", type=float, default=3e-4)
    ap.add_argument("--slack", type=float, default=0.001, help="F1 given up for recall")
    args = ap.parse_args()
    feats, labels, docs, n_gold = examples(args.gold_dir)
    x, names = feature_matrix(feats)
    y = np.array(labels, dtype=bool)
    fold = np.array(docs) % 5
    oof = np.zeros(len(y))
    for k in range(5):
        w = fit(x[fold != k], y[fold != k], args.l2)
        oof[fold == k] = 1 / (1 + np.exp(-np.clip(x[fold == k] @ w, -30, 30)))
    for t in np.arange(0.2, 0.71, 0.05):
        f1_at = best_threshold((oof >= t).astype(float), y, n_gold)[1]
        print(f"  out-of-fold F1 at {t:.2f}: {f1_at:.4f}")
    threshold, f1 = best_threshold(oof, y, n_gold, args.slack)
    _, rule_f1 = best_threshold(np.ones(len(y)), y, n_gold)
    print(f"{len(y)} candidates ({int(y.sum())} right), {n_gold} gold spans")
    print(f"rules F1 {rule_f1:.4f}; out-of-fold model F1 {f1:.4f} at threshold {threshold}")
    w = fit(x, y, args.l2)
    weights = {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if abs(v) > 1e-4}
    for n, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:25]:
        print(f"  {n:22s} {v:+.3f}")
    data = {"threshold": threshold, "weights": weights}
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {len(weights)} weights to {args.out}")


if __name__ == "__main__":
    main()
