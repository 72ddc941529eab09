"""`newsdesk eval`: run the real pipeline over a folder of annotated .txt files into a scratch
warehouse and score its people and quotes against the gold files beside them."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flows.ingest import ingest, prepare
from transforms.scoring import Report, load_gold, score
from warehouse import predictions
from warehouse.connect import connect_reader


def evaluate(gold_dir: Path, warehouse: Path | None = None) -> Report:
    """Ingest GOLD_DIR/*.txt (not the gold files) and score the result."""
    gold = load_gold(gold_dir)
    if not gold:
        raise FileNotFoundError(f"no *.gold.json files in {gold_dir}")
    with tempfile.TemporaryDirectory(prefix="newsdesk-eval-") as scratch:
        path = warehouse or Path(scratch) / "eval.duckdb"
        prepare()
        ingest(str(gold_dir.resolve() / "*.txt"), str(path))
        with connect_reader(path) as con:
            return score(gold, predictions.mentions(con), predictions.quotes(con))
