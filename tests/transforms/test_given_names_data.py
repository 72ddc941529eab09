"""The packaged given-name lists are what bench/given_names.py writes from Faker, the survey
data and the corpus's training halves (no hand edits drift from the script)."""

from __future__ import annotations

import pytest

from bench.given_names import (
    DOUBTED,
    GENDER_OUT,
    LEANING_OUT,
    OUT,
    given_name_genders,
    given_name_leanings,
    given_names,
)
from bench.place_names import OUT as PLACE_OUT
from bench.place_names import place_names
from tests.paths import SHARED
from transforms.name_spans import given_name_gender, listed_given_names


def test_the_packaged_given_names_are_the_scripts_output():
    corpus = SHARED / "corpus"
    if not corpus.exists():
        pytest.fail(f"{corpus} is missing: ../shared must sit beside the repository")
    packaged = [w for w in OUT.read_text("utf-8").splitlines() if w and not w.startswith("#")]
    assert packaged == given_names(corpus)


def test_the_packaged_given_name_genders_are_the_scripts_output():
    packaged = [
        tuple(line.split())
        for line in GENDER_OUT.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert packaged == list(given_name_genders().items())
    assert dict(packaged)["Chloe"] == "f" and "Andrea" not in dict(packaged)  # listed for both


def test_a_given_name_tells_a_gender_and_a_lone_surname_does_not():
    assert given_name_gender("Chloe Marsh") == "f"
    assert given_name_gender("Kevin") == "m"  # a given name standing alone
    assert given_name_gender("Clinton") is None  # Faker lists it, but alone it is a surname
    assert given_name_gender("Andrea Rossi") is None  # listed for both
    assert given_name_gender("Sunil Varghese") == "m"  # from the survey data, not Faker
    assert given_name_gender("Joaquín Villarreal") == "m"  # the survey writes "Joaquin"


def test_the_packaged_place_names_are_the_scripts_output():
    packaged = [w for w in PLACE_OUT.read_text("utf-8").splitlines() if w and not w.startswith("#")]
    assert packaged == place_names()
    assert "Benin" in packaged and "Jordan" not in packaged  # a given name too


def test_the_survey_overrules_a_faker_gender_most_bearers_do_not_share():
    assert given_name_gender("Gwyn Hughes") is None  # Faker: female; the survey: 70% men
    assert given_name_gender("Kinley Penjor") is None  # Faker: female; the survey: 31% men
    assert listed_given_names()["Kinley"] == DOUBTED  # a given name all the same
    assert given_name_gender("Jory Penhale") is None  # Faker: male; the survey: 26% women
    assert given_name_gender("Nour Haddad") is None  # Faker: female; the survey: 23% men
    assert given_name_gender("Sahil Mehta") == "m"  # Faker: female; the survey: all men
    assert given_name_gender("Amara Osei") == "f"  # Faker and the survey agree


def test_a_common_given_name_also_in_place_names_is_kept_unless_conll_writes_it_as_a_word():
    names = set(given_names(SHARED / "corpus"))
    assert {"Helen", "Amelia", "Harry"} <= names  # "St Helens", "Amelia Island": still names
    assert not {"Christian", "Jan"} & names  # "Christian Maronite", "Jan 5"


def test_the_packaged_given_name_leanings_are_the_scripts_output():
    packaged = dict(
        tuple(line.split())
        for line in LEANING_OUT.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    )
    assert packaged == given_name_leanings()
    assert (packaged["Orla"], packaged["Shane"]) == ("f", "m")  # 85% women; 95% men
    sure = {name for name, gender in given_name_genders().items() if gender != DOUBTED}
    assert not packaged.keys() & sure  # only what the sure table lacks
