"""Every type of the pipeline on one screen.

article (Seed) -> Mention -> Link -> Comparison -> Finding -> Report -> renderers.
All are frozen dataclasses of plain data; the functions that make them live in
the module named after the stage (extract/, link.py, compare.py, findings.py).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

INF = math.inf

# The kinds a mention or a fact can have.
KINDS = ("count", "percent", "money", "duration", "date", "ordinal", "number")

# The canonical qualifier operators; what each means as an interval is decided
# in checker/intervals.py and nowhere else.
QUALIFIERS = ("eq", "gt", "ge", "lt", "le", "approx", "nearly", "just_over", "between", "vague")


@dataclass(frozen=True, order=True, init=False)
class Interval:
    """A set of values: numbers, or days (as proleptic Gregorian ordinals) when domain is 'date'."""

    low: float
    high: float
    low_inclusive: bool = True
    high_inclusive: bool = True
    domain: str = "number"  # "number" or "date"

    def __init__(self, low: float, high: float, low_inclusive: bool = True, high_inclusive: bool = True,
                 domain: str = "number") -> None:
        """The dataclass's own __init__, but for its fields given as the instance's __dict__ at once: a frozen
        dataclass's generated __init__ sets each field with object.__setattr__ (2.4 against 1.3 microseconds),
        and one is made for every number and date read, linked and compared."""
        object.__setattr__(self, "__dict__", {"low": low, "high": high, "low_inclusive": low_inclusive,
                                              "high_inclusive": high_inclusive, "domain": domain})

    def __repr__(self) -> str:
        left = "[" if self.low_inclusive else "("
        right = "]" if self.high_inclusive else ")"
        return f"<{left}{_show(self.low, self.domain)}, {_show(self.high, self.domain)}{right}>"


def _show(x: float, domain: str) -> str:
    if math.isinf(x):
        return "-inf" if x < 0 else "inf"
    if domain == "date":
        return date.fromordinal(int(x)).isoformat()
    return f"{x:g}"


@dataclass(frozen=True)
class Location:
    """Where something stands in a file: 1-based line and column (in characters)."""

    path: str
    line: int
    column: int
    end_line: int = 0
    end_column: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Seed:
    """One article of the corpus, with its curated metadata (seeds/manifest.yaml)."""

    id: str
    path: str
    text: str
    language: str
    published: Optional[date] = None
    outlet: str = ""
    url: str = ""
    language_detected: bool = False
    published_source: str = ""  # manifest | url | dateline | latest-date-bound | url-month (checker/published.py); "" when unknown

# The line of an article's headline (its first line): the body restates what it says, with the body's hedges.
HEADLINE_LINE = 1


@dataclass(frozen=True)
class Mention:
    """A number or date expression found in a text."""

    text: str
    start: int  # character offsets into the original text
    end: int
    line: int
    column: int
    kind: str
    value: Interval
    qualifier: str = "eq"
    unit: str = ""  # what is counted (lemma), the currency, or the duration unit as written
    sentence: str = ""
    language: str = ""
    section: str = "body"  # "body" or "boilerplate"
    rule: str = ""  # the name of the grammar rule that produced it
    granularity: str = ""  # for dates: day, week, month, year
    unresolved: str = ""  # why a value could not be fixed (e.g. no publication date)
    sentence_start: int = 0
    stated: Optional[float] = None  # the number as written ('2.4 million': 2400000; '72 hours': 72)
    precision: Optional[float] = None  # the place of its last written digit ('2.4 million': 100000)
    noun: str = ""  # a count's counted noun as the article wrote it ('35 renegade soldiers': 'soldiers')

    @property
    def states_a_number(self) -> bool:
        """False for a vague duration ('hours later', 'for months'): read and reported, but it states no length a
        fact or another claim could be compared with, so it never links and is no claim (issue 9, item 4)."""
        return self.rule not in NO_NUMBER_RULES


# Grammar rules whose mentions state no number (checker/extract/quantities.py, vague_duration_at).
NO_NUMBER_RULES = frozenset({"duration:vague"})


@dataclass(frozen=True)
class FactValue:
    """One value of a fact: its interval, how it was written, and since when it holds."""

    interval: Interval
    text: str
    qualifier: str = "eq"
    as_of: Optional[date] = None
    line: int = 0


@dataclass(frozen=True)
class Event:
    """The event a fact sheet covers (its `event:` block): what shows that an article is about it."""

    id: str
    names: dict = field(default_factory=dict)  # language -> tuple of names of the event
    places: dict = field(default_factory=dict)  # language -> tuple of place names
    entities: dict = field(default_factory=dict)  # language -> tuple of people and organisations
    window: Optional[tuple[date, date]] = None  # first and last day its facts can refer to
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Fact:
    """A curated reference value from facts/*.yaml."""

    id: str
    statement: str
    kind: str
    values: tuple[FactValue, ...]  # sorted by as_of; one value when the fact does not change
    unit: str = ""
    aliases: dict = field(default_factory=dict)  # language -> tuple of unit words
    cues: dict = field(default_factory=dict)  # language -> tuple of cue phrases
    language: str = "en"
    provenance: str = ""
    tolerance: Optional[float] = None  # relative half-width for "about" values
    path: str = ""
    line: int = 0
    measure: tuple[str, ...] = ()  # concept ids (checker/lang/concepts/concepts.yaml) of what it measures
    measure_words: dict = field(default_factory=dict)  # language -> measure words no concept knows (cues)
    measure_source: str = ""  # where a measure the sheet does not name came from ("measure from cue 'electoral votes'")
    entities: dict = field(default_factory=dict)  # language -> whose measure it is (votes FOR a name)
    window: Optional[tuple[date, date]] = None  # the dates it can refer to (its own, else its event's)
    event: Optional[Event] = None  # the sheet's event; None: the fact is checked against every seed
    places: dict = field(default_factory=dict)  # language -> the places it counts in (`place:`; checker/link.py)
    round: str = ""  # the round of an election it is of, as declared (`round:`: "first", "second"), '' when none

    def value_at(self, when: Optional[date]) -> FactValue:
        """The value in force on a date (the latest as_of not after it); the latest value when the date is unknown."""
        current = self.values[0]
        if when is None:
            return self.values[-1]
        for value in self.values:
            if value.as_of is None or value.as_of <= when:
                current = value
        return current


@dataclass(frozen=True)
class Assertion:
    """A declared expectation from assertions/*.yaml."""

    id: str
    rule: str  # agree | not-contradict | mentioned | sources-agree
    facts: tuple[str, ...]  # fact ids; empty means every fact
    seeds: tuple[str, ...]  # seed ids or globs; empty means every seed
    severity: str = "error"
    acknowledged: tuple = ()  # tuple[Acknowledged, ...]
    description: str = ""
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Acknowledged:
    """An accepted discrepancy: an expected failure with its reason (a strict xfail)."""

    fact: str
    seed: str
    reason: str
    line: int = 0


@dataclass(frozen=True)
class Link:
    """A mention tied to the fact it speaks about."""

    mention: Mention
    fact_id: str
    score: float
    reasons: tuple[str, ...]
    frame: object = None  # the mention's frames.Frame: what it measures, when, where, who


@dataclass(frozen=True)
class Comparison:
    """The verdict of one linked mention against the fact value in force."""

    link: Link
    seed_id: str
    expected: FactValue
    verdict: str  # agrees | contradicts | imprecise | unresolved
    why: str = ""  # what made the verdict, when the intervals alone do not say (two estimates apart)


@dataclass(frozen=True)
class Finding:
    kind: str  # contradiction | source-conflict | imprecise | unresolved | not-mentioned | agreement
    severity: str  # error | warning | info | none
    fact: str
    seed: str
    message: str
    expected: str = ""
    found: str = ""
    quote: str = ""
    path: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    fact_path: str = ""
    fact_line: int = 0
    rule: str = ""
    assertion: str = ""
    fingerprint: str = ""
    acknowledged: str = ""  # the reason, when an assertion acknowledges it
    code: str = ""  # the catalogue code (checker/findings.py)
    confidence: float = 1.0  # how sure the link behind it is (its score)
    other_seed: str = ""  # for source conflicts: the other side
    other_quote: str = ""
    other_location: str = ""
    published_inferred: str = ""  # how the publication date it rests on was inferred (checker/published.py)
    reasons: tuple[str, ...] = ()  # why the mention was linked to the fact (checker/link.py)
    # for a conflict no fact covers: every claim of its group, as {seed, value, said, quote, location}
    sources: tuple = ()


@dataclass(frozen=True)
class SeedResult:
    """Everything the engine learned about one seed."""

    seed: Seed
    mentions: tuple[Mention, ...]
    links: tuple[Link, ...]
    comparisons: tuple[Comparison, ...]
    error: str = ""
    frames: tuple = ()  # tuple[frames.Frame, ...]: one per body mention, in mention order
    scope: tuple = ()  # tuple[scope.ScopeDecision, ...]: one per event of the fact sheets
    # ((start, end, ((term key, weight), ...)), ...): the terms of each claim no fact covers (checker/claims/),
    # computed with the seed so that grouping across seeds does not compute them again
    claim_terms: tuple = ()
    text_findings: tuple = ()  # tuple[Finding, ...] about the seed's text itself (suspicious text), made
    # where the text is read
    # the claims no fact covers (checker/claims/), computed with the seed: one row per claim, the index of
    # its mention in `mentions` and then the other fields of claims.Claim; None when not computed
    claims: Optional[tuple] = None
    # what grouping reads of each of those claims (checker/cluster.py, grouping_text: their items), one JSON text
    # computed with the seed; "" when not computed (grouping then reads the claims themselves)
    grouping: str = ""


@dataclass(frozen=True)
class Report:
    seeds: tuple[SeedResult, ...]
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]
    errors: tuple[str, ...] = ()
    # claims across seeds that no fact covers (tuple[cluster.Group, ...]), most supported first
    groups: tuple = ()
