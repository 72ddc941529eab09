"""Names found by their shape where NER missed them: initials before a surname ("J.P. Duminy"),
a name before an age or a country in brackets, family-name-first names, a known given name
before a capitalised word, and names a line break splits in a results list."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc

from transforms import name_context
from transforms.document import Span
from transforms.layout import inside, on_lines_with
from transforms.lexicon import HONORIFICS, TITLES_ALSO_GIVEN_NAMES
from transforms.name_edges import plausible, without_opening_word
from transforms.name_spans import (
    CAP_WORD,
    HYPHENATED_GIVEN,
    INITIAL_JOINED,
    MAX_NAME_CHARS,
    NICKNAME,
    NOT_NAME_PREFIXES,
    PARTICLES,
    PATRONYMIC,
    QUOTED_NICKNAME,
    UPPER,
    clean_span,
    is_given_name,
    listed_given_names,
    with_elision,
)
from transforms.nlp import text_of

# "P. Simmons", "J.P. Duminy", "T. O'Gorman": initials before a capitalised surname.
_INITIALS_NAME = re.compile(
    r"(?<![\w.’'-])(?:[A-Z]\. ?|[A-Z]\.[A-Z]\. )[A-Z][A-Za-z'’-]*[a-z](?![\w’'-])"
)  # "P. Simmons", "J.P. Donnelly"
# Initials of a place, a club or a league, not a person's: "U.S. Open", "F.C. Valletta".
_PLACE_INITIALS = (
    *("U.S.", "U.N.", "U.K.", "E.U.", "N.Y.", "L.A.", "D.C.", "N.Z.", "S.A."),
    *("F.C.", "A.C.", "A.L.", "N.L.", "W.C.", "E.C."),
)


# A given name and surname with an age after them ("Amara Osei-Bonsu, now 34, took …"): a
# person, whatever NER makes of it.
_NAME_BEFORE_AGE = re.compile(
    rf"(?<![\w'’.-])(?P<name>['’]?{CAP_WORD}(?: {QUOTED_NICKNAME})?(?: (?:{PARTICLES} )?{CAP_WORD}){{1,2}})"
    r",[^\S\n]+(?:aged[^\S\n]+|now[^\S\n]+)?\d{1,3},(?P<who>[^\S\n]+who\b)?"
)  # (a nickname between: "Pawlu “il-Kanarin” Grech, 72,")
# A one-syllable family name before a hyphenated two-syllable given name: "Ng Tsz-kin",
# "Kwok Yuen-ting", "Park Ji-won" (not "Hong Kong-based": see _HYPHEN_SUFFIXES).
_FAMILY_AND_GIVEN = rf"[A-Z][a-z]{{1,4}} (?P<given>{HYPHENATED_GIVEN})(?![\w’'-])"
_FAMILY_NAME_FIRST = re.compile(rf"(?<![\w’'-]){_FAMILY_AND_GIVEN}")
# and an English given name before it: "Dominic Sze Wai-lun"
_ENGLISH_BEFORE_FAMILY = re.compile(rf"(?<![\w’'-])(?P<english>[A-Z][a-z]+) {_FAMILY_AND_GIVEN}")
_HYPHEN_SUFFIXES = frozenset(
    {"based", "led", "owned", "born", "style", "run", "old", "like", "made", "wide", "free"}
    | {"term", "time", "level", "long", "sized", "year", "day", "class", "backed", "linked"}
)
# "Tanja Damaske (Germany)": two to four capitalised words before a country in brackets, the
# way results lists name athletes. An acronym in brackets ("(CNB)") names an organisation.
_NAME_BEFORE_COUNTRY = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP_WORD}(?: (?:{PARTICLES} )?{CAP_WORD}){{1,3}})"
    r"(?: |[^\S\n]*\n+)\((?P<country>[A-Z][A-Za-z. ]{1,25})\)"
)
_COUNTRY_ACRONYMS = {"USA", "US", "UK", "UAE"}
# What each of the two patterns above ends with: found first, as most articles hold neither
# (scanning every capitalised word of the text for the whole pattern took 1-3 ms per article).
_AGE = re.compile(r",[^\S\n]+(?:aged[^\S\n]+|now[^\S\n]+)?\d{1,3},")
_COUNTRY = re.compile(r"\((?P<country>[A-Z][A-Za-z. ]{1,25})\)")


def _names_before_countries(text: str) -> Iterator[re.Match[str]]:
    """``_NAME_BEFORE_COUNTRY.finditer(text)``, searched from the line of each bracket (or the
    last line with words before it, when the bracket opens its line) to the bracket's end."""
    searched = 0
    for c in _COUNTRY.finditer(text):
        line = text.rfind("\n", 0, c.start()) + 1
        if line == c.start():  # "Tanja Damaske\n(Germany)": the name ends an earlier line
            while line > 0 and text[line - 1] == "\n":
                line -= 1
            line = text.rfind("\n", 0, line) + 1
        yield from _NAME_BEFORE_COUNTRY.finditer(text, max(line, searched), c.end())
        searched = c.end()


# A capitalised word that may be a given name; the packaged list decides (a set lookup: an
# alternation of thousands of names made the search 20 times slower).
_GIVEN = rf"[{UPPER}]\w*"
_GIVEN_START = re.compile(rf"(?<![\w'’.-]){_GIVEN}")


@cache
def _first_name_pattern() -> re.Pattern[str]:
    """A given name followed by one to three capitalised words (particles allowed)."""
    rest = rf"(?: {QUOTED_NICKNAME})?(?: (?:{PARTICLES} )*{CAP_WORD}){{1,3}}"
    # (a hyphenated given name counts by its first part: "Jean-Pierre Cyprien")
    return re.compile(rf"(?P<given>{_GIVEN}(?:-{CAP_WORD})?){rest}(?![\w'’-])")


def _given_name_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` that start at a known given name, leftmost first."""
    pos = 0
    for word in _GIVEN_START.finditer(text):
        if word.start() < pos or not is_given_name(word.group()):
            continue
        m = pattern.match(text, word.start())
        if m:
            pos = m.end()
            yield m


def add_shaped(
    spans: list[tuple[int, int, str]], shaped: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Add names found by their shape; one that contains NER spans replaces them (NER often
    keeps only the surname of a name in a list)."""
    spans = sorted(spans)
    starts = [s for s, _, _ in spans]
    dropped: set[int] = set()
    added = []
    for s, e, src in shaped:
        i = bisect_left(starts, e)  # spans starting before the end of this one
        j = i
        while j > 0 and spans[j - 1][1] > s - MAX_NAME_CHARS:
            j -= 1
        overlapping = [k for k in range(j, i) if spans[k][1] > s and k not in dropped]
        if all(s <= spans[k][0] and spans[k][1] <= e for k in overlapping):
            dropped.update(overlapping)
            added.append((s, e, src))
    return [x for k, x in enumerate(spans) if k not in dropped] + added


def names_by_shape(doc: Doc, regions: list[Span]) -> list[tuple[int, int, str]]:
    """Names NER missed (common in results lists) that look like names on their own: a known
    given name before capitalised words ("Cedric Pioline"), initials before a surname
    ("P. Simmons"), words before a country in brackets ("Tanja Damaske (Germany)"), or a given
    name and surname before an age ("Amara Osei-Bonsu, now 34,")."""
    text = text_of(doc)
    given = (m.span() for m in _given_name_matches(_first_name_pattern(), text))
    candidates = [span for s, e in given if (span := _before_title(text, s, e))]
    candidates += [
        (_with_titled_given_name(text, m.start()), m.end())
        for m in _INITIALS_NAME.finditer(text)
        if _surname_ok(doc, m.end()) and not m.group().startswith(_PLACE_INITIALS)
    ]
    # NER often runs an entity into the bracket ("Sun Jian (China"): no larger-entity test there.
    before_country = {
        m.span("name")
        for m in _names_before_countries(text)
        if not re.fullmatch(r"[A-Z]{2,}", m.group("country"))
        or m.group("country") in _COUNTRY_ACRONYMS
    }
    candidates += before_country
    before_age = {
        m.span("name")
        for m in on_lines_with(_AGE, _NAME_BEFORE_AGE, text)
        if is_given_name(first := (words := NICKNAME.sub(" ", m.group("name")).split())[0])
        or first in listed_given_names()
        or with_elision(text, m.start("name") + 1) == m.start("name")  # "’Mampho Ramatla, 41,"
        # "Dilwyn Jenkins, 81," and "Mr Jenkins", or "Dilwyn Harries, 81, who was mayor" (not
        # "Mum-of-two Jade Horrocks", "Grazier Bill Haddon")
        or (
            len(words) == 2
            and first.isalpha()
            and (
                m["who"] is not None
                or _after_honorific_elsewhere(text, words[-1])
                # "Qalingo Tukai, 29, learned drum dancing" (not "But Meri, 67, has been")
                or (_verb_after(doc, m.end()) and _proper_noun_at(doc, m.start("name")))
            )
        )
    }
    # "State Falcon B.Gantulga, 24,": a Mongolian name (the father's initial, a dot, the name)
    before_age |= {
        m.span()
        for m in re.finditer(rf"(?<![\w.]){INITIAL_JOINED.pattern}(?=,[^\S\n]+\d{{1,3}}[,.])", text)
    }
    candidates += before_age
    # "Ng Tsz-kin", "Dr Chan Wing-yan": a Cantonese or Korean name, family name first
    candidates += [
        m.span()
        for m in _FAMILY_NAME_FIRST.finditer(text)
        if m["given"].split("-")[1] not in _HYPHEN_SUFFIXES
    ]
    patronymic = set(_malay_patronymic_names(text))
    candidates += patronymic
    # "Lawmaker Dominic Sze Wai-lun", tagged one organisation: a known English given name
    # before a Cantonese name, family name first
    english_given = {
        m.span()
        for m in _ENGLISH_BEFORE_FAMILY.finditer(text)
        if is_given_name(m["english"]) and m["given"].split("-")[1] not in _HYPHEN_SUFFIXES
    }
    candidates += english_given
    trusted = before_country | before_age | patronymic | english_given
    found: list[tuple[int, int, str]] = []
    for start, end in sorted(candidates):
        cleaned = clean_span(text, start, end)
        if cleaned is None or not inside(regions, *cleaned):
            continue
        s, e = cleaned
        if found and s < found[-1][1]:
            continue
        if text[s:e].split()[-1].rstrip(".").lower() in HONORIFICS:
            continue  # "Dean Dr. S. Meenakshi Sundaram": an office before an honorific
        if plausible(text[s:e]) and (
            (start, end) in trusted or not name_context.in_larger_entity(doc, s, e)
        ):
            found.append((s, e, "shape"))
    return found


# A Malay name: given names, "bin" or "binti" (son or daughter of; Iban "anak") and the
# father's name, with his title ("Hasnul Arifin bin Yakub", "Siti Rahmah binti Haji Osman",
# "Ambau anak Jelani"); a Gulf Arab one with "bint" too, and the family name after "Al"
# ("Hamad bin Saeed Al Marri").
_MALAY_PATRONYMIC = re.compile(
    rf"(?<![\w'’.-])(?P<given>{CAP_WORD}(?: {CAP_WORD}){{0,3}}) (?:bin|binti|bint|anak) "
    rf"(?:(?:Haji|Hj\.?|Hajah|Pengiran|Awang|Dato) ){{0,3}}{CAP_WORD}(?: Al {CAP_WORD})?(?![\w'’-])"
)
_MALAY_TITLES = NOT_NAME_PREFIXES | TITLES_ALSO_GIVEN_NAMES  # "Awang", "Dayang": Mr, Ms


def _malay_patronymic_names(text: str) -> Iterator[tuple[int, int]]:
    """Malay names by their "bin"/"binti", NER's span of which often keeps only the father's
    name or runs in the office and the title before them ("Penghulu of Mukim Pangkalan Rimba
    Awang Hasnul Arifin bin Yakub"): the given names after the last title or honorific (at most
    two, but for a third that is a known given name)."""
    for m in _MALAY_PATRONYMIC.finditer(text):
        words = m["given"].split()
        titled = [i for i, w in enumerate(words) if w.lower().rstrip(".") in _MALAY_TITLES]
        given = words[titled[-1] + 1 :] if titled else words
        if len(given) > 2 and not is_given_name(given[-3]):
            given = given[-2:]
        given = given[-3:]
        if given:
            yield m.end("given") - len(" ".join(given)), m.end()


def _with_titled_given_name(text: str, start: int) -> int:
    """Where an initials name starts: at the given name between a title and the initials
    ("Cllr. Wleh J. Dorbor", "Rev. Ama K. Mensah"), else at the initials."""
    m = _TITLED_GIVEN_NAME.search(text, max(0, start - 40), start)
    if (
        m
        and m.group("title").lower() in NOT_NAME_PREFIXES
        and m["given"].lower() not in NOT_NAME_PREFIXES
    ):
        return m.start("given")
    return start


_TITLED_GIVEN_NAME = re.compile(r"(?<![\w.])(?P<title>[A-Z][a-z]+)\.? (?P<given>[A-Z][a-z]+) $")


_NEXT_WORD = re.compile(r"[^\S\n]*(?P<word>\w)")


def _verb_after(doc: Doc, end: int) -> bool:
    """A finite verb follows the name's age: its subject is someone ("X Y, 29, learned")."""
    word = _NEXT_WORD.match(text_of(doc), end)
    span = word and doc.char_span(word.start("word"), word.end("word"), alignment_mode="expand")
    return bool(span) and span[0].tag_ in {"VBD", "VBZ", "VBP", "MD"}


def _proper_noun_at(doc: Doc, start: int) -> bool:
    """The word at ``start`` is tagged a proper noun (not "But" of "But Meri, 67,")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return bool(span) and span[0].pos_ == "PROPN"


def _after_honorific_elsewhere(text: str, surname: str) -> bool:
    """The article writes the surname after an honorific somewhere ("Mr Jenkins")."""
    return re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(surname)}\b", text) is not None


def _before_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Charlotte Mayor Jennifer Roberts" is a place and a title before a name, not one name:
    a shaped name stops before a title or role word that a capitalised word follows, and is
    no name when only its given name is left ("John Major said" stays whole)."""
    words = [(m.end(), m.group()) for m in re.finditer(r"\S+", text[start:end])]
    for i in range(1, len(words) - 1):
        if words[i - 1][1].lower() in PATRONYMIC:
            continue  # "Siti Rahmah binti Haji Osman": her father's title, in her name
        if words[i][1].lower().rstrip(".") in NOT_NAME_PREFIXES and words[i + 1][1][:1].isupper():
            return (start, start + words[i - 1][0]) if i >= 2 else None
    return start, end


@cache
def _line_break_pattern() -> re.Pattern[str]:
    """A known given name ending a line and the capitalised surname starting the next one, in a
    list (a bracket, a comma, a score or the line end follows)."""
    return re.compile(
        rf"(?P<given>{_GIVEN})[^\S\n]*\n+[^\S\n]*"
        rf"(?P<surname>(?:{PARTICLES} )?{CAP_WORD}(?: {CAP_WORD})?)(?=[^\S\n]*(?:\(|,|\d|\n|$))"
    )


def names_across_lines(text: str) -> list[tuple[int, int]]:
    """ "beat Jane\n\nQuigley (USA)": a name a line break splits (text rebuilt from tokens, or
    a wrapped results list) is a given name and a surname, each a mention."""
    found = []
    for m in _given_name_matches(_line_break_pattern(), text):
        found += [m.span("given"), m.span("surname")]
    return found


def shaped_ok(
    doc: Doc, regions: list[Span], candidates: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Candidates that are plausible names inside the regions, cleaned."""
    found = []
    for start, end in candidates:
        cleaned = clean_span(text_of(doc), start, end)
        if cleaned:  # "Engineer Tomasz Zielinski, …, and his wife, Ewa,": the role is no part
            cleaned = without_opening_word(doc, *cleaned)
        if cleaned and inside(regions, *cleaned) and plausible(text_of(doc)[slice(*cleaned)]):
            found.append((*cleaned, "list"))
    return found


def _surname_ok(doc: Doc, end: int) -> bool:
    """The word ending at ``end`` can be a surname: a proper noun, not a function word."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span is not None and not span[-1].is_stop and span[-1].pos_ in {"PROPN", "NOUN", "X"}
