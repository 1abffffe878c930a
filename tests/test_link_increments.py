"""What a casualty count is about, part two (issue 8): the deaths added since the last report ("five new deaths were
recorded overnight", "otras seis personas murieron", "ستة قتلى جدد", "۵ فوتی جدید"), the injured who later died ("three
of the injured later died") and the victims identified so far are no toll, so they never contradict one; the toll an
increment raises it to still does. The cases are data (tests/link_cases/increments.yaml), in five languages."""
from __future__ import annotations

import pytest

from datetime import date

from sheet_run import case_contradicts, case_params, link_cases

from checker.extract import extract
from checker.frames import frame_mentions
from checker.model import Seed

DATA = link_cases("increments")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_increments_a_count_contradicts_only_what_it_is_about(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


@pytest.mark.parametrize("language, text, number, words", [
    ("en", "Five new deaths were recorded overnight in Dravna.", "Five", "new"),
    ("es", "Otras seis personas murieron en Dravna.", "seis", "Otras"),
    ("ar", "وسجلت مستشفيات درافنا ستة قتلى جدد.", "ستة", "قتلى جدد"),
    ("fa", "شش نفر دیگر در دراونا جان باختند.", "شش", "نفر دیگر"),
], ids=["en", "es", "ar", "fa"])
def test_link_increments_the_frame_says_it_is_an_increment(language, text, number, words):
    """`factlint explain` shows why an increment links to no toll: its frame names the words that make it one."""
    published = date(2031, 3, 9)
    mentions = extract(text, language, published)
    frames = frame_mentions(Seed("t", "t.txt", text, language, published), mentions)
    frame = next(f for m, f in zip(mentions, frames) if m.text == number)
    assert frame.increment == words
    assert f"an increment: {words!r}" in "\n".join(frame.describe())
