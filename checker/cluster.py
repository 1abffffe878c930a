"""Grouping: claims in several seeds that speak of the same thing when no fact covers them.

(What a claim is and which terms its sentence carries is the package checker/claims/.) A *claim* is a body mention
that links to no fact, with its seed, its frame (checker/frames/: the measure it counts, the names next to
it, the time it speaks of) and the days of the event it reports: for a date, its value; for anything else,
the time of its frame (the nearest date of its clause that is no reporting detail, else the seed's
publication date). A claim whose event days are unknown, a date coarser than WIDEST_DATE_DAYS ("this
year"), a reporting date ("said on Saturday"), an unresolved mention, a bare number with neither unit
nor measure, and every mention of a seed out of scope for all the sheets' events are not grouped.

Two claims are compared only inside one *block*: the same events in scope, the same kind (count and
number together), and the same measure when it belongs to a group of measures that exclude each other
(killed, injured, detained...; votes, turnout, vote share...), else one block for all other measured
claims (their measures are checked pair by pair: each claim's nearest measure must be named in the
other's clause), else the same canonical unit. Two claims of one language that name different roles next
to them (Lula's votes and Bolsonaro's; the dead of two provinces) are never paired. Within a block, two
claims are compared only when their events are close: DATE_WINDOW_DAYS apart for dates,
EVENT_WINDOW_DAYS for the rest. The evidence then adds up to a score (a shared measure is a concept):

    evidence                                                   score
    events close (required)                                    0.15  WINDOW_SCORE
    the same counted unit (counts and ordinals)               0.15  UNIT_SCORE
    the same day (two dates of day granularity)                0.25  SAME_DAY_SCORE
    the same exact amount (any other kind)                     0.20  SAME_AMOUNT_SCORE
    each shared term: a concept or a name 0.30, a word 0.15;
    all shared terms together at most                          0.60  TERMS_CAP

The terms of a claim come from its sentence, without the mention's own words:
- *concepts*, the same in every language: a word of a language's units table
  (`checker/lang/<code>.yaml`, so "dead", "killed" and "کشته" are all `u:dead`) or a
  unit alias of a fact sheet (`u:<unit>`) within CONCEPT_REACH tokens of the mention,
  and a cue of a fact sheet anywhere in the sentence (`c:<fact id>`);
- *names*: capitalized tokens in languages that capitalize names (the language's
  `capitalized_names`: Latin script), not first in the sentence;
- *words*: the other tokens of MIN_WORD letters or more, folded and lower-cased
  (checker/extract/normalize.py), without a plural suffix (the language's
  `plural_suffixes`), that are no function word and no word of the language's
  lexicon (numbers, months, weekdays, qualifiers...). Scripts without capitals
  (Persian) have words and concepts only. Function words come from the language
  file's `function_words`.

A pair in one language needs SAME_LANGUAGE (0.60): on top of the window and the
unit, one shared name or concept or two shared words (one word is too little even
for two dates of the same day: many things happen on one day). A pair in two
languages can share concepts only, so it needs ACROSS_LANGUAGES (0.40): two dates
of the same day ("Wednesday", "چهارشنبه"); the same amount of the same counted
unit ("second term" and "دور دوم", "four dead" and "۴ کشته"); a counted unit and a
concept. Such a pair, below the bar of one language, is kept only when each claim
is the other's best partner (mutual best match): on a busy day the dates of every
story would otherwise chain into one group. Two claims whose values are disjoint
make a warning, so they need more: DISAGREE_SAME_LANGUAGE (0.70), in one language
a name and two words or a unit and three words, or DISAGREE_ACROSS_LANGUAGES
(0.45), across languages a unit and a concept. Two claims of one seed are paired
only when their values overlap: an article that gives two days speaks of two
events ("on Tuesday and Wednesday"), not of two versions of one.

Cost. In each block, the claims are sorted by event date once per key: each of
their MAX_KEYS rarest terms that another claim of the block also carries, their
exact value, and the block itself. A claim is compared with the next NEIGHBOURS
claims of each sorted list only (the sorted neighbourhood method of record
linkage), never with all claims; in a block of at least FREQUENT_MIN claims, a
term carried by more than FREQUENT_SHARE of them says nothing and is dropped. The
work is O(n log n) in the number of claims (bench/grouping.py measures it); the
price is that two claims further apart than NEIGHBOURS in every list are not
paired.

Claims joined by accepted pairs form a group (union-find). Each accepted pair of
claims from two seeds is classified by checker/differences.py: values that agree or
differ only by rounding at their stated precision ("68 %" and 67.84) are no
difference; a tally that rose between two moments is an *update* (the group's
`series`), as are two plainly stated tallies read at two moments of the progress of a count ("with 40 % of
ballots counted, 5,100,000 votes" and the result; a share or a rough figure read while counting pairs with
no value of another moment); anything else is a *conflict* (two dates or two ranks only when the
pair shares a cue, or a concept and two words: _shared_concept; "the first round" and "the second
round" name two things). A group keeps its conflicts and updates
once per pair of values (the best-scored pair speaks for it) and makes ONE
source-conflict finding when it has a conflict, naming every claim of the group
(its seeds, values, quotes and places), so a corpus of thousands of seeds gives
one finding per disputed claim, not one per pair. Its confidence is the best
conflict's score.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from datetime import date
from typing import Iterable, Optional, Sequence

from .claims import BLOCK_KIND, CONCEPT_SCORE, COUNTED_KINDS, ELSEWHERE, NAME_SCORE, Claim, Vocabulary, canonical_unit, terms
from .codec import EMPTY
from .claims.parts import kind_after
from .claims.words import TOKEN, _folded, _key, _sentence_part
from .concepts import (concepts_of_word, contestant_measures, contestant_totals, group_of, measure_class,
                       measurement_units, subgroup_units, thing_units)
from .countries import subdivision_names
from .differences import difference, differ, reason, tally
from .findings import _said as said, conflict_finding, fingerprint
from .intervals import DURATION_SECONDS, overlaps
from .link import fact_round, main_places, read_unit, sentence_key
from .model import Fact, Finding
from .pairindex import PairIndex, dropped_tag
from .parallel import on_cores
from .render.values import mention_value, value_key
from .frames.names import is_acronym
from .roles import MIN_CONSONANTS, same_name, skeletons

WINDOW_SCORE = 0.15
UNIT_SCORE = 0.15
SAME_DAY_SCORE = 0.25
SAME_AMOUNT_SCORE = 0.20
TERMS_CAP = 0.60
SAME_LANGUAGE = 0.60
ACROSS_LANGUAGES = 0.40
# Claims whose values disagree are paired only on stronger evidence: a warning must be worth reading.
DISAGREE_SAME_LANGUAGE = 0.70
DISAGREE_ACROSS_LANGUAGES = 0.45

DATE_WINDOW_DAYS = 7
# Kinds whose unit only restates the kind (every percent is in percent): without a measure, two such claims
# pair only on a shared name.
UNIT_IS_KIND = ("percent", "money")
# Term keys that are concepts: measures, units-table words and fact-sheet aliases, fact-sheet cues.
CONCEPT_PREFIXES = ("m:", "u:", "c:")
# Kinds whose values name a thing more often than they count it ("the second round", "on Friday"): two
# different values conflict only when their sentences speak of one happening (_shared_concept).
LABEL_KINDS = ("date", "ordinal")
# What two dates must share to conflict: a fact sheet's cue, or a concept and this many words.
DATE_CONCEPT = "c:"
DATE_WORDS = 2
# The block of claims whose measure belongs to no exclusive group (magnitude, population, deadline...).
MEASURED = "*"
EVENT_WINDOW_DAYS = 14
# A person's age (concepts.yaml measure_classes: aging) is the same for a year: two of one person are compared over
# that long (a campaign's first round and its runoff), and two more than AGE_SLACK apart are two people's.
AGING_WINDOW_DAYS = 366
AGE_SLACK = DURATION_SECONDS["year"]

NEIGHBOURS = 5
MAX_KEYS = 6
FREQUENT_SHARE = 0.05
FREQUENT_MIN = 200





@dataclass(frozen=True)
class Pair:
    """Two claims of one group, with the score of the evidence and what it was."""

    a: Claim
    b: Claim
    score: float
    evidence: tuple[str, ...]
    fingerprint: str = ""  # of the source-conflict finding, for conflicts


@dataclass(frozen=True)
class Group:
    """Claims across seeds that speak of the same thing."""

    key: str  # stable: block, first event day, first claim
    kind: str
    unit: str
    claims: tuple[Claim, ...]  # by seed, then place
    terms: tuple[str, ...]  # the terms shared by claims of two seeds or more, strongest first
    conflicts: tuple[Pair, ...] = ()  # disjoint values in two seeds, once per pair of values
    series: tuple[Pair, ...] = ()  # updates: tallies that rose between two moments (checker/differences.py)
    confidence: float = 0.0  # the best pair's score
    measure: str = ""  # the measure concept its claims share ("" for claims without one)

    @property
    def seeds(self) -> tuple[str, ...]:
        return tuple(sorted({c.seed.id for c in self.claims}))

    @property
    def status(self) -> str:
        return "conflict" if self.conflicts else "series" if self.series else "agree"

    @property
    def label(self) -> str:
        """What the group counts and when: the first day of its most precise claim's event."""
        counted = self.measure or self.unit
        what = f"{self.kind} of {counted}" if counted else self.kind
        precise = min(self.claims, key=lambda c: (c.event[1] - c.event[0], c.event[0]))
        return f"{what} around {date.fromordinal(precise.event[0]).isoformat()}"


# --- grouping --------------------------------------------------------------------------

@dataclass(slots=True)
class _Item:
    source: object  # its Claim, or the claims.StoredClaim it is built from when read (the claim property)
    block: tuple[str, str]
    low: int
    high: int
    language: str
    amount: str  # exact value ("d<day>" or "v<amount>"), or ""
    weights: dict  # term key -> weight
    place: tuple[int, int]  # its mention's start and end
    measure: str = ""  # the claim's measure concept ("" when its frame names none)
    roles: frozenset = frozenset()  # what it is a part of: names (no name of the whole event), or a whole
    breakdown: bool = False  # its roles are surely a part: a sentence's list by name, or a partitive
    identities: frozenset = frozenset()  # the sheets' entities its names are (_identities), by index
    occasions: frozenset = frozenset()  # the windows of the sheets' facts of its measure that hold its time
    round: str = ""  # the round of an election it is of (_item_round), '' when none
    contested: bool = False  # of a contestant's measure (concepts.yaml), where the sheets name the contestants
    ownerless: bool = False  # contested, no owner named (no role), and no total (concepts.yaml contestant_totals)
    tag: str = ""  # what the grouping index knows it by (checker/pairindex.py), "" without an index

    @property
    def claim(self) -> Claim:
        """Its claim, built from its stored row when first read: a rerun builds only the claims it groups or scores
        again (a fifth of them), and their mentions."""
        source = self.source
        if type(source) is Claim:
            return source
        claim = source.claim()
        if (claim.mention.start, claim.mention.end) != self.place:
            raise ValueError("the grouping row of another claim")  # rows and claims are stored together: a bug
        self.source = claim
        return claim


def group_claims(claims: Sequence[Claim], facts: Sequence[Fact] = (), min_seeds: int = 2,
                 known: Optional[dict] = None, index: Optional[PairIndex] = None,
                 rows: Optional[Sequence] = None, jobs: int = 1) -> list[Group]:
    """The groups of claims from at least min_seeds seeds, most supported first. claims: Claims, or StoredClaims
    (claims.stored_claims: each built only when grouping reads more of it than its row). known: the terms of
    claims computed with their seeds ({(seed id, start, end): {key: weight}}, claims.known_terms).
    index: the pairs of the last run (checker/pairindex.py), updated with this run's. rows: what grouping
    reads of the claims of a seed, computed with it ({seed id: grouping_text}); a claim of a seed without
    one (or with one that does not fit its claims) is read here. jobs: the cores a cold run scores its pairs on."""
    context = GroupingContext.of(facts)
    tags = index.tags(claims) if index is not None else None
    items = []
    for claim, tag, row in zip(claims, tags or repeat(""), _rows_of(claims, rows or {})):
        item = _item_of(claim, row, facts, context, known or {})
        if item is not None:
            item.tag = tag
            items.append(item)
    accepted = _mutual(items, _pairs(items, index if tags is not None else None, jobs))
    groups = _components(items, accepted)
    found = [_with_fingerprint(_group(items, members, edges, context.vocabulary)) for members, edges in groups]
    found = [g for g in found if len(g.seeds) >= min_seeds]
    found.sort(key=lambda g: (-len(g.seeds), -len(g.claims), -g.confidence, g.key))
    return found


@dataclass(frozen=True)
class GroupingContext:
    """What grouping reads of the facts for every claim, computed once per run (and sent to the workers, which
    compute each claim's item with its seed)."""

    vocabulary: Vocabulary
    wide: frozenset
    entities: tuple
    windows: dict
    owned: tuple

    @staticmethod
    def of(facts: Sequence[Fact]) -> "GroupingContext":
        return GroupingContext(Vocabulary.of(facts), event_wide(facts), tuple(_identities(facts)), _windows(facts),
                               (_owned(facts), _place_keys(facts)))


def claim_item(claim: Claim, facts: Sequence[Fact], context: GroupingContext, known: dict) -> Optional[_Item]:
    """What grouping compares of a claim (None when a fact covers it): its block, time, terms, roles, the
    sheets' entities and occasions it is of. It depends on the claim and the facts only."""
    if covered(claim, facts, context.wide, context.vocabulary):
        return None
    entities = context.entities
    item = _item(claim, context.vocabulary, known, context.wide, entities, context.owned)
    if entities and item.roles:
        item.identities = frozenset(i for i, names in enumerate(entities)
                                    if any(not role.startswith("=") and any(same_name(role, n) for n in names)
                                           for role in item.roles))
    item.contested = bool(entities) and item.measure in contestant_measures()
    item.ownerless = item.contested and not item.roles and item.measure not in contestant_totals()
    if item.measure:
        item.occasions = _occasions(item, context.windows)
        item.round = _item_round(item)
        if item.claim.round and item.occasions and all(w[2] == item.claim.round for w in item.occasions):
            # its round's time: a first-round figure recalled after the runoff is paired with those of the round
            item.low, item.high = min(w[0] for w in item.occasions), max(w[1] for w in item.occasions)
    return item


def grouping_text(claims: Sequence[Claim], facts: Sequence[Fact], context: GroupingContext, known: dict) -> str:
    """What grouping reads of the claims of one seed (their item_row), as one JSON text to store with its result."""
    rows = [item_row(claim, claim_item(claim, facts, context, known)) for claim in claims]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _rows_of(claims: Sequence[Claim], texts: dict) -> Iterable:
    """The row of each claim (claims.claims_of's order: a seed's claims together) from its seed's grouping_text,
    read when its seed's first claim comes; None for the claims of a seed without one, whose one does not fit, or
    whose claims are not together."""
    counts = Counter(claim.seed.id for claim in claims) if texts else {}
    rows: Sequence = ()
    current, place, done = None, 0, set()
    for claim in claims:
        seed = claim.seed.id
        if seed != current:
            rows = _read_rows(texts.get(seed), counts.get(seed, 0)) if seed not in done else ()
            current, place = seed, 0
            done.add(seed)
        yield rows[place] if rows else None
        place += 1


def _read_rows(text: Optional[str], count: int) -> list:
    """The rows of a grouping_text when it holds count of them, else []."""
    try:
        rows = json.loads(text) if text else []
    except ValueError:
        return []
    return rows if type(rows) is list and len(rows) == count else []


def _item_of(claim: Claim, row, facts: Sequence[Fact], context: GroupingContext, known: dict) -> Optional[_Item]:
    """A claim's item from its row, else (no row, or one this version cannot have written) from the claim."""
    if row is not None:
        try:
            return row_item(claim, row)
        except ValueError:
            pass
    return claim_item(claim if type(claim) is Claim else claim.claim(), facts, context, known)


def item_row(claim: Claim, item: Optional[_Item]) -> list:
    """A claim's item as plain JSON data, to store with its seed's result: the claim's place in its text (so that
    a row is never read for another claim), then the item's fields; nothing more when a fact covers the claim."""
    place = [claim.mention.start, claim.mention.end]
    if item is None:
        return place
    return place + [item.block[0], item.block[1], item.low, item.high, item.amount, item.measure,
                    [part for pair in item.weights.items() for part in pair], sorted(item.roles), int(item.breakdown),
                    sorted(item.identities), sorted(list(o) for o in item.occasions), item.round, int(item.contested),
                    int(item.ownerless), item.language]


# The strings and weights of the rows read by this process (row_item): one object each.
_STRINGS: dict = {}


def row_item(claim: Claim, row, strings: dict = _STRINGS) -> Optional[_Item]:
    """The item of a claim from its row (item_row), its strings and weights one object with the equal ones of
    the rows read before (strings: a process's table); None for a claim a fact covers. ValueError for a row
    item_row cannot have written."""
    try:
        if type(claim) is Claim and row[:2] != [claim.mention.start, claim.mention.end]:
            raise ValueError("the row of another claim")  # a StoredClaim's is checked when it is built (_Item.claim)
        if len(row) == 2:
            return None
        start, end, kind, unit, low, high, amount, measure, flat, roles, breakdown, identities, occasions, round_, \
            contested, ownerless, language = row
        same = strings.setdefault
        keys, weights = flat[0::2], flat[1::2]
        return _Item(claim, (same(kind, kind), same(unit, unit)), low, high, same(language, language),
                     same(amount, amount), dict(zip(map(same, keys, keys), map(same, weights, weights))),
                     (start, end), same(measure, measure),
                     frozenset(map(same, roles, roles)) or EMPTY, bool(breakdown), frozenset(identities) or EMPTY,
                     frozenset((a, b, same(r, r)) for a, b, r in occasions) or EMPTY, same(round_, round_),
                     bool(contested), bool(ownerless))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"not a grouping row: {exc}") from exc


def _identities(facts: Sequence[Fact]) -> list[frozenset]:
    """The entities the sheets tell apart: the names one fact lists as its entities, in every language,
    are one entity (Lula and da Silva; Pezeshkian, پزشکیان and بزشكيان)."""
    found = []
    for fact in facts:
        names = frozenset(str(n) for listed in fact.entities.values() for n in listed)
        if names and names not in found:
            found.append(names)
    return found


def _owned(facts: Sequence[Fact]) -> frozenset:
    """The measures the sheets give per entity (a fact with entities: Castor's votes), with every measure of their
    groups (electoral votes beside votes): a claim of one is an entity's, or a part of one (a place's)."""
    measures = {m for fact in facts if fact.entities for m in fact.measure}
    groups = {group_of(m) for m in measures} - {""}
    return frozenset(measures) | frozenset(groups)


def _place_keys(facts: Sequence[Fact]) -> frozenset:
    """The skeletons (checker/roles.py) of the places the sheets' events list, in every language, and of the provinces
    of a country they list (checker/countries.py, subdivision_names: Mendoza for Argentina), but their main places
    (checker/link.py, main_places: the country a user writes first): the places an event's count is a part of."""
    events = {fact.event.id: fact.event for fact in facts if fact.event is not None}

    def keys(names) -> set:
        return {key for name in names for key in _skeletons(str(name)) if len(key) >= MIN_CONSONANTS}

    main = keys(name for event in events.values() for name in main_places(event))
    listed = [(str(language), name) for event in events.values() for language, names in event.places.items()
              for name in names]
    parts = [part for language, name in listed for part in subdivision_names(str(name), language)]
    return frozenset(keys([name for _, name in listed] + parts) - main)


def _windows(facts: Sequence[Fact]) -> dict:
    """{(event id, measure): the distinct windows (first and last day, and the round: link.fact_round) of the facts
    of that measure}: the occasions the sheet tells apart (the two rounds of an election)."""
    found: dict = defaultdict(set)
    for fact in facts:
        if fact.event is not None and fact.window is not None:
            for measure in fact.measure:
                found[(fact.event.id, measure)].add((fact.window[0].toordinal(), fact.window[1].toordinal(),
                                                     fact_round(fact)))
    return {key: tuple(sorted(value)) for key, value in found.items()}


def _occasions(item: "_Item", windows: dict) -> frozenset:
    """The occasions of a claim's measure it can be of: the windows of the facts of the round its article places it
    in ("in the first round", in an article written after the runoff), else those that hold its time."""
    found = [w for event in item.claim.scope.split(",") for w in windows.get((event, item.measure), ())]
    if item.claim.round:
        found = [w for w in found if w[2] in ("", item.claim.round)]  # never another round's
        of_round = [w for w in found if w[2] == item.claim.round]
        if of_round:
            return frozenset(of_round)
    return frozenset(w for w in found if item.low <= w[1] and item.high >= w[0])


def _item_round(item: "_Item") -> str:
    """The round of a claim: the one its article places it in, else the one round of the occasions its time falls
    in (a figure without a round word, published after the runoff), '' when none."""
    rounds = {w[2] for w in item.occasions}
    return item.claim.round or (rounds.pop() if len(rounds) == 1 else "")


def event_wide(facts: Sequence[Fact]) -> frozenset:
    """The skeletons (checker/roles.py) of the names the sheets' events are called by and of every run
    of up to three of their words ("Morocco" and "Al Haouz" of "Al Haouz earthquake", "المغرب" of
    "زلزال المغرب"): a count next to one of those speaks of the whole event, not of a part of it."""
    found = set()
    events = {fact.event.id: fact.event for fact in facts if fact.event is not None}
    for event in events.values():
        for names in event.names.values():
            for name in names:
                words = str(name).split()
                for n in range(1, min(3, len(words)) + 1):
                    for i in range(len(words) - n + 1):
                        found.update(key for key in skeletons(" ".join(words[i:i + n])) if len(key) >= MIN_CONSONANTS)
    return frozenset(found)


def covered(claim: Claim, facts: Sequence[Fact], wide: frozenset = frozenset(),
            vocabulary: Optional[Vocabulary] = None) -> bool:
    """Whether a fact of the claim's event covers it although the claim did not link: the fact measures
    the claim's measure for what the claim is about (for the whole event when the claim is no part
    (role_keys) and the fact has no entities; for an entity when a name next to the claim is one of the
    fact's entities, in any script: Castor's votes), no cue narrows the fact unless the claim's
    sentence holds one (_narrowing_cues), its window holds the claim's time (or it is of the round its article
    places the claim in, and of no other), and its first value is not after the claim's publication. Its disagreements are the fact's (contradictions), not a
    conflict without a fact; a count of another time ("the 2004 earthquake killed 628") stays a claim. A claim of no
    measure is covered only by its unit of measurement (_measured_in_unit)."""
    if not claim.scope:
        return False
    if not claim.measure:
        return _measured_in_unit(claim, facts)
    roles = role_keys(claim, wide)
    names = [name for name in roles if not name.startswith("=")]
    events = set(claim.scope.split(","))
    kind = BLOCK_KIND.get(claim.mention.kind, claim.mention.kind)
    cued = None
    for fact in facts:
        if claim.measure not in fact.measure or fact.event is None or fact.event.id not in events:
            continue
        narrowed = _narrowing_cues(fact)
        if narrowed:
            if cued is None:
                vocabulary = vocabulary or Vocabulary.of(facts)
                cued = {fact_id for fact_id, _, _ in vocabulary.cue_hits(claim.mention.language,
                                                                         sentence_key(claim.mention.sentence))}
            if fact.id not in cued:
                continue  # "killed elsewhere" covers no toll of the whole event
        if (not _about(names, fact)) if fact.entities else (bool(roles) and not narrowed):
            continue  # (a claim with the cue of a narrowed fact is that part: "17 people elsewhere")
        if BLOCK_KIND.get(fact.kind, fact.kind) != kind:
            continue
        first = min((v.as_of for v in fact.values if v.as_of is not None), default=None)
        if first is not None and claim.seed.published is not None and claim.seed.published < first:
            continue  # published before the fact's first value: it cannot speak of it (as linking says)
        which = fact_round(fact)
        if claim.round and which:
            if which == claim.round:
                return True  # "in the first round", in an article written after the runoff
            continue
        window = fact.window
        if window is None or (claim.event[0] <= window[1].toordinal() and claim.event[1] >= window[0].toordinal()):
            return True
    return False


def _measured_in_unit(claim: Claim, facts: Sequence[Fact]) -> bool:
    """Whether a claim whose sentence names no measure, written in a unit of measurement (concepts.yaml
    `measurement_units`: "280 km"), is covered by a fact of its event in that unit, of no entity, whose window holds its
    time: the unit says what the figure measures as far as the sheet knows it ("در ۲۸۰ کیلومتری شمال آتن", a bearing
    no language file names a distance by), and its disagreements are that fact's, not a conflict without a fact."""
    unit = claim.mention.unit
    if unit not in measurement_units() or claim.event is None:
        return False
    events = set(claim.scope.split(","))
    kind = BLOCK_KIND.get(claim.mention.kind, claim.mention.kind)
    for fact in facts:
        if fact.event is None or fact.event.id not in events or fact.entities or not fact.unit \
                or BLOCK_KIND.get(fact.kind, fact.kind) != kind or read_unit(str(fact.unit), fact.language) != unit:
            continue
        window = fact.window
        if window is None or (claim.event[0] <= window[1].toordinal() and claim.event[1] >= window[0].toordinal()):
            return True
    return False


def _about(names: Sequence[str], fact: Fact) -> bool:
    """Whether one of the names next to a claim is one of the fact's entities (in any script)."""
    return any(same_name(name, str(entity)) for name in names
               for listed in fact.entities.values() for entity in listed)


def _narrowing_cues(fact: Fact) -> bool:
    """Whether a fact has a cue that names no measure concept in its language ("elsewhere", "outside
    Derna"): the fact is then about a part of its measure, known by that cue."""
    return any(not concepts_of_word(language, str(cue)) for language, cues in fact.cues.items() for cue in cues)


def role_keys(claim: Claim, wide: frozenset = frozenset(), entities: Sequence[frozenset] = ()) -> frozenset:
    """What a claim is a part of (its identity beside its measure): the names next to it, without the
    names of the whole event unless its sentence lists the measure for several names (a breakdown) or
    the claim is a part that names its place ("92 of them in the province of Valencia": the place, even
    the event's own, is that part); else, for a part ("250 de ellos graves"), the whole it is a part of
    ("=672"); else nothing (a total). Without any, its owner: the first of its owners (Claim.owners: "Castor won the
    presidency of Norland with 312 electoral votes") that is one of the sheets' entities and no name of the event, for a claim of a measure (whose votes, not whose age)."""
    part = claim.part_of and claim.part_of != ELSEWHERE  # "92 of them in the province of Valencia"
    names = frozenset(n for n in claim.roles if claim.enumerated or part or not wide.intersection(_skeletons(n)))
    if names:
        return _one_entity(names, claim.owners, entities)
    if claim.part_of:
        return frozenset({"=" + claim.part_of})
    owner = next((n for n in claim.owners if claim.measure and not wide.intersection(_skeletons(n))
                  and any(same_name(n, e) for names in entities for e in names)), None)
    return frozenset({owner}) if owner else frozenset()


def _one_entity(names: frozenset, owners: tuple, entities: Sequence[frozenset]) -> frozenset:
    """Names of two entities of the sheets next to one number ("حصل كاستور على 277 وبولوكس"): only the likeliest
    owner of them (Claim.owners: a name before it first, the nearest); else the names as they are."""
    def entity(name: str) -> Optional[int]:
        return next((i for i, listed in enumerate(entities) if any(same_name(name, e) for e in listed)), None)

    found = {entity(n) for n in names} - {None}
    if len(found) < 2:
        return names
    first = next((entity(n) for n in owners if entity(n) in found), None)
    return frozenset(n for n in names if entity(n) is None or entity(n) == first)


# The skeletons of a name, computed once a process: a corpus names the same people and places in thousands
# of claims.
_skeletons = lru_cache(maxsize=1 << 16)(skeletons)


def _item(claim: Claim, vocabulary: Vocabulary, known: dict, wide: frozenset = frozenset(),
          entities: Sequence[frozenset] = (), owned: tuple = (frozenset(), frozenset())) -> _Item:
    mention = claim.mention
    kind = BLOCK_KIND.get(mention.kind, mention.kind)
    value = mention.value
    amount = ""
    if value.low == value.high and value.low_inclusive and value.high_inclusive:
        if mention.kind == "date":
            amount = f"d{int(value.low)}"
        else:
            amount = f"v{value.low:g}"
    weights = known.get((claim.seed.id, mention.start, mention.end))
    if weights is None:
        weights = {key: term.weight for key, term in terms(claim, vocabulary).items()}
    else:
        weights = dict(weights)  # grouping may drop frequent terms from its own copy
    if claim.measure:  # the measure is a concept the pair shares (it is also its block)
        weights[f"m:{claim.measure}"] = CONCEPT_SCORE
    for concept in () if claim.measure else claim.measures:  # a count of things: what happened to them (affected)
        weights[f"m:{concept}"] = CONCEPT_SCORE
    roles = role_keys(claim, wide, entities)
    placed = _placed(claim, wide, owned, roles) or _unowned(claim, roles, owned, entities)
    roles = placed or roles
    unit = canonical_unit(mention, vocabulary)
    kind_of_person = _subgroup(mention, unit)
    if kind_of_person:  # "51 women" among the dead: that kind's count, whatever the total, never the toll
        weights[f"u:{kind_of_person}"] = CONCEPT_SCORE  # the kind is a concept the pair shares, as a name would be
        return _Item(claim, (kind, kind_of_person), claim.event[0], claim.event[1], mention.language, amount,
                     weights, (mention.start, mention.end), "", frozenset({"=" + kind_of_person}), True)
    for name in roles:  # a role is the same in every script: a concept the pair shares (each reading)
        for key in _skeletons(name) if not name.startswith("=") else ():
            if len(key) >= MIN_CONSONANTS:
                weights[f"r:{key}"] = NAME_SCORE
    return _Item(claim, (kind, unit), claim.event[0], claim.event[1],
                 mention.language, amount, weights, (mention.start, mention.end), claim.measure, roles,
                 bool(roles) and (claim.enumerated or bool(claim.part_of) or bool(placed)))


def _subgroup(mention, unit: str) -> str:
    """The kind of person a count of people counts by its own noun ("51 women", "12 foreigners", "۵۶ زن":
    concepts.yaml `subgroup_units`), or by the word of a kind said after it ("57 were women": claims.parts
    kind_after), '' when none: a part of its measure (the women among the dead), whose identity is that kind in every
    language, blocked by it alone (compared with the same kind only)."""
    if mention.kind not in COUNTED_KINDS + ("number",):
        return ""
    return unit if unit in subgroup_units() else kind_after(mention)


def _placed(claim: Claim, wide: frozenset, owned: tuple, roles: frozenset = frozenset()) -> frozenset:
    """For a claim of a measure the sheets give per entity (owned: _owned, and the skeletons of the sheets' places,
    _place_keys): the places of the sheets, no name of the event, its clause locates it in or next to it ("En
    Ostmark, Castor obtuvo los 54 votos electorales", "کاستور در اوستمارک ۵۵ رای الکترال"): a part by place, no
    entity's total, whatever entity its role names; for a claim of any other measure with no role of its own (roles:
    role_keys, without the event's names), the same places ("a fire in the city of Wajima damaged about 200 buildings": Wajima's);
    for one whose roles are all such places its clause locates it in ("48 people died in Dessel"), those: a part by
    place, never the event's total (the sheet's main place and the event's names are no part); else none."""
    measures, places = owned

    def sub_place(name: str) -> bool:
        return bool(places.intersection(_skeletons(name))) and not wide.intersection(_skeletons(name))

    if not _owned_measure(claim, measures) and not claim.measure:
        return frozenset()
    if not _owned_measure(claim, measures) and roles:  # "48 died in Dessel": a place of the event's area its clause
        names = frozenset(n for n in roles if not n.startswith("="))  # locates it in, next to it
        return names if names and all(sub_place(n) and n in claim.located for n in names) else frozenset()
    return frozenset(n for n in set(claim.located) | claim.roles if sub_place(n))


def _unowned(claim: Claim, roles: frozenset, owned: tuple, entities: Sequence[frozenset]) -> frozenset:
    """For a claim of a measure the sheets give per entity (_owned): its names when none is one of their entities
    (role_keys has left out the event's names): a part's, a place the sheets do not list ("Calvia, with 54 electoral
    votes"), no entity's total; else none."""
    names = frozenset(n for n in roles if not n.startswith("="))
    if not names or not entities or not _owned_measure(claim, owned[0]):
        return frozenset()
    known = any(same_name(n, e) for n in names for listed in entities for e in listed)
    return frozenset() if known else names


def _owned_measure(claim: Claim, measures: frozenset) -> bool:
    return bool(claim.measure) and (claim.measure in measures or group_of(claim.measure) in measures)


def _block_key(item: _Item) -> tuple:
    """Claims compared with each other: the same events in scope and kind, and the same measure when
    it belongs to a group of measures that exclude each other (killed, injured, detained; votes,
    turnout); claims with another measure form one block whatever their units (MEASURED: their measures
    are checked pair by pair, _other_measures); claims without a measure, the same canonical unit."""
    kind, unit = item.block
    if not item.measure:
        return (item.source.scope, kind, "", unit)
    return (item.source.scope, kind, item.measure if group_of(item.measure) else MEASURED, "")


def _pairs(items: list[_Item], index: Optional[PairIndex] = None,
           jobs: int = 1) -> dict[tuple[int, int], tuple[float, tuple[str, ...], bool]]:
    """The accepted pairs (index, index) -> (score, evidence, weak), by the sorted neighbourhood method;
    with an index, the pairs it holds of unchanged stretches of a list are not scored again. With jobs, a run that
    scores every list in full (no index of the last run's pairs) scores them on that many cores (_scored_lists)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for number, item in enumerate(items):
        blocks[_block_key(item)].append(number)
    lows = [item.low for item in items]
    lists = []  # (block, key, its claims in order, window)
    for block in sorted(blocks):
        members = blocks[block]
        window = DATE_WINDOW_DAYS if block[1] == "date" else \
            AGING_WINDOW_DAYS if block[2] != MEASURED and measure_class(block[2]) == "aging" else EVENT_WINDOW_DAYS
        for key, posting in _postings(items, members).items():
            if len(posting) >= 2:
                posting.sort(key=lows.__getitem__)  # by (low, i): a posting list is in the order of i; sort is stable
                lists.append((block, key, posting, window))
    whole = index is None or index.fresh()
    ahead = _scored_lists(items, lists, jobs) if whole and jobs > 1 else None
    accepted: dict[tuple[int, int], tuple[float, tuple[str, ...], bool]] = {}
    rejected: set[tuple[int, int]] = set()  # pairs scored below their bar in one list, not scored again in another
    for number, (block, key, posting, window) in enumerate(lists):
        name = "\x1f".join(block) + "\x1e" + key
        if ahead is not None:
            found = ahead[number] if index is None else index.scored(name, [items[i].tag for i in posting],
                                                                       ahead[number])
        else:
            candidates, score = _neighbours(items, posting, window, accepted, rejected)
            found = _scan(posting, candidates, score) if index is None else \
                index.posting(name, [items[i].tag for i in posting], candidates, score, NEIGHBOURS)
        for (p, q), scored in found.items():
            i, j = posting[p], posting[q]
            accepted.setdefault((i, j) if i < j else (j, i), scored)
    return accepted


def _scan(posting: list[int], candidates, score) -> dict:
    """The accepted pairs of one sorted list, {(place, place): score}, every place compared with its candidates."""
    return {(p, q): r for p in range(len(posting)) for q in candidates(p) if (r := score(p, q)) is not None}


# Fewer places than this in all the sorted lists of the blocks: grouping scores them in one process (forking costs more).
FORKED_CLAIMS = 50000


def _scored_lists(items: list[_Item], lists: list, jobs: int) -> Optional[list[dict]]:
    """The accepted pairs of every sorted list (_scan), its lists shared out to jobs processes (parallel.on_cores,
    the largest first to the least loaded) when they hold FORKED_CLAIMS places or more, else None. A pair's score
    depends on its two items alone, so each list's pairs are those of one process scoring them all in order."""
    sizes = [len(posting) for _, _, posting, _ in lists]
    if sum(sizes) < FORKED_CLAIMS:
        return None
    shares: list[list[int]] = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for number in sorted(range(len(lists)), key=lambda n: (-sizes[n], n)):
        least = loads.index(min(loads))
        shares[least].append(number)
        loads[least] += sizes[number]

    def work(share: int) -> list[dict]:
        accepted: dict = {}
        rejected: set = set()
        found = []
        for number in shares[share]:
            _, _, posting, window = lists[number]
            pairs = _scan(posting, *_neighbours(items, posting, window, accepted, rejected))
            for (p, q), scored in pairs.items():
                accepted.setdefault((posting[p], posting[q]) if posting[p] < posting[q] else (posting[q], posting[p]),
                                    scored)
            found.append(pairs)
        return found

    by_list: dict[int, dict] = {}
    for share, found in zip(shares, on_cores(work, jobs, jobs)):
        by_list.update(zip(share, found))
    return [by_list[number] for number in range(len(lists))]


def _neighbours(items: list[_Item], posting: list[int], window: int, accepted: dict, rejected: set):
    """candidates(p): the places of a sorted list compared with place p (the next NEIGHBOURS, up to the
    first whose event is more than window days later); score(p, q): the pair's (_score), reusing a
    pair accepted or rejected in another list of its block (a pair's score depends on its two items alone)."""
    def candidates(p: int):
        last = items[posting[p]].high
        for q in range(p + 1, min(p + 1 + NEIGHBOURS, len(posting))):
            if items[posting[q]].low - last > window:
                return
            yield q

    def score(p: int, q: int):
        i, j = posting[p], posting[q]
        key = (i, j) if i < j else (j, i)
        found = accepted.get(key)
        if found is not None or key in rejected:
            return found
        found = _score(items[i], items[j], window)
        if found is None:
            rejected.add(key)
        return found

    return candidates, score


def _mutual(items: list[_Item], scored: dict) -> dict[tuple[int, int], tuple[float, tuple[str, ...]]]:
    """The pairs to join: every strong pair, and the weak pairs whose claims are each other's best
    weak partner (the highest score, then the first claim by seed and place)."""
    best: dict[int, tuple] = {}
    orders: dict[int, tuple] = {}  # each claim's _order, computed once (a claim has many weak partners)
    for (i, j), (score, _, weak) in scored.items():
        if weak:
            for one, other in ((i, j), (j, i)):
                order = orders.get(other)
                if order is None:
                    order = orders[other] = _item_order(items[other])
                rank = (-score, order)
                if one not in best or rank < best[one][0]:
                    best[one] = (rank, other)
    return {(i, j): (score, evidence) for (i, j), (score, evidence, weak) in scored.items()
            if not weak or (best[i][1] == j and best[j][1] == i)}


def _postings(items: list[_Item], members: list[int]) -> dict[str, list[int]]:
    """The sorted lists of one block: by each rare term, by exact value, and the whole block ('*')."""
    counts = Counter(key for i in members for key in items[i].weights)
    if len(members) >= FREQUENT_MIN:
        frequent = {key for key, n in counts.items() if n > FREQUENT_SHARE * len(members)}
        for i in members:
            dropped = frequent & items[i].weights.keys()
            if dropped:
                items[i].weights = {k: w for k, w in items[i].weights.items() if k not in frequent}
                items[i].tag = dropped_tag(items[i].tag, dropped) if items[i].tag else ""
    postings: dict[str, list[int]] = defaultdict(list)
    for i in members:
        item = items[i]
        shared = [key for key in item.weights if counts[key] > 1]  # a term no other claim has finds nothing
        for key in sorted(shared, key=lambda k: (counts[k], k))[:MAX_KEYS]:
            postings["t:" + key].append(i)
        if item.amount:
            postings["=" + item.amount].append(i)
        postings["*"].append(i)
    return postings


def _score(a: _Item, b: _Item, window: int) -> Optional[tuple[float, tuple[str, ...], bool]]:
    """The score of a pair, its evidence, and whether it is weak (kept across languages only, below
    the bar of one language); None when below its threshold."""
    x, y = a.claim, b.claim
    if x.seed.id == y.seed.id and not overlaps(x.mention.value, y.mention.value):
        return None
    gap = max(a.low, b.low) - min(a.high, b.high)
    if gap > window or _other_roles(a, b) or _other_measures(x, y) or _other_things(a, b) or _other_people(a, b) \
            or a.ownerless or b.ownerless or (a.contested and b.contested and bool(a.roles) != bool(b.roles)):
        return None  # a contestant's figure: whose it is, its identity; of no one, a total or unknown (concepts.yaml)
    if (a.identities and b.identities and not a.identities & b.identities) or \
            (a.measure == b.measure and a.occasions and b.occasions and not a.occasions & b.occasions):
        return None  # two entities the sheets tell apart; two occasions of the measure (two rounds)
    if (a.round or x.round) and (b.round or y.round) and \
            (a.round or x.round) != (b.round or y.round):
        return None  # "in the first round" and "in the runoff" (or a figure of the runoff's time): two votes
    if x.progress != y.progress and not all(c.mention.qualifier == "eq" and tally(c.mention) for c in (x, y)):
        return None  # a share or a rough figure read while counting ("with 69.86 % counted, 50.2 %") is no result
    if x.population != y.population:
        return None  # a share of the votes cast abroad is no share of the whole vote, nor of the capital's
    counted = a.block[1] and a.block[0] in COUNTED_KINDS
    score = WINDOW_SCORE + (UNIT_SCORE if counted else 0.0)
    same = a.amount and a.amount == b.amount
    if same:
        score += SAME_DAY_SCORE if a.amount.startswith("d") else SAME_AMOUNT_SCORE
    shared = a.weights.keys() & b.weights.keys()
    readings = sorted(k for k in shared if k.startswith("r:"))
    if not (a.measure or b.measure) and a.block[0] in UNIT_IS_KIND and \
            (not _named(a, b, shared) or (differ(x, y) and not _named(a, b, shared, own=True))):
        return None  # two percents of nothing named: their unit restates their kind, it says nothing; and two that
        # disagree (a warning) must each write their shared name in their own part of the sentence
    shared -= set(readings[1:])  # two readings of one name are one shared name
    if not same and _kind_only(a, b, shared):
        return None  # "the four men accused" and "três homens encapuzados": people of one kind, nothing else in common
    if shared:
        score += min(TERMS_CAP, sum(min(a.weights[k], b.weights[k]) for k in shared))
    same_language = a.language == b.language
    verdict = _bars(score, False, same_language)
    if verdict != _bars(score, True, same_language):  # a close call: whether the claims differ decides it
        verdict = _bars(score, differ(x, y), same_language)
    if verdict is None:
        return None
    weak = verdict  # kept only because the languages differ
    evidence = [f"events {max(gap, 0)} days apart"] + ([f"unit {a.block[1]}"] if counted else [])
    if same:
        evidence.append("same day" if a.amount.startswith("d") else "same amount")
    ordered = sorted(shared, key=lambda k: (-min(a.weights[k], b.weights[k]), k))
    return round(min(score, 1.0), 3), tuple(evidence + [f"shared {_show_key(k)}" for k in ordered]), weak


def _kind_only(a: _Item, b: _Item, shared) -> bool:
    """Whether two counts of people of one kind (_subgroup: "four men", "três homens"), neither of which names a
    measure, share nothing but that kind: the kind says who is counted, not what happened to them (the men accused,
    the men who fired), so it is no evidence of one claim beyond the block it already makes. One that names a measure
    ("Nine children also died") may be of the other's unnamed one ("entre ellos 11 niños")."""
    kind = a.block[1]
    alone = frozenset({"=" + kind})
    return a.roles == b.roles == alone and not (a.claim.measure or b.claim.measure) and shared <= {f"u:{kind}"}


def _bars(score: float, disagree: bool, same_language: bool) -> Optional[bool]:
    """A pair's score against its bars: None below the bar of its languages, else whether it is weak (below the
    bar of one language: kept only because the languages differ). Claims that disagree have the higher bars."""
    one_language = (DISAGREE_SAME_LANGUAGE if disagree else SAME_LANGUAGE) - 1e-9
    across = (DISAGREE_ACROSS_LANGUAGES if disagree else ACROSS_LANGUAGES) - 1e-9
    if score < (one_language if same_language else across):
        return None
    return score < one_language


def _named(a: _Item, b: _Item, shared, own: bool = False) -> bool:
    """Whether two claims share a name: a role, or a name of their sentences (not a concept, not a word); with own,
    one each claim writes in its own part of its sentence (claims.words `_sentence_part`): a name of another clause
    ("Saied is expected to push on ..., while the economy struggles with inflation and youth unemployment near 40%")
    says whose the sentence is, not whose the number is."""
    names = [k for k in shared if k.startswith("r:") or
             (k[:2] not in CONCEPT_PREFIXES and min(a.weights[k], b.weights[k]) >= NAME_SCORE)]
    if not own:
        return bool(names)
    mine, theirs = _own_part_keys(a), _own_part_keys(b)
    return any(k in mine and k in theirs for k in names)


def _own_part_keys(item: _Item) -> frozenset:
    """The keys of the names a claim writes in its own part of its sentence: its words' (as term keys) and the role
    keys (r:) of its roles written there, in any script (checker/roles.py skeletons: "Sumar" is "سومار")."""
    part = _sentence_part(item.claim.mention)
    tokens = TOKEN.findall(part)
    written = {key for n in (1, 2) for i in range(len(tokens) - n + 1)  # a role in any script, in one or two words
               for key in _skeletons(" ".join(tokens[i:i + n]))}
    words = {_key(token) for token in TOKEN.findall(_folded(part))}
    roles = {f"r:{key}" for role in item.roles if not role.startswith("=")
             and (role in part or written.intersection(_skeletons(role)))
             for key in _skeletons(role) if len(key) >= MIN_CONSONANTS}
    return frozenset(words | roles)


def _other_measures(a: Claim, b: Claim) -> bool:
    """Whether two claims measure different things: their nearest measures differ and either is not
    named in the other's clause ("48 hours to leave" and "diplomats have 72 hours" both name the
    deadline and the diplomats), or both belong to one group of measures that exclude each other."""
    if not (a.measure and b.measure) or a.measure == b.measure:
        return False
    if group_of(a.measure) and group_of(a.measure) == group_of(b.measure):
        return True
    return a.measure not in b.measures or b.measure not in a.measures


def _other_people(a: _Item, b: _Item) -> bool:
    """Whether two ages (concepts.yaml measure_classes: aging) are two people's: more than AGE_SLACK apart ("71" and
    "58"), and no name stands next to both (a candidate's age written wrong by ten years is still his)."""
    if not a.measure or a.measure != b.measure or measure_class(a.measure) != "aging":
        return False
    x, y = a.claim.mention.value, b.claim.mention.value
    if max(x.low, y.low) - min(x.high, y.high) <= AGE_SLACK:
        return False
    return not any(x == y or (x[:1] != "=" and y[:1] != "=" and same_name(x, y)) for x in a.roles for y in b.roles)


def _other_things(a: _Item, b: _Item) -> bool:
    """Whether two claims count two different things (concepts.yaml `thing_units`: "four bridges" and "891
    buildings", whatever measure they share)."""
    things = thing_units()
    return a.block[1] != b.block[1] and a.block[1] in things and b.block[1] in things


def _other_roles(a: _Item, b: _Item) -> bool:
    """Whether two claims are parts of different things (their role_keys): Lula's votes and Bolsonaro's,
    a province's dead and another's, in any script (checker/roles.py: "Taroudant" is "تارودانت"); a part
    and a total (a province's dead and the whole toll; "1,404 of them" and the 2,059 wounded); parts of
    two different wholes. A lone name next to a number may only say where the whole event happened
    ("the earthquake in Morocco killed 2,012"): against a total, or against a name of another language
    that is spelled otherwise (Morocco, Marruecos, المغرب), it rules a pair out only when it is surely a
    part (a breakdown: a list of names in its sentence, or a partitive). Two acronyms ("PS", "AD") are written the
    same in every language and script: two different ones are two owners in any two languages (`_acronyms`). Two
    names one fact of the sheets lists as its entities ("Socialist Party" and "PS") are one owner."""
    if not a.roles and not b.roles:
        return False
    if not a.roles or not b.roles:
        return a.breakdown or b.breakdown
    if any(x == y or (x[:1] != "=" and y[:1] != "=" and same_name(x, y)) for x in a.roles for y in b.roles):
        return False
    if len(a.roles) == len(b.roles) == len(a.identities) == 1 and a.identities == b.identities:
        return False  # one entity of the sheets by two of its names: "Socialist Party" and "PS"
    return a.language == b.language or a.breakdown or b.breakdown or (_sheet_placed(a) and _sheet_placed(b)) \
        or (_acronyms(a) and _acronyms(b))


def _acronyms(item: _Item) -> bool:
    """Whether a claim's roles are all acronyms ("PS", "PML-N": checker/frames/names.py `is_acronym`)."""
    return all(is_acronym(role) for role in item.roles)


def _sheet_placed(item: _Item) -> bool:
    """Whether a claim's roles are places of the sheets its clause locates it in (Claim.located: names as the sheets
    list them, one spelling a language): two such of two languages that are no same name are two places ("Brisca"
    and "ميرافيل"), where two names an article wrote may be one place spelled two ways (Morocco, Marruecos)."""
    return bool(item.roles) and item.roles <= set(item.claim.located)


def _show_key(key: str) -> str:
    if key.startswith("m:"):
        return f"measure {key[2:]!r}"
    if key.startswith("u:"):
        return f"concept {key[2:]!r}"
    if key.startswith("c:"):
        return f"cue of {key[2:]}"
    return repr(key)


def _components(items: list[_Item], accepted: dict) -> list[tuple[list[int], list]]:
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in accepted:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        members[root(i)].append(i)
    edges: dict[int, list] = defaultdict(list)
    for (i, j), scored in accepted.items():
        edges[root(i)].append((i, j, *scored))
    return [(group, edges[r]) for r, group in members.items() if len(group) > 1]


def _order(claim: Claim) -> tuple:
    return (claim.seed.id, claim.mention.start, claim.mention.end)


def _item_order(item: _Item) -> tuple:
    """_order of an item's claim, without building it."""
    return (item.source.seed.id, *item.place)


def _group(items: list[_Item], members: list[int], edges: list, vocabulary: Vocabulary) -> Group:
    claims = tuple(sorted((items[i].claim for i in members), key=_order))
    conflicts: dict[tuple, Pair] = {}
    series: dict[tuple, Pair] = {}
    for i, j, score, evidence in edges:
        a, b = sorted((items[i].claim, items[j].claim), key=_order)
        how = difference(a, b) if a.seed.id != b.seed.id else "agree"
        if how not in ("update", "conflict") or (a.mention.kind in LABEL_KINDS and not _shared_concept(items[i], items[j])):
            continue
        values = tuple(sorted((repr(a.mention.value), repr(b.mention.value))))
        table = series if how == "update" else conflicts
        pair = Pair(a, b, score, evidence)
        if values not in table or _better(pair, table[values]):
            table[values] = pair
    first = items[members[0]]
    kind, unit = first.block
    found = [conflicts[k] for k in sorted(conflicts)]
    return Group(
        key=f"{kind}:{unit}:{date.fromordinal(min(items[i].low for i in members)).isoformat()}:"
            f"{claims[0].seed.id}:{claims[0].mention.start}",
        kind=kind, unit=unit, claims=claims, terms=_shared_terms([items[i] for i in members]), measure=first.measure,
        conflicts=tuple(found), series=tuple(series[k] for k in sorted(series)),
        confidence=max(score for _, _, score, _ in edges),
    )


def _shared_concept(a: _Item, b: _Item) -> bool:
    """Whether two dates speak of one happening: they share a cue of a fact sheet, or a concept and
    DATE_WORDS words or names of their sentences. Two different dates conflict only then; a concept
    alone ("dead" near the quake's Friday and near the day a toll was given), or shared words alone,
    say they were written about one story, not about one date."""
    shared = a.weights.keys() & b.weights.keys()
    if any(key.startswith(DATE_CONCEPT) for key in shared):
        return True
    words = sum(1 for key in shared if key[:2] not in CONCEPT_PREFIXES and not key.startswith("r:"))
    return words >= DATE_WORDS and any(key[:2] in CONCEPT_PREFIXES for key in shared)


def _better(new: Pair, old: Pair) -> bool:
    return (-new.score, _order(new.a), _order(new.b)) < (-old.score, _order(old.a), _order(old.b))


def _shared_terms(items: Sequence[_Item]) -> tuple[str, ...]:
    """The terms found in claims of two seeds or more, most shared and strongest first."""
    seeds: dict[str, set] = defaultdict(set)
    weight: dict[str, float] = {}
    for item in items:
        for key, value in item.weights.items():
            seeds[key].add(item.source.seed.id)
            weight[key] = max(weight.get(key, 0.0), value)
    shared = [k for k, s in seeds.items() if len(s) > 1]
    return tuple(sorted(shared, key=lambda k: (-len(seeds[k]), -weight[k], k)))


# --- findings --------------------------------------------------------------------------

def group_finding(group: Group, pairs: Sequence[Pair] = ()) -> Finding:
    """The one source-conflict finding of a group with conflicts: its best conflict speaks (seed,
    quote, place), the message and `sources` name every claim of the group with its value."""
    pair = min(pairs or group.conflicts, key=lambda p: (-p.score, _order(p.a), _order(p.b)))
    values: dict[str, list[str]] = defaultdict(list)
    lows: dict[str, float] = {}
    for claim in group.claims:
        shown = _value(claim)
        if claim.seed.id not in values[shown]:
            values[shown].append(claim.seed.id)
        lows[shown] = claim.mention.value.low
    said = "; ".join(f"{shown}: {', '.join(values[shown])}" for shown in sorted(values, key=lambda v: (lows[v], v)))
    note = (f" (no fact covers it; {len(group.seeds)} seeds on {group.label}: {said}; "
            f"evidence: {'; '.join(pair.evidence)}; {reason(pair.a, pair.b)})")
    finding = conflict_finding(pair.a.mention, pair.a.seed, pair.b.mention, pair.b.seed, None, pair.score, note)
    sources = tuple({"seed": c.seed.id, "value": _value(c), "said": c.mention.text, "quote": c.mention.sentence,
                     "location": f"{c.seed.path}:{c.mention.line}:{c.mention.column}"} for c in group.claims)
    return replace(finding, sources=sources, fingerprint=group_print(group))


def group_print(group: Group) -> str:
    """The fingerprint of a group's finding: its claims' seeds, words and values, not where they stand."""
    return fingerprint("source-conflict-group", *sorted(_print(c) for c in group.claims))


def _value(claim: Claim) -> str:
    return mention_value(claim.mention)


def _print(claim: Claim) -> str:
    """What a claim adds to its group's fingerprint: seed, words and value, not where they stand."""
    m = claim.mention
    return f"{claim.seed.id}\x1f{said(m.text)}\x1f{value_key(m.kind, m.value, m.unit)}"


def _with_fingerprint(group: Group) -> Group:
    """The group with its conflicts carrying the fingerprint of the group's finding."""
    if not group.conflicts:
        return group
    printed = group_print(group)
    return replace(group, conflicts=tuple(replace(p, fingerprint=printed) for p in group.conflicts))


def conflict_findings(groups: Iterable[Group]) -> list[Finding]:
    """One source-conflict finding (warning) per group that has a conflict."""
    return [group_finding(group) for group in groups if group.conflicts]
