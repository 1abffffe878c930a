"""The frame of a mention and its evidence: `Frame` (what a number measures, when, where, who, and the words
that make it a part, an earlier figure or another occurrence's) and `Evidence` (one part of it with the words it
came from). checker/frames/build.py fills them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

from ..concepts import round_words


@dataclass(frozen=True)
class Evidence:
    """One part of a frame: what it is (a concept id, a name, an ISO date), the words it came from, and
    how many tokens it stands from the mention (0: inside it)."""

    what: str
    words: str
    distance: int
    before: bool = False  # it stands before the mention (a name owns the number it precedes, on a tie)
    # for a name: 0 in the mention's own part; 1 after it across a comma or a conjunction ("42.45 %, and
    # Saeed Jalili"); 2 speaking of another number: after it with another quantity between ("16.4 million
    # to 13.5 million for Jalili") or before it across a contrast word ("Lula, 50.9 %, against 49.1 %")
    apart: int = 0

    def __str__(self) -> str:
        return f"{self.what} ({self.words!r}, {self.distance} tokens away)" if self.words != self.what \
            else f"{self.what!r} ({self.distance} tokens away)"


@dataclass(frozen=True)
class Frame:
    """The frame of one mention (identified by its offsets in the seed)."""

    start: int
    end: int
    measures: tuple[Evidence, ...] = ()  # concepts, nearest first
    time: Optional[tuple[int, int]] = None  # first and last day (proleptic ordinals)
    time_source: str = ""  # "clause: 'April 30'", "article date", or "" when unknown
    names: tuple[Evidence, ...] = ()  # sheet names (what = the name as listed) and capitalized words
    events: tuple[str, ...] = ()  # ids of the events whose names, places or entities the sentence holds
    reporting: str = ""  # for a date: the reporting words that make it a reporting detail, or "dateline"
    projection: str = ""  # a word of its clause that makes the number a projection ("could", "polls")
    occurrence: str = ""  # words that make it a value of another occurrence of the event ("aftershocks")
    sum_of: tuple[str, ...] = ()  # rival concepts its own noun joins, when it counts their sum ("killed and injured")
    sum_words: str = ""  # the words of that sum
    superseded: str = ""  # a word of its clause that marks it as an earlier figure ("the previous toll")
    part: str = ""  # the words restricting it to a sub-place ("in the two districts"): a part, not the total
    total: str = ""  # the words making it the whole of several parts ("out of", "از مجموع"): no one entity's
    difference: str = ""  # the words making it a gap ("a margin of", "بفارق"): no value of its measure
    round: str = ""  # the round its sentence places it in ("first", "second"; concepts.yaml `rounds`)
    round_words: str = ""  # the words that say so ("na primeira volta")
    heading: str = ""  # a heading line above it that places it in a sub-place ("استان اردبیل"): a part
    comparison: str = ""  # for a date: the words making it a point of comparison ("the worst ... since 1957")
    breakdown: str = ""  # the place of its part of a breakdown by place ("in Taroudant" in "1,591 in Al Haouz and 809 in Taroudant")
    progress: str = ""  # for a percent: the words making it the progress of a count ("of the votes counted", "بعد فرز")
    # a parallel pair without names of its own ("6,210,000 votes against 5,230,000" after "Orsen ... Pike"): which
    # of the two it is (1 or 2, 0 when none), its words, and the sheet names named before it, one tuple per place
    area: str = ""  # for a percent: the area word of its part or the part before ("La provincia con mayor participación")
    pronoun: str = ""  # a subject pronoun of its part before it, when its sentence names nobody before it ("ele")
    antecedents: tuple = ()  # the sheet names of the sentence before, one tuple per place, in order
    pair: int = 0
    pair_words: str = ""
    names_before_pair: tuple = ()
    # measure words near it that are not its measures, each with why: another conjunct's number's own ("died" in
    # "Three people died and dozens were trapped"), or for whom a crowd did something ("for the injured")
    others_measures: str = ""
    subset: str = ""  # the words making it a subset by kind of a casualty measure ("among the dead"): a part
    # the words stating, after it, the whole it is a part of ("were accredited, out of 6.24 million"): a part, never a
    # value of the whole's measure (checker/link.py)
    of_whole: str = ""
    # the partitive phrase after (or before) it that makes it a part of the number before it in its sentence ("25 of
    # them seriously", "ستة منهم في العناية المركزة"; checker/frames/relations.py `_of_them`): never the whole's value
    partitive: str = ""
    # the locative of its part of the sentence, or of the part before ("In India, 78 people died"), and the sheet
    # names (as listed) it holds: where the number is (checker/link.py weighs them against the fact's place)
    located: str = ""
    located_names: tuple[str, ...] = ()
    # those of them that are a part of the event's area: no country, no place naming the event ("Sindh" for the
    # "Pakistan floods"; checker/frames/names.py NameIndex.wholes): that place's count, its identity (checker/claims/)
    sub_located: tuple[str, ...] = ()
    head: str = ""  # the name heading its element of a list ("Pike" in "Pike, 12,300,000 (31.7%)"): whose it is
    located_country: str = ""  # the code of a country the sheet does not list, named by that locative ("in India")
    # the words making it a bar, not a result: a rule's or what someone needs ("needs 50 % plus one"), or a mark its
    # clause says nobody reached ("no candidate passed the 50 % mark"; checker/frames/bars.py)
    threshold: str = ""
    # the part of a country's people by place it is of ("abroad", "capital": concepts.yaml `populations`) and its words
    # ("en el exterior", "In the capital"): that part's figure, not the national one
    population: str = ""
    population_words: str = ""
    # the round its undated article's headline names as held ("second") and its words ("runoff (headline)"), for a
    # number of no round and no time of its own (checker/frames/rounds.py, _article_round): a fact of the other round is
    # ruled out (checker/link.py)
    article_round: str = ""
    article_round_words: str = ""
    # the name of the sub-place a part is of ("talvora" of "La provincia de Talvora concentra ... 400"; "una misma
    # familia"; checker/frames/sub_places.py): two parts are one claim only in the same sub-place
    part_place: str = ""
    # the words making it an increment, a count added since the last report or a change of one ("new" of "five new
    # deaths", "rose by", "آخرين"; concepts.yaml `increments`): no value of its measure
    increment: str = ""
    # a word of its clause that marks it as unverified by its own sentence ("unofficial counts", "تقارير غير مؤكدة";
    # concepts.yaml `unverified`): the article reports the figure goes round, it does not assert it
    unverified: str = ""
    # the hour of polling day its sentence reads its figures at ("at 13:00" of "By 1 pm, 14.2 % had voted";
    # checker/frames/dates.py hour_of): a figure of an hourly measure is that hour's progress, not the day's result
    hour: str = ""

    @property
    def concepts(self) -> frozenset:
        return frozenset(e.what for e in self.measures)

    def nearest(self, concepts: Iterable[str]) -> Optional[Evidence]:
        wanted = set(concepts)
        return next((e for e in self.measures if e.what in wanted), None)

    def describe(self) -> tuple[str, ...]:
        """The frame in words, one part a line (for `factlint explain`)."""
        parts = [f"measure: {', '.join(map(str, self.measures)) or 'none named'}"]
        parts.append(f"time: {_days(self.time)} from {self.time_source}" if self.time else "time: unknown")
        if self.names:
            parts.append("names: " + ", ".join(map(str, self.names[:6])))
        if self.events:
            parts.append("event evidence: " + ", ".join(self.events))
        if self.reporting:
            parts.append(f"reporting detail: {self.reporting!r}")
        if self.projection:
            parts.append(f"projection: {self.projection!r}")
        if self.occurrence:
            parts.append(f"another occurrence: {self.occurrence!r}")
        if self.sum_of:
            parts.append(f"a sum of {' and '.join(self.sum_of)} ({self.sum_words!r})")
        if self.superseded:
            parts.append(f"an earlier figure: {self.superseded!r}")
        if self.unverified:
            parts.append(f"an unverified figure: {self.unverified!r}")
        if self.part:
            parts.append(f"a part: {self.part!r}" + (f" (of {self.part_place!r})" if self.part_place else ""))
        if self.total:
            parts.append(f"a total: {self.total!r}")
        if self.difference:
            parts.append(f"a difference: {self.difference!r}")
        if self.increment:
            parts.append(f"an increment: {self.increment!r}, a count added since the last report, not the count")
        if self.round:
            parts.append(f"round: {self.round} ({self.round_words!r})")
        if self.article_round:
            parts.append(f"the article's round: {self.article_round} ({self.article_round_words!r}), for a number of"
                         " no round and no time of its own")
        if self.heading:
            parts.append(f"under the heading {self.heading!r}: a part")
        if self.comparison:
            parts.append(f"a point of comparison: {self.comparison!r}")
        if self.breakdown:
            parts.append(f"a breakdown by place: {self.breakdown!r}")
        if self.threshold:
            parts.append(f"a threshold, not a result: {self.threshold!r}")
        if self.progress:
            parts.append(f"the progress of a count: {self.progress!r}")
        if self.hour:
            parts.append(f"read at an hour ({self.hour}): a figure of the day's progress for an hourly measure")
        if self.population:
            parts.append(f"a part by place: {self.population} ({self.population_words!r}), not the whole")
        if self.area:
            parts.append(f"a value of one area: {self.area!r}")
        if self.pronoun:
            named = " ... ".join("/".join(names) for names in self.antecedents) or "none"
            parts.append(f"the pronoun {self.pronoun!r}, after a sentence naming {named}")
        if self.pair:
            named = " ... ".join("/".join(names) for names in self.names_before_pair) or "none"
            parts.append(f"number {self.pair} of the pair {self.pair_words!r}, after the names {named}")
        if self.subset:
            parts.append(f"a part: a subset ({self.subset!r}), not the whole")
        if self.partitive:
            parts.append(f"a part of the number before it ({self.partitive!r})")
        if self.of_whole:
            parts.append(f"a part of a whole stated after it ({self.of_whole!r})")
        if self.head:
            parts.append(f"an element of a list headed by {self.head!r}")
        if self.others_measures:
            parts.append(f"not its measure: {self.others_measures}")
        if self.located_names or self.located_country:
            parts.append(f"located: {self.located!r} ({', '.join(self.located_names) or self.located_country})")
        return tuple(parts)


def _days(span: tuple[int, int]) -> str:
    first, last = (date.fromordinal(d).isoformat() for d in span)
    return first if first == last else f"{first}..{last}"
