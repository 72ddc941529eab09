"""The loader benchmarks' batches are the real extract step's output (bench.load_replay)."""

from __future__ import annotations

import pickle

from bench import corpus, load_replay


def test_make_batches_keeps_the_extract_steps_batches(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(corpus, "ROOT", tmp_path)  # the corpus is written under ROOT/.bench
    monkeypatch.setattr(load_replay, "WORK", tmp_path / "load-replay")
    made = pickle.loads(load_replay.make_batches(6, batch_size=3).read_bytes())
    assert len(made) == 2
    for frames, outcomes, failures in made:
        assert [o.status for o in outcomes] == ["loaded"] * 3
        assert frames["article"].height == 3
        assert failures.is_empty()
