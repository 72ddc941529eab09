"""Save the extractors' error lists on every evaluation set, and compare two saved runs line
by line: the check behind every rule change (what it fixed, what it broke).

    uv run --frozen python -m bench.error_lists save before            # the starting code
    uv run --frozen python -m bench.error_lists save after --train     # ... and the train halves
    uv run --frozen python -m bench.error_lists diff before after

``save`` writes one file per set under ``--out`` (error lines from ``bench.quality``, then the
totals); the held-out set contributes totals only, so that no rule is read off its errors.
``diff`` prints, per set, the number of errors in each run, the totals and the changed lines.
"""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path

from bench import quality

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
OUT = Path("/tmp/newsdesk-error-lists")

# name -> (gold folder, relative to the corpus unless it is a fixture; what to list)
SETS: dict[str, tuple[str, str]] = {
    "pol.q": ("polnear/dev", "quotes"),
    "gum.q": ("gum/dev", "quotes"),
    "seed.q": ("seed", "quotes"),
    "ident.q": ("@speaker_identity", "quotes"),
    "conll.p": ("conll/dev", "people"),
    "gum.p": ("gum/dev", "people"),
    "seed.p": ("seed", "people"),
    "ident.p": ("@speaker_identity", "people"),
    "blind": ("@speaker_identity_blind", "totals"),
}
TRAIN_SETS: dict[str, tuple[str, str]] = {
    "tpol.q": ("polnear/train", "quotes"),
    "tconll.p": ("conll/train", "people"),
}
ERROR_KINDS = (" FP ", " FN ", " SPK ")


def folder(where: str, corpus: Path) -> Path:
    """A set's gold folder: ``@name`` is a test fixture, anything else is under the corpus."""
    return FIXTURES / where[1:] if where.startswith("@") else corpus / where


def lines_for(gold_dir: Path, what: str) -> list[str]:
    """Error lines (for ``people`` or ``quotes``) followed by the set's totals."""
    if what == "people":
        return quality.mention_errors(gold_dir)
    report, gold, by_doc = quality.run(gold_dir)
    out = []
    if what == "quotes":
        texts = {s: (gold_dir / f"{s}.txt").read_text("utf-8") for s in gold}
        out += quality.quote_errors(gold, by_doc, texts)
    out += [str(row) for row in report.to_rows()]
    out.append(f"speaker accuracy {report.speaker_accuracy:.4f}")
    return out


def save(tag: str, corpus: Path, out: Path, train: bool) -> None:
    """Write ``out/TAG.SET`` for every set (and the train halves, with ``train``)."""
    out.mkdir(parents=True, exist_ok=True)
    sets = SETS | (TRAIN_SETS if train else {})
    for name, (where, what) in sets.items():
        gold_dir = folder(where, corpus)
        if not gold_dir.is_dir():
            print(f"{name}: no folder {gold_dir}, skipped")
            continue
        lines = lines_for(gold_dir, what)
        (out / f"{tag}.{name}").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{name}: {sum(_is_error(line) for line in lines)} errors")


def _is_error(line: str) -> bool:
    """An error line (FP, FN or SPK), not a total."""
    return any(kind in line for kind in ERROR_KINDS)


def diff(old: str, new: str, out: Path) -> None:
    """Per set saved under both tags: the error counts, the lines that went and came, and
    the totals that changed."""
    for name in [*SETS, *TRAIN_SETS]:
        before, after = out / f"{old}.{name}", out / f"{new}.{name}"
        if not (before.exists() and after.exists()):
            continue
        a, b = before.read_text("utf-8").splitlines(), after.read_text("utf-8").splitlines()
        errs_a, errs_b = sorted(filter(_is_error, a)), sorted(filter(_is_error, b))
        print(f"== {name}: {len(errs_a)} -> {len(errs_b)} errors")
        for line in difflib.unified_diff(errs_a, errs_b, lineterm="", n=0):
            if not line.startswith(("---", "+++", "@@")):
                print(line)
        totals_a = [x for x in a if not _is_error(x)]
        totals_b = [x for x in b if not _is_error(x)]
        if totals_a != totals_b:
            for x, y in zip(totals_a, totals_b, strict=False):
                if x != y:
                    print(f"   {x}\n-> {y}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("save", help="run every set and save its error list under a tag")
    s.add_argument("tag")
    s.add_argument("--train", action="store_true", help="also the train halves (slow)")
    d = sub.add_parser("diff", help="compare two saved tags set by set")
    d.add_argument("old")
    d.add_argument("new")
    for p in (s, d):
        p.add_argument("--out", type=Path, default=OUT, help=f"where lists are kept ({OUT})")
    s.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    args = ap.parse_args()
    if args.command == "save":
        save(args.tag, args.corpus, args.out, args.train)
    else:
        diff(args.old, args.new, args.out)


if __name__ == "__main__":
    main()
