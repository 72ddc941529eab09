"""Datelines open the first body paragraph; they are recorded, and the body keeps them."""

from __future__ import annotations

import pytest

from transforms.datelines import find_dateline
from transforms.document import Span


@pytest.mark.parametrize(
    ("text", "dateline", "place", "agency"),
    [
        ("LONDON (Reuters) - Britain said on Monday.", "LONDON (Reuters)", "LONDON", "Reuters"),
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP)", "WASHINGTON", "AP"),
        ("SAN FRANCISCO, Calif. — The city agreed.", "SAN FRANCISCO, Calif.", "SAN FRANCISCO, Calif.", None),
        ("NEW YORK, Jan. 5 (Reuters) - Stocks fell.", "NEW YORK, Jan. 5 (Reuters)", "NEW YORK", "Reuters"),
        ("ST. LOUIS -- “We won,” she said.", "ST. LOUIS", "ST. LOUIS", None),
    ],
)  # fmt: skip
def test_datelines_are_found_with_place_and_agency(text, dateline, place, agency):
    body = "Title line\n\n" + text
    d = find_dateline(body, [Span(12, len(body))])
    assert d is not None and (d.text, d.place, d.agency) == (dateline, place, agency)
    assert body[d.span.start : d.span.end] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said - nothing more.",
        "NOTE: the figures are provisional.",
        "US stocks rose - analysts were surprised.",
        "AL-AIN , United Arab Emirates 1996-12-06",
        "",
    ],
)
def test_ordinary_openings_are_not_datelines(text):
    assert find_dateline(text, [Span(0, len(text))] if text else []) is None
