"""Event scope: whether a seed speaks of the event a fact sheet covers, with the reasons.

A seed is in scope for an event only with evidence of it in its text (the rule, in one place):
- EVIDENCE_NEEDED points of names found anywhere in the seed: a name of the event counts NAME_POINTS,
  a place or an entity ENTITY_POINTS each (distinct names; Guaidó twice is one), and naming the event's
  kind (an earthquake, a flood, an election, an attack, a crash: concepts.yaml, `event_kinds`, with their
  `event_kind_families`: a bombing is an attack and an explosion) KIND_POINTS: one place name alone is not
  enough. An event whose names say no kind (a "crisis", "protests") has nothing more to ask for: one name
  of it is enough, its country too (a country's protests are named by the country). A name too short for its consonant skeleton, found in another script by its
  vowels (نوتو for Noto, منا for Mina: checker/skeleton.py), or written in at most `short_written` Arabic letters
  (سند: Sindh, and a document), counts only beside a second name of the event;
- a name counts only where the article speaks of its own event: one named only in passing, in a comparison
  ("the deadliest since the quake that struck Nepal", "in scenes that recalled the Jajarkot quake":
  concepts.yaml `comparisons`, checker/frames/occurrence.py in_passing), counts nothing, and the reasons say so;
- it is not mainly about another occurrence: when its headline and lede (the first LEDE_SENTENCES sentences)
  name a kind of event (an earthquake) but none of the event's names, places or entities, which the text
  names only further down, the article is about another earthquake;
- it is not mainly about another kind of event: the event's kinds are those its names hold ("Noto
  earthquake"); a seed whose words name another kind more than SUBJECT_MARGIN times as often (a later
  flood in the same towns; the headline counting twice) speaks of another event, while rain that hampers
  the search after a quake does not make a quake article a flood's;
- and its time fits the window: the publication date (else the year and month of an undated seed's url,
  `/2024/04/`) lies in the event's window; or, published before
  or after it, its own dates (a day or a month: a year in passing places nothing; a date in a comparison, "the
  deadliest since the quake of 3 November", is another occurrence's, not its own) lie in the window more
  often than outside it (a look back at the event, not a later event of the same place: a tie, its dateline
  against one "last October", is the later event); or,
  undated, a date of its text lies in the window, or no day or month of it lies outside (a year it recalls,
  "the strongest since 1999", places an undated seed nowhere either);
- and its headline and lede do not place it at another occurrence of the same kind (_another_time): naming no date
  of the window (days counted back from the publication place nothing), its headline speaks of an anniversary
  (concepts.yaml `occurrences: anniversary, years_later`, a word of the event's kind near it: "Kaga remembers the 2021
  earthquake, ten years on") of years
  outside the window (those it names, else the publication's year less the years it counts), or, undated, they name
  years outside the window beside a word of the event's kind, not in passing ("Kinbote seeks re-election in the 2035
  vote"; "a new quake, ten years after the 2021 one" stays in);
- and its headline does not count in a sub-place the event does not list ("in western Afghanistan's Ghor province")
  while its headline and lede name none of the event's places but its country nor a name of it that says more than
  its kind ("flash floods"), when it was filed a week or more after the event's day (_another_place: a flood in
  another province a week later, recalling the event's toll further down);
- and, undated, it does not speak of another occurrence in the same place: when every figure it states of a
  measure that names the occurrence (concepts.yaml `identity_measures`: a magnitude) lies that far from the
  event's fact (6.4 for a 7.4 earthquake), it is about another earthquake there (other_occurrence, read on the
  seed's frames). A dated article of the window stating another magnitude stays in: a contradiction to report.
Out-of-scope seeds are never checked against the event's facts; sheets without an `event:` block cover
every seed (their facts have no event).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable, Optional, Sequence

from collections import Counter

from .concepts import day_concepts, event_kind_families, event_kinds_named, fold_key, identity_measures, occurrence_days
from .countries import country_codes, other_names
from .frames import SENTENCE_END, NameIndex, headline_anniversary, in_passing, mention_in_passing, tokenize_sentence
from .frames.dates import COUNTED_BACK
from .model import Event, Fact, Mention, Seed
from .published import LOWER_BOUNDS, month_from_url, publication_days
from .skeleton import matchable, plain, script, short_written, skeletons

NAME_POINTS = 2
ENTITY_POINTS = 1
KIND_POINTS = 1
EVIDENCE_NEEDED = 2
# Dates wider than this many days ("2019", "this year") do not place an undated seed in or out of a window.
WIDEST_DATE_DAYS = 366
# A seed published outside the window is placed by its own dates of at most this many days (a day, a
# week, a month), never by a year named in passing ("Milei, who won the 2023 runoff").
OWN_DATE_DAYS = 31
# The headline's words of kinds of event count this many times (what the article is about).
HEADLINE_WEIGHT = 2
# Another kind of event is an article's subject when named more than this many times as often as the event's.
SUBJECT_MARGIN = 2
# The lede: this many sentences after the headline (a dateline line among them) say what an article is about.
LEDE_SENTENCES = 3
# Words either side of a year within which a word of the event's kind makes it an occurrence's year ("the 2035 vote",
# "las elecciones de 2035", "انتخابات ۲۰۳۵").
KIND_YEAR_WORDS = 3
# Words either side of an anniversary in the headline within which a word of the event's kind makes it that kind's
# ("Kaga remembers the 2021 earthquake, ten years on", "سالگرد زلزله"), across a comma.
KIND_ANNIVERSARY_WORDS = 5
# What ends a part of a line around a year ("the 1981 revolution, Zembla votes": the year is the revolution's).
PART_BREAK = re.compile(r"[,،;:|()\[\]]")
# A duration of this many seconds is a year (checker/extract: durations are in seconds).
YEAR_SECONDS = 365.25 * 86400


@dataclass(frozen=True)
class ScopeDecision:
    """Whether a seed is in scope for an event, and why."""

    event: str
    in_scope: bool
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        verdict = "in scope" if self.in_scope else "out of scope"
        return f"{self.event}: {verdict} ({'; '.join(self.reasons)})"


def decide_scope(seed: Seed, mentions: Sequence[Mention], events: Iterable[Event]) -> tuple[ScopeDecision, ...]:
    """The decisions for the events the seed names (in event id order); when it names none, one
    decision per event, all out of scope. The text is read once, whatever the number of events."""
    events = sorted(events, key=lambda e: e.id)
    if not events:
        return ()
    found = _found_names(seed, _names_of(tuple(events)))
    named = [event for event in events if event.id in found] or events
    kinds = _kinds_of_seed(seed)
    return tuple(_decide(seed, mentions, event, found.get(event.id, {}), kinds) for event in named)


def decide(seed: Seed, mentions: Sequence[Mention], event: Event) -> ScopeDecision:
    """The decision for one event."""
    return decide_scope(seed, mentions, [event])[0]


def _decide(seed: Seed, mentions: Sequence[Mention], event: Event, named: dict[str, "_Found"],
            kinds: Counter) -> ScopeDecision:
    passing = {name: entry for name, entry in named.items() if not entry.counted}
    found, alone = _short_names_alone({name: (e.kind, e.written) for name, e in named.items() if e.counted})
    points = _points(found)
    reasons = [f"{kind} {name!r}" for name, (kind, _) in sorted(found.items())] or ["no name, place or entity of the event"]
    reasons += [f"{entry.kind} {name!r} only in passing ({entry.passing!r}): no evidence"
                for name, entry in sorted(passing.items())]
    reasons += [f"{kind} {name!r} alone, written {written!r}: a short name counts only beside a second name of the event"
                for name, (kind, written) in sorted(alone.items())]
    own = _event_kinds(event)
    other, about = _mainly_about(kinds, own)
    if own and kinds.keys() & own and not other:
        points += KIND_POINTS
        reasons.append(f"kind {'/'.join(sorted(kinds.keys() & own))} named ({sum(kinds[k] for k in own)}x)")
    needed = EVIDENCE_NEEDED if own else 1
    evidence = points >= needed
    if not evidence and (found or alone):
        reasons.append(f"{points} point(s) of names, {needed} needed")
    if other:
        reasons.append(about)
    elsewhere = _lede_names_another(seed, named) if evidence else ""
    if elsewhere:
        reasons.append(elsewhere)
    timely, why = _time_fits(seed, mentions, event.window)
    reasons.append(why)
    later = _another_time(seed, mentions, event, own) if evidence and timely else ""
    if later:
        reasons.append(later)
    return ScopeDecision(event.id, evidence and not other and not elsewhere and timely and not later, tuple(reasons))


def _another_time(seed: Seed, mentions: Sequence[Mention], event: Event, kinds: frozenset) -> str:
    """Why the headline and lede place the article at another occurrence than the event's, '' when they do not: they
    name no date of the window (days counted back from the publication place nothing), and either the headline speaks
    of an anniversary (_anniversary) or, undated, they name years outside the window next to a word of the event's kind
    ("the 2035 vote"), not in passing ("ten years after the 2021 quake" is a new quake's article)."""
    if event.window is None:
        return ""
    first, last = event.window[0].toordinal(), event.window[1].toordinal()
    lede = _lede_end(seed)
    dates = [m for m in mentions if m.kind == "date" and m.section == "body" and m.start < lede and not m.unresolved
             and not m.rule.startswith(COUNTED_BACK) and _finite(m) and m.value.high - m.value.low <= WIDEST_DATE_DAYS]
    if any(first <= m.value.high and m.value.low <= last for m in dates):
        return ""
    shown = f"{event.window[0]}..{event.window[1]}" if event.window[1].year < 9999 else f"from {event.window[0]}"
    words, start, end = headline_anniversary(seed, dates)
    if words and _kind_near(seed, start, end, kinds, KIND_ANNIVERSARY_WORDS, own_part=False):  # "ten years after
        # the quake", "el terremoto de 2021, diez años después"; not "the anniversary of the 1981 revolution"
        return _anniversary(seed, mentions, dates, words, event.window, shown)
    if _filed(seed)[0] is not None and seed.published_source not in LOWER_BOUNDS:  # a bound from its text dates nothing
        return ""
    placed = [m for m in dates if _kind_near(seed, m.start, m.end, kinds) and not mention_in_passing(seed, m)]
    if not placed:
        return ""
    return (f"undated, and its headline and lede place it in {', '.join(repr(m.text) for m in placed)}, beside the"
            f" event's kind: another occurrence, outside the window {shown}")


def _anniversary(seed: Seed, mentions: Sequence[Mention], dates: list, words: str, window, shown: str) -> str:
    """Why an article whose headline speaks of an anniversary is about another occurrence: the dates its headline and
    lede name (all outside the window), else the publication's year less the years its headline counts ("ten years on",
    "الذكرى العاشرة"; one when it counts none); '' when that year is the window's, or nothing dates the article."""
    if dates:
        return (f"its headline speaks of an anniversary ({words!r}) of {', '.join(repr(m.text) for m in dates)}: another"
                f" occurrence, outside the window {shown}")
    filed, when = _filed(seed)
    if filed is None:
        return ""
    back = _years_counted(seed, mentions)
    year = date.fromordinal(filed[0]).year - back
    if window[0].year <= year <= window[1].year:
        return ""
    return (f"its headline speaks of an anniversary ({words!r}), {back} year(s) before it was {when}: another"
            f" occurrence, of {year}, outside the window {shown}")


def _years_counted(seed: Seed, mentions: Sequence[Mention]) -> int:
    """The years an anniversary in the headline counts: its duration in years or its ordinal ("ten years on", "العاشرة"),
    else one."""
    end = seed.text.find("\n", len(seed.text) - len(seed.text.lstrip()))
    for mention in mentions:
        if end >= 0 and mention.start >= end:
            break
        if mention.kind == "duration" and mention.value.low >= YEAR_SECONDS * 0.9:
            return round(mention.value.low / YEAR_SECONDS)
        if mention.kind == "ordinal" and 1 <= mention.value.low <= 1000:
            return int(mention.value.low)
    return 1


def _kind_near(seed: Seed, start: int, end: int, kinds: frozenset, reach: int = KIND_YEAR_WORDS,
               own_part: bool = True) -> bool:
    """Whether a word of one of the event's kinds stands within `reach` words of the text from start to end, in its
    line; with `own_part`, in its part of the line (no comma or other break between: "the 2035 vote", not "the 1981
    revolution, Zembla votes")."""
    first = seed.text.rfind("\n", 0, start) + 1
    last = seed.text.find("\n", end)
    before, after = seed.text[first:start], seed.text[end:len(seed.text) if last < 0 else last]
    if own_part:
        before, after = PART_BREAK.split(before)[-1], PART_BREAK.split(after)[0]
    near = tokenize_sentence(" ".join(before.split()[-reach:] + ["|"] + after.split()[:reach])).keys
    return any(kind in kinds for kind, _ in event_kinds_named(near, seed.language))


def _lede_end(seed: Seed) -> int:
    """The offset where the seed's lede ends: after its headline and LEDE_SENTENCES sentences (_sentences)."""
    end = 0
    for order, text, start in _sentences(seed, offsets=True):
        if order > LEDE_SENTENCES:
            break
        end = start + len(text)
    return end


def _lede_names_another(seed: Seed, named: dict[str, "_Found"]) -> str:
    """Why an article is about another occurrence, '' when it is not: its headline and lede name a kind of event
    but none of the event's names, places or entities (they come only further down)."""
    if any(entry.counted and entry.lede for entry in named.values()):
        return ""
    lede = [text for order, text in _sentences(seed) if order <= LEDE_SENTENCES]
    kinds = sorted({kind for text in lede for kind, _ in event_kinds_named(tokenize_sentence(text).keys, seed.language)})
    if not kinds:
        return ""
    return (f"its headline and lede speak of an {'/'.join(kinds)} and name none of the event's names, places or"
            " entities (only further down): another occurrence")


def _points(found: dict) -> int:
    """The points of the names found; two names of the sheet found in the same words (Libia and Libya in
    ليبيا, Sao Paulo and São Paulo) are one piece of evidence."""
    best: dict[str, int] = {}
    for kind, written in found.values():
        points = NAME_POINTS if kind == "name" else ENTITY_POINTS
        best[fold_key(written)] = max(points, best.get(fold_key(written), 0))
    return sum(best.values())


def _short_names_alone(found: dict) -> tuple[dict, dict]:
    """The names that count, and those that do not: a short name found in another script by its vowels
    (checker/skeleton.py) counts only when the seed names the event otherwise too (in other words)."""
    short = {name: entry for name, entry in found.items() if _short_across_scripts(name, entry[1])}
    if len({fold_key(written) for _, written in found.values()}) >= 2 or not short:
        return found, {}
    return {name: entry for name, entry in found.items() if name not in short}, short


def _short_across_scripts(name: str, written: str) -> bool:
    """A short name found in another script by its vowels, or written in so few Arabic letters that a word of the
    language spells it too (سند, a document, and Sindh: skeleton.short_written); not a country's own name in that
    language (تشيلي is Chile by pycountry's catalogue, checker/countries.py, not a guess)."""
    return script(written) != script(name) \
        and (not any(matchable(key) for key in skeletons(name)) or short_written(written)) \
        and plain(written) not in {plain(other) for other in other_names(name)}


def _mainly_about(kinds: Counter, own: frozenset) -> tuple[str, str]:
    """The kind of event a seed mainly speaks of when it is not one of the event's (and why), else ''."""
    if not own or not kinds:
        return "", ""
    top, count = kinds.most_common(1)[0]
    mine = sum(kinds[k] for k in own)
    if top in own or count <= SUBJECT_MARGIN * mine:
        return "", ""
    return top, (f"mainly about another kind of event: {top} named {count}x, more than {SUBJECT_MARGIN} times"
                 f" the event's {'/'.join(sorted(own))} ({mine}x)")


_KINDS: dict = {}


def _event_kinds(event: Event) -> frozenset:
    """The kinds of event the event's names hold ("Noto earthquake": earthquake), with the kinds of their families (a
    bombing is an attack and an explosion: concepts.event_kind_families)."""
    key = (event.path, event.line, event.id, tuple(sorted((k, tuple(v)) for k, v in event.names.items())))
    if key not in _KINDS:
        named = {kind for language, names in event.names.items() for name in names
                 for kind, _ in event_kinds_named(tokenize_sentence(name).keys, language)}
        families = event_kind_families()
        _KINDS[key] = frozenset(named).union(*(families.get(kind, ()) for kind in named))
    return _KINDS[key]


def _kinds_of_seed(seed: Seed) -> Counter:
    """How often the seed's words name each kind of event, its headline (first line) counting twice."""
    counts: Counter = Counter()
    headline = True
    for line in seed.text.splitlines():
        if not line.strip():
            continue
        for kind, _ in event_kinds_named(tokenize_sentence(line).keys, seed.language):
            counts[kind] += HEADLINE_WEIGHT if headline else 1
        headline = False
    return counts


_NAME_INDEXES: dict = {}


def _names_of(events: tuple[Event, ...]) -> tuple[NameIndex, dict]:
    """One name index over the events' names, and {(event id, name): name | place | entity}."""
    key = tuple((event.path, event.line, event.id) for event in events)
    if key not in _NAME_INDEXES:
        kinds = {}
        for event in events:
            for kind, table in (("name", event.names), ("place", event.places), ("entity", event.entities)):
                for names in table.values():
                    for name in names:
                        kinds.setdefault((event.id, name), kind)
        bare = [Event(e.id, e.names, e.places, e.entities) for e in events]
        _NAME_INDEXES[key] = (NameIndex.of(bare), kinds)
    return _NAME_INDEXES[key]


@dataclass(frozen=True)
class _Found:
    """A name of an event that a seed holds, and where."""

    name: str  # as listed in the sheet
    kind: str  # name | place | entity
    written: str  # the words that named it first (where it counts, else in passing)
    counted: bool  # named at least once where the article speaks of its own event, not only in passing
    lede: bool  # named so in the headline or the lede
    passing: str  # the comparison words of its first mention in passing ('' when none)


def _sentences(seed: Seed, offsets: bool = False) -> Iterable[tuple]:
    """(order, text) of the seed's headline (its first line, order 0) and of its sentences after it (1, 2...); with
    `offsets`, (order, text, where it starts in the seed)."""
    order = 0
    at = 0
    for line in seed.text.split("\n"):
        base, at = at, at + len(line) + 1
        if not line.strip():
            continue
        if order == 0:
            order = 1
            yield (0, line, base) if offsets else (0, line)
            continue
        start = 0
        for end in [m.end() for m in SENTENCE_END.finditer(line)] + [len(line)]:
            if line[start:end].strip():
                yield (order, line[start:end], base + start) if offsets else (order, line[start:end])
                order += 1
            start = end


def _found_names(seed: Seed, names: tuple[NameIndex, dict]) -> dict[str, dict[str, _Found]]:
    """{event id: {name as listed: where the seed names it}} of the events' names the seed's text holds; a name
    counts once however it is spelt after folding (كاراكاس, کاراکاس)."""
    index, kinds = names
    found: dict[str, dict[str, _Found]] = {}
    for order, text in _sentences(seed):
        sentence = tokenize_sentence(text)
        for first, last, name, owner in index.find(sentence.keys, seed.language):
            passing = in_passing(sentence, first, seed.language)
            written = " ".join(sentence.tokens[first:last + 1])
            key = fold_key(name)
            old = found.setdefault(owner, {}).get(key)
            if old is None or (not old.counted and not passing):
                found[owner][key] = _Found(name, kinds.get((owner, name), "entity"), written, not passing,
                                           not passing and order <= LEDE_SENTENCES, passing)
    return {owner: {entry.name: entry for entry in by_key.values()} for owner, by_key in found.items()}


def _time_fits(seed: Seed, mentions: Sequence[Mention], window) -> tuple[bool, str]:
    if window is None:
        return True, "the event has no date window"
    first, last = window[0].toordinal(), window[1].toordinal()
    shown = f"{window[0]}..{window[1]}" if window[1].year < 9999 else f"from {window[0]}"
    filed, when = _filed(seed)
    if filed is not None and first <= filed[1] and filed[0] <= last:
        return True, f"{when}, within the window {shown}"
    mentions, passing = _own_dates(seed, mentions)
    if filed is not None:
        side = "after" if filed[0] > last else "before"
        own_inside, own_outside = _dates_in_window(mentions, first, last, OWN_DATE_DAYS)
        counted = (f"of its own dates (a day or a month; a year in passing does not count), {own_inside} within"
                   f" it and {own_outside} outside{passing}")
        if own_inside > own_outside:
            return True, f"{when}, {side} the window {shown}; {counted}: a look back at the event"
        return False, f"{when}, {side} the window {shown}; {counted}"
    inside, _ = _dates_in_window(mentions, first, last, WIDEST_DATE_DAYS)
    if inside:
        return True, f"{inside} date(s) of the text within the window {shown}{passing}"
    _, outside = _dates_in_window(mentions, first, last, OWN_DATE_DAYS)
    if outside:
        return False, f"undated, and its {outside} day(s) or month(s) lie outside the window {shown}{passing}"
    return True, f"undated, and no day or month of the text outside the window {shown}{passing}"


def _filed(seed: Seed) -> tuple[Optional[tuple[int, int]], str]:
    """The days (first, last ordinals) the seed was published within, and how that is known: its
    publication date (from a lower bound, the days after it: published.publication_days), else the year and month of
    its url (`/2024/04/`, checker/published.py); (None, "")."""
    if seed.published is not None and seed.published_source in LOWER_BOUNDS:
        return publication_days(seed), f"published on or after {seed.published} (a lower bound from its text)"
    if seed.published is not None:
        day = seed.published.toordinal()
        return (day, day), f"published {seed.published}"
    month = month_from_url(seed.url)
    if month is None:
        return None, ""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return (month.toordinal(), following.toordinal() - 1), f"undated, its url filed in {month:%Y-%m}"


def _own_dates(seed: Seed, mentions: Sequence[Mention]) -> tuple[list[Mention], str]:
    """The mentions without the dates named in passing, in a comparison ("the deadliest since the quake of 3
    November": another occurrence's day, not the article's), and what was left out ('' when nothing)."""
    kept, passing = [], []
    for mention in mentions:
        if mention.kind == "date" and mention.section == "body" and mention_in_passing(seed, mention):
            passing.append(mention.text)
        else:
            kept.append(mention)
    return kept, (f"; date(s) named in passing, not its own: {', '.join(map(repr, passing))}" if passing else "")


def _finite(mention: Mention) -> bool:
    return abs(mention.value.low) < 1e9 and abs(mention.value.high) < 1e9


def _dates_in_window(mentions: Sequence[Mention], first: int, last: int, widest: int) -> tuple[int, int]:
    """How many of the text's body dates of at most `widest` days lie within [first, last], and outside."""
    inside = outside = 0
    for mention in mentions:
        value = mention.value
        if mention.kind != "date" or mention.unresolved or mention.section != "body" or value.domain != "date":
            continue
        if not (abs(value.low) < 1e9 and abs(value.high) < 1e9) or value.high - value.low > widest:
            continue
        if first <= value.high and value.low <= last:
            inside += 1
        else:
            outside += 1
    return inside, outside


def other_occurrence(seed: Seed, decisions: tuple[ScopeDecision, ...], mentions: Sequence[Mention], frames,
                     facts: Iterable[Fact]) -> tuple[ScopeDecision, ...]:
    """The decisions, with a seed put out of the scope of an event when it speaks of another occurrence: undated,
    every figure it states of an identity measure (a magnitude) lies that measure's distance or more from the event's
    fact (_another_identity); or its headline and lede date an occurrence of the event's kind a week or more from
    every day of the event's fact of its day, naming the event by none of its names (_another_day: gunmen's attacks
    elsewhere in the country, months after the attack the sheet covers). `frames` are the seed's (checker/frames),
    which say what each number and date measures."""
    if not any(decision.in_scope for decision in decisions):
        return decisions
    measured = {(frame.start, frame.end): frame for frame in frames if frame.measures and not frame.occurrence}
    facts = tuple(facts)
    undated = _filed(seed)[0] is None

    def why(event: str) -> str:
        identity = _another_identity(mentions, {span: frame.measures[0].what for span, frame in measured.items()},
                                     facts, event) if undated else ""
        return identity or _another_day(seed, mentions, measured, facts, event) \
            or _another_place(seed, mentions, frames, facts, event)

    return tuple(replace(decision, in_scope=False, reasons=decision.reasons + (reason,))
                 if decision.in_scope and (reason := why(decision.event)) else decision for decision in decisions)


# A day of an occurrence in the headline or lede at least this many days from every day of the event's fact of its day
# is another occurrence's: a week, the most a weekday counted back from the publication spans ("on Sunday").
OCCURRENCE_APART_DAYS = 7


def _another_day(seed: Seed, mentions: Sequence[Mention], measured: dict, facts: tuple[Fact, ...], event: str) -> str:
    """Why the headline and lede speak of another occurrence than the event, '' when they do not: the dates they give an
    occurrence of the event's kind (a frame measuring a day of concepts.yaml `occurrences: days`, "attacked ... on
    Sunday"; not in passing, nor a reporting detail) all lie OCCURRENCE_APART_DAYS or more from every day of the
    event's fact of that day, and they name the event by none of its names. An article's own occurrence is recent: a
    day that ended more than OWN_DATE_DAYS before it was filed is history the lede recalls ("In September 2009,
    gunmen attacked a market"; a quake's "strongest since September 1999"), not another occurrence it reports."""
    days = occurrence_days()
    own = [(fact, value.interval) for fact in facts if fact.kind == "date" and fact.event is not None
           and fact.event.id == event and set(fact.measure) & days for value in fact.values]
    if not own:
        return ""
    lede = _lede_end(seed)
    filed = _filed(seed)[0]
    dated = [m for m in mentions if m.kind == "date" and m.section == "body" and m.start < lede and not m.unresolved
             and _finite(m) and m.value.high - m.value.low <= OWN_DATE_DAYS
             and (filed is None or filed[0] - m.value.high <= OWN_DATE_DAYS)
             and (frame := measured.get((m.start, m.end))) is not None and _day_of(frame) in days
             and not frame.reporting and not frame.comparison and not mention_in_passing(seed, m)]
    if not dated or any(min(abs(m.value.low - i.high), abs(i.low - m.value.high)) < OCCURRENCE_APART_DAYS
                        or (i.low <= m.value.high and m.value.low <= i.high) for m in dated for _, i in own):
        return ""
    found = _found_names(seed, _names_of((own[0][0].event,))).get(event, {})
    if any(entry.counted and entry.lede and entry.kind == "name" for entry in found.values()):
        return ""
    shown = ", ".join(f"{m.text!r} ({date.fromordinal(int(m.value.low))})" for m in dated)
    facts_shown = ", ".join(dict.fromkeys(f"{date.fromordinal(int(i.low))} ({fact.id})" for fact, i in own))
    return (f"its headline and lede date an occurrence {shown}, {OCCURRENCE_APART_DAYS} days or more from the event's"
            f" {facts_shown}, and name none of its names: another occurrence")


def _another_place(seed: Seed, mentions: Sequence[Mention], frames, facts: tuple[Fact, ...], event: str) -> str:
    """Why the headline and lede speak of an occurrence in another place than the event's, '' when they do not: the
    headline counts in a sub-place the event does not list ("Floods kill 50 in western Afghanistan's Ghor province", "en
    la región de Puno": frames' `part_place`, a sub-place word with its name: what the article is about), and the
    headline and lede name none of the event's own places but its country, nor a name of it that says more than its
    kind ("flash floods" names any flood), and it was filed OCCURRENCE_APART_DAYS or more after every day of the event's
    fact of its day (an article of the event's week counting in a place the sheet does not list is its report of that
    place). The where of _another_day's when: a flood in another province a week later, whose article recalls the
    event's toll only further down."""
    days = occurrence_days()
    own_days = [value.interval for fact in facts if fact.kind == "date" and fact.event is not None
                and fact.event.id == event and set(fact.measure) & days for value in fact.values]
    filed = _filed(seed)[0]
    if not own_days or filed is None or any(filed[0] - i.high < OCCURRENCE_APART_DAYS for i in own_days):
        return ""  # filed within the week of the event's day: its report of a place the sheet does not list
    found = [fact.event for fact in facts if fact.event is not None and fact.event.id == event]
    headline = next(_sentences(seed, offsets=True), (0, "", 0))
    spans = {(m.start, m.end) for m in mentions if m.section == "body" and m.start < headline[2] + len(headline[1])}
    parts = [frame for frame in frames if (frame.start, frame.end) in spans and frame.part_place]
    if not parts:
        return ""
    index, _ = _names_of((found[0],))
    own = _found_names(seed, (index, _names_of((found[0],))[1])).get(event, {})
    if any(entry.counted and entry.lede and _specific(entry, seed.language) for entry in own.values()):
        return ""
    if any(owner == event for frame in parts for *_, owner in index.find((frame.part_place,), seed.language)):
        return ""  # a part of the event's own place, written otherwise
    shown = ", ".join(dict.fromkeys(repr(frame.part) for frame in parts))
    return (f"its headline counts in {shown}, a place the event does not list, its headline and lede name none of the"
            f" event's own places or names but its country or kind, and it was filed {OCCURRENCE_APART_DAYS} days or more"
            " after the event's day: another occurrence")


def _specific(entry: "_Found", language: str) -> bool:
    """Whether a name of the event found in a seed places the article at the event: a place that is no country, or a name that says more than the event's kind ("Cusco floods", not "flash floods"); no entity (a
    country's ministry or government speaks of every occurrence there)."""
    if entry.kind == "place":
        return not country_codes(entry.name)
    if entry.kind == "name":
        keys = tokenize_sentence(entry.written).keys
        return sum(len(words.split()) for _, words in event_kinds_named(keys, language)) < len(keys)
    return False


def _day_of(frame) -> str:
    """What a date's frame says it is the day of: its nearest measure of a day's concept ('' when none)."""
    return next((e.what for e in frame.measures if e.what in day_concepts()), "")


def _another_identity(mentions: Sequence[Mention], measured: dict, facts: tuple[Fact, ...], event: str) -> str:
    """Why the seed's identity figures are another occurrence's, or ''."""
    apart = identity_measures()
    for fact in facts:
        concept = next((c for c in fact.measure if c in apart), None)
        if concept is None or fact.event is None or fact.event.id != event:
            continue
        own = [_middle(value.interval) for value in fact.values]
        stated = [m for m in mentions if m.kind != "date" and measured.get((m.start, m.end)) == concept]
        if stated and all(min(abs(_middle(m.value) - v) for v in own) >= apart[concept] - 1e-9 for m in stated):
            figures = ", ".join(f"{m.text!r} (line {m.line})" for m in stated)
            events = ", ".join(f"{v:g}" for v in own)
            return (f"undated, and every {concept} it states, {figures}, lies {apart[concept]:g} or more from the"
                    f" event's {events} ({fact.id}): another occurrence")
    return ""


def _middle(interval) -> float:
    return (interval.low + interval.high) / 2


def in_scope(decisions: Iterable[ScopeDecision], event: Optional[Event]) -> bool:
    """Whether a fact of that event (None: a sheet without event) may be linked in the seed."""
    if event is None:
        return True
    return any(d.in_scope for d in decisions if d.event == event.id)
