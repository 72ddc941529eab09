"""Score predicted person mentions and quotes against gold annotation files.

Implements the rules of the evaluation corpus (``corpus/README.md``, "How results are scored").
Which rules apply to a document is decided from its gold content, not from its folder:

* **Span-level people** (conll, gum): gold ``people`` entries carry ``start``/``end``.
  Predicted mentions are scored exactly (same span) and leniently (any overlap), one-to-one.
  A document whose gold ``people`` list is empty counts every predicted mention as a false
  positive; a document without a ``people`` key is not scored for mentions.
* **Article-level people** (seed): gold ``people`` entries carry ``name``/``aliases`` (or the gold
  has ``people_optional``, or quotes name a ``speaker`` without offsets).  The set of predicted
  canonical names is compared with the gold people; ``people_optional`` is neutral.
* **Quotes** (polnear, gum, seed): gold units are every quote except ``indirect`` ones, with a
  ``mixed`` quote replaced by its ``partials`` (a ``mixed`` quote without partials counts as its
  whole span).  A prediction matches a unit when overlap / union >= 0.5; matching is one-to-one,
  best overlap first.  An unmatched prediction that overlaps an ``indirect`` quote by the same
  measure counts neither for nor against.
* **Speakers** (polnear, seed): for each matched unit whose gold quote has a ``speaker`` key, the
  attribution is right when the predicted speaker span overlaps the gold speaker span, or, for
  gold without speaker offsets, when the predicted ``speaker_canonical`` resolves to the gold
  speaker person (its name or one of its aliases).  A ``null`` gold speaker is right only when
  no speaker is predicted.  A gold speaker marked ``"speaker_named": false`` (newsdesk's extension
  for speaker identity: "a spokesperson said") is right when a speaker is predicted that resolves
  to no person.  Reported as accuracy over matched units and as end-to-end F1 of
  (quote, right speaker) pairs.

The module is pure: the only I/O is :func:`load_gold` reading ``*.gold.json`` files.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl

__all__ = [
    "GOLD_SUFFIX",
    "QUOTE_MIN_IOU",
    "Counts",
    "DocErrors",
    "DocScore",
    "Report",
    "load_gold",
    "score",
]

GOLD_SUFFIX = ".gold.json"
QUOTE_MIN_IOU = 0.5
"""Minimum character overlap / union for a predicted quote to match a gold quote (inclusive)."""

Span = tuple[int, int]
GoldDoc = Mapping[str, Any]

_MENTION_REQUIRED = ("doc", "char_start", "char_end")
_QUOTE_REQUIRED = ("doc", "char_start", "char_end")


# --------------------------------------------------------------------------------------------
# Result types
# --------------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass(frozen=True, slots=True)
class Counts:
    """True/false positives and false negatives, with derived P/R/F1 (0.0 when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def errors(self) -> int:
        return self.fp + self.fn

    def as_dict(self) -> dict[str, int | float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class DocScore:
    """Per-document counts; a metric is ``None`` when the document's gold does not cover it."""

    doc: str
    mentions_exact: Counts | None = None
    mentions_lenient: Counts | None = None
    quotes: Counts | None = None
    quotes_by_kind: Mapping[str, Counts] = field(default_factory=dict)
    speakers_right: int | None = None
    speakers_total: int | None = None
    quote_speaker: Counts | None = None
    people: Counts | None = None

    @property
    def speaker_errors(self) -> int:
        if self.speakers_total is None or self.speakers_right is None:
            return 0
        return self.speakers_total - self.speakers_right

    def errors(self) -> DocErrors:
        mention = self.mentions_exact.errors if self.mentions_exact else 0
        quote = self.quotes.errors if self.quotes else 0
        people = self.people.errors if self.people else 0
        return DocErrors(self.doc, mention, quote, self.speaker_errors, people)

    def as_dict(self) -> dict[str, Any]:
        def opt(c: Counts | None) -> dict[str, int | float] | None:
            return c.as_dict() if c is not None else None

        return {
            "doc": self.doc,
            "mentions_exact": opt(self.mentions_exact),
            "mentions_lenient": opt(self.mentions_lenient),
            "quotes": opt(self.quotes),
            "quotes_by_kind": {k: {"tp": c.tp, "fn": c.fn} for k, c in self.quotes_by_kind.items()},
            "speakers_right": self.speakers_right,
            "speakers_total": self.speakers_total,
            "quote_speaker": opt(self.quote_speaker),
            "people": opt(self.people),
        }


class DocErrors(NamedTuple):
    """Error counts of one document: mentions and quotes are exact fp+fn, speakers are wrong
    attributions among matched quotes, people are fp+fn of the people-per-article metric."""

    doc: str
    mention_errors: int
    quote_errors: int
    speaker_errors: int
    people_errors: int

    @property
    def total(self) -> int:
        return self.mention_errors + self.quote_errors + self.speaker_errors + self.people_errors


def _sum_counts(items: Sequence[Counts | None]) -> tuple[Counts, int]:
    total = Counts()
    n_docs = 0
    for item in items:
        if item is not None:
            total += item
            n_docs += 1
    return total, n_docs


@dataclass(frozen=True, slots=True)
class Report:
    """Corpus-level scores (micro-averaged over documents) plus the per-document breakdown.

    ``quotes_by_kind`` is keyed by the gold kind of the quote unit (partials of a ``mixed``
    quote count as ``mixed``); only ``tp`` (matched) and ``fn`` (missed) are meaningful there,
    i.e. per-kind figures are recall only.  ``*_docs`` count the documents whose gold covers a
    metric; a metric with zero documents was not scored.
    """

    mentions_exact: Counts
    mentions_lenient: Counts
    quotes: Counts
    quotes_by_kind: dict[str, Counts]
    speakers_right: int
    speakers_total: int
    quote_speaker: Counts
    people: Counts
    mention_docs: int
    quote_docs: int
    speaker_docs: int
    people_docs: int
    documents: dict[str, DocScore]

    @classmethod
    def from_documents(cls, documents: Mapping[str, DocScore]) -> Report:
        docs = [documents[k] for k in sorted(documents)]
        exact, mention_docs = _sum_counts([d.mentions_exact for d in docs])
        lenient, _ = _sum_counts([d.mentions_lenient for d in docs])
        quotes, quote_docs = _sum_counts([d.quotes for d in docs])
        quote_speaker, speaker_docs = _sum_counts([d.quote_speaker for d in docs])
        people, people_docs = _sum_counts([d.people for d in docs])
        by_kind: dict[str, Counts] = {}
        for d in docs:
            for kind, c in d.quotes_by_kind.items():
                by_kind[kind] = by_kind.get(kind, Counts()) + c
        return cls(
            mentions_exact=exact,
            mentions_lenient=lenient,
            quotes=quotes,
            quotes_by_kind=dict(sorted(by_kind.items())),
            speakers_right=sum(d.speakers_right or 0 for d in docs),
            speakers_total=sum(d.speakers_total or 0 for d in docs),
            quote_speaker=quote_speaker,
            people=people,
            mention_docs=mention_docs,
            quote_docs=quote_docs,
            speaker_docs=speaker_docs,
            people_docs=people_docs,
            documents={d.doc: d for d in docs},
        )

    @property
    def speaker_accuracy(self) -> float:
        """Right attributions / matched quote units with a gold speaker annotation (0.0 if none)."""
        return _ratio(self.speakers_right, self.speakers_total)

    def worst_documents(self, n: int = 10) -> list[DocErrors]:
        """The ``n`` documents with the most errors (total, then name); error-free ones omitted."""
        errors = [d.errors() for d in self.documents.values()]
        errors = [e for e in errors if e.total > 0]
        errors.sort(key=lambda e: (-e.total, e.doc))
        return errors[: max(n, 0)]

    def to_rows(self) -> list[dict[str, Any]]:
        """Flat rows ``metric, tp, fp, fn, precision, recall, f1`` for the metrics that were scored.

        ``quotes[<kind>]`` rows are recall-only (``fp``/``precision``/``f1`` are ``None``).  The
        ``speaker_accuracy`` row counts right attributions as ``tp`` and wrong ones as both
        ``fp`` and ``fn``, so its precision, recall and f1 all equal the accuracy.
        """
        rows: list[dict[str, Any]] = []

        def add(metric: str, c: Counts) -> None:
            rows.append({"metric": metric, **c.as_dict()})

        if self.mention_docs:
            add("mentions_exact", self.mentions_exact)
            add("mentions_lenient", self.mentions_lenient)
        if self.quote_docs:
            add("quotes", self.quotes)
            for kind, c in self.quotes_by_kind.items():
                rows.append(
                    {
                        "metric": f"quotes[{kind}]",
                        "tp": c.tp,
                        "fp": None,
                        "fn": c.fn,
                        "precision": None,
                        "recall": c.recall,
                        "f1": None,
                    }
                )
        if self.speaker_docs:
            wrong = self.speakers_total - self.speakers_right
            acc = self.speaker_accuracy
            rows.append(
                {
                    "metric": "speaker_accuracy",
                    "tp": self.speakers_right,
                    "fp": wrong,
                    "fn": wrong,
                    "precision": acc,
                    "recall": acc,
                    "f1": acc,
                }
            )
            add("quote_speaker", self.quote_speaker)
        if self.people_docs:
            add("people", self.people)
        return rows

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary: corpus metrics (with document counts) and per-document scores."""
        return {
            "metrics": {
                "mentions_exact": {**self.mentions_exact.as_dict(), "documents": self.mention_docs},
                "mentions_lenient": {
                    **self.mentions_lenient.as_dict(),
                    "documents": self.mention_docs,
                },
                "quotes": {**self.quotes.as_dict(), "documents": self.quote_docs},
                "quotes_by_kind": {
                    kind: {"tp": c.tp, "fn": c.fn, "recall": c.recall}
                    for kind, c in self.quotes_by_kind.items()
                },
                "speaker_accuracy": {
                    "right": self.speakers_right,
                    "total": self.speakers_total,
                    "accuracy": self.speaker_accuracy,
                    "documents": self.speaker_docs,
                },
                "quote_speaker": {**self.quote_speaker.as_dict(), "documents": self.speaker_docs},
                "people": {**self.people.as_dict(), "documents": self.people_docs},
            },
            "documents": {doc: d.as_dict() for doc, d in self.documents.items()},
        }


# --------------------------------------------------------------------------------------------
# Loading gold
# --------------------------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Parse every ``<stem>.gold.json`` directly in ``gold_dir``; keys are the ``.txt`` stems."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise NotADirectoryError(f"gold directory not found: {gold_dir}")
    gold: dict[str, dict[str, Any]] = {}
    for path in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}")):
        stem = path.name[: -len(GOLD_SUFFIX)]
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict):
            raise ValueError(f"{path}: gold file must hold a JSON object")
        gold[stem] = data
    return gold


# --------------------------------------------------------------------------------------------
# Span helpers and matching
# --------------------------------------------------------------------------------------------


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _union(a: Span, b: Span) -> int:
    return (a[1] - a[0]) + (b[1] - b[0]) - _overlap(a, b)


def _iou(a: Span, b: Span) -> float:
    return _ratio(_overlap(a, b), _union(a, b))


def _iou_at_least_half(a: Span, b: Span) -> bool:
    # overlap / union >= 0.5, in integers to keep the threshold exact.
    union = _union(a, b)
    return union > 0 and 2 * _overlap(a, b) >= union


def _same_span(a: Span, b: Span) -> bool:
    return a == b


def _any_overlap(a: Span, b: Span) -> bool:
    return _overlap(a, b) > 0


def _match(
    gold: Sequence[Span], pred: Sequence[Span | None], accept: Callable[[Span, Span], bool]
) -> dict[int, int]:
    """One-to-one greedy matching, best overlap first; returns ``{pred_index: gold_index}``.

    Candidate pairs are those ``accept`` allows; they are taken in order of decreasing
    overlap/union, then decreasing overlap, then gold order, then prediction order.
    """
    candidates: list[tuple[float, int, int, int]] = []
    for pi, p in enumerate(pred):
        if p is None:
            continue
        for gi, g in enumerate(gold):
            if accept(g, p):
                candidates.append((-_iou(g, p), -_overlap(g, p), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    matched: dict[int, int] = {}
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in matched:
            continue
        used_gold.add(gi)
        matched[pi] = gi
    return matched


# --------------------------------------------------------------------------------------------
# Gold interpretation
# --------------------------------------------------------------------------------------------


def _norm_name(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class _GoldPerson:
    name: str
    keys: frozenset[str]  # normalised name and aliases


@dataclass(frozen=True, slots=True)
class _GoldUnit:
    span: Span
    kind: str
    has_speaker: bool  # the gold quote carries a ``speaker`` annotation (possibly null)
    speaker: str | None
    speaker_span: Span | None
    speaker_named: bool = True  # False: an unnamed source ("a spokesperson"), who is no person


def _opt_span(start: Any, end: Any) -> Span | None:
    if start is None or end is None:
        return None
    return (int(start), int(end))


def _quotes_of(g: GoldDoc) -> list[Mapping[str, Any]] | None:
    quotes = g.get("quotes")
    return list(quotes) if isinstance(quotes, list) else None


def _is_article_level(g: GoldDoc) -> bool:
    """Seed-style gold: people are canonical names with aliases, not spans."""
    people = g.get("people")
    if not isinstance(people, list):
        return False
    if "people_optional" in g:
        return True
    if any(isinstance(p, Mapping) and "name" in p and "start" not in p for p in people):
        return True
    quotes = _quotes_of(g) or []
    return any("speaker" in q and "speaker_start" not in q for q in quotes)


def _gold_mention_spans(g: GoldDoc) -> list[Span] | None:
    people = g.get("people")
    if not isinstance(people, list) or _is_article_level(g):
        return None
    return [(int(p["start"]), int(p["end"])) for p in people]


def _gold_people(entries: Any) -> list[_GoldPerson]:
    if not isinstance(entries, list):
        return []
    people: list[_GoldPerson] = []
    for entry in entries:
        name = str(entry.get("name") or entry.get("text") or "")
        aliases = [str(a) for a in entry.get("aliases") or []]
        keys = frozenset(k for k in (_norm_name(x) for x in [name, *aliases]) if k)
        if keys:
            people.append(_GoldPerson(name=name, keys=keys))
    return people


def _gold_quote_units(g: GoldDoc) -> tuple[list[_GoldUnit], list[Span]] | None:
    """Scoring units and neutral (``indirect``) spans, or ``None`` if the gold has no quotes."""
    quotes = _quotes_of(g)
    if quotes is None:
        return None
    units: list[_GoldUnit] = []
    neutral: list[Span] = []
    for q in quotes:
        span = (int(q["start"]), int(q["end"]))
        kind = str(q.get("kind") or "quote")
        if kind == "indirect":
            neutral.append(span)
            continue
        has_speaker = "speaker" in q
        raw_speaker = q.get("speaker")
        speaker = str(raw_speaker) if raw_speaker is not None else None
        speaker_span = _opt_span(q.get("speaker_start"), q.get("speaker_end"))
        named = q.get("speaker_named") is not False
        partials = q.get("partials") if kind == "mixed" else None
        pieces = [(int(p["start"]), int(p["end"])) for p in partials] if partials else [span]
        units.extend(_GoldUnit(s, kind, has_speaker, speaker, speaker_span, named) for s in pieces)
    return units, neutral


def _counts_speakers(g: GoldDoc) -> bool:
    """Whether the document's gold annotates speakers (polnear, seed; not gum)."""
    quotes = _quotes_of(g)
    if quotes is None:
        return False
    if quotes:
        return any("speaker" in q for q in quotes)
    # No quotes at all: speaker-annotated datasets are those without span-level people.
    return _gold_mention_spans(g) is None


def _resolve_speaker(speaker: str, people: Sequence[_GoldPerson]) -> frozenset[str]:
    """Names that count as the gold canonical speaker: the gold person's name and aliases."""
    key = _norm_name(speaker)
    for person in people:
        if _norm_name(person.name) == key:
            return person.keys
    for person in people:
        if key in person.keys:
            return person.keys
    return frozenset({key})


# --------------------------------------------------------------------------------------------
# Predictions
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _PredQuote:
    span: Span | None
    has_speaker: bool
    speaker_span: Span | None
    speaker_canonical: str | None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _rows(
    frame: pl.DataFrame | None, required: Sequence[str], what: str, docs: Mapping[str, Any]
) -> Iterator[dict[str, Any]]:
    """Rows of ``frame`` whose ``doc`` has gold; missing optional columns read as ``None``."""
    if frame is None or frame.height == 0:
        return
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ValueError(f"{what} frame lacks column(s): {', '.join(missing)}")
    for row in frame.iter_rows(named=True):
        if row["doc"] in docs:
            yield row


def _group_mentions(
    mentions: pl.DataFrame | None, docs: Mapping[str, Any]
) -> tuple[dict[str, list[Span | None]], dict[str, list[str]]]:
    spans: dict[str, list[Span | None]] = {}
    names: dict[str, list[str]] = {}
    for row in _rows(mentions, _MENTION_REQUIRED, "mentions", docs):
        doc = row["doc"]
        spans.setdefault(doc, []).append(_opt_span(row["char_start"], row["char_end"]))
        name = row.get("canonical_name")
        if not _blank(name):
            names.setdefault(doc, []).append(str(name))
    return spans, names


def _group_people(people: pl.DataFrame, docs: Mapping[str, Any]) -> dict[str, list[str]]:
    column = "canonical_name" if "canonical_name" in people.columns else "name"
    names: dict[str, list[str]] = {}
    for row in _rows(people, ("doc", column), "people", docs):
        name = row[column]
        if not _blank(name):
            names.setdefault(row["doc"], []).append(str(name))
    return names


def _group_quotes(
    quotes: pl.DataFrame | None, docs: Mapping[str, Any]
) -> dict[str, list[_PredQuote]]:
    grouped: dict[str, list[_PredQuote]] = {}
    for row in _rows(quotes, _QUOTE_REQUIRED, "quotes", docs):
        grouped.setdefault(row["doc"], []).append(_pred_quote(row))
    return grouped


def _pred_quote(row: Mapping[str, Any]) -> _PredQuote:
    """A predicted quote from its quote-table row (``char_start``, ``speaker_char_start``,
    ``speaker_surface``, ``speaker_canonical`` …): any speaker span, surface or person counts
    as a speaker."""
    speaker_span = _opt_span(row.get("speaker_char_start"), row.get("speaker_char_end"))
    canonical = row.get("speaker_canonical")
    return _PredQuote(
        span=_opt_span(row["char_start"], row["char_end"]),
        has_speaker=(
            speaker_span is not None
            or not _blank(row.get("speaker_surface"))
            or not _blank(canonical)
        ),
        speaker_span=speaker_span,
        speaker_canonical=None if _blank(canonical) else str(canonical),
    )


# --------------------------------------------------------------------------------------------
# Per-document scoring
# --------------------------------------------------------------------------------------------


def _score_mentions(gold: Sequence[Span], pred: Sequence[Span | None]) -> tuple[Counts, Counts]:
    def counts(accept: Callable[[Span, Span], bool]) -> Counts:
        tp = len(_match(gold, pred, accept))
        return Counts(tp=tp, fp=len(pred) - tp, fn=len(gold) - tp)

    return counts(_same_span), counts(_any_overlap)


def people_errors(g: GoldDoc, predicted: Sequence[str]) -> tuple[list[str], list[str]]:
    """Article-level gold: the predicted canonical names that count as false positives, and
    the gold people that no predicted name found, as the scorer matches them."""
    false, missed = _match_people(
        _gold_people(g.get("people")), _gold_people(g.get("people_optional")), predicted
    )
    return false, [p.name for p in missed]


def _score_people(
    gold: Sequence[_GoldPerson], optional: Sequence[_GoldPerson], predicted: Sequence[str]
) -> Counts:
    false, missed = _match_people(gold, optional, predicted)
    return Counts(tp=len(gold) - len(missed), fp=len(false), fn=len(missed))


def _match_people(
    gold: Sequence[_GoldPerson], optional: Sequence[_GoldPerson], predicted: Sequence[str]
) -> tuple[list[str], list[_GoldPerson]]:
    """One-to-one: each gold person is found at most once; a second predicted name resolving to
    an already-found person is a false positive (a split person); optional people are neutral.
    Returns the false positives (normalised names) and the gold people not found."""
    names = sorted({k for k in (_norm_name(n) for n in predicted) if k})
    found: set[int] = set()
    leftover: list[str] = []
    # Names equal to a gold canonical name claim their person first, then alias matches.
    for name in names:
        hit = next(
            (i for i, p in enumerate(gold) if i not in found and _norm_name(p.name) == name), None
        )
        if hit is None:
            leftover.append(name)
        else:
            found.add(hit)
    false = []
    for name in leftover:
        hit = next((i for i, p in enumerate(gold) if i not in found and name in p.keys), None)
        if hit is not None:
            found.add(hit)
        elif not any(name in p.keys for p in optional):
            false.append(name)
    return false, [p for i, p in enumerate(gold) if i not in found]


def _speaker_right(unit: _GoldUnit, pred: _PredQuote, people: Sequence[_GoldPerson]) -> bool:
    if unit.speaker is None:
        return not pred.has_speaker
    if unit.speaker_span is not None:
        return pred.speaker_span is not None and _overlap(pred.speaker_span, unit.speaker_span) > 0
    if not unit.speaker_named:
        return pred.has_speaker and pred.speaker_canonical is None
    if pred.speaker_canonical is None:
        return False
    return _norm_name(pred.speaker_canonical) in _resolve_speaker(unit.speaker, people)


def _score_doc(
    doc: str,
    g: GoldDoc,
    mention_spans: Sequence[Span | None],
    predicted_people: Sequence[str],
    pred_quotes: Sequence[_PredQuote],
) -> DocScore:
    exact = lenient = people_counts = None
    gold_spans = _gold_mention_spans(g)
    if gold_spans is not None:
        exact, lenient = _score_mentions(gold_spans, mention_spans)

    article_level = _is_article_level(g)
    gold_people = _gold_people(g.get("people")) if article_level else []
    optional = _gold_people(g.get("people_optional"))
    if article_level:
        people_counts = _score_people(gold_people, optional, predicted_people)

    quotes = quote_speaker = None
    by_kind: dict[str, Counts] = {}
    speakers_right = speakers_total = None
    parsed = _gold_quote_units(g)
    if parsed is not None:
        units, neutral = parsed
        matched = _match([u.span for u in units], [q.span for q in pred_quotes], _iou_at_least_half)
        n_neutral = sum(
            1
            for pi, q in enumerate(pred_quotes)
            if pi not in matched
            and q.span is not None
            and any(_iou_at_least_half(n, q.span) for n in neutral)
        )
        tp = len(matched)
        quotes = Counts(tp=tp, fp=len(pred_quotes) - tp - n_neutral, fn=len(units) - tp)
        matched_units = set(matched.values())
        for ui, unit in enumerate(units):
            hit = int(ui in matched_units)
            by_kind[unit.kind] = by_kind.get(unit.kind, Counts()) + Counts(tp=hit, fn=1 - hit)

        if _counts_speakers(g):
            resolvable = [*gold_people, *optional]
            right = total = excluded = 0
            for pi, ui in matched.items():
                unit = units[ui]
                if not unit.has_speaker:
                    excluded += 1
                    continue
                total += 1
                right += _speaker_right(unit, pred_quotes[pi], resolvable)
            speakers_right, speakers_total = right, total
            n_spoken = sum(u.has_speaker for u in units)
            scored_preds = len(pred_quotes) - n_neutral - excluded
            quote_speaker = Counts(tp=right, fp=scored_preds - right, fn=n_spoken - right)

    return DocScore(
        doc=doc,
        mentions_exact=exact,
        mentions_lenient=lenient,
        quotes=quotes,
        quotes_by_kind=by_kind,
        speakers_right=speakers_right,
        speakers_total=speakers_total,
        quote_speaker=quote_speaker,
        people=people_counts,
    )


def score(
    gold: Mapping[str, GoldDoc],
    mentions: pl.DataFrame,
    quotes: pl.DataFrame,
    people: pl.DataFrame | None = None,
) -> Report:
    """Score predictions against ``gold`` (as returned by :func:`load_gold`).

    ``mentions`` needs ``doc, char_start, char_end`` (and ``canonical_name`` for the
    people-per-article metric when ``people`` is not given); ``quotes`` needs
    ``doc, char_start, char_end`` and may carry ``speaker_surface``, ``speaker_char_start``,
    ``speaker_char_end``, ``speaker_canonical``; ``people`` (optional) needs ``doc`` and
    ``canonical_name`` (or ``name``).  Only documents with gold are scored; other rows are
    ignored.  Empty frames (even without columns) mean "nothing predicted".
    """
    mention_spans, mention_names = _group_mentions(mentions, gold)
    people_names = _group_people(people, gold) if people is not None else mention_names
    pred_quotes = _group_quotes(quotes, gold)
    documents = {
        doc: _score_doc(
            doc,
            g,
            mention_spans.get(doc, []),
            people_names.get(doc, []),
            pred_quotes.get(doc, []),
        )
        for doc, g in gold.items()
    }
    return Report.from_documents(documents)
