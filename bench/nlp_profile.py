"""Seconds per spaCy component over the lines of benchmark articles, in one process: where the
NLP time goes (`python -m bench.nlp_profile [N]`)."""

from __future__ import annotations

import argparse
import time

from bench import corpus
from transforms.nlp import lines_of, load_model
from transforms.readers import read_file


def article_texts(n: int) -> list[str]:
    folder = corpus.build(corpus.ROOT / ".bench" / f"corpus-{n}", n)
    texts = []
    for path in sorted(folder.glob("*.txt")):
        records, _ = read_file(str(path), path.read_bytes())
        texts += [r.doc.document_text for r in records if r.doc is not None]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", type=int, nargs="?", default=200)
    n = parser.parse_args().articles
    nlp = load_model()
    lines = [line for t in article_texts(n) for line in lines_of(t)]
    words = sum(len(line.split()) for line in lines)
    docs = list(nlp.tokenizer.pipe(lines))
    seconds: dict[str, float] = {}
    names = [n for n in nlp.pipe_names]
    for name in names:
        proc = nlp.get_pipe(name)
        start = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=64))
        seconds[name] = time.perf_counter() - start
    total = sum(seconds.values())
    print(f"{len(lines)} lines, {words} words; {total:.1f} s = {words / total:.0f} words/s")
    for name, sec in seconds.items():
        print(f"  {name:16} {sec:6.2f} s  {sec / total:5.1%}")


if __name__ == "__main__":
    main()
