"""Person mentions: names only, short forms resolved to the person the article introduced."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from spacy.tokens import Span as Entity

from tests.paths import FIXTURES
from transforms.document import Span
from transforms.grammar_names import names_by_role, names_of_speaking_surnames
from transforms.name_context import entity_parts
from transforms.name_links import (
    _written_names,
    cluster,
    names_holding,
    relatives,
    resolve_ambiguous,
)
from transforms.name_spans import (
    clean_span,
    first_names,
    given_name_leaning,
    given_names,
    honorific_gender,
    title_also_given_name,
    without_post_nominal,
)
from transforms.nlp import annotate
from transforms.people import Mention, extract_mentions
from transforms.person_filter import Candidate, keep
from transforms.readers.plain_text import read_plain_text
from transforms.shaped_names import names_by_shape


def mentions_of(text: str):
    doc = read_plain_text(text)
    nlp_doc = next(annotate([text]))
    regions = doc.body
    bylines = [(b.name, b.name_span) for b in doc.bylines]
    return extract_mentions(nlp_doc, regions, bylines, [doc.title_span, *regions, *doc.bio_spans])


def test_short_forms_resolve_to_the_full_name():
    text = (
        "Budget Fight Looms\n\nRosa Delgado presented the budget on Monday. Delgado said the city "
        "must save money, and Rosa promised a vote in May."
    )
    ms = mentions_of(text)
    assert {m.surface for m in ms} >= {"Rosa Delgado", "Delgado", "Rosa"}
    assert {m.canonical for m in ms} == {"Rosa Delgado"}
    for m in ms:
        assert text[m.start : m.end] == m.surface


def test_titles_and_possessives_are_not_part_of_the_name():
    text = "Pool Hours Extended\n\nMayor Rosa Delgado spoke first. Later, Delgado's aides left the room."
    surfaces = [m.surface for m in mentions_of(text)]
    assert "Rosa Delgado" in surfaces
    assert "Delgado" in surfaces
    assert not any(s.startswith("Mayor") or s.endswith("'s") for s in surfaces)


def test_byline_author_is_a_mention():
    text = (
        "Council Rejects Plan\n\nThe body talks about Ken Ito at length.\n\nMaya Okafor\nSenior Reporter\n\n"
        "Maya Okafor is Senior Reporter at The Harbor Ledger."
    )
    ms = mentions_of(text)
    assert next(m.source for m in ms if m.surface == "Maya Okafor") == "byline"
    assert "Maya Okafor" in {m.canonical for m in ms}


def test_seed_people_are_all_found(seed_text):
    canon = {m.canonical for m in mentions_of(seed_text)}
    expected = {
        "Kanye West",
        "Kim Kardashian",
        "Jason Lee",
        "North West",
        "Pete Davidson",
        "Shaq",
        "Jessica Rawden",
    }
    assert expected <= canon


def test_names_in_a_results_list():
    text = (
        "Athletics Results\n\nWomen's javelin:\n\n1. Ilse Varnholt (Germany) 66.60 metres\n\n"
        "Cricket: Riverside 210 (K. Marlowe 64, T. Brandt 51)."
    )
    surfaces = {m.surface for m in mentions_of(text)}
    assert {"Ilse Varnholt", "K. Marlowe", "T. Brandt"} <= surfaces
    assert not any(any(c.isdigit() for c in s) for s in surfaces)


def test_names_in_a_cricket_scorecard():
    text = (
        "Cricket Scoreboard\n\nRiverside first innings\n\n"
        "K. Marlowe c Brandtner b Oduya 64\n\nT. Hallam lbw b Oduya 0\n\n"
        "Did not bat: Quenneville, Ashdown.\n\nBowling: Oduya 10-2-34-3, Pemberton 8-0-41-1"
    )
    surfaces = [m.surface for m in mentions_of(text)]
    for name in ("K. Marlowe", "Brandtner", "Oduya", "T. Hallam", "Quenneville", "Ashdown"):
        assert name in surfaces
    assert "Pemberton" in surfaces
    assert surfaces.count("Oduya") == 3
    assert not any(s.startswith(("Bowling", "Did")) for s in surfaces)


def test_an_entity_is_cut_at_commas_slashes_and_brackets():
    from transforms.name_spans import split_parts

    text = "Gounod, Barrault / Lemaire\nAnnelie Vostrikova (Belgium"
    parts = [text[s:e] for s, e in split_parts(text, 0, len(text))]
    assert parts == ["Gounod", "Barrault", "Lemaire", "Annelie Vostrikova"]


def test_split_pieces_of_one_name_are_merged():
    text = (
        "CYCLING - BELGIAN PIETER VANDAMME TAKES STAGE\n\nLIEGE 1997-05-02\n\n"
        "Pieter Vandamme won the fourth stage on Friday. Vandamme attacked on the last climb."
    )
    caps = [m for m in mentions_of(text) if m.surface.isupper()]
    assert [m.surface for m in caps] == ["PIETER VANDAMME"]
    assert caps[0].canonical == "Pieter Vandamme"


def test_particles_take_the_given_name_but_not_et_al():
    from transforms.name_spans import with_particles

    text = "He beat Edwin van der Sluis. Trax et al Morrow 10-23 was drilled."
    s = text.index("Sluis")
    assert text[slice(*with_particles(text, s, s + 5))] == "Edwin van der Sluis"
    s = text.index("Morrow")
    assert text[slice(*with_particles(text, s, s + 6))] == "Morrow"


def test_a_capitalised_son_of_or_daughter_of_takes_the_given_name_before_it():
    text = (
        "Trial\n\n“Ask the minister of that time, Abdallahi Ould Tah,” he said. “Nobody"
        " knew,” Aichetou Mint Abdel Aziz, the president of the Federation of Fish Traders, told"
        " the Courier. Judge Mint Sidi adjourned the case."
    )
    names = {m.canonical for m in mentions_of(text)}
    assert {"Abdallahi Ould Tah", "Aichetou Mint Abdel Aziz"} <= names
    assert not names & {"Ould Tah", "Abdel Aziz", "Judge Mint Sidi"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lagoon\n\nPhotographs of the plume taken by Ngatangiia resident Anau Tepaki have"
            " been shared 900 times.",
            "Anau Tepaki",
        ),
        (
            "Lagoon\n\nThe resort is owned by Tepaki Holdings, the family company set up by the"
            " late Maara Tepaki, who built the 24-room property in 2009.",
            "Maara Tepaki",
        ),
        (
            "Lake\n\nLama Sonam Dorje, who heads the village monastery, admitted that he had not"
            " taken the lake seriously.",
            "Sonam Dorje",
        ),
        (
            "Parish\n\nCentenier Rhoda Le Brocq, who counted the votes, said it was the largest"
            " turnout she could remember.",
            "Rhoda Le Brocq",
        ),
        (
            "School\n\n“My girls will spend an hour on a bus,” said Gethin ap Rhys, whose"
            " daughters are in Years 2 and 4.",
            "Gethin ap Rhys",
        ),
        (
            "Land\n\nJif Kalo Toka, the paramount chief of the island, said the ruling had"
            " restored the dignity of his people.",
            "Kalo Toka",
        ),
        (
            "Obituary\n\nMayor of Velmorim Rohan Shetgaonkar said the city would hold a"
            " condolence meeting on Thursday.",
            "Rohan Shetgaonkar",
        ),
    ],
)
def test_a_name_after_a_resident_the_late_a_local_title_a_welsh_ap_or_a_places_office(text, name):
    assert name in {m.canonical for m in mentions_of(text)}


def test_a_family_name_opening_with_abi_is_the_short_form_of_the_full_name():
    text = (
        "Court\n\nJudge Hala Abi Saab gave the bank 30 days. “Then the bank can pay,” Abi"
        " Saab said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Hala Abi Saab"}


def test_nationality_and_ethnic_words_alone_are_not_names():
    from transforms.name_edges import plausible

    assert not plausible("Hutus")
    assert not plausible("Swiss")
    assert plausible("Ann Lee")


def test_a_word_the_article_also_writes_in_lower_case_is_not_a_name():
    from transforms.name_context import common_words

    doc = next(annotate(["Iodine levels fell. Dr Rosa Bell said iodine matters, and Rosa agreed."]))
    assert common_words(doc, ["Iodine", "Rosa Bell", "Rosa"]) == {"Iodine"}


def test_the_comment_of_the_given_names_list_is_not_a_name():
    assert not {"the", "of", "in", "Given"} & first_names()


def test_the_broad_given_names_leave_out_words_news_uses_otherwise():
    added = given_names() - first_names()
    assert {"Thibaut", "Wilfried", "Dries", "Shawn"} <= added
    assert not {"May", "Summer", "China", "Georgia", "Jones", "Santiago", "Imam", "Scot"} & added


def test_a_given_name_starts_a_name_at_any_capitalised_word():
    from transforms.shaped_names import _first_name_pattern, _given_name_matches

    text = "Belgian coach Wilfried Van Moer and Spokesman Per Olsen met Thibaut Courtois."
    found = [m.group() for m in _given_name_matches(_first_name_pattern(), text)]
    assert found == ["Wilfried Van Moer", "Thibaut Courtois"]
    accented = "Coach Jürgen Müller met José Gómez Núñez in Łódź."
    found = [m.group() for m in _given_name_matches(_first_name_pattern(), accented)]
    assert found == ["Jürgen Müller", "José Gómez Núñez"]


def test_a_role_noun_opening_the_sentence_is_not_part_of_the_name():
    text = (
        "Sale Of Old Things\n\nBroadcaster Chris Evans is selling his furniture. Auctioneer "
        "Anne Dupuis said it would go fast."
    )
    surfaces = {m.surface for m in mentions_of(text)}
    assert {"Chris Evans", "Anne Dupuis"} <= surfaces
    assert not any(s.startswith(("Broadcaster", "Auctioneer")) for s in surfaces)


def test_a_place_named_like_a_given_name_and_a_title_are_not_part_of_the_name():
    text = (
        "Video Released\n\nCharlotte Mayor Jennifer Roberts said on Friday that the video would "
        "be released. John Major said nothing."
    )
    surfaces = {m.surface for m in mentions_of(text)}
    assert surfaces == {"Jennifer Roberts", "John Major"}


def test_a_surname_after_an_honorific_is_a_short_form_of_the_full_name():
    text = (
        "Broadband Prices\n\nDuncan Ingram, the firm's boss, spoke on Monday. Mr Ingram said "
        "the allowances were generous."
    )
    ms = mentions_of(text)
    assert {(m.surface, m.canonical) for m in ms} == {
        ("Duncan Ingram", "Duncan Ingram"),
        ("Ingram", "Duncan Ingram"),
    }


def test_a_surname_with_its_particle_is_the_same_person():
    text = (
        "Big Picture\n\nJurgen den Hartog built the viewer. The tools had to be rewritten, "
        "den Hartog said. Later den Hartog thanked the team."
    )
    ms = mentions_of(text)
    assert {m.canonical for m in ms} == {"Jurgen den Hartog"}
    assert "Later den Hartog" not in {m.surface for m in ms}  # an adverb is no given name


def test_a_party_word_before_a_name_is_not_part_of_it():
    text = "Pact Debate\n\nTory David Heathcoat-Amory said the pact had failed on Monday."
    assert {m.surface for m in mentions_of(text)} == {"David Heathcoat-Amory"}


def test_a_hyphenated_given_name_is_kept_whole():
    text = (
        "Defender Banned\n\nThe league banned defender Jean-Pierre Moreau for three games on "
        "Friday, and Anne-Sophie Lebrun, his agent, said he would appeal."
    )
    surfaces = {m.surface for m in mentions_of(text)}
    assert {"Jean-Pierre Moreau", "Anne-Sophie Lebrun"} <= surfaces
    assert not surfaces & {"Pierre Moreau", "Sophie Lebrun"}


def test_capitalised_words_after_a_known_name_are_cut_off():
    from transforms.name_edges import cut_after_known_names

    text = "Kanye West Spoke To Hollywood. Later Kanye West left. Marco Tonchetti Provera stayed."
    spoke, west = text.index("Kanye West Spoke"), text.index("Kanye West left")
    marco = text.index("Marco")
    shaped = [(spoke, spoke + len("Kanye West Spoke To"), "shape")]
    shaped.append((marco, marco + len("Marco Tonchetti Provera"), "shape"))
    known = [
        (west, west + len("Kanye West"), "ner"),
        (marco, marco + len("Marco Tonchetti"), "ner"),
    ]
    cut = cut_after_known_names(text, shaped, known)
    assert [text[s:e] for s, e, _ in cut] == ["Kanye West", "Marco Tonchetti Provera"]


def test_a_given_name_with_a_joined_article_before_a_surname_belongs_to_it():
    from transforms.name_spans import with_particles

    text = "He represents President Tarek al-Hadi Ben Salem here. The al-Aqsa Ben was seen."
    s = text.index("Ben Salem")
    assert text[slice(*with_particles(text, s, s + 9))] == "Tarek al-Hadi Ben Salem"
    s = text.index("Ben was")
    assert text[slice(*with_particles(text, s, s + 3))] == "Ben"


def test_a_scorer_the_model_reads_as_a_date_is_a_name_but_a_month_is_not():
    # The small model tags "Mertaal 12th" as a date.
    text = (
        "Dutch League\n\nResults on Sunday:\n\n"
        "Twente 2 (Mertaal 12th, Vrolijk 79th) Utrecht 1 (Sanderink 46th)\n\nHalftime 1-0."
    )
    assert "Mertaal" in [m.surface for m in mentions_of(text)]
    assert mentions_of("Match Dates\n\nThe final was moved (March 3rd) to a later day.") == []


@pytest.mark.parametrize(
    ("written", "name"),
    [("Reynolds' work", "Reynolds"), ("Lee's car", "Lee"), ("Jones’ plan", "Jones")],
)
def test_a_possessive_leaves_the_name_whole(written, name):
    from transforms.name_spans import clean_span

    start, end = clean_span(written, 0, written.index(" "))
    assert written[start:end] == name


def test_an_entity_is_cut_into_names_at_its_possessive_and_at_and():
    from transforms.name_context import entity_parts

    text = "Marc Lefort and Marc Dubosc scored. Ann Lee's Security Council met."
    s = text.index("Ann")
    assert {text[a:b] for a, b in entity_parts(text, 0, 27)} == {"Marc Lefort", "Marc Dubosc"}
    assert {text[a:b] for a, b in entity_parts(text, s, s + 26)} == {"Ann Lee"}
    text = "Kent 326 (D. Marsh 95; B. Pell 4-28)"
    assert {"D. Marsh", "B. Pell"} <= {text[a:b] for a, b in entity_parts(text, 0, 30)}
    text = "Rathbun the Scientology"
    assert {text[a:b] for a, b in entity_parts(text, 0, len(text))} == {"Rathbun", "Scientology"}
    for text in ("+1 Anton Berrick", "General Anton Berrick", "Anton Berrick of"):
        assert "Anton Berrick" in {text[a:b] for a, b in entity_parts(text, 0, len(text))}


def test_a_nickname_in_brackets_joins_two_name_parts_but_a_country_does_not():
    from transforms.name_edges import merge_bracketed

    text = "It came after Peter James (Pete) Walker died. Ann Lemaire (France) Bo Parkson 3:30"
    doc = next(annotate([text]))
    parts = ["Peter James", "Walker", "Ann Lemaire", "Bo Parkson"]
    spans = [(text.index(p), text.index(p) + len(p), "ner") for p in parts]
    merged = [text[s:e] for s, e, _ in merge_bracketed(doc, spans)]
    assert merged == ["Peter James (Pete) Walker", "Ann Lemaire", "Bo Parkson"]


def test_a_surname_the_model_takes_for_a_place_in_a_line_of_surnames_is_a_name():
    from transforms.name_lists import list_names

    text = "Squad: Brannick, Tolland, Harte, Houghton, Quennell.\n\nItaly (Ann Lee, Bo Park)\n"
    doc = next(annotate([text]))
    names = ("Brannick", "Tolland", "Harte", "Quennell", "Ann Lee", "Bo Park")
    known = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = [text[s:e] for s, e in list_names(doc, known)]
    assert "Houghton" in found
    assert "Italy" not in found
    assert [e.label_ for e in doc.ents if e.text == "Houghton"] == ["GPE"]  # the small model


def test_an_opening_verb_or_adjective_is_not_part_of_the_name_after_it():
    from transforms.name_edges import without_opening_word

    text = (
        "Open Draw\n\nBumping Tarrow up to the sixth seeding avoided a clash.\n\nBumping Tarrow\n"
    )
    doc = next(annotate([text]))
    s = text.index("Bumping")
    assert text[slice(*without_opening_word(doc, s, s + 14))] == "Tarrow"
    s = text.rindex("Bumping")  # alone on its line, as a byline: left as it is
    assert text[slice(*without_opening_word(doc, s, s + 14))] == "Bumping Tarrow"


def test_a_proper_noun_compounded_before_a_one_word_name_is_its_given_name():
    from transforms.name_edges import with_given_name

    text = "Match Report\n\nIt was a vicious shot by Okan Berzelioglu which the keeper tipped over."
    doc = next(annotate([text]))
    s = text.index("Berzelioglu")
    assert text[with_given_name(doc, s, s + 11) : s + 11] == "Okan Berzelioglu"
    s = text.index("Report")
    assert with_given_name(doc, s, s + 6) == s  # a headline's first word is left out


@pytest.mark.parametrize(("before", "given"), [("DSP", True), ("Employment", False)])
def test_a_proper_noun_compounded_before_a_two_word_name_after_a_title_is_its_given_name(
    before, given
):
    """ "DSP Ranjodh" + "Singh Sandhu" (a parse pinned by hand: the model leaves the given
    name out in some contexts only); not after a word that is no title."""
    from tests.transforms.test_speaker_parse import parsed
    from transforms.name_edges import with_given_name

    rows = [
        (before, 3, "compound", "PROPN"),
        ("Ranjodh", 3, "compound", "PROPN"),
        ("Singh", 3, "compound", "PROPN"),
        ("Sandhu", 4, "nsubj", "PROPN"),
        ("spoke", 4, "ROOT", "VERB"),
    ]
    doc = parsed(rows, ["O", "O", "B-PERSON", "I-PERSON", "O"])
    s = doc[2].idx
    found = with_given_name(doc, s, doc[3].idx + len("Sandhu"))
    assert found == (doc[1].idx if given else s)


def test_a_name_before_its_country_may_be_split_from_the_bracket_by_a_line_break():
    from transforms.shaped_names import _NAME_BEFORE_COUNTRY

    text = "beat Tunde Okorafor\n\n(Nigeria) 38.12 and Ann Lee (France)"
    assert [m["name"] for m in _NAME_BEFORE_COUNTRY.finditer(text)] == ["Tunde Okorafor", "Ann Lee"]


# Tables of one invented example per rule, one table per kind of check; each case's id names
# the rule it pins.


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # The small model tags "American Dennis Halloway" as one organisation.
        pytest.param(
            "Sprint Result\n\nAmerican Dennis Halloway upstaged a trio of champions on Friday.",
            ["Dennis Halloway"],
            id="a_nationality_the_model_chains_into_an_organisation_stands_before_the_name",
        ),
        # The small model tags "Valeria" and "Texas" as two places.
        pytest.param(
            (
                "Ship Claims\n\nValeria Texas, an Australian woman and former sailor, has claimed she was "
                "held on a ship for years. She says her passport was taken. Valeria Texas\n\n"
                "I was told to stay on board."
            ),
            ["Valeria Texas", "Valeria Texas"],
            id="an_apposed_person_noun_outweighs_place_labels_on_each_word",
        ),
        # The small model tags the one-word name as a place.
        pytest.param(
            (
                "Clinic Closed\n\nThe couple lost their two-year-old son, Tobin, in March.\n\n"
                "Tobin developed a rash at the age of four months."
            ),
            ["Tobin", "Tobin"],
            id="a_one_word_name_in_apposition_with_a_kin_noun_is_a_name_in_all_the_article",
        ),
        pytest.param(
            "Party Split\n\nKarim al-Mansouri is the leader of the new front, officials said on Monday.",
            ["Karim al-Mansouri"],
            id="a_surname_with_a_joined_arabic_article_is_a_name",
        ),
        # The small model tags "Ruben Castell's" as an organisation.
        pytest.param(
            "Record Falls\n\nHis 121 runs broke Ruben Castell's team record of 119 set in 1989.",
            ["Ruben Castell"],
            id="a_name_the_model_tags_as_a_firm_with_its_possessive_is_a_name",
        ),
    ],
)
def test_the_mentions_are_exactly_these_names(text, surfaces):
    assert [m.surface for m in mentions_of(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            (
                "Harbour Club Wins\n\nAt Riverside the visitors also started well, Gunnar Holm and "
                "Eero Saarnivaara scoring twice."
            ),
            {"Gunnar Holm", "Eero Saarnivaara"},
            id="a_full_name_coordinated_with_a_known_name_is_a_name",
        ),
        pytest.param(
            (
                "Tributes\n\nTributes have been paid to cider maker Walter Ridd, who has died "
                "aged 89. He ran Ridd & Sons Cider for 60 years."
            ),
            {"Walter Ridd"},
            id="a_full_name_after_a_trades_maker_is_a_persons",
        ),
        pytest.param(
            "Editor Freed\n\nSun Pheakdey, a former editor of the weekly, walked free on Monday.",
            {"Sun Pheakdey"},
            id="a_name_in_apposition_with_a_person_noun_is_a_name",
        ),
        # The small model tags "Latvia - Janis Bercans" as one organisation.
        pytest.param(
            (
                "Cup Qualifier\n\nNorway beat Latvia 2-1 in a qualifier on Friday.\n\nScorers:\n\n"
                "Norway - Sverre Halvik (12th), Odd Rimstad (80th)\n\nLatvia - Janis Bercans (44th)\n\n"
                "Attendance: 3,000"
            ),
            {"Janis Bercans"},
            id="a_scorer_the_model_merges_with_the_team_is_a_name",
        ),
        pytest.param(
            (
                "Track Cycling\n\nResults on Sunday:\n\nMarta Kovalenko (Ukraine) 3:35.087 beat Jane\n\n"
                "Brastow (Canada) 3:45.011\n\nIrena Volkova (Russia) 3:40.036 beat Ana Sorel (Spain) 3:43.078"
            ),
            {"Jane", "Brastow"},
            id="a_name_split_by_a_line_break_in_a_results_list_is_two_mentions",
        ),
    ],
)
def test_these_names_are_mentions(text, names):
    assert names <= {m.surface for m in mentions_of(text)}


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        pytest.param(
            (
                "Orders Rise\n\nThe Commerce Department said orders rose. Analyst Dana Whitfield "
                "said the rise was expected."
            ),
            {"Dana Whitfield"},
            {"Commerce Department"},
            id="organisation_names_are_not_people",
        ),
        pytest.param(
            (
                "Boxer Retires\n\nTomas Brenner will not fight again, the newspaper said. The Briton, who "
                "lost his belt in May, said the Brenner camp was not told."
            ),
            {"Tomas Brenner", "Brenner"},  # "Brenner" modifies "camp": kept
            {"Briton"},
            id="a_name_after_an_article_heading_its_phrase_is_not_a_person",
        ),
        pytest.param(
            (
                "Rally Report\n\nFord had a poor morning, with Spaniard Carlos Montoya losing a minute. "
                "Winger Dale Harrow scored twice for the visitors, and Welsh referee Gareth Pryce "
                "sent off two players."
            ),
            {"Carlos Montoya", "Dale Harrow", "Gareth Pryce"},
            {"Spaniard Carlos Montoya", "Winger Dale Harrow", "Welsh"},
            id="nationality_and_role_words_before_a_name_are_not_part_of_it",
        ),
        pytest.param(
            "Keeper Praised\n\nThe striker lobbed van der Sluis in the 80th minute, Jan Otten said.",
            {"van der Sluis"},
            {"Sluis"},
            id="particles_belong_to_the_surname",
        ),
        pytest.param(
            (
                "Palace History\n\nThe palace was built in 1790. Later Frederick I used it as a hunting "
                "lodge, and Carlo Benetti restored it."
            ),
            {"Frederick I"},
            {"Frederick"},
            id="a_regnal_number_is_part_of_the_name",
        ),
        pytest.param(
            (
                "Grand Prix Qualifying\n\n1. Aurelio Mancuso (Italy) Lancaster Ford 1:51.204\n"
                "2. Pieter Hoogland (Netherlands), Reynolds Honda, 1:51.870"
            ),
            {"Aurelio Mancuso", "Pieter Hoogland"},
            {"Lancaster Ford", "Reynolds Honda"},
            id="the_team_after_a_country_in_a_results_line_is_not_a_person",
        ),
        pytest.param(
            (
                "Cup Round\n\nBelvista beat Carrow 2-1 in the first leg on Saturday. Belvista coach "
                "Tomas Riedel said the second leg in Carrow would be harder."
            ),
            {"Tomas Riedel"},
            {"Carrow"},
            id="a_team_in_a_results_line_is_not_a_person",
        ),
        pytest.param(
            (
                "Rebates Rise\n\n“Demand is up,” said Niamh O’Connell, an engineer at the utility. "
                "O’Connell said more staff were hired."
            ),
            {"Niamh O’Connell"},
            {"Niamh"},
            id="a_given_name_split_from_its_surname_takes_it_along",
        ),
        # the small model tags only "Llewellyn"; "Marged" is in no list of given names
        pytest.param(
            "Bin Strike\n\nMarged Llewellyn, the union's regional secretary, said the vote was clear.",
            {"Marged Llewellyn"},
            {"Llewellyn"},
            id="an_unlisted_given_name_opening_a_sentence_before_a_described_speaker",
        ),
        # the small model tags the name an organisation; the list holds "Sian" without accent
        pytest.param(
            (
                "Flood Warning\n\nSiân Howell-Rees, the Riverways Agency’s flood manager for the"
                " area, warned that more rain was forecast."
            ),
            {"Siân Howell-Rees"},
            set(),
            id="a_listed_given_name_written_with_an_accent",
        ),
        # the small model tags "… KC" as one organisation
        pytest.param(
            (
                "Fraud Trial\n\nSiobhán Ní Bhriain KC, mitigating, described her client as a broken"
                " man."
            ),
            {"Siobhán Ní Bhriain"},
            set(),
            id="a_name_the_model_glues_to_the_letters_after_it",
        ),
        pytest.param(
            (
                "Wildfire Spreads\n\nHarold Ng lifts his dog into his pickup on Tuesday. (Kendra"
                " Vasquez-Lowe/Western Wire)\n\nSILVER FORK, Ore. (Western Wire) — A wildfire tore"
                " through the forest, and Harold Ng left."
            ),
            {"Harold Ng", "Kendra Vasquez-Lowe"},
            {"Western Wire", "Kendra Vasquez-Lowe/Western Wire"},
            id="a_photo_credit_splits_at_its_slash_and_a_wire_agency_is_no_person",
        ),
        pytest.param(
            (
                "Appeal Won\n\nTom Ferrier-Lowe, who was released from HMP Garwick on Friday, was"
                " convicted of a killing in an alley off Thaddeus Webb Way in 2018."
            ),
            {"Tom Ferrier-Lowe"},
            {"HMP Garwick", "Thaddeus Webb Way"},
            id="a_prison_and_a_way_named_after_someone_are_no_people",
        ),
    ],
)
def test_these_names_are_mentions_and_those_are_not(text, names, not_names):
    surfaces = {m.surface for m in mentions_of(text)}
    assert names <= surfaces
    assert not surfaces & not_names


@pytest.mark.parametrize(
    ("text", "short_form", "canonical"),
    [
        pytest.param(
            "SOCCER - VARNHOLT NAMED CAPTAIN\n\nPeter Varnholt was named captain on Friday.",
            "VARNHOLT",
            "Peter Varnholt",
            id="all_caps_headline_names_a_known_person",
        ),
        pytest.param(
            (
                "Courier Jailed\n\nPolice arrested Gary Stenning on Monday. The singer said that while "
                "following her Stenning came so close that he broke a window."
            ),
            "Stenning",
            "Gary Stenning",
            id="a_known_surname_counts_even_when_tagged_as_a_verb",
        ),
        pytest.param(
            (
                "Port Interview\n\nThe Courier spoke to Dana Whitfield on Friday.\n\n"
                "COURIER: Why now?\n\nWHITFIELD: Because the tide turned."
            ),
            "WHITFIELD",
            "Dana Whitfield",
            id="a_transcript_label_names_a_known_person",
        ),
        pytest.param(
            (
                "Fraud Trial\n\nSiobhán Ní Bhriain KC, for the defence, spoke for an hour.\n\n"
                "Ms Ní Bhriain told the court that the money had been repaid."
            ),
            "Ní Bhriain",
            "Siobhán Ní Bhriain",
            id="an_irish_particle_surname_after_an_honorific_is_the_full_name",
        ),
        pytest.param(
            (
                "Saxophonist Dies\n\nWendell Pryce, a saxophonist, died on Sunday. His daughter,"
                " Camille Pryce, said the cause was heart failure. His best-known song, “Blue for"
                " Delphine,” was written for his wife.\n\nMs. Pryce remembered his scales.\n\n"
                "His wife of 49 years, Delphine Marchbanks Pryce, died in 2015."
            ),
            "Pryce",
            "Camille Pryce",
            id="an_honorific_names_someone_the_article_has_introduced_in_full",
        ),
        pytest.param(
            (
                "Yusuf Demirci, Who Taught a Town to Program, Dies at 81\n\nYusuf Demirci, a"
                " mathematician, died on Friday. His death was confirmed by his son, Emre Demirci."
                "\n\nMr. Demirci came to Kellbrook in 1969."
            ),
            "Demirci",
            "Yusuf Demirci",
            id="an_honorific_names_the_namesake_of_the_headline",
        ),
    ],
)
def test_a_short_form_resolves_to_the_full_name(text, short_form, canonical):
    short = [m for m in mentions_of(text) if m.surface == short_form]
    assert short and short[0].canonical == canonical


def test_a_title_before_a_speaking_surname_is_no_part_of_a_new_name():
    text = (
        "Fire Grows\n\nFire Chief Raymond Okafor told reporters the wind had turned.\n\n"
        "Chief Okafor said crews had pulled back."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Raymond Okafor"}


def test_a_given_name_cut_short_is_the_one_person_whose_given_name_it_starts():
    text = (
        "Drive-in\n\nBronwyn Tate and her husband, Graham Tate, restored the screen.\n\n"
        "“Bron had the vision. I had the tools,” Graham says."
    )
    found = {m.surface: m.canonical for m in mentions_of(text)}
    assert found["Bron"] == "Bronwyn Tate"


def test_the_short_form_of_a_name_the_filter_turns_down_is_no_person_either():
    text = (
        "Shield Final\n\nTasmania held on for a draw on Sunday. The visitors had led all"
        " week.\n\nCricket Tasmania said a public celebration would be held at Bellerive."
    )
    assert mentions_of(text) == []


def test_a_role_word_opening_a_sentence_before_a_name_is_no_part_of_it():
    text = "Talks\n\nSpokesman Glyn Davies said in a statement that the talks would go on."
    assert [m.surface for m in mentions_of(text)] == ["Glyn Davies"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            'Recall\n\n"We let our customers down," Lumivane CEO Nadia Colfax said on a call.',
            "Nadia Colfax",
            id="a_firm_and_a_title_in_capitals_before_the_name",
        ),
        pytest.param(
            "Dog Attack\n\nGarda Niall Brophy told the court the gate was hanging off.",
            "Niall Brophy",
            id="an_irish_police_officers_title",
        ),
        pytest.param(
            "Holiday park\n\nFarmer Gideon Hext, 58, told councillors the scheme was needed.",
            "Gideon Hext",
            id="an_occupation_opening_the_sentence_before_a_full_name",
        ),
        pytest.param(
            "Draft\n\nThe quarterback Baker Mayfield said he was ready.",
            "Baker Mayfield",
            id="an_occupation_that_is_the_given_name",
        ),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(text, name):
    assert {m.canonical for m in mentions_of(text)} == {name}


def test_a_family_firms_possessive_name_in_the_headline_is_no_namesake_to_prefer():
    text = (
        "Halden’s to cut 140 jobs\n\nHalden’s, the chocolate maker, is to cut jobs. The"
        " founder, Arthur Halden, opened it in 1902. Peter Halden, who ran the business until"
        " 2011, said he backed the cuts.\n\nMr Halden remembered every name."
    )
    assert mentions_of(text)[-1].canonical == "Peter Halden"


@pytest.mark.parametrize(
    ("text", "known_names", "name"),
    [
        pytest.param(
            "Scores:\n\n205 Keld Sorvang 68 70 67, Davis Merrow 69 68 68, Orrin Vaskell 70 67 68\n",
            ("Keld Sorvang", "Davis Merrow"),
            "Orrin Vaskell",
            id="a_list_item_followed_by_its_round_scores_is_a_name",
        ),
        pytest.param(
            "Tries: Jan van der Bosch (2), Andre Joubin, Piet Malan.\n",
            ("Andre Joubin", "Piet Malan"),
            "Jan van der Bosch",
            id="a_list_item_may_have_two_surname_particles",
        ),
    ],
)
def test_a_list_item_next_to_known_names_is_a_name(text, known_names, name):
    from transforms.name_lists import list_names

    doc = next(annotate([text]))
    known = [(text.index(n), text.index(n) + len(n)) for n in known_names]
    assert name in [text[s:e] for s, e in list_names(doc, known)]


def test_a_quoted_nickname_is_an_alias_not_part_of_the_canonical_name():
    text = (
        'Ballroom Reopens\n\nAugustine "Gus" Okonkwo played on Friday. Gus said the hall was '
        "full, and Okonkwo stayed late."
    )
    ms = mentions_of(text)
    assert {m.surface for m in ms} == {'Augustine "Gus" Okonkwo', "Gus", "Okonkwo"}
    assert {m.canonical for m in ms} == {"Augustine Okonkwo"}


def test_letters_after_a_name_are_not_part_of_it():
    text = (
        "Honours List\n\nSir Ian Botham OBE opened the fete. Later Jane Smith MP and Peter "
        "Hale QC cut the ribbon."
    )
    surfaces = {m.surface for m in mentions_of(text)}
    assert {"Ian Botham", "Jane Smith", "Peter Hale"} <= surfaces
    assert not any(s.endswith(("OBE", "MP", "QC")) for s in surfaces)


def test_family_address_words_and_company_heads_are_not_names():
    text = (
        "Stall Closes\n\nCallum Strachan runs Strachan Freight with his mother. “Grandad has "
        "had more calls this month than in ten years,” he said. “Mum says the same.”"
    )
    names = {m.canonical for m in mentions_of(text)}
    assert names == {"Callum Strachan"}


def test_a_hyphenated_surname_alone_is_a_short_form():
    text = (
        "Bridge Reopens\n\nInes Vasquez-Thorne, the foreign minister, spoke on Monday. Later "
        "Vasquez-Thorne left for the border, where Vasquez-Thorne said it was over."
    )
    ms = mentions_of(text)
    assert [m.surface for m in ms].count("Vasquez-Thorne") == 2
    assert {m.canonical for m in ms} == {"Ines Vasquez-Thorne"}


@pytest.mark.parametrize(
    ("name", "kept"),
    [("Frank Field MP", "Frank Field"), ("Jane Roe, QC", "Jane Roe"), ("Jane Roe", "Jane Roe")],
)
def test_every_name_candidate_drops_the_letters_after_it(name, kept):
    text = f"x {name} y"
    assert text[2 : without_post_nominal(text, 2, 2 + len(name))] == kept


def test_a_name_after_a_noun_for_a_thing_names_that_thing():
    text = (
        "Fines Handed Out\n\nThe league fined Belgian club Standard Marlow on Friday, and the daily "
        "Harbor Courier said coach Ilse Varga would appeal. Standard Marlow denied wrongdoing. "
        "Fans praised the club Varga built."
    )
    surfaces = [m.surface for m in mentions_of(text)]
    assert "Ilse Varga" in surfaces
    assert surfaces.count("Varga") == 1  # the subject of "the club Varga built" is a person
    assert not {"Standard Marlow", "Harbor Courier"} & set(surfaces)


def test_a_given_name_and_surname_before_an_age_is_a_person():
    text = (
        "Grain Store\n\nAmara Osei-Bonsu, now 34, took her first class there at nine. "
        "But Meri, 67, was not asked."
    )
    surfaces = [m.surface for m in mentions_of(text)]
    assert "Amara Osei-Bonsu" in surfaces
    assert "But Meri" not in surfaces


def test_a_plural_kin_noun_opening_the_sentence_is_not_part_of_the_name():
    text = (
        "Phone Pouches\n\nTwins Mateo and Lucía Ferreira, both 16, organised the petition, "
        "Mateo said. "
        "Brooks Koepka watched."
    )
    surfaces = [m.surface for m in mentions_of(text)]
    assert not any(s.startswith("Twins") for s in surfaces)
    assert "Brooks Koepka" in surfaces  # a surname-like given name stays


def test_a_hyphenated_given_name_and_the_surname_park_make_a_speaker():
    text = (
        "Reef Study\n\n“The result is careful and honest,” said Soo-ah Park, an ecologist at"
        " the institute.\n\nPark said the reef would need another winter."
    )
    names = {m.canonical for m in mentions_of(text)}
    assert "Soo-ah Park" in names


def test_a_firm_named_for_a_family_keeps_the_family_as_people():
    text = (
        "Bakery Sale\n\nHaddad Foods, the family-run maker of flatbreads, has been sold. Its"
        " chief executive, Rania Haddad, backed the deal. Her brother, Karim Haddad, did not."
        "\n\nMr Haddad said he would vote against it."
    )
    found = {(m.surface, m.canonical) for m in mentions_of(text)}
    assert not any("Foods" in canonical for _, canonical in found)
    assert ("Haddad", "Karim Haddad") in found


def test_a_bare_surname_keeps_the_person_it_named_first():
    text = (
        "Landlord Fined\n\nTomasz Wrobel, 61, admitted four offences on Monday. Wrobel, whose"
        " sister, Halina Wrobel, sat in the gallery, owns nine flats. Wrobel's lawyer asked for"
        " time to pay."
    )
    found = [(m.surface, m.canonical) for m in mentions_of(text)]
    assert [c for s, c in found if s == "Wrobel"] == ["Tomasz Wrobel", "Tomasz Wrobel"]


def test_a_one_word_name_a_kin_noun_introduces_is_kept():
    text = (
        "Obituary\n\nHalloran taught at the school for forty years. He is survived by a"
        " younger brother, Emre."
    )
    assert "Emre" in {m.canonical for m in mentions_of(text)}


def test_a_person_the_model_once_tags_as_a_place_stays_a_person():
    text = (
        "Singer Speaks Out\n\nTamsin Vale and Rico Almeida at the 2022 awards\n(Photo: Getty"
        " Images)\n\nTamsin Vale has finally spoken about her break-up with Rico Almeida. “I read"
        " it like everyone else did,” Vale told a podcast."
    )
    assert {m.canonical for m in mentions_of(text)} >= {"Tamsin Vale", "Rico Almeida"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            (
                "Bus Cuts\n\nThe last 12 bus ran between Harlow Cross and Market Tolley on Sunday. The"
                " depot on Quarry Lane will close, said Barry Lane, who drove the route for years."
                " Pupils from the Tolley valley caught it to school in Harlow Cross."
            ),
            {"Barry Lane"},
            id="streets_and_towns",
        ),
        pytest.param(
            (
                "Market Report\n\nTraders said blue chips like Bahrain Lamps and Atlas Bahrain were"
                " expected to rise. James Poland, a fund manager, agreed."
            ),
            {"James Poland"},
            id="a_countrys_name_inside",
        ),
        pytest.param(
            (
                "Flood Wall\n\nThe wall will protect 400 homes in Saltby Marsh and on Ferry Row, which"
                " flooded twice last year. Lena Marsh, who chairs the flood group, welcomed it."
            ),
            {"Lena Marsh"},
            id="places_ending_in_a_surname",
        ),
        pytest.param(
            (
                "Manager Sacked\n\nThornley Rovers sacked Declan Moriarty after a 3-0 defeat by Portley"
                " Athletic. Thornley Rovers are bottom of the league, and Moriarty leaves at once."
            ),
            {"Declan Moriarty"},
            id="clubs",
        ),
        pytest.param(
            (
                "Store Closures\n\nSofia Lindqvist, a retail analyst at Peel Hunt, said the plan did"
                " not go far enough."
            ),
            {"Sofia Lindqvist"},
            id="where_someone_works",
        ),
        pytest.param(
            (
                "Car Park\n\nThe wall fell on the car of Ngaio Marsh, a 34-year-old nurse who had just"
                " parked. Marsh was not hurt."
            ),
            {"Ngaio Marsh"},
            id="a_trade_in_apposition_makes_a_person",
        ),
        pytest.param(
            (
                "Salt Study\n\nThe study found low levels in bread.\n\nMarika Oštrc for Food Standards"
                " Tasmania said the findings were welcome."
            ),
            {"Marika Oštrc"},
            id="a_name_glued_to_the_body_it_speaks_for",
        ),
        pytest.param(
            (
                "Rates Pledge\n\nThe Lib Dems' Treasury spokesman Mark Oaten is unveiling a policy "
                "today. The Tories say the Lib Dems would mean higher taxes."
            ),
            {"Mark Oaten"},
            id="party_names",
        ),
        pytest.param(
            (
                "Nations Cup\n\nMauritania drew 0-0 with Benin in their preliminary round on Friday."
                " Benin won 4-1 on aggregate, coach Ali Diallo said."
            ),
            {"Ali Diallo"},
            id="a_country_the_model_takes_for_a_person",
        ),
        pytest.param(
            (
                "Border Talks\n\nSeoul in 1993 repatriated Li In-mo, a partisan held since the war."
                " Li In-mo was 76."
            ),
            {"Li In-mo"},
            id="a_hyphenated_given_name_after_a_family_name",
        ),
        pytest.param(
            (
                "Ferry Off\n\nThe ferry to the island of Skarra was cancelled again, said Ewan"
                " Tolmie, who represents Skarra on the council. Pupils from the village of Ardnish"
                " Mor missed school."
            ),
            {"Ewan Tolmie"},
            id="a_place_after_of_and_a_noun_for_a_place",
        ),
        pytest.param(
            (
                "Sailings Cut\n\nKessock Line Ferries said the storm had damaged a ramp. Kessock"
                " Line will hire a boat from Ardle Marine, its manager, Ines Baptista, said."
            ),
            {"Ines Baptista"},
            id="a_firms_short_form_and_a_firm_ending_in_its_trade",
        ),
        pytest.param(
            (
                "A hard year in the Dunmoor valley\n\nGrowers expect a small Dunmoor harvest, said"
                " Paulo Reis, who farms above the river. Turnout at the growers' meeting was low."
            ),
            {"Paulo Reis"},
            id="a_place_before_a_noun_for_a_place_and_a_noun_opening_a_sentence",
        ),
        pytest.param(
            (
                "Storm Damage\n\nStorm Imelda flooded Clara Voss Avenue and the Hugo Lindqvist"
                " Laboratory overnight, said Petra Lund, who won the Oskar Brandt Medal in 2019."
            ),
            {"Petra Lund"},
            id="storms_streets_laboratories_and_medals_named_after_people",
        ),
        pytest.param(
            (
                "Stranded\n\nTwo walkers spent the night below the summit of Crag Vennor, said"
                " Sian Medway. Fires were reported in Carvel Township and Esham Borough."
            ),
            {"Sian Medway"},
            id="a_crag_a_township_and_a_borough",
        ),
        pytest.param(
            (
                "Drive-in\n\nThe first film shown was “Crocodile Dundee”, chosen by a public"
                ' vote, said Bronwyn Tate. Elia Kazan is best known for "Viva Zapata".'
            ),
            {"Bronwyn Tate", "Elia Kazan"},
            id="a_name_written_only_as_the_whole_of_a_quote_is_a_title",
        ),
        pytest.param(
            (
                "Jailed\n\nSentencing on Friday, Judge Helen Marsh told the operator that his"
                " conduct had been reckless. Walkers on Kingsmere Marsh found the wreck. His"
                " wife, who was Miss Poland in 1991, wept."
            ),
            {"Helen Marsh"},
            id="a_name_shaped_like_a_place_after_a_title_for_a_person",
        ),
        pytest.param(
            (
                "Thaw\n\n“He told me, ‘Preacher, I will come when you fix the roof,’” Olwen Prys"
                " said. Later she recalled a guide who told her, ‘Padre, go slowly.’"
            ),
            {"Olwen Prys"},
            id="a_common_noun_opening_a_quote_is_that_noun",
        ),
        pytest.param(
            (
                "Glacier\n\nThe study, titled “Gorse Karpo: Expansion and Outburst Risk"
                " 2019-2025”, was released on Monday by Dr. Olwen Prys."
            ),
            {"Olwen Prys"},
            id="a_title_and_its_subtitle_are_no_name",
        ),
        pytest.param(
            (
                "Final\n\nLakeview plays Cottonwood on Friday. “Cottonwood won’t care,” said"
                " Dale Vogt. Cottonwood coach Rex Hamm, 58, said his team was ready."
            ),
            {"Dale Vogt", "Rex Hamm"},
            id="a_team_before_its_coach_titling_a_name",
        ),
        pytest.param(
            (
                "Clinic\n\nKAUREA – Health workers on Kaurea say they are short of kits, nurse"
                " Tebwa Kaitu said. Kaurea is three days by boat from the capital."
            ),
            {"Tebwa Kaitu"},
            id="the_datelines_place",
        ),
        pytest.param(
            "Van\n\nThe van will visit Ewarit and Menaiko districts first, said Dr Ana Vaki.",
            {"Ana Vaki"},
            id="places_before_a_plural_place_noun",
        ),
        pytest.param(
            (
                "Lead\n\nGary Holt, 47, of Ridley Terrace, Hexfield, admitted theft. Arnold Ogle,"
                " who runs a scrapyard on the edge of Hexfield, called police. At four, down Main"
                " Street, Rosalind Moran is already baking."
            ),
            {"Gary Holt", "Arnold Ogle", "Rosalind Moran"},
            id="an_addresss_town_and_the_edge_of_a_place",
        ),
        pytest.param(
            (
                "Rubber\n\nGrowers accuse Monoj Saha & Sons of holding down prices. “We cannot"
                " live on this,” said Bablu Debnath, a grower."
            ),
            {"Bablu Debnath"},
            id="a_family_firm_and_sons",
        ),
    ],
)
def test_who_is_a_person_among_names_of_places_firms_and_clubs(text, people):
    """Streets, towns, countries, parties, clubs, firms and the bodies people work for are not
    people; the people beside them are ("Barry Lane", "Lena Marsh", "James Poland" keep their
    given names), and so is a name with a trade in apposition, one glued to the body it speaks
    for, and a hyphenated given name after a family name ("Li In-mo"). A place named after "the
    island of" or before "valley", and a firm's short form, are places and firms everywhere in
    the article."""
    assert {m.canonical for m in mentions_of(text)} == people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            (
                "Deck Collapse\n\nDariusz Nowicki, 52, the owner of Nowicki Frameworks, was jailed on"
                " Friday.\n\nNowicki Frameworks went into administration. Nowicki will serve half his"
                " sentence."
            ),
            {("Dariusz Nowicki", "Dariusz Nowicki"), ("Nowicki", "Dariusz Nowicki")},
            id="a_firm_someone_owns_keeps_its_owner",
        ),
        pytest.param(
            (
                "Hoard Found\n\nDr Chiamaka Eneh, the museum's curator, examined the coins on Friday."
                " Dr Eneh said they were Roman."
            ),
            {("Chiamaka Eneh", "Chiamaka Eneh"), ("Eneh", "Chiamaka Eneh")},
            id="a_full_name_after_an_honorific",
        ),
        pytest.param(
            (
                "Title Won\n\nOlamide Brightwater, known to fans as Zola, scored twice. \u201cWe"
                " never stopped,\u201d Zola said."
            ),
            {("Olamide Brightwater", "Olamide Brightwater"), ("Zola", "Olamide Brightwater")},
            id="a_nickname_known_as_after_the_name",
        ),
        pytest.param(
            (
                "Stall Saved\n\nFor thirty years Hildegard Penrose has sold bread on the quay. Known"
                " to everyone along the front as Hilly, she was told to leave in May. Hilly said"
                " she would stay."
            ),
            {("Hildegard Penrose", "Hildegard Penrose"), ("Hilly", "Hildegard Penrose")},
            id="a_nickname_known_as_before_a_pronoun",
        ),
        pytest.param(
            (
                "Deli Lease\n\nMina Haddad and Yusuf \u201cJoe\u201d Haddad, the married couple who"
                " own Haddad\u2019s Deli, had been told to leave by Monday.\n\n\u201cWe stay,\u201d"
                " Joe said. Yusuf Haddad opened it in 1998."
            ),
            {
                ("Mina Haddad", "Mina Haddad"),
                ("Yusuf", "Yusuf Haddad"),
                ("Haddad", "Yusuf Haddad"),
                ("Joe", "Yusuf Haddad"),
                ("Yusuf Haddad", "Yusuf Haddad"),
            },
            # the small model finds "Yusuf" and "Haddad" apart here
            id="a_nickname_in_marks_between_names_the_model_split",
        ),
        pytest.param(
            (
                "Coach Stays\n\nThe club kept Pieter van der Merwe for a third season. Van der Merwe,"
                " a South African, said he was glad."
            ),
            {
                ("Pieter van der Merwe", "Pieter van der Merwe"),
                ("Van der Merwe", "Pieter van der Merwe"),
            },
            id="a_surname_with_its_particle_capitalised_opening_a_sentence",
        ),
        # the tagger reads "Brinkerhoff" opening the sentence as a preposition
        pytest.param(
            (
                "Lab Inquiry\n\nHis attorney is Gail Brinkerhoff.\n\nBrinkerhoff, for her part,"
                " argued that her client was innocent."
            ),
            {("Gail Brinkerhoff", "Gail Brinkerhoff"), ("Brinkerhoff", "Gail Brinkerhoff")},
            id="a_surname_the_tagger_misreads_as_a_subject",
        ),
    ],
)
def test_each_mention_resolves_to_its_person(text, found):
    """A firm someone owns is no person and its surname stays the owner's ("Nowicki"); a full
    name after an honorific is a name whatever its given name ("Dr Chiamaka Eneh"); a nickname
    is the person the article ties it to ("known to fans as Zola", 'Kwabena “Kobby” Osei')."""
    assert {(m.surface, m.canonical) for m in mentions_of(text)} == found


def test_a_judges_title_is_not_part_of_the_name():
    text = (
        "Appeal Allowed\n\nQuashing the conviction, Lady Justice Armitage said the jury had been"
        " misled. Mrs Justice Ogunleye agreed. Lord Justice de Villiers-Marr added a judgment"
        " of his own."
    )
    surfaces = {m.surface for m in mentions_of(text)}
    assert {"Armitage", "Ogunleye", "de Villiers-Marr"} <= surfaces
    assert not {"Justice Armitage", "Justice Ogunleye"} & surfaces


def test_a_titled_speaker_with_a_name_no_list_holds_is_one_person():
    text = (
        "Cliffs Retreat\n\nProfessor Ji-woo Park, a coastal engineer at the University of"
        " Eastholme, said the wall had done more than anyone knew."
    )
    assert [m.surface for m in mentions_of(text)] == ["Ji-woo Park"]


@pytest.mark.parametrize(
    "birth",
    [
        "Rosalind Mae Pritchett was born in Savannah in 1937.",
        "Born Rosalind Mae Pritchett in Savannah, she moved north at 12.",
    ],
)
def test_a_name_at_birth_is_the_person_the_obituary_is_about(birth):
    text = (
        "Rosalind Abernathy, Baker, Dies at 88\n\nRosalind Abernathy, who ran a bakery for 47"
        f" years, died on Sunday. She was 88.\n\n{birth} Her father, Ellis Pritchett, was a"
        " porter."
    )
    canon = {m.surface: m.canonical for m in mentions_of(text)}
    assert canon["Rosalind Mae Pritchett"] == "Rosalind Abernathy"
    assert canon["Ellis Pritchett"] == "Ellis Pritchett"


def test_a_firm_named_partners_is_no_person():
    text = (
        "Rail Yards Rezoned\n\nThe plan, drafted by the developer Northgate Partners, calls for"
        " 900 apartments. A spokesperson for Northgate Partners said the firm was grateful."
    )
    assert [m.surface for m in mentions_of(text)] == []


def test_a_title_before_a_known_surname_is_no_relatives_given_name():
    """ "North West" after "Kanye West" is a relative; "Cllr Moyles" after "Paudric Moyles"
    is Moyles himself."""
    text = (
        "Cull\n\nPaudric Moyles spoke first.\n\n“The sheds will lie empty,” Cllr Moyles said,"
        " and his niece Aine Moyles agreed."
    )
    doc = read_plain_text(text)
    nlp_doc = next(annotate([text]))
    found = relatives(nlp_doc, doc.body, {"Paudric Moyles"}, [(6, 20)])
    assert [text[s:e] for s, e, _ in found] == ["Aine Moyles"]


def test_a_speaker_a_person_noun_describes_is_a_person_whatever_the_model_tags():
    text = (
        "Mould\n\nAmara Osei, a third-year nursing student, said she had reported the leak"
        " four times."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Amara Osei"}


def test_a_name_which_describes_is_no_person():
    text = (
        "Regatta\n\nThe umpire gave the race to Holcombe, which had finished second, after"
        " Kelby drifted.\n\n“Kelby drifted across the line, and Holcombe had to check their"
        " stroke,” said the umpire, Colm Ashe."
    )
    people = {m.canonical for m in mentions_of(text)}
    assert "Colm Ashe" in people and "Holcombe" not in people


@pytest.mark.parametrize("vessel", ["The trawler", "The racehorse"])
def test_a_name_after_a_vessel_or_an_animal_noun_is_no_person(vessel):
    text = (
        f"Harbour\n\n{vessel} Mary Rose Quinn came home on Tuesday. Skipper Liam Doherty said so."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Liam Doherty"}


def test_a_town_a_firm_is_based_in_is_no_person():
    text = (
        "Scooters\n\nThe scheme is run by Zipway Mobility, a company based in Cedar Hollow."
        " Its manager, Rosa Quint, said so."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Rosa Quint"}


def test_a_full_name_whose_surname_follows_an_honorific_is_a_person_whatever_ner_says():
    """A firm is never "Mr": the model tags "Tomasi Vake, 29, who came to Australia …" as an
    organisation, but the article later writes "Mr Vake"."""
    path = FIXTURES / "speaker_identity" / "p04_robot_shearing_trial.txt"
    names = {m.canonical for m in mentions_of(path.read_text("utf-8"))}
    assert "Tomasi Vake" in names
    assert "Halloran Agritech" not in names  # a firm named after a person


@pytest.mark.parametrize("firm", ["Brennock Hardware", "Cassidy Agritech", "Ormond Robotics"])
def test_a_name_ending_in_a_trade_is_a_firm_not_a_person(firm):
    text = f"Grants\n\n{firm} said in a statement that it would match the council's grant."
    assert not {m.canonical for m in mentions_of(text)} & {firm}


@pytest.mark.parametrize(
    "text",
    [
        "Storm\n\nHarbourmaster Conor Quinlan said two moorings had torn loose.",
        "Bridge\n\nEngineer Tomasz Zielinski, who designed the span, and his wife, Ewa, came.",
    ],
)
def test_a_role_opening_the_sentence_is_no_part_of_the_name(text):
    """Two nouns run together ("Harbourmaster") are a role too, and so is a role opening a
    list of names."""
    names = {m.canonical for m in mentions_of(text)}
    assert names & {"Conor Quinlan", "Tomasz Zielinski"}
    assert not any(n.startswith(("Harbourmaster", "Engineer")) for n in names)


def test_sisters_named_together_share_the_surname_written_once():
    text = (
        "Bakery\n\nSisters Chloe and Megan Doyle run the bakery together. “We argue every"
        " morning,” Chloe said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Chloe Doyle", "Megan Doyle"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Market\n\nAlhaji Musa Danjuma, the traders' chairman, said the levy was unfair.",
            "Musa Danjuma",
        ),
        (
            "Trade\n\nDatuk Seri Ahmad Razak said the ministry would act on the complaints.",
            "Ahmad Razak",
        ),
    ],
)
def test_titles_of_other_englishes_are_no_part_of_the_name(text, name):
    assert name in {m.canonical for m in mentions_of(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Stall\n\nSiti Aminah binti Hassan, 45, runs a food stall. “Business is slow,” she"
            " said.",
            "Siti Aminah binti Hassan",
        ),
        (
            "Mayor\n\nMaría José García López, the mayor, welcomed the plan. “It is good news,”"
            " García López said.",
            "María José García López",
        ),
    ],
)
def test_a_malay_binti_and_a_double_surname_stay_with_the_full_name(text, name):
    assert {m.canonical for m in mentions_of(text)} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rice\n\nNguyen Van Minh, the cooperative chairman, said prices had fallen. “We"
            " cannot survive,” Mr Minh said.",
            "Nguyen Van Minh",
        ),
        (
            "Road\n\nShri Ramesh Iyer, the district collector, visited the site. “Work will"
            " resume,” Mr Iyer said.",
            "Ramesh Iyer",
        ),
        (
            "Catch\n\nDonal Ó Briain, a fisherman from Dingle, landed his catch. “The quota is a"
            " joke,” the fisherman said.",
            "Donal Ó Briain",
        ),
    ],
)
def test_a_full_name_the_lists_lack_is_found_whole(text, name):
    """A family name opening a sentence is no common noun ("Nguyen" is no "ngu" + "yen"), a
    title that only ever stands before a name ("Shri") leads a full name, and the Irish "Ó" is
    a word of the name."""
    assert name in {m.canonical for m in mentions_of(text)}


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Vendors\n\nAtty. Maria Cristina Dela Cruz, counsel for the vendors, filed the"
            " motion. “This is unjust,” Dela Cruz said.",
            "Maria Cristina Dela Cruz",
            "Dela Cruz",
        ),
        (
            "Ministry\n\nDatuk Seri Ahmad Zahid bin Hamzah, the minister, spoke first. “We are"
            " ready,” Ahmad Zahid said.",
            "Ahmad Zahid bin Hamzah",
            "Ahmad Zahid",
        ),
    ],
)
def test_a_short_form_of_a_filipino_or_malay_name_links_to_the_full_name(text, name, short):
    """A Filipino surname with its particle ("Dela Cruz"); the given names before "bin"."""
    canon = {m.surface: m.canonical for m in mentions_of(text)}
    assert canon.get(short) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bells\n\nFr Declan Moriarty, the parish priest, said the bells would ring. “They"
            " have rung for 140 years,” Fr Moriarty said.",
            "Declan Moriarty",
        ),
        (
            "Clinic\n\nSr Philomena Achieng, who runs the clinic, was tired. “We have no gloves"
            " left,” she said.",
            "Philomena Achieng",
        ),
    ],
)
def test_fr_and_sr_before_a_name_are_religious_titles(text, name):
    assert {m.canonical for m in mentions_of(text)} == {name}


def test_a_generation_after_a_name_leaves_its_surname_as_the_short_form():
    text = "Swing\n\nKen Griffey Sr. said the swing was his. “I taught him,” Griffey said."
    assert {m.canonical for m in mentions_of(text)} == {"Ken Griffey Sr."}


def test_known_as_after_a_name_and_an_age_ties_the_nickname():
    text = (
        "Skate park\n\nThe park was the idea of Tobias Reinholt, 16, known to everyone as Tots."
        " “We had nowhere to go,” Tots said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Tobias Reinholt"}


def test_a_name_that_which_describes_is_a_things_even_with_a_given_name_first():
    text = (
        "Fridays\n\nLumen Grid, which builds billing software, cut the week to four days."
        " “Nobody left,” said Jacqueline Seah, its founder."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Jacqueline Seah"}


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "Fridays\n\nMr Muhammad Hafiz Rosli, 29, a support engineer, takes his mother to"
            " appointments. “Now I don't have to choose,” Mr Hafiz said.",
            "Hafiz",
            "Muhammad Hafiz Rosli",
        ),
        (
            "Fuel\n\nWade Ferrier and his younger brother, Colin Ferrier, fish on separate boats."
            " Wade, 47, expects a bigger bill. “That's my deckhand's wages,” Wade said.",
            "Wade",
            "Wade Ferrier",
        ),
        (
            "Vendors\n\nChef Ifeoma Nwachukwu, who trains street vendors, said she supported"
            " registration. “Taking a woman's pot teaches nothing,” Nwachukwu said.",
            "Nwachukwu",
            "Ifeoma Nwachukwu",
        ),
        (
            "Market\n\nMrs Folasade Adeyemi, 52, lost her pots. Popularly known as Iya Sade, she"
            " has sold rice there for 19 years. “Where is he now?” Iya Sade said.",
            "Iya Sade",
            "Folasade Adeyemi",
        ),
    ],
)
def test_short_forms_and_nicknames_of_names_from_other_traditions(text, surface, name):
    """The personal name after "Muhammad"; a given name before a surname the article gave
    another (a brother's); a trade opening the sentence before a name ("Chef"); a nickname of
    two words after "Popularly known as"."""
    canon = {m.surface: m.canonical for m in mentions_of(text)}
    assert canon.get(surface) == name
    assert name in canon


def test_a_wire_agency_on_the_byline_is_no_person():
    text = (
        "Fares\n\nBy Dana Whitfield\nAssociated Press\n\nCOLUMBUS, Ohio (AP) — Council members"
        " debated a cap. “Nobody should pay that,” said Councilwoman Teresa Alvarado."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Dana Whitfield", "Teresa Alvarado"}


def test_a_name_in_apposition_to_a_property_is_no_person():
    text = (
        "Fences\n\nGrazier Bill Haddon, 67, has had the machine on his property, Wirrilla"
        " Downs, for a month. “I was sceptical,” Mr Haddon said.\n\nOn his farm, Tom Reyes,"
        " 45, grows wheat."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Bill Haddon", "Tom Reyes"}


def test_things_named_after_people_and_firms_ending_in_a_trade_word_are_no_people():
    text = (
        "Skate park\n\nThe park will host the Sir Bobby Charlton Cup each summer. The design is"
        " by Halden Studio. Kenji Watanabe, who runs Watanabe Coffee, will serve drinks."
        " “Coffee and kickflips,” he said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Kenji Watanabe"}


def test_a_school_named_after_someone_is_no_mention_of_them():
    text = (
        "Limes\n\nPupils from Sir John Latham Primary School joined the vigil. “Save the trees,”"
        " said their headteacher, Ruth Okafor."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Ruth Okafor"}


def test_irish_names_after_a_title_and_a_mac_particle_surname_alone():
    text = (
        "Library\n\nHead librarian Pádraig Mac Giolla Phádraig said the response was good."
        " Cllr Tadhg Ó Sé disagreed. “That money paid for the summer programme,” Ó Sé said."
        "\n\nAsked about the shortfall, Mac Giolla Phádraig said the council would pay."
    )
    canon = {m.surface: m.canonical for m in mentions_of(text)}
    assert canon.get("Ó Sé") == "Tadhg Ó Sé"
    assert canon.get("Mac Giolla Phádraig") == "Pádraig Mac Giolla Phádraig"


def test_a_centre_named_after_someone_is_no_person():
    text = (
        "Festival\n\nMayor Harold Pike said the festival would be held at the Sir Rua Kereama"
        " Events Centre. “It is a good day,” said Mr Pike."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Harold Pike"}


def test_malaysian_and_philippine_names_and_titles():
    text = (
        "Patent\n\nAgrisense Teknologi Sdn Bhd filed the application in March. Its chief"
        " executive, Datuk Vincent Lau Kok Wai, visited the booth. Lau said he was impressed."
        "\n\nCommittee chairman Datuk Mohd Hafiz Abdul Rahman said the state would help. “It"
        " is very serious,” Mohd Hafiz said, and Councilor Ramil Tuazon agreed.\n\nThe company's Operations"
        " Manager, Rashid Sulemana, declined to comment."
    )
    canon = {m.surface: m.canonical for m in mentions_of(text)}
    assert canon.get("Lau") == "Vincent Lau Kok Wai"
    assert canon.get("Mohd Hafiz") == "Mohd Hafiz Abdul Rahman"
    assert canon.get("Ramil Tuazon") == "Ramil Tuazon"
    assert set(canon.values()) == {
        "Vincent Lau Kok Wai",
        "Mohd Hafiz Abdul Rahman",
        "Ramil Tuazon",
        "Rashid Sulemana",
    }


def test_a_name_before_an_age_whose_surname_follows_an_honorific_elsewhere():
    text = (
        "Parking\n\nDilwyn Jenkins, 81, has driven to the hospital every day. Cllr Ceri Pryce,"
        " who represents Aberhelig North, backed him. Her letter, which Mr Jenkins showed us,"
        " was short."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Dilwyn Jenkins", "Ceri Pryce"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # a nickname known-as, then written with the surname
            "Bell\n\nEvery morning Bridget Considine walks to the church.\n\nKnown to the whole"
            " parish as Bridie, Considine is 81.\n\nAsked about it, Bridie Considine smiled.",
            {"Bridget Considine"},
        ),
        (  # a place after "San"; a name apposed to a person noun inside a quote
            "Chess\n\n“This child has put San Gabriel on the map,” said Councilor Ramil Tuazon."
            "\n\n“Our goalkeeper, Uche Nnamdi, lost three kilogrammes in one match,” Femi"
            " Akinwale said.",
            {"Ramil Tuazon", "Uche Nnamdi", "Femi Akinwale"},
        ),
    ],
)
def test_nicknamed_full_names_places_and_apposed_names(text, people):
    assert {m.canonical for m in mentions_of(text)} == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # Hong Kong names: the family name first, or after an English given name
            "Trams\n\nSecretary for Transport Raymond Ho Chun-kit told reporters the line would"
            " open late. “Some of it, yes,” Ho replied.\n\nNg Tsz-kin, convenor of the concern"
            " group, posted on Facebook on Tuesday night.",
            {"Raymond Ho Chun-kit", "Ng Tsz-kin"},
        ),
        (  # two initials before a surname (not "U.S. Open" or "F.C. Valletta")
            "Water\n\nJ.P. Donnelly, general manager of the irrigation district, told the"
            " Courier that it was not simple. The U.S. Open and F.C. Valletta were not affected.",
            {"J.P. Donnelly"},
        ),
    ],
)
def test_family_names_first_and_initials(text, people):
    assert {m.canonical for m in mentions_of(text)} == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # a chief's title that is also a given name, then title and surname
            "Nets\n\nThe chief fisherman, Nana Kobina Gyepi, opened the plant.\n\n“The sea has"
            " fed this town,” Nana Gyepi said.",
            {"Kobina Gyepi"},
        ),
        (  # a chief's "Nkosi" before a full name; a cricketer whose given name is Nkosi
            "Roads\n\nIn the gallery sat Nkosi Mandla Gumede, 71, whose villages wait for the "
            "road. Nkosi Wellman, the spinner, took four wickets.",
            {"Mandla Gumede", "Nkosi Wellman"},
        ),
        (  # a Shona elder's title
            "Cholera\n\nVillage head Sekuru Tendai Marufu was furious. Sekuru Marufu said the "
            "borehole was reported in August.",
            {"Tendai Marufu"},
        ),
        (  # a clergyman's title
            "Path\n\nThe path recalls the late Canon Brendan Mulroy, the parish priest who "
            "built the hall.",
            {"Brendan Mulroy"},
        ),
        (  # Malaysian police ranks before a name
            "Hack\n\nAsst Comm Rosli Hamdan said the attack came from abroad.",
            {"Rosli Hamdan"},
        ),
        (  # a pet named in apposition is no person, also where a quote names it again
            "Hack\n\nAmong those turned away was Mary Ong, whose 12-year-old beagle, Kopi,"
            " takes tablets for a heart condition.\n\n“Even the vet, who has treated Kopi since"
            " he was a puppy, had to phone the pharmacist,” she said.",
            {"Mary Ong"},
        ),
    ],
)
def test_titles_of_other_englishes_and_pets(text, people):
    assert {m.canonical for m in mentions_of(text)} == people


def test_a_quote_mark_inside_an_entity_cuts_it():
    """NER may read '," Mrs Kettle' as one title: the name after the mark is still a name."""
    text = '"It is Sunday," Mrs Kettle said.'
    start = text.index('"', 5)
    assert (text.index("Kettle"), text.index(" said")) in entity_parts(
        text, start, text.index(" said")
    )


def test_a_family_first_chinese_name_gives_no_gender():
    """ "Tan" leans male as an English given name; in "Tan Mei Xin" it is the family name."""
    assert given_name_leaning("Tan Mei Xin") is None
    assert given_name_leaning("Tan Holloway") == "m"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (  # a modal opening a question is no given name
            'AGM\n\nAditya Rathod voted against it.\n\n"Will Aditya resign from the board?" a'
            " reporter asked.",
            {"Aditya Rathod"},
        ),
        (  # a bare honorific is no name
            'AGM\n\nFarokh Batliwala rose to ask: "Madam, who will be running this company?"',
            {"Farokh Batliwala"},
        ),
    ],
)
def test_words_before_names_that_are_not_names(text, people):
    assert {m.canonical for m in mentions_of(text)} == people


def test_a_registered_firms_short_form_is_no_person():
    text = (
        "Patent\n\nJudge Marisol Trent denied a motion by Borealis Home Products Inc. to dismiss"
        " the case.\n\nBorealis said in a statement that it respects inventors."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Marisol Trent"}


def test_places_whose_last_word_is_no_surname():
    """ "Calder Falls", "Cedar Hollow": places whatever given name opens them."""
    text = (
        "Fire\n\nSheriff Dana Whitlock ordered the evacuation of Silver Fork, Cedar Hollow,"
        " Pell’s Crossing and Larkspur Crossing. Nobody in the room had ever been to Calder"
        " Falls, she said. Pell has no fire station."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Dana Whitlock"}


def test_a_one_word_nickname_in_single_marks():
    text = (
        "Funeral\n\nIn an Instagram post, dancehall deejay Romaine 'Cutlass' Clarke wrote that"
        " he would never forget his first dance."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Romaine Clarke"}


def test_places_whose_first_or_last_word_only_places_have():
    """ "Jalan …" is a Malay road, "Teluk …" a bay, "Ħal …" a Maltese village; "… Baths" a
    pool, even as the owner of a chairwoman."""
    text = (
        "Protest\n\nThe Friends of Aberwennol Baths, whose chairwoman, Eluned Pugh, spoke"
        " first, marched from Jalan Tan Poh Seng to Teluk Serunai and on to Ħal Bajda."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Eluned Pugh"}


def test_south_asian_neighbourhoods_are_places():
    text = (
        "Dengue\n\nLarvae were found in Rehman Colony and Shanti Nagar, said Dr Farah Qureshi."
        " Families from Mayur Vihar queued at the clinic."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Farah Qureshi"}


@pytest.mark.parametrize(
    ("written", "name"),
    [("“Tell Jordan the power play is slow.”", "Jordan"), ("“Ask Norma Quill.”", "Norma Quill")],
)
def test_a_command_before_a_name_is_no_part_of_it(written, name):
    from transforms.name_spans import clean_span

    start, end = clean_span(written, 1, written.index(name) + len(name))  # after the mark
    assert written[start:end] == name


def test_an_excellency_an_honourable_and_a_pleader_are_titles():
    text = (
        "Courts\n\nThe wing was opened by H.E. Hon. Samuel Korir in March. Additional"
        " Government Pleader M. Selvaraj, appearing for the Corporation, objected."
    )
    assert {m.surface for m in mentions_of(text)} == {"Samuel Korir", "M. Selvaraj"}


def test_a_capitalised_plural_of_a_role_names_no_one():
    text = (
        "Dengue\n\nSoldiers will join Public Health Inspectors (PHIs) on home visits, said"
        " Dr Nimal Perera. Ward Councillors were told on Monday."
    )
    assert {m.surface for m in mentions_of(text)} == {"Nimal Perera"}


def test_a_speaker_the_model_took_for_a_firm_is_a_person_when_the_surname_stands_alone():
    text = (
        "Market Row\n\nYaw Boateng runs the market.\n\nAsked about the move, Ama Mensah said:"
        " “It will ruin us.”\n\nThe council voted on Monday. “We were never asked,” Mensah said."
    )
    assert [m.canonical for m in mentions_of(text)] == ["Yaw Boateng"] + ["Ama Mensah"] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The service was held at St Brendan's church, said Kofi Asante.",
        "The Oliver Tambo airport was closed, Kofi Asante said.",
        "The John Deere tractor broke down, said Kofi Asante.",
        "Kofi Asante heads the Victor Babes hospital in Bucharest.",
    ],
)
def test_a_saint_or_a_thing_named_after_someone_is_no_person(sentence):
    assert {m.canonical for m in mentions_of(f"Story\n\n{sentence}")} == {"Kofi Asante"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ratu Epeli Nailatikau thanked the crowd.", "Epeli Nailatikau"),
        ("Sgt Maj Tevita Fifita, 45, said the drill was done.", "Tevita Fifita"),
        (
            "The army commander, Col Suvit Maenmuan, told reporters the camp was shut.",
            "Suvit Maenmuan",
        ),
    ],
)
def test_a_chiefs_title_and_abbreviated_ranks_are_no_part_of_the_name(sentence, name):
    assert {m.canonical for m in mentions_of(f"Story\n\n{sentence}")} == {name}


def test_a_nickname_with_a_lowercase_particle_before_an_age():
    text = (
        'Feast\n\nAmong the bearers was Pawlu "il-Kanarin" Grech, 72, who first carried the'
        " statue in 1969.\n\nMr Grech wept."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Pawlu Grech"}


def test_a_superintendents_rank_is_no_part_of_the_name():
    text = (
        "Cholera\n\nThe district police commander, SP Moses Ojok, said 14 officers were sent."
        "\n\nSP Ojok insisted the deployment was about lives."
    )
    assert [m.canonical for m in mentions_of(text)] == ["Moses Ojok", "Moses Ojok"]


def test_a_name_before_an_age_and_who_is_a_person():
    text = (
        "Baths\n\nDilwyn Harries, 81, who was mayor when the baths were refurbished, was less"
        " hopeful."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Dilwyn Harries"}


def test_a_surname_after_a_quote_naming_a_namesake_is_the_one_named_outside_it():
    text = (
        'Feast\n\nAmong the bearers was Pawlu "il-Kanarin" Grech, 72, who first carried it.'
        '\n\n"My father, Ninu'
        ' Grech, carried it in 1948," Mr Grech said.'
    )
    assert [m.canonical for m in mentions_of(text)][-1] == "Pawlu Grech"


def test_a_surname_with_mr_is_not_a_late_father_of_that_name():
    text = (
        "Kiosk\n\nKiosk owner Con Papadakis, whose late father Yiannis Papadakis opened the"
        " shop in 1962, sat with his daughter Eleni Papadakis.\n\nAccording to Mr Papadakis,"
        " the offer was poor."
    )
    assert [m.canonical for m in mentions_of(text)][-1] == "Con Papadakis"


def test_a_chinese_name_ner_cut_after_two_words_keeps_its_third():
    text = (
        "Four-day week\n\n“I would not tell the whole economy to change,” said Associate"
        " Professor Leong Kah Wai of the Straits Institute."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Leong Kah Wai"}


def test_a_surname_the_tagger_read_as_a_plural_noun_after_a_title():
    text = (
        "Market\n\nIn a statement on Monday, town clerk Eng Farai Chikomo said:\n\n“Council has"
        " been patient.”\n\nEng Chikomo defended the rentals."
    )
    assert [m.canonical for m in mentions_of(text)] == ["Farai Chikomo", "Farai Chikomo"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Temple\n\nThe Chief Incumbent, Ven. Welikanda Sumanasiri Thera, said the hall"
            " would open.",
            {"Welikanda Sumanasiri"},
            id="a_monks_thera_after_the_name",
        ),
        pytest.param(
            "Land\n\nThe farmer said his late father, Opanin Kofi Boateng, never sold land.",
            {"Kofi Boateng"},
            id="an_akan_elders_opanin",
        ),
        pytest.param(
            "Shares\n\nShares of Hadley-Rowe Therapeutics fell 38%, Martin Okafor said.",
            {"Martin Okafor"},
            id="a_therapeutics_firm",
        ),
    ],
)
def test_titles_and_firm_words_around_names(text, names):
    assert {m.surface for m in mentions_of(text)} == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The market was founded by the late Oba Adesoji Ajagun in 1938.", "Adesoji Ajagun"),
        ("“It is safe,” said Perit Mark Zammit, an architect at the council.", "Mark Zammit"),
        ("Mang Ruben Dalisay said he would join the strike.", "Ruben Dalisay"),
        ("Neighbour Kaveke Mutua, who has lived beside them for years, wept.", "Kaveke Mutua"),
    ],
)
def test_honorifics_of_other_englishes_and_a_sentences_first_noun_are_no_part_of_a_name(
    sentence, name
):
    assert {m.canonical for m in mentions_of(f"Story\n\n{sentence}")} == {name}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (  # what family call an elder, before the given name
            "Club\n\nStan Okonski founded the club.\n\n“Grandpa Stan would have laughed,” she"
            " said.",
            "Stan",
            "Stan Okonski",
        ),
        (
            "Farm\n\nEsther Wanjiru Kamau, 71, lost her farm.\n\n“Mama Esther fed this village,”"
            " a neighbour said.",
            "Esther",
            "Esther Wanjiru Kamau",
        ),
        (  # given names without the family name, after it (a Chinese name) or before it
            "Dengue\n\nHis daughter, Lim Pei Shan, 28, was infected.\n\n“Nobody replied,” said"
            " Pei Shan.",
            "Pei Shan",
            "Lim Pei Shan",
        ),
        (
            "Dengue\n\nAssoc Prof Dr Nurul Hidayah Azman said sites were a risk.\n\nNurul"
            " Hidayah added that the mosquito was spreading.",
            "Nurul Hidayah",
            "Nurul Hidayah Azman",
        ),
    ],
)
def test_a_person_called_by_given_names_alone_is_the_person_named_in_full(text, short, full):
    canon = {text[m.start : m.end]: m.canonical for m in mentions_of(text)}
    assert canon[short] == full


def test_a_members_initials_an_office_and_a_degree_are_no_people():
    text = (
        "Pharmacy\n\nThe family backs former MLA Om Prakash Dhillon, who lost the seat.\n\n"
        '"Ask anyone," the former MLA said.\n\nThe Assistant Drugs Controller, Meenakshi'
        " Tandon, led the inspection. The Assistant Drugs Controller rejected the charge.\n\n"
        "Nikhil Agarwal, who completed his B.Pharm in 2017, said the family would appeal."
    )
    assert {m.canonical for m in mentions_of(text)} == {
        "Om Prakash Dhillon",
        "Meenakshi Tandon",
        "Nikhil Agarwal",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The concert was held at Nathaniel Gooden Park on Saturday.",
        "Drinks were supplied by Mahoe Beverages, the sponsor.",
        "The station's supplier, Wirrabara Fuels, said it would help.",
        "He arranged for the Bon Espoir Pan Symphony for 20 years.",
        "She told the Jua Mirror that the bank had lied.",
    ],
)
def test_a_park_named_after_someone_an_ensemble_a_drinks_firm_and_a_paper_are_no_people(
    sentence,
):
    assert not mentions_of(f"Story\n\n{sentence}")


@pytest.mark.parametrize("name", ["Grace Park", "Stuart Hall"])
def test_a_surname_that_also_heads_places_still_names_a_person(name):
    assert {m.canonical for m in mentions_of(f"Story\n\n{name} said the plan would fail.")} == {
        name
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Larvae were found at Residensi Lembayung and in Taman Sri Mewah last week.",
        "The beds at Traeth Mawrhydd were shut, and walkers climbed Cnoc Álainn.",
        "Traders at Oja Oba refused to move, and Ngāti Kōpū backed them.",
    ],
)
def test_place_names_of_other_languages_are_no_people(sentence):
    assert not mentions_of(f"Story\n\n{sentence}")


def test_a_one_word_short_form_beside_a_titled_one_word_name_is_looked_up_safely():
    """ "Madam Lim" has one name word: looking a short form up among full names must not
    index past it."""
    assert names_holding("Kopi", ["Madam Lim", "Tan Siew Ling"]) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Madam Doherty told the court she had not been paid.", {"Doherty"}),
        ("Mr Mwale told the court he had not been paid.", {"Mwale"}),
        ("Mr Speaker said the house would rise.", set()),
        ("Miss Universe said she was honoured.", set()),
    ],
)
def test_a_titled_surname_that_speaks_is_a_person_without_a_full_name(sentence, names):
    assert {m.canonical for m in mentions_of(f"Story\n\n{sentence}")} == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Queen Amalia of Lindoria will pay a state visit in October, the palace said.",
            {"Amalia"},
        ),
        ("The Orthodox Patriarch Gregorios expressed sorrow over the violence.", {"Gregorios"}),
        ("Protesters burned an effigy of Prime Minister Sheikh Farida on Sunday.", {"Farida"}),
        ("The jets flew from Prince Sultan air base on Monday, the ministry said.", set()),
        ("The freighter docked at Prince Rupert on Monday after a storm.", set()),
        ("The Queen Bee festival opened on Friday.", set()),
    ],
)
def test_one_name_after_a_sovereigns_title_is_a_person(sentence, names):
    """NER often leaves the name out, or the filter dropped a lone word: the title vouches."""
    assert {m.canonical for m in mentions_of(f"Story\n\n{sentence}")} == names


def test_a_name_a_sovereigns_title_introduced_is_found_alone_later():
    text = (
        "Story\n\nScientists examined the skull of King Tembani, a chief who died in 1835. "
        "The search for Tembani's grave went on for years."
    )
    assert [m.surface for m in mentions_of(text)] == ["Tembani", "Tembani"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Defence counsel Advocate Mrisho, who represents both accused, applied for bail. "
            "Advocate Zawadi Mrisho later told reporters the defence would appeal.",
            {"Zawadi Mrisho"},
        ),
        (
            "The club's chairwoman, Mma Ramotswe, admitted the season had been poor. "
            "Lorato Ramotswe, a former netball captain, took over in 2019.",
            {"Lorato Ramotswe"},
        ),
        ("Mzee Juma Kapinga travelled from his village to attend the hearing.", {"Juma Kapinga"}),
        ("Cde Tendai Moyo urged traders to resolve the matter through dialogue.", {"Tendai Moyo"}),
        ("Ustad Karim Bakhsh recalled his first public performance.", {"Karim Bakhsh"}),
    ],
)
def test_honorifics_of_other_englishes_are_no_part_of_the_name(text, names):
    """Setswana "Mma", Swahili "Mzee", Zimbabwe's "Cde", "Ustad", an advocate's title: the
    person is the name after them, and a titled surname is the short form of the full name."""
    assert {m.canonical for m in mentions_of(f"Story\n\n{text}")} == names


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Principal Resident Magistrate Mutale Chanda", "Mutale Chanda"),
        ("Rural Development and Devolution Cde Tariro Gumbo", "Tariro Gumbo"),
        ("Martin Luther King Jr", "Martin Luther King Jr"),
        ("Sarah Dean Hall Smith", "Sarah Dean Hall Smith"),
    ],
)
def test_a_name_starts_after_a_title_inside_the_span(span, name):
    """An office or place the model ran into the name ends at its title (not a title that
    is also a given name, nor one before fewer than two words)."""
    start, end = clean_span(span, 0, len(span))
    assert span[start:end] == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Kerema Mobile and Batalo Agrochemicals both refused to comment.",
        "“Apa, where will my son sleep?” asked one mother.",
        "“Grandda taught me chess,” she wrote.",
    ],
)
def test_firms_and_words_of_address_are_no_people(sentence):
    assert not mentions_of(f"Story\n\n{sentence}")


def test_a_firms_words_the_parse_hangs_on_a_name_across_a_role_are_no_part_of_it():
    """ "Mwazinga Groundnut Farmers Cooperative chairperson Chisomo Nyirenda says": the parse
    makes "Farmers" a part of the name across the lower-case role; the name is what follows
    the role."""
    path = FIXTURES / "speaker_identity" / "zm01_groundnut_arrears.txt"
    assert "Chisomo Nyirenda" in {m.canonical for m in mentions_of(path.read_text("utf-8"))}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ato Bekele Tadesse, the co-operative's manager, said prices had fallen.",
            {"Bekele Tadesse"},
        ),
        ("Ntate Thabo Mokoena told the gathering that the road was promised.", {"Thabo Mokoena"}),
        ("Alkalo Ebrima Jatta said the well had dried up in March.", {"Ebrima Jatta"}),
        ("Encik Rahman Osman, 61, said the stall had been his father's.", {"Rahman Osman"}),
        ("Nii Tetteh Quaye said the festival would go ahead.", {"Tetteh Quaye"}),
        ("Ulu Aliki Iosefa Mataio, the high chief of Ulavao, was blunt.", {"Iosefa Mataio"}),
        ("Bucopho Lindiwe Hlophe told residents the patrols would go on.", {"Lindiwe Hlophe"}),
        ("His widow, Ya Fatou Jobe, said he taught until the end.", {"Fatou Jobe"}),
        ("Aji Isatou Ceesay wrote on Facebook that she would miss him.", {"Isatou Ceesay"}),
    ],
)
def test_honorifics_and_chiefs_titles_of_many_countries_are_no_part_of_the_name(text, names):
    """Ethiopian "Ato", Sesotho "Ntate", a Gambian village head, Malay "Encik", a Ga chief."""
    assert {m.canonical for m in mentions_of(f"Story\n\n{text}")} == names


def test_clubs_of_a_cup_tie_between_countries_are_no_people_but_the_scorers_are():
    """ "Dunmore Rovers (Ireland) 5 Kalvika Tarnos (Latvia) 0": clubs, each before its goals;
    a golfer's rounds ("(Sweden) 67 62") and a set score ("6-3") read differently."""
    text = (
        "Cup Results\n\nResults of first-round matches on Thursday:\n\nIn Tarnos: Kalvika"
        " Tarnos (Latvia) 0 Dunmore Rovers (Ireland) 5 (0-2)\n\nScorers: Dunmore - Ciaran"
        " Flood (12th, 40th)\n\nMarta Lindqvist (Sweden) 67 62, Ana Reyes (Spain) 66 64"
    )
    names = {m.surface for m in mentions_of(text)}
    assert not names & {"Kalvika Tarnos", "Dunmore Rovers", "Tarnos"}
    assert {"Ciaran Flood", "Marta Lindqvist", "Ana Reyes"} <= names


def _printed_under_hash_seeds(code: str) -> set[str]:
    """What ``code`` prints in processes with six different string-hash seeds."""
    return {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }


def test_names_cluster_the_same_way_whatever_the_hash_seed():
    """Equal-length forms of one name ("Dr Ann Lee", "Ann Lee") were taken in a set's order,
    which Python's string hashing changes from process to process: the canonical name (and so
    a speaker's) differed between two runs over the same article."""
    code = (
        "from transforms.name_links import cluster;"
        "print(cluster(['Dr Ann Lee', 'Ann Lee', 'Lee', 'Mr Tom Lee', 'Tom Lee']))"
    )
    outputs = _printed_under_hash_seeds(code)
    assert len(outputs) == 1
    assert "'Dr Ann Lee': 'Ann Lee'" in outputs.pop()


def test_a_name_is_trimmed_to_the_same_known_name_whatever_the_hash_seed():
    """ "Crooked Hillary Clinton" holds two known names as long as each other ("Crooked
    Hillary", a slip of the model's, and "Hillary Clinton"): they were tried in a set's
    order, so the mention differed from run to run. The one written more often wins."""
    code = (
        "from transforms.name_edges import trim_to_known_names as trim;"
        "t = 'Crooked Hillary said. Hillary Clinton won. Hillary Clinton left. "
        "Crooked Hillary Clinton.';"
        "spans = [(0, 15, 'ner'), (22, 37, 'ner'), (43, 58, 'ner'), (65, 88, 'ner')];"
        "print([t[s:e] for s, e, _ in trim(t, spans)][-1])"
    )
    outputs = _printed_under_hash_seeds(code)
    assert outputs == {"Hillary Clinton\n"}


def test_a_speaker_described_as_a_person_is_one_though_the_model_calls_it_a_place():
    """The model tags "Mutinta Hamoonga" a place; a place never says anything as "a farmer"."""
    text = "Story\n\n“We have waited three years,” said Mutinta Hamoonga, a farmer at Kasungu."
    assert {m.canonical for m in mentions_of(text)} == {"Mutinta Hamoonga"}


def test_a_given_name_between_a_title_and_initials_is_part_of_the_name():
    """A Liberian counsellor's "Cllr. Wleh J. Dorbor": the model tags none of it, the initials
    pattern alone found "J. Dorbor"."""
    text = (
        "Story\n\nCllr. Wleh J. Dorbor, the county attorney, welcomed the ruling. Cllr. "
        "Dorbor said the money would be traced."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Wleh J. Dorbor"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "’Mampho Ramatla, 41, was one of the mothers. “I walked,” ’Mampho says.",
            {"’Mampho Ramatla"},
        ),
        ("The chairwoman, ’Mamolise Tau, agreed with the chief.", {"’Mamolise Tau"}),
        ("'Ofa Lolohea said the families were coming back.", {"'Ofa Lolohea"}),
        ("He said 'Tom is here' and left.", {"Tom"}),
    ],
)
def test_a_name_an_apostrophe_opens_keeps_it(text, names):
    """Sesotho "’Ma…" and Tongan "'Ofa" names start with an apostrophe, which the name keeps
    (and a name after it was missed at the start of a paragraph); a straight single quote
    mark that closes later in the paragraph opens a quote, not a name."""
    assert {m.canonical for m in mentions_of(f"Story\n\n{text}")} == names


def test_a_name_the_model_cuts_inside_its_quoted_nickname_runs_to_the_surname():
    """The model tags 'Apenisa "Bulldozer' a person and "Tabuya" a firm."""
    text = (
        'Story\n\nCaptain Apenisa "Bulldozer" Tabuya, 29, led from the front with two tries.'
        "\n\nApenisa said the brothers had grown up kicking a bottle around."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Apenisa Tabuya"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("“Mzee Kayitare told me he would rather die than swallow tablets,” she said.", {"Kayitare"}),
        ("“Even Cikgu Faridah from the primary school came to ask,” Madam Rosnah said.",
         {"Faridah", "Rosnah"}),
        ('"Pa Alieu Sowe, who organised that wedding, used to say so," she recalled.',
         {"Alieu Sowe"}),
    ],
)  # fmt: skip
def test_one_name_after_a_title_only_people_have_is_a_person(text, names):
    """The model misses the surname or takes title and name for a work of art; a Malay
    teacher's "Cikgu", a Gambian elder's "Pa" before a longer name."""
    assert {m.canonical for m in mentions_of(f"Story\n\n{text}")} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Fr Declan Moran led the Mass. Arrangements were by Kelleher's Funeral Directors.",
            {"Declan Moran"},
        ),
        ("Ann Kelleher runs Kelleher's Bakery. Kelleher said trade was slow.", {"Ann Kelleher"}),
        (
            "Among the mourners was Mayor Awa Ceesay of Kerr Seedy Municipality. He died at Kerr Seedy "
            "General Hospital, his family said.",
            {"Awa Ceesay"},
        ),
    ],
)
def test_a_business_or_a_municipality_named_like_a_person_is_none(text, names):
    """A one-word name only ever written as a family business's ("Kelleher's Funeral
    Directors"), not one its owner also goes by; a town its municipality names."""
    assert {m.canonical for m in mentions_of(f"Story\n\n{text}")} == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "His widow, Hajja Nafisa Abdelgadir, 79, received mourners. Ustaz Idris Mahjoub "
            "taught for 37 years.",
            {"Nafisa Abdelgadir", "Idris Mahjoub"},
        ),
        (
            "The attorney, Mr Osbert St Bernard, told the court. Mr St Bernard said it was a guess.",
            {"Osbert St Bernard"},
        ),
        (
            "Dr Siti Rahmah binti Haji Osman of the faculty led the study. Dr Siti Rahmah said so.",
            {"Siti Rahmah binti Haji Osman"},
        ),
        ("Dr Muna bint Salim Al Kindi said families must talk.", {"Muna bint Salim Al Kindi"}),
        (
            "Awang Mohd Firdaus bin Abdullah analysed the DNA at Anse Bonnefoi, he said.",
            {"Mohd Firdaus bin Abdullah"},
        ),
    ],
)
def test_names_of_arabic_malay_and_caribbean_styles(text, names):
    """Arabic "Hajja" and "Ustaz" and Brunei's "Awang" are titles; "St Bernard" a surname
    its bearer is called by alone; a father's title inside a patronymic ("binti Haji Osman")
    and "bint" are part of the name; "Anse" opens a place."""
    assert {m.canonical for m in mentions_of(f"Story\n\n{text}")} == names


def test_a_cook_islands_elders_papa_is_no_part_of_his_name():
    text = (
        "Story\n\nOn Friday night, Papa Rua Ioane, 71, stood up with a question. Mama Ngaire "
        "Teaurima chairs the committee.\n\nPapa Rua was not satisfied."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Rua Ioane", "Ngaire Teaurima"}


@pytest.mark.parametrize(
    "sentence",
    [
        "He taught junior high in Dryden Gap for two years.",
        "The crowd packed the Sidney Ingham Oval on Sunday.",
        "The resort on Fenmathi Atoll opened in May.",
    ],
)
def test_a_gap_an_oval_and_an_atoll_are_places(sentence):
    assert not mentions_of(f"Story\n\n{sentence}")


def test_a_month_as_a_given_name_with_an_age_after_it_is_the_person():
    text = (
        'Story\n\nJune Klassen was peeling potatoes when the pain started.\n\n"It ends here," '
        'says June, 71. "Harold drove."\n\nIn June, 2024, the clinic closed.'
    )
    assert [(m.surface, m.canonical) for m in mentions_of(text) if "June" in m.surface] == [
        ("June Klassen", "June Klassen"),
        ("June", "June Klassen"),
    ]


def test_an_unlisted_given_name_before_a_relatives_surname_names_a_person():
    text = (
        "Story\n\nHer brother, Deibure Temaki, 21, took silver on Tuesday.\n\nEidagaruwo Temaki "
        "lifted 201kg in the women's class."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Deibure Temaki", "Eidagaruwo Temaki"}


def test_a_corporal_is_no_part_of_the_name():
    text = "Story\n\nThe cash was in a tin, according to Corporal Shem Baptiste of the squad."
    assert {m.canonical for m in mentions_of(text)} == {"Shem Baptiste"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The parish will pay, Verger Gordon Fehr told the meeting.", {"Gordon Fehr"}),
        ("The parish will pay, Almoner Ruth Amos told the meeting.", {"Ruth Amos"}),
        ("Lee Hsien Loong said the town would pay.", {"Lee Hsien Loong"}),
    ],
)
def test_an_english_noun_no_one_is_named_before_a_full_name_is_a_title(text, names):
    assert {m.canonical for m in mentions_of(f"Story\n\n{text}")} == names


def test_a_first_word_also_written_before_the_surname_alone_is_a_title():
    """ "Ibedul" is in no list; "Ibedul Tellei" says it is a title (not a nickname's name)."""
    text = (
        "Story\n\nIbedul Ilong Tellei, 78, has fished the lagoon.\n\nIbedul Tellei said it "
        "was bad. Vusi “Bhubesi” Zwane, 17, bowled. Vusi Zwane said it went well."
    )
    assert {(m.surface, m.canonical) for m in mentions_of(text)} == {
        ("Ilong Tellei", "Ilong Tellei"),
        ("Tellei", "Ilong Tellei"),
        ("Vusi “Bhubesi” Zwane", "Vusi Zwane"),
        ("Vusi Zwane", "Vusi Zwane"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The calves disappeared from a ranch north of Harlan Flats, the sheriff said.",
        "The commission met in Harlan Flats on Tuesday.",
        "The drill was held near Sumner Ridge on Monday.",
    ],
)
def test_a_name_ending_in_a_place_word_after_in_or_north_of_is_a_place(sentence):
    """ "Harlan" and "Sumner" are given names, "Flats" and "Ridge" surnames too: where the
    article puts the name says it is a place."""
    assert not mentions_of(f"Story\n\n{sentence}")


def test_a_person_whose_surname_is_a_place_word_stays_a_person():
    assert {m.canonical for m in mentions_of("Story\n\nThe seat went to Geoff Marsh in May.")} == {
        "Geoff Marsh"
    }


def test_burmese_and_kurdish_honorifics_are_no_part_of_the_name():
    """ "U", "Daw", "Ma" (Burmese), "Kak" (Kurdish); not "Ma Ying-jeou", "U. Chandana"."""
    text = (
        "Story\n\nU Nyo Lwin died on Tuesday, said Daw Thida Aye. Ma Phyu Phyu, 24, trained "
        "under him, as did Kak Sherwan Aziz. Ma Ying-jeou sent flowers; U. Chandana did not."
    )
    assert {m.canonical for m in mentions_of(text)} == {
        "Nyo Lwin",
        "Thida Aye",
        "Phyu Phyu",
        "Sherwan Aziz",
        "Ma Ying-jeou",
        "U. Chandana",
    }


def test_a_full_name_kept_once_is_kept_wherever_no_rule_objects():
    """The learned filter turns down the last "Ko Zaw Lin Htet says …" of this article on its
    own; the same full name kept earlier keeps it."""
    text = (FIXTURES / "speaker_identity" / "yy03_puppet_master_obituary.txt").read_text("utf-8")
    last = text.rindex("Zaw Lin Htet says")
    assert any(m.start == last and m.canonical == "Zaw Lin Htet" for m in mentions_of(text))


def test_cambodian_honorifics_crown_counsel_and_senior_ranks_are_no_part_of_the_name():
    """ "Oknha", "Lok Chumteav" (Cambodian), "Crown Counsel", "Snr Sgt"."""
    text = (
        "Story\n\nCompany chairman Oknha Meas Sokhom spoke first, then Lok Chumteav Heng "
        "Malis. Crown Counsel Anouk Forbes read the charges; Snr Sgt Grant Oakes kept order."
    )
    assert {m.canonical for m in mentions_of(text)} == {
        "Meas Sokhom",
        "Heng Malis",
        "Anouk Forbes",
        "Grant Oakes",
    }


def test_a_surname_that_is_a_common_word_is_the_person_after_a_title():
    """ "Justice Arch", "Mr Arch" name Hollis Arch; "the arch" and "Arch" alone do not."""
    text = (
        "Court\n\nJustice Hollis Arch presided.\n\nMr Arch said more. Justice Arch asked "
        "again. Later, the arch fell; Arch Street was closed."
    )
    found = {(m.start, m.canonical) for m in mentions_of(text)}
    assert found == {
        (text.index("Hollis Arch"), "Hollis Arch"),
        (text.index("Mr Arch") + 3, "Hollis Arch"),
        (text.index("Justice Arch asked") + 8, "Hollis Arch"),
    }


def test_a_full_name_apposed_to_a_speaking_role_is_a_person():
    """The model tags "Bashiir Cilmi Roble" a firm and no list holds "Bashiir"."""
    text = (
        "Cholera\n\nThe Qoryaweyn district commissioner, Bashiir Cilmi Roble, wrote in a "
        "Facebook post on Saturday night: “Do not hide the sick.”"
    )
    assert {m.canonical for m in mentions_of(text)} == {"Bashiir Cilmi Roble"}


def test_prairie_towns_english_villages_and_clubs_nicknames_are_no_people():
    text = (
        "Story\n\nAspen Coulee town council voted on Monday. The founder of the Ashcombe Magna "
        "Folk Festival lived near Mossy Fork. The Tallara Bulldogs meet Strathallan Academicals "
        "on Saturday, said Gary Fitzpatrick."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Gary Fitzpatrick"}


def test_a_justice_centre_is_no_judge():
    text = (
        "Court\n\nJudge Hélène Robichaud sentenced him. Outside the Georges-LeBlanc Justice "
        "Centre, Tanya Arsenault said the family had repaid $31,000."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Hélène Robichaud", "Tanya Arsenault"}


def test_a_maori_honorific_and_a_cove_are_no_part_of_a_name():
    text = (
        "Story\n\nWhaea Mereana Te Kōhatu wrote most of her songs at home. Merrill Duncan, 61, "
        "is a retired fisherman from Sandy Cove."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Mereana Te Kōhatu", "Merrill Duncan"}


def test_one_word_written_where_things_happen_is_a_place_throughout():
    """ "in Coolabin", "near Turner": a place, also where the model tags it a person; not
    "faith in Blair"."""
    text = (
        "Bank\n\nTwo staff have been offered jobs in Coolabin. Coolabin is an hour away. "
        "Voters kept their faith in Blair, said Ann Lee."
    )
    assert {m.canonical for m in mentions_of(text) if m.canonical != "Ann Lee"} <= {"Blair"}
    assert not any(m.surface == "Coolabin" for m in mentions_of(text))


def test_a_name_written_where_things_happen_is_a_place_unless_a_given_name_opens_it():
    text = (
        "Court\n\nThe hearing was held in Corbeau Hill on Monday. Corbeau Hill has one court. "
        "Residents in Ching Tau complained. Voters in Grace Hill backed Ann Lee."
    )
    found = {m.canonical for m in mentions_of(text)}
    assert "Corbeau Hill" not in found and "Ching Tau" not in found
    assert "Ann Lee" in found


def test_a_name_a_relative_clause_says_is_a_person_noun_is_a_person():
    text = "Sea ice\n\nQaunaq Kakkik, who was mayor when the program began, is blunter."
    assert [m.canonical for m in mentions_of(text)] == ["Qaunaq Kakkik"]


def test_a_ship_a_venue_and_an_office_named_like_people_are_not_people():
    text = (
        "Rescue\n\nIn 1987 Mr Kinvig's crew took all seven men off the Danish coaster Karen Holm "
        "after she lost power. Kervin Edmund was crowned at the Sir Lionel Augustin Grounds in "
        "Anse Corail. Sage County Sheriff's Sgt. Bill Tandy said he had not decided."
    )
    names = {m.canonical for m in mentions_of(text)}
    assert {"Kervin Edmund", "Bill Tandy"} <= names
    assert not names & {"Karen Holm", "Lionel Augustin Grounds", "Sage County Sheriff"}


def test_a_name_with_a_nickname_the_model_glued_to_the_words_after_is_a_person():
    text = (
        'Basketball\n\nSenior guard Marcus "Bucket" Ellery led the Falcons with 24 points, '
        "including four straight free throws."
    )
    assert [m.canonical for m in mentions_of(text)] == ["Marcus Ellery"]


def test_names_before_a_country_or_an_age_are_searched_only_near_the_brackets_and_ages():
    """Only the lines that hold a bracket or an age are searched (most articles hold neither):
    the same matches as the pattern over the whole text, names over a line break included."""
    from transforms import shaped_names as shaped
    from transforms.layout import on_lines_with

    text = (
        "Results\n\nTanja Damaske (Germany) 64.12, Ana Reyes (ESP) 63.70, Li Na\n(China) 61.0\n"
        "Marta Lindqvist  \n\n(Sweden)\nSaid Ruth Okafor, 34, who trains in Leeds, and Pawlu "
        "“il-Kanarin” Grech, aged 72, and Ann Lee, now 5,\n(Not a Name) and (USA)\nJo Baptiste, 40,"
    )
    countries = [m.span() for m in shaped._NAME_BEFORE_COUNTRY.finditer(text)]
    ages = [(m.span(), m["who"]) for m in shaped._NAME_BEFORE_AGE.finditer(text)]
    assert len(countries) >= 4 and len(ages) >= 4  # the text has matches of both kinds
    assert [m.span() for m in shaped._names_before_countries(text)] == countries
    near_ages = on_lines_with(shaped._AGE, shaped._NAME_BEFORE_AGE, text)
    assert [(m.span(), m["who"]) for m in near_ages] == ages


def test_scorers_are_searched_only_on_lines_with_an_ordinal():
    """Scorers before the minute of a goal ("Valkucak (54th)") are looked for only on lines
    holding an ordinal: the same matches as the pattern over the whole text."""
    from transforms import name_lists
    from transforms.layout import on_lines_with

    text = (
        "Report\n\nGoals: Valkucak (54th), Driller 15th, Ana de la Cruz 90th\nIn the 21st "
        "century nobody scored.\nTrulsen\n54th and Jo Baptiste 3rd\n"
    )
    everywhere = [m.span() for m in name_lists._SCORER.finditer(text)]
    assert len(everywhere) >= 4
    near = on_lines_with(name_lists._ORDINAL, name_lists._SCORER, text)
    assert [m.span() for m in near] == everywhere


def test_a_goaltenders_position_before_a_nicknamed_name_is_no_part_of_it():
    text = (
        "Title\n\nThe Lakers won 3-2 in overtime.\n\nGoaltender Marit “The Wall” Solberg, 31, "
        "made 41 saves. Solberg was blunt afterwards."
    )
    ms = mentions_of(text)
    assert {m.canonical for m in ms} == {"Marit Solberg"}


@pytest.mark.parametrize("full", ["S. Meenakshi Sundaram", "K. Senthil Kumar"])
def test_an_office_before_an_honorific_is_no_name(full):
    text = (
        "Outage\n\nThe hospital, built in 1952, serves 8,000 patients a day.\n\n"
        f"Dean Dr. {full} told The Sentinel Herald that the systems went offline on Sunday."
    )
    assert {m.surface for m in mentions_of(text)} == {full}


def test_a_given_name_the_article_names_alone_joins_the_surname_after_it():
    # the model found only "Tembo" of "Mulenga Tembo was calmer."
    from transforms.name_edges import with_named_given_name

    text = "Kabwe Tembo and his sister Mulenga, then Councillor Tembo. Mulenga Tembo was calmer."
    spans = [(0, 11, "ner"), (27, 34, "role_kin"), (52, 57, "ner"), (67, 72, "ner")]
    assert [text[s:e] for s, e, _ in with_named_given_name(text, spans)] == [
        "Kabwe Tembo",
        "Mulenga",
        "Tembo",  # a title is no given name
        "Mulenga Tembo",
    ]


def test_a_name_is_not_cut_to_a_shorter_form_when_the_rest_is_a_name_elsewhere():
    text = (
        "Final\n\nVisiting coach Tom Pat Brosnan, 49, was philosophical after the defeat.\n\n"
        "“We had our chances,” Tom Pat said. Walsh and Brosnan played together for years."
    )
    assert "Tom Pat Brosnan" in {m.surface for m in mentions_of(text)}


def test_i_after_the_given_name_of_someone_named_in_full_is_the_pronoun():
    text = (
        "Party\n\nThe organiser, Sinéad Hurley, booked the hall.\n\n“Please don't tell Sinéad "
        "I was late,” said the caretaker."
    )
    assert {m.surface for m in mentions_of(text)} == {"Sinéad Hurley", "Sinéad"}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Clinic\n\nThe plans were drawn up by Eng. Ruth Akello, the district engineer.",
            "Ruth Akello",
        ),
        ("Drains\n\nKagawad Lito Manalang said the canal would be cleared.", "Lito Manalang"),
    ],
)
def test_titles_abbreviated_with_a_full_stop_and_a_filipino_councillors_are_no_part_of_the_name(
    text, name
):
    assert {m.surface for m in mentions_of(text)} == {name}


def test_a_name_opening_with_the_okina_is_a_name():
    text = (
        "Sevens\n\nThe head coach of Tonga’s women’s sevens team, ʻAna Fifita, has named six "
        "uncapped players in her squad.\n\n“Speed you cannot teach,” Fifita says."
    )
    assert {m.canonical for m in mentions_of(text)} == {"ʻAna Fifita"}


def test_a_name_apposed_to_one_person_noun_and_described_by_another_is_a_person():
    text = (
        "Trial\n\nThe State's main witness, Tiwonge Mhango, 52, a former accounts clerk at the "
        "company, told the court in February that she had processed the payments.\n\n"
        "Alhagie Kebba Manneh, the village head, said four children had died."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Tiwonge Mhango", "Kebba Manneh"}


def test_a_title_also_a_given_name_before_the_given_name_of_a_longer_name():
    """ "Papa Tere" beside "Papa Tere Manarangi": the elder's title, not a two-word name."""
    text = "Papa Tere Manarangi, 78, was one of them. Later, Papa Tere told the paper."
    assert title_also_given_name(text, "Papa", "Tere")
    assert not title_also_given_name("Papa Tere told the paper.", "Papa", "Tere")


def test_a_sister_sharing_a_two_word_surname_keeps_her_given_name():
    text = (
        "Obituary\n\nAlphonse Jn Pierre died on Sunday. Jn Pierre worked as a schoolteacher. "
        "He is survived by his children, Marcia and Kervin, his sister, Agatha Jn Pierre, and "
        "seven grandchildren."
    )
    assert "Agatha Jn Pierre" in {m.canonical for m in mentions_of(text)}


def test_a_name_tagged_a_place_described_as_a_former_player_is_a_person():
    text = (
        "Final\n\nThe coach's phone kept buzzing. One message came from Jordan Okemaw, a "
        "former Wildcats defenceman now playing professionally in Finland."
    )
    assert "Jordan Okemaw" in {m.canonical for m in mentions_of(text)}


def test_a_name_tagged_a_place_in_apposition_to_her_colleague_is_a_person():
    text = (
        "Closure\n\n“What do I tell my children tonight?” asked one machinist. Her colleague, "
        "Palesa Mohale, was close to tears."
    )
    assert "Palesa Mohale" in {m.canonical for m in mentions_of(text)}  # (NER: a place)


def test_a_malay_name_by_its_bin_or_binti_sheds_the_office_and_the_title_before_it():
    text = (
        "Flood\n\nPresent were the Penghulu of Mukim Sungai Tujoh Awang Firdaus Hakim bin "
        "Osman and Ketua Kampong Lumut Dayang Noraini binti Salleh. Dayang Noraini said the "
        "drains were cleared."
    )
    assert {m.canonical for m in mentions_of(text)} == {
        "Firdaus Hakim bin Osman",
        "Noraini binti Salleh",
    }


def test_an_english_given_name_before_a_cantonese_name_ner_calls_a_firm_is_a_person():
    text = "Lawmaker Stephen Tam Ka-wing, who sits on the food safety panel, was alarmed."
    doc = next(iter(annotate([text])))
    doc.ents = [Entity(doc, 0, 6, label="ORG")]  # as NER tagged one in a longer article
    found = [text[s:e] for s, e, _ in names_by_shape(doc, [Span(0, len(text))])]
    assert found == ["Stephen Tam Ka-wing"]


def test_monsieur_is_an_honorific_before_a_surname():
    text = (
        "Obituary\n\nTed Harland, the town's baker, has died aged 81.\n\n“Monsieur Harland was a "
        "true friend of our town,” wrote the mayor of its twin town, Jean-Luc Morel."
    )
    assert "Monsieur Harland" not in {m.canonical for m in mentions_of(text)}


def test_a_title_that_only_stands_before_a_person_is_not_part_of_a_lone_surname():
    text = "Before kick-off the club chaplain, Rev Ashcombe, had blessed both goals."
    doc = next(iter(annotate([text])))
    doc.ents = [Entity(doc, 6, 8, label="ORG")]  # as NER tagged it in a longer article
    found = [text[s:e] for s, e, _ in names_by_role(doc, [Span(0, len(text))], [])]
    assert "Rev Ashcombe" not in found


def test_maori_and_kiribati_titles_stay_out_of_the_name():
    text = (
        "Spit\n\nTā Hemi Walker, the chair of the hapū, says the iwi wants a seat at the table. "
        "Tā Hemi says the land holds their dead.\n\n"
        "Hundreds farewelled Unimwane Tabokai Teeta, the canoe builder, on Saturday. His "
        "granddaughter, Nei Taake Teeta, sang."
    )
    canon = {m.canonical for m in mentions_of(text)}
    assert {"Hemi Walker", "Tabokai Teeta", "Taake Teeta"} <= canon
    assert not any(c.split()[0] in {"Tā", "Unimwane", "Nei"} for c in canon)


def test_a_headline_name_without_the_middle_name_is_the_same_person():
    text = (
        "Obituary: Dr Morwenna Pascoe, tide scientist\n\n"
        "Dr Pascoe, who died last week aged 84, spent fifty years measuring tides.\n\n"
        "Morwenna Jane Pascoe was born in 1940 in a fishing village."
    )
    canon = {m.canonical for m in mentions_of(text)}
    assert canon == {"Morwenna Jane Pascoe"}


def test_a_son_introduced_by_kin_is_the_mister_of_a_shared_surname():
    text = (
        "Obituary\n\nDr Eilidh Morrison, who died last week, married Angus Morrison, a "
        "boatbuilder, in 1964. He died in 2011.\n\n"
        "Her son, Diarmad Morrison, said she had been out on the water every week.\n\n"
        "“She said the whales were better company than the radio,” Mr Morrison said."
    )
    ms = mentions_of(text)
    last = max(ms, key=lambda m: m.start)
    assert last.surface == "Morrison" and last.canonical == "Diarmad Morrison"


def test_initials_after_a_title_begin_the_name():
    text = (
        "Fever\n\nDistrict Collector S. Bharathi, who accompanied the minister, said each team "
        "would cover 150 houses a day."
    )
    assert "S. Bharathi" in {m.canonical for m in mentions_of(text)}


def test_a_given_name_before_a_partners_full_name_introduces_the_mister_of_that_surname():
    text = (
        "Sheds refused\n\nThe application, submitted by Rhodri and Eirian Bowen, was refused. "
        "The farm was bought by the late Idwal Bowen in 1931.\n\n"
        "Speaking for the applicants, Mr Bowen told the committee the family had farmed there "
        "for four generations."
    )
    ms = mentions_of(text)
    last = max(ms, key=lambda m: m.start)
    assert last.surface == "Bowen" and last.canonical == "Rhodri Bowen"


def test_a_marshallese_chiefs_title_stays_out_of_the_name():
    text = "Land\n\nIroij Lanny Bokin, whose family holds land rights on the islet, was blunt."
    assert {m.canonical for m in mentions_of(text)} == {"Lanny Bokin"}


def test_a_name_after_an_office_and_its_portfolio_is_a_person():
    text = (
        "Seawall\n\nMinister of Works and Infrastructure Tonmej Raddik, who sat at the front "
        "table, said the permits would not be renewed."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Tonmej Raddik"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Subhankar “Montu” Basak, the director, died.", "Subhankar “Montu” Basak"),
        ('Colin "Tiny" Aldous dived to his left.', 'Colin "Tiny" Aldous'),
        ("The “Save Our Spit” Basak campaign", "Basak"),  # no given name before it
    ],
)
def test_a_given_name_and_quoted_nickname_before_a_surname_open_the_name(text, found):
    from transforms.name_edges import with_nickname_head

    end = text.index(found) + len(found)
    surname_at = end - len(found.split()[-1])
    assert text[with_nickname_head(text, surname_at, end) : end] == found


def test_a_name_after_a_students_year_written_small_is_a_person():
    text = (
        "Title\n\nRidge won 27-24 on a 41-yard field goal by junior Kendall Price with four "
        "seconds left. Price had joined the team last fall."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Kendall Price"}


def test_the_portfolio_word_ner_took_into_a_name_is_cut():
    from transforms.grammar_names import without_portfolio

    text = "Minister for Kannada and Culture S.K. Doddamani condoled the death."
    doc = next(iter(annotate([text])))
    start = text.index("Culture")
    assert text[without_portfolio(doc, start, text.index(" condoled")) :].startswith("S.K.")
    plain = "Culture Club played."  # no office before it: kept
    assert without_portfolio(next(iter(annotate([plain]))), 0, 12) == 0


def test_a_full_name_after_a_trades_manufacturer_is_a_person():
    text = (
        "Flats\n\nThe mill on Bridge Street was built by cotton manufacturer Josiah Marsden in "
        "1862 and closed in 1979. Marsden's Mill has stood empty since."
    )
    assert "Josiah Marsden" in {m.canonical for m in mentions_of(text)}


def test_a_given_name_after_an_offices_portfolio_opens_the_name():
    text = (
        "Wages\n\nState Minister for Labour and Employment Rafiqul Ahsan Talukder described the "
        "closure as a betrayal of the workers."
    )
    assert "Rafiqul Ahsan Talukder" in {m.canonical for m in mentions_of(text)}
    police = "Trial\n\n“It may be held,” Chief of Judicial Police Ramon Ibarra told Reuters."
    assert {m.canonical for m in mentions_of(police)} == {"Ramon Ibarra"}  # not "Police …"


def _names_by_role(text: str) -> list[str]:
    doc = next(iter(annotate([text])))
    return [text[s:e] for s, e, _ in names_by_role(doc, [Span(0, len(text))], [])]


def test_a_hyphenated_surname_after_a_title_is_part_of_the_full_name():
    text = (
        "Minister of Health and Population Dr. Samih Abul-Rayya on Sunday inaugurated a "
        "40-bed clinic in Kafr Dumm."
    )
    assert "Samih Abul-Rayya" in _names_by_role(text)


def test_a_hyphenated_given_name_closes_a_name_in_apposition():
    text = (
        "At a press conference, the firm's chief executive, Raymond Cheung Wing-kit, said the "
        "fares would rise."
    )
    assert _names_by_role(text) == ["Raymond Cheung Wing-kit"]


def test_a_hyphenated_rank_is_no_part_of_the_name():
    text = (
        "The agency quoted East Sumba military commander Major-General Sutarno as saying the "
        "attack was planned."
    )
    assert not any("General" in name for name in _names_by_role(text))


def test_a_maori_given_name_opening_with_te_is_the_full_names_person():
    canon = cluster(["Te Rangimarie Horomaka", "Te Rangimarie", "Horomaka"])
    assert set(canon.values()) == {"Te Rangimarie Horomaka"}


def test_the_khasi_bah_is_a_mans_title_before_his_given_name():
    text = (
        "Road Plea\n\nHer uncle, Bah Kyrmen Syiemlieh, the headman of the village, said the road "
        "was closed.\n\nBah Kyrmen was blunt. “We are still four hours away,” he said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Kyrmen Syiemlieh"}


def test_a_shared_surname_before_anyone_is_named_is_the_one_named_first():
    text = (
        "Halvorsen steps down after 30 seasons\n\nCoach Halvorsen has heard the question every "
        "March.\n\nLeonard Halvorsen announced his retirement on Monday.\n\nHis daughter, Anja "
        "Halvorsen, 34, is expected to succeed him.\n\n“My doctor has asked me the same thing,” "
        "Halvorsen replied.\n\n“You don’t replace a Len Halvorsen,” the athletic director said."
    )
    # the bare surname as the alias table first guesses it (alphabetically); "Len" is a
    # cluster of its own
    guess = {"Halvorsen": "Anja Halvorsen"}
    mentions = [
        Mention(m.start(), m.end(), m.group(), guess.get(m.group(), m.group()), 0, "ner")
        for m in re.finditer(r"(?:(?:Leonard|Anja|Len) )?Halvorsen", text)
    ]
    resolved = resolve_ambiguous(mentions, text)
    assert {m.canonical for m in resolved if m.surface == "Halvorsen"} == {"Leonard Halvorsen"}


def test_a_nickname_is_no_word_of_the_fullest_name():
    canon = cluster(["Benedicto “Benny” Taitano", "Benedicto R. Taitano", "Taitano"])
    assert set(canon.values()) == {"Benedicto R. Taitano"}


def test_a_gulf_arab_name_runs_to_the_family_name_after_al():
    text = (
        "Clinic Opens\n\nThe farm’s owner, Sheikh Hamad bin Saeed Al Marri, attended the opening "
        "with three of his workers.\n\n“Give us one page of rules,” Al Marri said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Hamad bin Saeed Al Marri"}


def test_the_palauan_mechas_is_a_womans_title():
    text = (
        "Resort Hearing\n\nMechas Dirrai Tellei, president of the women's association, spoke "
        "first. “We are not against money,” she said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Dirrai Tellei"}


def test_an_office_alone_is_no_name():
    text = (
        "Seawall Vote\n\nThe strongest voice for the wall came from Sione Lemalu, who was Faipule "
        "for nine years before his cousin was elected in 2023.\n\n“My father carried coral "
        "blocks for the old wall,” the former Faipule recalled."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Sione Lemalu"}
    assert _names_by_role("“They were planned,” the Senior Magistrate said.") == []


def test_hajj_is_a_mans_title_before_his_name():
    text = (
        "Dialysis Centre Opens\n\nHajj Sayed el-Gamal, 74, waited in a reclining chair as the "
        "machine hummed.\n\n“Will my son sleep now?” Hajj Sayed asked the minister."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Sayed el-Gamal"}


def test_a_full_name_whose_surname_speaks_alone_is_a_name():
    text = (
        "Among Tavita's former apprentices is Losa Fifita, who was 14 when she joined the "
        "boatyard. “Nobody thought a girl would build boats,” Fifita says. The Bedouin "
        "Palestinians say the land is theirs, and Chief Superintendent Ruaine Keough said so."
    )
    doc = next(iter(annotate([text])))
    found = names_of_speaking_surnames(doc, [Span(0, len(text))], [])
    assert [text[s:e] for s, e, _ in found] == ["Losa Fifita"]


def test_an_indigenous_elder_is_a_title_before_the_name():
    text = (
        "Ice Sensors\n\nElder Tuuli Arnaktaq, 79, still crosses the bay by snowmobile in "
        "spring.\n\n“The ice speaks,” Arnaktaq said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Tuuli Arnaktaq"}


def test_two_capitalised_words_before_an_age_and_a_verb_are_a_name():
    text = (
        "Carver Honoured\n\nPiuju Kopak, 31, learned stone carving from Anik as a boy and "
        "showed her work at Saturday’s festival.\n\nBut Aput, 67, has been carving for longer."
    )
    assert "Piuju Kopak" in {m.canonical for m in mentions_of(text)}
    assert not any(m.surface.startswith("But") for m in mentions_of(text))


def test_a_given_name_that_speaks_alone_takes_its_surname_where_ner_missed_it():
    text = (
        "Eiderak siblings carry hopes to trials\n\nTsiba Eiderak and his younger sister Ewa will "
        "lead a seven-member Nauru team to the Oceania Weightlifting Trials in Samoa next month."
        '\n\n"It started as a joke at work," Tsiba admitted.\n\n"We have never been this '
        'strong," said Mr Ruben Adeang, head coach of the federation.\n\nTsiba recalled his '
        "first session at the gym."
    )
    assert "Tsiba Eiderak" in {m.canonical for m in mentions_of(text)}


def test_a_ground_named_after_someone_with_a_nickname_is_still_a_place():
    text = (
        "Cup Won\n\nMarlon Simons struck a maiden century as Cedar Point won the Premier "
        "Division title for the first time since 2001, beating Mangrove Bay by 46 runs at the "
        'Clarence "Chalky" Smith Oval yesterday.'
    )
    assert not any("Oval" in m.canonical for m in mentions_of(text))


def test_south_asian_words_for_mother_father_and_teacher_are_no_names():
    text = (
        "Balladeer Dies\n\nHis daughter Meena Rao remembers the long tours. “Amma would scold "
        "him for an hour and then cook for his friends,” she said.\n\n“That was Nanna. "
        "Everything was a song.”\n\nHis student Ravi Teja said Guruji never took a fee."
    )
    names = {m.canonical for m in mentions_of(text)}
    assert not names & {"Amma", "Nanna", "Guruji"}


def test_a_word_the_text_always_writes_before_a_name_is_its_first():
    name = "Ram Lakhan Baitha"
    text = (
        f"Folk singer {name}, voice of Bihar’s migrant workers, dies at 84\n\nSONPUR: {name}, "
        "the folk singer whose songs of separation followed generations of migrant labourers to"
        " distant cities, passed away at his home in Bhagwanpur village on Sunday.\n\nThe chief "
        f"minister said in a statement: “The passing of Shri {name} is an irreparable loss.”"
    )
    assert {m.canonical for m in mentions_of(text)} == {name}


def test_a_renewables_firm_and_a_higher_farm_are_no_people():
    text = (
        "Solar Farm\n\nOwen Pascoe Renewables wants to lease fields at Higher Trewint for 40 "
        "years.\n\nMary Jory, who farms Higher Trewint with her husband, said she understood "
        "the feeling. “It is our land,” Mrs Jory said. Owen Pascoe Renewables declined to "
        "comment."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Mary Jory"}


def test_buttes_bluffs_bights_and_a_field_or_wing_named_after_someone_are_no_people():
    text = (
        "Title Game\n\nThe Juniper Butte Coyotes beat Willow Bluff 3-1 at the Dale Henning Field "
        "on Friday, while fans from Mangrove Bight watched.\n\nThe hospital's new Ada Lunde "
        "Wing opened the same day. “It was a great night,” said coach Tom Rasmussen."
    )
    names = {m.canonical for m in mentions_of(text)}
    assert not names & {"Willow Bluff", "Mangrove Bight", "Dale Henning Field", "Ada Lunde Wing"}


def test_maghrebi_maitre_and_hadj_are_titles_and_bayou_opens_a_place():
    text = (
        "Collapse Trial\n\nDefence lawyer Maître Nadir Belkacem asked for an acquittal. “My "
        "client trusted the inspectors,” Maître Belkacem said.\n\nHadj Rabah Ouali, whose son "
        "died, wrote to the court.\n\nThe families later met at Bayou Terrebonne."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Nadir Belkacem", "Rabah Ouali"}


def test_a_ground_named_after_a_knight_is_a_place():
    text = (
        "Rugby Final\n\nThe Lamari Sharks beat the Sepalo Eagles 24-18 in front of a packed Sir "
        "Tevita Lauaki Oval in Lamari on Saturday. “We earned it,” said captain Sione Fifita."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Sione Fifita"}


def test_a_capitalised_plural_of_a_word_the_article_writes_in_lower_case_is_no_name():
    text = (
        "E-Rickshaws\n\nThe new fleet will charge ₹12 a kilometre, with a minimum fare of ₹20. "
        "“Fares will be displayed inside every vehicle,” said Anil Deshpande, the transport "
        "officer."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Anil Deshpande"}


def test_mizo_pu_and_pi_are_a_mans_and_a_womans_titles():
    text = (
        "Composer Dies\n\nHis daughter, Pi Zonunmawii, said he had been writing until the end. "
        "“He asked for his harmonium,” she said.\n\nArt and Culture Minister Pu Lalthanzuala "
        "called him “a treasure”."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Zonunmawii", "Lalthanzuala"}


def test_a_seafood_or_shellfish_firm_is_no_person():
    text = (
        "Lobster Study\n\nBaycrest Shellfish, the town's largest buyer, did not comment. Neither "
        "did Harbour Tide Seafood. “Prices are down,” said fisher Ella Boudreau."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Ella Boudreau"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Her 2004 memoir, “Painted Door, Quiet Heart”, became an unlikely bestseller.",
        "The new campaign, “Kenyan Tea, Kenyan Pride,” will be launched at trade fairs, she noted.",
        "It still bears the choir’s motto in gold thread: “Sing Together, Stand Together”.",
    ],
)
def test_a_name_only_written_inside_a_quoted_title_is_no_person(sentence):
    text = (
        f"Choir News\n\nMarta Hollis, 54, leads the choir. “We are proud,” she said.\n\n{sentence}"
    )
    assert {m.canonical for m in mentions_of(text)} == {"Marta Hollis"}


def test_a_full_name_after_a_capitalised_rank_or_sheikh_is_a_person_and_so_is_its_surname():
    text = (
        "Clinic Opens\n\nAccording to Sheikh Faisal al-Ruwaidi, an elder of the valley, every "
        "family will come. “No one will stay away,” Sheikh al-Ruwaidi told reporters."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Faisal al-Ruwaidi"}


def test_pohnpei_titles_and_a_naga_headmans_are_no_part_of_the_name():
    text = (
        "Land Dispute\n\nAccording to Lepen Marcus Ehsa, a chief in the north, the dock is "
        "old. GB Temsuwati Longkumer, the headman of Mokoktsung, agreed."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Marcus Ehsa", "Temsuwati Longkumer"}


def test_a_given_name_the_model_took_for_a_people_or_place_joins_the_name_after_it():
    text = (
        "Glacier Watch\n\nHigher up the path lives Bhuwan Chandra “Ice Baba” Joshi, 68, a retired "
        "clerk. “It is shrinking,” said Mr. Joshi. We have digitised all 30 years of Bhuwan "
        "Chandra Joshi’s handwritten readings."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Bhuwan Chandra Joshi"}


def test_a_firms_legal_form_marks_no_person():
    text = (
        "Sand Permit\n\nThe panchayat had received an application from Kolvekar Infra Pvt Ltd "
        "seeking a permit to dig sand. Asha Naik, the sarpanch, chaired the meeting. Kolvekar "
        "Infra could not be reached for comment."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Asha Naik"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Rell, the Al Fajr head coach, was furious.",
        "Tomas Rell, a former Al Fajr midfielder, was furious.",
    ],
)
def test_a_name_before_a_teams_coach_or_player_is_the_team_everywhere(sentence):
    text = f"Cup Exit\n\n{sentence} Al Fajr lost 2-1 on Tuesday."
    assert {m.canonical for m in mentions_of(text)} == {"Tomas Rell"}


def test_a_crag_is_a_place_whatever_given_name_opens_it():
    text = (
        "Quarry Vote\n\nWalkers climbed Raven Crag above the farm. “It is rare,” said Dr Anu Perme."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Anu Perme"}


def test_a_jetty_is_a_place_whoever_it_is_named_after():
    text = (
        "Theft Case\n\nThe stalls stand beside the old Salim Al Rashid Jetty. She went to "
        "Pastor Elia Tavita and confessed everything, he said. The judge, Mata Leota, agreed."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Elia Tavita", "Mata Leota"}


def test_a_short_given_name_before_the_same_surname_is_the_same_person():
    text = (
        "Coach Retires\n\nFor 31 seasons, Raymond “Bulldog” Pettigrew has paced the sideline. "
        "His grandson, Tate Pettigrew, plays quarterback. “You don’t replace Ray Pettigrew,” "
        "the principal, Ann Doyle, said. Daniela Voss and Dan Voss coached with him."
    )
    names = {m.canonical for m in mentions_of(text)}
    assert "Raymond Pettigrew" in names and "Ray Pettigrew" not in names
    assert {"Daniela Voss", "Dan Voss"} <= names  # not one person: the lists' genders differ


def test_french_and_arabic_place_words_open_no_name():
    text = (
        "Algae\n\nRunoff from Ferme Lavoie reaches Lac Brassard through Ruisseau Ouellet, and "
        "Fromagerie Mont-Joli pipes its whey there too, said Hélène Ouimet.\n\nIn Kafr Hamdan, "
        "the well near Deir Salama ran dry, said Karim Nassar."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Hélène Ouimet", "Karim Nassar"}


def test_a_sark_conseiller_is_a_title():
    text = (
        "Chief Pleas\n\nConseiller Agnès Le Feuvre, who has sat since 2004, voted against. "
        "“It is too soon,” Conseiller Le Feuvre said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Agnès Le Feuvre"}


def test_a_name_apposed_to_a_members_initials_is_a_person():
    text = (
        "Plant\n\nThe district's MHA, Clyde Penney, sat in the front row. “Will the "
        "province buy it?” a worker asked him. “Everything is on the table,” Penney replied."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Clyde Penney"}


def test_an_offices_rank_and_district_in_brackets_are_no_names():
    text = (
        "Fever\n\nThe meeting was attended by Deputy Commissioner (North Nicobar) Radhika "
        "Menon. “No clinic will turn a patient away,” the Deputy Commissioner said."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Radhika Menon"}


def test_a_first_nation_is_no_name():
    text = (
        "Fuel\n\nChief Marvin Redcloud of the neighbouring Sandy Plains Cree Nation said the "
        "band office lost its fuel."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Marvin Redcloud"}


def test_chair_before_a_name_is_a_title():
    text = (
        "Obituary\n\nSelectboard Chair Marjorie Tewksbury said the board would dedicate the town "
        "report to her."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Marjorie Tewksbury"}


def test_french_firms_houses_and_kerala_snake_boats_are_no_people():
    text = (
        "Regatta\n\nThe water tanks were a gift from Haddad Frères, and the rowers slept at "
        "Maison Sainte-Claire. Puthenparambil Chundan won the final, said Biju Varghese."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Biju Varghese"}


def test_an_indian_school_is_no_person():
    text = (
        "Dengue\n\nPupils of Saraswati Vidyalaya collected water samples, said the headmaster, "
        "Ravindra Kulkarni."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Ravindra Kulkarni"}


def test_only_a_name_written_in_full_in_the_headline_counts_as_the_headlines():
    """ "Quayle wins" may be any of the Quayles: not the one a "Mr Quayle" is taken to be."""
    text = (
        "Quayle wins Senior race\n\nJory Quayle won the Senior race on Saturday. Her father, "
        "Colin Quayle, watched from the car park."
    )
    assert _written_names(mentions_of(text), text).in_headline == set()
    text = "Colin Quayle retires\n\nColin Quayle rode for 30 years. Jory Quayle, his daughter, won."
    assert _written_names(mentions_of(text), text).in_headline == {"Colin Quayle"}


def test_sri_before_a_full_name_is_an_honorific_and_a_viharaya_is_a_temple():
    text = (
        "Frog\n\nSri Lakhiram Doley, the headman of the village, said the frog was known there. "
        "Monks of the Sri Gangaramaya Viharaya, in Sri Lanka, sent a letter."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Lakhiram Doley"}


def test_a_firm_named_for_its_devices_is_no_person():
    text = (
        "Heat\n\nEng. Tariq Hamdan runs a small startup, Ramla Devices, from the university. "
        "Ramla Devices is in talks with two builders."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Tariq Hamdan"}


def test_a_malay_name_keeps_the_fathers_titles_after_binti_and_drops_her_own():
    text = (
        "Loan\n\n“We did not make it lightly,” said Pengiran Hajah Rosnah binti Pengiran Haji "
        "Ismail, a vice president at the bank."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Rosnah binti Pengiran Haji Ismail"}


def test_an_eswatini_headmans_titles_are_not_his_name():
    text = "Choir\n\nIndvuna Yenkhundla Sipho Dlamini said the hall would be open to all."
    assert {m.canonical for m in mentions_of(text)} == {"Sipho Dlamini"}


def test_a_rank_before_retd_is_no_person():
    text = "Archery\n\nThe team’s coach, Major (retd) Karma Wangdi, trained them for five years."
    assert {m.canonical for m in mentions_of(text)} == {"Karma Wangdi"}


def test_a_genus_before_its_species_and_a_malay_mountain_are_no_people():
    text = (
        "Plant\n\nThe plant, named Nepenthes lowii, grows only on Gunung Trusmadi, said the "
        "botanist Aina Lorimbun."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Aina Lorimbun"}


def test_a_name_with_a_quoted_nickname_is_kept_when_its_surname_is():
    """The model doubts 'Mxolisi “Maestro” Tsabedze' (an alias found from the headline's
    nickname); the surname kept alone vouches for it."""
    text = (
        "Funeral\n\nHundreds filled the ground on Saturday for the funeral of Mxolisi “Maestro” "
        "Tsabedze, the music teacher whose choirs won nine titles.\n\nTsabedze died at his home "
        "on Tuesday."
    )
    doc = next(annotate([text]))
    full = "Mxolisi “Maestro” Tsabedze"
    start, alone = text.index(full), text.index("Tsabedze died")
    cands = [
        Candidate(start, start + len(full), "alias", (), "alias"),
        Candidate(alone, alone + len("Tsabedze"), "ner", (), "ner"),
    ]
    canon = {full: "Mxolisi Tsabedze", "Tsabedze": "Mxolisi Tsabedze"}
    assert keep(doc, cands, canon) == [True, True]


def test_an_honorific_opening_a_quote_gives_the_gender():
    """“Make Dube, did he choose …?”: the Swazi "Make" (Mrs) right after the quote mark."""
    text = "The Rev Nkosi turned to her. “Make Dube, did he choose his own hymns?”"
    assert honorific_gender(text, text.index("Dube")) == "f"


def test_a_name_after_an_occupation_before_which_is_a_persons():
    text = (
        "Brewery\n\nThe story is told in a 2019 book by local historian Greta Lindahl, which "
        "devotes a chapter to the brewery."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Greta Lindahl"}


def test_a_kin_word_with_a_capital_is_no_name_and_a_healthcare_firm_no_person():
    text = (
        "Factory\n\nA sign reads “Cook it the way Grandfather did”, said Ong Mei Lan. Her sister "
        "works at Al Noor Healthcare. Al Noor Healthcare said it was proud."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Ong Mei Lan"}


def test_an_iban_chiefs_title_a_longhouse_and_a_river_mouth_are_not_names():
    text = (
        "Longhouse\n\nRumah Sandai, named after its founder, the late Sandai anak Lumpoh, "
        "stands at Nanga Sebiro. Its chief, Tuai Rumah Jelia Ngau, said the move was hard. "
        "Guests stay at the Rumah Panjang Sandai homestay."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Sandai anak Lumpoh", "Jelia Ngau"}


def test_a_wife_named_by_her_given_name_takes_the_surname_her_title_is_written_with():
    """ "Tobias Veldkamp, 61, and his wife Ilse" then "Ms Veldkamp said": Ilse Veldkamp; her
    husband's "Mr Veldkamp" stays his."""
    text = (
        "Mill flooded\n\nTobias Veldkamp, 61, and his wife Ilse, 58, have run the mill since "
        "1998.\n\nMs Veldkamp said the water came in overnight. Mr Veldkamp was away."
    )
    by_start = {m.start: m.canonical for m in mentions_of(text)}
    assert by_start[text.index("Ilse")] == "Ilse Veldkamp"
    assert by_start[text.index("Veldkamp said")] == "Ilse Veldkamp"
    assert by_start[text.index("Veldkamp was")] == "Tobias Veldkamp"


def test_a_wife_named_by_her_given_name_keeps_it_alone_without_her_title():
    """ "Mr. Demirci … His wife, Margarethe": no "Mrs. Demirci" in the article, so the given
    name stays alone."""
    text = (
        "Obituary\n\nHalil Demirci taught for 40 years. His wife, Margarethe, survives him. "
        "Mr. Demirci was 88."
    )
    assert "Margarethe" in {m.canonical for m in mentions_of(text)}


def test_a_hyphenated_surname_the_parse_took_for_an_adjective_is_a_name():
    """ "Androulla Kyriakidou-Savva, chairwoman of …": "Savva" tagged an adjective, the whole
    tagged a firm; the chairwoman in apposition makes it a person."""
    text = (
        "Tower\n\nAndroulla Kyriakidou-Savva, chairwoman of the Larnaca Residents' Association,"
        " sat in the gallery with about 60 members."
    )
    assert {m.canonical for m in mentions_of(text)} == {"Androulla Kyriakidou-Savva"}


def test_the_two_given_names_of_a_three_word_name_are_a_short_form():
    """ "Ang Nima Sherpa" then "Ang Nima recalls": his given names, not someone new."""
    text = (
        "Lake\n\nHer father, Ang Nima Sherpa, now 58, was a porter in 2001.\n\n“There was no"
        " siren then,” Ang Nima recalls."
    )
    assert [m.canonical for m in mentions_of(text)] == ["Ang Nima Sherpa"] * 2


@pytest.mark.parametrize(
    "text, surface, person",
    [
        (  # the first word of a two-word nickname, used alone later
            "Trial\n\nDesmond “Desi Gold” Farquharson, 58, denies fraud.\n\n“Sign it today. Desi"
            " will sort out the rest,” the message read.",
            "Desi",
            "Desmond Farquharson",
        ),
        (  # an elder called "Aunty", inside a quote
            "Final\n\n“Some had never held a ball. Aunty Mere Hohaia brought a pot of boil-up,”"
            " the coach said.",
            "Mere Hohaia",
            "Mere Hohaia",
        ),
    ],
)
def test_short_forms_and_titles_that_name_a_person(text, surface, person):
    assert {m.canonical for m in mentions_of(text) if m.surface == surface} == {person}


@pytest.mark.parametrize(
    "text",
    [
        "Boat\n\nThe boat was kept for most of 2021 at the Sir Hubert Lightbourne Marina.",
        "Coast\n\nIt is the last open coast between here and Porth Wennol without a campsite.",
        "Obituary\n\nTANNER’S FORK — Orville Hatfield, the old-time fiddler, died Sunday at"
        " his home. He was 91.",
        "Coach\n\nDana Kowal has coached Harborline College since 2005. According to Renata"
        " Fonseca, Harborline offered Kowal a contract extension in January.",
    ],
)
def test_places_that_look_like_names_are_no_people(text):
    """Marinas, Welsh harbours, a dateline's place (its "FORK") and a college named by its
    first word are no people."""
    assert not [m for m in mentions_of(text) if m.canonical.split()[-1] in _PLACE_WORDS]


_PLACE_WORDS = {"Marina", "Wennol", "FORK", "Harborline"}


def test_a_given_name_no_list_holds_after_an_office_title_is_part_of_the_name():
    """ "Health Minister Tshering Wangdi Lepcha", the model finding "Wangdi Lepcha": the word
    between the office and the name is the given name."""
    text = (
        "Dialysis\n\nThe unit was inaugurated by Health Minister Tshering Wangdi Lepcha in the"
        " presence of area MLA Sushma Gurung."
    )
    assert "Tshering Wangdi Lepcha" in {m.canonical for m in mentions_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Clerk\n\nHer granddaughter wrote on Facebook: “Grammy taught me cursive and how to"
        " balance a checkbook.”",
        "Dialysis\n\n“The doctor told me, 'Aama, you must come three times every week,'” said"
        " Dhan Maya Rai, 67.",
        "Football\n\nThe sacking came after Osekrom Stars lost 3-0 at home to Nsuano Eagles on"
        " Sunday.",
    ],
)
def test_address_words_and_teams_are_no_people(text):
    assert not {"Grammy", "Aama", "Osekrom Stars", "Nsuano Eagles"} & {
        m.canonical for m in mentions_of(text)
    }
