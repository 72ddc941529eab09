"""What the fitting scripts share: feature dicts as a matrix, and Adam steps on a gradient."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def feature_matrix(feats: list[dict[str, float]]) -> tuple[np.ndarray, list[str]]:
    """One row per feature dict, one column per feature name (sorted); absent features are 0."""
    names = sorted({k for f in feats for k in f})
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for r, f in enumerate(feats):
        for k, v in f.items():
            x[r, index[k]] = v
    return x, names


def adam(grad: Callable[[np.ndarray], np.ndarray], dim: int, steps: int, lr: float) -> np.ndarray:
    """Weights after ``steps`` Adam updates from zero, ``grad(w)`` giving the loss gradient."""
    w = np.zeros(dim)
    m1 = np.zeros_like(w)
    m2 = np.zeros_like(w)
    for t in range(1, steps + 1):
        g = grad(w)
        m1 = 0.9 * m1 + 0.1 * g
        m2 = 0.999 * m2 + 0.001 * g**2
        w -= lr * (m1 / (1 - 0.9**t)) / (np.sqrt(m2 / (1 - 0.999**t)) + 1e-8)
    return w
