"""Fast quality loop for the people/quote extractors: parse a gold folder once (spaCy Docs
cached under ``--cache``), then re-run only the extraction and the scorer in process.

    uv run --frozen python -m bench.quality ../shared/corpus/polnear/dev [--errors quotes|people]

The figures equal ``newsdesk eval`` (same readers, transforms and scorer) as long as the
model output is unchanged; use ``newsdesk eval`` for the published numbers.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
from pathlib import Path

import polars as pl
from spacy.tokens import DocBin

from transforms.lexicon import TITLE_ABBREVIATIONS
from transforms.nlp import annotate, load_model, text_of
from transforms.people import extract_mentions, name_regions
from transforms.quotes import Quote, extract_quotes
from transforms.readers import read_file
from transforms.scoring import (
    Report,
    _gold_people,
    _gold_quote_units,
    _iou_at_least_half,
    _is_article_level,
    _match,
    _pred_quote,
    _speaker_right,
    load_gold,
    people_errors,
    score,
)

CACHE = Path("/tmp/newsdesk-quality-cache")


def parsed(gold_dir: Path, cache: Path | None = None) -> list[tuple[str, object, object]]:
    """(stem, ParsedDocument, spaCy Doc) for every gold document, parsed once per folder and
    set of texts and tokenizer special cases (under ``CACHE`` unless told: after a change to a reader, use a fresh folder)."""
    cache = cache or CACHE
    digest = hashlib.sha1(str(gold_dir.resolve()).encode())
    digest.update(repr(TITLE_ABBREVIATIONS).encode())  # the tokenizer's special cases
    for path in sorted(gold_dir.glob("*.txt")):
        digest.update(path.name.encode() + path.read_bytes())
    key = digest.hexdigest()[:12]
    docs_path, meta_path = cache / f"{key}.spacy", cache / f"{key}.pkl"
    if docs_path.exists() and meta_path.exists():
        stems, pdocs = pickle.loads(meta_path.read_bytes())
        nlp = load_model()
        docs = list(DocBin().from_disk(docs_path).get_docs(nlp.vocab))
        return list(zip(stems, pdocs, docs, strict=True))
    stems, pdocs = [], []
    for path in sorted(gold_dir.glob("*.txt")):
        records, _ = read_file(str(path), path.read_bytes())
        doc = records[0].doc
        if doc is None:
            continue
        stems.append(path.stem)
        pdocs.append(doc)
    docs = list(annotate(d.document_text for d in pdocs))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(docs_path)
    meta_path.write_bytes(pickle.dumps((stems, pdocs)))
    return list(zip(stems, pdocs, docs, strict=True))


def extract(items) -> tuple[pl.DataFrame, pl.DataFrame, dict[str, list[Quote]]]:
    mention_rows, quote_rows, by_doc = [], [], {}
    for stem, pdoc, doc in items:
        mentions = extract_mentions(doc, *name_regions(pdoc))
        quotes = extract_quotes(doc, pdoc.body, mentions, pdoc.title_span)
        by_doc[stem] = quotes
        mention_rows += [
            {"doc": stem, "char_start": m.start, "char_end": m.end, "canonical_name": m.canonical}
            for m in mentions
        ]
        quote_rows += [
            {
                "doc": stem,
                "char_start": q.start,
                "char_end": q.end,
                "speaker_surface": q.speaker_surface,
                "speaker_char_start": q.speaker_start,
                "speaker_char_end": q.speaker_end,
                "speaker_canonical": q.speaker_canonical,
            }
            for q in quotes
        ]
    return pl.DataFrame(mention_rows), pl.DataFrame(quote_rows), by_doc


def run(gold_dir: Path) -> tuple[Report, dict, dict[str, list[Quote]]]:
    gold = load_gold(gold_dir)
    items = parsed(gold_dir)
    mentions, quotes, by_doc = extract(items)
    return score(gold, mentions, quotes), gold, by_doc


def mention_errors(gold_dir: Path) -> list[str]:
    """One line per exact-span person error: ``stem FP|FN start:end 'surface' …context…``."""
    gold = load_gold(gold_dir)
    items = [x for x in parsed(gold_dir) if "people" in gold.get(x[0], {})]
    mentions, _, _ = extract(items)
    lines = []
    for stem, _pdoc, doc in items:
        if _is_article_level(gold[stem]):
            lines += _people_errors(stem, gold[stem], mentions)
            continue
        text = text_of(doc)
        want = {(p["start"], p["end"]) for p in gold[stem]["people"]}
        got = set()
        if mentions.height:
            rows = mentions.filter(pl.col("doc") == stem)
            got = set(zip(rows["char_start"], rows["char_end"], strict=True))
        for kind, spans in (("FP", got - want), ("FN", want - got)):
            for s, e in sorted(spans):
                context = text[max(0, s - 40) : e + 40].replace("\n", " | ")
                lines.append(f"{stem} {kind} {s}:{e} {text[s:e]!r} …{context}…")
    return lines


def _people_errors(stem: str, g: dict, mentions: pl.DataFrame) -> list[str]:
    """Article-level gold: canonical names predicted that count as false positives (FP) and
    gold people no predicted name found (FN), matched as the scorer matches them."""
    names = []
    if mentions.height:
        names = mentions.filter(pl.col("doc") == stem)["canonical_name"].unique().to_list()
    false, missed = people_errors(g, names)
    return [f"{stem} FP {n!r}" for n in false] + [f"{stem} FN {n!r}" for n in missed]


def _row(q: Quote) -> dict[str, object]:
    """A quote as the scorer reads it from the quote table."""
    return {
        "char_start": q.start,
        "char_end": q.end,
        "speaker_char_start": q.speaker_start,
        "speaker_char_end": q.speaker_end,
        "speaker_surface": q.speaker_surface,
        "speaker_canonical": q.speaker_canonical,
    }


def quote_errors(gold: dict, by_doc: dict[str, list[Quote]], texts: dict[str, str]) -> list[str]:
    """One line per wrong quote: FP (predicted, not gold), FN (gold, missed) and SPK (matched,
    wrong speaker), each with the quote and its surroundings."""

    def ctx(text: str, s: int, e: int, width: int = 40) -> str:
        snippet = f"{text[max(0, s - width) : s]}[{text[s:e]}]{text[e : e + width]}"
        return " ".join(snippet.split())

    lines = []
    for stem, g in sorted(gold.items()):
        parsed_units = _gold_quote_units(g)
        if parsed_units is None or stem not in texts:
            continue
        units, neutral = parsed_units
        text, preds = texts[stem], by_doc.get(stem, [])
        spans = [(q.start, q.end) for q in preds]
        matched = _match([u.span for u in units], spans, _iou_at_least_half)
        people = _gold_people(g.get("people"))
        for pi, q in enumerate(preds):
            if pi in matched:
                u = units[matched[pi]]
                if u.has_speaker and not _speaker_right(u, _pred_quote(_row(q)), people):
                    lines.append(
                        f"{stem} SPK gold={u.speaker!r} pred={q.speaker_surface!r}"
                        f"={q.speaker_canonical!r} | {ctx(text, q.start, q.end, 80)[:300]}"
                    )
            elif not any(_iou_at_least_half(n, spans[pi]) for n in neutral):
                lines.append(f"{stem} FP {q.kind} | {ctx(text, q.start, q.end)[:240]}")
        for ui, u in enumerate(units):
            if ui not in matched.values():
                s, e = u.span
                lines.append(f"{stem} FN {u.kind} | {ctx(text, s, e)[:240]}")
    return lines


def main() -> None:
    global CACHE
    ap = argparse.ArgumentParser()
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument(
        "--errors", choices=["people", "quotes"], help="list person-mention or quote/speaker errors"
    )
    ap.add_argument("--cache", type=Path, help=f"where parsed documents are kept ({CACHE})")
    args = ap.parse_args()
    if args.cache:
        CACHE = args.cache
    if args.errors == "people":
        print("\n".join(mention_errors(args.gold_dir)))
        return
    report, gold, by_doc = run(args.gold_dir)
    if args.errors == "quotes":
        texts = {stem: (args.gold_dir / f"{stem}.txt").read_text("utf-8") for stem in gold}
        for line in quote_errors(gold, by_doc, texts):
            print(line)
    for row in report.to_rows():
        print(row)
    print("speaker accuracy", round(report.speaker_accuracy, 4))


if __name__ == "__main__":
    main()
