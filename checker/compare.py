"""Comparison: a linked mention against the fact value in force at the seed's publication date."""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from datetime import date
from typing import Callable, Optional, Sequence

from .concepts import (attribution_words, contestant_measures, contestant_totals, forms, measure_classes, preliminary_words,
                       rising_words, unfinished_words)
from .frames import tokenize_sentence
from .frames.sentence import _phrase
from .intervals import relation, widen
from .model import Comparison, Fact, Interval, Link, Mention, Seed
from .render.values import number_text

# The most decimals a stated value is taken to be precise to.
MOST_DECIMALS = 6


def stated_value(mention: Mention) -> Interval:
    """A mention's value at its stated precision: an exact percent or decimal number stands for every value
    that rounds to it ('48.4%' is [48.35, 48.45], '43%' is [42.5, 43.5], magnitude '6.8' is [6.75, 6.85]);
    whole counts stay exact ('2,946 dead')."""
    value = mention.value
    if mention.qualifier != "eq" or value.low != value.high or value.domain != "number":
        return value
    if mention.kind not in ("percent", "number", "count"):
        return value
    decimals = next((n for n in range(MOST_DECIMALS + 1) if round(value.low, n) == value.low), MOST_DECIMALS)
    if decimals == 0 and mention.kind != "percent":
        return value
    half = 0.5 * 10 ** -decimals
    return Interval(value.low - half, value.low + half, True, False, value.domain)


def expected_interval(fact: Fact, value):
    """The values a sheet's value stands for: widened by the fact's tolerance; else a decimal figure stands for
    what rounds to it, as an article's does (a magnitude of 7.4 is [7.35, 7.45], so the USGS's 7.44 fits it);
    whole figures stay exact."""
    if fact.tolerance:
        return widen(value.interval, fact.tolerance)
    interval = value.interval
    decimals = _written_decimals(value.text)
    if not decimals or value.qualifier != "eq" or interval.low != interval.high or interval.domain != "number":
        return interval
    half = 0.5 * 10 ** -decimals
    return Interval(interval.low - half, interval.low + half, True, False, interval.domain)


def _written_decimals(text: str) -> int:
    """How many decimals a sheet's figure is written with ('7.4' 1, '61.25%' 2, '2,946' 0)."""
    digits = text.strip().rstrip("%").strip()
    return len(digits.rsplit(".", 1)[1]) if "." in digits and digits.rsplit(".", 1)[1].isdigit() else 0


# Verdicts of a value that holds the sheet's value in force (agrees), or overlaps it (imprecise).
FITS = ("agrees", "imprecise")


def compare(link: Link, fact: Fact, seed: Seed) -> Comparison:
    """agrees, contradicts, imprecise or unresolved; for a series, outdated or ahead when the
    mention matches a value in force before or after the seed's date. A claim its own clause dates to an
    earlier day ("rose to 48 on Sunday", in Monday's article) that holds the value in force on that day
    agrees, judged on that day."""
    judged = _judged(link, fact, seed, seed.published)
    clause_day = _clause_day(link, fact, seed)
    if judged.verdict not in FITS and clause_day is not None:
        on_that_day = _judged(link, fact, seed, clause_day)
        if on_that_day.verdict in FITS:
            return on_that_day
    late = _a_day_late(link.mention, expected_interval(fact, judged.expected)) if judged.verdict == "contradicts" else ""
    if late:
        return replace(judged, verdict="agrees", why=late)
    cut = _truncated(link.mention, expected_interval(fact, judged.expected)) if judged.verdict == "contradicts" else ""
    return replace(judged, verdict="imprecise", why=cut) if cut else judged


# A figure stated with a step at least this large ("1.9 million": a step of 100,000) may be cut, not rounded.
TRUNCATED_STEP = 1000


def _truncated(mention: Mention, expected: Interval) -> str:
    """Why a large figure stated with one step of precision ("1.9 million", "44.7 million": extraction reads it as
    [1.85, 1.95) million) fits the sheet's figure when cut, not rounded, '' when it does not: news cuts millions as
    often as it rounds them (1,986,352 votes as "1.9 million"), so the figure stands for [1.85, 2.0) million; the
    sheet's figure in that upper half-step is said with less precision, no contradiction."""
    value = mention.value
    if mention.kind not in ("count", "number") or mention.qualifier != "eq" or value.domain != "number":
        return ""
    step = value.high - value.low
    if step < TRUNCATED_STEP or value.high_inclusive or expected.low != expected.high:
        return ""
    stated = value.low + step / 2
    if not value.low < expected.low < stated + step:
        return ""
    return (f"{mention.text!r} stands for {number_text(stated)} cut, not rounded: the sheet's "
            f"{number_text(expected.low)} is that figure said with less precision")


# Rules (checker/extract/) of a day counted from the publication date by a word of the day ("yesterday", "today").
DAY_WORDS = ("date:yesterday", "date:today")


def _a_day_late(mention: Mention, expected: Interval) -> str:
    """Why a day the article counts from its publication date by "yesterday" or "today" agrees with the sheet's day
    although it falls one day after it, '' when it does not: a publication date may be a day after the writing (past
    midnight, another time zone: an article dated 00:30 says "yesterday" of the day before), so one day late is within
    what the word says; two days late, or early, still contradicts."""
    if mention.kind != "date" or not mention.rule.startswith(DAY_WORDS) or mention.value.low != mention.value.high:
        return ""
    if expected.low != expected.high or mention.value.low - expected.high != 1:
        return ""
    return (f"{mention.text!r} is counted from the publication date, which may be a day after the writing: one day"
            f" after the sheet's day is within what it says")


def _clause_day(link: Link, fact: Fact, seed: Seed):
    """The last day of the date of a claim's own clause, when it is before the seed's publication (or the seed
    is undated) and on or after the sheet's first value of a series (the sheet knows the value in force that
    day), else None."""
    frame = link.frame
    if len(fact.values) < 2 or frame is None or frame.time is None or not frame.time_source.startswith("clause") \
            or _measured(fact):
        return None
    day = date.fromordinal(frame.time[1])
    first = fact.values[0].as_of
    before = seed.published is None or day < seed.published
    return day if before and first is not None and day >= first else None


def _measured(fact: Fact) -> bool:
    """Whether a fact is a measurement of the event (concepts.yaml `measure_classes: measurements`: a turnout, a
    share, a magnitude): its value never changed after the day, only what was known of it, so a figure said of the
    event's day is judged by what was known at publication (the final count), not by election night's range."""
    return bool(set(fact.measure) & set(measure_classes().get("measurements", ())))


def _judged(link: Link, fact: Fact, seed: Seed, when) -> Comparison:
    expected = fact.value_at(when)
    if link.mention.unresolved:
        return Comparison(link, seed.id, expected, "unresolved")
    said = stated_value(link.mention)
    verdict = relation(link.mention.value, expected_interval(fact, expected))
    if verdict == "contradicts":  # at its stated precision it may only be imprecise ('48.4%' for 48.43)
        verdict = relation(said, expected_interval(fact, expected))
    apart = _estimates_apart(link.mention, expected) if verdict == "imprecise" else ""
    if apart:
        return Comparison(link, seed.id, expected, "contradicts", apart)
    if verdict == "contradicts" and len(fact.values) > 1:
        position = fact.values.index(expected)
        for index, other in enumerate(fact.values):
            if other is expected or (index > position and not _one_figure(other)) \
                    or (index < position and _measured(fact) and not _one_figure(other)):
                continue  # an estimate's band of a measurement (a quick count's range) is no figure a later one outdates
            if relation(said, expected_interval(fact, other)) == "agrees":
                return Comparison(link, seed.id, expected, "outdated" if index < position else "ahead")
    return Comparison(link, seed.id, expected, verdict)


def _estimates_apart(mention: Mention, expected) -> str:
    """Why two approximate values disagree although their bands overlap ('about 780,000' is 702,000-858,000, 'about
    900,000' 810,000-990,000): neither stated figure lies within the other's band, so they are two estimates, not
    one figure rounded two ways; '' when not both are approximate or one figure lies in the other's band."""
    said, sheet = mention.value, expected.interval
    if mention.qualifier != "approx" or expected.qualifier != "approx":
        return ""
    said_point, sheet_point = (said.low + said.high) / 2, (sheet.low + sheet.high) / 2
    if sheet.low <= said_point <= sheet.high or said.low <= sheet_point <= said.high:
        return ""
    return (f"both are estimates, and neither figure lies within the other's band ({number_text(said_point)} is"
            f" outside {number_text(sheet.low)}-{number_text(sheet.high)}, {number_text(sheet_point)} outside"
            f" {number_text(said.low)}-{number_text(said.high)})")


def _one_figure(value) -> bool:
    """Whether a value of a series is one figure ("2,946"), not a range of the figures of its day ("2,562 to
    5,530"): a seed's figure inside a later range proves no scoop (it was not published yet, and the range holds
    numbers never published), so it is no "ahead" and contradicts the value in force."""
    return value.interval.low == value.interval.high


# A figure and the sheet's figure beside it lie at most this many lines apart: one paragraph, or the next.
ATTRIBUTION_LINES = 2


def attributed(comparisons: Sequence[Comparison], facts: dict, mentions: Sequence[Mention]) -> tuple[Comparison, ...]:
    """Another source's figure beside the sheet's: a figure of a one-valued fact that contradicts it is
    `attributed` when its sentence names a source for it (a reporting or measuring word, concepts.yaml `reporting`
    and `measuring`) and the article gives, in the same paragraph or the next, a point figure of the same sort that
    agrees with the sheet ("measured as 7.2 by local officials and 7.4 by the USGS"): the article reports a
    discrepancy between sources, it does not contradict the sheet. Without a source named, or without the sheet's
    figure beside it (a bound such as "more than 13 million" is none), the figure still contradicts."""
    return tuple(replace(c, verdict="attributed") if _attributed(c, facts[c.link.fact_id], mentions) else c
                 for c in comparisons)


def _attributed(comparison: Comparison, fact: Fact, mentions: Sequence[Mention]) -> bool:
    mention = comparison.link.mention
    if comparison.verdict != "contradicts" or len(fact.values) != 1 or mention.kind == "date":
        return False
    expected = expected_interval(fact, comparison.expected)
    beside = any(other is not mention and _same_sort(other, mention) and other.section == "body"
                 and abs(other.line - mention.line) <= ATTRIBUTION_LINES and other.qualifier == "eq"
                 and relation(stated_value(other), expected) == "agrees" for other in mentions)
    if not beside:
        return False
    sentence = tokenize_sentence(mention.sentence)
    return bool(_phrase(sentence, 0, None, attribution_words(mention.language), mention.language))


def _same_sort(a: Mention, b: Mention) -> bool:
    """Two figures of one sort: both percents, or both counts or numbers ("7.2 magnitude" and "7.4"), their units
    alike where both have one, in any of their forms ("ریشتری", "ریشتر")."""
    numeric = ("count", "number")
    kinds = a.kind == b.kind or (a.kind in numeric and b.kind in numeric)
    units = not a.unit or not b.unit or bool(set(forms(a.unit, a.language)) & set(forms(b.unit, b.language)))
    return kinds and units


# A count that has gone this far (in percent) is complete: the figures read at it are the result.
FULL_PROGRESS = 100


def partial_counts(comparisons: Sequence[Comparison], mentions: Sequence[Mention],
                   frames: Sequence, facts: Optional[dict] = None,
                   seed: Optional[Seed] = None) -> tuple[Comparison, ...]:
    """A figure read while its count was in progress: a contradicting figure in a sentence that gives the
    progress of a count short of its end ("With 56 percent of the ballots counted, Kinbote had 55.80 percent",
    "con el 70 % escrutado", "با شمارش ۷۰ درصد آرا"; frames/relations.py, _progress) is `partial`, a moment of
    the tally, not the result the sheet holds; it is no source conflict either (checker/findings.py). So is a
    party's figure (a fact of concepts.yaml `contestant_measures`: seats, votes, a share) in a sentence that names
    an early stage of the count ("según los resultados preliminares": `preliminary`), in an article whose one
    progress of the count, in another sentence, falls short of its end, or in an article that says some of the count
    is still to come ("the four seats of the voters abroad are still to be allotted": `unfinished`). The reason
    names the words. A sheet whose value in force that day is the range of the night's tallies (its provisional
    figures) knows them: a figure outside that range still contradicts it."""
    body = [mention for mention in mentions if mention.section == "body"]
    counting = {mention.sentence_start: mention.text for mention, frame in zip(body, frames)
                if frame.progress and mention.value.high < FULL_PROGRESS}
    if not any(c.verdict == "contradicts" and _one_figure(c.expected) for c in comparisons):
        return tuple(comparisons)  # the usual case: no article's words to read

    @cache
    def article() -> str:  # read only when a contradicting party figure asks (most seeds' contradictions do not)
        return _article_stage(seed.text, seed.language, counting) if seed is not None else ""

    return tuple(_partial(c, counting, article, (facts or {}).get(c.link.fact_id))
                 if c.verdict == "contradicts" and _one_figure(c.expected) else c for c in comparisons)


def _partial(comparison: Comparison, counting: dict, article: Callable[[], str], fact: Optional[Fact]) -> Comparison:
    mention = comparison.link.mention
    if _above_a_tally(comparison, fact):
        return comparison
    if mention.sentence_start in counting:
        why = f"its sentence gives the progress of a count short of its end ({counting[mention.sentence_start]!r})"
    elif fact is None or not set(fact.measure) & contestant_measures():
        return comparison
    else:
        words = _phrase(tokenize_sentence(mention.sentence), 0, None, preliminary_words(mention.language),
                        mention.language)
        why = f"its sentence names an early stage of the count ({words!r})" if words else article()
    return replace(comparison, verdict="partial", why=why) if why else comparison


def _above_a_tally(comparison: Comparison, fact: Optional[Fact]) -> bool:
    """Whether a count stands above the final result of a measure that adds up while it is counted (concepts.yaml
    `contestant_totals`: votes): a tally only grows, so no moment of its count exceeds its end ("Até agora ...
    Pezeshkian obteve mais de 17 milhões" of a final 16.4 million); seats and shares move both ways."""
    mention = comparison.link.mention
    return fact is not None and mention.kind in ("count", "number") \
        and bool(set(fact.measure) & contestant_totals()) and mention.value.low > comparison.expected.interval.high


def _article_stage(text: str, language: str, counting: dict) -> str:
    """Why an article's party figures are read at a moment of an unfinished count: its one progress of the count
    (every sentence that gives one gives the same), or the words that say some of its count is still to come; ''
    when it gives neither, or two progresses."""
    progresses = sorted(set(counting.values()))
    if len(progresses) == 1:
        return f"its article gives the progress of a count short of its end ({progresses[0]!r})"
    words = unfinished_words(language)
    for line in text.splitlines() if words else ():
        said = _phrase(tokenize_sentence(line), 0, None, words, language) if line.strip() else ""
        if said:
            return f"its article says some of the count is still to come ({said!r})"
    return ""


def still_rising(comparisons: Sequence[Comparison]) -> tuple[Comparison, ...]:
    """A contradicting figure below the sheet's value in a sentence that says the count is still rising ("the death
    toll of five would likely rise", "una cifra que se espera que aumente", "وسط توقعات بارتفاع"; concepts.yaml
    `rising`) is `partial`: a moment of a count the article itself calls unfinished, with the words that say so.
    Above the sheet's value it still contradicts."""
    return tuple(_rising(c) if c.verdict == "contradicts" else c for c in comparisons)


def _rising(comparison: Comparison) -> Comparison:
    mention = comparison.link.mention
    if mention.kind not in ("count", "number") or mention.value.high >= comparison.expected.interval.low:
        return comparison
    words = _phrase(tokenize_sentence(mention.sentence), 0, None, rising_words(mention.language), mention.language)
    if not words:
        return comparison
    return replace(comparison, verdict="partial", why=f"its sentence says the count is still rising ({words!r})")
