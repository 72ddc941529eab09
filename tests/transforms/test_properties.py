"""For arbitrary text, every extracted span indexes the document and every frame validates."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.validate import validate_batch
from transforms.batch import RawFile, transform_batch
from transforms.name_spans import word_occurrences

WORDS = st.sampled_from(
    ["Rosa", "Delgado", "said", "he", "she", "the", "mayor", "plan", "“", "”", '"', "‘", "’",
     "'", ":", ",", ".", "\n", "\n\n", "Kim", "Ye", "Mr.", "told", "according", "to", "It's"]
)  # fmt: skip
TEXTS = st.one_of(
    st.lists(WORDS, min_size=1, max_size=80).map(" ".join),
    st.text(min_size=1, max_size=400),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=TEXTS)
def test_any_text_gives_valid_frames_or_a_rejection(body):
    data = ("A Title For The Test\n\n" + body).encode("utf-8", errors="surrogatepass")
    result = transform_batch([RawFile("x/doc.txt", "0" * 64, data)], "run", datetime.now(UTC))
    if result.rejections:
        assert result.frames["article"].is_empty()
        return
    checked = validate_batch(result.frames)
    assert checked.failures.is_empty(), checked.failures.to_dicts()[:3]
    text = result.frames["article"]["document_text"][0]
    for row in result.frames["quote"].iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["text"]
    for row in result.frames["person_mention"].iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["surface"]


PIECES = st.sampled_from(["Ann", "ANN", "Anna", "ann", "-", "'", "’", "_", "1", " ", "\n", "é"])


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(PIECES, max_size=12).map("".join),
    form=st.sampled_from(["Ann", "ANN", "Ann Ann", "nn"]),
    bounds=st.tuples(st.integers(0, 30), st.integers(0, 30)),
)
def test_word_occurrences_are_what_the_lookaround_pattern_finds(text, form, bounds):
    start, end = min(bounds), max(bounds)
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])")
    expected = [m.span() for m in pattern.finditer(text, start, end)]
    assert list(word_occurrences(text, form, start, min(end, len(text)))) == expected
