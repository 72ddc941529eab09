"""Where a person's name starts and ends: entity spans trimmed of titles, possessives and
punctuation, grown by surname particles and regnal numbers, cut at line breaks and lists, and
merged or de-duplicated. Pure string functions over the document text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from functools import cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from transforms.lexicon import (
    BYSTANDER_NOUNS,
    CHINESE_SURNAMES,
    DEMONYMS,
    HONORIFIC_GENDER,
    HONORIFICS,
    LOWER,
    OCCUPATIONS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PERSON_ONLY_TITLES,
    PERSONAL_TITLES,
    ROLE_PREFIXES,
    SPEAKER_NOUNS,
    TITLES,
    TITLES_ALSO_GIVEN_NAMES,
    UPPER,
)
from transforms.nlp import common_nouns

PRONOUNS = {
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "me", "my",
    "we", "us", "our", "you", "your", "it", "its",
}  # fmt: skip
PARTICLES = (
    r"(?:de|van|von|der|den|da|dal|del|della|dela|delos|los|dos|di|du|la|le|binti|bint|bin|al|wa"
    r"|ap|ab"  # Welsh "son of": "Rhodri ap Iolo"
    r"|anak)"  # Iban "child of": "Ambau anak Jelani"
)
# The ʻokina (a glottal stop, a letter of Tongan, Hawaiian and Samoan) and the apostrophe-like
# letter written for it, which may open a capitalised name word ("ʻOfa Naufahu")
OKINA = "ʻʼ"
CAP_WORD = rf"[{OKINA}]?[{UPPER}][{UPPER}{LOWER}'’-]*[{LOWER}][{UPPER}{LOWER}'’{OKINA}-]*"
# "al-Turabi", "el-Din": an Arabic article or particle joined to a capitalised surname.
_ARABIC_ARTICLES = "(?:al|el|ul|ad|ash|as|ar|at|az|ed|ud)"
JOINED_PARTICLE = rf"{_ARABIC_ARTICLES}-{CAP_WORD}"
_JOINED_ARTICLE = re.compile(rf"^{_ARABIC_ARTICLES}-", re.IGNORECASE)


def without_joined_article(word: str) -> str:
    """A surname without the Arabic article joined to it, as a short form writes it:
    "Tarhouni" of "al-Tarhouni"."""
    return _JOINED_ARTICLE.sub("", word)


MAX_NAME_CHARS = 80
NOT_NAME_PREFIXES = HONORIFICS | TITLES | PERSON_NOUNS | ROLE_PREFIXES | DEMONYMS | PARTY_WORDS
_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Academic degrees written with a dot: "B.Pharm", "M.Sc", "B.Tech", "Ph.D"
_DEGREE = re.compile(r"(?:B|M|Ph|D)\.\s?(?:A|S|Sc|Com|Tech|Pharm|Ed|Phil|Arch|Eng|Litt|Mus|D)\.?")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")  # "Lee's"; "Reynolds'" keeps its s
_INNER_POSSESSIVE = re.compile(r"['’]s\s")
_CAPTION_WORD = re.compile(r"\s+(?:Image|Photo|Picture|Video|Credit)$")
_TRAILING_DATE_WORD = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|June|July|August|September|October|November|December)$"
)
# Letters after a name: honours, counsel, parliament, degrees ("Jordan Ashdown KC"); a
# Theravada monk's "Thera" ("Ven. Welikanda Sumanasiri Thera").
_POST_NOMINAL = re.compile(
    r",?\s+(?:KC|QC|SC|MP|MEP|MSP|MS|MLA|TD|OBE|MBE|CBE|KBE|DBE|CH|PhD|MD|FRS|Thera)$"
)
# A score or placing glued to a name in a results list: "Kersey 63", "Austin 4-37", "Pires 46th".
_TRAILING_NUMBER = re.compile(r"\s+[+\d][\w\-./+]*$")
# A nickname in quotes between given name and surname: 'Roberto "Hands of Stone" Duran', one
# word in single marks: "Romaine 'Cutlass' Clarke".
QUOTED_NICKNAME = (
    r"(?:[\"“](?:[a-z]{1,3}-)?[A-Z][^\"“”\n]{0,30}[\"”]|['‘][A-Z][^\"“”'‘’\s]{1,20}['’])"
)
NICKNAME = re.compile(rf" {QUOTED_NICKNAME} ")


def without_nickname(words: str) -> str:
    """The words with any quoted nickname taken out and single spaces: 'Augustine "Gus"
    Okonkwo' is "Augustine Okonkwo"."""
    return " ".join(NICKNAME.sub(" ", words).split())


@cache
def first_names() -> frozenset[str]:
    """Given names learned from annotated news (first_names.txt): frequent, rarely anything
    else. The person filter's feature and the rules that trust a given name use these."""
    return word_table("first_names.txt")


@cache
def given_names() -> frozenset[str]:
    """``first_names()`` and the broader lists of many countries from Faker (given_names.txt,
    written by bench/given_names.py): what may start a name NER missed."""
    return first_names() | word_table("given_names.txt")


@cache
def given_name_genders() -> dict[str, str]:
    """Given names that name one gender only, "m" or "f" (given_name_genders.txt, written by
    bench/given_names.py from Faker's lists and survey data): "Chloe" is a she, "Andrea" is
    not listed, "Kinley" is listed with no gender (31% of the survey's bearers are men)."""
    return {n: g for n, g in listed_given_names().items() if g in {"m", "f"}}


@cache
def listed_given_names() -> dict[str, str]:
    """Every name of given_name_genders.txt, with "?" for those the survey doubts the gender
    of: given names all the same ("Lim" of "Lim Pei Shan, 28,")."""
    return _gender_table("given_name_genders.txt")


@cache
def given_name_leanings() -> dict[str, str]:
    """Given names most of whose bearers are of one gender, short of the sureness of
    ``given_name_genders`` (given_name_leanings.txt, written by bench/given_names.py from the
    survey data): "Orla" leans f, "Shane" m."""
    return _gender_table("given_name_leanings.txt")


def _gender_table(name: str) -> dict[str, str]:
    """A packaged "name gender" table (comment lines start with #)."""
    table = resources.files("transforms.data").joinpath(name).read_text("utf-8")
    rows = (line.split() for line in table.splitlines() if not line.startswith("#"))
    return {row[0]: row[1] for row in rows if len(row) == 2}


def given_name_leaning(canonical: str) -> str | None:
    """The gender a full name's given name leans to ("Orla Walsh": "f"), if any."""
    given = _given_word(canonical)
    if given is None or given == canonical:
        return None
    leanings = given_name_leanings()
    return leanings.get(given) or leanings.get(without_accents(given))


def honorific_gender(text: str, start: int) -> str | None:
    """The gender, "m" or "f", that an honorific right before ``start`` tells ("Ms Lee")."""
    judicial = _JUDICIAL_TITLE.search(text, max(0, start - 16), start)
    if judicial is not None:  # "Lady Justice Armitage"
        return HONORIFIC_GENDER.get(judicial.group("honorific").lower())
    word = word_before(text, start).lstrip("“‘\"'(")  # also “Make Shongwe, did …?”
    if not word[:1].isupper():  # not "first saw Andrea play"
        return None
    return HONORIFIC_GENDER.get(word.rstrip(".").lower())


def short_word_before(text: str, start: int, width: int = 6) -> str:
    """The short word (up to ``width`` - 1 letters, lower case, without its dot) right before
    ``start``, where an honorific stands ("Ms", "Dr.", "Madam"); "" if none."""
    return word_before(text, start, width).rstrip(".").lower()


def word_before(text: str, start: int, width: int = 6) -> str:
    """The word, as written, within ``width`` characters before ``start``; "" if none."""
    word = text[max(0, start - width) : start].split()[-1:]
    return word[0] if word else ""


# A judge's title between an honorific and the surname: "Lady Justice", "Mr. Justice".
_JUDICIAL_TITLE = re.compile(r"(?P<honorific>Lord|Lady|Mr|Mrs|Ms|Chief)\.? Justice $")


def given_name_gender(canonical: str) -> str | None:
    """The gender, "m" or "f", of a full name's given name ("Chloe Marsh"), if it has one; a
    one-word name counts only when it is a given name and no English surname ("Kevin", not
    "Clinton")."""
    given = _given_word(canonical)
    if given is None or (given == canonical and not is_given_name(given)):
        return None
    genders = given_name_genders()
    found = genders.get(given) or genders.get(without_accents(given))
    if found is None and "-" in given:  # "Marie-Ève": both parts a woman's ("Jean-Pierre": not)
        parts = {genders.get(without_accents(p)) for p in given.split("-")}
        found = parts.pop() if len(parts) == 1 else None
    words = canonical.split()
    if found is None and len(words) >= 3 and words[0] not in listed_given_names():
        found = _GENDERED_MIDDLE_NAMES.get(words[1])  # "Bishnu Prasad Adhikari": a he
    return found


# South Asian middle names of one gender: "Bishnu Prasad Adhikari", "Sita Kumari Rai".
_GENDERED_MIDDLE_NAMES = {
    **dict.fromkeys(("Prasad", "Kumar", "Bahadur", "Lal", "Nath"), "m"),
    **dict.fromkeys(("Kumari", "Devi"), "f"),
}


def _given_word(canonical: str) -> str | None:
    """A name's first word, which the gender tables are about; None when the name is written
    family name first ("Park Ji-won", "Tan Mei Xin": the given name says no gender here)."""
    words = canonical.split()
    if not words or (len(words) >= 2 and hyphenated_given_name(words[1])):
        return None
    if len(words) == 3 and words[0] in CHINESE_SURNAMES and all(len(w) <= 5 for w in words[1:]):
        return None  # "Tan Mei Xin"
    return words[0]


# An East Asian two-syllable given name written with a hyphen: "Ji-won", "Seo-yeon",
# "Tsz-kin", "Chun-kit" (after the family name: "Park Ji-won", "Raymond Ho Chun-kit").
HYPHENATED_GIVEN = r"[A-Z][a-z]{1,4}-[a-z]{2,5}"
_HYPHENATED_GIVEN = re.compile(HYPHENATED_GIVEN)


def hyphenated_given_name(word: str) -> bool:
    """``word`` is a hyphenated two-syllable given name ("Ji-won", or "ji-won" lower-cased)."""
    return _HYPHENATED_GIVEN.fullmatch(word[:1].upper() + word[1:]) is not None


def is_given_name(word: str) -> bool:
    """A given name of the packaged lists, written with accents or without ("Siobhán" is the
    listed "Siobhan", "Siân" the listed "Sian")."""
    names = given_names()
    return word in names or (not word.isascii() and without_accents(word) in names)


def without_accents(word: str) -> str:
    """ "Joaquín" -> "Joaquin": the survey data writes given names without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_post_nominal(word: str) -> bool:
    """ "KC", "MP", "OBE": letters written after a name, not part of it."""
    return bool(_POST_NOMINAL.fullmatch(" " + word))


def without_post_nominal(text: str, start: int, end: int) -> int:
    """Where a name ends without the letters after it ("Frank Field MP", "Ian Botham OBE")."""
    m = _POST_NOMINAL.search(text, start, end)
    return m.start() if m and m.start() > start else end


def word_table(file: str) -> frozenset[str]:
    """The words of a packaged one-word-per-line list (``#`` starts a comment)."""
    table = resources.files("transforms.data").joinpath(file).read_text("utf-8")
    lines = (line.split("#", 1)[0] for line in table.splitlines())
    return frozenset(w for line in lines for w in line.split())


# A name as Mongolian news writes it, the father's initial joined to the given name by a dot:
# "B.Gantulga", "Ts.Munkh-Orgil"
# one initial written as a word of a name: "M." of "Benigno M. Kapileo", "S." of "S. Bharathi"
INITIAL = re.compile(r"[A-Z]\.")
INITIAL_JOINED = re.compile(r"[A-Z][a-z]?\.(?P<given>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)")


@cache
def not_names() -> frozenset[str]:
    """Words NER often tags as a person that are not names (places, teams, firms), from the
    packaged list."""
    table = resources.files("transforms.data").joinpath("not_person_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in table.splitlines() if line.strip() and not line.startswith("#")
    )


def name_words(name: str) -> list[str]:
    """The words of a name without its honorifics and a generation after it ("Mr. Ann Lee" →
    ["Ann", "Lee"], "Ken Griffey Sr." → ["Ken", "Griffey"])."""
    words = [t for t in re.split(r"\s+", name) if t and t.rstrip(".").lower() not in HONORIFICS]
    if len(words) > 2 and words[-1].rstrip(".,") in _GENERATIONS:
        words.pop()
    return words


def word_occurrences(
    text: str, form: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """Where ``form`` stands as a word of ``text[start:end]``: not after a letter, digit, "_",
    apostrophe or hyphen, nor before a letter, digit, "_" or hyphen. What
    ``re.finditer(r"(?<![\\w'’-])FORM(?![\\w-])")`` finds, without compiling one pattern
    per name (which cost more than the search)."""
    end = len(text) if end is None else end
    at = text.find(form, start, end)
    while at >= 0:
        stop = at + len(form)
        before = text[at - 1] if at > 0 else ""
        after = text[stop] if stop < end else ""
        if not _word_char(before, "'’-") and not _word_char(after, "-"):
            yield at, stop
            at = text.find(form, stop, end)
        else:
            at = text.find(form, at + 1, end)


def line_at(text: str, start: int, end: int) -> str:
    """The whole line (or lines) of ``text`` that ``[start, end)`` stands on."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo : hi if hi >= 0 else len(text)]


def _word_char(ch: str, also: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_" or ch in also)


_INNER_TITLES = TITLES | HONORIFICS
# Words after which a father's name (and his title) follows: "Siti Rahmah binti Haji Osman",
# "Muna bint Salim Al Kindi", a Malaysian Indian's "a/l"
PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn", "ben", "ould", "a/l", "a/p", "anak"})


def after_inner_title(surface: str) -> int:
    """Where the name starts after a title inside the span, before two or more words: the
    words before it are an office or a place ("Principal Resident Magistrate Mutale Siame"),
    0 when there is none. Not a title that is also a given name ("Sarah Dean Hall")."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", surface)]
    for i in range(len(words) - 3, 0, -1):
        word = words[i][1]
        if (
            word[:1].isupper()
            and word.rstrip(".").lower() in _INNER_TITLES
            and not is_given_name(word)
            and words[i - 1][1].lower() not in PATRONYMIC  # "binti Haji Osman"
        ):
            return words[i + 1][0]
    return 0


def clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim an entity span to the name itself: no honorific, possessive or edge punctuation."""
    while True:
        surface = text[start:end]
        m = _EDGE.search(surface)
        if m and m.start() == 0 and m.end() > 0:
            start += m.end()
            continue
        inner = _INNER_POSSESSIVE.search(surface)
        if inner:  # "Glenn Hoddle's England": the name ends at the possessive
            end = start + inner.start()
            continue
        m2 = _POSSESSIVE.search(surface)
        if m2 and len(surface) > 3:
            end = start + m2.start()
            continue
        m3 = re.search(r"[\W_]+$", surface)
        if m3 and m3.start() > 0 and not surface.endswith("."):
            end = start + m3.start()
            continue
        if surface.endswith(".") and len(surface.split()[-1]) > 4 and " " in surface:
            end -= 1  # "Songo'o." at the end of a sentence; "Jr." and initials stay
            continue
        m5 = _CAPTION_WORD.search(surface)
        if m5:  # "Belle Image: Nick Moreau" in a photo caption
            end = start + m5.start()
            continue
        cut = without_post_nominal(text, start, end)
        if cut < end:  # "Jordan Ashdown KC"
            end = cut
            continue
        m6 = _TRAILING_DATE_WORD.search(surface)
        if m6 and m6.start() > 0:  # "Jose Miguel Insulza Monday"
            end = start + m6.start()
            continue
        m4 = _TRAILING_NUMBER.search(surface)
        if m4 and m4.start() > 0:
            end = start + m4.start()
            continue
        first = surface.split(maxsplit=1)
        word = first[0].rstrip(".").lower() if first else ""
        if (
            len(first) == 2
            and word in NOT_NAME_PREFIXES
            and (
                first[0] not in first_names()
                or len(first[1].split()) > 1
                or _JUDICIAL_TITLE.search(text, max(0, start - 10), start + len(first[0]) + 1)
            )
            # "Tamil Nadu": a nationality word leaves a full name, not one word
            and (word not in DEMONYMS or len(first[1].split()) > 1)
        ):
            start += surface.index(first[1])
            continue
        inner = after_inner_title(surface)
        if inner:  # "Principal Resident Magistrate Mutale Siame", "Devolution Cde Ratidzo Marufu"
            start += inner
            continue
        if len(first) == 2 and word in OCCUPATIONS and _full_name(first[1]):
            start += surface.index(first[1])  # "Farmer Gideon Hext" (not "Baker Mayfield")
            continue
        if len(first) == 2 and _common_noun_title(first[0], first[1]):
            start += surface.index(first[1])  # "Reeve Gordon Fehr", "Corporal Shem Baptiste"
            continue
        if len(first) == 2 and word in _WITNESS_NOUNS and len(first[1].split()) > 1:
            start += surface.index(first[1])  # "Neighbour Kaveke Mutua, who …" opening a line
            continue
        if len(first) == 2 and word in _IMPERATIVES and first[0][:1].isupper():
            start += surface.index(first[1])  # "“Tell Jordan the power play is too slow”"
            continue
        if len(first) == 2 and word in _MODALS and _asks_with_modal(text, start, end):
            start += surface.index(first[1])  # "“Will Aditya resign from the board?”"
            continue
        if len(first) == 2 and title_also_given_name(text, first[0], first[1]):
            start += surface.index(first[1])
            continue
        break
    surface = text[start:end]
    if (
        end - start < 2
        or "\n" in surface
        or ": " in surface  # "Tsho Karpo: Expansion", a title and its subtitle
        or not (_capitalised(surface) or _particle_first(surface))
    ):
        return None
    if surface.lower().rstrip(".") in _TITLES_ALONE:  # "Madam, who …?", the "Hon." left of
        # "H.E. Hon."
        return None
    last = surface.split()[-1].lower()
    if " " in surface and last.endswith("s") and last[:-1] in _PEOPLE_WORDS:
        return None  # "Public Health Inspectors", "Ward Councillors": a kind of people
    if " " in surface and last in _PEOPLE_WORDS and _office_word(surface.split()[0]):
        return None  # "Drugs Controller", "District Collector": an office, capitalised
    if _DEGREE.fullmatch(surface):
        return None  # "his B.Pharm", "an M.Sc"
    if surface.lower() in PRONOUNS or not any(c.islower() for c in surface):
        return None if len(surface) > 4 or surface.lower() in PRONOUNS else (start, end)
    return with_elision(text, start), end


def _capitalised(surface: str) -> bool:
    """Opening on a capital, also after the ʻokina of Polynesian names ("ʻOfa Naufahu")."""
    return surface[0].isupper() or (surface[0] in OKINA and surface[1:2].isupper())


def with_elision(text: str, start: int) -> int:
    """Where a name starts that an apostrophe opens, as Sesotho and Tongan names do
    ("’Mampho Ramatla", "'Ofa Lolohea"): at the apostrophe, when it stands at the start of a
    word and is no single quote mark opening (a straight one that closes later in the
    paragraph may be)."""
    if start == 0 or text[start - 1] not in "’'" or (start > 1 and _word_char(text[start - 2], "")):
        return start
    if text[start - 1] == "'":
        stop = text.find("\n", start)
        if _CLOSING_STRAIGHT.search(text, start, stop if stop >= 0 else len(text)):
            return start
    return start - 1


_CLOSING_STRAIGHT = re.compile(r"(?<=[^\s'])'(?![\w])")


def _office_word(word: str) -> bool:
    """A common noun naming what an office is for ("Drugs", "District", "Health"), not a
    given name."""
    low = word.lower()
    return not is_given_name(word) and (low in common_nouns() or low.rstrip("s") in common_nouns())


def _common_noun_title(word: str, rest: str) -> bool:
    """A capitalised English noun of four letters or more that is no given name, before a
    full name, is a title or a role the lists lack: "Verger Gordon Fehr", "Counsellor Nasser
    Al-Obaidan" (not "Lee Hsien Loong", a family name first; not "Jan Ove Pedersen")."""
    return (
        len(word) >= 4  # not "Jan Ove Pedersen", "El Hassane Lahssini"
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower() in common_nouns()
        and _full_name(rest)
        and not is_given_name(word)
        and word not in listed_given_names()
        and word not in CHINESE_SURNAMES
    )


def _full_name(rest: str) -> bool:
    """The words after a first word are a full name of their own: a given name and more."""
    words = rest.split()
    return len(words) > 1 and words[0] in given_names()


# Nouns for people the news meets, written capitalised only where they open a sentence
# before a full name ("Neighbour Kaveke Mutua", "Resident Joan Pike")
_WITNESS_NOUNS = SPEAKER_NOUNS | BYSTANDER_NOUNS
# Words that are no name on their own ("Madam", "Hon."), and nouns for kinds of people
_TITLES_ALONE = HONORIFICS | PERSON_ONLY_TITLES
_PEOPLE_WORDS = TITLES | PERSON_NOUNS | OCCUPATIONS
# Verbs that open a command before a name the model joins them to: "Tell Jordan …", "Ask
# Norma Quill" (a phone-in named after its host)
_IMPERATIVES = frozenset({"tell", "ask", "thank", "let", "give", "meet", "bless", "pray"})
# Modal verbs that are also given names, opening a question before a name.
_MODALS = frozenset({"will", "can"})
_QUESTION_AFTER = re.compile(r" [a-z][^.!?\n]{0,80}\?")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n|[\"“‘]\s*)$")


def _asks_with_modal(text: str, start: int, end: int) -> bool:
    """The name's first word opens a question as its verb ("Will Aditya resign from the
    board?"; not "Will Smith said")."""
    return (
        _SENTENCE_OPENS.search(text, max(0, start - 3), start) is not None
        and _QUESTION_AFTER.match(text, end) is not None
    )


def title_also_given_name(text: str, word: str, name: str) -> bool:
    """``word`` before ``name`` is a title that is also a given name ("Nana"): before a name
    of two words or more ("Nana Kobina Gyepi"), or before one word the text also writes after
    it with a longer name ending or starting with it ("Nana Gyepi" beside "Nana Kobina Gyepi",
    "Papa Tere" beside "Papa Tere Arokapiti", "Dayang Rosnah" beside "Dayang Rosnah binti
    Jaludin"), not "Nana Miyagi"."""
    if word.lower() not in TITLES_ALSO_GIVEN_NAMES:  # ("U." is an initial: "U. Chandana")
        return False
    if len(name.split()) > 1:
        return True
    title, one = re.escape(word), re.escape(name)
    longer = rf"\b{title} (?:(?:{CAP_WORD} )+{one}\b|{one}(?: (?:{PARTICLES} )?{CAP_WORD})+)"
    return re.search(longer, text) is not None


def _particle_first(surface: str) -> bool:
    """ "de Klerk", "van der Sar": particles before a capitalised surname."""
    return bool(re.fullmatch(rf"(?:{PARTICLES} )+{CAP_WORD}", surface))


def with_particles(text: str, start: int, end: int) -> tuple[int, int]:
    """The lower-case particles of a surname belong to the name, with the given name before
    them: "Klerk" in "F.W. de Klerk" and "Kengo" before "wa Dondo" grow to "F.W. de Klerk" and
    "Kengo wa Dondo"; "Hassan" before "al-Turabi" grows to "Hassan al-Turabi"."""
    after = re.match(
        rf" (?:(?:{PARTICLES} )+{CAP_WORD}|{JOINED_PARTICLE})(?![\w'’-])",
        text[end : end + MAX_NAME_CHARS],
    )
    if after:
        end += after.end()
    patronym = re.search(  # "Abdallahi" before "Ould Deh", "Fatimetou Mint" before "Abdel Kader"
        rf"(?<![\w'’.-])(?P<given>{CAP_WORD}) (?P<of>{_PATRONYMS} )?$",
        text[max(0, start - 40) : start],
    )
    if patronym and (patronym["of"] or _PATRONYM_FIRST.match(text, start)):
        given = patronym["given"].lower()
        if given not in STOP_WORDS | NOT_NAME_PREFIXES | PERSONAL_TITLES | TITLES:
            return start - len(patronym.group()), end
    joined = re.search(
        rf"(?<![\w'’.-])(?P<given>{CAP_WORD}) {JOINED_PARTICLE} $", text[max(0, start - 40) : start]
    )
    given = joined["given"].lower() if joined else ""
    if joined and given not in STOP_WORDS and given not in NOT_NAME_PREFIXES:
        return start - len(joined.group()), end  # "Zine al-Abidine" before "Ben Ali"
    before = re.search(
        rf"(?<![\w'’.-])(?<!et )(?P<given>(?:[A-Z]\.)+ ?|{CAP_WORD} )?(?:{PARTICLES} )+$",
        text[max(0, start - 40) : start],
    )
    if before:
        given = before["given"] or ""
        word = given.strip()
        # a sentence's first word is a given name only if it is a known one ("Later den Hartog")
        opens = re.search(r"(?:^|[.!?][\"”’']?\s+|\n)$", text[: start - len(before.group())])
        not_given = word.lower() in STOP_WORDS or word.lower() in NOT_NAME_PREFIXES
        not_given |= bool(opens) and not word.endswith(".") and not is_given_name(word)
        start -= len(before.group()) - (len(given) if not_given else 0)
    return start, end


# Capitalised "son of" / "daughter of" in Maghreb, Sahel and Gulf names ("Sidi Ould Bah",
# "Aminetou Mint Salem", "Alhassane Ag Intalla"): the word before one is the given name.
_PATRONYMS = "(?:Ould|Mint|Bint|Ibn|Ag)"
_PATRONYM_FIRST = re.compile(rf"{_PATRONYMS} {CAP_WORD}")

_NUMERALS = "I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI"
REGNAL_NUMBER = re.compile(_NUMERALS)  # "III" of "Quansah III" (fullmatch)
_REGNAL = re.compile(rf" (?:{_NUMERALS})(?![\w'’-])")


def with_regnal_number(text: str, start: int, end: int, given: Collection[str] = ()) -> int:
    """ "Henry VIII", "Pedro I": a Roman numeral after a name is part of it ("I" only after a
    one-word name that is not the ``given`` name of someone named in full, where it is the
    pronoun: "Deirdre Hurley", then "Don't tell Deirdre I said that")."""
    m = _REGNAL.match(text, end)
    if m is None or (m.group() == " I" and (" " in text[start:end] or text[start:end] in given)):
        return end
    return m.end()


def split_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An entity cut at line breaks, commas and slashes ("Gounon, Bernard"), and ended at a
    bracket ("Ann Lee (Belgium")."""
    bracket = text.find(" (", start, end)
    end = end if bracket < 0 else bracket
    parts, pos = [], start
    for m in re.finditer(r"\n|, | / |(?<=\w)/(?=[A-Z])", text[start:end]):
        parts.append((pos, start + m.start()))
        pos = start + m.end()
    parts.append((pos, end))
    return parts


def dedupe(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the first of overlapping spans (byline spans win over NER spans)."""
    out: list[tuple[int, int, str]] = []
    for s, e, src in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]), x[2] != "byline")):
        if out and s < out[-1][1]:
            continue
        out.append((s, e, src))
    return out


def merge_adjacent(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two names one space apart are one name the model split ("ROBERTO" "DURAN", "Aung San"
    "Suu Kyi"), unless the first is a title ("Finance Minister")."""
    out: list[tuple[int, int, str]] = []
    for s, e, src in spans:
        if out and text[out[-1][1] : s] == " " and "byline" not in (src, out[-1][2]):
            words = text[out[-1][0] : out[-1][1]].lower().split()
            if not any(w.rstrip(".") in NOT_NAME_PREFIXES for w in words):
                out[-1] = (out[-1][0], e, out[-1][2])
                continue
        out.append((s, e, src))
    return out
