"""Names in lists (results tables, team line-ups, scorers): an item shaped like a name in a
line whose other items are names is a name too ("4 - Recep Cetin, 3 - Ogun Temizkanoglu")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.layout import on_lines_with
from transforms.lexicon import NON_PERSON_LABELS
from transforms.name_spans import CAP_WORD
from transforms.nlp import text_of

_PARTICLES = r"(?:de|van|von|der|den|da|del|dos|di|du|la|le|binti|bin|al|wa)"
_ITEM = re.compile(
    rf"(?<![\w'’.-]){CAP_WORD}(?: (?:{_PARTICLES} ){{0,2}}{CAP_WORD}){{0,2}}(?![\w'’-])"
)
# What may stand before an item on its line: nothing, a separator or a rank / shirt number.
_LEFT = re.compile(r"(?:^|[,;(]|\s[-–]|^\d+\.?|\s\d+\.?|:)[^\S\n]*$")
# What may follow an item: a separator, a bracket, the end of the line, or round scores and
# then a separator or the line end (golf: "Ann Lee 70 67 68,").
_RIGHT = re.compile(
    r"^[^\S\n]*(?:[,;()]|\.?[^\S\n]*$|\.?\n|(?:\d{1,3} ){1,5}\d{1,3}[^\S\n]*(?:[,;]|$))"
)
MIN_NAMES_FOR_SURNAMES = 3


def _is_item(text: str, line_start: int, line_end: int, s: int, e: int) -> bool:
    return bool(_LEFT.search(text[line_start:s]) and _RIGHT.match(text[e:line_end] or "\n"))


def list_names(doc: Doc, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name-shaped list items on lines where an already known name is a list item too."""
    text = text_of(doc)
    found: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        ls, le = line.span()
        names = [(s, e) for s, e in known if ls <= s and e <= le]
        items = sum(_is_item(text, ls, le, s, e) for s, e in names)
        if not items:
            continue
        for m in _ITEM.finditer(text, ls, le):
            s, e = m.span()
            if (s, e) in names or not _is_item(text, ls, le, s, e):
                continue
            if " " not in m.group() and (items < MIN_NAMES_FOR_SURNAMES or text[s - 1 : s] == "("):
                continue  # a lone word is a surname in a list of names, not a club in brackets
            if re.search(r"['’]s\b", m.group()):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            # Among three or more names, a lone word the model took for a place is a surname.
            other = (
                all(t.ent_type_ in NON_PERSON_LABELS for t in span) if span is not None else False
            )
            if span is not None and (
                span[0].is_stop
                or (
                    other
                    and (
                        " " in m.group() or items < MIN_NAMES_FOR_SURNAMES or "(" in text[e : e + 2]
                    )
                )
                or any(t.ent_type_ in {"DATE", "TIME"} for t in span)
            ):
                continue
            found.append((s, e))
    return found


# "Avellino 0 Lazio 1": a match result; "West Bromwich 2 0 1 1 2 3 1": a standings row. The
# words there name teams, not people.
_RESULT = re.compile(
    r"^[^\S\n]*(?P<a>[A-Z][^\d\n(),]*?) \d{1,2} (?P<b>[A-Z][^\d\n(),]*?) \d{1,2}[^\S\n]*$", re.M
)
_STANDINGS = re.compile(r"^[^\S\n]*(?P<a>[A-Z][^\d\n(),]*?)(?: \d{1,3}){6,}[^\S\n]*$", re.M)
# "In Larnaca: AEK Larnaca (Cyprus) 5 Kotaik Abovyan (Armenia) 0": a cup tie between clubs
# of two countries, each followed by its goals (a golfer's rounds or a tennis set differ)
_COUNTRY = r"\([A-Z][A-Za-z. ]{1,25}\)"
_RESULT_ABROAD = re.compile(
    rf"(?:^|: )[^\S\n]*(?P<a>[A-Z][^\d\n(),:]*?) {_COUNTRY} \d{{1,2}}(?![-\d:.]) "
    rf"(?P<b>[A-Z][^\d\n(),:]*?)\s*{_COUNTRY}\s+\d{{1,2}}(?![-\d:.])",
    re.M,
)


def team_cells(text: str) -> list[tuple[int, int]]:
    """Where results and standings lines name their teams."""
    cells = [m.span(g) for m in _RESULT.finditer(text) for g in ("a", "b")]
    cells += [m.span("a") for m in _STANDINGS.finditer(text)]
    cells += [m.span(g) for m in _RESULT_ABROAD.finditer(text) for g in ("a", "b")]
    return cells


# "Valkucak (54th)", "(Driller 15th, Trulsen 54th)": a scorer and the minute of the goal.
_SCORER = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP_WORD}(?: (?:{_PARTICLES} ){{0,2}}{CAP_WORD}){{0,2}})"
    r" \(?\d{1,3}(?:st|nd|rd|th)(?![\w-])"
)


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)(?![\w-])")  # what every scorer's line holds


_CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "week", "day", "month", "year", "century", "minute", "round",
}  # fmt: skip


def scorer_names(doc: Doc) -> list[tuple[int, int]]:
    """Names written before the minute of a goal, as scorers lists give them (also when the
    model runs the team into the name as one organisation: "Latvia - Janis Bercans (44th)")."""
    found = []
    for m in on_lines_with(_ORDINAL, _SCORER, text_of(doc)):
        s, e = m.span("name")
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span[0].is_stop or re.search(r"['’]s\b", m.group("name")):
            continue
        # The model often reads "Becanovic 79th" as a date: only calendar words rule it out.
        if any(t.lower_ in _CALENDAR for t in span) or all(t.ent_type_ == "GPE" for t in span):
            continue
        found.append((s, e))
    return found


_PLAYER = rf"(?:[A-Z]\. ?)*{CAP_WORD}(?: (?:{_PARTICLES} ){{0,2}}{CAP_WORD}){{0,2}}"
# "Smith c Jones b Brown 45", "lbw b Brown", "st Jones b Brown": the fielder and the bowler
# a cricket scorecard names after each batsman.
_DISMISSAL = re.compile(
    rf"(?<=[\w.] )(?:c|st|lbw b|b)[^\S\n](?P<name>{_PLAYER})(?=[^\S\n]+(?:b[^\S\n]|\d)|[^\S\n]*$)",
    re.M,
)
# "Smith c Jones b Brown 45", "Smith not out 12": the batsman opening a scorecard line.
_BATSMAN = re.compile(
    rf"^[^\S\n]*(?P<name>{_PLAYER})(?= (?:c|st|b|lbw|run out|not out|retired)[^\S\n])", re.M
)
# "Did not bat: Jones, Brown": the batsmen who did not bat, or are still to bat.
_TO_BAT = re.compile(r"(?:Did not bat|To bat): (?P<list>[^\n]+)")
# "Brown 10-2-34-3": a bowler before overs, maidens, runs and wickets.
_FIGURES = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_PLAYER})\s+\d{{1,2}}(?:\.\d)?-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}\b"
)


_OVERS = re.compile(r"\d-\d{1,2}-\d{1,3}-\d{1,2}\b")  # what bowling figures end with


def scorecard_names(doc: Doc) -> list[tuple[int, int]]:
    """Fielders, bowlers and bowling figures in cricket scorecards."""
    text = text_of(doc)
    spans = [m.span("name") for m in _DISMISSAL.finditer(text)]
    if _OVERS.search(text):  # rare: a scan for the whole pattern costs 1 ms per article
        spans += [m.span("name") for m in _FIGURES.finditer(text)]
    spans += [m.span("name") for m in _BATSMAN.finditer(text)]
    for m in _TO_BAT.finditer(text):
        spans += [
            (m.start("list") + i.start(), m.start("list") + i.end())
            for i in re.finditer(_PLAYER, m.group("list"))
        ]
    return sorted(spans)
