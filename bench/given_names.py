"""Write transforms/data/given_names.txt: given names of many countries from Faker's person
providers and nomquamgender's survey data (both MIT), without the ones that news text uses as
other words:

    uv run --frozen python -m bench.given_names ../shared/corpus

It also writes given_name_genders.txt, which tells the speaker resolver whom "she" can be
before the article uses a pronoun (and the people extractor which words are given names): the
names Faker lists for one gender only, and the names
that nomquamgender's survey data (MIT; 36 national and international sources) gives one gender
in at least 95% of uses, written without accents ("Sunil", "Rhodri", "Haruto": names Faker
does not list; where Faker lists a name, its gender stands unless 20% or more of the
survey's bearers are of the other gender: "Gwyn", "Sahil", "Kit", "Kinley", "Jory", "Nour");
and
given_name_leanings.txt, the survey's names most of whose bearers (80%) are of one gender
("Orla", "Shane"), a fallback for the resolver.

The hand-checked list (first_names.txt, learned from CoNLL's training half) misses most given
names that are not English or not frequent in 1996 Reuters copy ("Thibaut", "Dries",
"Wilfried"). Faker's lists are broad but hold words like "Will", "May", "China" or "Jones", so
a name is dropped when the training halves of the corpus write it in lower case, when CoNLL's
training half capitalises it outside a person name more often than inside one, when Faker's
address providers use it in a place name or it is an English-locale surname (unless a quarter
of a million of the survey's people bear it and CoNLL seldom capitalises it outside a name:
"Helen", "Harry"), or when the lexicon knows it as a title, role or nationality written before
names ("Imam", "Scot").
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from types import ModuleType

import faker.providers.address
import faker.providers.person

from transforms.lexicon import LOWER, UPPER
from transforms.name_spans import NOT_NAME_PREFIXES

DATA = Path(__file__).resolve().parents[1] / "transforms" / "data"
OUT = DATA / "given_names.txt"
GENDER_OUT = DATA / "given_name_genders.txt"
LEANING_OUT = DATA / "given_name_leanings.txt"
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w-])")
_PLACE_ATTRS = ("cit", "countr", "state", "province", "region", "street_name", "town", "village")


def _providers(package: ModuleType) -> Iterator[tuple[str, type]]:
    """(locale, Provider class) of every locale module of a Faker provider package."""
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if hasattr(module, "Provider"):
            yield info.name, module.Provider


def _strings(provider: type, attr_filter: Callable[[str], bool]) -> Iterator[str]:
    """The strings of a provider's list attributes whose name passes ``attr_filter``."""
    for attr, value in vars(provider).items():
        if attr_filter(attr) and isinstance(value, list | tuple | set | dict):
            yield from (x for x in value if isinstance(x, str))


def faker_given_names() -> set[str]:
    """Every locale's given names written as one capitalised Latin word."""
    return {
        name
        for _, provider in _providers(faker.providers.person)
        for name in _strings(provider, lambda a: a.startswith("first_names"))
        if _is_given_name_shaped(name)
    }


def gendered_given_names() -> dict[str, str]:
    """Given names that every locale lists for one gender only ("Aaron": "m", "Chloe": "f");
    a name listed for both anywhere ("Andrea", "Jean") is left out."""
    genders: dict[str, set[str]] = {}
    for locale, provider in _providers(faker.providers.person):
        if locale in _GENDER_MISFILED:
            continue
        for gender in ("male", "female"):
            # "first_romanized_names_male": Japanese and Taiwanese names in Latin letters
            names = f"first_names_{gender}", f"first_romanized_names_{gender}"
            for name in _strings(provider, lambda a, names=names: a in names):
                if _is_given_name_shaped(name):
                    genders.setdefault(name, set()).add(gender[0])
    return {name: next(iter(g)) for name, g in sorted(genders.items()) if len(g) == 1}


# Locales whose lists file given names under the wrong gender: en_KE lists Kikuyu women's
# names (Wanjiru, Wambui, Wanjiku, Nyambura, Wairimu, Muthoni) as men's. Their names still
# count as given names, not for a gender.
_GENDER_MISFILED = frozenset({"en_KE"})


_SURVEY_KEY = re.compile(r"[a-z]{3,}(?:-[a-z]{2,})?")
SURVEY_MIN_COUNT, SURVEY_MIN_SOURCES, SURVEY_SURE = 100, 5, 0.95


@cache
def _survey() -> dict[str, list]:
    """nomquamgender's data: lower-case given name -> [sources, bearers, share female, …]."""
    return json.loads((resources.files("nomquamgender") / "name_data.json").read_text("utf-8"))


def survey_genders() -> dict[str, str]:
    """Given names nomquamgender's survey data gives one gender (accents dropped, as the data
    writes them: "Joaquin")."""
    genders: dict[str, str] = {}
    for key, (sources, count, p_female, *_) in _survey().items():
        if not _SURVEY_KEY.fullmatch(key):
            continue
        name = key[0].upper() + key[1:]  # "Seo-yeon", as such names are written
        if count >= SURVEY_MIN_COUNT and sources >= SURVEY_MIN_SOURCES:
            if p_female >= SURVEY_SURE:
                genders[name] = "f"
            elif p_female <= 1 - SURVEY_SURE:
                genders[name] = "m"
    return genders


def survey_given_names(min_count: int = SURVEY_MIN_COUNT) -> set[str]:
    """The survey's given names of either gender that at least ``min_count`` people bear."""
    return {
        key[0].upper() + key[1:]
        for key, (sources, count, *_) in _survey().items()
        if "-" not in key
        and _SURVEY_KEY.fullmatch(key)
        and count >= min_count
        and sources >= SURVEY_MIN_SOURCES
    }


SURVEY_CONTRARY = 0.2  # the survey's share of the other gender that overrules Faker's


def _survey_contradicts(name: str, gender: str) -> bool:
    """Enough of the survey's bearers of ``name`` are of the other gender to doubt Faker's
    ("Gwyn": Faker says female, 70% of the survey's 2,695 bearers are men; "Sahil": Faker says
    female, all are men; "Kit": Faker says male, 45% of 7,064 bearers are women; "Kinley":
    Faker says female, 31% of 17,644 are men; "Jory": Faker says male, 26% of 4,149 are women;
    "Nour": Faker says female, 23% of 23,870 are men). Writers give such names to either sex,
    so the article's own pronouns decide."""
    found = _survey().get(name.lower())
    if found is None:
        return False
    sources, count, p_female, *_ = found
    other = p_female if gender == "m" else 1 - p_female
    return count >= SURVEY_MIN_COUNT and sources >= SURVEY_MIN_SOURCES and other >= SURVEY_CONTRARY


SURVEY_LEAN = 0.8  # the share of one gender that makes a name lean that way


def given_name_leanings() -> dict[str, str]:
    """What given_name_leanings.txt holds: the survey's names that most bearers of one gender
    bear (at least 80%, short of the gender table's sureness, or a name Faker lists for both),
    and the gender table lacks: "Orla" f (85% of 20,607 bearers), "Shane" m (95%), "Dana" f
    (89%). The speaker resolver falls back on them only when the article's pronouns said
    nothing about the person."""
    sure = {name for name, gender in given_name_genders().items() if gender != DOUBTED}
    leanings: dict[str, str] = {}
    for key, (sources, count, p_female, *_) in _survey().items():
        name = key[0].upper() + key[1:]
        if (
            not _SURVEY_KEY.fullmatch(key)
            or name in sure
            or count < SURVEY_MIN_COUNT
            or sources < SURVEY_MIN_SOURCES
        ):
            continue
        if p_female >= SURVEY_LEAN:
            leanings[name] = "f"
        elif p_female <= 1 - SURVEY_LEAN:
            leanings[name] = "m"
    return dict(sorted(leanings.items()))


DOUBTED = "?"  # the gender column of a Faker name the survey doubts: a given name all the same


def given_name_genders() -> dict[str, str]:
    """What given_name_genders.txt holds: Faker's one-gender names, ``DOUBTED`` where the
    survey finds enough bearers of the other gender (``SURVEY_CONTRARY``) and is not sure of
    its own, and the survey's where Faker has none, in name order."""
    listed = gendered_given_names()
    doubted = {n: DOUBTED for n, g in listed.items() if _survey_contradicts(n, g)}
    faker = {n: g for n, g in listed.items() if n not in doubted}
    return dict(sorted((doubted | survey_genders() | faker).items()))


def _is_given_name_shaped(word: str) -> bool:
    """One capitalised word of three or more Latin letters, accents allowed ("José")."""
    return len(word) >= 3 and word[0] in UPPER and all(ch in LOWER for ch in word[1:])


def faker_other_words() -> set[str]:
    """Capitalised words of Faker's place names and English-locale surnames."""
    words: set[str] = set()
    for _, provider in _providers(faker.providers.address):
        for place in _strings(provider, lambda a: any(k in a for k in _PLACE_ATTRS)):
            words.update(w for w in re.findall(r"[^\W\d_]+", place) if w[0].isupper())
    for locale, provider in _providers(faker.providers.person):
        if locale.startswith("en"):
            words.update(_strings(provider, lambda a: a == "last_names"))
    return words


def corpus_counts(corpus: Path) -> tuple[Counter, Counter, Counter]:
    """Lower-case uses (CoNLL and PolNeAR training halves), and capitalised uses inside and
    outside gold person spans (CoNLL training half)."""
    lower, in_name, outside = Counter(), Counter(), Counter()
    for folder in ("conll/train", "polnear/train"):
        for path in sorted((corpus / folder).glob("*.txt")):
            text = path.read_text("utf-8")
            gold_path = path.with_name(path.stem + ".gold.json")
            gold = json.loads(gold_path.read_text("utf-8")) if gold_path.exists() else {}
            spans = [(p["start"], p["end"]) for p in gold.get("people", []) if "start" in p]
            for m in _WORD.finditer(text):
                word = m.group()
                if word.islower():
                    lower[word] += 1
                elif folder == "conll/train":
                    inside = any(s <= m.start() < e for s, e in spans)
                    (in_name if inside else outside)[word] += 1
    return lower, in_name, outside


COMMON_BEARERS = 250_000  # a given name this many of the survey's people bear


def given_names(corpus: Path) -> list[str]:
    lower, in_name, outside = corpus_counts(corpus)
    other = faker_other_words()
    common = survey_given_names(COMMON_BEARERS)

    def kept_though_other(name: str) -> bool:
        """A common given name that is also in a place name or an English surname ("Helen",
        "Harry"), which CoNLL seldom writes capitalised outside a name ("Christian" and
        "Jan" it does)."""
        return name in common and 4 * outside[name] <= in_name[name]

    return sorted(
        name
        for name in faker_given_names() | survey_given_names()
        if lower[name.lower()] < 2
        and outside[name] <= max(1, in_name[name])
        and (name not in other or kept_though_other(name))
        and name.lower() not in NOT_NAME_PREFIXES
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the shared corpus folder (../shared/corpus)")
    names = given_names(parser.parse_args().corpus)
    header = (
        "# Given names from Faker's person providers and nomquamgender's survey data (MIT\n"
        "# licences), filtered on the corpus's training halves: written by\n"
        "# `python -m bench.given_names ../shared/corpus`.\n"
    )
    OUT.write_text(header + "\n".join(names) + "\n", "utf-8")
    print(f"{len(names)} given names -> {OUT}")
    _write_gender_table(
        GENDER_OUT,
        "Given names of one gender: Faker's person providers (MIT licence) and nomquamgender's\n"
        "# survey data (MIT licence)",
        given_name_genders(),
    )
    _write_gender_table(
        LEANING_OUT,
        "Given names most of whose bearers are of one gender (nomquamgender's survey data, MIT\n"
        "# licence): a fallback",
        given_name_leanings(),
    )


def _write_gender_table(path: Path, about: str, genders: dict[str, str]) -> None:
    """One "name gender" line per name, under a comment saying what they are and who wrote it."""
    header = f"# {about}; written by `python -m bench.given_names ../shared/corpus`.\n"
    lines = (f"{name} {gender}" for name, gender in genders.items())
    path.write_text(header + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(genders)} given names -> {path}")


if __name__ == "__main__":
    main()
