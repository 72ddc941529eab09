"""Write transforms/data/place_names.txt: the names of countries, US states and British counties
from Faker's address providers (MIT), less the ones that are given names or surnames too
("Jordan", "Georgia", "Chad", "Kent"):

    uv run --frozen python -m bench.place_names

The small model now and then tags a country as a person ("Mauritania drew 0-0 with Benin");
a one-word candidate that is one of these names and no one's short form is dropped.
"""

from __future__ import annotations

import argparse

import faker.providers.address.en as world
import faker.providers.address.en_GB as britain
import faker.providers.address.en_US as america
import faker.providers.person.en as english_people

from bench.given_names import DATA, faker_given_names, survey_given_names

OUT = DATA / "place_names.txt"


def place_names() -> list[str]:
    """One-word countries, states and counties that are no given name, in order."""
    names = {*world.Provider.countries, *america.Provider.states, *britain.Provider.counties}
    people = faker_given_names() | survey_given_names() | _surnames()
    return sorted(n for n in names if " " not in n and n.isalpha() and n not in people)


def _surnames() -> set[str]:
    """English-locale surnames ("Kent", "Washington")."""
    return set(english_people.Provider.last_names)


def main() -> None:
    argparse.ArgumentParser(description=__doc__).parse_args()  # --help, and no stray arguments
    names = place_names()
    header = (
        "# Countries, US states and British counties from Faker's address providers (MIT\n"
        "# licence), less given names: written by `python -m bench.place_names`.\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", "utf-8")
    print(f"{len(names)} place names -> {OUT}")


if __name__ == "__main__":
    main()
