"""Where a mention stands in its sentence (frames.sentence.mention_at): at its own place, never at an earlier
occurrence of its text (its text inside a longer word, or the same number said before it). Found while reading the
session's diff: three readers (link._noun_after, bars.threshold_of, sentence._offset) took the first place the text
appears; measure._counted_thing had just been fixed for it ('dos' inside 'trasladados')."""
from __future__ import annotations

import pytest

from checker.extract import extract
from checker.frames.sentence import mention_at


@pytest.mark.parametrize("text, language, said, expected", [
    # the same number said twice: the second one is at its own place
    ("In 12 towns, 12 people died.", "en", 1, 13),
    ("En 12 pueblos murieron 12 personas.", "es", 1, 23),
    # the sentence's spaces tidied: the mention's offset no longer fits; found as a word of its own
    ("Fueron trasladados   dos heridos al hospital.", "es", 0, 19),
])
def test_a_mention_is_found_at_its_own_place_in_its_sentence(text, language, said, expected):
    mention = [m for m in extract(text, language) if m.kind != "date"][said]
    assert mention_at(mention) == expected, (mention.text, mention.sentence)
    assert mention.sentence[expected:].startswith(mention.text)
