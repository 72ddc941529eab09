"""Fit the speaker ranker (transforms/speaker_ranker.py) on PolNeAR's training half and write
its weights to transforms/data/speaker_weights.json:

    uv run --frozen python -m bench.fit_speakers ../shared/corpus/polnear/train

For every predicted quote the ranker decides (as ``transforms.quotes.extract_quotes`` runs it:
no block quote, no quote a sure rule attributed) that matches a gold quote with a gold speaker
span, the candidates overlapping that span are the positives; a conditional-logit model (softmax over the quote's
candidates, L2-regularised, plain gradient descent with Adam) learns the weights.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from bench.fitting import adam, feature_matrix
from bench.quality import parsed
from transforms.nlp import text_of
from transforms.people import extract_mentions, name_regions
from transforms.quote_marks import find_quotes
from transforms.quotes import SURE_RULES, rule_attributions
from transforms.scoring import load_gold
from transforms.speaker_ranker import WEIGHTS, candidates, discourse
from transforms.speaker_resolver import SpeakerResolver


def _units(g: dict) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(quote piece span, gold speaker span) of the gold direct and mixed quotes."""
    out = []
    for q in g.get("quotes", []):
        if q.get("kind") == "indirect" or q.get("speaker_start") is None:
            continue
        pieces = q.get("partials") if q.get("kind") == "mixed" and q.get("partials") else [q]
        out += [((p["start"], p["end"]), (q["speaker_start"], q["speaker_end"])) for p in pieces]
    return out


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def groups(gold_dir: Path) -> list[tuple[list[dict[str, float]], list[bool]]]:
    gold = load_gold(gold_dir)
    out = []
    for stem, pdoc, doc in parsed(gold_dir):
        units = _units(gold.get(stem, {}))
        mentions = extract_mentions(doc, *name_regions(pdoc))
        marks = find_quotes(text_of(doc), pdoc.body)
        resolver = SpeakerResolver(doc, mentions, [(qs.start, qs.end) for qs in marks])
        rows = rule_attributions(doc, pdoc.body, resolver, marks)
        quoted = [(qs.start, qs.end) for qs, _, _ in rows]
        contexts = discourse(doc, rows, resolver)
        for (qs, att, floor), context in zip(rows, contexts, strict=True):
            if qs.block or att.how in SURE_RULES:
                continue
            match = max(units, key=lambda u: _iou(u[0], (qs.start, qs.end)), default=None)
            if match is None or _iou(match[0], (qs.start, qs.end)) < 0.5:
                continue
            s, e = match[1]
            cands = candidates(doc, qs.start, qs.end, att, resolver, floor, quoted, context)
            labels = [c.start < e and s < c.end for c in cands]
            if any(labels) and not all(labels):
                out.append(([c.features for c in cands], labels))
    return out


def fit(data, l2: float = 1e-3, steps: int = 600, lr: float = 0.05) -> dict[str, float]:
    x_all, names = feature_matrix([f for feats, _ in data for f in feats])
    pos_all = np.concatenate([np.array(labels, dtype=bool) for _, labels in data])
    seg = np.repeat(np.arange(len(data)), [len(labels) for _, labels in data])
    n = len(data)

    def grad(w: np.ndarray) -> np.ndarray:
        z = x_all @ w
        zmax = np.full(n, -np.inf)
        np.maximum.at(zmax, seg, z)
        ez = np.exp(z - zmax[seg])
        tot = np.bincount(seg, ez, n)
        pos = np.bincount(seg, ez * pos_all, n)
        p = ez / tot[seg]  # model probability of each candidate
        q = np.where(pos_all, ez / pos[seg], 0.0)  # posterior over the positives
        return x_all.T @ (p - q) / n + l2 * w

    w = adam(grad, len(names), steps, lr)
    z = x_all @ w
    right = 0
    for i in range(n):
        zi = z[seg == i]
        right += bool(pos_all[seg == i][int(np.argmax(zi))])
    print(f"{n} quotes, train top-1 among candidates {right / n:.3f}")
    return {name: round(float(v), 4) for name, v in zip(names, w, strict=True) if abs(v) > 1e-4}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    args = ap.parse_args()
    weights = fit(groups(args.gold_dir))
    args.out.write_text(json.dumps(weights, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {len(weights)} weights to {args.out}")


if __name__ == "__main__":
    main()
