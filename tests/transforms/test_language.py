"""Language identification decides which articles go through English extraction."""

import pytest

from transforms.language import SAMPLE_CHARS, guess_language, normalize_language

ENGLISH = (
    "The harbour board voted on Tuesday to delay the new ferry timetable until the spring, "
    "after residents of the island said the early sailings would leave them stranded. "
)
GERMAN = (
    "Der Gemeinderat hat am Dienstag beschlossen, den neuen Fahrplan der Fähre bis zum "
    "Frühjahr zu verschieben, nachdem die Bewohner der Insel sich beschwert hatten. "
)
FRENCH = (
    "Le conseil municipal a décidé mardi de reporter le nouvel horaire du bac jusqu'au "
    "printemps, après que les habitants de l'île se sont plaints des premiers départs. "
)


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (GERMAN, "de"), (FRENCH, "fr")])
def test_language_of_a_paragraph(text, code):
    assert guess_language(text * 3) == code


def test_judged_on_the_opening_sample():
    long_english = ENGLISH * (SAMPLE_CHARS // len(ENGLISH) + 1)
    assert guess_language(long_english + GERMAN * 50) == "en"


def test_names_and_scores_alone_are_not_judged_as_a_language():
    assert guess_language("1. 2-0 3. 4-1 5.") == "und"


@pytest.mark.parametrize(
    ("tag", "code"), [("en-US", "en"), ("EN", "en"), ("de_DE", "de"), ("", None)]
)
def test_normalize_language(tag, code):
    assert normalize_language(tag) == code
