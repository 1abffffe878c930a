"""The claims of seeds: `claims_of` (from each seed's result, or its stored rows), `claim_rows` (the rows a
seed's result stores), and `seed_claims`, which asks each rule of the package about each mention; the
progress of a partial count (`_partial`) and a headline's claims restated by the body
(`_without_restated_headline`).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Iterable, Optional, Sequence

from ..compare import FULL_PROGRESS
from ..frames import threshold_of, tokenize_sentence
from ..frames.sentence import _phrase
from ..model import HEADLINE_LINE, Mention, Seed, SeedResult
from ..published import publication_days
from ..concepts import contestant_measures, fold_key, hourly_measures, measured_from, measure_class, preliminary_words
from .claim import BLOCK_KIND, CLAIM_ROW_FIELDS, PART_KINDS, PRELIMINARY, Claim
from ..frames.dates import hour_of
from .days import SINCE, _date_days, _own_time, _since
from .exclusions import _counts_occurrences, _groupable, _occurrence_measure, _offset, _projection
from .measure import _counted_thing, _fits, _measure, _nearer, _other_occasions
from .owners import _enumerations, _origin, _owners, _part_roles, _respectively, _roles, _sub_place_located
from .parts import (SUB_PLACES, WHOLE, _amount, _revised, _running, _by_means, _elsewhere, _of_earlier, _own_measure_wholes, _part_wholes,
                    _severity, _split, _subset, _summed)
from .wholes import _wholes_of_parts



def claims_of(results: Iterable[SeedResult]) -> list[Claim]:
    """The claims of every seed in scope: body mentions no fact links, with their frames. A seed out of
    scope for every event the sheets declare speaks of another event: it has no claims. A result whose
    claims were computed with its seed (SeedResult.claims) gives them without computing them again."""
    claims: list[Claim] = []
    for result in results:
        if result.scope and not any(decision.in_scope for decision in result.scope):
            continue
        if result.claims is not None:
            claims += (Claim(result.seed, result.mentions[row[0]], *row[1:]) for row in result.claims)
            continue
        linked = {(link.mention.start, link.mention.end) for link in result.links}
        frames = {(frame.start, frame.end): frame for frame in result.frames}
        claims += seed_claims(result.seed, result.mentions, linked, frames, _scope(result))
    return claims


class StoredClaim:
    """A claim of a result's rows (SeedResult.claims), built when it is first read (claim()): what grouping reads of
    it is its seed's grouping row, so a rerun builds only the claims it groups, and their mentions (codec.Texts)."""

    __slots__ = ("seed", "rows", "at", "mentions", "scope")

    def __init__(self, seed: Seed, rows: Sequence[tuple], at: int, mentions: Sequence[Mention], scope: str):
        # rows: its seed's (codec.Texts read back: a row built when read); scope: its seed's, as claims_of gives it
        self.seed, self.rows, self.at, self.mentions, self.scope = seed, rows, at, mentions, scope

    def claim(self) -> Claim:
        row = self.rows[self.at]
        return Claim(self.seed, self.mentions[row[0]], *row[1:])


def stored_claims(results: Iterable[SeedResult]) -> list:
    """claims_of(results), each claim of a result's rows a StoredClaim (built when read), the others Claims."""
    found: list = []
    for result in results:
        if result.claims is None:
            found += claims_of([result])
        elif not result.scope or any(decision.in_scope for decision in result.scope):
            rows, mentions, scope = result.claims, result.mentions, _scope(result)
            found += (StoredClaim(result.seed, rows, at, mentions, scope) for at in range(len(rows)))
    return found


def _scope(result: SeedResult) -> str:
    """The events a seed is in scope for, as each of its claims holds them ("" when the sheets declare none)."""
    return ",".join(sorted(d.event for d in result.scope if d.in_scope))


def claim_rows(claims: Sequence[Claim], mentions: Sequence[Mention]) -> Optional[tuple]:
    """The claims of one seed as rows for SeedResult.claims: the index of each claim's mention in mentions,
    then the claim's fields after its seed and mention; None when a claim's mention is not one of them."""
    index = {id(mention): i for i, mention in enumerate(mentions)}
    if any(id(claim.mention) not in index for claim in claims):
        return None
    return tuple((index[id(claim.mention)],) + tuple(getattr(claim, name) for name in CLAIM_ROW_FIELDS)
                 for claim in claims)


def seed_claims(seed: Seed, mentions: Sequence[Mention], linked: set = frozenset(), frames: Optional[dict] = None,
                scope: str = "") -> list[Claim]:
    """The claims of one seed. A mention's frame (by its offsets) gives its measure, its roles and the time
    it speaks of; without a frame, the dates of all the mentions of its sentence date its event. A bare
    number of a list by name ("1,293 deaths in Al Haouz, 452 in Taroudant and 41 in Ouarzazate") takes
    the measure of the quantity with a name before it in its sentence."""
    days_by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        span = _date_days(mention)
        if span is not None:
            days_by_sentence[mention.sentence_start].append(span)
    published = publication_days(seed)  # a lower bound's: the days from it on (checker/published.py)
    wholes = _part_wholes(mentions)
    parts = {span: _amount(whole) for span, whole in wholes.items()}
    claims = []
    listed: dict[int, tuple[str, frozenset]] = {}  # sentence -> measure of its last quantity with a role
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind != "date":
            by_sentence[mention.sentence_start].append(mention)
    measures_of = {(m.start, m.end): _measure(m, (frames or {}).get((m.start, m.end)), frozenset()
                                              if (m.start, m.end) in parts  # a part has its whole's measure
                                              else _nearer(m, by_sentence[m.sentence_start], frames or {}))
                   for m in mentions}
    parts = _own_measure_wholes(parts, wholes, measures_of, frames or {})
    of_parts = _wholes_of_parts(seed, by_sentence)
    measures_of.update(_other_occasions(by_sentence, measures_of, frames or {}))
    partial = {m.sentence_start: f"{m.value.low:g}" for m in mentions
               if _partial(m, measures_of[(m.start, m.end)], (frames or {}).get((m.start, m.end)))}
    counting = _article_progress(partial)
    for mention in mentions:  # else the hour its sentence reads a turnout at ("A las 14.00, la participación ... 38,5%")
        if mention.sentence_start not in partial and measures_of[(mention.start, mention.end)] in hourly_measures():
            partial[mention.sentence_start] = hour_of(mention.sentence, mention.language)
    for mention in mentions:
        frame = (frames or {}).get((mention.start, mention.end))
        measure = measures_of[(mention.start, mention.end)]
        inherited = frozenset()
        if mention.kind in PART_KINDS and frame is not None:
            named = _roles(mention, frame)
            if not measure and named and mention.sentence_start in listed \
                    and _fits(mention, listed[mention.sentence_start][0]):
                measure, inherited = listed[mention.sentence_start]  # "..., 41 in Ouarzazate and 15 in Marrakesh"
            elif measure and named:
                listed[mention.sentence_start] = (measure, frozenset(frame.concepts))
        if (mention.start, mention.end) in linked or not _groupable(mention, measure):
            continue
        if frame is not None and frame.reporting:  # "the ministry said on Saturday": when it was said
            continue
        # "rose from 41 to 46": the toll before, no claim of now; "unofficial counts put the dead at 413": not asserted
        if frame is not None and (frame.superseded or frame.unverified):
            continue
        if frame is not None and frame.increment:  # "five new deaths overnight": a change of the toll, not the toll
            continue
        occurrence = ""
        if frame is not None and frame.occurrence and not _counts_occurrences(mention, measure):  # "a 6.4 aftershock"
            occurrence, measure = _occurrence_measure(mention, measure, frame.occurrence)
            if not occurrence:
                continue
        if mention.kind == "duration" and _offset(mention):  # "a day after the quake": when, not how long
            continue
        if mention.kind != "date" and (frame.threshold if frame is not None else threshold_of(mention)):  # a bar
            continue
        if frame is not None and _projection(mention, frame.projection):  # "could exceed 20,000", a poll
            continue
        if frame is not None and frame.heading:  # a table under "Province of X": a sub-place's, roles unknown
            continue
        if (measure and measure_class(measure) == "progress") or (frame is not None and frame.progress):  # "with 99 %
            # counted", "with 3,900,000 of 4,120,000 votes counted": when, not what
            continue
        if mention.kind == "date":
            event = _date_days(mention)
        elif frame is not None and frame.time is not None:
            event = _own_time(mention, frame, mentions, frames or {}, published)
        else:
            spans = days_by_sentence.get(mention.sentence_start)
            event = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else published
        if event is not None and published is not None and measure and measure_class(measure) == "aging":
            event = published  # "the 71-year-old mayor": an age is the person's on the day it is written
        if event is not None:
            # (a count of things keeps what its clause says happened to them: "afetaram 147 municípios", affected)
            measures = (frozenset(frame.concepts) | inherited) if measure or (
                frame is not None and _counted_thing(mention)) else frozenset()
            part = (mention.start, mention.end) in parts  # "92 de ellos en la provincia de Valencia"
            subset = _subset(mention, frame)  # "Among the dead were three hikers": its kind is its identity
            subset = subset or _of_earlier(mention, parts) or _split(mention)  # "Six of them"; "34 died ... and the rest"
            whole = WHOLE if frame is not None and frame.total or (mention.start, mention.end) in of_parts else ""
            whole = whole or (SINCE if mention.kind == "date" and _since(mention) else "")  # "since Monday"
            whole = whole or _summed(frame, mention.language)  # "8,975 homes destroyed or damaged": the sum, neither measure alone
            origin = _origin(frame) if measure in measured_from() else None  # "40 km northwest of Selm"
            roles = frozenset({"=" + (occurrence or subset or whole)}) if occurrence or subset or whole else \
                origin if origin is not None else \
                _part_roles(mention, frame) if part else (_roles(mention, frame, contested=measure in contestant_measures())
                                                          or _sub_place_located(frame))
            claims.append(Claim(seed, mention, event, measure, measures, roles, scope,
                                occurrence or _part_of_whole(parts.get((mention.start, mention.end), ""), mention)
                                or _elsewhere(mention)
                                or _severity(mention) or subset or whole
                                or (SUB_PLACES + (f":{frame.part_place}" if frame.part_place else "")
                                    if frame is not None and frame.part else ""),
                                enumerated=origin is not None,
                                progress=partial.get(mention.sentence_start, "") or _stage(mention, measure, counting),
                                owners=_owners(frame),
                                located=tuple(frame.located_names) if frame is not None else (),
                                round=frame.round if frame is not None else "",
                                population=_population(frame),
                                revised=_revised(mention) if measure else "",
                                running=_running(mention) if measure else ""))
    claims = _respectively(_enumerations(claims, mentions, frames or {}), mentions, frames or {})
    return _without_restated_headline(_revised_alike(_by_means(claims)), seed)


def _part_of_whole(whole: str, mention: Mention) -> str:
    """What a part of the number before it is a part of ("85 heridos, 25 de ellas de gravedad"): that number's value,
    and the degree its own part of the sentence names (concepts.yaml `severities`: "85 degree:serious"), since two
    parts of one whole are one part only when they name the same degree ("six of them in intensive care" is no part
    "de gravedad"); '' for no part."""
    if not whole:
        return ""
    degree = _severity(mention)
    return f"{whole} {degree}" if degree else whole


# What the population of a rate said of one area starts with (followed by the area's last word: _population).
AREA = "area:"


def _population(frame) -> str:
    """The part of the country's people a claim is of: its frame's population ("abroad"), else for a rate said of one
    area (frame.area: "turnout in Karvos", "en la provincia de ...") AREA and the area's last word, folded ("area:karvos",
    "area:provincia"): that area's, never the whole's, as it is for linking (checker/link.py); '' for the whole."""
    if frame is None:
        return ""
    if frame.population or not frame.area:
        return frame.population
    return AREA + fold_key(frame.area.split()[-1])


def _revised_alike(claims: list) -> list:
    """Every claim of a measure and value that its seed says elsewhere was revised to ("toll revised to 275" in the
    headline, "the final toll has been fixed at 275" in the body): the article's one corrected count."""
    words = {}
    for claim in claims:
        if claim.revised:
            words.setdefault((claim.measure, claim.mention.value), claim.revised)
    return [replace(c, revised=words.get((c.measure, c.mention.value), "")) if not c.revised and c.measure else c
            for c in claims]


def _partial(mention: Mention, measure: str, frame=None) -> bool:
    """Whether a mention is the progress of a count short of its end ("with 69.86 % of the ballots
    counted", or a percent whose frame gives the words of a progress: "بعد فرز 99 % من الأصوات"): the numbers of
    its sentence are a partial count, a moment of the tally; they are compared only with counts at the same
    progress (checker/cluster.py), never with a result."""
    progress = (bool(measure) and measure_class(measure) == "progress") or \
        (frame is not None and bool(frame.progress) and mention.kind == "percent")
    return progress and mention.value.low < FULL_PROGRESS


def _stage(mention: Mention, measure: str, counting: str) -> str:
    """The moment of the count a candidate's figure without a progress in its sentence is read at: an early stage its
    sentence names ("según los resultados preliminares": PRELIMINARY), else the one progress its article gives
    (_article_progress); '' for another measure, or a result."""
    if measure not in contestant_measures():
        return ""
    words = preliminary_words(mention.language)
    if words and _phrase(tokenize_sentence(mention.sentence), 0, None, words, mention.language):
        return PRELIMINARY
    return counting


def _article_progress(partial: dict) -> str:
    """The one progress of a count an article gives (in one sentence or several, always the same): the moment of
    every candidate's figure of its other sentences too ("With 99.1 % of the tally sheets counted, Arvo had
    12,900,000 votes. Brisa had 6,650,000."), '' when it gives none or two."""
    found = sorted(set(partial.values()))
    return found[0] if len(found) == 1 else ""


def _without_restated_headline(claims: list[Claim], seed: Seed) -> list[Claim]:
    """The claims without those of the article's first line (its headline) that a later line restates: a
    claim there of the same measure and kind holds the first line's value ("40,000 displaced" over
    "around 40,000 people have been displaced"). A headline drops the hedge of its body; the body's claim
    speaks for the article. (The seed's text is not kept with its result: lines are the mentions'.)"""
    line = HEADLINE_LINE
    body = [c for c in claims if c.mention.line != line]

    def restated(claim: Claim) -> bool:
        value = claim.mention.value
        kind = BLOCK_KIND.get(claim.mention.kind, claim.mention.kind)
        return any(c.measure == claim.measure and BLOCK_KIND.get(c.mention.kind, c.mention.kind) == kind
                   and c.mention.value.low <= value.low and value.high <= c.mention.value.high for c in body)

    return [c for c in claims if c.mention.line != line or not c.measure or not restated(c)]
