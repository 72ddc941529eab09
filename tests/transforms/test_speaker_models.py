"""The learned speaker ranker: its weights load, and it leaves clear attributions alone."""

from __future__ import annotations

from tests.transforms.test_quotes import quotes_of
from transforms import speaker_ranker
from transforms.nlp import annotate
from transforms.people import Mention, extract_mentions
from transforms.quote_marks import QuoteSpan
from transforms.quotes import rule_attributions
from transforms.readers.plain_text import read_plain_text
from transforms.speaker_resolver import SpeakerResolver
from transforms.speakers import Attribution, attribute


def test_weights_are_shipped_and_trust_the_rules():
    weights = speaker_ranker.weights()
    assert weights["rule"] > 0
    assert all(isinstance(v, float) for v in weights.values())


def test_without_weights_the_rule_answer_stands(monkeypatch):
    monkeypatch.setattr(speaker_ranker, "weights", lambda: {})
    text = "“We cannot afford it,” Rosa Delgado said."
    doc = next(annotate([text]))
    rule = Attribution(23, 35)
    assert speaker_ranker.rerank(doc, 1, 21, rule, SpeakerResolver(doc, []), 0) is rule


def test_clear_attributions_are_kept():
    text = (
        "Council Vote\n\n“We cannot afford it,” Rosa Delgado told reporters. “It is too much.”"
        "\n\nTom Reed took the floor and said the plan was “a mistake from start to finish.”"
        "\n\n“We will vote no,” he added."
    )
    found = [(q.text, q.speaker_surface, q.speaker_canonical) for q in quotes_of(text)]
    assert found == [
        ("We cannot afford it,", "Rosa Delgado", "Rosa Delgado"),
        ("It is too much.", "Rosa Delgado", "Rosa Delgado"),
        ("a mistake from start to finish.", "Tom Reed", "Tom Reed"),
        ("We will vote no,", "he", "Tom Reed"),
    ]


def test_any_noun_subject_is_a_candidate_but_not_any_object():
    text = "The crowd, which the clerk counted, chanted “Budget cuts now!” by the table."
    doc = next(annotate([text]))
    start = text.index("Budget")
    end = text.index("”")
    found = {
        text[c.start : c.end]
        for c in speaker_ranker.candidates(
            doc, start, end, Attribution(), SpeakerResolver(doc, []), 0
        )
    }
    assert "The crowd" in found
    assert "the table" not in found


def test_feature_pairs_are_crossed():
    f = {"before": 1.0, "pron": 1.0, "subj_cue": 1.0, "noun": 0.0}
    speaker_ranker._cross(f)
    assert f["before*pron"] == f["pron*subj_cue"] == 1.0
    assert not any("noun" in k and "*" in k for k in f)


def test_the_voice_a_source_reports_is_flagged():
    text = "“We will win,” Rosa Delgado said, according to the Tribune."
    doc = next(annotate([text]))
    voice = (text.index("Rosa"), text.index(" said"))
    source = (text.index("the Tribune"), text.index("."))
    rule = Attribution(*source, voice_start=voice[0], voice_end=voice[1])
    cands = speaker_ranker.candidates(doc, 1, 13, rule, SpeakerResolver(doc, []), 0)
    flagged = {text[c.start : c.end] for c in cands if c.features.get("rule_voice")}
    assert flagged == {"Rosa Delgado"}


def _rule_speaker(text: str) -> str | None:
    doc = next(annotate([text]))
    att = attribute(doc, text.index("“") + 1, text.index("”"))
    return text[att.speaker_start : att.speaker_end] if att.speaker_start is not None else None


def test_a_pronoun_subject_of_the_quotes_own_cue_is_kept():
    assert _rule_speaker("Ana Ruiz said that she calls it “a quiet revolution” every day.") == "she"


def test_the_name_framing_what_she_called_is_the_speaker():
    text = "Mayor Ana Ruiz condemned what she called “a reckless plan” at the meeting."
    assert _rule_speaker(text) == "Mayor Ana Ruiz"


def test_the_subject_of_the_lowest_governing_cue_is_flagged():
    text = "Tom Reed said the vote failed, though he said “we did our best.”"
    doc = next(annotate([text]))
    start, end = text.index("we did"), text.index("”")
    cands = speaker_ranker.candidates(doc, start, end, Attribution(), SpeakerResolver(doc, []), 0)
    flagged = {text[c.start : c.end] for c in cands if c.features.get("first_cue_subj")}
    assert flagged == {"he"}


def test_words_inside_another_quote_are_not_candidates():
    text = "Tom Reed called it “a gift to Mayor Rosa Delgado” and added: “We will vote no.”"
    doc = next(annotate([text]))
    first = (text.index("a gift"), text.index("” and"))
    second = (text.index("We will"), text.rindex("”"))

    def found(quoted):
        cands = speaker_ranker.candidates(
            doc, *second, Attribution(), SpeakerResolver(doc, []), 0, quoted
        )
        return {text[c.start : c.end] for c in cands}

    assert "Mayor Rosa Delgado" in found([])
    kept = found([first, second])
    assert "Mayor Rosa Delgado" not in kept
    assert "Tom Reed" in kept


def test_a_speaker_inside_an_outer_quote_stays_a_candidate():
    outer, inner = (0, 40), (20, 30)
    assert not speaker_ranker._in_other_quote(5, 7, *inner, [outer, inner])
    assert speaker_ranker._in_other_quote(22, 25, 50, 60, [outer, inner, (50, 60)])


def _flags(text: str, *names: str) -> dict[str, dict[str, float]]:
    doc = next(annotate([text]))
    start, end = text.index("“") + 1, text.index("”")
    cands = speaker_ranker.candidates(doc, start, end, Attribution(), SpeakerResolver(doc, []), 0)
    return {text[c.start : c.end]: {n: c.features.get(n, 0.0) for n in names} for c in cands}


def test_the_subject_of_a_side_clause_cue_is_flagged_with_the_subject_above_it():
    text = "Tom Reed praised the plan on Monday, though he called the budget “a risky bet.”"
    flags = _flags(text, "first_cue_side", "over_first_side")
    assert flags["he"] == {"first_cue_side": 1.0, "over_first_side": 0.0}
    assert flags["Tom Reed"] == {"first_cue_side": 0.0, "over_first_side": 1.0}


def test_the_subject_of_a_side_clause_cue_speaks_and_resolves_to_the_name():
    text = "Budget\n\nTom Reed praised the plan on Monday, though he called it “a risky bet.”"
    [q] = quotes_of(text)
    assert (q.speaker_surface, q.speaker_canonical) == ("he", "Tom Reed")


def test_a_plural_pronoun_is_flagged_and_a_named_inner_speaker_keeps_the_quote():
    text = "Budget\n\nThe reports are vague, and they mention that Ana Ruiz wants “a fair vote.”"
    assert _flags(text, "plural")["they"] == {"plural": 1.0}
    [q] = quotes_of(text)
    assert q.speaker_surface == "Ana Ruiz"


def test_a_name_the_parse_folds_into_a_noun_is_a_flagged_candidate():
    text = "Okafor mocks in his column what he calls a “tax on hope.”"
    doc = next(annotate([text]))
    okafor = Mention(0, 6, "Okafor", "Okafor", 0, "ner")
    quote = (text.index("tax"), text.rindex("”"))
    cands = speaker_ranker.candidates(doc, *quote, Attribution(), SpeakerResolver(doc, [okafor]), 0)
    odd = {text[c.start : c.end] for c in cands if c.features.get("odd_name")}
    assert odd == {"Okafor"}
    plain = speaker_ranker.candidates(doc, *quote, Attribution(), SpeakerResolver(doc, []), 0)
    assert "Okafor" not in {text[c.start : c.end] for c in plain}


def test_the_noun_a_governing_cue_describes_and_the_possessor_of_a_claim_are_flagged():
    def flagged(text: str, feature: str) -> set[str]:
        doc = next(annotate([text]))
        quote = (text.index("“") + 1, text.rindex("”"))
        cands = speaker_ranker.candidates(doc, *quote, Attribution(), SpeakerResolver(doc, []), 0)
        return {text[c.start : c.end] for c in cands if c.features.get(feature)}

    text = "The clip ends with a woman saying “I am done with them.”"
    assert flagged(text, "acl_cue") == {"a woman"}
    text = "Critics mocked Okafor’s claim that the plan was “fully paid for.”"
    assert flagged(text, "poss_utterance") == {"Okafor"}


def test_a_credit_after_the_quote_survives_a_misread_verb_or_name():
    assert _rule_speaker("“We cannot pay for this and we will not,” the two write.") == "the two"
    assert _rule_speaker("“The plan is dead on arrival,” Will wrote.") == "Will"
    text = "“It is time for a change,” the letter states in its final line."
    assert _rule_speaker(text) == "the letter"
    assert _rule_speaker("“Stay home,” the state.") is None


def test_a_cue_conjoined_to_a_report_is_not_nested_in_it():
    text = "Ana Ruiz said the plan was fair, and the treasurer added, “We can afford it.”"
    assert _rule_speaker(text) == "the treasurer"
    assert _rule_speaker("Tom Reed said that Ana Ruiz described it as “a quiet revolution.”") == (
        "Tom Reed"
    )


def test_a_dash_the_parse_makes_a_subject_is_passed_over():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from transforms.speakers import _subject

    words = ["public", "―", "Lee", "boasted"]
    deps = ["amod", "nsubj", "nsubj", "ROOT"]
    doc = Doc(Vocab(), words=words, heads=[1, 3, 3, 3], deps=deps)
    assert _subject(doc[3]).text == "Lee"


def test_a_noun_for_a_person_who_speaks_is_a_speaker():
    assert _rule_speaker("An aide described the mood as “grim but calm.”") == "An aide"


def test_discourse_flags_a_run_of_quotes_and_an_earlier_speaker():
    text = (
        "“We cannot afford it,” Rosa Delgado said on Monday.\n\nTom Reed disagreed.\n\n"
        "“Every road will wait,” Delgado said. “The budget is spent.”"
    )
    doc = next(annotate([text]))
    short = text.rindex("Delgado")
    reed = text.index("Tom")
    resolver = SpeakerResolver(
        doc,
        [
            Mention(23, 35, "Rosa Delgado", "Rosa Delgado", 0, "ner"),
            Mention(reed, reed + 8, "Tom Reed", "Tom Reed", 0, "ner"),
            Mention(short, short + 7, "Delgado", "Rosa Delgado", 0, "ner"),
        ],
    )
    last = QuoteSpan(text.index("The budget"), text.rindex("”"), 2)
    rows = [
        (QuoteSpan(1, 21, 0), Attribution(23, 35), 0),
        (
            QuoteSpan(text.index("Every"), text.index(" Delgado") - 2, 2),
            Attribution(short, short + 7),
            0,
        ),
        (last, Attribution(), 0),
    ]
    first, second, third = speaker_ranker.discourse(doc, rows, resolver)
    assert first == speaker_ranker.Discourse()
    assert second.previous == "Rosa Delgado" and not second.near  # a paragraph between
    assert third.previous == "Rosa Delgado" and third.near
    assert third.speakers == {"Rosa Delgado"}
    cands = speaker_ranker.candidates(
        doc, last.start, last.end, Attribution(), resolver, 0, context=third
    )
    assert {text[c.start : c.end] for c in cands if c.features.get("run")} == {"Delgado"}
    assert {text[c.start : c.end] for c in cands if c.features.get("salient")} == {"Delgado"}


def test_a_pronoun_named_nearby_and_the_previous_subject_are_flagged():
    text = "Rosa Delgado spoke first. She said the plan was “far too costly.”"
    doc = next(annotate([text]))
    resolver = SpeakerResolver(doc, [Mention(0, 12, "Rosa Delgado", "Rosa Delgado", 0, "ner")])
    quote = (text.index("far"), text.rindex("”"))
    cands = speaker_ranker.candidates(doc, *quote, Attribution(), resolver, 0)
    flags = {text[c.start : c.end]: c.features for c in cands}
    assert flags["She"]["pron_named_near"] == 1.0
    assert flags["Rosa Delgado"]["pron_named_near"] == 0.0
    assert flags["She"]["prev_subj"] == flags["Rosa Delgado"]["prev_subj"] == 1.0


def test_any_word_reporting_the_quote_is_a_candidate():
    """A quantifier or indefinite subject of the cue ("most said", "someone shouted") or the
    subject of a verb above the quote ("it attacked …, saying") is a candidate, flagged."""
    for text, speaker in [
        ("Voters were polled in March. Most said the tax was “far too high” for them.", "Most"),
        ("The crowd grew. Someone shouted “Go home now!” from the back.", "Someone"),
        ("The board met. It attacked the mayor, saying her plan was “a disaster.”", "It"),
    ]:
        flags = _flags(text, "other_cue_subj")
        assert flags[speaker]["other_cue_subj"] == 1.0, text


def test_each_attribution_names_the_rule_that_found_it():
    """The ranker learns how far to trust each rule, so the attribution records it."""
    text = (
        "Council Vote\n\n“We cannot afford it,” Rosa Delgado said. The vote is next week. “It is too much.”"
        "\n\nTom Reed said the vote was “a mistake from start to finish.”"
    )
    doc = next(annotate([text]))
    body = read_plain_text(text).body
    resolver = SpeakerResolver(doc, extract_mentions(doc, body, [], body))
    rows = rule_attributions(doc, body, resolver)
    assert [att.how for _, att, _ in rows] == ["trailing", "previous", "cue"]
    qs, att, floor = rows[1]
    cands = speaker_ranker.candidates(doc, qs.start, qs.end, att, resolver, floor)
    flagged = {text[c.start : c.end] for c in cands if c.features.get("rule_how_previous")}
    assert flagged == {"Rosa Delgado"}
