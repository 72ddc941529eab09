"""Worker memory against new vocabulary: a worker's RSS and spaCy string store, batch by batch,
over every distinct article of the shared corpus (each brings words no earlier one had), for
the batch transform as the flow runs it (each batch in a spaCy memory zone) and, as the
baseline in the same run, the same batch transform with the zone left out.

    uv run --frozen python -m bench.vocab_memory [--corpus ../shared/corpus] [--batch 100]

The two sides run one after the other, each in a fresh process; prints one line per batch and a
summary (growth from the first batch to the last).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path

from bench.corpus import ROOT

ARTICLES = "*/*/*.txt"  # the corpus's layout: dataset/half/article.txt


def _rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20


def side(mode: str, corpus: Path, batch: int) -> None:
    """One side, in this process: one JSON line per batch on stdout."""
    from transforms import batch as batch_module
    from transforms.batch import RawFile, transform_batch
    from transforms.nlp import load_model

    if mode == "plain":  # the baseline: the same batch transform without the zone
        batch_module.memory_zone = nullcontext

    paths = sorted(corpus.glob(ARTICLES))
    files = [RawFile(str(p), "", p.read_bytes()) for p in paths]
    nlp = load_model()
    for i in range(0, len(files), batch):
        chunk = files[i : i + batch]
        transform_batch(chunk, "bench", datetime.now(UTC))
        line = {"mode": mode, "articles": i + len(chunk), "rss_mb": round(_rss_mb(), 1),
                "strings": len(nlp.vocab.strings)}  # fmt: skip
        print(json.dumps(line), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--side", choices=["zone", "plain"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not any(args.corpus.glob(ARTICLES)):
        raise SystemExit(f"error: no articles in {args.corpus / ARTICLES}")
    if args.side:
        side(args.side, args.corpus, args.batch)
        return
    result = {}
    for mode in ("plain", "zone"):
        cmd = [sys.executable, "-m", "bench.vocab_memory", "--side", mode,
               "--corpus", str(args.corpus), "--batch", str(args.batch)]  # fmt: skip
        lines = []
        with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True) as proc:
            for raw in proc.stdout:
                lines.append(json.loads(raw))
                print(raw.strip(), flush=True)
        if proc.returncode:
            raise SystemExit(f"the {mode} side failed")
        first, last = lines[0], lines[-1]
        result[mode] = {"articles": last["articles"], "rss_first_mb": first["rss_mb"],
                        "rss_last_mb": last["rss_mb"], "strings_first": first["strings"],
                        "strings_last": last["strings"]}  # fmt: skip
    for mode, r in result.items():
        label = "memory zone per batch" if mode == "zone" else "baseline, no zone"
        print(f"{label:>22}: {r['articles']} articles; RSS {r['rss_first_mb']:.0f} -> "
              f"{r['rss_last_mb']:.0f} MB; spaCy strings {r['strings_first']:,} -> "
              f"{r['strings_last']:,}")  # fmt: skip


if __name__ == "__main__":
    main()
