"""Whose a claim is: the names next to it (`_roles`, `_part_roles`), the names that may own it (`_owners`), the
place a measure is taken from (`_origin`), names listed before numbers given respectively (`_respectively`:
"Qalibaf and Pourmohammadi came third and fourth with 3,383,340 and 2,063,397 votes"), and breakdowns by
name (`_enumerations`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Sequence

from ..frames import language_data
from ..frames.names import is_acronym
from ..model import Mention
from ..concepts import conjunctions, fold_key
from .claim import BLOCK_KIND, PART_KINDS, Claim
from .words import _joined, _key, _parts_around, _stop_words


# The first word of a sentence (a name when a list of names starts there).
FIRST_WORD = re.compile(r"\w[\w'’\-]*")
# A part ("92 of them in the province of Valencia") takes the names of its own part of the sentence this far.
PART_ROLE_REACH = 8
# A name this many tokens from a mention, in its part of the sentence, says whose measure it is (a role).
ROLE_REACH = 3


def _respectively(claims: list[Claim], mentions: Sequence[Mention], frames: dict) -> list[Claim]:
    """Claims whose names come in a list before them, in the same order: "Qalibaf and Pourmohammadi came
    third and fourth with 3,383,340 and 2,063,397 votes". When the names before the first number of a
    sentence are joined by a conjunction (or commas) and as many numbers of one kind follow, the i-th
    number is the i-th name's (a claim that has a name of its own keeps it), a breakdown by name."""
    by_sentence: dict[tuple, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.section == "body" and mention.kind in PART_KINDS + ("percent",):
            by_sentence[(mention.sentence_start, BLOCK_KIND.get(mention.kind, mention.kind))].append(mention)
    named: dict[tuple[int, int], frozenset] = {}
    listed: dict[tuple[int, int], frozenset] = {}
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda m: m.start)
        names = _listed_names(members[0], frames.get((members[0].start, members[0].end)), len(members))
        if len(names) == len(members):
            named.update({(m.start, m.end): n for m, n in zip(members, names)})
            listed.update({(m.start, m.end): frozenset().union(*names) for m in members})
    # (a name of the list next to a number is no name of its own: "Castor e Pollux terminaram com 277 e 224")
    return [replace(c, roles=named[span], enumerated=True)
            if (span := (c.mention.start, c.mention.end)) in named and c.roles <= listed[span] else c for c in claims]


def _listed_names(mention: Mention, frame, count: int = 0) -> list[frozenset]:
    """The names before a sentence's first number, in order, when a conjunction or commas join them all and a
    conjunction the last two ("Qalibaf and Pourmohammadi", "Castor, Pollux y Brivet"; not "En Velmar, Tolkar obtuvo
    96"); else none. Each is the set of its words: names with nothing but spaces between them are one name ("Mohammad
    Baqer Qalibaf and Mostafa Pourmohammadi"). A capitalized first word of the sentence joined to such a list is a
    name of it (frames take no sentence's first word for a name). With a count, the last that many names when a
    comma sets them apart and a conjunction joins them ("Em Norland, Castor e Pollux")."""
    if frame is None:
        return []
    sentence = mention.sentence
    number = sentence.find(" ".join(mention.text.split()))
    at_position: dict[int, tuple] = {}  # one name a place: a sheet name and its spelling of another language
    for e in frame.names:
        where = sentence.find(e.words)
        if 0 <= where < number:
            at_position.setdefault(where, (where, e.words, e.what))
    found = []
    for at in sorted(at_position):  # a name inside another ("Haití" of "terremoto de Haití") is that one
        if not found or at >= found[-1][0] + len(found[-1][1]):
            found.append(at_position[at])
    opening = FIRST_WORD.match(sentence)
    if found and opening and found[0][0] > 0 and opening.group()[:1].isupper() \
            and _key(opening.group()) not in _stop_words(mention.language) \
            and _joined(sentence[opening.end():found[0][0]], mention.language):  # ("The Japan Meteorological Agency")
        found.insert(0, (opening.start(), opening.group(), opening.group()))
    found = _whole_names(found, sentence)
    if count and len(found) > count and _listed_after_comma(found[-count - 1:], sentence, mention.language):
        found = found[-count:]
    if len(found) < 2:
        return []
    if not all(_joined(sentence[at + len(words):next_at], mention.language)
               for (at, words, _), (next_at, _, _) in zip(found, found[1:])):
        return []
    (last_at, last_words, _), (end, _, _) = found[-2], found[-1]
    if not fold_key(sentence[last_at + len(last_words):end]).replace(",", " ").split():
        return []  # a comma alone: an opening place and the subject ("En las elecciones de Velmar, Tolkar obtuvo 96")
    return [what for _, _, what in found]


def _whole_names(found: list, sentence: str) -> list:
    """The names found (at, words, what), those with only spaces between them made one (at, words, whats): the words
    of one name ("Mohammad Baqer Qalibaf"); each what a set."""
    whole: list = []
    for at, words, what in found:
        if whole and not sentence[whole[-1][0] + len(whole[-1][1]):at].strip():
            first, said, whats = whole[-1]
            whole[-1] = (first, sentence[first:at + len(words)], whats | {what})
        else:
            whole.append((at, words, frozenset({what})))
    return whole


def _listed_after_comma(found: list, sentence: str, language: str) -> bool:
    """Whether the names after the first of found (at, words, what) make a list of their own: a comma between the
    first and them, and a conjunction between the last two."""
    (at, words, _), (second, _, _) = found[0], found[1]
    (last_at, last_words, _), (end, _, _) = found[-2], found[-1]
    between = fold_key(sentence[last_at + len(last_words):end]).split()
    return "," in sentence[at + len(words):second] and any(w in conjunctions(language) for w in between)


def _enumerations(claims: list[Claim], mentions: Sequence[Mention], frames: dict) -> list[Claim]:
    """The claims, each marked `enumerated` when another quantity of its sentence (a claim or a mention
    linked to a fact) names other roles ("1,293 in Al Haouz, 452 in Taroudant"; the percents of a list by name too,
    "Orsen, 21,500,000 (55.4%); Pike, 12,300,000 (31.7%)"): its names are then a breakdown, even a name of the whole
    event."""
    roles: dict[int, list[frozenset]] = defaultdict(list)
    for mention in mentions:
        frame = frames.get((mention.start, mention.end))
        if frame is not None and (mention.kind in PART_KINDS or frame.head):
            found = _roles(mention, frame)
            if found:
                roles[mention.sentence_start].append(found)
    marked = []
    for claim in claims:
        frame = frames.get((claim.mention.start, claim.mention.end))
        listed = bool(claim.roles) and (claim.mention.kind in PART_KINDS or (frame is not None and bool(frame.head))) \
            and any(other != claim.roles for other in roles.get(claim.mention.sentence_start, ()))
        listed = listed or bool(claim.roles) and frame is not None and bool(frame.breakdown)  # "y en Andalucía, una"
        marked.append(replace(claim, enumerated=True) if listed else claim)
    return marked


def _owners(frame) -> tuple:
    """The names that may own a number, likeliest first, as checker/link.py reads whose a number is: the owner of
    its parallel pair (the first or the second of the last two names before it), then the names of its clause that
    speak of it (Evidence.apart 0): those before it first (its subject: "حصل كاستور على 277 وبولوكس"), nearest first. checker/cluster.py takes the
    first that is an entity of the sheets when no role stands next to the number."""
    if frame is None:
        return ()
    paired = ()
    places = frame.names_before_pair
    if frame.pair and len(places) >= 2 and not set(places[-2]) & set(places[-1]):
        paired = tuple(places[-2:][frame.pair - 1])
    own = sorted((e for e in frame.names if e.apart == 0), key=lambda e: (not e.before, e.distance, e.what))
    return paired + tuple(e.what for e in own if e.what not in paired)


def _origin(frame) -> frozenset:
    """For a measure taken from a place (concepts.yaml `measured_from`): the first name after the number in its part
    of the sentence, at most PART_ROLE_REACH tokens on ("40 km northwest of Selm": Selm), the place it is measured
    from; none when it names none. Its identity in every language, even a name of the whole event."""
    after = sorted((e for e in frame.names if not e.before and e.apart == 0 and e.distance <= PART_ROLE_REACH),
                   key=lambda e: (e.distance, e.what)) if frame is not None else ()
    return frozenset({after[0].what}) if after else frozenset()


def _part_roles(mention: Mention, frame) -> frozenset:
    """The names of a part's own part of the sentence, at most PART_ROLE_REACH tokens away ("92 de ellos
    en la provincia de Valencia"): the place of that part; never those of the part before (its whole's)."""
    return _roles(mention, frame, PART_ROLE_REACH, own_only=True)


def _sub_place_located(frame) -> frozenset:
    """The listed places a number's clause locates it in ("Sindh was the worst-hit province, where 792 died", "وفي
    ولاية تالفورا ... قتل 300") when they are a part of the event's area (frame.sub_located: no country, no place
    naming the event): a province's or a town's count is that place's, its identity in every language, as a role near
    it would be. Empty when its clause locates it nowhere or in the event's whole place."""
    return frozenset(frame.sub_located) if frame is not None else frozenset()


def _roles(mention: Mention, frame, reach: int = 0, own_only: bool = False, contested: bool = False) -> frozenset:
    """The names at most `reach` (ROLE_REACH) tokens from a mention and in its part of the sentence
    (between commas): the candidate whose votes, the province whose dead ("452 in Taroudant"); when its
    part names none, those of the part just before it ("seguida de Taroudant, com 452"). A word in
    capitals (a dateline's "RABAT", an acronym) and a capitalized function word ("At") are no role, except, for a
    `contested` measure (a party's votes, share, seats: concepts.yaml contestant_measures), an acronym standing where a
    name stands ("the PS won 78 seats", "o PS elegeu 78 deputados", "حزب PS"): `_acronym`, or a name the article ties
    to an acronym, written in full ("o Partido Socialista elegeu 78", after "Partido Socialista (PS)": frames/names.py
    `ties`), whose role is the acronym. Without one, the
    name heading its element of a list ("Pike, 12,300,000 (31.7%)": frames, gapped lists) is its role."""
    if frame is None or not (frame.names or frame.head):
        return frozenset()
    if not own_only and frame.head:
        own = _roles(mention, frame, reach, True, contested)
        words = frame.head.split()
        if len(words) > 1 and all(set(name.split()) <= set(words) for name in own):
            return frozenset({frame.head})  # "Porto Ruivo (8 dead)": the place, all its words, not "Porto" and "Ruivo"
        return own or frozenset({frame.head})
    previous, part = _parts_around(mention)
    if own_only:
        previous = ""
    stop = _stop_words(mention.language) if language_data(mention.language) else frozenset()
    near = [e for e in frame.names if e.distance <= (reach or ROLE_REACH) and e.apart < 2
            and not (len(e.words) > 1 and e.words.isupper() and not (contested and is_acronym(e.words)))
            and not (is_acronym(e.what) and e.what != e.words and not contested)  # a name tied to an acronym
            and _key(e.words) not in stop]
    own = frozenset(e.what for e in near if e.words in part)
    return own or frozenset(e.what for e in near if previous and e.words in previous)
