"""Marking an article's spans: escaped, well-formed with overlaps, linked to people."""

from __future__ import annotations

from html.parser import HTMLParser

from dashboard.highlight import Span, highlight
from dashboard.markup import esc, link

TEXT = 'Ann <b>Lee</b> said "Bob & Co cost $5."\nThen she left.'


class _Tree(HTMLParser):
    """Checks nesting and collects the text and the marks each character is under."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.text = ""
        self.marks: list[set[str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.text += "\n"
            self.marks.append(set())
            return
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        classes = {c for _, a in self.stack for c in (a.get("class") or "").split()}
        self.text += data
        self.marks.extend(classes for _ in data)


def _parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.stack
    return tree


def test_text_is_escaped_and_kept_exactly():
    tree = _parse(highlight(TEXT, []))
    assert tree.text == TEXT
    assert "<b>" not in highlight(TEXT, [])
    assert "&#36;" in highlight(TEXT, []), "dollar signs never reach markdown as LaTeX"


def test_overlapping_spans_nest_and_cover_their_offsets():
    quote = (TEXT.index("Bob"), TEXT.index('."') + 1)
    bob = (TEXT.index("Bob"), TEXT.index("Bob") + 3)
    spans = [
        Span(0, 3, "mention", "p-ann", "Ann Lee", "0"),
        Span(0, 3, "speaker", "p-ann", "Ann Lee", "q1"),
        Span(*quote, "quote", ref="q1"),
        Span(*bob, "mention", "p-bob", "Bob Co", str(bob[0])),
        Span(40, 999, "mention", "p-x", "out of range", "40"),
    ]
    markup = highlight(TEXT, spans, focus_quote="q1")
    tree = _parse(markup)
    assert tree.text == TEXT
    for i, marks in enumerate(tree.marks):
        assert ("nd-quote" in marks) == (quote[0] <= i < quote[1])
        assert ("nd-focus" in marks) == (quote[0] <= i < quote[1])
        assert ("nd-mention" in marks) == (i < 3 or bob[0] <= i < bob[1])
        assert ("nd-speaker" in marks) == (i < 3)
    assert 'href="?page=quotes&amp;person_id=p-ann"' in markup, "the speaker links to their quotes"
    assert 'href="?page=people&amp;person_id=p-bob"' in markup
    assert "p-x" not in markup, "a span beyond the text is ignored"


def test_links_escape_labels_and_params():
    a = link('<img src=x onerror="1">', "article", article_id='a"&b')
    assert "<img" not in a and "article_id=a%22%26b" in a and 'target="_self"' in a
    assert esc(None) == ""
