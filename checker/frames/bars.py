"""A number that is a bar, not a result (`_threshold`): the bar of a rule or what someone needs ("the law requires
more than 45 %", "Orsen needs 50 % plus one", "necesitaría el 65 %", "به ۵۰ درصد نیاز دارد"), or a mark a clause says
nobody reached, or that it names if nobody does ("no candidate passed the 50 % mark", "ninguno superó el 50 %", "لم
يحصل أي من المرشحين على 50%", "هیچ‌یک از نامزدها ۵۰ درصد آرا را کسب نکرد"). Its words are the frame's `threshold`:
such a number is linked to no fact (checker/link.py) and is no claim (checker/claims/).
"""
from __future__ import annotations

from ..concepts import threshold_words
from ..model import Mention
from .sentence import _Sentence, _ending_before, _phrase, _span_tokens, mention_at, tokenize_sentence

# Signs that end the part of a sentence a bar word reaches over (a colon opens the rule's list instead).
RULE_PART_END = frozenset(",،;؛()[]")
# A `none` word of a threshold ("no candidate", "ninguno", "أي من", "هیچ‌یک") stands at most this many tokens before
# the number ("لم يحصل أي من المرشحين على 50%").
NONE_REACH = 6
# A `negation` ("did not", "no", "لم") stands at most this many tokens before the number ("no alcanzó el 60 %").
NEGATION_REACH = 3
# A `crossed` phrase (a mark a level went past: "fell below", "bajó de", "abaixo dos") stands at most this many tokens
# before the number ("el río bajó de los 5 metros").
CROSSED_REACH = 3
# An `after` word of a threshold stands at most this many tokens after the number, in its part ("270 electoral votes
# needed"; "270 صوتًا من أصوات المجمع الانتخابي اللازمة"; "به ۶۵ درصد آرای باقی‌مانده نیاز دارد").
BAR_AFTER_REACH = 7


def _threshold(sentence: _Sentence, first: int, last: int, language: str, percent: bool) -> str:
    """The words making the number tokens first..last a bar (concepts.yaml `thresholds`), '' when none: a `rule`
    phrase before it in its part of the sentence, or in the part that opens the list it is in (before a colon); a
    `none` phrase (nobody reached it) at most NONE_REACH tokens before it, or, before a percent, a `negation` at most
    NEGATION_REACH tokens before it, in its part; a `crossed` phrase (a mark a level went past) at most CROSSED_REACH
    tokens before it, in its part; a `before` phrase ending right before it ("la mayoría absoluta de 176"); an `after`
    phrase ("needed to win", "mark") or a `negation_after`
    (Persian puts its negated verb last) at most BAR_AFTER_REACH tokens after it, in its part. A rule word after a
    result ("won 52 %, more than needed") leaves the result a result."""
    start = max([i + 1 for i in range(first) if sentence.tokens[i] in RULE_PART_END], default=0)
    end = min([i - 1 for i in range(last + 1, len(sentence.tokens)) if sentence.tokens[i] in RULE_PART_END],
              default=len(sentence.tokens) - 1)
    colon = max([i for i in range(start) if sentence.tokens[i] == ":"], default=-1)
    listed = max([i + 1 for i in range(colon) if sentence.tokens[i] in RULE_PART_END], default=0)
    before = [(start, first - 1)] + ([(listed, colon - 1)] if colon >= 0 else [])
    rules = threshold_words("rule", language)
    found = next((w for lo, hi in before if (w := _phrase(sentence, lo, hi, rules, language))), "")
    return found or _ending_before(sentence, first, threshold_words("before", language), language, start) \
        or _phrase(sentence, max(start, first - NONE_REACH), first - 1, threshold_words("none", language), language) \
        or (percent and _phrase(sentence, max(start, first - NEGATION_REACH), first - 1,
                                threshold_words("negation", language), language)) \
        or _phrase(sentence, max(start, first - CROSSED_REACH), first - 1, threshold_words("crossed", language),
                   language) \
        or _phrase(sentence, last + 1, min(end, last + BAR_AFTER_REACH), threshold_words("after", language)
                   | threshold_words("negation_after", language), language)


def threshold_of(mention: Mention) -> str:
    """The threshold words of a mention read without a frame (its text found in its sentence), '' when none."""
    where = mention_at(mention)
    if where < 0:
        return ""
    sentence = tokenize_sentence(mention.sentence)
    first, last = _span_tokens(sentence, where, where + len(mention.text))
    return _threshold(sentence, first, last, mention.language, mention.kind == "percent")
