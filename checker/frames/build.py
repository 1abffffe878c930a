"""Building frames: `frame_mentions` frames every body mention of a seed (`_frame` asks each rule of the package for
its part of the frame), then applies what gapped lists say.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..concepts import difference_measure, relation_words, share_of
from ..countries import demonym_code
from ..model import Mention, Seed
from .frame import Evidence, Frame
from .sentence import _clause, _just_before, _offset, _span_tokens, _won_by, _won_with, tokenize_sentence
from .names import NameIndex, _antecedents, _names, _pronoun
from .places import _area, _breakdown, _heading, _located, _part, _place_tokens, _population, _unnamed_place
from .sub_places import _sub_place
from .sub_events import _sub_event
from .dates import ACT_DAY, AS_OF, hour_of, _act, _dated_line, _dateline, _quoted_day, _reporting, _tally_time, _time, date_tokens
from .relations import (_changed_from, _implied_by_owner, _implied_by_progress, _increment, _of_counted, _pair, _progress,
                        _size_of_body, _of_them, _stated_whole, _subset, _sum, _superseded, _unverified)
from .rounds import _article_round, _round
from .lists import _with_lists
from .bars import _threshold
from .measures import _measures
from .ages import AGE, AGE_UNIT, _age
from .occurrence import (_comparison, _day_occurrence, _foreshock, _headline_occurrence, _occurrence,
                         _occurrence_after, _projection, _recap)


def frame_mentions(seed: Seed, mentions: Sequence[Mention], names: Optional[NameIndex] = None) -> tuple[Frame, ...]:
    """The frame of every body mention of a seed, in mention order (boilerplate mentions get none)."""
    names = (names or NameIndex()).tied(seed.text, seed.language)  # "the Socialist Party (PS)": the article's own
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence_start, []).append(mention)
    frames = []
    body = [mention for mention in mentions if mention.section == "body"]
    headline = _headline_occurrence(seed)
    held = _article_round(seed) if seed.published is None else ("", "")  # undated: no time tells the rounds apart
    for mention in body:
        frames.append(_frame(seed, mention, by_sentence[mention.sentence_start], names, headline, held))
    return _restated_people(body, _with_lists(seed, body, frames))


def _restated_people(mentions: Sequence[Mention], frames: Sequence[Frame]) -> tuple[Frame, ...]:
    """The frames, each count that restates the value of an earlier count of one country's people (a subset of a
    people's name: "131 vítimas fatais de nacionalidade iraniana. ... 'O número de mortos passou a 131'") with the
    same measure and no subset of its own marked as theirs too: an article's figure of one people, said again, is
    still theirs, never the toll."""
    people: dict = {}
    out = list(frames)
    for k, (mention, frame) in enumerate(zip(mentions, frames)):
        if mention.kind not in ("count", "number") or not frame.measures:
            continue
        key = (mention.value, frame.measures[0].what)
        if frame.subset and any(demonym_code(word, mention.language) for word in frame.subset.split()):
            people.setdefault(key, frame.subset)
        elif not frame.subset and key in people:
            out[k] = replace(frame, subset=people[key])
    return tuple(out)


def _frame(seed: Seed, mention: Mention, neighbours: list[Mention], names: NameIndex, headline: str = "",
           held: tuple[str, str] = ("", "")) -> Frame:
    sentence = tokenize_sentence(mention.sentence)
    base = _offset(seed, mention)
    first, last = _span_tokens(sentence, mention.start - base, mention.end - base)
    lo, hi = _clause(sentence, first, last)
    others = {i for other in neighbours if other is not mention
              for i in range(*_inclusive(_span_tokens(sentence, other.start - base, other.end - base)))}
    counts = {i for other in neighbours if other is not mention and other.kind != "date"
              for i in range(*_inclusive(_span_tokens(sentence, other.start - base, other.end - base)))}
    measures, others_measures = _measures(sentence, mention, first, last, lo, hi, counts,
                                          lambda: _place_tokens(sentence, names, others, mention.language))
    age = _age(mention, mention.sentence[:mention.start - base], mention.sentence[mention.end - base:])
    if age:  # "the 71-year-old mayor", "Ederra, de 71 años,": a person's age, whatever else its clause names
        measures = (Evidence(AGE, age, 0),)
    found_names, events = _names(sentence, mention, names, first, last, others, counts)
    reporting = _reporting(sentence, first, last, lo, hi, mention.language) if mention.kind == "date" else ""
    if mention.kind == "date" and (_dateline(sentence, first, last) or _dated_line(seed, mention, neighbours)):
        reporting = "dateline"
    if mention.kind == "date" and not reporting:
        reporting = _quoted_day(seed, mention)  # "'On Tuesday the water took everything,' she said"
    act = _act(sentence, first, last, lo, hi, date_tokens(sentence, neighbours, base, mention), mention.language) \
        if mention.kind == "date" and not reporting else ""
    if act:  # "claimed responsibility on Thursday for Wednesday's bombings"
        reporting = f"{ACT_DAY} ({act!r}): its own day, not the event's"
    tally = _tally_time(sentence, first, last, counts, mention.language) if mention.kind == "date" else ""
    if tally and not reporting:
        reporting = f"{AS_OF} ({tally!r}): when a tally was made"
    time, source = _time(seed, mention, neighbours, base, sentence, (first, last), counts)
    projection = "" if mention.kind == "date" else _projection(sentence, lo, hi, mention.language, first, last)
    new = "" if _recap(sentence, mention.language) else headline  # "The first earthquake ... killed": the event's
    occurrence = (_day_occurrence(sentence, first, last, hi, mention.language) or new) if mention.kind == "date" else (
        _occurrence(sentence, first, mention.language) or _occurrence_after(sentence, mention, last, measures)
        or _foreshock(sentence, mention, last, neighbours, base) or new)
    sum_of, sum_words = ((), "") if mention.kind == "date" else _sum(sentence, last, hi, mention.language)
    mine = range(first, last + 1)
    opening = max([b + 1 for b in sentence.breaks if b < first], default=0)  # "In the previous toll, ... 200"
    superseded = "" if mention.kind == "date" else (_superseded(sentence, opening, hi, mention.language, mine, counts)
                                                    or _changed_from(sentence, first, last, mention.language))
    count_spans = [_span_tokens(sentence, other.start - base, other.end - base) for other in neighbours
                   if other is not mention and other.kind != "date"]
    part = "" if mention.kind == "date" else _part(sentence, lo, hi, mention.language, counts, mine)
    breakdown = "" if mention.kind == "date" else _breakdown(sentence, (first, last), count_spans, names, others,
                                                             mention.language)
    heading = "" if mention.kind == "date" else _heading(seed, mention)
    parts = frozenset(_span_tokens(sentence, other.start - base, other.end - base) for other in neighbours
                      if other is not mention and other.kind in ("count", "number"))
    progress, whole = _of_counted(sentence, first, last, count_spans, mention.language, parts) \
        if mention.kind in ("count", "number") else ("", "")  # "With 3,900,000 of 4,120,000 votes counted"
    total, difference = ("", "") if mention.kind == "date" else (
        _just_before(sentence, first, relation_words("total", mention.language), mention.language) or whole
        or _size_of_body(sentence, last, mention.language),
        _just_before(sentence, first, relation_words("difference", mention.language), mention.language))
    won_by = "" if mention.kind == "date" or difference else _won_by(sentence, lo, first, mention.language)
    if won_by:  # "Orsen won the runoff by 50,000 votes": a margin, whatever it counts
        difference, measures = won_by, (Evidence(difference_measure(), won_by, 0),) + tuple(measures)
    won_with = _won_with(sentence, lo, hi, first, last, mention.language) if mention.kind == "percent" else ""
    if won_with and share_of().get("votes"):  # "Orsen re-elected with 90.7% on record-low turnout": the winner's share
        measures = (Evidence(share_of()["votes"], won_with, 0),) + tuple(measures)
    increment = "" if mention.kind == "date" else _increment(sentence, first, last, counts, measures, mention.language)
    unverified = "" if mention.kind == "date" or age else _unverified(sentence, opening, hi, mention.language, mine, counts)
    which, words = _round(seed, mention, sentence, first, last, counts)
    if age:  # a person's age is no figure of a round, nor an earlier figure ("the former mayor, aged 72")
        which, words, superseded = "", "", ""
    comparison = _comparison(sentence, first, mention.language) if mention.kind == "date" else ""
    if mention.kind == "percent":
        progress = _progress(sentence, first, last, lo, hi, mention.language)
        if not progress:
            measures = _implied_by_progress(sentence, mention, measures, neighbours, base)
        if not progress:  # "o comunista Kharitonov ficou em segundo lugar, com 4,13%": a contestant's share
            measures = _implied_by_owner(sentence, mention, measures, found_names, first, last, counts,
                                         names.contestants)
    pair, pair_words, before_pair = _pair(sentence, mention, neighbours, base, names)
    area = (_area(sentence, first, mention.language)
            or _unnamed_place(sentence, first, names, mention.language, counts)) if mention.kind == "percent" else ""
    pronoun = "" if mention.kind == "date" else _pronoun(sentence, first, found_names, mention.language)
    antecedents = _antecedents(seed, mention, names) if pronoun else ()
    located, located_names, located_country = ("", (), "") if mention.kind == "date" else _located(
        sentence, first, counts, names, mention.language)
    bounds = {i for other in neighbours if other is not mention and other.kind == "duration" and other.unit == AGE_UNIT
              for i in range(*_inclusive(_span_tokens(sentence, other.start - base, other.end - base)))}
    population, population_words = ("", "") if mention.kind == "date" else _population(  # "Entre los jóvenes de 18 a
        sentence, first, counts - bounds, mention.language, last)  # 35 años, ...": the ages bound a group, no figure
    sub_place, sub_names, part_place = ("", (), "") if mention.kind == "date" else _sub_place(
        seed, mention, sentence, first, counts, names, mention.language)
    if sub_names and not (located_names or located_country):  # a listed place: weighed where the number is
        located, located_names = sub_place, sub_names
    part_place = "" if part or sub_names else part_place
    part = part or ("" if sub_names else sub_place)
    if not part and not sub_names and mention.kind != "date":  # "The fire in Taldo alone has killed 40"
        part, part_place = _sub_event(sentence, first, counts, names, mention.language)
    return Frame(mention.start, mention.end, measures, time, source, found_names, events, reporting, projection,
                 occurrence, sum_of, sum_words, superseded, part, total, difference, which, words, heading,
                 comparison, breakdown, progress, area, pronoun, antecedents, pair, pair_words, before_pair,
                 others_measures=others_measures if mention.kind != "date" else "",
                 subset=_subset(sentence, mention, first, last, counts, measures, names.countries), located=located,
                 partitive=_of_them(sentence, first, last, counts, mention.language)
                 if mention.kind in ("count", "number") else "",
                 of_whole=_stated_whole(sentence, first, last, count_spans, mention.language)
                 if mention.kind in ("count", "number") else "",
                 located_names=located_names, located_country=located_country,
                 sub_located=names.sub_places(located_names) if not located_country else (),
                 threshold="" if mention.kind == "date" else _threshold(sentence, first, last, mention.language,
                                                                        mention.kind == "percent"),
                 population=population, population_words=population_words,
                 article_round="" if which or time is not None else held[0],
                 article_round_words="" if which or time is not None else held[1], part_place=part_place,
                 increment=increment, unverified=unverified,
                 hour="" if mention.kind == "date" else hour_of(mention.sentence, mention.language))


def _inclusive(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], span[1] + 1
