"""A part of the event by where it is, beyond a locative of a place the sheet lists (checker/frames/places.py): a
sub-place the subject of the number's clause (`_subject`: "Talvora province accounts for most of the victims, with
400 dead"), a locative of a named area (`_area_locative`: "In Talvora province, the spokesman ... said 255 died"), a
place pointed back to (`_pointed_back`: "There, 500 died", "En esa provincia"), the people of one house or family
(`_one_unit`: "nine members of one family"). The words all come from concepts.yaml `sub_places`.

A named area is a word of one administrative area (`areas`, `always`: province, estado, ولاية, استان) with its name:
a capitalized word right before or after it in a cased script ("Talvora province", "la provincia de Talvora"), the
next word in Arabic and Persian ("ولاية تالفورا", "استان تالورا"; in Arabic only an area word without the article:
"المنطقة المنكوبة" is the stricken region, no name).
"""
from __future__ import annotations

from typing import Optional

from ..concepts import forms, sub_place_words
from ..countries import subdivisions
from ..model import Mention, Seed
from ..skeleton import plain
from .names import NameIndex, _previous_sentence
from .lists import element_place
from .sub_events import _name_at
from .places import ELLIPTIC_PART, _holds, _own_then_before, _part_locative, names_event_kind
from .sentence import _Sentence, _memo, _names_one_of, _part_of, _phrase, _sentence_parts, language_data

# Tokens from the opening of its clause within which a sub-place is the clause's subject ("La provincia de Talvora").
SUBJECT_REACH = 2
# Tokens at the opening of a part within which a word pointing back stands ("Y en esa provincia").
POINTER_REACH = 3


def _sub_place(seed: Seed, mention: Mention, sentence: _Sentence, first: int, counts: set, names: NameIndex,
               language: str) -> tuple[str, tuple[str, ...], str]:
    """(its words, the sheet's names among them, its own name) of the sub-place a number is of, ('', (), '') when
    none: with names, a place the sheet lists (the link weighs it as frame.located); without, a part of the event
    (frame.part), its name the plain words of the area's name ("talvora"; frame.part_place, what two parts must
    share to be one claim), or of the one house or family ("una misma familia")."""
    hits, areas = _places_of(sentence, names, language)
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    if own < 0:
        return "", (), ""
    return (_subject(sentence, parts, own, first, counts, hits, areas, language)
            or _elliptic(sentence, parts, own, first, hits, areas)
            or _area_locative(sentence, parts, own, first, counts, hits, areas, language)
            or _area_where(sentence, parts, own, hits, areas, language)
            or _list_element(sentence, first, names, language)
            or _alone(sentence, parts, own, counts, names, language)
            or _pointed_back(seed, mention, sentence, parts, own, counts, names, language)
            or _one_unit(sentence, parts, own, counts, language))


def _places_of(sentence: _Sentence, names: NameIndex, language: str) -> tuple[list, list]:
    """The places of a sentence: the names the sheets list ((first, last token, name), no name of the event: "the
    Quenar earthquake"), and the named areas it does not list ((first, last token)): an area word with its name, or
    a province of a listed country the sheet does not list itself (checker/countries.py, subdivisions: "Esmeraldas
    suma 12 fallecidos" for a sheet of Ecuador)."""
    found = [(i, j, name, owner) for i, j, name, owner in names.find(sentence.keys, language)
             if not names_event_kind(sentence.keys[j + 1:j + 3], language)]
    listed_spans = {(i, j) for i, j, name, owner in found if owner or name not in subdivisions()}
    hits = [(i, j, name) for i, j, name, _ in found if (i, j) in listed_spans]
    areas = sorted({(i, j) for i, j, _, _ in found if (i, j) not in listed_spans} | set(_named_areas(sentence, language)))
    return hits, [span for span in areas if not _covers_hit(span, hits)]


def _subject(sentence: _Sentence, parts: list, own: int, first: int, counts: set, hits: list, areas: list,
             language: str) -> Optional[tuple[str, tuple[str, ...], str]]:
    """A listed place or a named area opening the number's clause before a word by which it holds the count, or
    right after that word ("Brisca recorded 400 deaths", "The province of Talvora, with 400 dead", "وسجلت ولاية
    تالفورا ... بـ 500 قتيل"); the clause of an earlier part of the sentence holds the numbers of its later conjuncts
    too ("El departamento de Talvora registra 85 muertos y 300 heridos"), unless a part between names a place."""
    holds = sub_place_words("holds", language)
    for n in range(own, -1, -1):
        if n < own and any(parts[n + 1][0] <= i <= parts[own][1] for i, _, _ in hits):
            break
        lo, hi = parts[n]
        for h in range(lo, first if n == own else hi + 1):
            if not any(_names_one_of(sentence, h, h + k, holds, language) for k in (1, 0) if h + k < first):
                continue
            start = parts[n - 1][0] if h == lo and n > 0 and not _holds(parts[n - 1], counts) else lo
            candidates = list(range(start, min(start + SUBJECT_REACH, h - 1) + 1)) + [h + 1]
            for c in (c for c in candidates if c < first):
                found = _place_at(sentence, c, hits, areas)
                if found:
                    return found
    return None


def _elliptic(sentence: _Sentence, parts: list, own: int, first: int, hits: list,
              areas: list) -> Optional[tuple[str, tuple[str, ...], str]]:
    """A listed place or a named area that is the whole short part just before a number opening its own part, its
    verb left out ("Al Haouz registra 1.604 mortes e Taroudant, 976")."""
    if own == 0 or parts[own][0] != first:
        return None
    lo, hi = parts[own - 1]
    if hi - lo + 1 > ELLIPTIC_PART:
        return None
    for c in (lo, lo + 1):
        found = _place_at(sentence, c, hits, areas)
        if found and c + len(found[0].split()) - 1 >= hi:
            return found
    return None


def _list_element(sentence: _Sentence, first: int, names: NameIndex,
                  language: str) -> Optional[tuple[str, tuple[str, ...], str]]:
    """The place heading the number's element of a list of people by place after a colon ("Injured by district:
    Kalar, 40; Darband, 25", "الجرحى حسب المنطقة: كالار 40، دربند 25"; lists.element_place): a place the sheet lists
    by its names, another by its plain words."""
    span = element_place(sentence, first, language)
    if span is None:
        return None
    words = " ".join(sentence.tokens[span[0]:span[1] + 1])
    listed = tuple(dict.fromkeys(name for i, j, name, _ in names.find(sentence.keys, language)
                                 if i <= span[1] and span[0] <= j))
    return words, listed, "" if listed else plain(" ".join(sentence.keys[span[0]:span[1] + 1]))


def _alone(sentence: _Sentence, parts: list, own: int, counts: set, names: NameIndex,
           language: str) -> Optional[tuple[str, tuple[str, ...], str]]:
    """A locative of a place the sheet does not list, in the number's part or the part before it, with a word of
    `alone` right after the place's name or right before the locative ("In Taldo alone, 40 died", "Solo en Taldo", "في
    تالدو وحدها", "تنها در تالدو"): that place's part; None when none (a listed place is frame.located's)."""
    alone, locatives = sub_place_words("alone", language), sub_place_words("in", language)
    listed = {k for i, j, _, _ in names.find(sentence.keys, language) for k in range(i, j + 1)}
    for n in _own_then_before(parts, own, counts):
        lo, hi = parts[n]
        for k in range(lo, hi):
            if sentence.keys[k] not in locatives and not set(forms(sentence.keys[k], language)[1:]) & locatives:
                continue
            span = _name_at(sentence, k + 1, language)
            if span is None or any(t in listed for t in range(span[0], span[1] + 1)) or span[1] > hi:
                continue
            after = span[1] + 1 <= hi and _names_one_of(sentence, span[1] + 1, span[1] + 1, alone, language)
            before = next((m for m in (1, 2) if k - m >= lo and _names_one_of(sentence, k - m, k - 1, alone, language)), 0)
            if after or before:
                words = " ".join(sentence.tokens[k - before:span[1] + 1 + int(after)])
                return words, (), plain(" ".join(sentence.keys[span[0]:span[1] + 1]))
    return None


def _place_at(sentence: _Sentence, c: int, hits: list, areas: list) -> Optional[tuple[str, tuple[str, ...], str]]:
    """The listed place starting at token c, or the named area that holds token c."""
    listed = [(i, j, name) for i, j, name in hits if i == c]
    if listed:
        end = max(j for _, j, _ in listed)
        return " ".join(sentence.tokens[c:end + 1]), tuple(dict.fromkeys(name for *_, name in listed)), ""
    for i, j in areas:
        if i <= c <= j:
            return " ".join(sentence.tokens[i:j + 1]), (), _area_name(sentence, (i, j))
    return None


def _area_name(sentence: _Sentence, span: tuple[int, int]) -> str:
    """The plain words of a named area's name: its capitalized words ("talvora" of "la provincia de Talvora", "al
    haouz"), in a script without case the words after its area word ("تالفورا" of "ولاية تالفورا")."""
    tokens = range(span[0], span[1] + 1)
    cased = [k for k in tokens if sentence.tokens[k][:1].isupper()]
    return " ".join(plain(sentence.keys[k]) for k in cased or list(tokens)[1:])


def _covers_hit(span: tuple[int, int], hits: list) -> bool:
    return any(span[0] <= j and i <= span[1] for i, j, _ in hits)


def _named_areas(sentence: _Sentence, language: str) -> tuple[tuple[int, int], ...]:
    """(first, last token) of every named area of a sentence (_named_area), found once a sentence."""
    return _memo(sentence, ("named areas", language), lambda: tuple(
        span for k in range(len(sentence.keys)) for span in [_named_area(sentence, k, language)] if span))


def _named_area(sentence: _Sentence, i: int, language: str) -> Optional[tuple[int, int]]:
    """(first, last token) of the named area whose area word is token i, None when token i is none."""
    if i >= len(sentence.keys):
        return None
    key = sentence.keys[i]
    areas = sub_place_words("areas", language) | sub_place_words("always", language)
    if key.lower() == key.upper():  # a script without case (Arabic, Persian)
        if key not in areas and not set(forms(key, language)[1:]) & areas:
            return None
        if key.startswith("ال") or key[1:].startswith("ال"):  # "المنطقة المنكوبة": an adjective follows
            return None
        nxt = i + 1
        return (i, nxt) if nxt < len(sentence.tokens) and sentence.tokens[nxt].isalpha() \
            and sentence.keys[nxt] not in sub_place_words("adjectival", language) else None
    if key not in areas or not sentence.tokens[i].islower():
        return None
    if i > 0 and _name_word(sentence, i - 1, language):
        return i - 1, i
    for j in range(i + 1, i + 1 + NAME_AFTER_AREA):  # "province of Talvora", "provincia sureña de Talvora"
        if j < len(sentence.tokens) and _name_word(sentence, j, language):
            return i, j
        if j < len(sentence.tokens) and not sentence.tokens[j].isalpha():
            break
    return None


# Tokens after an area word within which its name stands in a cased script ("la provincia sureña de Talvora").
NAME_AFTER_AREA = 3


def _name_word(sentence: _Sentence, i: int, language: str) -> bool:
    """Whether token i is capitalized and no function word ("The" of "The province")."""
    data = language_data(language)
    function_words = data.function_words if data is not None else frozenset()
    token = sentence.tokens[i]
    return token[:1].isupper() and token.isalpha() and sentence.keys[i] not in function_words


def _area_locative(sentence: _Sentence, parts: list, own: int, first: int, counts: set, hits: list, areas: list,
                   language: str) -> Optional[tuple[str, tuple[str, ...], str]]:
    """A locative of a named area the sheet does not list in the number's part, in the part before when it holds
    no other number ("In Talvora province, 255 died"), or opening the sentence with no part between naming a place
    ("En la provincia de Talvora, el portavoz ..., dijo ... que 255 personas murieron"); not a locative of the event
    ("the earthquake in Talvora province")."""
    candidates = [(n, False) for n in _own_then_before(parts, own, set(counts))]
    if own >= 2 and not _holds(parts[0], counts) and not any(parts[1][0] <= i <= parts[own - 1][1] for i, _, _ in hits):
        candidates.append((0, True))
    for n, opening in candidates:
        lo, hi = parts[n]
        area_hits = [(i, j, "") for i, j in areas if lo <= i and j <= hi]
        ends = [(k, "") for i, j, _ in area_hits for k in (i, j)]
        found = _part_locative(sentence, parts[n], first, ends, _glued_areas(sentence, area_hits, language),
                               language, opening)
        if found and not found[2]:  # a country is frame.located's (checker/frames/places.py)
            said = found[0].split()
            named = next((span for span in area_hits if sentence.tokens[span[0]] in said), area_hits[0])
            return found[0], (), _area_name(sentence, named[:2])
    return None


def _area_where(sentence: _Sentence, parts: list, own: int, hits: list, areas: list,
                language: str) -> Optional[tuple[str, tuple[str, ...], str]]:
    """A named area the sheet does not list in the part right before a relative of place that opens the number's part
    or a part before it ("the southern province of Talvora, where 400 people died", "ولاية تالفورا ...، حيث لقي 400
    شخص حتفهم"; concepts.yaml `sub_places: where`), no part between naming a place: the area's part of the event (a
    listed place is frame.located's: checker/frames/places.py)."""
    where = sub_place_words("where", language)
    for n in range(own, 0, -1):
        lo = parts[n][0]
        if not any(_names_one_of(sentence, lo, min(lo + k, parts[n][1]), where, language) for k in (2, 1, 0)):
            continue
        if any(lo <= i <= parts[own][1] for i, _, _ in hits):
            return None
        before = [(i, j) for i, j in areas if parts[n - 1][0] <= i and j <= parts[n - 1][1]]
        if not before:
            return None
        i, j = before[-1]
        return " ".join(sentence.tokens[i:lo + 1]), (), _area_name(sentence, (i, j))
    return None


def _glued_areas(sentence: _Sentence, area_hits: list, language: str) -> list:
    """The named areas whose area word has a locative glued to it ("بولاية تالفورا")."""
    glued = sub_place_words("glued", language)
    return [(i, name) for i, j, name in area_hits
            if any(key.startswith(prefix) for key in (sentence.keys[i],) for prefix in glued)
            and sentence.keys[i] not in sub_place_words("areas", language)]


def _pointed_back(seed: Seed, mention: Mention, sentence: _Sentence, parts: list, own: int, counts: set,
                  names: NameIndex, language: str) -> Optional[tuple[str, tuple[str, ...], str]]:
    """The place of the sentence before, when a word opening the number's part or the part before points back to it
    ("Ahí murieron 30", "There, 500 died", "En esa provincia ...", "في الولاية نفسها"): the last listed place or named
    area of that sentence."""
    pointer = ""
    for n in _own_then_before(parts, own, counts):
        lo, hi = parts[n]
        end = min(hi, lo + POINTER_REACH - 1)
        alone = hi - lo < 2
        pointer = (_phrase(sentence, lo, end, sub_place_words("there", language), language)
                   or (_phrase(sentence, lo, hi, sub_place_words("there_apart", language), language) if alone else "")
                   or _this_area(sentence, lo, end, language)
                   or (_locative_area(sentence, lo, hi, language) if n == own else ""))
        if pointer:
            break
    if not pointer:
        return None
    before = _previous_sentence(seed, mention)
    if before is None:
        return None
    hits, areas = _places_of(before, names, language)
    found = [(i, j, (name,)) for i, j, name in hits] + [(i, j, ()) for i, j in areas]
    if not found:
        return None
    i, j, listed = max(found, key=lambda f: f[0])
    return f"{pointer} ({' '.join(before.tokens[i:j + 1])})", listed, "" if listed else _area_name(before, (i, j))


def _locative_area(sentence: _Sentence, lo: int, hi: int, language: str) -> str:
    """A locative, an article or a demonstrative, and a word of one area, unnamed, anywhere in tokens lo..hi ("rose to
    400 in the province", "en la provincia", "na província", "في الولاية", "در این استان"; concepts.yaml `sub_places:
    in`, `the`, `this`), '' when none."""
    locatives = sub_place_words("in", language)
    pointers = sub_place_words("the", language) | sub_place_words("this", language)
    areas = sub_place_words("areas", language) | sub_place_words("always", language)
    for k in range(lo + 1, hi + 1):
        if not set(forms(sentence.keys[k], language)) & areas or _named_area(sentence, k, language):
            continue
        if k + 1 < len(sentence.keys) and _names_one_of(sentence, k + 1, k + 1, pointers, language):
            continue  # "في الولاية نفسها": _this_area's
        article = sentence.keys[k].startswith("ال") and sentence.keys[k] not in areas  # "في الولاية"
        if article and _names_one_of(sentence, k - 1, k - 1, locatives, language):
            return " ".join(sentence.tokens[k - 1:k + 1])
        if _names_one_of(sentence, k - 1, k - 1, pointers, language) and (
                _names_one_of(sentence, k - 1, k - 1, locatives, language)  # "na província"
                or (k >= lo + 2 and _names_one_of(sentence, k - 2, k - 2, locatives, language))):
            start = k - 1 if _names_one_of(sentence, k - 1, k - 1, locatives, language) else k - 2
            return " ".join(sentence.tokens[start:k + 1])
    return ""


def _this_area(sentence: _Sentence, lo: int, hi: int, language: str) -> str:
    """A demonstrative beside a word of one area in tokens lo..hi ("that province", "esa provincia", "الولاية
    نفسها", "این استان"), '' when none."""
    this = sub_place_words("this", language)
    areas = sub_place_words("areas", language) | sub_place_words("always", language)
    for k in range(lo, hi + 1):
        if not set(forms(sentence.keys[k], language)) & areas:
            continue
        for a, b in ((k - 1, k - 1), (k - 2, k - 1), (k + 1, k + 1)):
            if lo <= a and b <= hi + 1 and b < len(sentence.keys) and _names_one_of(sentence, a, b, this, language):
                return " ".join(sentence.tokens[min(a, k):max(b, k) + 1])
    return ""


def _one_unit(sentence: _Sentence, parts: list, own: int, counts: set,
              language: str) -> tuple[str, tuple[str, ...], str]:
    """The words of one house, family, building or bus in the number's part or the part before it when that part
    holds no other number ("nine members of one family", "من عائلة واحدة"), '' when none."""
    for n in _own_then_before(parts, own, counts):
        words = _phrase(sentence, parts[n][0], parts[n][1], sub_place_words("one", language), language)
        if words:
            return words, (), plain(words.lower())
    return "", (), ""
