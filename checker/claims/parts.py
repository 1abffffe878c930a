"""Claims that are a part: of the number before them (`_parts`, `_part_wholes`: "1,404 of them"), a subset by
kind (`_subset`), a count elsewhere (`_elsewhere`), of one degree (`_severity`: "231 slightly injured") or by
one means (`_by_means`: "147 by fingerprints and 34 by DNA"); and what a whole or a count of sub-places is
(WHOLE, SUB_PLACES).
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from dataclasses import replace
from typing import Sequence

from ..countries import demonym_code
from ..model import Mention
from ..concepts import (conjunctions, elsewhere_words, fold_key, forms, means_words, rest_words, revision_words, rising_words,
                        running_words, severities, severity_words, subgroup_links, subgroup_units)
from ..extract.normalize import joint_key
from ..frames import language_data
from ..frames.relations import SUM_JOINERS
from ..roles import part_index, partitive_spans
from .claim import PART_KINDS, Claim
from .measure import _counted_thing, _measure
from .words import TOKEN, _folded, _parts_around


# The whole a count "elsewhere" (outside the event's place) is a part of.
ELSEWHERE = "elsewhere"
# The words after a preposition of means that name the means ("huellas dactilares").
MEANS_WORDS = 3


def _own_measure_wholes(parts: dict, wholes: dict, measures_of: dict, frames: dict) -> dict:
    """The parts without those whose measure is another than their whole's: "6,812,400 votes, of which
    207,118 were blank" restricts the votes cast to the blank ones, and is the whole of the blank votes. (The whole's measure is
    its frame's own, before any word is given to another number of its sentence.)"""
    def other(span) -> bool:
        whole = wholes[span]
        mine, its = measures_of.get(span, ""), _measure(whole, frames.get((whole.start, whole.end)))
        return bool(mine and its and mine != its)

    return {span: whole for span, whole in parts.items() if not other(span)}


def _by_means(claims: list[Claim]) -> list[Claim]:
    """Claims of a sentence that splits one measure by means ("183 identified, 147 by fingerprints and 34
    by DNA"): each number whose own part names a means (a preposition of the concepts file's `means`
    and the words after it) has that means as its identity, a breakdown; at least two different means
    make the split (a lone "by" or "por" names a cause as often as a means)."""
    found: dict[tuple[int, int], str] = {}
    by_sentence: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.measure and not claim.roles:
            by_sentence[(claim.mention.sentence_start, claim.measure)].append(claim)
    for members in by_sentence.values():
        means = {(c.mention.start, c.mention.end): _means(c.mention) for c in members}
        if len({m for m in means.values() if m}) >= 2:
            found.update({k: m for k, m in means.items() if m})
    return [replace(c, roles=frozenset({found[(c.mention.start, c.mention.end)]}), enumerated=True)
            if (c.mention.start, c.mention.end) in found else c for c in claims]


def _subset(mention: Mention, frame) -> str:
    """For a subset by kind ("Among the dead were three hikers": frame.subset), what it is a part of: its
    words and its counted noun, so that it pairs with no total and with no subset of another kind; else ''."""
    if frame is None or not frame.subset or _counted_thing(mention):  # ("۴۴۷ شهر از سیل آسیب دیده‌اند": no people)
        return ""
    country = next((code for word in frame.subset.split() for code in [demonym_code(word, mention.language)] if code),
                   "")
    if country:  # "41 Ghanaians", "41 ghaneses", "۴۱ زائر غنایی": one country's people, in any language
        return f"{PEOPLE_OF} {country}"
    return f"{fold_key(frame.subset)}: {mention.unit}"


# What a count of one country's people is a part of, followed by the country's ISO code.
PEOPLE_OF = "the people of"


def _elsewhere(mention: Mention) -> str:
    """ELSEWHERE when the number's own part of the sentence places it outside the event's place
    ("about 170 people elsewhere", "170 شخصا في أماكن أخرى خارج درنة"), else ''."""
    words = _own_part_words(mention)
    keys = {"".join(words[i:i + n]) for i in range(len(words)) for n in (1, 2, 3, 4)}
    return ELSEWHERE if keys & elsewhere_words(mention.language) else ""


def _own_part_words(mention: Mention) -> tuple[str, ...]:
    """The folded words of the number's own part of its sentence (claims.words._parts_around)."""
    return _folded_words(_parts_around(mention)[1])


@lru_cache(maxsize=4096)
def _folded_words(text: str) -> tuple[str, ...]:
    """The words of a text, folded (read once a text: the degree, place and revision of a number read its part)."""
    return tuple(TOKEN.findall(fold_key(text)))


# What a count is a part of when a partitive phrase right after it points back to a number of an earlier sentence
# ("Medics tried to revive 14 people. Six of them died": no whole in its own sentence), and when its sentence splits
# its measure with "the rest" (_split); each followed by the sentence, so that it pairs with no other part.
EARLIER = "of an earlier number"
SPLIT = "split"
# The tokens that may stand between such a count and its partitive phrase (its counted noun: "شش نفر از آنها").
EARLIER_GAP = 1


def _of_earlier(mention: Mention, wholes: dict) -> str:
    """EARLIER and the sentence when a partitive phrase stands right after the number (at most EARLIER_GAP tokens
    on: "Six of them", "Seis de ellos", "ستة منهم", "شش نفر از آنها") and no number before it in its sentence is its
    whole (_part_wholes), else ''."""
    after = _after(mention)
    before = mention.sentence[:len(mention.sentence) - len(after) - len(mention.text)]
    if (mention.start, mention.end) in wholes or any(c.isdigit() for c in before):  # its whole may stand before it
        return ""
    words = after.split()
    for skip in range(EARLIER_GAP + 1):
        if any(not w.isalpha() for w in words[:skip]):  # "88 muertos, entre ellos 11 niños": 88 is the whole
            break
        rest = _folded(" ".join(words[skip:skip + 4])).lower()
        if any(start == 0 for start, _ in partitive_spans(rest, mention.language)):
            return f"{EARLIER}: {fold_key(mention.sentence)}"
    return ""


def _split(mention: Mention) -> str:
    """SPLIT and the sentence when, after the number, its sentence gives "the rest" of its measure elsewhere ("30
    died at the festival ground and the rest in hospital": concepts.yaml `rest`), else ''."""
    after = TOKEN.findall(fold_key(_after(mention)))
    phrases, of = rest_words("words", mention.language), rest_words("of", mention.language)
    for i in range(len(after)):
        for n in (1, 2):
            if "".join(after[i:i + n]) in phrases and (i + n >= len(after) or after[i + n] not in of):
                return f"{SPLIT}: {fold_key(mention.sentence)}"
    return ""


def _after(mention: Mention) -> str:
    """The rest of the mention's sentence after it (the sentence is found by its own text: its offsets may be the
    original text's, the sentence's text cleaned)."""
    sentence, text = mention.sentence, mention.text
    guess = mention.start - mention.sentence_start
    found = []
    at = sentence.find(text) if text else -1
    while at >= 0:  # every place it stands, overlapping ones too
        found.append(at)
        at = sentence.find(text, at + 1)
    if not found:
        return sentence[max(mention.end - mention.sentence_start, 0):]
    at = min(found, key=lambda i: abs(i - guess))
    return sentence[at + len(text):]


# How many words after a count its kind of person may be said ("57 são do sexo feminino").
SUBGROUP_REACH = 5


def kind_after(mention: Mention) -> str:
    """The kind of person (concepts.yaml `subgroup_units`) a number's sentence says right after it, with only words of
    `subgroup_links` between ("57 were women", "57 eran mujeres", "57 são do sexo feminino", "57 من النساء", "۵۷ نفر از
    کشته‌شدگان زن بودند"), '' when none: the number counts that kind of person."""
    lang = language_data(mention.language)
    units, links = (lang.units if lang else {}), subgroup_links(mention.language)
    words = _after(mention).split()[:SUBGROUP_REACH]
    for i, word in enumerate(words):
        for n in (2, 1):  # "sexo feminino" before "sexo"
            kind = units.get(joint_key(" ".join(words[i:i + n]).rstrip(",.;:!?)،؛")))
            if kind in subgroup_units():
                return str(kind)
        if joint_key(word) not in links:  # (a word with a stop after it ends the reach: "women," is read above)
            return ""
    return ""


# What the whole of several parts or the size of a body is (frames.Frame.total: "312 out of 538"): no one's total.
WHOLE = "whole"
# What a count restricted to sub-places ("in nine prefectures", "en tres provincias": frames.Frame.part) is a part of.
SUB_PLACES = "sub-places"
# What a count of one degree is a part of ("231 slightly injured": SEVERITY + "minor").
SEVERITY = "degree:"
# The identity of a count of the sum of two rival measures ("8,975 homes destroyed or damaged", "4.500 muertos y
# heridos": frames.Frame.sum_of): SUM + the measures, never a count of either alone.
SUM = "sum:"


def _summed(frame, language: str) -> str:
    """SUM and the rival measures a number's own noun joins with a conjunction (frames.Frame.sum_of: "destroyed or
    damaged", "کشته و زخمی", "قتيل وجريح"), '' when it counts one measure ("۱۲ روستا ویران شد": villages that were
    destroyed, no sum)."""
    if frame is None or not frame.sum_of:
        return ""
    joiners = conjunctions(language) | SUM_JOINERS
    data = language_data(language)
    clitics = [c for c in (data.proclitics if data is not None else ()) if c in joiners]  # "وجريح": and injured
    words = [fold_key(word) for word in frame.sum_words.split()]
    if not any(w in joiners or (k and any(w.startswith(c) and len(w) > len(c) + 1 for c in clitics))
               for k, w in enumerate(words)):
        return ""
    return SUM + "+".join(sorted(frame.sum_of))


def _severity(mention: Mention) -> str:
    """SEVERITY and the degree the number's own part of the sentence names after it or just before it
    ("231 sofreram ferimentos leves", "29 seriously injured"; concepts.yaml `severities`), else ''."""
    words = _own_part_words(mention)
    keys = {"".join(words[i:i + n]) for i in range(len(words)) for n in (1, 2, 3)}
    keys.update(form for word in words for form in forms(word, mention.language))
    return next((SEVERITY + degree for degree in severities() if keys & severity_words(degree, mention.language)), "")


def _revised(mention: Mention) -> str:
    """A word of revising a count (concepts.yaml `revisions`) in the number's own part of the sentence ("lowered the
    toll to 275", "rebajaron a 275", "خفضت الحصيلة إلى 275", "به ۲۷۵ نفر کاهش دادند"), '' when none: a later, lower
    count so revised is the count corrected, an update (checker/differences.py)."""
    return _phrase_in(_own_part_words(mention), revision_words(mention.language), mention.language)


def _running(mention: Mention) -> str:
    """A word saying the count is still running when given, '' when none: in the number's own part of the sentence,
    one of concepts.yaml `running` ("so far", "حتى الآن", "تاکنون") or a verb of change (the language file's
    ranges.change_verbs: "rose to", "subió a", "ارتفعت"); anywhere in its sentence, one of `rising` ("and the toll is
    expected to rise"). Two counts of the same day of which one is so running are an update (checker/differences.py)."""
    data = language_data(mention.language)
    verbs = data.ranges_change_verbs if data is not None else frozenset()
    return (_phrase_in(_own_part_words(mention), running_words(mention.language) | verbs, mention.language)
            or _phrase_in(_folded_words(mention.sentence), rising_words(mention.language), mention.language))


def _phrase_in(words: tuple[str, ...], phrases: frozenset, language: str) -> str:
    """The first phrase of `phrases` (up to three words, a single word in any of its forms) among words, '' when
    none."""
    for i in range(len(words)):
        for n in (1, 2, 3):
            keys = {"".join(words[i:i + n])} | (set(forms(words[i], language)) if n == 1 else set())
            if keys & phrases:
                return " ".join(words[i:i + n])
    return ""


def _means(mention: Mention) -> str:
    """The means a number's own part of the sentence names after it ("por huellas dactilares"), '' when none."""
    part = _parts_around(mention)[1]
    text = " ".join(mention.text.split())
    after = fold_key(part[part.find(text) + len(text):] if text in part else "")
    words = TOKEN.findall(after)
    prepositions = means_words(mention.language)
    for i in range(len(words)):
        for n in (1, 2, 3):
            if "".join(words[i:i + n]) in prepositions and words[i + n:]:
                return " ".join(words[i + n:i + n + MEANS_WORDS])
    return ""


def _parts(mentions: Sequence[Mention]) -> dict[tuple[int, int], str]:
    """{(start, end): the whole, as written} of the mentions that are a part of the number before them
    ("2,059 wounded, 1,404 of them in serious condition", "672 إصابة منها 205"): a partitive phrase of
    checker/lang/concepts/roles.yaml stands next to them (checker/roles.py, part_index). The whole is
    given by its value (_amount), however it is written."""
    return {span: _amount(whole) for span, whole in _part_wholes(mentions).items()}


def _part_wholes(mentions: Sequence[Mention]) -> dict[tuple[int, int], Mention]:
    """{(start, end): the whole} of the mentions that are a part of the number before them (_parts)."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind in PART_KINDS and mention.section == "body":
            by_sentence[mention.sentence_start].append(mention)
    found = {}
    for members in by_sentence.values():
        first = members[0]
        folded = _folded(first.sentence)
        spans = partitive_spans(folded, first.language)
        if not spans:
            continue
        members.sort(key=lambda m: m.start)
        quantities, at = [], 0
        for member in members:  # in order: a number written twice is found at its own place
            text = " ".join(_folded(member.text).split())
            where = folded.find(text, at)
            quantities.append((where, where + len(text)) if where >= 0 else (-10 ** 9, -10 ** 9))
            at = where + len(text) if where >= 0 else at
        for index in part_index(spans, quantities):
            found[(members[index].start, members[index].end)] = members[index - 1]
    return found


def _amount(mention: Mention) -> str:
    """A number's value as a key ("2868" for "2,868" and "2.868"; "50..inf" for "more than 50")."""
    value = mention.value
    return f"{value.low:g}" if value.low == value.high else f"{value.low:g}..{value.high:g}"
