"""Show what the extractors make of one article: every person mention (span, canonical name,
where it came from) and every quote with the rule that first credited it and the final speaker.
The quickest way to see why an error list has a line.

    uv run --frozen python -m bench.explain path/to/article.txt
    uv run --frozen python -m bench.explain --text "“We will rebuild,” Mayor Ana Rua said."
    uv run --frozen python -m bench.explain article.txt --parse    # ... and the dependency parse
"""

from __future__ import annotations

import argparse
from pathlib import Path

from transforms.nlp import annotate
from transforms.people import extract_mentions, name_regions
from transforms.quotes import extract_quotes, rule_attributions
from transforms.readers import read_file
from transforms.speaker_resolver import SpeakerResolver


def explain(name: str, raw: bytes, show_parse: bool = False) -> None:
    records, _ = read_file(name, raw)
    pdoc = records[0].doc
    if pdoc is None:
        raise SystemExit(f"{name}: not read as an article")
    doc = next(annotate([pdoc.document_text]))
    text = doc.text
    mentions = extract_mentions(doc, *name_regions(pdoc))
    print("# people")
    for m in mentions:
        print(f"{m.start}:{m.end} {m.surface!r} -> {m.canonical!r} ({m.source})")
    resolver = SpeakerResolver(doc, mentions, [])
    rules = {qs.start: att for qs, att, _ in rule_attributions(doc, pdoc.body, resolver)}
    print("# quotes")
    for q in extract_quotes(doc, pdoc.body, mentions, pdoc.title_span):
        att = rules.get(q.start)
        first = (
            f"{att.how}:{text[att.speaker_start : att.speaker_end]!r}"
            if att is not None and att.speaker_start is not None
            else (att.how if att is not None else "title")
        )
        quote = " ".join(q.text.split())
        print(f"{q.start}:{q.end} [{quote[:70]}] rule={first} -> {q.speaker_surface!r}")
        print(f"    = {q.speaker_canonical!r}")
    if show_parse:
        print("# parse")
        for sent in doc.sents:
            print("--", " ".join(sent.text.split())[:120])
            for t in sent:
                print(
                    f"  {t.i} {t.text!r} {t.pos_} {t.dep_} <- {t.head.i} {t.head.text!r} {t.ent_type_}"
                )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", type=Path, help="an article file (.txt, .html, .json …)")
    ap.add_argument("--text", help="the article's text, instead of a file")
    ap.add_argument("--parse", action="store_true", help="also print the dependency parse")
    args = ap.parse_args()
    if args.text is not None:
        explain("text.txt", ("Headline\n\n" + args.text).encode(), args.parse)
    elif args.path is not None:
        explain(str(args.path), args.path.read_bytes(), args.parse)
    else:
        ap.error("give an article file or --text")


if __name__ == "__main__":
    main()
