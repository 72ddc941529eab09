import pytest

from transforms.document import DocumentRejected
from transforms.readers.plain_text import read_plain_text


def test_seed_fields_are_read_from_the_layout(seed_text):
    doc = read_plain_text(seed_text)
    assert doc.title.startswith("Kanye West Explains How Co-Parenting")
    assert (
        doc.image_caption
        == "Kim Kardashian and Kanye West toward the end of their marriage on KUWTK"
    )
    assert doc.image_credit == "E!"
    assert doc.body_text.startswith("Kanye West sat down for a tell-all interview")
    assert doc.body_text.endswith("we’ll have to wait and see what’s next.")
    assert "Jessica Rawden" not in doc.body_text
    [author] = doc.bylines
    assert (author.name, author.role, author.publisher) == (
        "Jessica Rawden",
        "Managing Editor",
        "CinemaBlend",
    )
    assert author.bio.startswith("Jessica Rawden is Managing Editor at CinemaBlend.")
    assert doc.publisher == "CinemaBlend"


def test_every_span_indexes_the_document(seed_text):
    doc = read_plain_text(seed_text)
    assert doc.title_span.text(seed_text) == doc.title
    assert doc.caption_span.text(seed_text) == doc.image_caption
    assert doc.bylines[0].name_span.text(seed_text) == "Jessica Rawden"
    for para in doc.body:
        assert para.text(seed_text).strip() == para.text(seed_text)


def test_article_without_byline_keeps_its_last_paragraph():
    text = "A Title Here\n\nFirst paragraph of the body.\n\nLast paragraph, no byline."
    doc = read_plain_text(text)
    assert doc.bylines == []
    assert doc.body_text.endswith("Last paragraph, no byline.")


def test_top_byline_is_read_and_kept_out_of_the_body():
    text = "Council Votes\nBy Ana Lima and Tom Hart\n\nThe council voted on Monday."
    doc = read_plain_text(text)
    assert [b.name for b in doc.bylines] == ["Ana Lima", "Tom Hart"]
    assert doc.body_text == "The council voted on Monday."


@pytest.mark.parametrize(
    ("line", "authors", "role", "publisher"),
    [
        ("By Ana Lima, Tom Hart and Li Wei", ["Ana Lima", "Tom Hart", "Li Wei"], None, None),
        ("By Ana Lima and Tom Hart, AP", ["Ana Lima", "Tom Hart"], None, "AP"),
        ("By Ana Lima | The Harbor Ledger", ["Ana Lima"], None, "The Harbor Ledger"),
        ("By Ana Lima, Staff Writer", ["Ana Lima"], "Staff Writer", None),
        ("By ANA LIMA", ["Ana Lima"], None, None),
        ("By José García and Łukasz Nowak", ["José García", "Łukasz Nowak"], None, None),
    ],
)
def test_a_by_line_names_its_authors_apart_from_their_role_and_publisher(
    line, authors, role, publisher
):
    doc = read_plain_text(f"Council Votes\n{line}\n\nThe council voted on Monday.")
    assert [b.name for b in doc.bylines] == authors
    assert {(b.role, b.publisher) for b in doc.bylines} == {(role, publisher)}
    assert doc.publisher == publisher
    assert doc.body_text == "The council voted on Monday."


@pytest.mark.parametrize(
    ("line", "publisher"),
    [("By The Associated Press", "Associated Press"), ("By Reuters", "Reuters")],
)
def test_a_wire_service_by_line_names_the_publisher(line, publisher):
    doc = read_plain_text(f"Council Votes\n{line}\n\nThe council voted on Monday.")
    assert (doc.bylines, doc.publisher) == ([], publisher)
    assert doc.body_text == "The council voted on Monday."


def test_a_by_line_that_opens_a_sentence_stays_in_the_body():
    doc = read_plain_text("Council Votes\nBy the close the press had left.\n\nThe vote passed.")
    assert (doc.bylines, doc.publisher) == ([], None)
    assert doc.body_text.startswith("By the close")


@pytest.mark.parametrize(
    "dateline",
    ["OSLO 2001-03-04", "TROMSO, Norway 2001-03-04", "OSLO (Reuters) - Ferries ran late."],
)
@pytest.mark.parametrize("name_line", ["K.T. Haugen", "By K.T. Haugen"])
def test_wire_name_line_above_the_dateline_is_a_byline(name_line, dateline):
    text = f"Ferries Run Late\n\n{name_line}\n\n{dateline}\n\nFerries ran late on Monday."
    doc = read_plain_text(text)
    [author] = doc.bylines
    assert author.name == "K.T. Haugen"
    assert author.name_span.text(text) == "K.T. Haugen"
    assert "Haugen" not in doc.body_text


@pytest.mark.parametrize(
    ("sign_off", "author", "desk"),
    [
        ("-- Kari Haugen, Oslo newsroom +47 22 00 00 00", "Kari Haugen", "Oslo newsroom"),
        ("-- Kari Haugen, +47 22 00 00 00", "Kari Haugen", None),
        ("-- Tor van Dijk (416) 555-0100, e-mail: tor@example.com", "Tor van Dijk", None),
        ("-- Oslo Newsroom +47 22 00 00 00", None, None),
        ("-- Hong Kong News Room (852) 2843 6368", None, None),
        ("-- Harbor Ferries Ltd to $0.15 from $0.46", None, None),
        ("-- Kari Haugen, Oslo newsroom " + " ".join(["and more words"] * 20), None, None),
    ],
)
def test_a_wire_sign_off_names_the_reporter_and_leaves_the_body(sign_off, author, desk):
    text = f"Ferries Run Late\n\nOSLO 2001-03-04\n\nFerries ran late on Monday.\n\n{sign_off}\n"
    doc = read_plain_text(text)
    assert [(b.name, b.role) for b in doc.bylines] == ([(author, desk)] if author else [])
    for b in doc.bylines:
        assert b.name_span.text(text) == b.name
    assert (sign_off in doc.body_text) is (author is None)


def test_name_line_without_a_dateline_below_stays_in_the_body():
    text = "Ferries Run Late\n\nKari Haugen\n\nFerries ran late on Monday, she said."
    doc = read_plain_text(text)
    assert doc.bylines == []
    assert doc.body_text.startswith("Kari Haugen")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no text"),
        ("   \n\n  ", "no text"),
        ("Only a title line", "no body"),
        ("x" * 400 + "\n\nbody", "no recognisable title"),
        ("1234 5678\n\nbody text", "no recognisable title"),
    ],
)
def test_unusable_text_is_rejected_with_a_reason(text, reason):
    with pytest.raises(DocumentRejected, match=reason):
        read_plain_text(text)


def test_page_furniture_stays_in_the_document_but_out_of_the_body():
    text = (
        "Harbor Plan Approved\n\nFirst Published Apr 7, 2022, 9:30 AM IST\n\n"
        "The council approved the plan on Monday.\n\nALSO READ: Ten things about harbors\n\n"
        "Ad Blocker Detected\n\n“We finally have a plan,” said Rosa Delgado.\n\n"
        "Watch on YouTube\n\nShare this article\n\nFacebook Twitter Email\n\nComments (12)"
    )
    doc = read_plain_text(text)
    assert doc.document_text == text
    assert doc.body_text == (
        "The council approved the plan on Monday.\n\n“We finally have a plan,” said Rosa Delgado."
    )
    assert doc.published_at.date().isoformat() == "2022-04-07"


def test_ordinary_sentences_are_not_furniture():
    text = (
        "Title Here\n\nShare prices rose sharply on Monday as investors returned.\n\nImage is"
        " everything, she said.\n\nFacebook and Twitter users were quick to respond."
    )
    doc = read_plain_text(text)
    assert "Share prices rose" in doc.body_text
    assert "Image is everything" in doc.body_text
    assert "Facebook and Twitter users" in doc.body_text


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Photo: Ann Lee outside her flooded home on Sunday. Photograph: Bo Park", "Bo Park"),
        ("Image: Volunteers hang lanterns on Front Street. (Photo: Bo Park)", "Bo Park"),
        ("Photo: Ann Lee outside her flooded home on Sunday.", None),
    ],
)
def test_a_caption_line_of_its_own_is_the_caption_with_its_credit(caption, credit):
    text = f"Floods Recede\n\n{caption}\n\nThe river fell overnight, officials said."
    doc = read_plain_text(text)
    assert doc.caption_span.text(text) == caption
    assert doc.image_credit == credit
    assert caption not in doc.body_text
