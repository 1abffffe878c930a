"""What a number measures: the concepts named within REACH tokens of it, its own part of the clause first
(`_measures`), leaving out a day's concept that is not the date's (`_days_of`), a measure word that is another
conjunct's number's own (`_anothers_own`, by the joints of the sentence's conjuncts), one that names for whom a
counted crowd did something (`_for_whom`: "8,000 residents donated blood for the injured") and a place's elliptic part
("y en Andalucía,": `_elliptic`), and a measure the number lies beyond the ceiling of ("1.500 grados" is no
magnitude; concepts.yaml `measure_ceilings`); a tally's head makes its measure the number's however far (`_tally`: "the toll
of the dead ... has reached 84").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..concepts import (beneficiary_words, choosing_measures, choosing_words, concepts_of_word, conjunctions, day_concepts, find_concepts, forms,
                        glued_conjunctions, means_words, measure_ceilings, sub_place_words, subordinators, tally_words)
from ..extract.normalize import fold, joint_key
from ..model import Mention
from ..roles import partitive_spans
from .frame import Evidence
from .sentence import (CLAUSE_BREAKS, PART_BREAKS, _Sentence, _distance, _ending_before, _memo, _names_one_of, _phrases,
                       clause_opened, language_data)
from .places import _area_words
from .rounds import _aside


# Tokens between a date and a `near` word of a day's concept for the word to name its day ("el terremoto del pasado
# viernes"; concepts.yaml, the `days` group).
NEAR_REACH = 3


def _measures(sentence: _Sentence, mention: Mention, first: int, last: int, lo: int, hi: int,
              counts: set = frozenset(), places=lambda: frozenset()) -> tuple[tuple[Evidence, ...], str]:
    """The measures of the mention's clause, its own part first, then nearest, then after it (module
    docstring; Evidence.apart 1 across a part break), and the words of those left out: another number's own
    measure in another conjunct (_anothers_own)."""
    found: dict[str, tuple] = {}
    joints = _conjunct_joints(sentence, mention.language)
    gapped, own_start = _gapped_start(sentence, first, joints, mention.language, places), max(joints.start(first), 0)
    if gapped < own_start:
        # a gapped conjunct after commas ("y su rival Pike, candidato de la coalición, el 21,9 %"): the first
        # conjunct's measure is its own however far back in the clause it stands, and what sets off its subject
        # between commas says who the subject is, not what the number measures
        lo = max([b + 1 for b in sentence.breaks if b < first], default=0)
    window = sentence.tokens[lo:hi + 1]
    hits = find_concepts(window, mention.language, mention.kind == "date")
    if mention.unit and not _in_longer_phrase(hits, lo, last, mention.unit):
        for concept in sorted(concepts_of_word(mention.language, mention.unit)):
            found[concept] = ((False, 0, False), Evidence(concept, mention.unit, 0))
    joining = conjunctions(mention.language)
    breaks = {i for i in range(lo, hi + 1) if sentence.tokens[i] in PART_BREAKS or sentence.keys[i] in joining} | set(counts)
    elliptic = None
    left_out = []
    if mention.kind == "date":
        hits = _days_of(sentence, hits, lo, first, last, mention.language)
    governed = any(hit.last + lo < first for hit in hits)  # a measure word before the mention ("the toll ... reached 217")
    for hit in hits:
        i, j = hit.first + lo, hit.last + lo
        if gapped < i and j < own_start - 1:
            left_out.append((hit.words, "says who the subject of a gapped conjunct is, between commas"))
            continue
        between = range(j + 1, first) if j < first else range(last + 1, i)
        if mention.kind == "count" and mention.unit and _anothers_noun(i, last, joints, counts):
            left_out.append((hit.words, "another number's own noun, beyond a joint"))
            continue
        if _anothers_own(sentence, i, j, first, last, joints, counts, bool(mention.unit), governed) and not (
                elliptic if elliptic is not None else
                (elliptic := _elliptic(sentence, first, last, joints, places(), mention.language))):
            left_out.append((hit.words, "another number's own, across its conjunct"))
            continue
        whom = _for_whom(sentence, i, mention.language) if mention.unit and i > last else ""
        if whom:  # "8,000 residents donated blood for the injured"
            left_out.append((hit.words, f"for whom, after {whom!r}"))
            continue
        opened = _complement(sentence, last, i, counts, mention.language) if i > last else ""
        if opened:  # "re-elected with 90.7% on record-low turnout"
            left_out.append((hit.words, f"the phrase of another thing, after {opened!r}"))
            continue
        clause = governed and i > last and clause_opened(sentence, last + 1, i - 1, subordinators(mention.language),
                                                         mention.language)
        if clause:  # "the toll rose to 89 after some of the injured died": the clause's, the toll's measure before
            left_out.append((hit.words, f"in the clause {clause!r} opens after the number"))
            continue
        rank = (any(k in breaks for k in between), _distance(i, j, first, last), j < first)
        if hit.concept not in found or rank < found[hit.concept][0]:
            found[hit.concept] = (rank, Evidence(hit.concept, hit.words, rank[1], apart=int(rank[0])))
    tally = _tally(sentence, first, mention.language)
    if tally is not None and not _own_noun_after(sentence, hits, lo, last, found, mention.language):  # "the number of the dead ... rose to 84": the tally's measure, after the
        # number's own noun; a noun of its part right after it is its own ("... que cifran en 180 los heridos")
        i, j, hit = tally
        found[hit.concept] = ((False, 1, True), Evidence(hit.concept, hit.words, first - j))
    ceilings = measure_ceilings()
    measures = tuple(e for _, e in sorted(found.values(), key=lambda r: (r[0], r[1].what))
                     if not mention.value.low > ceilings.get(e.what, mention.value.low))  # "1.500 grados": no magnitude
    chosen = _chosen(sentence, first, last, lo, hi, measures, breaks, mention.language)
    if chosen is not None:  # "2.438.954 electores respaldaron al mandatario": the one chosen's votes
        measures = (chosen,) + tuple(e for e in measures if e.what not in choosing_measures()[1])
    kept = {e.words for e in measures}
    return measures, ", ".join(f"{words!r} ({why})" for words, why in dict.fromkeys(left_out) if words not in kept)


def _for_whom(sentence: _Sentence, i: int, language: str) -> str:
    """The words that make the measure word at token i name for whom something was done ('' when none): a phrase of
    concepts.yaml `beneficiaries: before` ending right before it ("for the dead", "para los heridos", "برای قربانیان"),
    or a `clitic` one written on it ("للجرحى")."""
    clitics = sorted(beneficiary_words("clitic", language))
    return _ending_before(sentence, i, beneficiary_words("before", language), language) or next(
        (c for c in clitics if sentence.keys[i].startswith(c) and len(sentence.keys[i]) > len(c) + 2), "")


def _complement(sentence: _Sentence, last: int, i: int, counts: set, language: str) -> str:
    """The preposition between a number (ending at token `last`) and a measure word after it (at token i) that opens the
    phrase of another thing, the word its head (at most COMPLEMENT_HEAD tokens between: "with 90.7% on record-low
    turnout", "pese a una participación mínima", "وسط مشاركة ضعيفة"; concepts.yaml `beneficiaries: complements`), with
    no other number between; '' when none."""
    openers = beneficiary_words("complements", language)
    between = range(last + 1, i)
    if any(k in counts for k in between):
        return ""
    return next((sentence.tokens[k] for k in between if sentence.keys[k] in openers and i - k - 1 <= COMPLEMENT_HEAD), "")


# The most tokens between a preposition and the head of the phrase it opens (an article and a modifier: "a una", "a
# record-low").
COMPLEMENT_HEAD = 3


def _in_longer_phrase(hits: tuple, lo: int, last: int, unit: str) -> bool:
    """Whether the number's own noun opens a longer phrase of a concept after it ("four arrest warrants": the warrants,
    no arrests; "three districts reported dead and injured": the dead and injured together, not the dead): the phrase's
    concept is the number's, not the noun's alone."""
    return any(hit.first + lo > last and hit.last > hit.first and joint_key(hit.words).startswith(joint_key(unit))
               for hit in hits)


# Tokens between another concept's words and a `near` word that is their complement: an object with its
# modifiers ("won the 2024 U.S. presidential election").
COMPLEMENT_REACH = 5


def _days_of(sentence: _Sentence, hits: tuple, lo: int, first: int, last: int, language: str) -> list:
    """The concept hits that can say what a date is the day of: not a `near` word of a day's concept further than
    NEAR_REACH tokens ("the earthquake" of another clause), nor one right after another concept's words with no
    comma between, its complement ("the results of the election", "نتایج انتخابات", "قربانیان زلزله"; not "at 7,000
    polling stations, in the election of Sunday"), or right before another day
    concept's own words ("در انتخابات اروگوئه پیروز شد": won in the election; "the election results"), nor one
    before the date with a verb of change between (the language file's ranges.change_verbs: "the earthquake that
    struck two days ago rose on Saturday to 12": the day the toll rose), nor anything after the date
    beyond a subordinator that opens a clause ("on Friday, a day after the earthquake struck", "بعد الانتخابات";
    concepts.yaml `subordinators`), nor one on the other side of an aside that holds the date or the word (rounds.py
    `_aside`: "Faye, que cumplió 44 años el 25 de marzo, jurará el cargo": the 25th is the birthday)."""
    days = day_concepts()
    data = language_data(language)
    changes = data.ranges_change_verbs if data is not None else frozenset()
    kept, previous = [], None
    for index, hit in enumerate(hits):
        i, j = hit.first + lo, hit.last + lo
        complement = hit.near and previous is not None and previous.concept != hit.concept \
            and 0 <= i - (previous.last + lo) - 1 <= COMPLEMENT_REACH and not (previous.first + lo <= last and i >= first) \
            and not any(sentence.tokens[k] in PART_BREAKS for k in range(previous.last + lo + 1, i))
        following = hits[index + 1] if index + 1 < len(hits) else None
        complement = complement or (hit.near and following is not None and not following.near
                                    and following.concept != hit.concept and following.concept in days
                                    and 0 <= following.first - hit.last - 1 <= NEAR_REACH
                                    and not (j < first and following.first + lo > last))
        far = hit.near and _distance(i, j, first, last) > NEAR_REACH
        opened = i > last and clause_opened(sentence, last + 1, i - 1, subordinators(language), language)
        changed = j < first and any(sentence.keys[k] in changes for k in range(j + 1, first))
        aside = _aside(sentence, first, i, language) if i > last else _aside(sentence, j, first, language)
        previous = hit
        if not (hit.concept in days and (complement or far or opened or changed or aside)):
            kept.append(hit)
    return kept


@dataclass(frozen=True)
class _Joints:
    """Where the conjuncts of a sentence meet: tokens that end one (commas, conjunctions) and tokens that
    open one with a conjunction glued to them (Arabic "و40", "وإصابة")."""

    between: frozenset
    glued: frozenset
    prefixed: frozenset = frozenset()  # tokens that begin with a glued conjunction ("وبايك"), whatever follows it

    def opens_between(self, a: int, b: int) -> bool:
        """Whether a new conjunct opens after token a and at or before token b."""
        return any(a < k < b for k in self.between) or any(a < k <= b for k in self.glued)

    def start(self, i: int) -> int:
        """The first token of the conjunct of token i."""
        return max([k + 1 for k in self.between if k < i] + [k for k in self.glued if k <= i], default=0)

    def end(self, j: int) -> int:
        """The last token of the conjunct of token j."""
        return min([k - 1 for k in self.between | self.glued if k > j], default=1_000_000)


def _conjunct_joints(sentence: _Sentence, language: str) -> _Joints:
    """The joints of a sentence's conjuncts (_Joints), found once a sentence (its mentions share them)."""
    return _memo(sentence, ("joints", language), lambda: _joints(sentence, language))


def _joints(sentence: _Sentence, language: str) -> _Joints:
    tokens = sentence.tokens
    joining = conjunctions(language)
    between = {i for i, token in enumerate(tokens)
               if (token in PART_BREAKS and not (0 < i < len(tokens) - 1 and tokens[i - 1].isdigit()
                                                 and tokens[i + 1].isdigit()))  # not "1,293"
               or token in CLAUSE_BREAKS or sentence.keys[i] in joining}
    glued, prefixed = set(), set()
    for i, key in enumerate(sentence.keys):
        for conjunction in glued_conjunctions(language):
            rest = key[len(conjunction):]
            if key.startswith(conjunction) and rest and (rest[0].isdigit() or concepts_of_word(language, rest)):
                glued.add(i)
            if tokens[i].startswith(conjunction) and len(tokens[i]) > len(conjunction) + 1:
                prefixed.add(i)
    return _Joints(frozenset(between), frozenset(glued), frozenset(prefixed))


def _anothers_noun(i: int, last: int, joints: _Joints, counts: set) -> bool:
    """Whether a measure word after the mention, beyond a joint, is the counted noun of another number right before it
    ("eleven suspects, including the four gunmen", "onze suspeitos, incluindo os quatro atiradores"): that number's,
    never the measure of a mention that has a noun of its own (the caller asks only then)."""
    return i > last and i - 1 in counts and joints.opens_between(last, i - 1)


def _anothers_own(sentence: _Sentence, i: int, j: int, first: int, last: int, joints: _Joints, counts: set,
                  counted: bool, governed: bool = False) -> bool:
    """Whether a measure word at tokens i..j is another number's own, not the mention's (at first..last): it
    stands in another conjunct, beyond the conjunction or comma that opens or closes the mention's, and
    another number of its own conjunct stands on its far side ("Three people died | and dozens were
    trapped": 'died' is the three's; "killed 40 | and injured 150 others": 'injured' is the 150's). A measure
    word before both numbers ("killed 12 soldiers and 3 civilians") or after both ("12 soldiers and 3
    civilians were killed") governs them both; so does the noun of the number before, right after it, when
    the mention has no noun of its own (`counted`): its noun is left out ("won 60.3 million votes, beating
    the 58.3 million of 2006", "teve 8 milhões de votos e chegou a 14,4 milhões"). A measure word after the mention
    whose own conjunct holds another number before it is that number's when the mention has a measure word before it
    (`governed`: "the death toll ... had reached 217, while 143 people had been injured": 'injured' is the 143's)."""
    if j < first:
        if not joints.opens_between(j, first):
            return False
        before = [k for k in counts if joints.start(i) <= k < i]
        if not before:
            return False
        gap = sentence.tokens[max(before) + 1:i]
        return counted or len(gap) > 1 or any(len(word) > SHORT_LINK for word in gap)
    if not joints.opens_between(last, i):
        return False
    return any(j < k <= joints.end(j) for k in counts) or \
        (governed and any(last < k < i and k >= joints.start(i) and joints.opens_between(last, k) for k in counts))


# The longest word that may link a number to its noun ("of", "de", "dos", "من").
SHORT_LINK = 3


# Tokens after a number within which a locative, a means or a partitive phrase makes its conjunct elliptic.
ELLIPTIC_REACH = 2


def _elliptic(sentence: _Sentence, first: int, last: int, joints: _Joints, places: set, language: str) -> bool:
    """Whether the mention's conjunct repeats the one before it with only its number and what sets it apart
    (gapping): a place or a name ("and Massa 44.3 %", "1,591 deaths in Al Haouz and 809 in Taroudant"), or a
    locative, a means or a partitive phrase right after it ("147 por huellas y 34 por ADN", "1,404 of them");
    the measure of the conjunct before it is then its own too. The conjunct reaches back over the commas that set
    off its subject to the conjunction that opens it (_gapped_start: "y su rival Pike, candidato de la coalición,
    el 21,9 %"). A conjunct that says something else of its number ("and dozens were trapped") is not elliptic."""
    own = range(_gapped_start(sentence, first, joints, language, lambda: places),
                min(joints.end(last), len(sentence.tokens) - 1) + 1)
    if any(k in places for k in own if not first <= k <= last):
        return True
    words = sub_place_words("in", language) | means_words(language)
    for k in range(last + 1, min(len(sentence.tokens), last + 1 + ELLIPTIC_REACH)):
        if sentence.keys[k] in words or set(forms(sentence.keys[k], language)[1:]) & _area_words(language):
            return True
        rest = " ".join(sentence.tokens[k:k + 3])
        if any(start == 0 for start, _ in partitive_spans(fold(rest).text.lower(), language)):
            return True
    return False


def _gapped_start(sentence: _Sentence, first: int, joints: _Joints, language: str, places) -> int:
    """The first token of the mention's conjunct, reaching back over commas to the conjunction that opens it when
    only a subject and what sets it off stand between ("and his rival Pike, the coalition's candidate, 21.9%",
    "وبايك، مرشح الائتلاف، على 21.9%"), never past another number; the conjunct itself when no conjunction opens
    the run of commas."""
    start = max(joints.start(first), 0)
    joining = conjunctions(language)
    reached = start
    while reached > 0 and sentence.tokens[reached - 1] in PART_BREAKS:
        before = joints.start(reached - 2) if reached > 1 else 0
        for k in range(reached - 2, before - 1, -1):
            if _is_number(sentence.tokens[k]):
                return start
            if k in joints.prefixed and k in places():
                return k  # a name with a conjunction glued to it opens the conjunct ("وبايك، مرشح الائتلاف، على 21.9%")
        reached = before
        if reached in joints.glued or (reached > 0 and sentence.keys[reached - 1] in joining):
            return reached
    return start


def _is_number(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


# Tokens that may stand between a tally's head and its measure ("the number of people killed"), and between
# its `to` word and the number ("a unos 30").
TALLY_GAP = 2


def _own_noun_after(sentence: _Sentence, hits, lo: int, last: int, found: dict, language: str) -> bool:
    """Whether a measure word kept for the number stands right after it, or after one determiner of its language only
    (the language file's `determiners`): its own noun, over the tally its sentence opened with ("El número de
    fallecidos ... llegó a 137, ... que cifran en 180 los heridos", "elevaram para 180 os feridos")."""
    data = language_data(language)
    determiners = frozenset(data.determiners) if data is not None else frozenset()
    for hit in hits:
        i = hit.first + lo
        if hit.concept in found and found[hit.concept][1].words == hit.words and \
                (i == last + 1 or (i == last + 2 and sentence.keys[last + 1] in determiners)):
            return True
    return False


def _tally(sentence: _Sentence, first: int, language: str):
    """The measure at the head of the tally whose value the mention is (concepts.yaml `tallies`): (first token,
    last token, ConceptHit) of the last head-and-measure of its clause before it, when a `to` word stands at
    most TALLY_GAP tokens before the mention; None when not."""
    to = tally_words("to", language)
    if not to or not any(_names_one_of(sentence, k, k, to, language) for k in range(max(0, first - TALLY_GAP), first)):
        return None
    start = max([b + 1 for b in sentence.breaks if b < first], default=0)
    heads = tally_words("head", language)
    found = None
    for hit in find_concepts(sentence.tokens[start:first], language):
        i, j = hit.first + start, hit.last + start
        headed = any(_names_one_of(sentence, h, e, heads, language)
                     for e in range(max(start, i - TALLY_GAP - 1), j + 1) for h in range(max(start, e - 2), e + 1))
        if headed:
            found = (i, j, hit)
    return found


# Tokens between a count and the word of voters that makes it a count of voters ("2,438,954 voters", "۲۴۳۸۹۵۴ رای‌دهنده").
VOTERS_REACH = 1


def _chosen(sentence: _Sentence, first: int, last: int, lo: int, hi: int, measures: tuple, breaks: set,
            language: str):
    """The measure of a count of voters that a verb of choosing a person governs (concepts.yaml `choosing`: "2,438,954
    voters backed the president", "اختار 2438954 ناخبا الرئيس"): Evidence of `choosing: measure` with the verb's
    words, when the first measure is one of `choosing: voters` at most VOTERS_REACH tokens away and the verb stands in
    the number's own part of the clause (no comma, conjunction or other number between); None when not."""
    measure, voters = choosing_measures()
    if not measure or not measures or measures[0].what not in voters or measures[0].distance > VOTERS_REACH:
        return None
    for i, j in _phrases(sentence, choosing_words(language), language):
        if i < lo or j > hi or first <= j and i <= last:
            continue
        between = range(j + 1, first) if j < first else range(last + 1, i)
        if not any(k in breaks for k in between):
            return Evidence(measure, " ".join(sentence.tokens[i:j + 1]), _distance(i, j, first, last))
    return None
