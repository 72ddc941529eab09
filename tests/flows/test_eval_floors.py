"""`newsdesk eval` on the dev halves of ../shared/corpus and on our own speaker-identity gold
set: quality may not fall below these floors (a little under what the pipeline reaches), so a
regression fails CI."""

from __future__ import annotations

import pytest

from flows.evaluate import evaluate
from tests.paths import FIXTURES, SHARED

CORPUS = SHARED / "corpus"
OURS = {
    "speaker_identity": FIXTURES / "speaker_identity",
    "speaker_identity_blind": FIXTURES / "speaker_identity_blind",
}
FLOORS = {
    "conll/dev": {"mentions_exact": 0.968},
    "gum/dev": {"mentions_exact": 0.865, "quotes": 0.68},
    "polnear/dev": {"quotes": 0.955, "quote_speaker": 0.895, "speaker_accuracy": 0.935},
    "seed": {"quotes": 1.0, "quote_speaker": 1.0, "people": 1.0, "speaker_accuracy": 1.0},
    "speaker_identity": {"quotes": 0.98, "speaker_accuracy": 0.97, "people": 0.965},
    "speaker_identity_blind": {"quotes": 0.98, "speaker_accuracy": 0.9, "people": 0.93},
}


@pytest.mark.parametrize("dataset", sorted(FLOORS))
def test_quality_stays_above_its_floor(dataset):
    folder = OURS.get(dataset, CORPUS / dataset)
    if not folder.exists():
        pytest.fail(f"{folder} is missing: ../shared must sit beside the repository")
    report = evaluate(folder)
    f1 = {row["metric"]: row["f1"] for row in report.to_rows()}
    for metric, floor in FLOORS[dataset].items():
        assert f1[metric] >= floor, f"{dataset} {metric}: {f1[metric]:.3f} < floor {floor}"
