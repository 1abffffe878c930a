"""Linking: each body mention to at most one fact, on its frame, with a score and the reasons.

The rules, in one place (every candidate records which held and which failed; `factlint explain` and
the JSON findings show them):
- the fact's kind fits the mention's (COMPATIBLE);
- the seed can speak of it: published on or after its first value, and in scope for its event
  (checker/scope.py; facts of a sheet without `event:` are in scope everywhere);
- the mention's clause names the fact's measure (a concept of checker/lang/concepts/concepts.yaml, in
  any language) or one of its cues: unit or kind alone never links;
- no rival role: a concept of the same group as the fact's (injured for killed) standing nearer the
  number (in its own conjunct before across a conjunction, then fewer tokens away) rules the fact out, as
  does a counted noun that names another measure ("five aftershocks" is no magnitude), and a sum of two
  rivals ("4,500 killed and injured");
- a fact in a unit of measurement (km) is linked only by a number written with that unit;
- a count fact counts whole things: a single number that is not whole (the 7.6 of "the magnitude 7.6
  earthquake") is a measurement and never links to it;
- whose measure: a fact with entities needs one of them in the sentence, and no other fact's entity nearer;
- when: a stated time outside the fact's window rules it out: a date in the mention's clause ("in 2014"), or a
  date mention's own value; the article date alone does not (a later article reports the event's figures);
- which occurrence: a number marked as another occurrence's (an aftershock's magnitude, checker/frames/occurrence.py)
  is not linked to a fact about the event itself;
- which people: a count of a subset by kind ("Among the dead were three hikers", "entre los muertos hay tres
  turistas", "من بين القتلى ثلاثة أطفال") is a part, not the total, unless a cue of the fact names that kind;
- where: a count restricted to a sub-place in its clause ("in the two districts"), a count of one part of a
  breakdown by place ("1,591 in Al Haouz and 809 in Taroudant"), and any value under a heading line of a
  sub-place ("Province of Alta" over "Karimov: 410,000 votes"), is a part; so is a count whose clause is located
  in a place of the event other than the fact's ("In India, 78 people died" for Nepal's toll; frame.located): the
  fact's places are its `place:`, else the event's places its statement names, else the event's main places (the
  first of each list of the sheet's places);
- which day: a date after "since" in a sentence with a superlative ("the worst flood since 1957") is a point
  of comparison, not linked to a date fact;
- which round: a number its article places in one round of an election (its clause or sentence: "na primeira
  volta", the line introducing its list, its heading; checker/frames/rounds.py) is not linked to a fact of another
  round (declared `round:`, else named by its statement or cues, else by every name of its event); one whose
  sentence names no round ranks the fact of the latest round open at its time first (_latest_round_first), or, of
  no time (undated), is not linked to a fact of another round than the one its headline names as held;
- what of: a total ("out of 24 million votes", "از مجموع") is no one entity's number, a difference ("a margin of",
  "بفارق") is no value of a measure unless the fact itself is a difference, and neither is an increment, a count
  added since the last report ("five new deaths", "six others died", "rose by 12", "ستة قتلى جدد") unless the fact
  itself is one.
Candidates come from an index from concepts and cue words to facts, so the cost per mention grows with
the facts its words can name, not with all facts.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Optional, Sequence

from .concepts import (concepts_of_word, conjunctions, find_concepts, generic_measures, group_of, hourly_measures,
                       increment_words, indefinite_places,
                       measure_classes, measurement_units, name_links, occurrence_days, occurrence_words, people_units, refiners,
                       relation_words, round_names,
                       round_words, population_words, rounds_by_default, severity_words, sub_place_words, subordinators)
from .countries import country_codes, demonym_code
from .extract import counted_noun
from .extract.lexicon import load as load_language
from .extract.normalize import ZWNJ, fold, joint_key
from .frames import (Frame, NameIndex, clause_opening, counted_places, language_data, mention_at, tally_of_event,
                     tokenize_sentence)
from .frames.dates import ACT_DAY, COUNTED_BACK, EVENT_DAY, hour_of
from .frames.ages import AGE
from .model import HEADLINE_LINE, Event, Fact, Link, Mention
from .skeleton import matchable, script, skeletons

# What each part of the evidence adds to a link's score.
KIND_SCORE = 0.2
UNIT_SCORE = 0.3
CUE_SCORE = 0.25
MEASURE_SCORE = 0.35
THRESHOLD = 0.45  # and a link needs its measure or a cue

COMPATIBLE = {"count": {"count", "number"}, "number": {"count", "number"}}
# Concepts that count or measure a later or lesser occurrence itself (a fact about them is exempt from the
# occurrence rule).
OCCURRENCE_CONCEPTS = frozenset({"aftershocks"})
WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def cue_pattern(cue: str) -> re.Pattern:
    """A cue matches at a word start; between its words a space, ZWNJ or nothing."""
    words = fold(cue).text.lower().split()
    joint = f"[\\s{ZWNJ}]*"
    return re.compile(r"(?<!\w)" + joint.join(re.escape(w.replace(ZWNJ, "")) for w in words))


@lru_cache(maxsize=65536)
def sentence_key(sentence: str) -> str:
    return fold(sentence).text.lower().replace(ZWNJ, "")


@lru_cache(maxsize=65536)
def _position(sentence: str, text: str) -> int:
    """Where a mention stands in its sentence's key (computed once, not once per candidate fact)."""
    return sentence_key(sentence).find(sentence_key(text))


# --- the index -------------------------------------------------------------------------

@dataclass(frozen=True)
class FactIndex:
    """Facts by id, by concept, and by the first word of their cues (per language)."""

    by_id: dict
    by_concept: dict  # concept id -> tuple of facts
    by_cue_word: dict  # language -> {first word key: tuple of (cue, fact)}
    names: NameIndex  # events' names and facts' entities, for frames
    events: tuple  # tuple[Event, ...]
    entity_names: frozenset  # every fact's entity names, as listed
    longest_cue_word: int = 1
    shared: frozenset = frozenset()  # concepts that several facts of one event measure
    by_concept_event: dict = field(default_factory=dict)  # (concept id, event id or '') -> tuple of facts
    event_days: dict = field(default_factory=dict)  # event id -> ordinal day of its own occurrence (event_day)
    # name as listed -> ((cue, fact id), ...): the cues that are a proper name of the sheet (a place or entity of the
    # fact's event, an entity of the fact), found like names in every language and script (frame names)
    name_cues: dict = field(default_factory=dict)
    places: frozenset = frozenset()  # the events' places, as listed

    def __iter__(self):  # the facts, in sheet order
        return iter(self.by_id.values())


def cue_word(cue: str) -> str:
    """The first word of a cue as the index keys it (folded, lower case, letters and digits only)."""
    first = WORD.match(fold(cue).text.lower().replace(ZWNJ, ""))
    return first.group() if first else ""


def index_facts(facts: Sequence[Fact]) -> FactIndex:
    by_concept: dict = {}
    by_cue: dict = {}
    by_event: dict = {}
    events: dict = {}
    entity_names = set()
    longest = 1
    for fact in facts:
        for concept in fact.measure:
            by_concept.setdefault(concept, []).append(fact)
            by_event.setdefault((concept, _event_id(fact)), []).append(fact)
        for table in (fact.cues, fact.measure_words):
            for language, cues in table.items():
                for cue in cues:
                    word = cue_word(str(cue))
                    if word:
                        by_cue.setdefault(language, {}).setdefault(word, []).append((str(cue), fact))
                        longest = max(longest, len(word))
        if fact.event is not None:
            events.setdefault(fact.event.id, fact.event)
        entity_names.update(name for names in fact.entities.values() for name in names)
    event_list = tuple(events[k] for k in sorted(events))
    # a concept several facts of one event measure (the date facts of two rounds of a vote are told apart by the
    # round, checker/link.py _ruled_out, not by their cues)
    rounds = Counter((concept, _event_id(fact), fact_round(fact) if fact.kind == "date" else "")
                     for fact in facts for concept in fact.measure)
    shared = frozenset(concept for (concept, _, _), count in rounds.items() if count > 1)
    return FactIndex({fact.id: fact for fact in facts},
                     {k: tuple(v) for k, v in by_concept.items()},
                     {lang: {w: tuple(v) for w, v in table.items()} for lang, table in by_cue.items()},
                     NameIndex.of(event_list, facts), event_list, frozenset(entity_names), longest, shared,
                     {k: tuple(v) for k, v in by_event.items()}, event_day(facts), _name_cues(facts),
                     frozenset(str(n) for e in event_list for ns in e.places.values() for n in ns))


def _name_cues(facts: Sequence[Fact]) -> dict:
    """{name as listed: ((cue, fact id), ...)} of the cues that are a proper name the sheet lists for the fact's event
    (a place, an entity) or for the fact (an entity): a name is the same in every language ("Takhar" in a
    Portuguese article, تخار in an Arabic one), so such a cue is looked for as names are (frames), not only in its
    cue's language."""
    found: dict = {}
    for fact in facts:
        tables = [fact.entities] + ([fact.event.places, fact.event.entities] if fact.event else [])
        names = [str(n) for table in tables for ns in table.values() for n in ns]
        for cue in (str(c) for cues in fact.cues.values() for c in cues):
            same = [n for n in names if fold(n).text.lower() == fold(cue).text.lower()]
            for name in same + list(other_scripts(cue, names) if same else ()):  # and its listings in another script
                if (cue, fact.id) not in found.get(name, ()):
                    found[name] = found.get(name, ()) + ((cue, fact.id),)
    return found


def _with_name_cues(index: FactIndex, mention: Mention, frame: Optional[Frame], cues: dict) -> dict:
    """The sentence's cues, with those of the facts whose cue is a sheet name its frame finds in the sentence (in any
    language or script: _name_cues), where it stands in the sentence key; without a place's cue when the sentence
    names another place of the event (no country) beside it: a number of a list of places ("the three provinces of
    Baghlan, Takhar and Badakhshan", "naming Badakhshan, Baghlan, Ghor and Herat") is no one place's."""
    if frame is None or not index.name_cues or not frame.names:
        return cues
    names = {}
    for evidence in frame.names:
        for cue, fact_id in index.name_cues.get(evidence.what, ()):
            names.setdefault((fact_id, fold(cue).text.lower()), (cue, evidence))
    if not names:
        return cues
    places = {fold(e.words).text.lower() for e in frame.names if e.what in index.places and not country_codes(e.what)}
    found = {k: list(v) for k, v in cues.items()}
    for (fact_id, key), (cue, evidence) in names.items():
        hits = found.get(fact_id, [])
        if evidence.what in index.places and places - {fold(evidence.words).text.lower()}:
            hits = [hit for hit in hits if fold(hit[0]).text.lower() != key]
        elif all(fold(hit[0]).text.lower() != key for hit in hits):
            hits = hits + [(cue, max(0, sentence_key(mention.sentence).find(sentence_key(evidence.words))))]
        if hits:
            found[fact_id] = hits
        else:
            found.pop(fact_id, None)
    return found


def _event_id(fact: Fact) -> str:
    return fact.event.id if fact.event is not None else ""


def sentence_cues(index: FactIndex, language: str, sentence: str) -> dict[str, list[tuple[str, int]]]:
    """{fact id: [(cue, where it starts in the sentence key)]} of the cues found in a sentence."""
    table = index.by_cue_word.get(language)
    if not table:
        return {}
    text = sentence_key(sentence)
    found: dict[str, list[tuple[str, int]]] = {}
    for word in WORD.finditer(text):
        token = word.group()
        for k in range(1, min(len(token), index.longest_cue_word) + 1):
            for cue, fact in table.get(token[:k], ()):
                if cue_pattern(cue).match(text, word.start()):
                    hits = found.setdefault(fact.id, [])
                    if all(c != cue for c, _ in hits):
                        hits.append((cue, word.start()))
    return found


# --- candidates ------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    """One fact considered for a mention: its score, the reasons, and why it was ruled out ('' if not)."""

    fact_id: str
    score: float
    reasons: tuple[str, ...]
    ruled_out: str = ""
    distance: tuple = (0, 0)
    timely: bool = True  # the mention's time lies within the fact's window (ranks it first)

    @property
    def linkable(self) -> bool:
        return not self.ruled_out and self.score >= THRESHOLD


def _generic_of(fact: Fact, mention: Mention) -> bool:
    """Whether the counted noun is a generic word of victims (concepts.yaml `generic_measures`: "2,411 victims",
    "450 víctimas", "450 ضحية", "۴۵۰ قربانی") standing for the one measure of its group its sentence names before it,
    a measure of the fact's ("the new death toll of 2,411 victims": the dead); not with two ("the dead and the
    injured ... 450 victims")."""
    groups = generic_measures()
    named = {hit.concept for hit in _noun_after(mention)}
    if named and named <= set(fact.measure):  # "۴۵۰ قربانی": a word of victims the language gives the dead
        return True
    if not named or not named <= set(groups):
        return False
    before = tokenize_sentence(mention.sentence[:max(0, mention.start - mention.sentence_start)]).tokens
    found = {hit.concept for hit in find_concepts(tuple(before), mention.language)
             if group_of(hit.concept) in {groups[c] for c in named} and hit.concept not in groups}
    return len(found) == 1 and bool(found & set(fact.measure))


def unit_relation(fact: Fact, mention: Mention) -> str:
    """'match', 'mismatch' or 'unknown' between the mention's counted noun and the fact's unit."""
    if mention.kind not in ("count", "number", "ordinal", "money"):
        return "unknown"
    if fact.unit and read_unit(fact.unit, fact.language) in people_units() and counted_places(mention):
        return "mismatch"  # "Three of the six districts reported injuries": places, not people
    if not mention.unit:
        return "mismatch" if fact.unit and read_unit(fact.unit, fact.language) in measurement_units() else "unknown"
    if not fact.unit:
        named = _noun_concepts(fact, mention) if fact.measure else frozenset()
        return "mismatch" if named and not named & set(fact.measure) else "unknown"
    if joint_key(mention.unit) in unit_names(fact, mention.language):
        return "match"
    if mention.kind != "money" and fact.measure:
        # with a measure, the counted noun decides only when it names a concept: the same (match), or
        # a rival of its group (injured for killed); "people" or "soldiers" leave it to the clause
        named = _noun_concepts(fact, mention)
        if named & set(fact.measure) or _opens_measure(fact, mention) or _generic_of(fact, mention):
            return "match"
        groups = {group_of(c) for c in fact.measure} - {""}
        if any(group_of(c) in groups for c in named):
            return "mismatch"
        return "mismatch" if _another_thing(fact, mention) else "unknown"
    return "mismatch" if mention.kind in ("money",) or fact.kind == "count" else "unknown"


def _opens_measure(fact: Fact, mention: Mention) -> bool:
    """Whether the counted noun opens a phrase of the fact's measure right after the number ("cinco hombres armados",
    "پنج مرد مسلح": the men are the gunmen): the phrase, not the noun alone, says what is counted."""
    return any(hit.last > 0 and hit.concept in fact.measure for hit in _noun_after(mention))


def _noun_after(mention: Mention) -> tuple:
    """The concept hits of the phrase that opens right after the number ("cinco hombres armados": attackers)."""
    at = mention_at(mention)
    if at < 0:
        return ()
    rest = tuple(tokenize_sentence(mention.sentence[at + len(mention.text):]).tokens[:LONGEST_OWN_PHRASE])
    return tuple(hit for hit in find_concepts(rest, mention.language) if hit.first == 0)


# The most tokens of a measure's phrase a counted noun may open.
LONGEST_OWN_PHRASE = 4


def _noun_concepts(fact: Fact, mention: Mention) -> frozenset:
    """The concepts the mention's counted noun names, but for those the fact's measure refines ("votes" of "312
    electoral votes", concepts.yaml `refines`): the narrower measure's word qualifies the noun."""
    named = concepts_of_word(mention.language, mention.unit)
    return frozenset(c for c in named if not refiners({c}) & set(fact.measure))


def _another_thing(fact: Fact, mention: Mention) -> bool:
    """Whether the counted noun is a unit of the language's table that is not the fact's: "20 villages" (a place,
    concepts.yaml `sub_places: places`) or "hundreds of civilians" are no houses, "12 villages" no people; a fact of people leaves a noun of
    people ("soldiers", "civilians") to the clause, and a word no units table knows (a name, an adjective:
    "1,983 residential houses") decides nothing."""
    if joint_key(mention.unit) in sub_place_words("places", mention.language):
        return True
    if mention.unit not in _unit_ids(mention.language):
        return False
    people = people_units()
    return not (read_unit(fact.unit, fact.language) in people and mention.unit in people)


@lru_cache(maxsize=None)
def _unit_ids(language: str) -> frozenset:
    try:
        return frozenset(load_language(language).units.values())
    except ValueError:
        return frozenset()


def unit_names(fact: Fact, language: str) -> frozenset[str]:
    """The keys of the fact's unit and of its aliases in a language, as written and as an article's
    counted noun reads them (the unit in the sheet's language: `people` matches 'personas' too)."""
    return _unit_names(fact.unit, fact.language, language, tuple(map(str, fact.aliases.get(language, ()))))


@lru_cache(maxsize=4096)
def _unit_names(unit: str, sheet_language: str, language: str, aliases: tuple[str, ...]) -> frozenset[str]:
    words = [(unit, sheet_language)] + [(alias, language) for alias in aliases]
    return frozenset(joint_key(name) for word, code in words for name in (word, read_unit(word, code)) if name)


def read_unit(word: str, language: str) -> str:
    """The unit an article's counted noun `word` is read as; '' when none (or no data for the language)."""
    try:
        return counted_noun(word, language)
    except ValueError:  # no language data for the code: the word as written only
        return ""


def reported_by(fact: Fact, published: Optional[date]) -> bool:
    """Whether an article of that date can speak of the fact: not before its first value holds."""
    first = fact.values[0].as_of
    return published is None or first is None or published >= first


def candidate_facts(index: FactIndex, mention: Mention, frame: Optional[Frame], cues: dict,
                    events: Optional[frozenset] = None) -> list[Fact]:
    """The facts the mention's measure concepts or its sentence's cues name; with `events`, only the
    facts of those events ('' for sheets without an event) are looked up by concept."""
    found: dict[str, Fact] = {}
    for concept in sorted(frame.concepts) if frame else ():
        if events is None:
            facts = index.by_concept.get(concept, ())
        else:
            facts = [f for event in sorted(events) for f in index.by_concept_event.get((concept, event), ())]
        for fact in facts:
            found.setdefault(fact.id, fact)
    for fact_id in cues:
        found.setdefault(fact_id, index.by_id[fact_id])
    kinds = COMPATIBLE.get(mention.kind, {mention.kind})
    return [fact for fact in found.values() if fact.kind in kinds]


def evaluate(fact: Fact, mention: Mention, frame: Optional[Frame], cue_hits: list[tuple[str, int]],
             published: Optional[date], in_scope: bool = True, entity_names: frozenset = frozenset(),
             shared: frozenset = frozenset(), event_days: Optional[dict] = None) -> Candidate:
    """The score, reasons and (if any) the rule that rules a fact out for a mention."""
    reasons = [f"kind {mention.kind}"]
    total = KIND_SCORE
    cue_hits = timed_cue_hits(fact, mention, frame, list(cue_hits) + month_cue_hits(fact, mention, cue_hits))
    nearest = frame.nearest(fact.measure) if frame and fact.measure else None
    if nearest:
        total += MEASURE_SCORE
        reasons.append(f"measure {nearest}" + (f" ({fact.measure_source})" if fact.measure_source else ""))
    total += CUE_SCORE * min(len(cue_hits), 2)
    reasons += [f"cue {cue!r}" for cue, _ in cue_hits]
    unit = unit_relation(fact, mention)
    if unit == "match":
        total += UNIT_SCORE
        reasons.append(f"unit {mention.unit!r}")
    reasons.append(f"language {mention.language}")
    if frame is not None and frame.round and fact_round(fact) == frame.round:
        reasons.append(f"round {frame.round} ({frame.round_words!r})")
    position = _position(mention.sentence, mention.text)
    distance = (0, nearest.distance) if nearest else (1, min((abs(s - position) for _, s in cue_hits), default=0))
    ruled_out = _ruled_out(fact, mention, frame, nearest, cue_hits, unit, published, in_scope, entity_names, shared,
                           event_days)
    timely = _within(fact.window, frame.time) if frame is not None and frame.time else True
    if not timely:
        reasons.append(_untimely(fact, frame))
    return Candidate(fact.id, round(min(total, 1.0), 3), tuple(reasons), ruled_out, distance, timely)


def _untimely(fact: Fact, frame: Frame) -> str:
    """Why a time outside the fact's window does or does not matter. A stated time (a date of its clause) rules
    the fact out (_outside_window); the article date alone does not: published after the window, with no date
    in its clause, the number is a later report of the event's figure (the seed is in scope only when its own
    dates look back at the window, checker/scope.py). The candidate is ranked after those of its time."""
    if frame.time_source.startswith("article date") and frame.time[0] > fact.window[1].toordinal():
        return ("published after the fact's window, no date in its clause: a later report of the event's"
                " figure, not a time outside the window")
    return f"its time ({frame.time_source}) lies outside the fact's window"


def _within(window, days) -> bool:
    return window is None or (window[0].toordinal() <= days[1] and days[0] <= window[1].toordinal())


def _fraction(value) -> bool:
    """Whether a value is one number that is not whole (7.6, not 7 nor 2.4 million)."""
    return value.low == value.high and math.isfinite(value.low) and value.low != int(value.low)


# A number written in groups of thousands and then a decimal part ("10.832,933", "5,230.512"): a count whose
# separators slipped (the article says so, and is wrong), never a measurement like a magnitude.
GROUPED_FRACTION = re.compile(r"\d{1,3}([.,\u066c])\d{3}(?:\1\d{3})*(?!\1)[.,\u066b]\d")


def _measurement(mention: Mention) -> bool:
    """Whether the mention is a single number that is not whole and not written as a count (7.6, not 10.832,933)."""
    return _fraction(mention.value) and not GROUPED_FRACTION.search(mention.text)


def _ruled_out(fact, mention, frame, nearest, cue_hits, unit, published, in_scope, entity_names, shared,
               event_days=None) -> str:
    if fact.kind not in COMPATIBLE.get(mention.kind, {mention.kind}):
        return f"kind {mention.kind} is not {fact.kind}"
    if not reported_by(fact, published):
        return f"published {published}, before its first value ({fact.values[0].as_of})"
    if not in_scope:
        return f"the seed is out of scope for event {fact.event.id}"
    if unit == "mismatch":
        if not mention.unit:
            return f"a bare number: a value in {fact.unit} is written with its unit"
        if not fact.unit:
            return f"its counted noun {mention.unit!r} names another measure than {', '.join(fact.measure)}"
        return f"unit {mention.unit!r} is not {fact.unit!r}"
    some = _some_of_them(mention)
    if some:
        return (f"some of them ({some!r}): a small indefinite amount a preposition of place governs says where"
                " something happened, not how many there are")
    counted = _counts_another_concept(fact, frame)
    if counted:
        return f"it counts {counted} (the noun right after it), not {', '.join(fact.measure)}"
    measured = "" if unit == "match" else _measured_otherwise(fact, frame, cue_hits, mention)
    if measured:
        return (f"it counts {measured}, the measure of its own clause; the fact names no measure and none of its"
                " cues is a word of it")
    if not nearest and all(_cue_period(cue, language) for language, cue in _cue_languages(fact, cue_hits)):
        wanted = ", ".join(fact.measure) or "none declared"
        return (f"its clause names neither its measure ({wanted}) nor a cue" if not cue_hits else
                f"its clause names neither its measure ({wanted}) nor a cue but a date"
                f" ({', '.join(cue for cue, _ in cue_hits)}): when, not what")
    if fact.cues and not cue_hits and shared.intersection(fact.measure):
        return (f"{SHARED_UNNAMED}{', '.join(fact.measure)}) is shared with other facts of its event, and none of"
                " its cues, which tell it apart, is named")
    narrowing = narrowing_cues(fact)
    if narrowing and not {cue for _, cue in narrowing} & {cue for cue, _ in cue_hits}:
        unread = "" if mention.language in {language for language, _ in narrowing} else \
            f" (the sheet writes them in {', '.join(sorted({language for language, _ in narrowing}))} only)"
        return (f"{NARROWED}{', '.join(cue for _, cue in narrowing)}) say which part of {', '.join(fact.measure)} it"
                f" counts, and its sentence names none of them{unread}: the measure's whole value, not this fact's")
    if fact.kind == "count" and _measurement(mention):
        return f"a fraction ({mention.text!r}) counts no whole things: a measurement, not a count"
    if frame is not None and frame.reporting.startswith(ACT_DAY):  # "claimed responsibility on Thursday"
        return frame.reporting
    if frame is not None and frame.reporting:
        return f"a reporting detail ({frame.reporting!r}): when it was said, not when it happened"
    if frame is not None and frame.comparison and fact.kind == "date":
        return f"a point of comparison ({frame.comparison!r}): the date of another occurrence, not the event's"
    if frame is not None and frame.threshold:
        return f"a threshold ({frame.threshold!r}): a bar to reach or what someone needs, not a result"
    if frame is not None and frame.projection:
        return f"a projection ({frame.projection!r}), not a count of what happened"
    if frame is not None and frame.measures and frame.measures[0].what == AGE and AGE not in fact.measure:
        return f"a person's age ({frame.measures[0].words!r}), whatever the clause's cue"  # "Tinubu, 70, won"
    if frame is not None and frame.sum_of and set(fact.measure) & set(frame.sum_of):
        return f"a sum of {' and '.join(frame.sum_of)} ({frame.sum_words!r}), not {', '.join(fact.measure)} alone"
    if frame is not None and frame.occurrence and not _about_other_occurrence(fact) \
            and (fact.kind != "date" or set(fact.measure) & set(occurrence_days())):
        return f"another occurrence ({frame.occurrence!r}): not a value of the event itself"
    if frame is not None and frame.superseded:
        return f"an earlier figure ({frame.superseded!r}): no claim against the current value"
    if frame is not None and frame.unverified:
        return f"an unverified figure ({frame.unverified!r}): its sentence reports it goes round, it does not assert it"
    if frame is not None and frame.part and fact.kind == "count" and not _about_sub_place(fact):
        return f"a part ({frame.part!r}): a count in a sub-place, not the total"
    if frame is not None and frame.breakdown and fact.kind == "count" and not _names_place(fact, frame.breakdown):
        return f"a part: a breakdown by place ({frame.breakdown!r}), not the total"
    if frame is not None and fact.kind in ("count", "percent") and not _placed_at(fact, frame):  # "In Velmora, Orsen
        # won 64.2 %": that place's share
        if not frame.located and not frame.located_country:  # "The toll rose to 41" for the dead of one town
            return (f"where: its clause places it in none of the fact's places ({', '.join(sorted(_allowed_places(fact)))}):"
                    " the whole event's count, or another part's")
        return (f"where: its clause is located in another place of the sheet ({frame.located!r}) than the fact's"
                f" ({', '.join(sorted(_allowed_places(fact)))}): that place's {fact.kind}, or a part")
    if frame is not None and frame.of_whole and fact.kind == "count" and not fact.entities:
        return f"a part of a whole stated after it ({frame.of_whole!r}), not the whole's value"  # "out of 6.24 million"
    if frame is not None and frame.subset and fact.kind == "count" and not _narrowed_by_cue(cue_hits, mention) \
            and not _own_other_measure(fact, frame, mention):
        return f"a part: a subset ({frame.subset!r}), not the total"
    degree = _of_another_degree(fact, mention) if fact.kind == "count" else ""
    if degree:  # "Las 250 personas que salieron ilesas o con heridas leves": the lightly injured, not the injured
        return f"a part by degree: its own part of the sentence names one ({degree}), the fact none"
    if frame is not None and frame.partitive and fact.kind == "count" and not fact.entities \
            and not _narrowed_by_cue(cue_hits, mention):  # ("30 million votes, of which Pezeshkian won 17 million": his)
        return f"a part of the number before it ({frame.partitive!r}), not the total"
    if frame is not None and frame.heading and not _about_sub_place(fact):
        return f"a part: under the heading {frame.heading!r}, a value of a sub-place, not of the whole"
    if frame is not None and frame.total and fact.entities:
        return f"a total ({frame.total!r}): the whole of several parts, no one entity's number"
    if frame is not None and frame.difference and not _about_difference(fact):
        return f"a difference ({frame.difference!r}): a gap, not a value of {', '.join(fact.measure) or 'the fact'}"
    if frame is not None and frame.increment and not _about_increment(fact):
        return (f"an increment ({frame.increment!r}): a count added since the last report, not a value of"
                f" {', '.join(fact.measure) or 'the fact'}")
    if frame is not None and frame.progress and not _measures_progress(fact):
        return f"the progress of a count ({frame.progress!r}): how far the count has gone, not a value of {', '.join(fact.measure) or 'the fact'}"
    if frame is not None and frame.hour and set(fact.measure) & hourly_measures() and not _about_hour(fact):
        return (f"read at an hour ({frame.hour}): a figure of the day's progress, not the final"
                f" {', '.join(sorted(set(fact.measure) & hourly_measures()))}")
    if frame is not None and frame.population and not _about_population(fact, frame.population):
        return (f"a part: {frame.population} ({frame.population_words!r}), a figure of that part of the country's"
                " people or of its parliament, not of the whole")
    if frame is not None and frame.area and not _about_area(fact):
        return f"a part: a value of one area ({frame.area!r}), not of the whole"
    if frame is not None and frame.round and fact_round(fact) not in ("", frame.round):
        return f"another round ({frame.round_words!r}): the fact is of the {fact_round(fact)} round"
    if frame is not None and frame.article_round and fact_round(fact) not in ("", frame.article_round):
        return (f"another round: its undated article's headline names the {frame.article_round} round"
                f" ({frame.article_round_words!r}); the fact is of the {fact_round(fact)} round")
    if frame is not None and not frame.round and fact.kind == "date" and named_round(fact):
        return (f"which vote: its sentence does not place it in the {named_round(fact)} round the fact is the day of"
                " (a date of an election names the first vote, or another)")
    clause = _in_another_clause(fact, mention, cue_hits) or _past_day_of_an_event_to_come(fact, mention, published) \
        or _coming_day_of_a_past_event(fact, mention, published)
    if clause:
        return clause
    other_day = _another_day(fact, frame, event_days)
    if other_day:
        return other_day
    early = _before_first_value(fact, frame)
    if early:
        return early
    rival = _rival(fact, frame, nearest)
    if rival:
        return f"role: {rival} stands nearer than {nearest or 'its cue'} (another measure of its group)"
    nearer = _nearer_than_cued(fact, frame, nearest, cue_hits)
    if nearer:
        return (f"its measure is taken from a cue ({fact.measure_source}), and {nearer} stands nearer than {nearest}:"
                " with none of its cues named, it links only where its measure is the clause's own")
    narrower = _refined(fact, frame, nearest)
    if narrower:
        return f"what of: {narrower} in its own part of the clause names a narrower measure than {nearest}"
    whose = _bloc(fact, frame, mention, entity_names) or _whose(fact, frame, entity_names)
    if whose:
        return whose
    return _outside_window(fact, mention, frame)


# The kinds of a value of a measure, which a cue can narrow to a part of it (a date fact's cues name its occurrence).
QUANTITIES = frozenset({"count", "number", "percent", "money"})
# How _ruled_out's reasons begin for a fact that its cues tell apart from the whole of its measure, and whose
# sentence names none of them: its cues narrow its measure, or another fact of its event shares the measure.
NARROWED, SHARED_UNNAMED = "its cues (", "its measure ("


def narrowing_cues(fact: Fact) -> tuple[tuple[str, str], ...]:
    """The (language, cue) of a fact's cues that say something its declared measure does not ("military hospitals"
    of the injured flown there, a month, a town), when none of its cues names its measure (a sheet that gives "dead"
    among the cues of a toll of "clashes" lets the measure's word alone name it): every cue but a round of a vote (the
    rounds rule tells those apart), its unit's words ("houses" of a count of houses destroyed), the event's names or
    whole places (its country, a place its name holds: "Baghlan" of the "Baghlan floods") and the fact's entities. ()
    for a fact whose measure came from its cues: those are its measure's words."""
    if not fact.measure or fact.measure_source or fact.kind not in QUANTITIES or not fact.cues:
        return ()
    cues = [(str(language), str(cue)) for language, words in fact.cues.items() for cue in words]
    if any(_names_measure(cue, language, fact.measure) for language, cue in cues):
        return ()  # the sheet names the fact by its measure's own word too ("dead", "clashes"): the measure links it
    common = _whole_names(fact.event) | {joint_key(str(n)) for names in fact.entities.values() for n in names}
    unit = read_unit(fact.unit, fact.language) if fact.unit else ""
    return tuple((language, cue) for language, cue in cues
                 if joint_key(cue) not in common and not _one_round([(language, cue)])
                 and not (unit and read_unit(cue, language) == unit))


@lru_cache(maxsize=4096)
def _names_measure(cue: str, language: str, measure: tuple[str, ...]) -> bool:
    """Whether a cue names a concept of the measure ("hospitales militares" names soldiers: no injured)."""
    return bool({hit.concept for hit in find_concepts(tuple(tokenize_sentence(cue).tokens), language)} & set(measure))


def _whole_names(event: Optional[Event]) -> frozenset:
    """The keys of an event's names, of its main places, of the countries it lists and of the places its names hold."""
    if event is None:
        return frozenset()
    return _whole_keys(tuple((str(k), tuple(map(str, v))) for k, v in event.names.items()),
                       tuple((str(k), tuple(map(str, v))) for k, v in event.places.items()), main_places(event))


@lru_cache(maxsize=256)
def _whole_keys(names: tuple, places: tuple, main: tuple) -> frozenset:
    titles = [f" {' '.join(_phrase_words(name))} " for _, group in names for name in group]
    wholes = {name for language, group in places for name in group
              if country_codes(name, language) or any(f" {' '.join(_phrase_words(name))} " in t for t in titles)}
    return frozenset(joint_key(name) for name in [n for _, group in names for n in group] + list(main) + list(wholes))


def month_cue_hits(fact: Fact, mention: Mention, cue_hits: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """(cue, where) of a quantity fact's cues that are a month the sentence names in its own language, whatever the
    language the sheet wrote them in ("April": abril, أبريل, آوریل). (A cue that is a name of the sheet, a place or
    an entity, is found across languages and scripts by _with_name_cues.)"""
    if fact.kind not in QUANTITIES:
        return []
    found = {cue for cue, _ in cue_hits}
    hits = []
    for language, cues in fact.cues.items():
        for cue in map(str, cues):
            where = -1 if cue in found else _month_named(cue, str(language), mention)
            if where >= 0:
                found.add(cue)
                hits.append((cue, where))
    return hits


def _month_named(cue: str, language: str, mention: Mention) -> int:
    """Where the sentence names the month a cue is (its own language's month names, not an ambiguous one: "may"), -1
    when it does not or the cue is no month."""
    sheet, article = language_data(language), language_data(mention.language)
    if sheet is None or article is None:
        return -1
    key = joint_key(cue)
    month = sheet.months.get(key) if key not in sheet.ambiguous_months else None
    if month is None:
        return -1
    text = sentence_key(mention.sentence)
    return next((word.start() for word in WORD.finditer(text) if joint_key(word.group()) not in
                 article.ambiguous_months and article.months.get(joint_key(word.group())) == month), -1)


YEAR_CUE = re.compile(r"[12]\d{3}")


def timed_cue_hits(fact: Fact, mention: Mention, frame: Optional[Frame],
                   cue_hits: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """The cue hits of a quantity fact with its cues that are a date (a month, a year: the fact's time, not a word of
    its measure) kept only where the number's own time, its clause's date, is that month or year: in any language
    (a year the sentence names as the number's time is a hit in every language), and not where the date is another
    number's ("87.28%, up from 76.69% in 2018") or the article's. A total over a period (a count, an amount) is the
    period's only when its time is the whole period: "the January 30 bombing killed 84" is one day's toll, not
    January's dead; a percent lies within it."""
    if fact.kind not in QUANTITIES:
        return list(cue_hits)
    periods = {cue: period for language, cues in fact.cues.items() for cue in map(str, cues)
               for period in [_cue_period(cue, str(language))] if period}
    if not periods:
        return list(cue_hits)
    fits = {cue for cue, period in periods.items() if _time_fits(fact, frame, period)}
    hits = [(cue, where) for cue, where in cue_hits if cue not in periods or cue in fits]
    text = sentence_key(mention.sentence)
    for cue in sorted(fits - {cue for cue, _ in hits}):
        year = re.search(rf"(?<!\d){cue}(?!\d)", text) if YEAR_CUE.fullmatch(cue) else None
        if year:  # a year cue the sheet writes in another language than the article's
            hits.append((cue, year.start()))
    return hits


def _cue_languages(fact: Fact, cue_hits: Sequence[tuple[str, int]]) -> list[tuple[str, str]]:
    """(language, cue) of the cues hit, in the language the sheet writes each in."""
    hit = {cue for cue, _ in cue_hits}
    return [(str(language), str(cue)) for language, cues in fact.cues.items() for cue in cues if str(cue) in hit] \
        + [("", cue) for cue in sorted(hit - {str(c) for cues in fact.cues.values() for c in cues})]


@lru_cache(maxsize=4096)
def _cue_period(cue: str, language: str) -> tuple:
    """('year', 2018) or ('month', 1) of a cue that is a year or a month's name in its language (not an ambiguous
    one: "may"), () of any other."""
    key = fold(cue).text.strip()
    if YEAR_CUE.fullmatch(key):
        return ("year", int(key))
    data = language_data(language) if language else None
    month = data.months.get(joint_key(cue)) if data is not None and joint_key(cue) not in data.ambiguous_months \
        else None
    return ("month", int(month)) if month else ()


def _time_fits(fact: Fact, frame: Optional[Frame], period: tuple) -> bool:
    """Whether the number's own time (a date of its clause) is the period of a date cue: within it for a percent,
    the whole of it for a total (a day's count is no month's)."""
    if frame is None or frame.time is None or not frame.time_source.startswith("clause"):
        return False
    first, last = date.fromordinal(frame.time[0]), date.fromordinal(frame.time[1])
    if period[0] == "year":
        start, end = date(period[1], 1, 1), date(period[1], 12, 31)
    else:
        start = date(first.year, period[1], 1)
        end = date(first.year + (period[1] == 12), period[1] % 12 + 1, 1).replace(day=1)
        end = date.fromordinal(end.toordinal() - 1)
    if fact.kind == "percent":
        return start <= first and last <= end
    return (first, last) == (start, end)


def _measures_progress(fact: Fact) -> bool:
    """Whether the fact itself is the progress of a count (its measure is of concepts.yaml `measure_classes:
    progress`)."""
    return bool(set(fact.measure) & set(measure_classes().get("progress", ())))


def _own_other_measure(fact: Fact, frame: Frame, mention: Mention) -> bool:
    """Whether the number's own noun, after it, names the fact's measure, another than the measure the subset is of
    ("Entre os 11 presos estão cinco atiradores": five gunmen among the detained are the gunmen's count, not a part of
    the detained). A count of one country's people ("آمار قربانیان مصری: ۲۷ کشته و ۴۰ مجروح") is theirs whatever it
    counts."""
    own = {hit.concept for hit in _noun_after(mention)} & set(fact.measure)
    if not own or any(demonym_code(word, mention.language) for word in frame.subset.split()):
        return False
    among = {hit.concept for hit in find_concepts(tuple(tokenize_sentence(frame.subset).tokens), mention.language)}
    return bool(among) and not own & among


def _of_another_degree(fact: Fact, mention: Mention) -> str:
    """The degree (concepts.yaml `severities`: serious, minor, partial) the number's own part of its sentence names
    ("231 slightly injured", "con heridas leves", "بجروح خطيرة"; read as checker/claims/parts.py _severity reads a
    claim's), when the fact's statement and cues name none or another: that degree's part of the measure, '' else."""
    from .claims.parts import SEVERITY, _severity

    degree = _severity(mention)[len(SEVERITY):]
    if not degree or any(_keys_of(text) & severity_words(degree, language) for language, text in fact_phrases(fact)):
        return ""
    return degree


# The grammar rules of a small indefinite amount ("a few", "several"; the language files' `vague` keys).
SMALL_INDEFINITE = frozenset({"vague:few", "vague:several"})


def _some_of_them(mention: Mention) -> str:
    """The preposition of place and the amount, when a small indefinite amount ("several", "varios", "عدة", "چند")
    stands right after one (concepts.yaml `indefinite_places`: "outside several polling stations", "في عدة مراكز"):
    some of those things, no claim of how many there are; '' when not."""
    if mention.rule not in SMALL_INDEFINITE:
        return ""
    position = _position(mention.sentence, mention.text)
    words = _words_of(sentence_key(mention.sentence)[:max(position, 0)])[-3:]
    places = indefinite_places(mention.language)
    for n in (3, 2, 1):
        if len(words) >= n and "".join(words[-n:]) in places:
            return " ".join(words[-n:] + [mention.text])
    return ""


def _narrowed_by_cue(cue_hits: list[tuple[str, int]], mention: Mention) -> bool:
    """Whether a cue of the fact named in the sentence names no measure ("tourists", "children"): the fact is
    then about that part of its measure."""
    return any(not concepts_of_word(mention.language, cue) for cue, _ in cue_hits)


def fact_phrases(fact: Fact) -> list[tuple[str, str]]:
    """The (language, text) phrases in which a fact says what it is about: its statement and its cues."""
    return [(fact.language, fact.statement)] + [(str(k), str(c)) for k, v in fact.cues.items() for c in v]


def _about_area(fact: Fact) -> bool:
    """Whether the fact itself is a value of one area (its statement or cues name a province, a state...)."""
    return any(_keys_of(text) & (sub_place_words("areas", language) | sub_place_words("always", language))
               for language, text in fact_phrases(fact))


def _about_hour(fact: Fact) -> bool:
    """Whether the fact itself is a figure read at an hour of the day (its statement or cues name one: "Turnout at
    13:00"; checker/frames/dates.py hour_of)."""
    return any(hour_of(text, language) for language, text in fact_phrases(fact))


def _about_population(fact: Fact, part: str) -> bool:
    """Whether the fact itself is a figure of that part of a country's people (its statement or cues name it: "Share
    of the votes cast abroad won by Orsen"; concepts.yaml `populations`)."""
    return any(_keys_of(text) & population_words(part, language) for language, text in fact_phrases(fact))


def _about_sub_place(fact: Fact) -> bool:
    """Whether the fact itself counts in a sub-place (its statement or cues name a district)."""
    words = sub_place_words("always", fact.language) | sub_place_words("counted", fact.language)
    return any(key in words for key in _keys_of(fact.statement))


def named_round(fact: Fact) -> str:
    """The round of an election the fact is of: declared (`round:`), else the one its statement or cues name
    ("first", "second"), else the one every name of its event names (an event that is one round: "Chilean
    presidential runoff", "segunda vuelta presidencial"; a sheet that lists "runoff" among the names of a whole
    election names no round); '' when none, or when both are named."""
    return fact.round or _one_round(fact_phrases(fact)) or _event_round(fact.event)


def _event_round(event: Optional[Event]) -> str:
    """The round every name of an event names, '' when one names none (or another)."""
    names = [(str(k), str(n)) for k, v in event.names.items() for n in v] if event is not None else []
    rounds = {_one_round([name]) for name in names}
    return rounds.pop() if len(rounds) == 1 else ""


def _one_round(phrases: list[tuple[str, str]]) -> str:
    """The one round of an election some (language, text) phrases name, '' when none or both."""
    named = {which for which in round_names() for language, text in phrases
             if _keys_of(text) & round_words(which, language)}
    return named.pop() if len(named) == 1 else ""


def fact_round(fact: Fact) -> str:
    """The round the fact is of: the one it declares or names (named_round), else for a date fact of a vote the
    round concepts.yaml `rounds_by_default` gives ("Day of the election": the first); '' when none."""
    named = named_round(fact)
    default = {rounds_by_default()[c] for c in fact.measure if c in rounds_by_default()} if fact.kind == "date" else ()
    return named or (next(iter(default)) if len(default) == 1 else "")


def _names_place(fact: Fact, located: str) -> bool:
    """Whether the fact's statement, cues or entities name the place of a breakdown's part (a fact of that
    province), by the place's name (_place_name: "en la provincia de Valencia": valencia; "Cruzeiro do Sul", all its
    words: a fact of Rio Grande do Sul does not name it)."""
    words = WORD.findall(fold(located).text)
    if not words:
        return False
    last = joint_key(" ".join(_place_name(words)).lower())
    texts = [fact.statement] + [str(c) for v in fact.cues.values() for c in v] \
        + [str(n) for v in fact.entities.values() for n in v]
    return any(last in _keys_of(text) for text in texts)


def _place_name(words: list[str]) -> list[str]:
    """The last words of a place that name it (at most three): its capitalized words at the end, with the words of
    concepts.yaml `name_links` between them ("Cruzeiro do Sul"; "Valencia" of "en la provincia de Valencia"), else
    the last word (a script without case)."""
    links = name_links()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or (k > 1 and words[k - 1].lower() in links and k < len(words))):
        k -= 1
    while k < len(words) and words[k].lower() in links:
        k += 1
    return words[k:][-3:] or words[-1:]


def main_places(event: Optional[Event]) -> tuple[str, ...]:
    """The event's main places: the first place of each language's list of its sheet (a user writes the country
    first: "places: {en: [Nepal, Kathmandu, Gorkha, India]}")."""
    if event is None:
        return ()
    return tuple(dict.fromkeys(str(names[0]) for names in event.places.values() if names))


# Words between a locative of a fact's statement and its place ("in eastern Libya", "in the prefecture of Ishikawa").
STATEMENT_PLACE_REACH = 3


def fact_places(fact: Fact) -> tuple[str, ...]:
    """The places a fact counts in: its `place:`, else the places of its event that its statement places it in, after
    a locative of the sheet's language ("People killed in Nepal", "in eastern Libya"; not "outside Derna")."""
    if fact.places:
        return tuple(str(name) for names in fact.places.values() for name in names)
    if fact.event is None:
        return ()
    words = _words_of(fact.statement)
    locatives = sub_place_words("in", fact.language)
    found = []
    listed = [str(name) for names in fact.event.places.values() for name in names]
    for name in listed:
        place = _words_of(name)
        starts = [i for i in range(len(words)) if place and words[i:i + len(place)] == place]
        if any(locatives.intersection(words[max(0, i - STATEMENT_PLACE_REACH):i]) for i in starts):
            found += [name] + list(other_scripts(name, listed))
    return tuple(dict.fromkeys(found))


def other_scripts(name: str, listed: Sequence[str]) -> tuple[str, ...]:
    """The names of `listed` that write `name` in another script: the same consonant skeleton (checker/skeleton.py;
    دنمور and دانمور are Dunmor), as a sheet lists one place in several languages."""
    keys = {k for k in skeletons(name) if matchable(k)}
    return tuple(other for other in listed if script(other) != script(name) and keys & set(skeletons(other)))


def _words_of(phrase: str) -> list[str]:
    return list(_phrase_words(phrase))


@lru_cache(maxsize=16384)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    """The joint keys of a phrase's words, read once a phrase (a fact's statement and places are read for every
    mention it is a candidate of)."""
    return tuple(joint_key(w) for w in WORD.findall(fold(phrase).text.lower()))


def _placed_at(fact: Fact, frame: Frame) -> bool:
    """Whether a number may be a value of the fact by where it is: located in none of the event's places
    (frame.located_names, of which the event's names are no places: "in the Gorkha earthquake"), or in the fact's
    places (by default the event's main place), or in a place its statement, cues or entities name; located in a
    country the sheet does not list (frame.located_country), only when that is the country of the fact's places."""
    places = {name for names in fact.event.places.values() for name in names} if fact.event is not None else set()
    located = places.intersection(frame.located_names)
    if located:
        return bool(located & _allowed_places(fact)) or (not _of_a_sub_place(fact) and _names_place(fact, frame.located))
    if frame.located_country:  # a country the sheet does not list: the fact's only if it is its country
        codes = frozenset().union(*(country_codes(name) for name in _allowed_places(fact)))
        return not codes or frame.located_country in codes
    return not _of_a_sub_place(fact) or _names_near(frame, set(fact_places(fact)))


# Tokens between a number and the name of a town that places it there without a locative of its clause ("In
# Dunmor, the cyclone killed nine people"; "Dunmor: 5 dead").
TOWN_NAME_REACH = 6


def _of_a_sub_place(fact: Fact) -> bool:
    """Whether the fact counts in places of its event none of which is a main place, and its cues name one of them
    ("People killed in Dunmor", cues [Dunmor], of a storm whose sheet lists Velmara first): the place is what
    identifies it, so a count its clause places nowhere is the whole event's, not its. Without such a cue ("People
    killed in Ishikawa prefecture" of a quake most of whose dead were there) an unplaced toll may still be its."""
    own = set(fact_places(fact))
    if not own or own & set(main_places(fact.event)):
        return False
    cues = {joint_key(c) for words in fact.cues.values() for c in words}
    return bool(cues & {joint_key(p) for p in own})


def _names_near(frame: Frame, places: set) -> bool:
    """Whether one of the places is a name of the mention's frame within TOWN_NAME_REACH tokens."""
    return any(name.what in places and name.distance <= TOWN_NAME_REACH for name in frame.names)


def _allowed_places(fact: Fact) -> frozenset:
    """The places where a count may be the fact's: its places; the event's main places when it names none, or when
    one of its places is one of them (the main place in the sheet's language stands for it in every language)."""
    own, main = set(fact_places(fact)), set(main_places(fact.event))
    return frozenset(own | main if not own or own & main else own)


def _about_difference(fact: Fact) -> bool:
    """Whether the fact itself is a gap (its statement or cues name one: "Margin of victory")."""
    return any(_keys_of(text) & relation_words("difference", language) for language, text in fact_phrases(fact))


def _about_increment(fact: Fact) -> bool:
    """Whether the fact itself is an increment (its statement or cues name one: "New deaths reported on Sunday")."""
    return any(_keys_of(text) & (increment_words("after", language) | increment_words("before", language))
               for language, text in fact_phrases(fact))


def event_day(facts: Sequence[Fact]) -> dict:
    """{event id: ordinal day} of the date facts whose statement or cues name the event's own occurrence
    ("Day the earthquake struck"; concepts.yaml, `occurrences: main`)."""
    days = {}
    for fact in facts:
        if fact.kind != "date" or fact.event is None or len(fact.values) != 1:
            continue
        interval = fact.values[0].interval
        if interval.low != interval.high:
            continue
        if any(_keys_of(text) & occurrence_words("main", lang) for lang, text in fact_phrases(fact)):
            days.setdefault(fact.event.id, int(interval.low))
    return days


def _in_another_clause(fact: Fact, mention: Mention, cue_hits: list[tuple[str, int]]) -> str:
    """A date before a subordinate clause that holds every cue of a date fact ("crews struggled on Tuesday, a
    day after the earthquake struck", "el miércoles, dos días después de que el terremoto", "یک روز پس از وقوع
    زلزله") is the day of the main verb, not of the event the clause names (concepts.yaml `subordinators`); so
    is a date after every cue with a verb of change between ("the toll of the earthquake that struck Chile rose
    on Saturday to 12"), and a date outside a tally whose complement holds every cue ("put the death toll in the
    Wayanad landslides at 222 on Monday": the day the count was given; frames/sentence.py `tally_of_event`)."""
    if fact.kind != "date" or not cue_hits:
        return ""
    key = sentence_key(mention.sentence)
    position = _position(mention.sentence, mention.text)
    end = position + len(sentence_key(mention.text))
    if position < 0:
        return ""
    tallies = [tally_of_event(key, (start, start + len(sentence_key(cue))), (position, end), mention.language)
               for cue, start in cue_hits]
    if all(tallies):
        return (f"a tally's day: its cue {cue_hits[0][0]!r} names the event of the tally {tallies[0]!r}; the date is the"
                " day the count was given, not the event's")
    if all(start < position for _, start in cue_hits):  # every cue before the date: a verb of change between?
        cue, start = max(cue_hits, key=lambda hit: hit[1])
        changed = _change_verb(key[start:position], mention.language)
        return (f"another verb's day: {changed!r} stands between its cue {cue!r} and the date (the day a count "
                "changed)") if changed else ""
    if any(start < end for _, start in cue_hits):
        return ""
    cue, start = min(cue_hits, key=lambda hit: hit[1])
    opening = clause_opening(key[end:start], subordinators(mention.language), mention.language)
    if opening:
        return f"another clause: {opening!r} opens the clause of its cue {cue!r}; the date is another verb's day"
    return ""


def _change_verb(text: str, language: str) -> str:
    """A verb of change (the language file's ranges.change_verbs: "rose", "ارتفع") among the words of a text,
    '' when none."""
    data = language_data(language)  # None for a language factlint has no data for
    verbs = data.ranges_change_verbs if data is not None else frozenset()
    return next((word for word in WORD.findall(text) if joint_key(word) in verbs), "")




def _past_day_of_an_event_to_come(fact: Fact, mention: Mention, published: Optional[date]) -> str:
    """A day counted back from the publication ("candidates began campaigning for the runoff on Thursday") is no
    day of an event that at publication was still to come: it is another verb's day (or, unmarked, the coming
    one)."""
    if fact.kind != "date" or published is None or mention.rule.endswith("-future") \
            or not mention.rule.startswith(COUNTED_BACK):
        return ""
    first = fact.values[0].interval
    if mention.value.high <= published.toordinal() < first.low:
        return (f"a day counted back from the publication ({published}), before the event to come"
                f" ({date.fromordinal(int(first.low))}): another verb's day")
    return ""


def _coming_day_of_a_past_event(fact: Fact, mention: Mention, published: Optional[date]) -> str:
    """A day to come, in a future clause ("if the court validates the election, her term will begin October 1": the
    language's future_markers, a date rule ending in '-future'), after the publication, is no day of an event already
    past at publication: it is another act's day (the term's start, a count still to finish)."""
    if fact.kind != "date" or published is None or not mention.rule.endswith("-future"):
        return ""
    last = fact.values[-1].interval
    if last.high < published.toordinal() < mention.value.low:
        return (f"a day to come (a future clause), after the publication ({published}), of an event already past"
                f" ({date.fromordinal(int(last.high))}): another act's day")
    return ""


def _another_day(fact: Fact, frame: Optional[Frame], event_days: Optional[dict]) -> str:
    """A measurement of the occurrence (a magnitude, a depth) whose clause is dated on another day than the
    event's own: another occurrence's (the tremors "recorded today", four days later)."""
    if not event_days or fact.event is None or frame is None or frame.time is None \
            or not frame.time_source.startswith("clause") or _about_other_occurrence(fact):
        return ""
    day = event_days.get(fact.event.id)
    if day is None or not set(fact.measure) & set(measure_classes().get("measurements", ())):
        return ""
    if frame.time[0] <= day <= frame.time[1]:
        return ""
    return f"another occurrence: its {frame.time_source} is not the event's day ({date.fromordinal(day)})"


def _counts_another_concept(fact: Fact, frame: Optional[Frame]) -> str:
    """For a plain-number fact (a magnitude): the concept the words right after the number count, when
    another ("five aftershocks", "cinco tremores secundários"), else ''."""
    if fact.kind != "number" or not fact.measure or frame is None or not frame.measures:
        return ""
    first = frame.measures[0]
    if first.distance <= 1 and not first.before and first.what not in fact.measure:
        return str(first)
    return ""


def _measured_otherwise(fact: Fact, frame: Optional[Frame], cue_hits: list[tuple[str, int]], mention: Mention) -> str:
    """For a count or number fact that names no measure (its cues name no concept: "rain"): the measure concept of the
    number's own clause, when it has one and no cue of the fact named in the sentence is a word of it ("floods triggered by heavy
    rain have killed at least 66 people": the dead, not the rain), else ''. (A number whose noun the fact's unit names,
    "25 soldiers" for a unit soldier, is the fact's: _ruled_out asks only when the units do not match.)"""
    if fact.measure or fact.kind not in ("count", "number") or frame is None or not frame.measures \
            or frame.measures[0].apart:  # a duration's or a date's own words ("72 horas") are no count's measure
        return ""
    first = frame.measures[0]
    if any(first.what in concepts_of_word(mention.language, cue) for cue, _ in cue_hits):
        return ""
    return str(first)


def _about_other_occurrence(fact: Fact) -> bool:
    """Whether the fact itself is about a later or lesser occurrence (aftershocks), by its measure, its
    cues or its statement."""
    if any(concept in OCCURRENCE_CONCEPTS for concept in fact.measure):
        return True
    for language, words in [(fact.language, (fact.statement,))] + [(k, tuple(v)) for k, v in fact.cues.items()]:
        sub = occurrence_words("sub", str(language))
        if any(token in sub for phrase in words for token in _keys_of(str(phrase))):
            return True
    return False


def _keys_of(phrase: str) -> set[str]:
    """Joint keys of every run of one to three words of a phrase."""
    words = _words_of(phrase)
    return {"".join(words[i:i + n]) for i in range(len(words)) for n in (1, 2, 3)}


def _before_first_value(fact: Fact, frame: Optional[Frame]) -> str:
    """A clause dated before the fact's first value speaks of an earlier state ("its report on Saturday had
    put the dead at 11,300", before the toll was revised); not a clause dated by a date that names its event's day
    (frames/dates.py EVENT_DAY: "the January 30 bombing", "el atentado del miércoles"): that is when the event
    happened, not when its toll was counted."""
    first = fact.values[0].as_of
    if first is None or frame is None or frame.time is None or not frame.time_source.startswith("clause") \
            or frame.time_source.endswith(EVENT_DAY):  # "the January 30 bombing killed 101": the event's day
        return ""
    if frame.time[1] < first.toordinal():
        return f"time: its {frame.time_source} is before the fact's first value ({first})"
    return ""


def _rival(fact: Fact, frame: Optional[Frame], nearest) -> str:
    if frame is None or not fact.measure:
        return ""
    """A measure of the fact's group that stands nearer the number than the fact's own: in its own conjunct
    when the fact's stands across a conjunction or comma (Evidence.apart: "four were killed and 711 others
    were injured"), else fewer tokens away."""
    groups = {group_of(c) for c in fact.measure} - {""}
    limit = (nearest.apart, nearest.distance) if nearest else (2, 1_000_000)
    for evidence in frame.measures:
        if (evidence.apart, evidence.distance) < limit and evidence.what not in fact.measure \
                and group_of(evidence.what) in groups and not _refined_here(fact, evidence, nearest):
            return f"{evidence}{' in its own conjunct' if nearest and evidence.apart < nearest.apart else ''}"
    return ""


def _nearer_than_cued(fact: Fact, frame: Optional[Frame], nearest, cue_hits) -> str:
    """For a fact whose measure came from its cues (facts.py) and none of them is named: the measure of another
    concept standing nearer the number than the fact's ("Nove pessoas morreram ... manifestantes" is no count of
    protesters), a broader one its measure refines aside; '' when none. A generic cue ("protesters") links in
    every language only where it is the clause's nearest measure."""
    if not fact.measure_source or cue_hits or frame is None or nearest is None:
        return ""
    first = next((e for e in frame.measures if not _refined_here(fact, e, nearest)), nearest)
    if first.what not in fact.measure and (first.apart, first.distance) < (nearest.apart, nearest.distance):
        return str(first)
    return ""


def _refined(fact: Fact, frame: Optional[Frame], nearest) -> str:
    """A concept that refines the fact's measure (concepts.yaml `refines`) standing in the number's part of the
    clause, as near as the fact's own measure or nearer: "267 votos en el Colegio Electoral" are electoral votes,
    not the popular votes of a fact of `votes`; "312 electoral votes and 74 million votes" leaves 74 million."""
    if frame is None or nearest is None:
        return ""
    narrower = refiners(fact.measure) - set(fact.measure)
    found = next((e for e in frame.measures if e.what in narrower and e.apart <= nearest.apart), None)
    return str(found) if found else ""


def _refined_here(fact: Fact, evidence, nearest) -> bool:
    """Whether a broader measure the fact's own refines stands in the same part of the clause as the fact's
    ("300 votos en el Colegio Electoral"): no rival then, but the word the narrower one qualifies."""
    return nearest is not None and evidence.apart >= nearest.apart and bool(refiners({evidence.what}) & set(fact.measure))


def _whose(fact: Fact, frame: Optional[Frame], entity_names: frozenset) -> str:
    """Whose number it is: the nearest entity name of its sentence, a name in its own part before one across a
    comma or conjunction, and never a name that speaks of another number (Evidence.apart 2: "13.5 million for
    Jalili" after it, "Lula ... against" before it)."""
    own = {name for names in fact.entities.values() for name in names}
    if not own or frame is None:
        return ""
    referred = _referent(frame, entity_names)
    if referred:
        if own & set(referred):
            return ""
        return f"whose: {frame.pronoun!r} refers to {'/'.join(referred)}, named in the sentence before"
    paired = _pair_owner(frame, entity_names)
    if paired:
        if own & set(paired):
            return ""
        return (f"whose: number {frame.pair} of the pair {frame.pair_words!r} is {'/'.join(paired)}'s, by the order"
                " of the names before it")
    ranked = sorted((e for e in frame.names if e.apart < 2), key=lambda e: (e.apart, e.distance, not e.before, e.what))
    mine = next((e for e in ranked if e.what in own), None)
    if mine is None:
        elsewhere = next((e for e in frame.names if e.what in own), None)
        if elsewhere is not None:
            return f"whose: {elsewhere} speaks of another number of its sentence"
        return f"its sentence names none of its entities ({', '.join(sorted(own))})"
    other = next((e for e in ranked if e.what in entity_names and e.what not in own), None)
    if other is not None and (other.apart, other.distance, not other.before) < (mine.apart, mine.distance, not mine.before):
        return f"whose: {other} stands nearer than {mine}"
    return ""


def _bloc(fact: Fact, frame: Optional[Frame], mention: Mention, entity_names: frozenset) -> str:
    """Whether a number is the sum of contestants: two entities of the facts, the fact's own one of them, joined by a
    conjunction, or by a comma in a list a conjunction closes, before it in its own part ("PP y Vox suman 169",
    "Together, Orsen and Pike won 83.5%", "اورسن و پایک با هم ۸۳٫۵ درصد", "the bloc of Lumen, Orbis, the Greens and the
    Farmers' Union has 80 seats") or right after it ("the 79 of Vanta, Orbis and the Greens"): a bloc's figure, neither's.
    Not a parallel pair ("Castor and Pollux came third and fourth with 3,383,340 and 2,063,397 votes": frame.pair)."""
    own = {name for names in fact.entities.values() for name in names}
    if not own or frame is None or frame.pair:
        return ""
    sentence = mention.sentence
    at = sentence.find(" ".join(mention.text.split()))
    if at < 0:
        return ""
    before = [e for e in frame.names if e.apart == 0 and e.before and e.what in entity_names]
    after = [e for e in frame.names if e.apart < 2 and not e.before and e.what in entity_names]
    for named, side in ((before, range(0, at)), (after, range(at + 1, len(sentence)))):
        if len({e.what for e in named}) < 2:
            continue
        spans = sorted({(where, e.words, e.what) for e in named if (where := sentence.find(e.words, side.start)) in side})
        end = at if side.start == 0 else len(sentence)
        for (i, words, what), (j, other, other_what) in zip(spans, spans[1:]):
            if own.isdisjoint((what, other_what)):
                continue
            if _joined_names(sentence[i + len(words):j], other, sentence[j + len(other):end], mention.language):
                return f"whose: a sum of {words!r} and {other!r}, listed together (a bloc's figure, neither's)"
    return ""


# Commas of the languages: a list of names is joined by them and closed by a conjunction.
LIST_COMMAS = (",", "،", "،")


def _joined_names(between: str, other: str, rest: str, language: str) -> bool:
    """Whether two names stand joined in a list: only a conjunction between them (one written on the second name:
    "وبايك"), or only a comma with a conjunction closing the list later, before the number (or the sentence's end)."""
    joiners = conjunctions(language)
    words = fold(between).text.lower()
    comma = any(c in words for c in LIST_COMMAS)
    for c in LIST_COMMAS:
        words = words.replace(c, " ")
    words = words.split()
    if not words and other[:1] and joint_key(other[:1]) in joiners:  # a conjunction written on the name: "وبايك"
        words = [other[:1]]
    if words:
        return all(joint_key(w) in joiners for w in words)
    return comma and any(joint_key(w) in joiners or len(w) > 2 and joint_key(w[:1]) in joiners
                         for w in fold(rest).text.lower().split())


def _referent(frame: Frame, entity_names: frozenset) -> tuple[str, ...]:
    """The names a subject pronoun before the mention refers to (checker/frames/names.py, _pronoun): the one entity of
    the facts the sentence before names; () when there is no pronoun, or none or several entities before."""
    if not frame.pronoun:
        return ()
    places = [set(names) & entity_names for names in frame.antecedents]
    places = [names for names in places if names]
    if not places or any(not names & places[0] for names in places):
        return ()
    return tuple(sorted(set().union(*places)))


def _pair_owner(frame: Frame, entity_names: frozenset) -> tuple[str, ...]:
    """The names of a parallel pair's owner (checker/frames/relations.py, _pair): of the last two places before the pair
    that name an entity of the facts, the first for the pair's first number, the second for its second; ()
    when the mention is in no such pair or fewer than two entities stand before it."""
    if not frame.pair:
        return ()
    places = [names for names in frame.names_before_pair if entity_names.intersection(names)]
    if len(places) < 2 or set(places[-2]) & set(places[-1]):
        return ()
    return places[-2:][frame.pair - 1]


# A date stated for a date fact at most this many days outside the fact's window is a slip of the event's day ("the
# polls opened on Tuesday, April 2" for a 3 April quake), compared with the fact; further off, another occurrence.
DATE_SLIP_DAYS = 7


def _outside_window(fact: Fact, mention: Mention, frame: Optional[Frame]) -> str:
    """A stated time outside the fact's window rules the fact out: a date of its clause ("in 2014"), or the
    date a date mention itself states (Maduro's first swearing-in, 2013, is no day of the 2019 one); so does an article
    published before the window opens, when no date of its clause says otherwise: a report on the first
    round cannot state the runoff's figures (a later look back at the first round stays possible). A date of its clause
    that is the period of one of the fact's date cues (a month, a year: timed_cue_hits) is the fact's own time."""
    if fact.window is None or frame is None or frame.time is None:
        return ""
    first, last = fact.window[0].toordinal(), fact.window[1].toordinal()
    if fact.kind == "date" and frame.time_source == "its own value":  # a day's slip is checked, not ruled out
        first, last = first - DATE_SLIP_DAYS, last + DATE_SLIP_DAYS
    stated = frame.time_source.startswith("clause") or frame.time_source == "its own value"
    if stated and any(_time_fits(fact, frame, period) for language, cues in fact.cues.items() for cue in map(str, cues)
                      for period in [_cue_period(cue, str(language))] if period):
        return ""  # "las riadas de abril" of a fact cued "April": the fact's own time, whatever the event's window
    if stated and (frame.time[1] < first or frame.time[0] > last):
        return f"time: its {frame.time_source} lies outside the fact's window {fact.window[0]}..{fact.window[1]}"
    if frame.time_source == "article date" and frame.time[1] < first:
        return (f"time: published {date.fromordinal(frame.time[1])}, before the fact's window opens"
                f" ({fact.window[0]}): it cannot report it")
    return ""


def candidates_of(mention: Mention, frame: Optional[Frame], index: FactIndex, published: Optional[date],
                  scope: Sequence = (), cues: Optional[dict] = None, only_in_scope: bool = False) -> list[Candidate]:
    """Every candidate fact of one mention, best first (linkable; its time within the fact's window;
    score; nearness; id). With only_in_scope, facts of events out of scope are not even looked up."""
    from .scope import in_scope

    cues = sentence_cues(index, mention.language, mention.sentence) if cues is None else cues
    cues = _with_name_cues(index, mention, frame, cues)
    events = None if not only_in_scope else frozenset({""} | {d.event for d in scope if d.in_scope})
    found = [evaluate(fact, mention, frame, cues.get(fact.id, []), published, in_scope(scope, fact.event),
                      index.entity_names, index.shared, index.event_days)
             for fact in candidate_facts(index, mention, frame, cues, events)]
    found = [_inside_another_cue(c, index.by_id[c.fact_id], mention, frame, cues) for c in found]
    found = [_a_narrower_facts_value(c, index, mention, found) for c in found]
    return sorted(found, key=lambda c: (not c.linkable, not c.timely, -c.score, c.distance,
                                        _latest_round_first(index.by_id[c.fact_id], frame), c.fact_id))


def _latest_round_first(fact: Fact, frame: Optional[Frame]) -> int:
    """Among facts of one measure equally near, for a number whose sentence names no round: the fact of the latest
    round its window opens for ranks first (its window opens latest), so a result without round words, read after
    the runoff, is the runoff's, while a sheet keeps its first-round facts open for figures recalled later; before
    the runoff, the runoff's window is not open yet and the first round's fact is the timely one. A number of
    unknown time ranks no round first (the round its undated article's headline names rules the other out:
    frame.article_round, _ruled_out)."""
    if frame is None or frame.round or frame.time is None or not fact_round(fact) or fact.window is None:
        return 0
    return -fact.window[0].toordinal()


def _inside_another_cue(candidate: Candidate, fact: Fact, mention: Mention, frame: Optional[Frame],
                        cues: dict) -> Candidate:
    """A candidate linked by its measure word alone, when that word, where it stands nearest the mention, is
    inside a cue of another fact found in the sentence ("votes" in "312 electoral votes"): the longer phrase
    names the more specific claim, so this fact is ruled out for the mention."""
    nearest = frame.nearest(fact.measure) if frame is not None and fact.measure else None
    if candidate.ruled_out or nearest is None or cues.get(fact.id):
        return candidate
    text = sentence_key(mention.sentence)
    word = sentence_key(nearest.words)
    here = _position(mention.sentence, mention.text)
    places = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}", text)]  # any form: "vote", "votes"
    if not word or not places:
        return candidate
    end = here + len(sentence_key(mention.text))
    at = min(places, key=lambda p: p - end if p >= end else here - p)
    for other in sorted(cues):
        for cue, start in cues[other]:
            match = cue_pattern(cue).match(text, start)
            if other != fact.id and match and start <= at < match.end() and len(match.group()) > len(word):
                return replace(candidate, ruled_out=f"its measure word {nearest.words!r} is part of {cue!r}, "
                                                    f"a cue of {other}: the more specific claim")
    return candidate


def _a_narrower_facts_value(candidate: Candidate, index: FactIndex, mention: Mention,
                            found: Sequence[Candidate]) -> Candidate:
    """A candidate of a measure whose event has a narrower fact of that measure ruled out because its sentence names
    none of its narrowing cues, which the sheet writes in other languages than the article's only (so they cannot be
    read there; a month, a year or a name of the sheet is read in every language: _read_everywhere), when the number
    lies within that fact's value:
    the figure may be the narrower fact's ("100 heridos a hospitales militares" of a fact cued "military hospitals"
    in English only), unreadable here, so it is no claim on the whole either. A miss, not a false contradiction."""
    if not candidate.linkable:
        return candidate
    from .compare import expected_interval, stated_value
    from .intervals import overlaps

    fact = index.by_id[candidate.fact_id]
    for other in found:
        narrower = index.by_id[other.fact_id]
        narrowing = narrowing_cues(narrower)
        if narrower.id == fact.id or not other.ruled_out.startswith((NARROWED, SHARED_UNNAMED)) or not narrowing \
                or any(language == mention.language or _read_everywhere(narrower, cue, language, index)
                       for language, cue in narrowing) \
                or _event_id(narrower) != _event_id(fact) or not set(narrower.measure) & set(fact.measure):
            continue
        if any(overlaps(stated_value(mention), expected_interval(narrower, v)) for v in narrower.values):
            languages = ", ".join(sorted({language for language, _ in narrowing}))
            return replace(candidate, ruled_out=(
                f"the number is a value of {narrower.id}, a narrower fact of its measure whose cues the sheet writes"
                f" in {languages} only, unreadable in {mention.language}: it may be that fact's, no claim on this one"))
    return candidate


def _read_everywhere(fact: Fact, cue: str, language: str, index: FactIndex) -> bool:
    """Whether a cue is read in every language whatever the language the sheet writes it in: a month or a year
    (_cue_period: "April" is abril, أبريل, آوریل) or a name of the sheet (found in any script: _with_name_cues)."""
    return bool(_cue_period(cue, language)) or any((cue, fact.id) in pairs for pairs in index.name_cues.values())


def link_mentions(mentions: Sequence[Mention], index: FactIndex, published: Optional[date] = None,
                  frames: Sequence[Frame] = (), scope: Sequence = ()) -> list[Link]:
    """The links of one seed's body mentions; in a sentence, a fact keeps the mention nearest its measure or cue."""
    by_span = {(f.start, f.end): f for f in frames}
    per_sentence: dict[str, dict] = {}
    best: dict[tuple[int, str], tuple[tuple, Link]] = {}
    ruled_out: list[tuple[Mention, frozenset]] = []  # the body's mentions and the facts their reading ruled out
    for mention in mentions:
        if mention.section != "body" or not mention.states_a_number:
            continue
        frame = by_span.get((mention.start, mention.end))
        if mention.sentence not in per_sentence:
            per_sentence[mention.sentence] = sentence_cues(index, mention.language, mention.sentence)
        ranked = candidates_of(mention, frame, index, published, scope, per_sentence[mention.sentence], True)
        if mention.line != HEADLINE_LINE:
            ruled_out.append((mention, frozenset(c.fact_id for c in ranked
                                                 if c.ruled_out and not c.ruled_out.startswith(CLAUSE_TIME))))
        if not ranked or not ranked[0].linkable:
            continue
        top = ranked[0]
        link = Link(mention, top.fact_id, top.score, top.reasons, frame)
        slot = (mention.sentence_start, top.fact_id)
        if slot not in best or top.distance < best[slot][0]:
            best[slot] = (top.distance, link)
    links = [link for _, link in best.values() if not _restated_otherwise(link, ruled_out)]
    return sorted(links, key=lambda l: (l.mention.start, l.fact_id))


def _restated_otherwise(link: Link, body: list[tuple[Mention, frozenset]]) -> bool:
    """Whether a headline's link is one the body takes back: a body mention of the same kind whose value holds the
    headline's restates it, and its reading ruled the fact out ("Korvath landslide toll reaches 530" over "Unofficial
    counts put the dead at 530"). A headline drops the hedges of its body; the body speaks for the article. The time of
    the body's clause is no hedge of the value ("have left 24 dead since Monday"): a headline is of its publication."""
    mention = link.mention
    if mention.line != HEADLINE_LINE:
        return False
    value, kind = mention.value, TALLIES.get(mention.kind, mention.kind)
    return any(TALLIES.get(other.kind, other.kind) == kind and other.value.low <= value.low
               and value.high <= other.value.high and link.fact_id in facts for other, facts in body)


# The start of the reasons that rule a fact out by the time of the mention's clause (_timely, _before_first_value).
CLAUSE_TIME = "time:"
# Kinds of one tally: a count with its noun, a bare number ("530 dead" in a headline, "at 530" in the body).
TALLIES = {"number": "count"}
