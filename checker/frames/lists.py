"""Gapped lists ("Orsen, 21,500,000 votes (55.4%); Pike, 12,300,000 (31.7%)"): the name heading each element owns
its count and the share in brackets after it, and an element that names no measure takes that of the element
before, or of the list's heading before its colon (`_with_lists`, applied to a seed's frames once all are built); a
list of places each with its number in brackets ("Porto Ruivo (8 dead), Calmar (7) and Vila do Mar (3)") gives each
number as its place's part (`_bracket_lists`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..concepts import (find_concepts, generic_measures, group_of, measures_kind, name_links, people_measures,
                        share_of)
from ..model import Mention, Seed
from .frame import Evidence, Frame
from .rows import _row
from .sentence import CLAUSE_BREAKS, PART_BREAKS, _Sentence, _offset, _span_tokens, tokenize_sentence
from .sub_events import _function_word, _name_word


# Words between a count and the bracket of its share ("21,500,000 votes (55.4%)").
LIST_GAP = 2
# The kinds of number an element of a list repeats.
LIST_FAMILIES = ({"count", "number"}, {"percent"})


def _with_lists(seed: Seed, body: list[Mention], frames: list[Frame]) -> tuple[Frame, ...]:
    """The frames with what a gapped list says ("Orsen, 21,500,000 votes (55.4%); Pike, 12,300,000 (31.7%)"): in
    order, a number headed by a name (_head) belongs to that name, and so does a percent in brackets right after it;
    a headed number that names no measure takes that of the number of its kind heading the element before it
    (_gapped), and a percent in brackets right after a count takes that count's share (concepts.yaml `share_of`)."""
    out = list(frames)
    place = {id(mention): n for n, mention in enumerate(body)}  # a mention's index in body and out
    seen: dict[int, list] = {}  # sentence start -> (mention, frame, span) of its numbers so far
    for n, (mention, frame) in enumerate(zip(body, frames)):
        if mention.kind not in ("count", "number", "percent"):
            continue
        frame = out[n] = _row(seed, mention, frame)
        sentence = tokenize_sentence(mention.sentence)
        base = _offset(seed, mention)
        before = seen.setdefault(mention.sentence_start, [])
        first, last = _span_tokens(sentence, mention.start - base, mention.end - base)
        counted = _count_before_bracket(sentence, mention, first, before)
        element = element_place(sentence, first, mention.language)  # "Heridos: Kalar, 40; Darband, 25"
        head = frame.head or _head(sentence, first, frame) or (counted[1].head if counted else "") \
            or (" ".join(sentence.tokens[element[0]:element[1] + 1]) if element else "")
        found = None if frame.measures else (_share(counted) if counted else _gapped(mention, head, before)
                                             or _list_heading(sentence, mention, first, head))
        if head or found is not None:
            out[n] = replace(frame, measures=(found,) if found is not None else frame.measures, head=head)
        before.append((mention, out[n], (first, last)))
    for spans in seen.values():
        for (mention, frame, span), (other, other_frame, other_span) in zip(spans, spans[1:]):
            shared = None if frame.measures else _named_after_last(tokenize_sentence(mention.sentence), mention,
                                                                     span, other, other_frame, other_span)
            if shared is not None:
                out[place[id(mention)]] = replace(frame, measures=(shared,))
    for spans in seen.values():
        for mention, frame in _bracket_lists([(m, out[place[id(m)]], span) for m, _, span in spans]):
            out[place[id(mention)]] = frame
    return tuple(out)


# The most words of a place's name before the bracket of its number ("Vila do Mar (5)"), links included.
BRACKET_NAME = 5
# The most words after a number inside its bracket ("Porto Ruivo (8 dead)").
BRACKET_GAP = 2


def _bracket_lists(numbers: list) -> list[tuple[Mention, Frame]]:
    """The frames of a sentence's list of places each with its number in brackets ("Porto Ruivo (8 dead), Calmar (7)
    and Vila do Mar (5)", "Os municípios com mais mortes são Calmar (6), Santa Irene (3) e ..."): numbers: the
    sentence's (mention, frame, token span), in order. When two places or more are so listed, each number is its
    place's part (its head and breakdown: all the words of the name, _bracket_name), of the measure its bracket names,
    else that of the bracketed number before it, else the one named before the first place in its clause (_named_before);
    a bracketed number with no place before it ("com mais mortes (31), seguida de Roca Sales (14)") passes its measure
    on and keeps its frame. [] when the sentence has no such list."""
    if not numbers:
        return []
    sentence = tokenize_sentence(numbers[0][0].sentence)
    language = numbers[0][0].language
    bracketed = [(m, f, span, _bracket_name(sentence, span[0], language)) for m, f, span in numbers
                 if m.kind in ("count", "number") and _in_brackets(sentence, span)]
    if len({name for *_, name in bracketed if name is not None}) < 2:
        return []
    found, current = [], None
    for mention, frame, (first, _), name in bracketed:
        own = next((e for e in frame.measures if measures_kind(e.what, mention.kind)), None)
        measure = own or current or _named_before(sentence, mention, name[0] if name else first - 1)
        current = measure or current
        if name is None:
            continue
        head = " ".join(sentence.tokens[name[0]:name[1] + 1])
        measures = frame.measures if own or measure is None else (
            Evidence(measure.what, _noted(measure.words, "the list of places in brackets"), measure.distance),)
        found.append((mention, replace(frame, head=head, breakdown=frame.breakdown or head, measures=measures)))
    return found


def _in_brackets(sentence: _Sentence, span: tuple) -> bool:
    """Whether a number stands alone in brackets, or with at most BRACKET_GAP words after it ("(7)", "(8 dead)")."""
    first, last = span
    if first == 0 or sentence.tokens[first - 1] != "(":
        return False
    after = sentence.tokens[last + 1:last + 2 + BRACKET_GAP]
    return ")" in after and all(t.isalpha() for t in after[:after.index(")")])


def _bracket_name(sentence: _Sentence, first: int, language: str) -> Optional[tuple[int, int]]:
    """(first, last token) of the place's name right before the opening bracket of a number ("Calmar (7)", "Vila do Mar
    (5)"): name words (sub_events._name_word), and words of concepts.yaml `name_links` between two of them; None when
    none."""
    end = first - 2
    if end < 0 or not _place_word(sentence, end, language):
        return None
    links = name_links()
    k = end
    while k > 0 and end - k + 1 < BRACKET_NAME:
        j = k - 1
        while j > 0 and sentence.keys[j] in links and k - j < 3:
            j -= 1
        if not _place_word(sentence, j, language) or end - j + 1 > BRACKET_NAME:
            break
        k = j
    return k, end


def _place_word(sentence: _Sentence, k: int, language: str) -> bool:
    """Whether token k may be a word of a place's name: capitalized in a script with case, even a word of the language
    or a month's short name ("Gramado", "Santa Maria", "Vila do Mar"; no function word), else a name word of sub_events
    (Arabic, Persian: a word the lemmatizer does not know)."""
    token = sentence.tokens[k]
    if token[:1].isupper():
        return token.isalpha() and not _function_word(sentence, k, language)
    return not token[:1].islower() and _name_word(sentence, k, language)


def _named_before(sentence: _Sentence, mention: Mention, upto: int) -> Optional[Evidence]:
    """The measure of its kind named last before token `upto` in its clause ("Os municípios com mais mortes ... são
    Calmar"), None when none."""
    start = max([b + 1 for b in sentence.breaks if b < upto], default=0)
    fitting = [hit for hit in find_concepts(sentence.tokens[start:upto], mention.language)
               if measures_kind(hit.concept, mention.kind)]
    if not fitting:
        return None
    hit = max(fitting, key=lambda h: (h.last, h.concept))
    group = generic_measures().get(hit.concept)
    if group:  # "As mortes ...; os que mais registram vítimas são": the victims are the dead
        named = {h.concept: h for h in find_concepts(sentence.tokens[:start + hit.first], mention.language)
                 if group_of(h.concept) == group and measures_kind(h.concept, mention.kind)}
        if len(named) == 1:
            (one,) = named.values()
            return Evidence(one.concept, _noted(f"{one.words} ... {hit.words}", "victims after the one measure named"),
                            upto - one.last)
    return Evidence(hit.concept, hit.words, upto - start - hit.last)


# Tokens between two elements of a list whose measure is named once, after the last ("Orsen obtuvo el 24,9 % y Pike
# el 58,6 % de los votos"), and between the last and that measure.
SHARED_REACH = 6
SHARED_AFTER = 3


def _named_after_last(sentence: _Sentence, mention: Mention, span: tuple, other: Mention, other_frame: Frame,
                      other_span: tuple) -> Optional[Evidence]:
    """For a number that names no measure and is no count with a noun of its own, followed in its clause by a number of
    its kind whose measure is named right after it (at most SHARED_AFTER tokens), with at most SHARED_REACH tokens and no clause break between the
    two: that measure, named once for the whole list ("A obtuvo el 24,9 % y B el 58,6 % de los votos", "In Doran,
    Orsen won 24.9% and Pike 58.6% of the vote"); else None."""
    family = next((f for f in LIST_FAMILIES if mention.kind in f), set())
    between = sentence.tokens[span[1] + 1:other_span[0]]
    if mention.kind == "count" and mention.unit:  # a count with a noun of its own is in no list the later noun is
        return None  # named for ("onze suspeitos, incluindo os quatro atiradores": the gunmen are the four's)
    if other.kind not in family or len(between) > SHARED_REACH or any(t in CLAUSE_BREAKS for t in between):
        return None
    for evidence in other_frame.measures:
        if measures_kind(evidence.what, mention.kind) and evidence.distance <= SHARED_AFTER \
                and _stands_after(sentence, other_span[1], evidence):
            distance = evidence.distance + other_span[1] - span[1]
            return Evidence(evidence.what, _noted(evidence.words, "named after the list's last element"), distance)
    return None


def _stands_after(sentence: _Sentence, last: int, evidence: Evidence) -> bool:
    """Whether the words of a measure stand right after token `last`, within their distance."""
    words = evidence.words.split()
    return any(list(sentence.tokens[k:k + len(words)]) == words
               for k in range(last + 1, min(len(sentence.tokens), last + 2 + evidence.distance)))


def _count_before_bracket(sentence: _Sentence, mention: Mention, first: int, before: list) -> Optional[tuple]:
    """For a percent right after an opening bracket that follows a count (at most LIST_GAP words between: its noun,
    "21,500,000 votes (55.4%)"), that count (mention, frame, span); else None."""
    if mention.kind != "percent" or not before or first == 0 or sentence.tokens[first - 1] != "(":
        return None
    other, frame, (_, last) = before[-1]
    between = sentence.tokens[last + 1:first - 1]
    if other.kind not in ("count", "number") or len(between) > LIST_GAP or any(not t.isalpha() for t in between):
        return None
    return before[-1]


def _share(counted: tuple) -> Optional[Evidence]:
    """The share of a count's measure (concepts.yaml `share_of`: votes, vote-share) for the percent in brackets
    after it, else None."""
    other, frame, _ = counted
    measure = next((e for e in frame.measures if measures_kind(e.what, other.kind)), None)
    share = share_of().get(measure.what) if measure is not None else None
    return Evidence(share, _noted(measure.words, "a share in brackets after its count"), 1) if share else None


def _gapped(mention: Mention, head: str, before: list) -> Optional[Evidence]:
    """The measure of an element of a gapped list: a name heads the mention and the nearest number of its kind before
    it in its sentence, which names a measure that can be of its kind ("Orsen, 21,500,000 votes ...; Pike,
    12,300,000"): that measure, else None."""
    if not head:
        return None
    family = next(f for f in LIST_FAMILIES if mention.kind in f)
    for other, other_frame, _ in reversed(before):
        if other.kind in family:
            fitting = [e for e in other_frame.measures if measures_kind(e.what, mention.kind)]
            if not fitting or not other_frame.head or other_frame.head == head:
                return None
            return Evidence(fitting[0].what, _noted(fitting[0].words, "the list's element before"), fitting[0].distance)
    return None


def _list_heading(sentence: _Sentence, mention: Mention, first: int, head: str) -> Optional[Evidence]:
    """For the first element of a list by name, the measure named before the colon that opens the list ("Los votos
    quedaron así: Orsen, 21.500.000 (55,4 %); ..."), in that colon's clause, no number between the colon and the
    mention; None when none."""
    colon = max((k for k in range(first) if sentence.tokens[k] == ":"), default=-1)
    if not head or colon < 0 or any(token[:1].isdigit() for token in sentence.tokens[colon + 1:first]):
        return None
    start = max([b + 1 for b in sentence.breaks if b < colon], default=0)
    fitting = [hit for hit in find_concepts(sentence.tokens[start:colon], mention.language)
               if measures_kind(hit.concept, mention.kind)]
    if not fitting:
        return None
    hit = fitting[0]  # what is counted comes first ("Votes by candidate", "آرای نامزدها")
    return Evidence(hit.concept, _noted(hit.words, "the heading of its list"), first - start - hit.last)


def _head(sentence: _Sentence, first: int, frame: Frame) -> str:
    """The name of its frame (a sheet name, a capitalized word) ending right before the mention's first token, or
    before a comma there ("Pike, 12,300,000", "بايك، 12300000"); '' when none."""
    k = first - 2 if first > 1 and sentence.tokens[first - 1] in PART_BREAKS else first - 1
    return next((e.what for e in frame.names if k >= 0 and e.words.split()[-1] == sentence.tokens[k]), "")


def _noted(words: str, note: str) -> str:
    """The words of a measure with where it came from, once ('votos (the list's element before)')."""
    return words if words.endswith(")") else f"{words} ({note})"


def _headed(sentence: _Sentence, first: int, frame: Frame) -> bool:
    """Whether a name of its frame (a sheet name, a capitalized word) ends right before the mention's first token,
    or before a comma there ("Pike, 12,300,000", "بايك، 12300000")."""
    k = first - 2 if first > 1 and sentence.tokens[first - 1] in PART_BREAKS else first - 1
    return k >= 0 and any(e.words.split()[-1] == sentence.tokens[k] for e in frame.names)


# Words of the place heading an element of a list of places ("Kalar, 40", "دربند 25").
ELEMENT_NAME = 3
# Signs between the elements of a list ("Kalar, 40; Darband, 25", "كالار 40، دربند 25").
LIST_SEPARATORS = frozenset(",;،؛")
# The group of measures that count people: a list after a heading of one of these counts them by place.
PEOPLE_GROUP = "casualties"


def element_place(sentence: _Sentence, first: int, language: str) -> Optional[tuple[int, int]]:
    """(first, last token) of the place heading the number's element of a list after a colon whose heading names a
    count of people ("Injured by district: Kalar, 40; Darband, 25", "Heridos: Kalar, 40; Darband, 25", "الجرحى حسب
    المنطقة: كالار 40، دربند 25"): a name (sub_events._name_word) right before the number or before a comma there,
    after the colon or a separator of the list; None when none. Each element is that place's part of the count."""
    colon = max((k for k in range(first) if sentence.tokens[k] == ":"), default=-1)
    if colon < 0:
        return None
    end = first - 2 if first - 1 > colon and sentence.tokens[first - 1] in PART_BREAKS else first - 1
    k = end
    while k > colon and end - k < ELEMENT_NAME and _name_word(sentence, k, language):
        k -= 1
    if k == end or not (k == colon or sentence.tokens[k] in LIST_SEPARATORS):
        return None
    start = max([b + 1 for b in sentence.breaks if b < colon], default=0)
    if not any(group_of(hit.concept) == PEOPLE_GROUP or hit.concept in people_measures()
               for hit in find_concepts(sentence.tokens[start:colon], language)):
        return None
    return k + 1, end
