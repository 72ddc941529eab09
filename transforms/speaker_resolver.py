"""Who a speaker expression is: the person of the article that a name, a short form, a
pronoun ("she said"), a role ("the coach", "the 34-year-old", "the former") or a kin noun
("her husband") refers to at a given point, from the names, roles, ages, genders and kin the
article gives (``SpeakerResolver``)."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from transforms.article_facts import (
    RELATIVE_PRONOUNS,
    ArticleFacts,
    fronted_subject,
    noun_phrase,
    puts_a_question,
)
from transforms.layout import SPEAKER_LABEL
from transforms.lexicon import (
    CUE_LEMMAS,
    DEMONYMS,
    FEMALE,
    HONORIFIC_GENDER,
    KIN_NOUNS,
    MALE,
    NOUN_GENDER,
    OCCUPATIONS,
    PERSON_NOUNS,
    PERSONAL_TITLES,
    TITLES,
)
from transforms.name_context import GAVE_NAME
from transforms.name_spans import honorific_gender, is_post_nominal
from transforms.nlp import text_of
from transforms.people import Mention
from transforms.quote_marks import ALL_MARKS, nested_quotes
from transforms.role_phrases import (
    FORMER,
    KIN_INVERSE,
    PARENT_EPITHET,
    PARENT_WORDS,
    PEOPLE_NOUNS,
    SUBJECT_DEPS,
    TITLE_ROLE,
    WRITING_VERBS,
    WRITINGS,
    definite,
    gendered_forms,
    head_of,
    indefinite,
    owned_role_key,
    possessor,
    ranked_role,
    role_key,
    same_roles,
    writer_token,
)

# an office by its initials: "the DM&HO", "the SDM", "the DC" (see _holder_of_initials)
_ABBREVIATED_ROLE = re.compile(r"[Tt]he (?P<initials>[A-Z][A-Z&]{1,6})")
_TITLE_GAP = 6  # characters between the brackets and the name: " Dr ", " Shri "
# before a name the question addresses: “Cult energy from where, Mr Tillery?”
_VOCATIVE = re.compile(
    r"(?:^|[,;:] )(?:(?:Dr|Professor|Judge"  # and the gendered ones: "Mr", "Make", …
    + "".join(f"|{title.capitalize()}" for title in sorted(HONORIFIC_GENDER))
    + r")\.? )?$"
)
# a pronoun's clause that introduces the next quote with a colon: "She stopped and replied: “"
_INTRODUCES = re.compile(r"[^“”\"\n.?!]{1,80}:\s*[“\"]")
# a speaker naming themself: "I, Gillian Markby, …", "My name is Ann Lee", "I'm Ann Lee"
_SELF_NAMING = re.compile(
    r"(?:\bI,|\bI am|\bI['’]m|\b[Mm]y name is|\b[Tt]his is|\b(?:call(?:s|ed)?|named) me)\s+$"
)  # "He never once called me Anthony": the speaker's own name
# "the 34-year-old", "the 19-year-old striker" (the parser often splits these apart)
_AGE = re.compile(r"(?i)the (?P<age>\d+|[a-z]+)-year-old(?: [\w’'-]+){0,4}")
# Nouns that stand for the person in focus: "the coach", "the vet", "the senior advocate";
# not a solicitor or barrister, mostly someone's the article does not name
_EPITHETS = (PEOPLE_NOUNS | OCCUPATIONS) - {"solicitor", "barrister"}
# Nouns for the older of relatives: "the retiree told the court" of a father and his son
_ELDERLY = frozenset({"retiree", "pensioner", "grandfather", "grandmother", "octogenarian"})
# The reporter writing of themself: "this reporter asked"
_THIS_REPORTER = frozenset(
    {"this reporter", "this correspondent", "this writer", "this journalist", "this newspaper"}
)
# Those who ask in interviews and press conferences, mostly never named ("the reporter asked")
_PRESS_NOUNS = frozenset({"reporter", "journalist", "interviewer", "correspondent"})
_REPLIES = frozenset({"reply", "answer", "respond", "retort"})
# Verbs of a written reply, which one who answered no calls may still give
_WRITES = WRITING_VERBS | {"tweet"}


# The words that mark a role's present holder ("the current chair, X,")
_PRESENT = ("present", "current", "incumbent", "sitting")


@dataclass(frozen=True, slots=True)
class Answer:
    """Who answers a question quoted right before: ``person`` None when the one it was put to
    is not named ("a reporter asked his barrister")."""

    person: str | None


class SpeakerResolver(ArticleFacts):
    """Resolves a speaker expression to a canonical person name of the article."""

    _answers: dict[tuple[int, int], str | None] | None = None  # None while learning the facts

    def __init__(self, doc: Doc, mentions: list[Mention], quoted: Sequence[tuple[int, int]] = ()):
        super().__init__(doc, mentions, quoted)  # learns the facts, resolving as it reads
        # once learnt, the facts stay: an expression's answer is the same each time it is asked
        # (the ranker asks for each candidate of each quote, the same ones for quotes near)
        self._answers = {}

    def _last_speaking(self, doc: Doc, pronoun: Token) -> set[str]:
        """The person in focus when ``pronoun`` ("she said") speaks, if that person spoke last,
        in the paragraph before or the same: "Det Sgt Jordan Pryce … said detectives were …" ¶
        "“…,” she said" is Pryce, whatever most Jordans are."""
        verb = pronoun.head
        if not _is_cue(verb) or verb.dep_ != "ROOT":  # not "… when he said"
            return set()
        for pos, who, _ in reversed(self.subjects):
            if pos >= pronoun.idx:
                continue
            subj = doc[bisect_left(doc, pos, key=lambda t: t.idx)]
            head = subj.head
            if head.dep_ == "ccomp" and _is_cue(head.head):
                cue = head.head
                if subj.i > cue.i or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
                    continue  # the detectives of what Pryce said they were doing; "Seah said
                    # Koh lured customers …" ¶ "“…,” he said": Seah
                head = cue  # "X, whose book “…” first traced it, said …", parsed with X the
                # subject of "traced": X said it
            elif not _is_cue(head) and any(_reports_on(a, subj) for a in list(subj.ancestors)[1:]):
                continue  # deeper in what another said: "X said Y had asked for one thing:
                # that Z play …" ¶ "“…,” he said": X
            elif head.dep_ == "relcl" and not _is_cue(head) and _is_cue(head.head.head):
                continue  # "X, who led the service, said …": X's own verb comes next
            text = text_of(doc)
            breaks = text.count("\n\n", pos, pronoun.idx)
            # a verb of taking a side, in the pronoun's own paragraph, leads into the words:
            # "Coun. Jordan Redcrow disagreed with Trembley. “…,” she said"
            sided = breaks == 0 and head.lemma_.lower() in _TAKING_A_SIDE
            spoke = who is not None and (_is_cue(head) or sided)
            # in the paragraph before or the same one: not after a paragraph about others
            # (one more paragraph that names no one does not change the focus from one known
            # to be of the pronoun's gender)
            gender = "m" if pronoun.lower_ in MALE else "f"
            near = breaks <= 1 or (
                breaks == 2
                and self.gender.get(who) == gender
                and self._quiet_between(text.find("\n\n", pos), text.rfind("\n\n", 0, pronoun.idx))
            )
            return {who} if spoke and near else set()
        return set()

    def _quiet_between(self, start: int, end: int) -> bool:
        """No one is named and nothing quoted between the two offsets (narration only)."""
        i = bisect_left(self._starts, start)
        j = bisect_left(self._quoted, (start, start))
        return (i == len(self._starts) or self._starts[i] >= end) and (
            j == len(self._quoted) or self._quoted[j][0] >= end
        )

    def _reporter(self, char: int) -> str | None:
        """The byline's reporter, for "I" or "this reporter" in the narration (not in a quote,
        where "I" is the speaker)."""
        if self._in_quote(char):
            return None
        return next((m.canonical for m in self.mentions if m.source == "byline"), None)

    def _may_say(self, who: str, gender: str) -> bool:
        """No gender known for ``who`` other than ``gender``."""
        return self.gender.get(who) in (None, gender)

    def _age_described(self, doc: Doc, noun: Token) -> str | None:
        """The age a subject outside quotes gives by itself ("the 47-year-old plumber", "The
        67-year-old, who attended every hearing,")."""
        if noun.pos_ not in {"NOUN", "ADJ"} or self._in_quote(noun.idx):
            return None
        age = _AGE.fullmatch(text_of(doc)[slice(*noun_phrase(noun))])
        return age.group("age") if age is not None else None

    def _owned_role(self, noun: Token) -> str | None:
        """The person a possessed role noun names when the article gave that role a name
        ("Sierra Alta's chairman, Joaquín Villarreal," then "Sierra Alta's chairman was …")."""
        owner = possessor(noun)
        if owner is None:
            return None
        if owner.lower_ in MALE | FEMALE:  # "his daughter": a relative of the one in focus
            owner_gender = "m" if owner.lower_ in MALE else "f"
            who = self._recent(owner.idx, owner_gender)
            relation = noun.lemma_.lower()
            related = self.kin.get((who, relation)) if who else None
            if not related and who and self._kin_of_one(who, relation, owner_gender):
                return who  # "Her daughter, Lakshmi Nair, drove …" then "her daughter said"
            if not related and who and relation in KIN_INVERSE:
                related = self._namesake(who, NOUN_GENDER.get(relation))
            return self._latest(related, noun.idx) if related else None
        former = any(c.lower_ in FORMER for c in noun.children)
        owned = self.roles.get(owned_role_key(owner, noun, former))
        if not owned and owner.pos_ == "NOUN" and owner.lemma_.lower() in self.roles:
            # "the farmer's wife" after "farmer Tom Pennock" and "His wife, Janet Pennock,"
            holder = self._latest(self.roles[owner.lemma_.lower()], noun.idx)
            owned = self.kin.get((holder, noun.lemma_.lower())) if holder else None
        return self._latest(owned, noun.idx) if owned else None

    def _owner_named(self, noun: Token) -> str | None:
        """The person whose thing the noun is ("Ms Lee's testimony": Lee)."""
        owner = possessor(noun)
        m = self.mention_at(owner.idx, owner.idx + len(owner)) if owner is not None else None
        return m.canonical if m is not None else None

    def _kin_of_one(self, who: str, relation: str, gender: str) -> bool:
        """``who`` is the article's named ``relation`` of someone of ``gender``."""
        return any(
            rel == relation and who in people and self.gender.get(them) in (None, gender)
            for (them, rel), people in self.kin.items()
        )

    def _namesake(self, who: str, gender: str | None) -> set[str]:
        """The one other person of ``gender`` who shares ``who``'s surname ("Kateryna Bondar
        and Mykola Bondar … Her husband"), if there is exactly one."""
        surname = who.split()[-1]
        found = {
            m.canonical
            for m in self.mentions
            if m.canonical != who
            and len(m.canonical.split()) > 1
            and m.canonical.split()[-1] == surname
            and self.gender.get(m.canonical, gender) == gender
        }
        return found if len(found) == 1 else set()

    def _in_quote(self, char: int) -> bool:
        """Whether ``char`` is inside a quote ("He has no weapon," she said: the he is not
        the speaker's)."""
        i = bisect_right(self._quoted, (char, math.inf)) - 1  # a quote starting at char too
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _talked_about(self, text: str, char: int) -> set[str]:
        """The people named inside the quote a pronoun at ``char`` credits, the one closing
        just before it ("“Rangi came in one night …,” she says": not Rangi's words)."""
        i = bisect_right(self._quoted, (char, math.inf)) - 1
        if i < 0 or text[self._quoted[i][1] : char].strip(ALL_MARKS + ",;:—–- "):
            return set()
        start, end = self._quoted[i]
        first = bisect_left(self._starts, start)
        nested = nested_quotes(text, start, end)  # whom the words it reports name: not them
        return {
            m.canonical
            for m in self.mentions[first:]
            if m.end <= end
            and not _SELF_NAMING.search(text, max(start, m.start - 12), m.start)
            and not any(s <= m.start and m.end <= e for s, e in nested)
        }

    def _answer(self, doc: Doc, char: int, gender: str, skip: set[str]) -> Answer | None:
        """Who the he or she answering the question quoted right before is (“…, Mr Tillery?”
        Ms Lee asked. ¶ “…,” he replied): the one the question was put to ("a reporter asked
        his barrister": no one named), else the person of that gender named last, not the
        asker nor anyone the question names other than whom it addresses. None when the quote
        answers no question, or no one else could answer it."""
        text = text_of(doc)
        i = bisect_right(self._quoted, (char, math.inf)) - 1
        if i < 0 or text[self._quoted[i][1] : char].strip(ALL_MARKS + ",;:—–- "):
            return None
        if i + 1 < len(self._quoted) and _INTRODUCES.fullmatch(
            text, char, self._quoted[i + 1][0]
        ):  # “…?” ¶ She stopped on the stairs and replied: “…”: the question is right before
            (q_start, q_end), start = self._quoted[i], char
        elif i < 1:
            return None
        else:
            (start, _), (q_start, q_end) = self._quoted[i], self._quoted[i - 1]
        between = text[q_end:start]
        asked = text[q_start:q_end].rstrip(ALL_MARKS + " ")
        # a question, or words with one that a colon introduces: "Mei Fong put a question to
        # the deputy minister: “How long must we wait? Right now it is four months.”"
        introduced = text[:q_start].rstrip(ALL_MARKS + " ").endswith(":")
        if not (asked.endswith("?") or ("?" in asked and introduced)) or (
            len(between) > 80 or between.count("\n") > 2
        ):
            return None
        span = doc.char_span(q_end, start, alignment_mode="contract")
        if span is not None and any(
            tok.dep_ in SUBJECT_DEPS
            and not _is_cue(tok.head)
            and tok.lower_ not in MALE | FEMALE  # "She stopped on the stairs and replied:"
            for tok in span
        ):
            return None  # "“Who can afford that?” ¶ His son, Ewan, runs a boat. “…,” he said"
        put_to = self._put_to(doc, span) if span is not None else None
        first = bisect_left(self._starts, q_start)
        called = next(  # “Mr Mkhatshwa, who kept the chequebook?” ¶ “…,” he replied.
            (m for m in self.mentions[first:] if m.start < q_end and _vocative(text, q_start, m)),
            None,
        )
        addressed = called.canonical if called is not None else None
        titled = honorific_gender(text, called.start) if called is not None else None
        if addressed is not None and titled is not None and self.gender.get(addressed) != titled:
            # “Make Shongwe, did Maestro choose …?”: the Shongwe of the title's gender
            namesakes = self._namesake(addressed, titled)
            addressed = next(iter(namesakes)) if namesakes else addressed
        if (
            (put_to is None or put_to.person is None)
            and addressed is not None
            and addressed not in skip
            and self._may_say(addressed, gender)
        ):
            # the name the question calls, before whom the sentence introducing it names
            # ("put a question to the witness herself: “Mr. Arzu, did you see …?”") or for
            # whom it has only a pronoun ("“Will you retire, Élise?” he asked her")
            put_to = Answer(addressed)
        before = len(text[:q_start].rstrip(ALL_MARKS + " \n"))  # also a paragraph before
        if put_to is None and text[before - 1 : before] in {":", "."} and before > 0:
            # "Tipene Walsh asked the mayor: “…?” ¶ “…,” she replied." (a role the article
            # gave someone other than the asker; "asked her:" leaves it to the names before);
            # "The chairwoman put the question to him. “…?” ¶ “None,” he replied."
            intro = doc.char_span(before - 1, before, alignment_mode="expand")
            put_to = self._put_to(doc, intro[0].sent) if intro is not None else None
            if put_to is not None and (put_to.person is None or put_to.person in skip):
                put_to = None
        if put_to is not None:
            return put_to
        others = {
            m.canonical
            for m in self.mentions[first:]
            if m.start < start and (q_end <= m.start or not _vocative(text, q_start, m))
        }
        who = self._named_last(char, gender, skip | others)
        return Answer(who) if who is not None else None  # else one asking and answering herself

    def _put_to(self, doc: Doc, span: Span) -> Answer | None:
        """The one a question is put to in ``span``: the object of its "ask" ("asked his
        barrister": no one named; "asked the mayor": the mayor the article named)."""
        for tok in span:
            if _put_to_whom(tok):  # "put the central question to him": he answers
                who = self.resolve(doc, *noun_phrase(tok))
                return Answer(who) if who is not None else None
            if _turned_to_whom(tok):  # "then stood and turned to the minister. “…?” he
                who = self.resolve(doc, *noun_phrase(tok))  # asked. ¶ “…,” she replied."
                if who is not None:
                    return Answer(who)
            if (
                tok.dep_ in {"dobj", "dative"}
                and tok.head.lemma_ in _ASKING
                and any(c.dep_ in SUBJECT_DEPS for c in tok.head.children)
            ):  # not "“…?” asked one man": the asker, inverted
                m = self.mention_at(tok.idx, tok.idx + len(tok))
                if m is None and tok.pos_ == "NOUN" and not possessor(tok):
                    who = self.resolve(doc, *noun_phrase(tok))  # "the mayor"
                    asker = next(c for c in tok.head.children if c.dep_ in SUBJECT_DEPS)
                    if who is not None and who == self.resolve(doc, *noun_phrase(asker)):
                        who = None  # a role the resolver gave back to the asker
                    return Answer(who)
                return Answer(m.canonical if m is not None else None)
        return None

    def _recent(
        self,
        char: int,
        gender: str | None,
        noun: str | None = None,
        skip: Collection[str] = (),
        speaking: bool = False,
    ) -> str | None:
        """The person in focus before ``char`` (of ``gender``, if given; not one of ``skip``;
        when ``speaking``, not a subject who gave no answer): the last person subject, which
        may be someone not named ("a spokesperson": then None; for a role ``noun``, only one
        the article introduced with that noun: "the host" is not the spokesperson), else the
        last person named."""
        for pos, who, noun_gender in reversed(self.subjects):
            known = self.gender.get(who) if who else noun_gender
            other_kind = who is None and noun is not None and self._unnamed_nouns.get(pos) != noun
            if (
                pos < char
                and not (speaking and pos in self._silent)
                and (gender is None or known in (None, gender))
                and not other_kind
                and who not in skip
            ):
                return who
        return self._named_last(char, gender, skip)

    def _named_last(self, char: int, gender: str | None, skip: Collection[str] = ()) -> str | None:
        """The person (of ``gender``, if given; not one of ``skip``) named last before
        ``char``; not the byline's reporter, whom the story does not talk about; one named
        outside quotes before one a quote talks about ("“I have spoken to Dr Boakye,” …")."""
        named = [
            m
            for m in reversed(self.mentions)
            if m.start < char
            and m.source != "byline"
            and (gender is None or self.gender.get(m.canonical, gender) == gender)
            and m.canonical not in skip
        ]
        outside = next((m for m in named if not self._in_quote(m.start)), None)
        found = outside or next(iter(named), None)
        return found.canonical if found is not None else None

    def _latest(self, people: set[str], char: int) -> str | None:
        """Of ``people`` (who share a role: two coaches), the one named last before ``char``:
        the subject of that sentence if it is one of them ("Alderman Sammy Dunlop, a former
        mayor who sat opposite Mr Rooney, said …" then "the former mayor recalled": Dunlop);
        the only one, if none is named before. Not one who has died, if another is living
        ("the coach said" after "Hampton Bellamy, who coached …, died in 2019")."""
        people = (people - self._dead) or people
        named = [m for m in self.mentions if m.start < char and m.canonical in people]
        # one named outside quotes: "“… Tiger would be vex,” the coach says" is not Tiger
        last = next((m for m in reversed(named) if not self._in_quote(m.start)), None)
        last = last or (named[-1] if named else None)
        if last is None:
            return next(iter(people)) if len(people) == 1 else None
        focus = next(
            (who for pos, who, _ in reversed(self.subjects) if pos < char and who in people), None
        )
        if focus is not None and any(
            m.canonical == focus and m.sentence_index == last.sentence_index for m in self.mentions
        ):
            return focus
        return last.canonical

    def resolve(self, doc: Doc, start: int, end: int) -> str | None:
        """The person a speaker expression names or refers to: a name in it (not a possessor:
        "Mr Blair's spokesman" is not Blair), a relative pronoun's antecedent, he or she by
        the last person of that gender, a role the article gave a name ("the mayor"), or the
        one the next sentence introduces as that role. None for someone it does not name:
        "I", "a spokesman", "his lawyer"."""
        answers = self._answers
        if answers is None:
            return self._resolve_anew(doc, start, end)
        if (start, end) not in answers:
            answers[start, end] = self._resolve_anew(doc, start, end)
        return answers[start, end]

    def _resolve_anew(self, doc: Doc, start: int, end: int) -> str | None:
        """``resolve`` without its memory of earlier answers."""
        who = self._resolve(doc, start, end)
        if who is not None:
            return who
        gave = _GAVE_NAME.match(text_of(doc), end)
        if gave is not None:  # "said one vendor, who gave only her first name, Marisol"
            m = self.mention_at(gave.end(), gave.end() + 1)
            if m is not None:
                return m.canonical
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and _owned_or_definite_role(span.root):  # "said the council’s head of
            return self._named_next(doc, span.root)  # sport. ¶ X, who has led the service, …"
        if span is not None and span.root.lemma_.lower() in _COURTS:
            return self._the_judge()  # "THE High Court … ruling that the council had acted “…”"
        return None

    def _the_judge(self) -> str | None:
        """The one judge, justice or magistrate the article names: the voice of its court."""
        judges = self.roles.get("judge", set()) | self.roles.get("magistrate", set())
        return next(iter(judges)) if len(judges) == 1 else None

    def _lede_title(self, noun: Token) -> str | None:
        """ "…, with a judge telling him he had “…”" ¶ "Superior Court Judge Ana Q. Lizama
        handed down the sentence": a title a lede gives before it names anyone is the one
        person the article gives that title; else None, someone new. Only titles: "a Carrier
        executive" in a lede is not the one executive named later."""
        lemma = noun.lemma_.lower()
        if lemma not in TITLES or any(
            m.start < noun.idx and m.source != "byline" for m in self.mentions
        ):
            return None
        holders = self.roles.get(lemma, set())
        return next(iter(holders)) if len(holders) == 1 else None

    def _named_next(self, doc: Doc, noun: Token) -> str | None:
        """ "“…,” said the district health officer. ¶ Dr Ravindran Subramaniam, who heads the
        district's health office, said …": a role no one was named as yet is the person the
        next sentence names first, as the subject of a speech verb, saying who they are in a
        clause or an apposition (not "John Ward, a resident, disagreed")."""
        i = noun.sent.end
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i >= len(doc):
            return None
        for subj in doc[i].sent:
            verb = subj.head
            if subj.dep_ not in SUBJECT_DEPS or not _is_cue(verb):
                continue
            found = self._overlapping(subj.idx, subj.idx + len(subj))
            if not found or not any(c.dep_ == "relcl" for c in subj.children):
                return None
            who = found[-1].canonical
            if any(m.canonical == who and m.start < noun.idx for m in self.mentions):
                return None  # named before: not one the role introduces
            return who if self._may_be(who, noun.lemma_) else None
        return None

    def _resolve(self, doc: Doc, start: int, end: int) -> str | None:
        """``resolve`` from what is written up to the speaker expression."""
        span = doc.char_span(start, end, alignment_mode="expand")
        named = self._named_in(doc, span, start, end) or self._surname_at_head(span)
        if named is not None or span is None:
            return named
        text = text_of(doc)
        said = text[start:end].strip().lower()
        if said in {"the former", "the latter"}:
            return self._of_pair(text, start, said == "the latter")
        abbreviated = _ABBREVIATED_ROLE.fullmatch(text, start, end)
        if abbreviated is not None and (
            holder := self._holder_of_initials(text, abbreviated["initials"])
        ):  # "the DM&HO cautioned"
            return holder
        head = span.root
        if head.pos_ == "DET" and len(span) > 1:  # "“…,” the post read", parsed as a noun
            head = span[-1]  # "post read" (the determiner its root): the noun after it
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            antecedent = head.head.head  # "Kall, who called it …" → Kall
            if antecedent.i != head.i:
                start, end = noun_phrase(antecedent)
                return self.resolve(doc, start, end)
            return None
        low = head.lower_
        if low in MALE | FEMALE:
            return self._he_or_she(doc, head, start)
        if low in {"i", "me", "my"}:  # a transcript's answer; else the reporter's narration
            return self._answer_label(text, start) or self._reporter(start)
        if said in _THIS_REPORTER:  # "“Is she better today?” this reporter asked"
            return self._reporter(start)
        epithet = PARENT_EPITHET.fullmatch(said)
        if epithet is not None:  # "said the gran-of-five": the grandmother in focus
            gender = NOUN_GENDER.get(epithet["who"].lower())
            return self._recent(start, gender, None, self._talked_about(text, start))
        named = self._apposed_name(head)
        if named is not None:
            return named  # "one of their lawyers, Ana Ruiz"; "a spokesman, Tom Reyes"
        if any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in head.children):
            return None  # "The vendor, Nexacare Health Systems Pvt. Ltd., said": a firm
        if head.lemma_.lower() in _SIGNED_WRITINGS:
            return self._writer(doc, head)  # "The letter goes on: “…”": whoever wrote it
        if self.lede is not None and self.lede[0] == head.i:
            return self.lede[1]  # "A senior councillor has warned …" whom the next names
        if indefinite(head):
            return self._lede_title(head)  # else someone new: "a spokesman"
        return self._role(doc, head, start, end)

    def _he_or_she(self, doc: Doc, pronoun: Token, start: int) -> str | None:
        """Whom a speaking he or she at ``start`` is: the one a question just quoted was put
        to, the person in focus who spoke last, else the last person in focus of that gender
        (not one the quote talks about, nor one who has died)."""
        text = text_of(doc)
        gender = "m" if pronoun.lower_ in MALE else "f"
        late = self._before_own_death(doc, pronoun, gender)
        if late is not None:  # "A month before her death, she sent Prof Gatenby a text"
            return late
        skip = self._talked_about(text, start) | self._dead
        before = self._overlapping(start - 3, start - 2)
        if before and text[before[-1].end : start] == ", ":  # "Lalonde, she said, had
            skip.add(before[-1].canonical)  # been “…”": the one the clause is about
        answer = self._answer(doc, start, gender, skip)
        if answer is not None:
            return answer.person
        spoke = [
            who for who in self._last_speaking(doc, pronoun) - skip if self._may_say(who, gender)
        ]
        # one who did not answer calls may write: "Pruitt did not return phone calls. In a
        # text message, he wrote: “…”"
        writes = pronoun.head.lemma_.lower() in _WRITES
        return spoke[0] if spoke else self._recent(start, gender, None, skip, not writes)

    def _before_own_death(self, doc: Doc, pronoun: Token, gender: str) -> str | None:
        """The one person of ``gender`` the article says died, when the pronoun's sentence
        speaks of "her death" or "his death": an obituary's subject, in her lifetime."""
        own = "his" if gender == "m" else "her"
        if not any(
            t.lemma_.lower() == "death" and any(c.lower_ == own for c in t.children)
            for t in pronoun.sent
        ):
            return None
        died = {
            who
            for t in doc
            if t.lemma_.lower() == "die"
            and t.pos_ == "VERB"
            and (who := self._who_died(t)) is not None
            and self.gender.get(who) == gender
        }
        return next(iter(died)) if len(died) == 1 else None

    def _who_died(self, verb: Token) -> str | None:
        """The person the verb "die" says died: its subject, else the first name of its
        sentence before it, where the parse hung the name elsewhere ("Dr Marguerite
        Penhallow, the marine scientist whose surveys first documented …, has died")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            m = self.mention_at(subject.idx, subject.idx + len(subject))
            return m.canonical if m is not None else None
        named = self._overlapping(verb.sent.start_char, verb.idx)
        return named[0].canonical if named else None

    def _role(self, doc: Doc, head: Token, start: int, end: int) -> str | None:
        """Whom a definite role noun ("the mayor", "the older man", "the victim's mother",
        "the 34-year-old", "the coach") is: one the article gave that role, or the person in
        focus of that kind; None for someone not named ("the spokesman" of "a spokesman")."""
        text = text_of(doc)
        # (the parse may take "the accused" for a verb, "accuse")
        lemma = "accused" if head.lower_ == "accused" else head.lemma_.lower()
        # "Lyonpo said" of "Lyonpo Sangay Wangdi, the Minister for Energy": the minister
        role = role_key(
            TITLE_ROLE.get(lemma, lemma), any(c.lower_ in FORMER for c in head.children)
        )
        if lemma in {"man", "woman"} and any(
            c.dep_ == "amod" and c.lower_ in {"older", "elder", "younger"} for c in head.children
        ):  # "the older man says": the parent of the relatives in focus, or their child
            sibling = self._sibling_of_age(head, lemma)
            if sibling is not None:  # "His younger brother, Marlon …" then "the younger man"
                return sibling
            near = self._recent(start, NOUN_GENDER.get(lemma))
            return self._elder_or_younger(head, near) if near is not None else None
        if lemma in KIN_NOUNS and possessor(head) is not None:
            return self._owned_role(head)  # "the victim's mother" is not "his mother"
        titled = self._title_before_name(head)
        if titled is not None:
            return titled
        former = role != lemma
        holders = self._owned_holders(lemma, former)  # "The trust's chief executive, X,"
        # a role the article gave a name: "the SEC's chief accountant", "the head chef" (not
        # the sous chef named since); not a named person's ("Mr Tillery's lawyer" is not the
        # lawyer the article named for the other side)
        if head.tag_ != "NNS" and self._owner_named(head) is None:
            # "the chairwoman" of one who chairs the body, or was named its chair; not when
            # the article gave the very word as someone's ("The festival's chairwoman, X,")
            forms = [] if holders else [role_key(f, former) for f in sorted(same_roles(lemma))]
            # "the Town boss" of "Town manager Sam Leeder", before the other side's "boss"
            ranked = ranked_role(head)
            qualified = (
                [f"{ranked.rsplit(' ', 1)[0]} {f}" for f in sorted(same_roles(lemma) - {lemma})]
                if ranked
                else []
            )
            # of that gender, when the noun says one: "the chairwoman" of two who chair
            gender = NOUN_GENDER.get(lemma)
            own = None if gender else self._reported_self(head)
            for key in (ranked, *qualified, role, *forms):
                if key in self.roles:
                    held = self.roles[key]
                    fits = {h for h in held if self.gender.get(h) in (None, gender or own)}
                    if own is not None and not fits:
                        break  # "the coach said on her way": no coach named of the other sex
                    return self._latest(fits if gender and fits else held, start)
        if former and (before := self._not_present_holder(lemma)) is not None:
            return before  # "the former convener" of two conveners, one "the present convener"
        if possessor(head) is not None:  # "Mr Blair's spokesman": no one, unless named
            return self._owned_role(head)  # "Sierra Alta's chairman, X," before
        if lemma in self.unnamed and self.unnamed[lemma] < start:
            return None  # "the spokesman" after "a spokesman said": the one not named
        if holders and head.tag_ != "NNS":  # "The trust's chief executive, X," then "the
            return self._latest(holders, start)  # chief executive said": X, not her predecessor
        age = _AGE.fullmatch(text[start:end].strip())
        if age is not None and age.group("age") in self.ages:
            return self._latest(self.ages[age.group("age")], start)  # "Okonkwo, 34, …"
        lived = any(c.dep_ == "amod" and c.lower_ in _LIFE_WORDS for c in head.children)
        # a former role is not the one who holds it now ("the chairwoman" is no former
        # chairman), when the article gives it to one person only
        now = set()
        if former:
            now = {who for word in gendered_forms(lemma) for who in self.roles.get(word, ())}
            now = now if len(now) == 1 else set()
        # "the mum said", "the dad-of-two said": a parent named as such, of that gender
        epithet = head.tag_ == "NN" and lemma in PARENT_WORDS and possessor(head) is None
        if lemma in _PRESS_NOUNS and lemma not in self._definite:
            return None  # "the reporter asked" one the article never named: no one in focus
        trade = lemma in _EPITHETS and head.tag_ in {"NN", "NNP"}  # "the coach", "the vet"
        # "said the Serbian", "the Dutchman": a nationality as an epithet, the one in focus
        trade = trade or (head.lower_ in DEMONYMS and definite(head))
        if trade or age or lived or epithet:
            return self._epithet(doc, head, start, former, now, bool(age or epithet))
        if former and head.tag_ in {"NN", "NNP"}:  # "the former cathaoirleach", "CEO": who in
            return self._recent(start, None, None, now)  # focus held it
        return None

    def _not_present_holder(self, lemma: str) -> str | None:
        """Of the role's holders, the one the article does not call its present holder: "the
        present convener, Cllr Muir," beside "Tulloch, … later its convener"."""
        holders = self.roles.get(lemma, set())
        present = {who for word in _PRESENT for who in self.roles.get(f"{word} {lemma}", ())}
        rest = holders - present
        return next(iter(rest)) if present and len(rest) == 1 else None

    def _epithet(
        self, doc: Doc, head: Token, start: int, former: bool, now: set[str], aged: bool
    ) -> str | None:
        """Whom "the coach", "the 34-year-old" or "the retired pipefitter" is: whom the same
        noun named before, else the one a question quoted just before was put to, the one
        the next sentence introduces (not for an age or a parent, ``aged``), else the last
        person in focus of that kind (not ``now``, who holds a former role now)."""
        text = text_of(doc)
        lemma = head.lemma_.lower()
        if lemma in self._definite and not former:  # not "the former minister"
            return self._latest(self._definite[lemma], start)
        gender = NOUN_GENDER.get(lemma) or self._reported_self(head)  # "the chairwoman"
        # "the retiree", "the old man": of a father and his son in focus, the father
        elderly = lemma in _ELDERLY or any(c.lower_ == "old" for c in head.children)
        near = None
        # a reply: the one the question addresses (“And are you gone, Mr Mhlanga?” Ncube
        # asked. “No,” the old man replied), as for a replying he or she
        if head.head.lemma_.lower() in _REPLIES:
            skip = self._talked_about(text, start) | self._dead
            answer = self._answer(doc, start, gender or NOUN_GENDER.get(lemma), skip)
            near = answer.person if answer is not None else None
        # a gender only the clause gives ("the coach said on her way"): one known to have it
        unsure = set()
        if gender is not None and not NOUN_GENDER.get(lemma):
            unsure = {m.canonical for m in self.mentions if m.canonical not in self.gender}
        if near is None and not aged:  # one the next sentence introduces
            near = self._named_next(doc, head)
            near = None if near in unsure else near
        if near is None:
            # the one in focus, not one the quote talks about ("“Sipho saw her first …,”
            # the ranger said")
            skip = now | self._talked_about(text, start)
            near = self._recent(start, gender, lemma, skip | unsure) or self._recent(
                start, gender, lemma, skip
            )
        return self._of_age(head, near, True) if near is not None and elderly else near

    def _title_before_name(self, head: Token) -> str | None:
        """The name a capitalised title ends in, which the parse hung under the title: "Sirius
        XM Vice President for news and talk Dave Gorab called the show …"."""
        edge = head.right_edge
        if head.tag_ != "NNP" or head.lemma_.lower() not in PEOPLE_NOUNS or edge.i <= head.i:
            return None
        found = self._overlapping(edge.idx, edge.idx + len(edge))
        if found:
            return found[-1].canonical
        # "Member for Education and Culture Amani Wekesa told", only "Ms Wekesa" found as a name
        return self._one_of_surname(edge.text) if edge.pos_ == "PROPN" else None

    def _writer(self, doc: Doc, noun: Token) -> str | None:
        """Who wrote the letter, email or note ``noun`` names: the person its "from" or its
        possessor names ("The email, from … Philippa Ashworth, says"), else the writer of the
        last one before it ("In a letter …, Graham Strachan wrote …" then "The letter goes
        on:")."""
        lemma = noun.lemma_.lower()
        # "The message read:" of "a text from his coach" before: any writing, for a message
        same = WRITINGS if lemma == "message" else {lemma}
        # (nouns only: not the "texted" of "her mother had texted her")
        before = [t for t in doc[: noun.i] if t.lemma_.lower() in same and t.pos_ == "NOUN"]
        for tok in (noun, *reversed(before)):
            writer = writer_token(tok)
            if writer is None and (said := _said_in(tok)) is not None:
                # "In a letter read by the clerk, the Permanent Secretary …, Ms X, said": the
                # one the parse hung inside the "in" phrase
                writer = fronted_subject(said)
                if writer is not None:
                    return self.resolve(doc, *noun_phrase(writer))
            if writer is None:
                continue
            if writer.lower_ in MALE | FEMALE:  # "Her letter, which Mr Jenkins showed …, reads:"
                return self.resolve(doc, writer.idx, writer.idx + len(writer))
            m = self.mention_at(writer.idx, writer.idx + len(writer))
            named = m.canonical if m is not None else self._apposed_name(writer)
            if named is None and writer.pos_ == "NOUN" and (definite(writer) or possessor(writer)):
                # "The last text message from the guitarist … read:": the guitarist in focus;
                # "a text from his coach": the coach
                named = self.resolve(doc, *noun_phrase(writer))
            if named is not None:  # "…, Caledonian Crossings’ managing director, Graham
                return named  # Strachan, wrote"
        sent = noun.sent
        the = noun.i > 0 and doc[noun.i - 1].lower_ == "the"  # (hung on "read": "message read")
        if sent.start > 0 and (definite(noun) or the):
            # "The couple’s daughter, Eilidh, 14, wrote to all 42 councillors. Cllr Ferrier
            # read the letter into the record:": the one the sentence before says wrote
            for tok in doc[sent.start - 1].sent:
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if tok.lemma_ in _WRITES and subject is not None:  # also "had texted her"
                    m = self.mention_at(subject.idx, subject.idx + len(subject))
                    return m.canonical if m is not None else self._apposed_name(subject)
        return None

    def _owned_holders(self, lemma: str, former: bool) -> set[str]:
        """Who holds a possessed role of this noun ("the museum's curator"), or held it
        before ("former museum's curator", a predecessor) when ``former``."""
        return {
            who
            for key, people in self.roles.items()
            if key.endswith(f"'s {lemma}") and key.startswith("former ") == former
            for who in people
        }

    def _answer_label(self, text: str, char: int) -> str | None:
        """Who "I" is in a transcript's answer: the person its label names ("MORALES: … I
        said to the team, “…”"); no one outside a transcript."""
        line = text.rfind("\n", 0, char) + 1
        label = SPEAKER_LABEL.match(text, line)
        if label is None or label.end() > char:
            return None
        m = self.mention_at(*label.span("label"))
        return m.canonical if m is not None else None

    def _of_pair(self, text: str, char: int, second: bool) -> str | None:
        """ "Bakare and Thornbury … the former said", "the chief arbiter, Ann Lee, and the
        club's president, Bo Park": the first (or second) of the last two people named
        together (joined by "and" within a sentence) before ``char``."""
        before = [m for m in self.mentions if m.end <= char]
        for a, b in zip(before[-2::-1], before[:0:-1], strict=True):
            if a.canonical != b.canonical and _PAIRED.fullmatch(text, a.end, b.start):
                return b.canonical if second else a.canonical
        return None

    def _named_in(self, doc: Doc, span: Span | None, start: int, end: int) -> str | None:
        """The person a name inside the expression stands for: the name at its head ("Trump
        campaign spokesman Jason Miller" is Miller), else one that is neither a possessor
        ("Blair's spokesman") nor a modifier of another noun ("Trump lawyer")."""
        names = self._overlapping(start, end)
        if span is None or not names:
            return names[0].canonical if names else None
        root = span.root
        text = text_of(doc)
        for m in names:
            if m.start <= root.idx < m.end:
                return self._elder_or_younger(root, self._living(text, m))
        for m in names:
            last = doc.char_span(m.start, m.end, alignment_mode="expand")
            modifier = (
                last is not None
                and last[-1].dep_ in {"compound", "poss", "nmod", "amod"}
                and not is_post_nominal(last[-1].head.text)  # "Jordan Ashdown KC" is Ashdown
                and not text.startswith(" of ", m.end)  # "Prof Dr Rosnah Ismail of Universiti …"
            )
            if not modifier and text[m.end : m.end + 2] not in {"'s", "’s"}:
                return m.canonical
        return None

    def _living(self, text: str, m: Mention) -> str:
        """Whom a short name stands for, when the one it was linked to has died ("His late
        father, Alec Dunnet," then "says Mr Dunnet"): the one living person of that surname."""
        if m.canonical not in self._dead or text[m.start : m.end] == m.canonical:
            return m.canonical
        surname = m.canonical.split()[-1]
        living = {
            n.canonical
            for n in self.mentions
            if n.canonical.split()[-1] == surname and n.canonical not in self._dead
        }
        return living.pop() if len(living) == 1 else m.canonical

    def _surname_at_head(self, span: Span | None) -> str | None:
        """The one person whose surname heads a longer expression no name was found in ("Mr
        Lovemore “Chikwata” Sibanda put it bluntly", NER finding only a later "Mr Sibanda");
        not a lone word the people rules turned down."""
        if span is None or len(span) < 2 or span.root.pos_ != "PROPN" or not span.root.is_title:
            return None
        return self._one_of_surname(span.root.text)

    def _holder_of_initials(self, text: str, initials: str) -> str | None:
        """The one person the article names right after an office's initials in brackets:
        "District Medical and Health Officer (DM&HO) Dr Iohborlang Rymbai"."""
        found = set()
        for at in re.finditer(rf"\({re.escape(initials)}\)", text):
            i = bisect_left(self._starts, at.end())
            if i < len(self.mentions) and self.mentions[i].start - at.end() <= _TITLE_GAP:
                found.add(self.mentions[i].canonical)
        return found.pop() if len(found) == 1 else None

    def _one_of_surname(self, word: str) -> str | None:
        """The one person of the article whose name ends in ``word``."""
        found = {m.canonical for m in self.mentions if m.canonical.split()[-1] == word}
        return found.pop() if len(found) == 1 else None

    def _apposed_name(self, head: Token) -> str | None:
        """The person named in apposition to the head noun or to the noun its "of" phrase
        names: "a spokesman, Tom Reyes", "one of their lawyers, Ana Ruiz"; or the name the
        noun is in apposition to: "Dr Richmond Boakye, the club's Board Chairman,"; or to the
        noun of its "as": "His predecessor as convener, Ceit MacInnes,"."""
        nouns = [head, *(o for p in head.children if p.lower_ in _OF_OR_AS for o in p.children)]
        for noun in nouns:
            apposed = [c for c in noun.children if c.dep_ == "appos"]
            # and one apposed to that: "The National Coordinator, Progressive Shareholders
            # Forum, Sir Olumide Adeyemi-Cole,"
            apposed += [a for c in apposed for a in c.children if a.dep_ == "appos"]
            for c in apposed:
                m = self.mention_at(c.idx, c.idx + len(c))
                if m is not None:
                    return self._elder_or_younger(head, m.canonical)
        if head.dep_ == "appos" and head.head.i < head.i:  # "Dr Richmond Boakye, the club's
            m = self.mention_at(head.head.idx, head.head.idx + len(head.head))  # Board Chairman,"
            if m is not None:
                return m.canonical
        return self._named_right_after(head) or self._named_between_commas(head)

    def _named_right_after(self, head: Token) -> str | None:
        """The name a role noun stands right before, titles between, where the parse made the
        noun the subject ("KOROQAQA Warriors coach Ratu Josaia Vuniwai, 47, says": "coach"
        read as a verb with the name as its object)."""
        if head.lower_ not in PEOPLE_NOUNS:
            return None
        doc, i = head.doc, head.i + 1
        while i < len(doc) and doc[i].lower_.rstrip(".") in PERSONAL_TITLES:
            i += 1
        if i == len(doc) or doc[i].pos_ != "PROPN":
            return None
        m = self.mention_at(doc[i].idx, doc[i].idx + 1)
        return m.canonical if m is not None and m.start == doc[i].idx else None

    def _named_between_commas(self, head: Token) -> str | None:
        """A name set off by commas right after the noun, or ending the sentence, which the
        parse did not appose ("According to its chairwoman, Mrs. Shiromi Fernando, the
        plants are …", "according to the council chairwoman, ’Mamolise Tau.", "the Chief
        Executive (MCE), Ms X,"), or closing the subject the noun heads."""
        doc, text = head.doc, text_of(head.doc)
        if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.lower_ in PEOPLE_NOUNS):
            return None
        comma = head.i + 1
        if comma + 2 < len(doc) and doc[comma].text == "(" and doc[comma + 2].text == ")":
            comma += 3  # "the Municipal Chief Executive (MCE), Ms Selorm Agbenyega,"
        if comma + 1 < len(doc) and doc[comma].text == ",":
            after = doc[comma + 1].idx
            for m in self._overlapping(after, after + 8):  # the name, or an honorific before
                if after <= m.start <= after + len("Mrs. ") and (
                    text[m.end : m.end + 1] in ",." or text.startswith(" (", m.end)
                ):  # (or an age in brackets: "The Crown's first witness, Make X (74) of")
                    return m.canonical
        return self._name_closing_subject(head)

    def _name_closing_subject(self, head: Token) -> str | None:
        """The name between commas that closes a subject the parse hung it inside ("the
        Member of Parliament for Obruapa, Hon. Fiifi Baidoo, has thrown …")."""
        doc, text = head.doc, text_of(head.doc)
        if (
            head.dep_ not in SUBJECT_DEPS
            or head.head.i < head.i
            or not {head.lower_, head.lemma_.lower()} & PEOPLE_NOUNS
        ):
            return None
        last = head.right_edge.i - (doc[head.right_edge.i].text == ",")
        if last + 1 >= len(doc) or doc[last + 1].text != "," or last <= head.i:
            return None
        end = doc[last].idx + len(doc[last])
        found = [m for m in self._overlapping(end - 1, end) if m.end == end]
        if not found or not (
            closing := _CLOSING_NAME.search(text, max(0, found[0].start - 24), found[0].start)
        ):
            return None
        before = doc.char_span(closing.start() - 1, closing.start(), alignment_mode="expand")
        if before is not None and before[0].pos_ == "NOUN":
            return None  # "A spokeswoman for the developer, Tregarthen Living,": the developer's
        return found[0].canonical

    def _sibling_of_age(self, head: Token, lemma: str) -> str | None:
        """ "The younger man" when the article named someone's "younger brother": him; "the
        older man": the brother he is younger than (likewise sisters for "woman")."""
        sibling = "brother" if lemma == "man" else "sister"
        older = not any(c.lower_ == "younger" for c in head.children)
        younger = self.roles.get(f"younger {sibling}", set())
        elder = self.roles.get(f"older {sibling}", set()) | self.roles.get(
            f"elder {sibling}", set()
        )
        if not older and len(younger) == 1 and not elder:
            return next(iter(younger))
        if older and len(elder) == 1 and not younger:
            return next(iter(elder))
        if older and len(younger) == 1 and not elder:  # the one the younger is brother to
            others = self.kin.get((next(iter(younger)), sibling), set())
            return next(iter(others)) if len(others) == 1 else None
        return None

    def _elder_or_younger(self, head: Token, named: str) -> str:
        """ "The elder Hollis" when Callum Hollis's father, Mark Hollis, is named: the parent
        (the child for "the younger"), of the relatives the article names; else ``named``.
        ``head`` is "elder" with the name in apposition, or the name "elder" modifies."""
        word = next((c.lower_ for c in head.children if c.dep_ == "amod"), head.lower_)
        older = {"elder": True, "older": True, "younger": False}.get(word)
        if older is None or head.lemma_.lower() in KIN_NOUNS:  # "Her elder son, Devon": him
            return named
        key = (older, named.split()[-1])  # "the younger Mhlanga" names one person throughout
        if key not in self._relative_of_age:
            self._relative_of_age[key] = self._of_age(head, named, older)
        return self._relative_of_age[key]

    def _of_age(self, head: Token, named: str, older: bool) -> str:
        """The parent (``older``) or the child of the relatives the article names, of whom
        ``named`` is one; else ``named``."""
        for (child, relation), parents in self.kin.items():
            if relation in _PARENTS and child == named and older and len(parents) == 1:
                parent = next(iter(parents))  # not a father who "died in 2016": of the
                return named if _died(head.doc, self.mentions, parent) else parent  # living
            if relation in _PARENTS and named in parents and not older:
                return child
        return named


# The prepositions whose object a name is apposed to for the noun they hang on: "one of their
# lawyers, Ana Ruiz", "His predecessor as convener, Ceit MacInnes,"
_OF_OR_AS = frozenset({"of", "as"})
# Writings, and replies read as a letter is ("The latest reply, signed by transport minister
# Fiona Dunbar, promised “…”"); not every reply noun (``WRITTEN_NOUNS``): "The Florida
# senator's answer" is no writing whose writer another sentence names
_SIGNED_WRITINGS = WRITINGS | {"reply", "response"}


# What stands between a subject's comma and the name closing it: titles at most ("Hon.").
_CLOSING_NAME = re.compile(r", (?:[A-Z][a-z]{0,4}\.? ){0,3}$")


def _died(doc: Doc, mentions: Sequence[Mention], who: str) -> bool:
    """The text says ``who`` died: the subject of "died", or of a verb joined to it ("Ron
    Brereton played in the 1979 side and died in 2016")."""
    for m in mentions:
        if m.canonical != who:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        noun = span.root.head if span.root.dep_ == "appos" else span.root  # "His father, X,"
        verbs = [c for c in noun.children if c.dep_ == "acl"]  # the parse's root noun's verb
        if noun.dep_ in SUBJECT_DEPS:
            verbs.append(noun.head)
        if any(v.lemma_ == "die" for verb in verbs for v in (verb, *verb.conjuncts)):
            return True
    return False


# words that only describe a person's life: "the retired pipefitter said" is someone
_LIFE_WORDS = frozenset({"retired", "veteran", "elderly", "widowed", "bereaved", "teenage"})
_PARENTS = frozenset({"father", "mother", "parent", "dad", "mum", "mom"})
# What may stand between two people named together: "and", or "and" with their roles around
# it (", and the president of the club,"), within one sentence.
_PAIRED = re.compile(r"[^.!?\n]{0,60}\band\b[^.!?\n]{0,60}")


# a clause after an unnamed speaker giving the name the speaker gave: ", who gave only her
# first name, Marisol", ", who gave his name as Tomás"
_GAVE_NAME = re.compile(rf",? who (?:would )?(?:only )?{GAVE_NAME}(?=[A-Z])")
# Verbs of taking a side, which lead into the words that follow: "X disagreed with Y. “…”"
_TAKING_A_SIDE = frozenset({"disagree", "differ", "dissent", "concur", "object"})


def _is_cue(verb: Token) -> bool:
    """A speech verb ("said", "told", "asked", …), whatever part of speech the tagger gave it."""
    return verb.lemma_.lower() in CUE_LEMMAS


def _reports_on(verb: Token, subj: Token) -> bool:
    """``verb`` is a speech verb with a subject of its own, before ``subj``: what ``subj`` does
    is part of what someone else said."""
    return verb.i < subj.i and _is_cue(verb) and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _put_to_whom(tok: Token) -> bool:
    """ "put the question to him", "posed it to the minister": the one a question goes to."""
    verb = tok.head.head
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and puts_a_question(verb, {"question", "query", "it"})
    )


def _turned_to_whom(tok: Token) -> bool:
    """ "turned to the minister", "turning to Mr Ruiz": the person one turns to, to ask."""
    verb = tok.head.head
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and verb.lemma_.lower() == "turn"
        and not any(c.dep_ == "dobj" for c in verb.children)  # not "turned the boat to …"
        and (tok.pos_ == "PROPN" or tok.lemma_.lower() in PERSON_NOUNS | OCCUPATIONS)
    )


_COURTS = frozenset({"court", "tribunal", "judgment", "judgement", "ruling"})  # its judge's words
# Verbs whose object is the one asked ("asked the mayor", "had questioned the developer")
_ASKING = frozenset({"ask", "question", "quiz", "press", "grill", "interrogate", "cross-examine"})


def _owned_or_definite_role(noun: Token) -> bool:
    """ "the district health officer", "the council's head of sport": a person's role with
    "the" or an owner."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ in {"NOUN", "PROPN"}
        and noun.tag_ != "NNS"
        and (lemma in PERSON_NOUNS | OCCUPATIONS or head_of(noun))
        and (definite(noun) or possessor(noun) is not None)
    )


def _vocative(text: str, q_start: int, m: Mention) -> bool:
    """The name addresses someone in the quote opened at ``q_start``: it opens a clause and a
    comma or the question mark follows ("Mr Tillery, did you …?", "…, Mr Tillery?"), unlike
    "Raymond Tolliver stood at that podium"."""
    opens = _VOCATIVE.search(text[q_start : m.start]) is not None
    return opens and text[m.end : m.end + 1] in {",", "?", "!"}


def _said_in(writing: Token) -> Token | None:
    """The cue verb a writing's "in" phrase belongs to ("In a letter …, X said")."""
    prep = writing.head
    if writing.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lemma_.lower() not in CUE_LEMMAS:
        return None
    return prep.head
