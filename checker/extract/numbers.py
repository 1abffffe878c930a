"""Numbers written in digits or in words, as one value and the tokens it spans.

Words are combined with a stack of groups (see the Persian brief, section 10):
a scale word ("thousand", "هزار") absorbs every smaller group pushed before it,
so "صد و بیست و پنج هزار" is (100 + 20 + 5) x 1000 and "هزار میلیارد" is 10^12.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple, Optional

from .lexicon import Language
from .tokens import Token

_DIGITS = re.compile(r"^\d+(?:\.\d+)?$")
_SLASH_DECIMAL = re.compile(r"^(\d+)/(\d+)$")
_GLUED_SCALE = re.compile(r"^(\d[\d,.]*)([^\W\d_]+)$")


class Number(NamedTuple):
    """A number read at some tokens (a named tuple, as Token: one is made for every number a rule reads)."""

    value: float
    start: int  # token indices [start, end)
    end: int
    written: str  # the digits as written, for rounding ("1.5" of "1.5 million")
    scale: float = 1.0  # the scale word that multiplied it, 1 when none
    words: bool = False
    ordinal: bool = False
    weak: bool = False  # a weak word alone ("one", "یک"): counts only before a unit
    slash: bool = False  # "2/5" read as a decimal: valid only before a unit or percent


# Signs that only ever group thousands ('4’305.118', "1'250": Swiss style), in every language.
APOSTROPHE_GROUPS = ("’", "'")
_SIGNS = (",", ".")


def separator_role(body: str, sign: str) -> str:
    """What the shape of a number says one sign is: 'group', 'decimal', '' (ambiguous) or 'bad'.
    Two or more of one sign are groups of three; with both signs the last one is the decimal; one sign
    before other than three digits, or after a lone zero or more than three digits, is a decimal; one sign
    before three digits that end in a zero is a group (a decimal is not written with a trailing zero: '1,250
    personas')."""
    other = "." if sign == "," else ","
    if sign not in body:
        return ""
    if other in body:
        last = sign if body.rfind(sign) > body.rfind(other) else other
        if last == sign:
            return "decimal" if body.count(sign) == 1 else "bad"
        return "group" if _grouped(body.split(other)[0], sign) else "bad"
    if body.count(sign) > 1:
        return "group" if _grouped(body, sign) else "bad"
    head, tail = body.split(sign)
    if len(tail) != 3 or head == "0" or len(head) > 3:
        return "decimal"
    return "group" if tail.endswith("0") else ""


def _grouped(body: str, sign: str) -> bool:
    head, *groups = body.split(sign)
    return head.isdigit() and len(head) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups)


def separator_habits(texts, lang: Language) -> dict[str, str]:
    """What a text does with ',' and '.' where the shape says it ({sign: 'group'|'decimal'}): the role a
    sign plays most often, else the opposite of the role the other sign plays."""
    seen = {(sign, role): 0 for sign in _SIGNS for role in ("group", "decimal")}
    for text in texts:
        if not text[:1].isdigit() or text.isdigit():  # not a number, or one without a sign to read
            continue
        body = _strip_groups(text, lang)
        if not body[:1].isdigit() or not body.replace(",", "").replace(".", "").isdigit():
            continue
        for sign in _SIGNS:
            role = separator_role(body, sign)
            if role in ("group", "decimal"):
                seen[sign, role] += 1
    habits: dict[str, str] = {}
    for sign, other in (",", "."), (".", ","):
        group, decimal = seen[sign, "group"], seen[sign, "decimal"]
        if group != decimal:
            habits[sign] = "group" if group > decimal else "decimal"
        elif seen[other, "decimal"] and not seen[other, "group"]:
            habits[sign] = "group"
        elif seen[other, "group"] and not seen[other, "decimal"]:
            habits[sign] = "decimal"
    return habits


def _strip_groups(text: str, lang: Language) -> str:
    """Apostrophe and space groups and the language's strict group signs removed ('۱۲،۵۰۰' -> '12500')."""
    body = text
    for sign, role in lang.extra_separators.items():  # ۱۲،۵۰۰: the Arabic comma groups thousands only so
        if role in ("group_strict", "group_or_decimal") and re.fullmatch(r"\d{1,3}(?:%s\d{3})+" % re.escape(sign), body):
            body = body.replace(sign, "")
        elif role == "group_or_decimal" and re.fullmatch(r"\d+%s\d{1,2}" % re.escape(sign), body):
            body = body.replace(sign, ".")  # '٥٨،٣': one sign before other than three digits is a decimal
    for sign in APOSTROPHE_GROUPS + (" ",):  # a space: a token joined where spaces group thousands ('12 000')
        if sign in body and re.fullmatch(r"\d{1,3}(?:%s\d{3})+(?:[.,]\d+)?" % re.escape(sign), body):
            body = body.replace(sign, "")
    return body


def digits_value(text: str, lang: Language, habits: Optional[dict] = None) -> Optional[tuple[float, str]]:
    """'12,500' -> (12500.0, '12500'); None when the token is not a plain number. Each separator's role
    comes from the number's shape, then from the text's habits, then from the language's default."""
    if text.isdigit() and text.isascii():  # the usual case: no sign, nothing to strip or decide
        return float(text), text
    body = _strip_groups(text, lang)
    roles = {}
    for sign in _SIGNS:
        role = separator_role(body, sign) if sign in body else "none"
        if role == "bad":
            return None
        if role == "":
            role = (habits or {}).get(sign) or ("decimal" if sign == lang.decimal_separator else "group")
        roles[sign] = role
    if roles[","] == roles["."] == "decimal" or any(
            role == "group" and not _grouped(body.split("." if sign == "," else ",")[0], sign)
            for sign, role in roles.items()):
        return None
    body = "".join("" if roles.get(ch) == "group" else "." if roles.get(ch) == "decimal" else ch for ch in body)
    if not _DIGITS.match(body) or not body.isascii():
        return None
    return float(body), body


def _ordinal_digits(token: Token, lang: Language) -> Optional[str]:
    """The digits of an ordinal written in digits with a suffix of the language ('6' of '6a', '12' of '12º')."""
    for suffix in lang.ordinal_suffixes:
        if suffix and token.key.endswith(suffix) and token.key[: -len(suffix)].isdigit():
            return token.key[: -len(suffix)]
    return None


def _fits(groups: list[float], value: float, teens_after: frozenset = frozenset()) -> bool:
    """Whether a word of this value may follow the groups: 'twenty five' yes, 'five twenty' no; a number
    from 11 to 19 after a ten the language lists in teens_after ('soixante et onze' = 60 + 11)."""
    if not groups:
        return True
    last = groups[-1]
    if value >= last:
        return False
    if 11 <= value <= 19 and int(last) % 100 in teens_after:
        return True
    place = 10 ** len(str(int(value)))
    return int(last) % place == 0


def _push(groups: list[float], value: float, is_scale: bool, teens_after: frozenset = frozenset()) -> bool:
    if is_scale:
        absorbed = 0.0
        while groups and groups[-1] < value:
            absorbed += groups.pop()
        groups.append((absorbed or 1.0) * value)
        return True
    if not _fits(groups, value, teens_after):
        return False
    groups.append(value)
    return True


def segment_glued(key: str, lang: Language) -> Optional[list[str]]:
    """Split a glued word such as 'بیستوپنج' at its joiners into number words, or None."""
    return lang.glued_parts(key)


def _scale_of(group: float) -> float:
    """The power of a thousand a group was built with: 2000000 -> 1000000, 25 -> 1."""
    scale = 1.0
    while group >= scale * 1000 and group % (scale * 1000) == 0:
        scale *= 1000
    return scale


def _unit_then_ten(lang: Language, groups: list[float], value: float, joined: bool) -> bool:
    return (lang.units_before_tens and joined and bool(groups) and 1 <= groups[-1] <= 9
            and value in (20, 30, 40, 50, 60, 70, 80, 90))


def _word(piece: str, lang: Language) -> Optional[tuple[float, str]]:
    """(value, role) of one number word; role is scale, cardinal, fraction or ordinal."""
    if piece in lang.scales:
        return float(lang.scales[piece]), "scale"
    if piece in lang.cardinals:
        return float(lang.cardinals[piece]), "cardinal"
    if piece in lang.fractions:
        return float(lang.fractions[piece]), "fraction"
    if piece in lang.ordinals:
        return float(lang.ordinals[piece]), "ordinal"
    return None


def _pieces(token: Token, lang: Language) -> list[str]:
    return segment_glued(token.key, lang) or [token.key]


def _two_word_number(tokens: list[Token], i: int, lang: Language) -> Optional[Number]:
    """A number the lexicon lists as two words: a fraction ('دو سوم' = 2/3), a compound cardinal or
    ordinal ('اثنا عشر' = 12, 'الحادي عشر' = 11th)."""
    if i + 1 >= len(tokens):
        return None
    key = tokens[i].key + tokens[i + 1].key
    for table, ordinal in ((lang.fractions, False), (lang.cardinals, False), (lang.ordinals, True)):
        if key in table:
            value = float(table[key])
            return Number(value, i, i + 2, f"{value:g}", words=True, ordinal=ordinal)
    return None


def _one_word(tokens: list[Token], i: int, lang: Language) -> Optional[Number]:
    """A number of one word that nothing after it goes on ('forty dead', 'second round', 'thousand'), read at
    once as parse_words reads it; None where parse_words must read on (or finds no number)."""
    word = lone_word(tokens[i].key, lang)
    if word is None:
        return None
    value, scale, ordinal, weak = word
    if i + 1 < len(tokens):
        following = tokens[i + 1].key
        if tokens[i].key + following in lang.two_word_numbers or not (ordinal or lang.ends_number(following)):
            return None
    return Number(value, i, i + 1, f"{value:g}", scale, True, ordinal, weak)


def lone_word(key: str, lang: Language) -> Optional[tuple[float, float, bool, bool]]:
    """(value, scale, ordinal, weak) of a number word that parse_words reads as a number by itself when no
    word goes on with it; None for any other key (no number word, glued number words, a dual scale word, an
    article or a joiner: parse_words reads those otherwise). Decided once per key (Language.lone_words)."""
    known = lang.lone_words.get(key, ())
    if known == ():
        if len(lang.lone_words) > 200_000:  # hostile text of ever new words: keep the memo bounded
            lang.lone_words.clear()
        word = _word(key, lang)
        alone = (word is not None and key not in lang.indefinite and key not in lang.joiners
                 and lang.dual_of(key, lang.scales) is None and segment_glued(key, lang) is None)
        scale = float(lang.scales[key]) if key in lang.scales and lang.scales[key] >= 1000 else 1.0
        known = lang.lone_words[key] = (word[0], scale, word[1] == "ordinal",
                                        key in lang.weak or key in lang.fractions) if alone else None
    return known


# The most tokens one number in words may span: the longest real one ('nine hundred and ninety-nine
# billion nine hundred ...') has about thirty; the cap keeps a run of number words linear to read.
MAX_NUMBER_TOKENS = 48


def parse_words(tokens: list[Token], i: int, lang: Language) -> Optional[Number]:
    """A number written in words starting at token i ('twenty-five', 'صد و بیست و پنج هزار')."""
    one = _one_word(tokens, i, lang)
    if one is not None:  # the usual case: 'forty dead', 'the second round'
        return one
    compound = _two_word_number(tokens, i, lang)
    if compound and (compound.ordinal or compound.value < 1):  # 'الحادي عشر', 'دو سوم'
        return compound
    dual = lang.dual_of(tokens[i].key, lang.scales)
    if dual:  # 'ألفين' = 2000; its scale lets parts follow ('مليونان و300 ألف' = 2300000)
        scale = float(dual) if float(dual) >= 1000 else 1.0
        return Number(2.0 * float(dual), i, i + 1, f"{2 * float(dual):g}", scale, words=True)
    groups: list[float] = []
    j, end = i, i
    ordinal = False
    joined = False  # a joiner stands between the previous word and this one
    if tokens[i].key in lang.indefinite:
        following = tokens[i + 1].key if i + 1 < len(tokens) else ""
        if following not in lang.scales:
            return None
        groups.append(1.0)
        j = end = i + 1
    while j < min(len(tokens), i + MAX_NUMBER_TOKENS) and not ordinal:
        key = tokens[j].key
        if groups and (key in lang.joiners or key == "-") and not joined:
            joined = True
            j += 1
            continue
        if groups and key in lang.decimal_words and j + 1 < len(tokens):
            decimals = parse_words(tokens, j + 1, lang)
            if decimals and not decimals.ordinal and decimals.value == int(decimals.value):
                groups.append(decimals.value / 10 ** len(str(int(decimals.value))))
                j = end = decimals.end
            break
        compound = _two_word_number(tokens, j, lang)
        if compound and not compound.ordinal and compound.value >= 1 and (
                not groups or joined or not lang.adjacent_needs_joiner):
            if _unit_then_ten(lang, groups, compound.value, joined) or not _fits(groups, compound.value, lang.teens_after):
                break
            groups.append(compound.value)  # 'ألفان وتسعة عشر' = 2000 + 19
            joined = False
            j = end = compound.end
            continue
        pieces = _pieces(tokens[j], lang)
        trial = list(groups)
        ok = True
        if not groups and key in lang.joiners:
            break
        for index, piece in enumerate(pieces):
            if piece in lang.joiners:
                continue
            word = _word(piece, lang)
            if word is None:
                ok = False
                break
            value, role = word
            glued_joint = index > 0
            if role == "scale":
                _push(trial, value, True)
                continue
            if trial and lang.adjacent_needs_joiner and not (joined or glued_joint) and role != "fraction":
                ok = False
                break
            if role == "fraction" and trial:  # 'two and a half'; 'un millón y medio' = 1.5 million
                trial.append(value * _scale_of(trial[-1]))
                continue
            if _unit_then_ten(lang, trial, value, joined or glued_joint):  # 'خمسة وعشرون' = 5 + 20
                trial[-1] += value
                continue
            if not _push(trial, value, False, lang.teens_after):
                ok = False
                break
            ordinal = role == "ordinal"
        if not ok:
            ordinal = False
            break
        groups = trial
        joined = False
        j += 1
        end = j
    if not groups or end == i:
        return None
    if len(groups) == 1 and end - i == 1 and tokens[i].key in lang.indefinite:
        return None
    value = sum(groups)
    weak = end - i == 1 and (tokens[i].key in lang.weak or tokens[i].key in lang.fractions)
    last = tokens[end - 1].key
    scale = float(lang.scales[last]) if last in lang.scales and lang.scales[last] >= 1000 else 1.0
    return Number(value, i, end, f"{value:g}", scale, True, ordinal, weak)


def parse_number(tokens: list[Token], i: int, lang: Language, masked: set[int],
                 habits: Optional[dict] = None) -> Optional[Number]:
    """A number (digits, words, or digits with a scale word) starting at token i; habits: how the text
    uses ',' and '.' (separator_habits). Parts that mix digits and words add up after a scale word:
    '۳۵ هزار و ۲۱۰', 'tres mil 412', '12 مليونا و450 ألفا و7'."""
    number = _number_part(tokens, i, lang, masked, habits)
    if number is None or number.ordinal or number.scale < 1000 or number.end >= len(tokens):
        return number
    k = number.end + (tokens[number.end].key in lang.joiners)
    if k >= len(tokens) or k in masked or tokens[k].sentence != tokens[i].sentence:
        return number
    below = _thousands_below(tokens, k, number, lang, masked)
    if below is not None:
        return below
    lead = _number_part(tokens, k, lang, masked, habits)  # below the scale: '۲۱۰', '450 ألفا'; not '2019'
    if lead is None or lead.value >= min(number.scale, 1000 if lead.scale == 1 else lead.scale * 1000):
        return number
    rest = parse_number(tokens, k, lang, masked, habits)
    if rest is None or rest.ordinal or rest.weak or rest.slash or rest.value >= number.scale \
            or rest.value != int(rest.value):
        return number
    total = number.value + rest.value
    written = format(Decimal(repr(total)) / Decimal(repr(rest.scale)), "f") if rest.scale > 1 else f"{total:g}"
    return Number(total, i, rest.end, written.rstrip("0").rstrip(".") if "." in written else written,
                  rest.scale, rest.words)


# The thousands below a scale of millions written with a group sign ("33 millones 226,602", "12 milhões 406.215",
# "12 مليونا و406,215"): grouped thousands, whatever role the sign has elsewhere in the text (a decimal after a
# scale word names no count).
_THOUSANDS = re.compile(r"\d{1,3}[.,٫٬،]\d{3}")


def _thousands_below(tokens: list[Token], k: int, number: Number, lang: Language, masked: set[int]) -> Optional[Number]:
    """A whole number of millions and the grouped thousands right after it, one number; None otherwise."""
    if number.scale < 1_000_000 or number.value % number.scale or k in masked \
            or not _THOUSANDS.fullmatch(tokens[k].text) or (k + 1 < len(tokens) and tokens[k + 1].key in lang.scales):
        return None
    total = number.value + float(re.sub(r"\D", "", tokens[k].text))
    return Number(total, number.start, k + 1, f"{int(total)}", 1.0, number.words)


def _number_part(tokens: list[Token], i: int, lang: Language, masked: set[int],
                 habits: Optional[dict] = None) -> Optional[Number]:
    """One part of a number: digits, words, or digits with a scale word."""
    if i in masked:
        return None
    token = tokens[i]
    if token.text.isalpha():  # no digit: words only
        return parse_words(tokens, i, lang)
    ordinal = _ordinal_digits(token, lang)
    if ordinal is not None:  # the digits as written: a float of 21 digits prints 22 ('1e21')
        return Number(float(ordinal), i, i + 1, ordinal, ordinal=True)
    parsed = digits_value(token.text, lang, habits)
    glued_scale = 1.0
    if parsed is None:
        match = _GLUED_SCALE.match(token.key)
        if match and match.group(2) in lang.scales and lang.scales[match.group(2)] >= 1000:
            parsed = digits_value(match.group(1), lang, habits)
            glued_scale = float(lang.scales[match.group(2)])
    slash = False
    if parsed is None:
        match = _SLASH_DECIMAL.match(token.text)
        if not match or lang.extra_separators.get("/") != "decimal_before_unit":
            return parse_words(tokens, i, lang)
        parsed = (float(f"{match.group(1)}.{match.group(2)}"), f"{match.group(1)}.{match.group(2)}")
        slash = True
    value, written = parsed
    end = i + 1
    scale = glued_scale
    if end < len(tokens) and end not in masked:
        key = tokens[end].key
        if scale == 1 and key in lang.scales and lang.scales[key] >= 1000:
            scale = lang.scales[key]
            end += 1
            if end < len(tokens) and tokens[end].key in lang.scales and lang.scales[tokens[end].key] >= 1000:
                scale *= lang.scales[tokens[end].key]  # 'هزار میلیارد'
                end += 1
    return Number(value * scale, i, end, written, scale, slash=slash)
