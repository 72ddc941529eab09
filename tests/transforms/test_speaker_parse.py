"""Speaker and name rules that repair a misparse, pinned on hand-built parses: the model parses
a given sentence differently from one release or context to the next, so these fix the parse
the rule is for and test the rule alone."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from transforms.article_facts import stranded_subject
from transforms.name_context import place_of
from transforms.speakers import _subject


def parsed(rows: list[tuple[str, int, str, str]], ents: list[str] | None = None) -> Doc:
    """A Doc from (word, head index, dependency, part of speech) rows (and IOB entity tags)."""
    words, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_of_two_subjects_that_can_speak_the_one_nearest_the_verb_is_its_subject():
    # "In Salem, Oregon, Hollis went after Marsh, calling him “a coward”": the state taken for
    # a second subject of "went"
    doc = parsed(
        [
            ("In", 6, "prep", "ADP"),
            ("Salem", 0, "pobj", "PROPN"),
            (",", 6, "punct", "PUNCT"),
            ("Oregon", 6, "nsubj", "PROPN"),
            (",", 6, "punct", "PUNCT"),
            ("Hollis", 6, "nsubj", "PROPN"),
            ("went", 6, "ROOT", "VERB"),
            ("after", 6, "prep", "ADP"),
            ("Marsh", 7, "pobj", "PROPN"),
            (",", 6, "punct", "PUNCT"),
            ("calling", 6, "advcl", "VERB"),
            ("him", 10, "dobj", "PRON"),
            ("“", 14, "punct", "PUNCT"),
            ("a", 14, "det", "DET"),
            ("coward", 10, "oprd", "NOUN"),
            ("”", 14, "punct", "PUNCT"),
        ]
    )
    assert _subject(doc[10]).text == "Hollis"


def test_the_object_of_the_verb_an_infinitive_hangs_on_does_what_it_says():
    # "That prompted Rubio to call Trump “flexible”": Rubio calls, not "That"
    doc = parsed(
        [
            ("That", 1, "nsubj", "PRON"),
            ("prompted", 1, "ROOT", "VERB"),
            ("Rubio", 1, "dobj", "PROPN"),
            ("to", 4, "aux", "PART"),
            ("call", 1, "xcomp", "VERB"),
            ("Trump", 4, "dobj", "PROPN"),
            ("“", 7, "punct", "PUNCT"),
            ("flexible", 4, "oprd", "ADJ"),
            ("”", 7, "punct", "PUNCT"),
        ]
    )
    assert _subject(doc[4]).text == "Rubio"


def test_a_demonstrative_object_controls_nothing():
    # "The paper had this to say: “…”": the paper says it, not "this"
    doc = parsed(
        [
            ("The", 1, "det", "DET"),
            ("paper", 2, "nsubj", "NOUN"),
            ("had", 2, "ROOT", "VERB"),
            ("this", 2, "dobj", "PRON"),
            ("to", 5, "aux", "PART"),
            ("say", 2, "xcomp", "VERB"),
            (":", 2, "punct", "PUNCT"),
        ]
    )
    assert _subject(doc[5]).text == "paper"


def test_a_verb_right_after_a_name_apposed_to_the_phrase_before_has_that_name_as_subject():
    # "A letter dated May 2 and seen by the Post, its chief, Ann Lee, wrote that it was “fine”":
    # "wrote" joined to "dated", whose subject is the letter
    rows = [
        ("A", 1, "det", "DET"),
        ("letter", 2, "nsubj", "NOUN"),
        ("dated", 2, "ROOT", "VERB"),
        ("May", 2, "npadvmod", "PROPN"),
        ("and", 2, "cc", "CCONJ"),
        ("seen", 2, "conj", "VERB"),
        ("by", 5, "agent", "ADP"),
        ("the", 8, "det", "DET"),
        ("Post", 6, "pobj", "PROPN"),
        (",", 8, "punct", "PUNCT"),
        ("its", 11, "poss", "PRON"),
        ("chief", 8, "appos", "NOUN"),
        (",", 11, "punct", "PUNCT"),
        ("Ann", 14, "compound", "PROPN"),
        ("Lee", 11, "appos", "PROPN"),
        (",", 8, "punct", "PUNCT"),
        ("wrote", 2, "conj", "VERB"),
        ("that", 18, "mark", "SCONJ"),
        ("it", 19, "nsubj", "PRON"),
        ("was", 16, "ccomp", "AUX"),
        ("fine", 19, "acomp", "ADJ"),
    ]
    ents = ["O"] * 13 + ["B-PERSON", "I-PERSON"] + ["O"] * 6
    doc = parsed(rows, ents)
    assert _subject(doc[16]).text == "Lee"
    # joined by "and", the verb keeps the subject of the verb it is joined to
    rows[15] = ("and", 16, "cc", "CCONJ")
    assert _subject(parsed(rows, ents)[16]).text == "letter"


def test_a_name_and_age_hung_on_the_clause_before_a_verb_with_no_subject_is_its_subject():
    # "With the game tied at 45, Aoife Brennan, 17, drove the baseline": the name taken for a
    # modifier of "tied"
    doc = parsed(
        [
            ("With", 3, "mark", "SCONJ"),
            ("the", 2, "det", "DET"),
            ("game", 3, "nsubj", "NOUN"),
            ("tied", 12, "advcl", "VERB"),
            ("at", 3, "prep", "ADP"),
            ("45", 4, "pobj", "NUM"),
            (",", 3, "punct", "PUNCT"),
            ("Aoife", 8, "compound", "PROPN"),
            ("Brennan", 3, "npadvmod", "PROPN"),
            (",", 8, "punct", "PUNCT"),
            ("17", 8, "appos", "NUM"),
            (",", 8, "punct", "PUNCT"),
            ("drove", 12, "ROOT", "VERB"),
            ("the", 14, "det", "DET"),
            ("baseline", 12, "dobj", "NOUN"),
        ]
    )
    assert stranded_subject(doc[12]) == doc[8]
    assert stranded_subject(doc[3]) is None  # "tied" has its subject


def test_a_name_apposed_to_the_clause_before_a_verb_with_no_subject_is_its_subject():
    # "Reached by phone, Akech, a nurse at the clinic, said …": the name taken for an
    # apposition of "phone"
    doc = parsed(
        [
            ("Reached", 12, "advcl", "VERB"),
            ("by", 0, "agent", "ADP"),
            ("phone", 1, "pobj", "NOUN"),
            (",", 2, "punct", "PUNCT"),
            ("Akech", 2, "appos", "PROPN"),
            (",", 4, "punct", "PUNCT"),
            ("a", 7, "det", "DET"),
            ("nurse", 4, "appos", "NOUN"),
            ("at", 7, "prep", "ADP"),
            ("the", 10, "det", "DET"),
            ("clinic", 8, "pobj", "NOUN"),
            (",", 12, "punct", "PUNCT"),
            ("said", 12, "ROOT", "VERB"),
        ]
    )
    assert stranded_subject(doc[12]) == doc[4]


def test_a_place_parsed_as_a_verb_before_a_residents_name_is_not_the_subject():
    # "Brackenhurst resident Dana Pell wrote on Facebook:": the place taken for a verb, the
    # subject of "wrote", with the resident and the name its objects
    doc = parsed(
        [
            ("Brackenhurst", 4, "nsubj", "VERB"),
            ("resident", 0, "dobj", "NOUN"),
            ("Dana", 3, "compound", "PROPN"),
            ("Pell", 0, "dobj", "PROPN"),
            ("wrote", 4, "ROOT", "VERB"),
            ("on", 4, "prep", "ADP"),
            ("Facebook", 5, "pobj", "PROPN"),
            (":", 4, "punct", "PUNCT"),
        ],
        ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O"],
    )
    assert _subject(doc[4]).text == "Pell"


def test_a_name_after_a_persons_of_is_where_they_live():
    # "Tarun Debnath (47) of Kalachara Tilla": the model tags the place a person in some
    # articles
    doc = parsed(
        [
            ("Tarun", 1, "compound", "PROPN"),
            ("Debnath", 1, "ROOT", "PROPN"),
            ("(", 1, "punct", "PUNCT"),
            ("47", 1, "appos", "NUM"),
            (")", 1, "punct", "PUNCT"),
            ("of", 1, "prep", "ADP"),
            ("Kalachara", 7, "compound", "PROPN"),
            ("Tilla", 5, "pobj", "PROPN"),
        ],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON"],
    )
    assert place_of(doc, doc[6:8].start_char, doc[6:8].end_char)
    assert not place_of(doc, doc[0:2].start_char, doc[0:2].end_char)
