"""Tests for transforms.scoring (hand-made gold; a sanity run over the real corpus if present)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from tests.paths import FIXTURES, SHARED
from transforms.scoring import Counts, Report, load_gold, people_errors, score

CORPUS = SHARED / "corpus"
OUR_GOLD = FIXTURES / "speaker_identity"

MENTION_SCHEMA = {
    "doc": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "surface": pl.String,
    "canonical_name": pl.String,
}
QUOTE_SCHEMA = {
    "doc": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "text": pl.String,
    "kind": pl.String,
    "speaker_surface": pl.String,
    "speaker_char_start": pl.Int64,
    "speaker_char_end": pl.Int64,
    "speaker_canonical": pl.String,
}


def mentions(*rows: tuple[str, int, int] | tuple[str, int, int, str]) -> pl.DataFrame:
    data = [
        {
            "doc": r[0],
            "char_start": r[1],
            "char_end": r[2],
            "surface": "x",
            "canonical_name": r[3] if len(r) > 3 else None,
        }
        for r in rows
    ]
    return pl.DataFrame(data, schema=MENTION_SCHEMA)


def quote(
    doc: str,
    start: int,
    end: int,
    *,
    speaker: tuple[int, int] | None = None,
    surface: str | None = None,
    canonical: str | None = None,
) -> dict[str, Any]:
    return {
        "doc": doc,
        "char_start": start,
        "char_end": end,
        "text": "q",
        "kind": "direct",
        "speaker_surface": surface if surface is not None else ("s" if speaker else None),
        "speaker_char_start": speaker[0] if speaker else None,
        "speaker_char_end": speaker[1] if speaker else None,
        "speaker_canonical": canonical,
    }


def quotes(*rows: dict[str, Any]) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=QUOTE_SCHEMA)


NO_MENTIONS = mentions()
NO_QUOTES = quotes()


def span_people(*spans: tuple[int, int]) -> dict[str, Any]:
    return {"people": [{"text": "x", "start": s, "end": e} for s, e in spans]}


def q_gold(start: int, end: int, kind: str = "direct", **extra: Any) -> dict[str, Any]:
    return {"text": "q", "start": start, "end": end, "kind": kind, **extra}


def spoken(
    start: int, end: int, speaker: tuple[int, int] | None, kind: str = "direct", **extra: Any
) -> dict[str, Any]:
    """A polnear-style gold quote with a speaker span (``None`` = annotated null speaker)."""
    return q_gold(
        start,
        end,
        kind,
        speaker="someone" if speaker else None,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
        attribution="E1",
        fragment=0,
        **extra,
    )


def quote_counts(report: Report) -> tuple[int, int, int]:
    return report.quotes.tp, report.quotes.fp, report.quotes.fn


# --- load_gold -------------------------------------------------------------------------------


def test_load_gold_keys_by_txt_stem(tmp_path: Path) -> None:
    (tmp_path / "abc.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "abc.gold.json").write_text(json.dumps(span_people((0, 5))), encoding="utf-8")
    (tmp_path / "d.e.gold.json").write_text(json.dumps({"quotes": []}), encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    gold = load_gold(tmp_path)
    assert sorted(gold) == ["abc", "d.e"]
    assert gold["abc"]["people"][0]["end"] == 5


def test_load_gold_missing_dir(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        load_gold(tmp_path / "nope")


# --- person mentions --------------------------------------------------------------------------


def test_exact_vs_lenient_mentions() -> None:
    gold = {"a": span_people((0, 10), (20, 30), (40, 50))}
    pred = mentions(("a", 0, 10), ("a", 22, 30), ("a", 60, 70))
    r = score(gold, pred, NO_QUOTES)
    assert r.mentions_exact == Counts(tp=1, fp=2, fn=2)
    assert r.mentions_lenient == Counts(tp=2, fp=1, fn=1)
    assert r.mentions_exact.precision == pytest.approx(1 / 3)
    assert r.mentions_lenient.f1 == pytest.approx(2 / 3)


def test_mentions_are_one_to_one() -> None:
    gold = {"a": span_people((0, 10))}
    pred = mentions(("a", 0, 10), ("a", 0, 10), ("a", 2, 5))
    r = score(gold, pred, NO_QUOTES)
    assert r.mentions_exact == Counts(tp=1, fp=2, fn=0)
    assert r.mentions_lenient == Counts(tp=1, fp=2, fn=0)


def test_empty_gold_people_counts_predictions_as_false_positives() -> None:
    gold = {"a": {"people": []}, "b": span_people((0, 4))}
    pred = mentions(("a", 0, 4), ("a", 9, 12), ("b", 0, 4))
    r = score(gold, pred, NO_QUOTES)
    assert r.mentions_exact == Counts(tp=1, fp=2, fn=0)
    assert r.documents["a"].mentions_exact == Counts(tp=0, fp=2, fn=0)
    assert r.mention_docs == 2


def test_docs_without_gold_or_without_people_key_are_ignored() -> None:
    gold = {"a": span_people((0, 4)), "q": {"quotes": []}}
    pred = mentions(("a", 0, 4), ("elsewhere", 0, 4), ("q", 0, 4))
    r = score(gold, pred, NO_QUOTES)
    assert r.mentions_exact == Counts(tp=1, fp=0, fn=0)
    assert "elsewhere" not in r.documents
    assert r.documents["q"].mentions_exact is None
    assert r.mention_docs == 1


def test_empty_frames_without_columns_mean_nothing_predicted() -> None:
    gold = {"a": span_people((0, 4))}
    r = score(gold, pl.DataFrame(), pl.DataFrame())
    assert r.mentions_exact == Counts(tp=0, fp=0, fn=1)
    assert r.mentions_exact.precision == 0.0
    assert r.mentions_exact.f1 == 0.0


def test_missing_required_column_is_an_error() -> None:
    gold = {"a": span_people((0, 4))}
    with pytest.raises(ValueError, match="char_end"):
        score(gold, pl.DataFrame({"doc": ["a"], "char_start": [0]}), NO_QUOTES)


# --- quotes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred_span", "matches"),
    [
        ((0, 10), True),  # identical
        ((0, 5), True),  # prediction inside gold: 5/10 = 0.5
        ((0, 4), False),  # 4/10 < 0.5
        ((0, 20), True),  # gold inside prediction: 10/20 = 0.5
        ((0, 21), False),  # 10/21 < 0.5
        ((5, 15), False),  # shifted: 5/15
        ((3, 13), True),  # shifted: 7/13
    ],
)
def test_quote_iou_threshold(pred_span: tuple[int, int], matches: bool) -> None:
    gold = {"a": {"quotes": [q_gold(0, 10)]}}
    r = score(gold, NO_MENTIONS, quotes(quote("a", *pred_span)))
    assert quote_counts(r) == ((1, 0, 0) if matches else (0, 1, 1))


def test_quote_matching_is_one_to_one() -> None:
    gold = {"a": {"quotes": [q_gold(0, 10)]}}
    r = score(gold, NO_MENTIONS, quotes(quote("a", 0, 10), quote("a", 1, 10)))
    assert quote_counts(r) == (1, 1, 0)


def test_quote_matching_is_greedy_best_overlap_first() -> None:
    # p1 overlaps B best (9/12) and A less (8/13); p2 only fits B (9/13).  Greedy gives B to p1,
    # so p2 is a false positive and A is missed (a maximum matching would have found two).
    gold = {"a": {"quotes": [q_gold(0, 10), q_gold(4, 14)]}}
    r = score(gold, NO_MENTIONS, quotes(quote("a", 2, 13), quote("a", 5, 17)))
    assert quote_counts(r) == (1, 1, 1)
    assert r.quotes_by_kind["direct"] == Counts(tp=1, fn=1)


def test_greedy_prefers_the_better_pair() -> None:
    # p1 fits A and B equally (9/11); p2 fits B exactly and A at 8/12.  The exact pair is taken
    # first, whatever the row order, so p1 gets A and both are matched.
    gold = {"a": {"quotes": [q_gold(0, 10), q_gold(2, 12)]}}
    r = score(gold, NO_MENTIONS, quotes(quote("a", 1, 11), quote("a", 2, 12)))
    assert quote_counts(r) == (2, 0, 0)


def test_indirect_quotes_are_neutral() -> None:
    gold = {"a": {"quotes": [q_gold(0, 20, "indirect"), q_gold(30, 40)]}}
    pred = quotes(
        quote("a", 0, 18),  # IoU 0.9 with the indirect quote: neutral
        quote("a", 0, 8),  # IoU 0.4 with it: false positive
        quote("a", 30, 40),  # true positive
        quote("a", 50, 60),  # false positive
    )
    r = score(gold, NO_MENTIONS, pred)
    assert quote_counts(r) == (1, 2, 0)
    assert "indirect" not in r.quotes_by_kind


def test_indirect_gold_alone_is_not_a_miss() -> None:
    gold = {"a": {"quotes": [q_gold(0, 20, "indirect")]}}
    r = score(gold, NO_MENTIONS, NO_QUOTES)
    assert quote_counts(r) == (0, 0, 0)


def test_mixed_quotes_score_their_partials() -> None:
    mixed = q_gold(0, 50, "mixed", partials=[{"text": "p", "start": 10, "end": 20}])
    mixed["partials"].append({"text": "p", "start": 30, "end": 40})
    gold = {"a": {"quotes": [mixed]}}
    # The whole paraphrase is not a quote unit (IoU 10/50 with each partial).
    r = score(gold, NO_MENTIONS, quotes(quote("a", 0, 50), quote("a", 10, 20)))
    assert quote_counts(r) == (1, 1, 1)
    assert r.quotes_by_kind["mixed"] == Counts(tp=1, fn=1)


@pytest.mark.parametrize("partials", [None, []])
def test_mixed_quote_without_partials_counts_whole_span(partials: list[Any] | None) -> None:
    q = q_gold(0, 50, "mixed")
    if partials is not None:
        q["partials"] = partials
    gold = {"a": {"quotes": [q]}}
    r = score(gold, NO_MENTIONS, quotes(quote("a", 2, 50)))
    assert quote_counts(r) == (1, 0, 0)


def test_docs_without_quote_gold_ignore_predicted_quotes() -> None:
    gold = {"a": span_people((0, 4))}
    r = score(gold, NO_MENTIONS, quotes(quote("a", 0, 10), quote("zzz", 0, 10)))
    assert quote_counts(r) == (0, 0, 0)
    assert r.quote_docs == 0
    assert all(not row["metric"].startswith("quote") for row in r.to_rows())


# --- speakers (polnear rules) -----------------------------------------------------------------


def test_speaker_span_overlap_and_null_speaker_rules() -> None:
    gold = {
        "a": {
            "quotes": [
                spoken(0, 10, (12, 20)),
                spoken(30, 40, (42, 50)),
                spoken(60, 70, None),
                spoken(80, 90, None),
                spoken(100, 110, None),
                spoken(120, 130, (132, 140)),  # missed quote
            ]
        }
    }
    pred = quotes(
        quote("a", 0, 10, speaker=(19, 25)),  # overlaps gold speaker: right
        quote("a", 30, 40, speaker=(50, 55)),  # touches but no overlap: wrong
        quote("a", 60, 70),  # null gold speaker, none predicted: right
        quote("a", 80, 90, speaker=(75, 79)),  # null gold speaker, one predicted: wrong
        quote("a", 100, 110, canonical="Someone"),  # a resolved speaker counts as predicted
        quote("a", 200, 210, speaker=(190, 199)),  # unmatched quote
    )
    r = score(gold, NO_MENTIONS, pred)
    assert quote_counts(r) == (5, 1, 1)
    assert (r.speakers_right, r.speakers_total) == (2, 5)
    assert r.speaker_accuracy == pytest.approx(0.4)
    assert r.quote_speaker == Counts(tp=2, fp=4, fn=4)


def test_speaker_applies_to_partials_and_skips_indirect() -> None:
    mixed = spoken(0, 50, (60, 70), "mixed", partials=[{"text": "p", "start": 10, "end": 20}])
    gold = {"a": {"quotes": [mixed, spoken(100, 150, (160, 170), "indirect")]}}
    pred = quotes(quote("a", 10, 20, speaker=(60, 70)), quote("a", 100, 150, speaker=(0, 5)))
    r = score(gold, NO_MENTIONS, pred)
    assert quote_counts(r) == (1, 0, 0)
    assert (r.speakers_right, r.speakers_total) == (1, 1)
    assert r.quote_speaker == Counts(tp=1, fp=0, fn=0)


def test_gold_without_speaker_key_does_not_count_for_speakers() -> None:
    gold = {"g": {"people": [], "quotes": [q_gold(0, 10)]}}
    r = score(gold, NO_MENTIONS, quotes(quote("g", 0, 10, speaker=(20, 25))))
    assert quote_counts(r) == (1, 0, 0)
    assert r.speaker_docs == 0
    assert r.speakers_total == 0
    assert r.documents["g"].quote_speaker is None
    assert "speaker_accuracy" not in {row["metric"] for row in r.to_rows()}


# --- seed rules: article-level people and canonical speakers -----------------------------------


SEED = {
    "people": [
        {"name": "Maria Quill", "aliases": ["Maria Quill", "Maria"]},
        {"name": "Otto  Brand", "aliases": ["Otto Brand", "O.B."]},
        {"name": "Lena Fisk", "aliases": ["Lena Fisk"]},
    ],
    "people_optional": [{"name": "Tom", "aliases": ["Tom"], "note": "first name only"}],
    "quotes": [
        {"text": "q", "start": 0, "end": 10, "speaker": "Maria Quill", "kind": "block"},
        {"text": "q", "start": 20, "end": 30, "speaker": "Otto Brand", "kind": "direct"},
        {"text": "q", "start": 40, "end": 50, "speaker": "Lena Fisk", "kind": "partial"},
        {"text": "q", "start": 60, "end": 70, "speaker": "Maria Quill", "kind": "direct"},
    ],
}


def test_seed_people_per_article() -> None:
    gold = {"s": SEED}
    pred = mentions(
        ("s", 0, 5, "maria  QUILL"),  # case and whitespace are normalised
        ("s", 6, 9, "O.B."),  # an alias finds the person
        ("s", 10, 13, "Tom"),  # optional: neutral
        ("s", 14, 17, "Zed Unknown"),  # not in gold: false positive
        ("s", 18, 20, "Maria Quill"),  # same person again after normalisation: one name
    )
    r = score(gold, pred, NO_QUOTES)
    assert r.people == Counts(tp=2, fp=1, fn=1)
    assert r.people_docs == 1
    # Seed gold has no spans, so mention span metrics do not apply.
    assert r.mention_docs == 0
    assert r.documents["s"].mentions_exact is None


def test_seed_people_split_person_is_a_false_positive() -> None:
    gold = {"s": SEED}
    pred = mentions(("s", 0, 5, "Maria Quill"), ("s", 6, 9, "Maria"))
    r = score(gold, pred, NO_QUOTES)
    assert r.people == Counts(tp=1, fp=1, fn=2)


def test_people_frame_overrides_mention_names() -> None:
    gold = {"s": SEED}
    people = pl.DataFrame(
        {"doc": ["s", "s", "other"], "canonical_name": ["Lena Fisk", "Otto Brand", "Maria"]}
    )
    r = score(gold, mentions(("s", 0, 5, "Zed Unknown")), NO_QUOTES, people)
    assert r.people == Counts(tp=2, fp=0, fn=1)


def test_seed_speaker_canonical_and_alias_rules() -> None:
    gold = {"s": SEED}
    pred = quotes(
        quote("s", 0, 10, canonical="Maria"),  # alias of the gold speaker: right
        quote("s", 20, 30, canonical="otto brand", speaker=(90, 95)),  # name, any case: right
        quote("s", 40, 50, canonical="Maria Quill"),  # a different gold person: wrong
        quote("s", 60, 70, surface="Maria Quill"),  # unresolved speaker: wrong
    )
    r = score(gold, NO_MENTIONS, pred)
    assert quote_counts(r) == (4, 0, 0)
    assert (r.speakers_right, r.speakers_total) == (2, 4)
    assert r.quote_speaker == Counts(tp=2, fp=2, fn=2)
    assert r.quotes_by_kind == {
        "block": Counts(tp=1),
        "direct": Counts(tp=2),
        "partial": Counts(tp=1),
    }


def test_unnamed_gold_speaker_is_right_only_when_attributed_to_no_person() -> None:
    unnamed = {"speaker": "a spokesperson", "speaker_named": False}
    gold = {
        "s": {
            "people": [{"name": "Maria Quill", "aliases": ["Quill"]}],
            "quotes": [q_gold(s, s + 10, **unnamed) for s in (0, 20, 40)],
        }
    }
    pred = quotes(
        quote("s", 0, 10, surface="a spokesperson"),  # attributed, to no person: right
        quote("s", 20, 30, surface="a spokesperson", canonical="Maria Quill"),  # a person: wrong
        quote("s", 40, 50),  # not attributed at all: wrong
    )
    r = score(gold, NO_MENTIONS, pred)
    assert (r.speakers_right, r.speakers_total) == (1, 3)


# --- report -----------------------------------------------------------------------------------


def test_report_rows_worst_documents_and_dict() -> None:
    gold = {
        "good": span_people((0, 4)),
        "bad": span_people((0, 4), (10, 14)),
        "quoted": {"quotes": [spoken(0, 10, (12, 20)), spoken(30, 40, (42, 50))]},
    }
    pred_m = mentions(("good", 0, 4), ("bad", 20, 24))
    pred_q = quotes(quote("quoted", 0, 10, speaker=(0, 2)))
    r = score(gold, pred_m, pred_q)

    worst = r.worst_documents(5)
    assert [w.doc for w in worst] == ["bad", "quoted"]
    assert worst[0] == ("bad", 3, 0, 0, 0)
    assert worst[1] == ("quoted", 0, 1, 1, 0)
    assert worst[1].total == 2
    assert r.worst_documents(1) == worst[:1]

    rows = {row["metric"]: row for row in r.to_rows()}
    assert list(rows) == [
        "mentions_exact",
        "mentions_lenient",
        "quotes",
        "quotes[direct]",
        "speaker_accuracy",
        "quote_speaker",
    ]
    for row in rows.values():
        assert set(row) == {"metric", "tp", "fp", "fn", "precision", "recall", "f1"}
    assert rows["quotes"]["recall"] == pytest.approx(0.5)
    assert rows["quotes[direct]"]["precision"] is None
    assert rows["speaker_accuracy"]["f1"] == 0.0

    as_dict = r.as_dict()
    json.dumps(as_dict)  # JSON-ready
    assert as_dict["metrics"]["mentions_exact"]["tp"] == 1
    assert as_dict["metrics"]["people"]["documents"] == 0
    assert as_dict["documents"]["bad"]["mentions_exact"]["fp"] == 1


# --- sanity run over the real corpus -----------------------------------------------------------


def perfect_predictions(gold: dict[str, dict[str, Any]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Predictions rebuilt from the gold itself (no text is read)."""
    m_rows: list[tuple[str, int, int, str]] = []
    q_rows: list[dict[str, Any]] = []
    for doc, g in gold.items():
        for p in g.get("people", []):
            if "start" in p:
                m_rows.append((doc, p["start"], p["end"], p.get("canonical") or p["text"]))
            else:
                m_rows.append((doc, 0, 0, p["name"]))
        for q in g.get("quotes", []):
            if q["kind"] == "indirect":
                continue
            pieces = q.get("partials") or [q]
            for piece in pieces:
                s, e = q.get("speaker_start"), q.get("speaker_end")
                named = q.get("speaker_named") is not False
                q_rows.append(
                    quote(
                        doc,
                        piece["start"],
                        piece["end"],
                        speaker=(s, e) if s is not None and e is not None else None,
                        surface=q["speaker"],
                        canonical=q["speaker"] if named else None,
                    )
                    if q.get("speaker") is not None
                    else quote(doc, piece["start"], piece["end"])
                )
    return mentions(*m_rows), quotes(*q_rows)


@pytest.mark.parametrize(
    "folder", ["polnear/dev", "conll/dev", "gum/dev", "seed", "speaker_identity"]
)
def test_perfect_predictions_on_real_gold(folder: str) -> None:
    gold_dir = OUR_GOLD if folder == "speaker_identity" else CORPUS / folder
    if not gold_dir.is_dir():
        pytest.skip(f"{gold_dir} not available")
    gold = load_gold(gold_dir)
    assert gold
    r = score(gold, *perfect_predictions(gold))
    scored = [row for row in r.to_rows() if row["f1"] is not None]
    assert scored
    for row in scored:
        assert row["f1"] == 1.0, row
    if folder in ("polnear/dev", "seed", "speaker_identity"):
        assert r.speakers_total > 0
        assert r.speaker_accuracy == 1.0
        assert r.quote_speaker.f1 == 1.0
    if folder in ("conll/dev", "gum/dev"):
        assert r.mention_docs == len(gold)
        assert r.mentions_exact.f1 == 1.0
    if folder == "polnear/dev":
        assert r.quotes.tp > 0
        assert r.quotes.f1 == 1.0
    assert r.worst_documents(3) == []


@pytest.mark.parametrize("folder", [OUR_GOLD, OUR_GOLD.with_name("speaker_identity_blind")])
def test_our_speaker_identity_gold_is_consistent(folder: Path) -> None:
    """Every quote's offsets hold its text; every named speaker is one of the gold people."""
    for stem, g in load_gold(folder).items():
        text = (folder / f"{stem}.txt").read_text("utf-8")
        names = {p["name"] for p in g["people"]}
        for q in g["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"], (stem, q["text"])
            if q["speaker"] is not None and q.get("speaker_named") is not False:
                assert q["speaker"] in names, (stem, q["speaker"])


def test_people_errors_name_what_the_counts_count() -> None:
    """The error listing (``bench.quality --errors people``) matches as the scorer does."""
    false, missed = people_errors(SEED, ["maria  QUILL", "O.B.", "Tom", "Zed Unknown", "Maria"])
    assert false == ["maria", "zed unknown"]  # a split person, and a stranger; Tom is optional
    assert missed == ["Lena Fisk"]
