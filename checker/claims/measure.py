"""A claim's measure (`_measure`): the nearest measure concept of its frame that fits its kind, or the one that
refines it (`_refined`), not one that another number of the sentence owns (`_nearer`), never people for a
count of things (`_counted_thing`: "403 evacuation centres") nor things for a count of people (`_fits`); and
the measure of another occasion for comparison, in the same unit (`_other_occasions`: "up from 64 percent in 2025").
"""
from __future__ import annotations

from typing import Sequence

from ..extract.normalize import joint_key
from ..frames import counted_places, language_data
from ..frames.ages import AGE, AGE_UNIT
from ..frames.sentence import alone
from ..model import Mention
from ..concepts import (group_of, measurement_units, people_measures, people_units, sub_place_words, thing_measures,
                        thing_units, counted_nouns, measures_kind, refiners)
from .claim import BLOCK_KIND, PART_KINDS
from .wholes import _whole_noun
from .words import TOKEN, _folded, _joined, _key


# A measure this many tokens from a number says which count its counted noun is ("buried 2,530 victims").
COUNTED_NOUN_REACH = 3
# A number's own counted noun stands this many tokens after it at most ("3 milhões de votos").
COUNTED_NOUN_GAP = 2


def _other_occasions(by_sentence: dict, measures_of: dict, frames: dict) -> dict:
    """{(start, end): measure} of the numbers that give a measure of another occasion for comparison: a number with no
    measure of its own after a number of its kind with one, in its sentence, whose time is a date of its clause that
    the other's is not ("Turnout was 71 percent, up from 64 percent in 2025", "71 % frente al 61 % de 2025", "در
    انتخابات ۲۰۲۵ این رقم ۶۴ درصد بود"): the earlier number's measure, of that other occasion (its time keeps the
    two apart)."""
    found = {}
    for mentions in by_sentence.values():
        measured = None
        for mention in mentions:
            span, frame = (mention.start, mention.end), frames.get((mention.start, mention.end))
            if measures_of.get(span):
                measured = (mention, frame)
            elif measured is not None and frame is not None and measured[1] is not None and _another_time(
                    frame, measured[1]) and BLOCK_KIND.get(mention.kind, mention.kind) == \
                    BLOCK_KIND.get(measured[0].kind, measured[0].kind) and _same_unit(mention, measured[0]):
                found[span] = measures_of[(measured[0].start, measured[0].end)]
    return found


def _same_unit(mention: Mention, other: Mention) -> bool:
    """Whether two numbers can measure one thing on two occasions: the same unit, or none written on either ("71 percent
    ... 64 percent"); "de 61 anos ... onze meses" is an age and a time spent, not two ages."""
    return not (mention.unit and other.unit and mention.unit != other.unit)


def _another_time(frame, other) -> bool:
    """Whether a frame's time is a date of its clause, disjoint from another frame's time."""
    return frame.time is not None and other.time is not None and frame.time_source.startswith("clause") \
        and (frame.time[1] < other.time[0] or frame.time[0] > other.time[1])


def _nearer(mention: Mention, others: Sequence[Mention], frames: dict) -> frozenset:
    """The measure concepts of a mention's frame whose words belong to another number of its sentence:
    the word is that number's own measure (the nearest of its frame), the number stands on the word's
    side and nearer to it: after the mention, beyond the word or between ("rose to 225, and 14 people
    are still missing": missing is the 14's); before it only when the mention counts a noun of its own
    ("40,000 people displaced in Derna, a city of around 100,000 people": displaced is the 40,000's),
    since a list states its measure once ("1,293 deaths in Al Haouz, 452 in Taroudant"). Positions are
    characters of the sentence."""
    frame = frames.get((mention.start, mention.end))
    if frame is None:
        return frozenset()
    sentence = mention.sentence
    here = _at(sentence, mention)
    taken = set()
    for evidence in frame.measures:
        word = _nearest_occurrence(sentence, evidence.words, here)
        if here < 0 or word < 0 or evidence.distance <= 1 or (word < here and not mention.unit):
            continue
        for other in others:
            if (other.start, other.end) == (mention.start, mention.end):
                continue
            there, theirs = _at(sentence, other), frames.get((other.start, other.end))
            if there < 0 or theirs is None or not theirs.measures or (there < here) != (word < here) \
                    or abs(there - word) >= abs(here - word):
                continue
            own = theirs.measures[0]
            if own.what == evidence.what and own.words == evidence.words \
                    and not (own.distance <= 1 and _coordinated(mention, other)):
                taken.add(evidence.what)  # (not "3,383,340 and 206,397 votes": their noun is both's)
    return frozenset(taken)


def _at(sentence: str, mention: Mention) -> int:
    return sentence.find(" ".join(mention.text.split()))


def _nearest_occurrence(sentence: str, words: str, here: int) -> int:
    """Where the words stand in the sentence, the occurrence nearest a position (-1 when absent)."""
    found, at = -1, sentence.find(words)
    while at >= 0:
        if found < 0 or abs(at - here) < abs(found - here):
            found = at
        at = sentence.find(words, at + 1)
    return found


def _coordinated(one: Mention, other: Mention) -> bool:
    """Whether two numbers of a sentence stand side by side, joined by a conjunction or a comma only
    ("3,383,340 and 206,397 votes"): the counted noun of the second is the first's too."""
    sentence = one.sentence
    first, second = sorted((one, other), key=lambda m: m.start)
    a, b = sentence.find(" ".join(first.text.split())), sentence.find(" ".join(second.text.split()))
    if a < 0 or b < 0 or b < a:
        return False
    return _joined(sentence[a + len(" ".join(first.text.split())):b], one.language)


def _measure(mention: Mention, frame, taken: frozenset = frozenset()) -> str:
    """The nearest measure concept of a mention's frame that can measure its kind (concepts.yaml `kinds`:
    "votes" next to a count, "vote-share" next to a percent) and that no other number owns (taken,
    _nearer); a count of things never takes a measure of people, a count of people never one of things (concepts.yaml
    `thing_measures`: "52,000 people were affected, the United Nations said" is no count of countries); dates are
    grouped by their days, ranks by their unit: neither has a measure."""
    if frame is None or mention.kind in ("date", "ordinal") or not frame.measures:
        return ""
    fitting = [e for e in frame.measures if measures_kind(e.what, mention.kind)
               and (e.distance <= 1 or e.what not in taken) and _fits(mention, e.what)]
    nouns = counted_nouns(mention.language)
    if fitting and fitting[0].distance <= COUNTED_NOUN_GAP and joint_key(fitting[0].words) in nouns:
        # "buried 2,530 victims", "a margin of 61,000 votes", "a vantagem passou de 3 milhões de votos": the
        # counted noun yields to a measure next to it
        which = [e for e in fitting if e.distance <= COUNTED_NOUN_REACH and joint_key(e.words) not in nouns]
        if which:
            return _refined(min(which, key=lambda e: e.distance), fitting).what
    return _refined(fitting[0], fitting).what if fitting else ""


def _fits(mention: Mention, measure: str) -> bool:
    """Whether a measure can be a count's: an age only a duration in years; a count of things never takes a measure of
    people ("missing in five cities", "12,358 animals were rescued", "1.000 cabezas de ganado"), nor does a number
    written in a unit of measurement ("a unos 20 kilómetros del centro": a distance; concepts.yaml
    `measurement_units`); a count of people never one of things (concepts.yaml `thing_units`, `thing_measures`)."""
    if measure == AGE and mention.unit != AGE_UNIT:  # "۶۱ ساله ۱۱ ماه": the age word is the 61's; months are no age
        return False
    if (group_of(measure) == PEOPLE_GROUP or measure in people_measures()) \
            and (_counted_thing(mention) or counted_places(mention)  # "Three of the six districts reported injuries"
                 or mention.unit in measurement_units()):
        return False
    return not (mention.unit in people_units() and measure in thing_measures())


def _refined(chosen, fitting):
    """The measure that refines the chosen one (concepts.yaml `refines`) when it stands in the same part of the
    clause or nearer ("267 votos en el Colegio Electoral" are electoral votes, as checker/link.py reads them for
    facts); else the chosen one."""
    narrower = refiners({chosen.what})
    return next((e for e in fitting if e.what in narrower and e.apart <= chosen.apart), chosen)


# The group of measures that count people (killed, injured, evacuated...): never the measure of a count of things.
PEOPLE_GROUP = "casualties"
# The counted noun of a number stands at most this many words after it ("403 evacuation centres").
THING_WORDS = 2


def _counted_thing(mention: Mention) -> str:
    """The unit of the thing a count counts when it is never people (concepts.yaml `thing_units`): the first
    units-table word at most THING_WORDS words after the number ("403 centros de evacuación", "403 evacuation
    centres": shelter); '' when none or another unit."""
    lang = language_data(mention.language)
    if lang is None or mention.kind not in PART_KINDS:
        return ""
    whole = _whole_noun(mention)  # "441 de los 497 municipios": a part of the municipalities
    if whole:
        return whole if whole in thing_units() else ""
    sentence, text = _folded(mention.sentence), " ".join(_folded(mention.text).split())
    found = alone(text).search(sentence)  # "dos", not the end of "trasladados"
    if found is None:
        return ""
    where = found.start()
    locatives = sub_place_words("in", mention.language)
    for word in TOKEN.findall(sentence[where + len(text):])[:THING_WORDS]:
        if _key(word) in locatives:
            return ""  # "otras 24.080 en casas de familiares": where they are, not what is counted
        unit = lang.units.get(_key(word))
        if unit is not None:
            return str(unit) if str(unit) in thing_units() else ""
    return ""
