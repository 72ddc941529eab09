"""Which name mentions of an article are the same person: full names clustered, the short
forms, nicknames and relatives an article uses for a person it introduced ("Kim" → Kim
Kardashian, "North West" beside Kanye West), and one-word names shared by several people."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from transforms.document import Span
from transforms.layout import SPEAKER_LABEL, inside
from transforms.lexicon import (
    CHINESE_SURNAMES,
    DEMONYMS,
    HONORIFICS,
    KIN_NOUNS,
    NOUN_GENDER,
    ORG_HEADS,
    PERSON_ONLY_TITLES,
    ROLE_PREFIXES,
    SOVEREIGN_TITLES,
    TITLES,
)
from transforms.name_context import (
    after_person_title,
    in_larger_entity,
    office_before,
    other_entities,
)
from transforms.name_spans import (
    CAP_WORD,
    INITIAL_JOINED,
    NICKNAME,
    PARTICLES,
    PATRONYMIC,
    QUOTED_NICKNAME,
    given_name_gender,
    honorific_gender,
    hyphenated_given_name,
    is_given_name,
    name_words,
    not_names,
    short_word_before,
    title_also_given_name,
    without_joined_article,
    without_nickname,
    word_occurrences,
)
from transforms.nlp import text_of

# Particles that start a surname, lower-cased ("van der Berg"; Irish "Ní Bhriain", "Ó Briain").
_PARTICLE = re.compile(rf"{PARTICLES}|ní|nic|uí|ó|ua|mhic|mac|mag")

if TYPE_CHECKING:
    from transforms.people import Mention


@cache
def known_aliases() -> dict[str, str]:
    """Alias → full name, from the packaged table."""
    table = resources.files("transforms.data").joinpath("person_aliases.tsv").read_text("utf-8")
    pairs = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {alias.strip(): full.strip() for alias, full in pairs}


# Words before a surname that are no relative's given name: titles, and the ranks and
# sovereigns' titles news copy writes capitalised ("Sheikh al-Ruhmi", "Sergeant Kowal").
_NOT_KIN = HONORIFICS | TITLES | ROLE_PREFIXES | SOVEREIGN_TITLES


def relatives(
    doc: Doc, regions: list[Span], canonicals: set[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """ "North West" when "Kanye West" is known: a proper noun before a known surname (not a
    title or a rank: "Cllr Rourke" after "Paudie Rourke" is Rourke)."""
    surnames = {name_words(c)[-1] for c in canonicals if len(name_words(c)) >= 2}
    if not surnames:
        return []
    text = text_of(doc)
    # An entity of exactly "North West" may be mis-typed as a place; a larger one is not a name.
    blocked = other_entities(doc)
    used = list(taken)
    pattern = rf"(?<![\w'’-])([A-Z][a-z]+) ({'|'.join(map(re.escape, sorted(surnames)))})(?![\w-])"
    found = []
    for m in re.finditer(pattern, text):
        s, e = m.start(), m.end()
        if m.group(1).lower() in _NOT_KIN or not inside(regions, s, e):
            continue
        if title_also_given_name(text, *m.groups()):
            continue  # "Nana Gyepi" after "Nana Kobina Gyepi": a chief's title
        if any(s < b_e and b_s < e and (b_s, b_e) != (s, e) for b_s, b_e in blocked):
            continue
        if any(s < u_e and u_s < e for u_s, u_e in used):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span[0].pos_ != "PROPN" or span[0].is_sent_start:
            continue
        found.append((s, e, "relative"))
        used.append((s, e))
    return found


def surname_partners(
    text: str, regions: list[Span], canon: dict[str, str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """ "Ifeanyi and Chidinma Eze": a given name joined by "and" to a known full name shares
    its surname. (start, end, canonical) of each such given name ("Ifeanyi Eze")."""
    full = {c for c in canon.values() if len(name_words(c)) == 2}
    found = []
    for m in _PARTNERS.finditer(text):
        given, name = m.group("given"), m.group("name")
        s, e = m.span("given")
        if (
            canon.get(name) not in full
            or not is_given_name(given)
            or not inside(regions, s, e)
            or any(s < t_e and t_s < e and (t_s, t_e) != (s, e) for t_s, t_e in taken)
        ):  # the given name alone may be taken already ("Sisters Chloe and Megan Doyle")
            continue
        found.append((s, e, f"{given} {name_words(canon[name])[-1]}"))
    return found


_PARTNERS = re.compile(
    rf"(?<![\w'’.-])(?P<given>{CAP_WORD}) and (?P<name>{CAP_WORD} {CAP_WORD})(?![\w'’-])"
)


def spouses(text: str, spans: list[tuple[int, int, str]], canon: dict[str, str]) -> dict[str, str]:
    """ "Dean Papadakis, 52, and his wife Marnie" and, later, "Ms Papadakis said": the wife
    the article names by the given name alone shares the surname of the one she is the wife
    of, the person named last before her, when the article gives that surname a title of
    her gender (not "Mr Pugh" of her husband). Given name → full name."""
    found: dict[str, str] = {}
    for m in _SPOUSE.finditer(text):
        given = m.group("given")
        if canon.get(given, given) != given or not is_given_name(given):
            continue  # named in full somewhere, or no given name ("his wife, Mrs Hodge")
        before = [canon.get(text[s:e]) for s, e, _ in spans if e <= m.start()]
        holder = before[-1] if before else None
        if holder is None or len(name_words(holder)) < 2:
            continue
        surname = name_words(holder)[-1]
        titles = r"Mrs|Ms|Miss" if m.group("kin") == "wife" else r"Mr"
        if re.search(rf"\b(?:{titles})\.? {re.escape(surname)}(?![\w'’-])", text):
            found[given] = f"{given} {surname}"
    return found


# "his wife Marnie", "His wife of 56 years, Menna,", "her husband, Peter."
_SPOUSE = re.compile(
    r"\b[Hh](?:is (?P<kin>wife)|er (?:husband))(?: of \d+ years)?,? "
    rf"(?P<given>{CAP_WORD})(?![\w'’-]| [A-Z])"
)


def cluster(surfaces: list[str]) -> dict[str, str]:
    """Map every surface form to the fullest name of the same person in the article."""
    full: list[list[str]] = []
    written = Counter(surfaces)
    # longest first; of equal length, a name without an honorific first ("Ann Lee", not
    # "Dr Ann Lee", is the canonical name), then in the order the article writes them (not a
    # set's order, which changes from run to run)
    for surface in sorted(dict.fromkeys(surfaces), key=_cluster_order):
        toks = name_words(surface)
        if len(toks) < 2 or toks[0][:1].islower() or _particle_surname(surface, surfaces):
            continue  # "den Hartog", "Van der Berg" opening a sentence: a surname
        for group in full:
            g = name_words(group[0])
            if (
                (toks[0].lower() == g[0].lower() and toks[-1].lower() == g[-1].lower())
                or _double_surname(toks, g)
                or _before_patronymic(toks, g)
                or _personal_names(toks, g)
            ):
                group.append(surface)
                break
            plain, head = (
                name_words(without_nickname(surface)),
                name_words(without_nickname(group[0])),
            )
            if _short_given_name(plain, head) or _short_given_name(head, plain):
                # the form written more often names the person, else the fuller given name
                # ("Raymond Pruitt" once, "Ray Pruitt" once: Raymond)
                first = (written[surface], len(plain[0])) > (written[group[0]], len(head[0]))
                group.insert(0 if first else len(group), surface)
                break
        else:
            full.append([surface])
    canon: dict[str, str] = {}
    for group in full:
        name = without_nickname(group[0])  # 'Augustine "Gus" Okonkwo'
        for surface in group:
            canon[surface] = name
    for surface in surfaces:
        if surface not in canon:
            canon[surface] = resolve_alias(surface, canon)
    return canon


def _short_given_name(short: list[str], full: list[str]) -> bool:
    """ "Ray Pruitt" of "Raymond Pruitt": the same surname after the first letters (three or
    more) of the given name, as a short form, where the genders the lists give agree ("Dan"
    is no "Daniela")."""
    a, b = short[0], full[0]
    return (
        len(short) == len(full) == 2
        and short[-1] == full[-1]
        and 3 <= len(a) < len(b)
        and b.startswith(a)
        and given_name_gender(a) in (None, given_name_gender(b))
        and given_name_gender(b) in (None, given_name_gender(a))
    )


def _cluster_order(surface: str) -> tuple[int, bool]:
    """Fuller names first, a nickname not counting as a word ("Francisco L. Quichocho" before
    'Francisco “Kiko” Quichocho')."""
    words = name_words(NICKNAME.sub(" ", surface))
    return -len(words), " ".join(words) != surface


def _before_patronymic(toks: list[str], full: list[str]) -> bool:
    """ "Ahmad Zahid" of "Ahmad Zahid bin Hamzah": the given names before "bin" or "binti"
    (son or daughter of), which a Malay name is shortened to; also with the "bin" left out
    after a name opening with "Mohd" or "Nur" ("Mohd Hafiz" of "Mohd Hafiz Abdul Rahman")."""
    n = len(toks)
    return (
        len(full) > n + 1
        and full[:n] == toks
        and (full[n] in {"bin", "binti"} or toks[0].lower() in _NAME_PREFIXES)
    )


def _personal_names(toks: list[str], full: list[str]) -> bool:
    """A person's given names without the family name: "Nurul Hidayah" of "Nurul Hidayah
    Azman", "Mary Jo" of "Mary Jo Pike" (the words before the last, the last of them a given
    name), "Te Aomihi" of "Te Aomihi Kingi" (a Māori given name opening with "Te"), and "Pei
    Shan" of "Lim Pei Shan" (a Chinese name written family name first)."""
    n = len(toks)
    if n < 2 or len(full) != n + 1:
        return False
    if full[:n] == toks:
        return is_given_name(toks[-1]) or toks[0].lower() in _NAME_PREFIXES or toks[0] == "Te"
    return full[1:] == toks and full[0] in CHINESE_SURNAMES and all(len(w) <= 5 for w in toks)


def _double_surname(toks: list[str], full: list[str]) -> bool:
    """ "García López" of "María José García López": the last two or more words of a longer
    name, not opening with a given name ("Maria Smith" is not "Anna Maria Smith") unless with
    a word that opens surnames ("Abi Rached" of "Nour Abi Rached", "Ould Bah")."""
    n = len(toks)
    return (
        len(full) > n >= 2
        and [t.lower() for t in full[-n:]] == [t.lower() for t in toks]
        and (not is_given_name(toks[0]) or toks[0].lower() in _SURNAME_OPENERS)
    )


# Words that open a family name of two or more words ("Abi Rached", "Ould Bah", "El Khoury")
_SURNAME_OPENERS = frozenset(
    {"abi", "abou", "abu", "bou", "ben", "el", "al", "ould", "mint", "bint", "ibn", "de", "da"}
    | {"di", "van", "von", "le", "la", "del", "dos", "das"}
)


def nicknamed_full_names(canon: dict[str, str], nicks: dict[str, str]) -> dict[str, str]:
    """ "Bridie Considine" → Bridget Considine: a nickname written with the surname of the
    person it names."""
    found = {}
    for nick, name in nicks.items():
        nicked = f"{nick} {name_words(name)[-1]}"
        if nicked != name:
            found.update({s: name for s, c in canon.items() if c == nicked})
    return found


def nicknames(
    canon: dict[str, str], text: str = "", spans: Sequence[tuple[int, int, str]] = ()
) -> dict[str, str]:
    """Nickname → full name, from names written with it ('Augustine "Gus" Okonkwo', also when
    the model found only its parts: 'Yusuf “Joe” Haddad') and from "known as" after a name
    ("Zawadi Mwangi, known to fans as Zee") or before a pronoun that stands for the person
    last named ("Known to everyone as Billie, she …"). ``spans``: the name mentions so far."""
    found = {
        nick.group()[1:-1]: name
        for surface, name in canon.items()
        for nick in re.finditer(QUOTED_NICKNAME, surface)
    }
    people = set(canon.values())
    for nick, name in [*_nicknames_inside(text, canon), *_known_as(text, canon, spans)]:
        if name in people and name != nick:
            found.setdefault(nick, name)
    for nick, name in list(found.items()):  # "Lenny" of 'Lenworth “Lenny Cash” Gardiner'
        first, *rest = nick.split()
        if len(rest) == 1 and is_given_name(first) and canon.get(first, first) == first:
            found.setdefault(first, name)
    return found


def birth_names(
    canon: dict[str, str], text: str, spans: Sequence[tuple[int, int, str]]
) -> dict[str, str]:
    """A name at birth → the name the article knows the person by: "Born Aurelia Quinlan in
    Cork, she …" and "Rosalind Mae Pritchett was born in 1937" in the lives of Aurelia Kovač
    and Rosalind Abernathy (the one person named before with that given name and another
    surname)."""
    first_at: dict[str, int] = {}
    for s, e, _src in sorted(spans):
        first_at.setdefault(canon.get(text[s:e], text[s:e]), s)
    found = {}
    for s, e, _src in spans:
        surface = text[s:e]
        words = surface.split()
        born = text.startswith(" was born", e) or text[max(0, s - 5) : s] == "Born "
        if len(words) < 2 or not born or canon.get(surface, surface) != surface:
            continue
        known = {
            name
            for name, at in first_at.items()
            if at < s
            and name.split()[0] == words[0]
            and name.split()[-1] != words[-1]
            and len(name.split()) > 1
        }
        if len(known) == 1:
            found[surface] = known.pop()
    return found


def _nicknames_inside(text: str, canon: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(nickname, name) of 'Yusuf “Joe” Haddad' written where the model found "Yusuf" and
    "Haddad" apart."""
    for m in _NICKNAME_INSIDE.finditer(text):
        given = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
        if given is not None:
            full = f"{given[0]} {m['surname']}"
            yield m["nick"], canon.get(full, full)


def _known_as(
    text: str, canon: dict[str, str], spans: Sequence[tuple[int, int, str]]
) -> Iterator[tuple[str, str]]:
    """(nickname, name) of "Zawadi Mwangi, known to fans as Zee", of "Known to everyone as
    Billie, she …" (the person named last before it) and of "Known to the whole parish as
    Bridie, Considine is 81"."""
    for m in _KNOWN_AS.finditer(text) if "nown " in text else ():
        if m["name"] is not None:
            yield m["nick"], canon.get(m["name"]) or resolve_alias(m["name"], canon)
        elif m["surname"] is not None:  # "Known to the whole parish as Bridie, Considine is"
            full = resolve_alias(m["surname"], canon)
            if full != m["surname"]:
                yield m["nick"], full
        elif m["pronoun"] is not None:
            before = [(s, e) for s, e, _ in spans if e <= m.start()]
            if before:
                s, e = max(before, key=lambda x: x[1])
                yield m["nick"], canon.get(text[s:e], text[s:e])


# 'Yusuf “Joe” Haddad': a nickname in quote marks between a given name and a surname.
_NICKNAME_INSIDE = re.compile(
    rf" [\"“](?P<nick>{CAP_WORD})[\"”] (?P<surname>(?:{PARTICLES} )*{CAP_WORD})(?![\w'’-])"
)
_LAST_WORD = re.compile(rf"(?<![\w'’-]){CAP_WORD}$")
# "…, known to fans as Zee", "…, 16, known to everyone as Tots", "Known to everyone along
# the harbour as Billie, she", "Popularly known as Iya Sade, she"
_KNOWN_AS = re.compile(
    rf"(?:(?P<name>{CAP_WORD}(?: {CAP_WORD}){{0,3}})(?:, \d{{1,3}})?, (?:who is )?(?:[a-z]+ )?known"
    r"|(?:^|(?<=[.!?]\s))(?:Known|[A-Z][a-z]+ly known))"
    r"(?: (?:to|on|in|around|along|among|by)(?: [\w’'-]+){1,5})?(?: simply| affectionately)? as"
    rf" [\"“]?(?P<nick>{CAP_WORD}(?: {CAP_WORD})?|[A-Z]{{2,4}})[\"”]?"
    rf"(?:,? (?P<pronoun>she|he)\b|, (?P<surname>{CAP_WORD})\b)?",
    re.MULTILINE,
)


def resolve_alias(surface: str, canon: dict[str, str]) -> str:
    """A one-word name → the only (or first) full name that has it as first or last name."""
    full_names = sorted({c for c in canon.values() if len(name_words(c)) >= 2})
    known = known_aliases().get(surface)
    if known and known in full_names:
        return known
    upper = [c for c in full_names if c.upper() == surface]
    if upper:
        return upper[0]
    hits = names_holding(surface, full_names) or _clipped_given_name(surface, full_names)
    if not hits:  # "Gantulga" of "B.Gantulga": a Mongolian given name after its father's initial
        hits = sorted({c for c in canon.values() if _given_after_initial(c) == surface})
    return hits[0] if hits else surface


def resolve_form(surface: str, canon: dict[str, str]) -> str:
    """A short form found after the names (``resolve_alias``); a full name among them is the
    fullest name of the same person ("Iseabail MacInnes" in a headline of "Iseabail Mairi
    MacInnes")."""
    if len(name_words(surface)) < 2:
        return resolve_alias(surface, canon)
    return cluster([*sorted(set(canon.values())), surface])[surface]


def _given_after_initial(name: str) -> str | None:
    """The given name of a name written as Mongolian news writes it, the father's initial
    joined to it by a dot: "Gantulga" of "B.Gantulga", "Munkh-Orgil" of "Ts.Munkh-Orgil"."""
    found = INITIAL_JOINED.fullmatch(name)
    return found["given"] if found else None


def _clipped_given_name(surface: str, full_names: list[str]) -> list[str]:
    """ "Bron" for Bronwyn Tate: a one-word name that only one person's given name starts
    with, cut short by at least two letters."""
    if len(surface) < 3 or " " in surface:
        return []
    hits = [
        c
        for c in full_names
        if (given := name_words(c)[0]).startswith(surface) and len(given) >= len(surface) + 2
    ]
    return hits if len(hits) == 1 else []


def names_holding(surface: str, full_names: Iterable[str]) -> list[str]:
    """The full names that ``surface`` is the first or last name of, or ends ("den Hartog"),
    or the personal name after "Muhammad", "Nur" or "Siti" ("Hafiz" of "Muhammad Hafiz
    Rosli", as a Malay name is shortened)."""
    key = surface.lower()
    found = []
    for c in full_names:
        words = [w.lower() for w in name_words(c)]
        if (
            key in (words[0], words[-1])
            or c.lower().endswith(" " + key)
            or without_joined_article(words[-1]) == key  # "Tarhouni" of "Nour al-Tarhouni"
            or (len(words) > 2 and words[0] in _NAME_PREFIXES and words[1] == key)
            or (len(words) > 2 and words[1] == key and _chinese_after_given_name(words))
        ):
            found.append(c)
    return found


def _chinese_after_given_name(words: list[str]) -> bool:
    """ "Vincent Lau Kok Wai", "Raymond Ho Chun-kit": a given name, then a Chinese family name
    and its two-syllable personal name, as Malaysia and Hong Kong write them; the second word
    is the surname (the hyphenated personal name says so whatever the given name: "Kelvin Mak
    Tsz-on")."""
    if len(words) == 3 and hyphenated_given_name(words[2]):
        return True
    if len(words) < 3 or not is_given_name(words[0].title()):
        return False
    return len(words) == 4 and all(len(w) <= 4 for w in words[2:])


# First words of Malay and other Muslim names that the personal name after them stands for.
_NAME_PREFIXES = frozenset(
    {"muhammad", "muhammed", "mohammad", "mohammed", "mohamed", "mohd", "muhd", "nur", "nurul"}
    | {"siti"}
)


def _particle_surname(surface: str, surfaces: Iterable[str]) -> bool:
    """ "Van der Berg" (a sentence's first words) beside "Dirk van der Berg": a surname with
    its particle capitalised, not a full name."""
    first = surface.split()[0].lower()
    key = " " + surface.lower()
    return bool(_PARTICLE.fullmatch(first)) and any(
        s != surface and s.lower().endswith(key) for s in surfaces
    )


def short_forms(
    doc: Doc,
    regions: list[Span],
    canonicals: set[str],
    taken: list[tuple[int, int]],
    alone: set[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """Occurrences of a person's full name, first name, last name or known alias that NER
    missed, and of the one-word names ``alone`` (found on strong evidence) as they are."""
    text = text_of(doc)
    forms: set[str] = set()
    for name in canonicals:
        toks = name_words(name)
        if len(toks) >= 2:
            forms.update({name, toks[0], toks[-1]})
        if (
            len(toks) == 3
            and not _PARTICLE.fullmatch(toks[1].lower())
            and toks[0].lower() not in DEMONYMS
            and toks[2].lower() not in ORG_HEADS
        ):  # "Ang Nima" of "Ang Nima Sherpa" (not "British Data" of "British Data Management")
            forms.add(" ".join(toks[:2]))
        if (given := _given_after_initial(name)) is not None:
            forms.add(given)  # "Enkhbold" of "J.Enkhbold"
        if len(toks) >= 3 and hyphenated_given_name(toks[-1]):
            forms.add(toks[-2])  # "Mak" of "Kelvin Mak Tsz-on": the family name before
        if len(toks) >= 3 and _PARTICLE.fullmatch(
            toks[1].lower()
        ):  # "van Heeswijk", "Van Heeswijk"
            surname = " ".join(toks[1:])
            forms.update({surname, surname[0].upper() + surname[1:]})
    forms.update(a for a, full in known_aliases().items() if full in canonicals)
    forms |= alone
    # a word that is no name alone ("June", "Arch"), as the person of that name when an age
    # follows it ("says June, 71."), a speech verb does ("June said") or a title stands
    # before it ("Justice Arch said")
    aged = forms & not_names()
    forms = {f for f in forms - not_names() if f.lower() not in DEMONYMS}
    others = other_entities(doc)
    used = list(taken)
    found: list[tuple[int, int, str]] = []
    for form in sorted(forms | aged, key=_longest_first):
        if len(form) < 2:
            continue
        for s, e in word_occurrences(text, form):
            titled = after_person_title(text, s, capitalised=True)
            if form in aged and not (
                _AGE_AFTER.match(text, e) or _SAID_AFTER.match(text, e) or titled
            ):
                continue
            # An entity inside this name may be mis-typed (e.g. "North" as a place); one
            # reaching beyond it ("West Virginia") means the word is not a name here.
            if not inside(regions, s, e):
                continue
            if in_larger_entity(doc, s, e, others) and office_before(text, s) not in TITLES:
                continue  # (not "State Minister of Primary Health Care Lalith Premachandra",
                # the office and the name tagged one firm)
            if any(s < u_e and u_s < e for u_s, u_e in used):
                continue
            if not (titled or _is_name_token(doc, s, e)):
                continue
            found.append((s, e, "alias"))
            used.append((s, e))
    found += _upper_case_forms(text, regions, forms, used)
    return found


def _longest_first(form: str) -> tuple[int, str]:
    """Longer forms claim their words first; forms as long as each other in a fixed order (a
    set's order changes with each process's string hashing)."""
    return -len(form), form


# An age set off after a name: "June, 71,"
_AGE_AFTER = re.compile(r", \d{1,3}\b[,.]")
# A speech verb right after a name: "“…,” June said."
_SAID_AFTER = re.compile(r" (?:said|says|recalled|recalls|added|adds)\b")


def _upper_case_forms(
    text: str, regions: list[Span], forms: set[str], used: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Known names in ALL-CAPS lines ("SOCCER - SHEARER NAMED CAPTAIN") and in a transcript's
    speaker labels ("MORALES: Because …"), where the parse and the proper-noun test are
    unreliable."""
    found: list[tuple[int, int, str]] = []
    caps_lines = [
        (m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if any(c.isalpha() for c in m.group()) and not any(c.islower() for c in m.group())
    ]
    caps_lines += [m.span("label") for m in SPEAKER_LABEL.finditer(text)]
    if not caps_lines:
        return found
    for form in sorted(forms, key=_longest_first):
        if len(form) < 3:
            continue
        for line_start, line_end in caps_lines:
            for s, e in word_occurrences(text, form.upper(), line_start, line_end):
                if inside(regions, s, e) and not any(s < u_e and u_s < e for u_s, u_e in used):
                    found.append((s, e, "alias"))
                    used.append((s, e))
    return found


def _is_name_token(doc: Doc, start: int, end: int) -> bool:
    """The span is tagged as a proper noun (its hyphens aside: "Vasquez-Thorne"; an elision
    mark before it: "'Ana", a Tongan name) and not glued to a following capitalised word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = span[1:] if len(span) > 1 and span[0].text in _ELISIONS else span
    if not all(_proper(t) or t.text == "-" for t in words):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper())


_ELISIONS = frozenset({"'", "’", "‘", "ʻ"})


def _proper(tok: Token) -> bool:
    """A proper noun, or a capitalised word the tagger took for a common noun (a surname
    opening a sentence: "Estes, whose …", "Baines homered") or for anything else while the
    parse makes it a subject ("Brinkerhoff, for her part, argued", read as a preposition) or
    an auxiliary ("Jiten said later")."""
    return (
        tok.pos_ == "PROPN"
        or (tok.tag_ in {"NN", "NNS"} and tok.is_title)
        or (tok.is_title and not tok.is_stop and tok.pos_ in {"VERB", "ADJ", "ADV", "AUX"})
        or (tok.is_title and not tok.is_stop and tok.dep_ in {"nsubj", "nsubjpass"})
    )


def _title_before(text: str, start: int) -> str:
    """The title right before a name ("Alhaji", "Datuk", "Cllr", "Mrs"), in lower case; ""
    if none."""
    found = short_word_before(text, start, width=16)
    return found if found in PERSON_ONLY_TITLES | TITLES | HONORIFICS else ""


def _first_of_pair(
    best: str, hits: list[str], last_seen: dict[str, int], text: str, start: int
) -> str:
    """Of two people sharing a surname last named in one sentence ("Gary Pridmore, 47, and
    his wife Lorraine Pridmore, 45, …"), a bare surname in a later sentence is the one named
    first."""
    at = last_seen.get(best, -1)
    if at < 0 or not _SENTENCE_END.search(text[at:start]):
        return best
    for other in hits:
        seen = last_seen.get(other, -1)
        if 0 <= seen < at and not _SENTENCE_END.search(text[seen:at]):
            return other
    return best


_SENTENCE_END = re.compile(r"[.!?][\s”\"’']*\s|\n")


# "the late Yiannis Papadakis", "whose late father Yiannis Papadakis": one who has died
# "the late X", "his late father X", "his late father, Chief X"
_LATE = re.compile(r"\b[Ll]ate (?:[a-z]+,? )?(?:[A-Z][a-z]+\.? )?$")


def _family_name_of(word: str, name: str) -> bool:
    """``word`` ends ``name`` as its family name, not a father's name after "bin"/"binti"."""
    words = name_words(name)
    return words[-1] == word and (len(words) < 2 or words[-2].lower() not in PATRONYMIC)


_OF_AGE_BEFORE = re.compile(r"\b(?:elder|younger|older) $")
# A kin noun of someone's right before a name: "His son, ", "Rose's widow ", "their daughter"
_KIN_BEFORE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s?) (?:[a-z-]+ )?(?P<kin>{'|'.join(sorted(KIN_NOUNS))})"
    r"(?: of \d+ years)?,? "  # "His wife of 58 years, Mele Heka"
    rf"(?:(?:the )?(?i:{'|'.join(sorted(TITLES | HONORIFICS))})\.? )?$"  # "His son, the Rev. X"
)
_MARRIED_KIN = frozenset({"wife", "widow", "mother"})
# "Pauline Hadley, 64, said she and her husband …", "Morag Drummond … Her husband, Iain …";
# a mother: "Elspeth Reid, a retired teacher, and her daughter, Kirsty Reid"
_HER_FAMILY = re.compile(
    r"[^.!?\n]{0,160}\b[Hh]er (?:(?:late )?husband|(?:[a-z-]+ )?(?:daughter|son))\b"
)


@dataclass(frozen=True)
class _WrittenNames:
    """What the article writes about its full names, before any surname is resolved."""

    full: set[str]  # the canonical names of two words or more
    introduced: dict[str, int]  # where each full name is first written in full
    in_headline: set[str]  # those the headline names (not as a possessive)
    titled_in_full: dict[str, set[str]]  # the titles written before each one in full
    late: set[str]  # those written as late ("whose late father Yiannis Papadakis")
    kin_of: dict[str, str]  # relatives introduced as someone's: "His son, Mohamed Koroma,"
    married: set[str]  # a wife, widow or mother: whom a "Mrs" of a shared surname is


def _written_names(mentions: list[Mention], text: str) -> _WrittenNames:
    """``_WrittenNames`` of the article's mentions."""
    full = {m.canonical for m in mentions if len(name_words(m.canonical)) >= 2}
    introduced: dict[str, int] = {}  # where each full name is first written in full
    for m in mentions:
        # also "Pawlu “il-Kanarin” Grech", and "Angus “Gus” MacPhee" where only the surname
        # is a mention
        written = without_nickname(text[max(0, m.start - 40) : m.end])
        for name in full:
            # also without the middle initial the canonical name has: "Hazel Brigham" of
            # "Hazel D. Brigham"
            bare = _MIDDLE_INITIAL.sub(" ", name)
            if any(written == n or written.endswith(" " + n) for n in {name, bare}):
                introduced.setdefault(name, m.start)
        if _shares_the_surname_after(m, text):  # "Gareth" of "Gareth and Ceri Pritchard"
            introduced.setdefault(m.canonical, m.start)
    headline_end = text.find("\n")
    in_headline = {  # not a possessive: "Halden’s to cut 140 jobs" may be the family's firm;
        # written in full: "Kinvig wins" may be any Kinvig
        m.canonical
        for m in mentions
        if m.end <= headline_end
        and text[m.end : m.end + 2] not in {"'s", "’s"}
        and len(name_words(m.surface)) >= 2
    }
    titled_in_full: dict[str, set[str]] = {}
    for m in mentions:
        if m.surface == m.canonical and (title := _title_before(text, m.start)):
            titled_in_full.setdefault(m.canonical, set()).add(title)
    late = {m.canonical for m in mentions if _LATE.search(text, max(0, m.start - 24), m.start)}
    # relatives the article introduces as someone's: "His son, Mohamed Koroma, 19,"
    kin_of = {
        name: found.group("kin")
        for name, at in introduced.items()
        if (found := _KIN_BEFORE.search(text, max(0, at - 40), at))
    }
    # who a "Mrs" is, of women sharing a surname: a wife, widow or mother, not a daughter
    married = {name for name, noun in kin_of.items() if noun in _MARRIED_KIN}
    married |= {name for name, at in introduced.items() if _HER_FAMILY.match(text, at)}
    return _WrittenNames(full, introduced, in_headline, titled_in_full, late, kin_of, married)


_WOMENS_TITLES = frozenset({"mrs", "ms", "miss"})
_MIDDLE_INITIAL = re.compile(r" [A-Z]\. ")
_HIMSELF = re.compile(r" (?P<word>himself|herself)\b")


def _given_name_alone(m: Mention, text: str) -> bool:
    """The mention is the person's given name alone: "Addison", not "Yusuf" of "Yusuf “Joe”
    Haddad", which the model found apart from its surname."""
    words = name_words(m.canonical)
    after = without_nickname(text[m.end : m.end + 40])
    return len(words) > 1 and [m.surface] == words[:1] and not after.startswith(words[-1])


def _shares_the_surname_after(m: Mention, text: str) -> bool:
    """The mention is a given name written before a partner's full name that it shares the
    surname of: "Gareth" of "Gareth and Ceri Pritchard"."""
    words = name_words(m.canonical)
    if len(words) < 2 or m.surface != words[0]:
        return False
    pattern = rf" (?:and|&) [A-Z][\w'’-]+ {re.escape(words[-1])}\b"
    return re.match(pattern, text[m.end : m.end + 80]) is not None


def resolve_ambiguous(mentions: list[Mention], text: str, quoted: list[Span] = ()) -> list[Mention]:
    """A one-word mention shared by several full names goes to the nearest one before it
    whose given name does not contradict an honorific ("Mr. Obama" is not Michelle Obama),
    nor the honorific an earlier mention gave it ("Mr Adeyemi" then "Ms Adeyemi": two people).
    A bare surname keeps the person it named before: "Kowalczyk, whose wife, Danuta
    Kowalczyk, …" then "Kowalczyk's solicitor" is still the defendant. Outside the
    ``quoted`` spans, one named only inside a quote is not the nearest: "“My father, Ninu
    Grech, carried it,” Mr Grech said" is the speaker, named before."""
    out: list[Mention] = []
    last_seen: dict[str, int] = {}
    told: dict[str, int] = {}  # where each person was last named outside quotes
    bare: dict[str, str] = {}  # the person each surname alone, without an honorific, named
    titled: dict[str, str] = {}  # the gender an honorific gave each full name so far
    titles: dict[str, set[str]] = {}  # the titles written before each person's names so far
    given_alone: set[str] = set()  # those named by the given name alone so far ("Addison")
    names = _written_names(mentions, text)
    full, introduced, kin_of = names.full, names.introduced, names.kin_of
    in_headline, titled_in_full = names.in_headline, names.titled_in_full
    late, married = names.late, names.married
    for m in mentions:
        gender = honorific_gender(text, m.start)
        title = _title_before(text, m.start)
        # a surname alone, also one of several words ("Te Rangi" of Hemi and Aroha Te Rangi)
        if m.canonical in full and len(name_words(m.surface)) < len(name_words(m.canonical)):
            hits = names_holding(m.surface, sorted(full))
            quoting = inside(quoted, m.start, m.end)
            living = [h for h in hits if h not in late]
            if not quoting and len(living) == 1 < len(hits):
                # "whose late father Yiannis Papadakis" then "Mr Papadakis said": his son
                m = replace(m, canonical=living[0])
            elif len(hits) > 1:
                if not quoting:
                    hits = living or hits
                # a title one of them is written with in full, wherever ("Dr Sabri, who
                # oversaw her father's treatment" before "Dr Rukhsana Sabri heads …")
                written_titled = [h for h in hits if title and title in titled_in_full.get(h, ())]
                agree = [
                    h
                    for h in hits
                    if given_name_gender(h) in (None, gender) and titled.get(h) in (None, gender)
                ]
                # a given name no list holds is as sure when the kin noun that introduced it
                # says ("Her son, Eachann MacInnes,")
                sure = [
                    h
                    for h in agree
                    if gender
                    in (given_name_gender(h), titled.get(h), NOUN_GENDER.get(kin_of.get(h, "")))
                ]
                hits = (sure or agree) if gender is not None and agree else hits
                # of those, the ones the article has already introduced in full
                known = [h for h in agree if introduced.get(h, m.start) < m.start]
                if gender is not None and agree:  # "Ms. Pryce"
                    hits = [h for h in known if h in sure] or known or hits
                elif gender is None:
                    # "Coach Ramon Salvador, 47, … His son Miguel, 22, …" then "Salvador says":
                    # not a relative named so far by the given name alone
                    hits = [h for h in hits if introduced.get(h, m.end) <= m.start] or hits
                nearest = last_seen if quoting or not any(h in told for h in hits) else told
                best = max(hits, key=lambda c: nearest.get(c, -1))
                if not any(h in last_seen for h in hits):
                    # none named yet ("Ostrowski steps down" above "Vernon Ostrowski …, His
                    # daughter, Kelsey Ostrowski,"): the one the article names first
                    best = min(hits, key=lambda h: introduced.get(h, len(text)))
                if gender is None:
                    # (of those named outside quotes, when it is: not "“My grandfather,
                    # Ngiraitel Tellames, used to say …,” Rubak Tellames said")
                    best = _first_of_pair(best, hits, nearest, text, m.start)
                    # a bare surname is the one a relative was introduced as related to:
                    # "Abdulai Koroma … His son, Mohamed Koroma, …" then "Koroma was calm"
                    # (a family name of both, not a father's name in a patronymic: "binti
                    # Kamarudin"; nor "the younger Bhuiyan", which picks one by age)
                    anchors = [h for h in hits if h not in kin_of]
                    if (
                        best in kin_of
                        and len(anchors) == 1
                        and _family_name_of(m.surface, best)
                        and _family_name_of(m.surface, anchors[0])
                        and not _OF_AGE_BEFORE.search(text, max(0, m.start - 12), m.start)
                    ):
                        best = anchors[0]
                    # "Addison’s father, Rob Pelletier" then "Pelletier, 47,": of two, the
                    # one the article does not call by the given name alone ("Addison")
                    by_surname = [h for h in hits if h not in given_alone]
                    if len(hits) == 2 and len(by_surname) == 1:
                        best = by_surname[0]
                same_title = [h for h in hits if title and title in titles.get(h, ())]
                if len(same_title) != 1:
                    same_title = written_titled
                if len(same_title) == 1:  # "Alhaji Issah Sulemana" then "Alhaji Sulemana"
                    best = same_title[0]
                headlined = [h for h in hits if h in in_headline]
                if gender is not None and len(headlined) == 1:
                    best = headlined[0]  # "Yusuf Demirci, …, Dies at 81" then "Mr. Demirci"
                elif gender is None and bare.get(m.surface) in hits and len(same_title) != 1:
                    best = bare[m.surface]  # not over a title one of them is written with
                elif gender is None and [h for h in hits if h in last_seen] == [best]:
                    bare.setdefault(m.surface, best)  # the only one named so far
                # "their daughter, Leanne Hadley" then "Mrs Hadley": Pauline (also over the
                # headline's man, "Tomasi Heka", and a daughter whose given name is surer a
                # woman's; not over the one "Mrs" was written with before)
                wives = [h for h in (hits if gender is None else known) if h in married]
                if (
                    title == "mrs"
                    and best not in married
                    and len(wives) == 1
                    and len(same_title) != 1
                ):
                    best = wives[0]
                # "Ms Welch" for the daughter, then "Mrs Welch": the one no other woman's
                # title was written before yet (her mother, Pauline Welch)
                others = _WOMENS_TITLES - {title}
                fresh = [h for h in known if not titles.get(h, set()) & others]
                if (
                    title in _WOMENS_TITLES
                    and len(fresh) == 1 < len(known)
                    and len(same_title) != 1
                ):
                    best = fresh[0]
                # "Ghoshal himself was candid", set against what his son and others said of
                # him: the one the article is about, introduced first
                own = _HIMSELF.match(text, m.end)
                if own is not None and gender is None:
                    wanted = "m" if own["word"] == "himself" else "f"
                    firsts = [
                        h for h in hits if h in introduced and titled.get(h, wanted) == wanted
                    ]
                    firsts = [h for h in firsts if given_name_gender(h) in (None, wanted)]
                    if firsts:
                        best = min(firsts, key=lambda h: introduced[h])
                m = replace(m, canonical=best)
        last_seen[m.canonical] = m.start
        if _given_name_alone(m, text):
            given_alone.add(m.canonical)
        if not inside(quoted, m.start, m.end):
            told[m.canonical] = m.start
        if title:
            titles.setdefault(m.canonical, set()).add(title)
        if gender is not None:
            titled.setdefault(m.canonical, gender)
        out.append(m)
    return out
