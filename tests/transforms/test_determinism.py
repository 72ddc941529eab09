"""The same articles give the same people and quotes in every process.

Python salts string hashes per process, so a set of names iterates in a different order from
run to run; a rule that takes "the first" of such a set (or breaks a tie by it) made the
warehouse depend on the process that built it ("Crooked Hillary Clinton" kept as either of two
names). Two processes with different hash seeds must agree on every mention and quote.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import FIXTURES, SAMPLES

# every table's rows of one batch: the bundled samples (three of them unreadable on purpose)
# and the first speaker-identity articles (bylines, titles, runs of quotes, pronouns)
_EXTRACT = """
import sys
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from transforms.batch import RawFile, transform_batch
paths = sorted(Path(sys.argv[1]).glob("*.txt")) + sorted(Path(sys.argv[2]).glob("*.txt"))[:40]
files = [RawFile(str(p), sha256(p.read_bytes()).hexdigest(), p.read_bytes()) for p in paths]
result = transform_batch(files, "run", datetime(2026, 1, 1))
for name, frame in sorted(result.frames.items()):
    for row in frame.rows():
        print(name, row)
for rejection in result.rejections:
    print("rejected", rejection)
"""


def test_two_processes_with_different_hash_seeds_extract_the_same_rows():
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _EXTRACT, str(SAMPLES), str(FIXTURES / "speaker_identity")],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs[0][1][-2000:]
    first, second = (out.splitlines() for out, _ in outputs)
    assert sum(line.startswith("quote ") for line in first) > 200  # quotes and speakers
    assert sum(line.startswith("person_mention ") for line in first) > 500
    assert first == second
