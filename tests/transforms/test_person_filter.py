from __future__ import annotations

from transforms import person_filter
from transforms.nlp import annotate
from transforms.person_filter import Candidate, features, keep


def test_without_a_model_the_rule_objections_decide(monkeypatch):
    monkeypatch.setattr(person_filter, "model", lambda: None)
    doc = next(annotate(["Ines Varga met the Brewers, said Tom Pell."]))
    cands = [
        Candidate(0, 10, "ner"),
        Candidate(19, 26, "ner", ("after_article",)),
        Candidate(33, 41, "byline", ("common",)),
    ]
    assert keep(doc, cands, {}) == [True, False, True]


def test_a_rule_objection_is_final_even_with_a_model():
    doc = next(annotate(["Ines Varga met the Brewers on Monday."]))
    cands = [Candidate(0, 10, "ner"), Candidate(19, 26, "ner", ("after_article",))]
    assert keep(doc, cands, {"Ines Varga": "Ines Varga"}) == [True, False]


def test_features_describe_shape_and_context():
    doc = next(annotate(["Spokesman Ines Varga said shares in Korvex rose 3 percent."]))
    cands = [Candidate(10, 20, "ner", (), "ner"), Candidate(36, 42, "ner", (), "ner")]
    person, firm = features(doc, cands, {})
    assert person["prev_person_noun"] == 1.0 and person["words1"] == 0.0
    assert firm["words1"] == 1.0 and firm["prev_prep"] == 1.0


def test_a_middle_initial_is_no_word_of_its_own():
    text = "The motion was filed by rancher Onofre M. Taisague and Ana Lou Borja Cruz."
    doc = next(annotate([text]))
    initialled = Candidate(32, 50, "ner", (), "ner")  # "Onofre M. Taisague"
    long_name = Candidate(55, 73, "ner", (), "ner")  # "Ana Lou Borja Cruz"
    one, other = features(doc, [initialled, long_name], {})
    assert one["words3"] == 0.0 and other["words3"] == 1.0
