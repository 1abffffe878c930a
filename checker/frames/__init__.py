"""Claim frames: what a body mention measures, when, where and who, and whether it is a reporting detail.

A frame is built for every body mention from its sentence and language data only; each part records the
words it came from, so a link (checker/link.py), a scope decision (checker/scope.py) and a group of claims
(checker/cluster.py) can say why. The public surface is `Frame`, `Evidence`, `NameIndex` and
`frame_mentions(seed, mentions, names)`, with the sentence helpers link and scope use (`tokenize_sentence`,
`clause_opening`, `first_phrase`, `SENTENCE_END`, `language_data`, `in_passing`, `mention_in_passing`).

Where each rule lives:
- frame.py: the `Frame` and `Evidence` dataclasses.
- build.py: `frame_mentions`, and `_frame`, which asks each rule below for its part of a frame.
- sentence.py: tokens of a sentence, phrases of a word list, clauses and parts of a sentence, `language_data`.
- names.py: `NameIndex` (the sheets' names), the names next to a mention, a subject pronoun's antecedents.
- places.py: sub-places, breakdowns by place, locatives and the place a number is located in, a percent's area.
- sub_places.py: a part of the event by where it is: a sub-place the subject of its clause, a locative of a named area,
  a place pointed back to ("There,", "En esa provincia"), the people of one house or family.
- sub_events.py: a part of the event by what happened: one of its fires, floods or blasts, named by a place the sheet does
  not list ("the fire in Taldo", "حريق تالدو") or counted by an ordinal ("the second blast", "انفجار دوم").
- dates.py: the time of a claim, reporting dates and datelines.
- measures.py: what a number measures (its clause's concepts, conjuncts, elliptic parts, tallies).
- bars.py: thresholds, a rule's bar or a mark nobody reached ("needs 50 % plus one", "no candidate passed 50 %").
- relations.py: subsets, gaps, pairs, sums, earlier figures and progress.
- rounds.py: the round of an election a number belongs to (its clause, sentence, list or heading).
- ages.py: a person's age ("the 71-year-old mayor", "Ederra, de 71 años,", "البالغ من العمر 72 عاما", "۷۱ ساله").
- lists.py: gapped lists ("Orsen, 21,500,000 votes (55.4%); Pike, 12,300,000 (31.7%)").
- occurrence.py: another occurrence's numbers, projections, numbers in passing, dates of comparison.

- measure: the concepts of checker/lang/concepts/concepts.yaml named within REACH tokens of the mention
  (not across a clause break); first those of the mention's own part of the clause (no comma, no
  conjunction of the concepts file, no other quantity between them (a date is none): in "820 dead and 672 injured" and
  "the dead rose to 820 and the injured to 672", 820 counts the dead), then nearest, then after the
  mention before before it (the counted noun follows the number: "four countries' aid" reads "کمک چهار
  کشور" in Persian); the mention's own counted noun stands at distance 0. A measure word of another conjunct
  that is another number's own ("died" in "Three people died and dozens were trapped") is left out (_anothers_own).
- subset: a count of some of a casualty measure's people by kind ("Among the dead were three hikers", "من بين
  القتلى ثلاثة أطفال", "از جمله سه کودک") is a part of that measure, not its total (_subset).
- time: the nearest date of the same sentence that is not a reporting detail (nor an act's day, see reporting), else
  the article's date; a day
  counted back inside a quotation ("'On Tuesday the water took everything,' she said") is the speaker's: a reporting
  detail that places only the numbers of its quotation (dates._quotation).
- names: sheet names (events' names, places, entities; facts' entities) in the sentence, nearest first,
  and capitalized words in languages that capitalize names.
- occurrence: for a number, the words marking it as another occurrence's than the event's own ("aftershocks
  with magnitudes of 5.5 and 4.7", "پس لرزه ای با قدرت ۵.۵", and right after a measurement: "a 6.4
  aftershock"): see `occurrences` in concepts.yaml.
- superseded: the words making it an earlier figure ("the previous toll", "had earlier reported", "inicialmente",
  "في وقت سابق", "در آمار اولیه", the first figure of a change: "rose from 41 to 46", "rose to 46 from 41", "از ۴۱
  به ۴۶ نفر رسید"); no claim against the current value.
- head: the name heading its element of a gapped list ("Orsen, 21,500,000 votes (55.4%); Pike, 12,300,000
  (31.7%)"): the element's count and its share in brackets are that name's, and take the measure of the
  element before, or of the list's heading before its colon (_with_lists).
- reporting: for a date, the reporting words next to it ("said on Saturday", "dijo el sábado",
  "قال يوم السبت", "روز شنبه اعلام کرد"): the date tells when something was said, not when it happened; or the words
  of an act that followed the event (concepts.yaml `acts`: "claimed responsibility on Thursday", "reivindicó el
  jueves", "تبنى ... يوم الخميس", "the victims were buried on Friday"): the date is that act's day (dates._act).
"""
from .bars import threshold_of
from .build import frame_mentions
from .frame import Evidence, Frame
from .names import NameIndex
from .occurrence import headline_anniversary, in_passing, mention_in_passing
from .places import counted_places
from .sentence import (SENTENCE_END, clause_opening, first_phrase, language_data, mention_at, tally_of_event,
                       tokenize_sentence)

__all__ = ["Evidence", "Frame", "NameIndex", "SENTENCE_END", "clause_opening", "counted_places", "first_phrase",
           "frame_mentions", "mention_at",
           "headline_anniversary", "in_passing", "language_data", "mention_in_passing", "tally_of_event",
           "threshold_of", "tokenize_sentence"]
