"""Where a number is located: a sub-place that makes it a part (`_part`: "in the two districts"; `_heading`: a
heading line above it), its place in a breakdown by place (`_breakdown`: "1,591 in Al Haouz and 809 in
Taroudant"), the place it is located in or next to (`_located`, locatives glued to a name), and an area a percent
is of (`_area`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..concepts import (event_kinds_named, find_concepts, forms, name_forms, population_words, populations,
                        relation_words, sub_event_words, sub_place_words)
from ..countries import country_codes
from ..model import Mention, Seed
from ..skeleton import plain
from .sentence import (_Sentence, _names_one_of, _part_of, _phrase, _sentence_parts, language_data,
                       tokenize_sentence)
from .names import NameIndex


def _part(sentence: "_Sentence", lo: int, hi: int, language: str, numbers: set, mine: range) -> str:
    """Words restricting a count to a sub-place of its clause ("in the two districts", "در دو ولسوالی"),
    '' when none (concepts.yaml, `sub_places`)."""
    always, counted = sub_place_words("always", language), sub_place_words("counted", language)
    locatives = sub_place_words("in", language)
    for i in range(lo, hi + 1):
        if i in mine:
            continue
        key = {sentence.keys[i], *forms(sentence.keys[i], language)}
        if not key & (always | counted):
            continue
        for k in range(i - 1, max(lo, i - 4) - 1, -1):
            if sentence.keys[k] in locatives:
                between = range(k + 1, i)
                if key & always or any(b in numbers or sentence.tokens[b].isdigit() for b in between):
                    return " ".join(sentence.tokens[k:i + 1])
                break
    return ""


# Tokens after a count within which the places it counts are named ("Three of the six districts").
COUNTED_REACH = 5


def counted_places(mention: Mention) -> str:
    """The word of places (concepts.yaml `sub_places: places`) or of sub-events (`sub_events: words`, in any form: "two
    blasts", "dos explosiones", "دو انفجار") a count counts, right after it or after the whole it is a part of ("six
    districts", "Three of the six districts", "tres de los seis distritos", "ثلاث من الولايات الست", "سه ولسوالی از
    شش"): the counted places or fires are no people, whatever the clause counts after them ("reported injuries",
    "killed 150 people"); '' when none. Linking asks it for every candidate fact: it is read once a mention."""
    return _counted_places(mention.sentence, mention.text, mention.start - mention.sentence_start, mention.language)


@lru_cache(maxsize=4096)
def _counted_places(text_of_sentence: str, text: str, at: int, language: str) -> str:
    sentence = tokenize_sentence(text_of_sentence)
    where = at if text_of_sentence[at:at + len(text)] == text else text_of_sentence.find(" ".join(text.split()))
    if where < 0:
        return ""
    end = where + len(text)
    after = [k for k, start in enumerate(sentence.starts) if start >= end][:COUNTED_REACH]
    places, joining = sub_place_words("places", language), relation_words("of_whole", language)
    data = language_data(language)
    skipped = (frozenset(data.determiners) | frozenset(data.cardinals)) if data is not None else frozenset()
    glued, events = sub_place_words("glued", language), sub_event_words("words", language)
    for k in after:
        key = sentence.keys[k]
        # the word, or without an article ("الولايات"), never with a locative glued to it ("بإقليم": in the province)
        if any(form in places and key.endswith(form) and not any(g in key[:len(key) - len(form)] for g in glued)
               for form in (key, *name_forms(sentence.tokens[k], language))):
            return sentence.tokens[k]
        if set(forms(sentence.tokens[k], language)) & events:
            return sentence.tokens[k]
        if not (key in joining or key in skipped or key[:1].isdigit()):
            return ""
    return ""


# A part of a sentence this short ("y en Andalucía,") that names a place stands for a number left out.
ELLIPTIC_PART = 4
# Tokens after "in" within which its place is named ("en la provincia de Valencia").
PLACE_REACH = 4


def _breakdown(sentence: _Sentence, mine: tuple[int, int], count_spans: list, names: NameIndex, others: set,
               language: str) -> str:
    """The place words of a breakdown by place ("1,591 in Al Haouz province and 809 in Taroudant", "En
    Castilla-La Mancha han fallecido 7 personas y en Andalucía, una", "1452 بإقليم الحوز، و764 بإقليم
    تارودانت"): the mention's own part of the sentence places it ("in" and a place), and another part places
    another number, or stands for one (a part of at most ELLIPTIC_PART tokens), in another place; or the
    sentence gives its numbers 'respectively' (relations.respectively in concepts.yaml). '' when not."""
    if count_spans:  # "81 and 71 deaths, respectively": a breakdown by the names listed before them
        given = _phrase(sentence, 0, len(sentence.tokens) - 1, relation_words("respectively", language), language,
                        range(mine[0], mine[1] + 1))
        if given:
            return given
    parts = _sentence_parts(sentence, language)
    places = _place_tokens(sentence, names, others, language)
    located = {n: _locative(sentence, lo, hi, places, language) for n, (lo, hi) in enumerate(parts)}
    own = _part_of(parts, mine[0])
    counted = {_part_of(parts, span[0]) for span in count_spans}
    if not located.get(own) and located.get(own - 1) and own - 1 not in counted:
        own -= 1  # "y en Norvia, cinco": the place stands in the part before the number
    if not located.get(own):
        return ""
    here = located[own][1]
    for n, (lo, hi) in enumerate(parts):
        if n == own or not located.get(n) or located[n][1] == here:
            continue
        if n in counted or hi - lo + 1 <= ELLIPTIC_PART:
            return located[own][0]
    return ""


def _place_tokens(sentence: _Sentence, names: NameIndex, others: set, language: str) -> set[int]:
    """Tokens that may name a place: a sheet name, a word of a sub-place (province, district), or a capitalized
    word (not the sentence's first, not a mention's: "in January", nor a measure's: "no Colégio Eleitoral")."""
    found = {k for i, j, _, _ in names.find(sentence.keys, language) for k in range(i, j + 1)}
    areas = _area_words(language)
    measures = {k for hit in find_concepts(sentence.tokens, language) for k in range(hit.first, hit.last + 1)}
    for i, token in enumerate(sentence.tokens):
        if i in others:
            continue
        if i in measures and token[:1].isupper():
            continue
        if set(forms(sentence.keys[i], language)) & areas:
            found.add(i)
        elif i > 0 and token[:1].isupper():  # a cased script (Arabic and Persian letters are never upper)
            found.add(i)
    return found - set(others)


def _area_words(language: str) -> frozenset:
    return sub_place_words("areas", language) | sub_place_words("always", language) \
        | sub_place_words("counted", language)


def _locative(sentence: _Sentence, lo: int, hi: int, places: set, language: str) -> Optional[tuple[str, str]]:
    """The first "in" and place of tokens lo..hi ("in Al Haouz province", "en Castilla-La Mancha", "بإقليم
    الحوز" with its locative glued): (its words, the place's key), or None."""
    locatives = sub_place_words("in", language)
    areas = _area_words(language)
    for k in range(lo, hi + 1):
        # a locative glued to an area word (Arabic "بإقليم", "بعمالة"): the place is that word and the next
        glued = sentence.keys[k] not in areas and set(forms(sentence.keys[k], language)[1:]) & areas
        if glued:
            end = min(hi, k + 1)
        elif sentence.keys[k] in locatives:
            run = [i for i in range(k + 1, min(hi, k + PLACE_REACH) + 1) if i in places]
            if not run:
                continue
            end = run[-1]
        else:
            continue
        start = k if glued else k + 1
        return " ".join(sentence.tokens[k:end + 1]), " ".join(plain(key) for key in sentence.keys[start:end + 1])
    return None


def _located(sentence: _Sentence, first: int, counts: set, names: NameIndex,
             language: str) -> tuple[str, tuple[str, ...], str]:
    """Where a number is: the first locative of its own part of the sentence that names a place of the sheets within
    PLACE_REACH tokens ("78 people died in India", "در هند ۷۸ نفر"), else of the part just before when that part
    holds no other number and opens with it ("In India, 78 people died"; not "Rescuers searched the rubble in India,
    and the toll rose to 78": that locative is of its own clause's verb), else the place right before a relative of place opening its
    part or a part before it, no part between naming a place ("in India, where 78 died and 560 were injured"), else
    of the part opening the sentence when it is a locative
    alone and no part between names a place ("In India, 78 died and 560 were injured"); its words and the names as
    listed. A locative after a word
    of a kind of event (at most EVENT_LOCATIVE_REACH tokens before it, the number not between), or with one between
    it and its place or right after its place, places the event, not the number ("the earthquake in Gorkha killed
    9,600", "el terremoto de 7,8 en Katmandú", "died in the Gorkha earthquake", "در زلزله ژاپن"): it is skipped. A locative naming no place of the sheets but one country (checker/countries.py: "En la India",
    "وفي الهند") gives that country's code. ("", (), "") when none."""
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    found_names = names.find(sentence.keys, language)
    hits = [(i, name) for i, j, name, _ in found_names
            if not names_event_kind(sentence.keys[j + 1:j + 3], language)
            and not any(a <= i and j <= b and b - a > j - i for a, b, _, _ in found_names)]
    glued = [(i, name) for i, j, name, _ in found_names if i == j and (i, name) in hits
             and _glued_locative(sentence.keys[i], name, language)]
    for n in _own_then_before(parts, own, counts):
        found = _part_locative(sentence, parts[n], first, hits, glued, language, opening=n != own)
        if found:
            return found
    # a relative of place right after a place ("in India, where 78 died and 560 were injured") places the numbers of
    # its part and of its later conjuncts, unless one of those parts names a place
    where = sub_place_words("where", language)
    for n in range(own, 0, -1):
        lo = parts[n][0]
        if any(_names_one_of(sentence, lo, min(lo + k, parts[n][1]), where, language) for k in (2, 1, 0)):
            before = [(i, name) for i, name in hits if parts[n - 1][0] <= i <= parts[n - 1][1]]
            if before and not any(lo <= i <= parts[own][1] for i, _ in hits):
                at = before[-1][0]
                return (" ".join(sentence.tokens[at:lo + 1]),
                        tuple(dict.fromkeys(name for i, name in before if i == at)), "")
            break
    # a locative opening the sentence, as a part of its own ("In India, 78 died and 560 were injured"), places the
    # numbers of its later parts too, unless a part between names a place ("In Caracas, Venezuela, on Tuesday")
    if own >= 2 and not _holds(parts[0], counts) \
            and not any(parts[1][0] <= i <= parts[own - 1][1] for i, _ in hits):
        return _part_locative(sentence, parts[0], first, hits, glued, language, opening=True) or ("", (), "")
    return "", (), ""


@lru_cache(maxsize=65536)
def names_event_kind(keys: tuple[str, ...], language: str) -> bool:
    """Whether token keys name a kind of event (concepts.event_kinds_named): asked of the same few tokens by every
    mention of a sentence and every token of its parts."""
    return bool(event_kinds_named(keys, language))


def _own_then_before(parts: list[tuple[int, int]], own: int, counts: set) -> list[int]:
    """The number's own part of the sentence, then the part just before it when that part holds no other number."""
    if own < 0:
        return []
    return [own] + ([own - 1] if own > 0 and not _holds(parts[own - 1], counts) else [])


def _holds(part: tuple[int, int], counts: set) -> bool:
    """Whether a part of the sentence holds one of the tokens of `counts` (another number)."""
    return any(k in counts for k in range(part[0], part[1] + 1))


def _part_locative(sentence: _Sentence, part: tuple[int, int], first: int, hits: list, glued: list, language: str,
                   opening: bool = False) -> Optional[tuple[str, tuple[str, ...], str]]:
    """The first locative of one part of the sentence that names a place (see _located), None when none; with
    `opening`, only one that opens the part."""
    lo, hi = part
    locatives = sub_place_words("in", language)
    for k in range(lo, lo + 1 if opening else hi + 1):
        start = max(lo, k - EVENT_LOCATIVE_REACH, first + 1 if first < k else lo)  # not across the number
        if names_event_kind(sentence.keys[start:k], language):
            continue
        here = tuple(dict.fromkeys(name for i, name in glued if i == k))
        if here:
            return sentence.tokens[k], here, ""
        if not locatives.intersection(forms(sentence.keys[k], language)):
            continue
        near = [(i, name) for i, name in hits if k < i <= min(hi, k + PLACE_REACH)]
        if near and not names_event_kind(sentence.keys[k + 1:near[0][0]], language):
            end = max(i for i, _ in near)
            return " ".join(sentence.tokens[k:end + 1]), tuple(dict.fromkeys(name for _, name in near)), ""
        country = _country_after(sentence, k, min(hi, k + COUNTRY_REACH), language)
        if country:
            return " ".join(sentence.tokens[k:country[0] + 1]), (), country[1]
    return None


# Tokens before a locative within which a word of a kind of event makes it the event's place ("el terremoto de 7,6
# en Japón"), unless the number stands between ("the quake killed 78 in India").
EVENT_LOCATIVE_REACH = 5
# Tokens after a locative within which a country it places a number in is named ("en la India").
COUNTRY_REACH = 2


def _country_after(sentence: _Sentence, k: int, hi: int, language: str) -> Optional[tuple[int, str]]:
    """(last token, code) of the first token after a locative, up to `hi`, that names exactly one country."""
    for i in range(k + 1, hi + 1):
        codes = country_codes(sentence.keys[i], language)
        if len(codes) == 1:
            return i, next(iter(codes))
        if names_event_kind(sentence.keys[i:i + 1], language):
            return None
    return None


def _glued_locative(key: str, name: str, language: str) -> bool:
    """Whether a token is a place's name with a locative glued before it (concepts.yaml `sub_places: glued`:
    Arabic "بالهند", "وبنيبال"), not the name as listed ("بنغازي" is Benghazi)."""
    if plain(key) == plain(name):
        return False
    found = forms(key, language)
    return any(form.startswith(prefix) and form[len(prefix):] in found
               for form in found for prefix in sub_place_words("glued", language))


# A heading holds at most this many tokens; the block above a mention is read back at most this many lines.
HEADING_TOKENS = 6
HEADING_LINES = 12


def _heading(seed: Seed, mention: Mention) -> str:
    """The heading that places the mention's line in a sub-place ("استان اردبیل" over "مسعود پزشکیان: ۵۵۶
    هزار رای"), '' when none: the first line of its block (the lines since the last blank one), when that is
    not its own line, holds no digit, at most HEADING_TOKENS tokens and a word of concepts.yaml
    `sub_places` (areas, districts, provinces)."""
    end = seed.text.rfind("\n", 0, mention.start)
    heading = ""
    for _ in range(HEADING_LINES):
        if end < 0:
            break
        start = seed.text.rfind("\n", 0, end) + 1
        line = seed.text[start:end].strip()
        if not line:
            break
        heading, end = line, start - 1
    if not heading or any(c.isdigit() for c in heading):
        return ""
    sentence = tokenize_sentence(heading)
    if len(sentence.tokens) > HEADING_TOKENS:
        return ""
    areas = sub_place_words("areas", mention.language) | sub_place_words("always", mention.language) \
        | sub_place_words("counted", mention.language)
    if any(set(forms(key, mention.language)) & areas for key in sentence.keys):
        return heading
    return ""


def _area(sentence: _Sentence, first: int, language: str) -> str:
    """The word of one administrative area (concepts.yaml `sub_places`: areas, always) in the mention's own part
    of its sentence or in the part just before it ("La provincia con mayor participación fue Tucumán, con el
    82,91%", "In Alba province, turnout reached 82.9%", "میزان مشارکت در استان آلبا"), '' when none: a rate of
    that area, not of the whole. An area word used as an adjective ("state television") names no area."""
    areas = sub_place_words("areas", language) | sub_place_words("always", language)
    adjectival = sub_place_words("adjectival", language)
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    for lo, hi in [parts[n] for n in (own, own - 1) if 0 <= n < len(parts)]:
        for k in range(lo, hi + 1):
            if set(forms(sentence.keys[k], language)) & areas \
                    and not (k + 1 < len(sentence.keys) and sentence.keys[k + 1] in adjectival):
                return sentence.tokens[k]
    return ""


def _unnamed_place(sentence: _Sentence, first: int, names: NameIndex, language: str, counts: set = frozenset()) -> str:
    """A place the sheets do not name right after a locative in the mention's own part of its sentence ("turnout in
    Karvos was 52 percent", "la participación en Karvos", "teve 22,9% dos votos no Algarve"), or in a locative that
    opens the sentence as a part of its own, holding no number ("En Moscú, la presidenta de la comisión electoral
    anunció que Putin obtenía el 89,1 por ciento": it places its later parts, as in _located): its words, '' when
    none. The place is a capitalized word of a script that has capitals; a name of the sheets (a place, an entity,
    the event's), a country (checker/countries.py), a month or a weekday (the language file's calendar) or an event's
    word after it is no such place. A rate said of it is that place's, not the whole's."""
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    if own < 0:
        return ""
    locatives = sub_place_words("in", language)
    found = _unnamed_in(sentence, parts[own], first, names, language, locatives)
    if found or own < 1 or _holds(parts[0], counts) or parts[0][0] != 0 \
            or not locatives.intersection(forms(sentence.keys[0], language)):
        return found
    return _unnamed_in(sentence, parts[0], first, names, language, locatives)


def _unnamed_in(sentence: _Sentence, part: tuple[int, int], first: int, names: NameIndex, language: str,
                locatives: frozenset) -> str:
    """_unnamed_place in one part of the sentence (its first and last token)."""
    lo, hi = part
    named = {k for i, j, _, _ in names.find(sentence.keys, language) for k in range(i, j + 1)}
    calendar = language_data(language)
    if calendar is None:
        return ""
    for k in range(lo, hi):
        if not locatives.intersection(forms(sentence.keys[k], language)) or k + 1 in named or k + 1 == first:
            continue
        token = sentence.tokens[k + 1]
        key = sentence.keys[k + 1].removesuffix("'s").removesuffix("’s")
        if not (token[:1].isupper() and token[:1].isalpha() and token[:1].lower() != token[:1]):
            continue
        if country_codes(sentence.keys[k + 1], language) or key in calendar.months or key in calendar.weekdays \
                or event_kinds_named(sentence.keys[k + 1:k + 4], language):
            continue
        return f"{sentence.tokens[k]} {token}"
    return ""


def _population(sentence: _Sentence, first: int, counts: set, language: str, last: int = -1) -> tuple[str, str]:
    """The part of a country's people by place a number is of (concepts.yaml `populations`: "of the votes cast abroad",
    "en el exterior", "من أصوات الخارج", "خارج از کشور", "In the capital, ..."), named in its own part of the sentence
    or in the part just before when that part holds no other number: (the part, its words), ('', '') when none. Its
    own part is that of its last token (`last`, when given): a number that spans a joiner ("یک میلیون و ۸۹۰ هزار نفر از
    شهروندان مقیم خارج": Persian joins the parts of a number with و, spaced) is of the part its words run on into."""
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, last if last >= first else first)
    for n in _own_then_before(parts, own, counts):
        lo, hi = parts[n]
        for part in populations():
            words = _phrase(sentence, lo, hi, population_words(part, language), language)
            if words:
                return part, words
    return "", ""
