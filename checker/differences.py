"""How two claims of the same thing differ: agree, rounding, update or conflict.

Two claims that checker/cluster.py pairs (the same measure, the same event, close times) differ in one
of four ways, decided here and nowhere else:

- `agree`: their values overlap ("about 300" and 310), or they are dates at most DATE_SLACK_DAYS apart
  (a night, a time zone, an event of two days);
- `rounding`: their values overlap once each is read at the precision it is written with (`stated`):
  "68 %" stands for 67.5-68.5 and holds 67.84; a magnitude "7" holds 6.8; a vague amount ("dozens",
  "miles", "الآلاف") states no number to disagree with. Not a finding;
- `update`: two tallies read at two moments of the progress of a count ("with 40 % of the ballots counted", 5.1
  million votes; the result, 11.2 million: checker/claims/, Claim.progress); two tallies (counts, whole numbers) where the
  lower one was counted at an earlier moment:
  its seed was published earlier, or, the same day, its clause names an earlier day ("6 dead" on one
  day, "7 dead" the next); two of the same day of which one is said to be still running ("40 dead so far", "rose to
  52", "expected to rise": Claim.running). A measure that goes up and down (the missing, the displaced: `varying` in
  the concepts file's `measure_classes`) changes either way: two of its counts of two moments are an update
  whichever is higher ("89 missing", a week later "13"); a lower count published later whose own part of the
  sentence says it was revised ("officials lowered the toll to 275", "rebajaron a 275": Claim.revised, concepts.yaml
  `revisions`) is the count corrected. An update is a change over time, not a finding;
- `conflict`: anything else: incompatible at the stated precision and not explained by time ("628"
  and "629" dead in one earthquake; "6.8" and "6.9"; a toll that fell, unless its source says it was revised).

A value's stated precision: a whole number of a percent, of a plain number or of a measurement (the
concepts file's `measure_classes`: "7 degrees" of magnitude) stands for the unit around it ([67.5, 68.5)
for "68 %"), a number with decimals for the half of its last decimal around it ([6.75, 6.85) for "6.8",
of any numeric kind); a count in whole units is exact ("628 dead" is not 628.4); a bound holds the number it is
written with ("more than 150" and "150": one report, one with its hedge and one without).
"""
from __future__ import annotations

import math

from .concepts import measure_class
from .intervals import overlaps
from .model import Interval, Mention

# Kinds whose whole numbers are rounded quantities (a percent, a magnitude), not exact tallies.
ROUNDED_KINDS = ("percent", "number")
# Kinds a number with decimals can be read at its precision for.
NUMERIC_KINDS = ("count", "number", "percent", "money")
# Kinds that may rise over time: tallies (count and number; findings.SERIES_KINDS says the same for facts).
TALLY_KINDS = ("count", "number")
# Two dates at most this many days apart never differ: a night, a time zone, an event of two days.
DATE_SLACK_DAYS = 1
# Decimals beyond this are noise of the binary floating point.
MAX_DECIMALS = 6

# The qualifier of a vague amount ("dozens", "thousands": checker/intervals.py): no number to disagree with.
VAGUE = "vague"

DIFFERENCES = ("agree", "rounding", "update", "conflict")


def difference(a, b) -> str:
    """How claims a and b (checker.claims.Claim) differ: one of DIFFERENCES."""
    x, y = a.mention.value, b.mention.value
    if overlaps(x, y) or _near_days(a.mention, b.mention):
        return "agree"
    measure = a.measure if a.measure == b.measure else ""
    measured = bool(measure) and measure_class(measure) == "measurements"
    if overlaps(stated(a.mention, measured), stated(b.mention, measured)) or VAGUE in (a.mention.qualifier, b.mention.qualifier) \
            or _own_number(x, y) or _own_number(y, x):
        return "rounding"
    if _progress(a) != _progress(b) and tally(a.mention) and tally(b.mention):
        return "update"  # two moments of one count ("with 40 % counted, 5.1 million", then 11.2 million)
    low, high = (a, b) if x.low < y.low else (b, a)
    if measure and measure_class(measure) == "aging" and _earlier(low, high):
        return "update"  # "76 anos" in October, "77 años" a month later: a birthday between, as an age grows
    if tally(low.mention) and tally(high.mention):
        if _earlier(low, high) or (measure and measure_class(measure) == "varying" and _earlier(high, low)):
            return "update"
        if _earlier(high, low) and low.revised:
            return "update"  # "officials lowered the toll to 275" a day after 288: the count corrected
        if not _earlier(high, low) and (_running(low) or _running(high)):
            return "update"  # "40 dead so far", "rose to 52" the same day: two moments of a count that moves
    return "conflict"


def reason(a, b) -> str:
    """Why claims a and b differ the way `difference` says, in words (for the finding of a group)."""
    how = difference(a, b)
    if how == "agree":
        return "their values overlap"
    if how == "rounding":
        return "they agree at the precision each is written with"
    low, high = (a, b) if a.mention.value.low < b.mention.value.low else (b, a)
    if how == "update" and _progress(a) != _progress(b):
        return (f"an update, not a conflict: two moments of the count ({_said_progress(a)} in {a.seed.id}, "
                f"{_said_progress(b)} in {b.seed.id})")
    if how == "update" and _earlier(high, low) and low.revised:
        return (f"an update, not a conflict: the later source ({low.seed.id}) says the count was revised"
                f" ({low.revised!r}) to the lower value")
    if how == "update" and not _earlier(low, high) and not _earlier(high, low) and (_running(low) or _running(high)):
        running = low if _running(low) else high
        return (f"an update, not a conflict: counts of the same day, and {running.seed.id} says its count was still"
                f" running ({_running(running)!r})")
    if how == "update":
        return (f"an update, not a conflict: the lower count ({low.seed.id}) is of an earlier moment than the higher "
                f"({high.seed.id})" if _earlier(low, high) else
                f"an update, not a conflict: {low.measure or 'the measure'} goes up and down, and the counts are of two moments")
    if not (tally(low.mention) and tally(high.mention)):
        return ("a conflict, not an update: a measurement or a share does not change over time, and the values "
                "disagree at the precision each is written with")
    if _earlier(high, low):
        return f"a conflict, not an update: the later source ({low.seed.id}) gives the lower count, and a tally does not fall"
    return "a conflict, not an update: counts of the same moment that disagree"


def differ(a, b) -> bool:
    """Whether two claims say different things (an update or a conflict)."""
    return difference(a, b) in ("update", "conflict")


def stated(mention: Mention, measurement: bool = False) -> Interval:
    """The interval a mention's value stands for at the precision it is written with (module docstring);
    measurement: its measure is a measurement (a whole number is rounded, whatever its kind)."""
    value = mention.value
    if value.domain != "number" or value.low != value.high or mention.kind not in NUMERIC_KINDS \
            or not math.isfinite(value.low):
        return value
    places = decimals(value.low)
    if places == 0 and mention.kind not in ROUNDED_KINDS and not measurement:
        return value
    half = 0.5 * 10 ** -places
    return Interval(value.low - half, value.high + half, True, False, value.domain)


def _own_number(bound: Interval, value: Interval) -> bool:
    """Whether a one-sided bound is written with the exact number of the other value ("more than 150" and "150": one
    report, with its hedge and without it)."""
    if value.low != value.high or math.isinf(bound.low) == math.isinf(bound.high):
        return False
    return value.low == (bound.high if math.isinf(bound.low) else bound.low)


def decimals(x: float) -> int:
    """The decimals a number is written with (6.8: 1, 67.84: 2, 628: 0)."""
    text = f"{abs(x):.{MAX_DECIMALS}f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def tally(mention: Mention) -> bool:
    """Whether a mention is a tally: a count or number in whole units, which may rise over time."""
    value = mention.value
    return mention.kind in TALLY_KINDS and all(decimals(v) == 0 for v in (value.low, value.high) if math.isfinite(v))


def _earlier(low, high) -> bool:
    """Whether the lower claim was counted at an earlier moment than the higher one: its seed was
    published earlier; on the same day (or a date unknown), the day its clause names is earlier.
    (A tally holds when it is reported: "the clashes of 30 April left five dead" counts on the
    day it is published, so publication dates come first.)"""
    first, second = low.seed.published, high.seed.published
    if first is not None and second is not None and first != second:
        return first < second
    return bool(low.event and high.event) and low.event[0] < high.event[0]


def _running(claim) -> str:
    """The word saying a claim's count was still running when given ("so far", "rose to"; Claim.running)."""
    return getattr(claim, "running", "")


def _progress(claim) -> str:
    """The progress of the count a claim was read at ("69.86" % counted; "" for a result), as Claim.progress."""
    return getattr(claim, "progress", "")


def _said_progress(claim) -> str:
    progress = _progress(claim)
    if progress.startswith("at "):  # an hour of the day ("at 14:00": claims.days._hour)
        return progress
    if progress and not progress[:1].isdigit():  # a stage of the count ("preliminary": claims.claim.PRELIMINARY)
        return f"the {progress} count"
    return f"{progress} % counted" if progress else "the result"


def _near_days(a: Mention, b: Mention) -> bool:
    if a.kind != "date" or b.kind != "date":
        return False
    gap = max(a.value.low, b.value.low) - min(a.value.high, b.value.high)
    return gap <= DATE_SLACK_DAYS
