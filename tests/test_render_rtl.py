"""Right-to-left text in the markdown report: where a Persian or Arabic phrase stands inside a
left-to-right line (a table cell, a message), the report wraps it in Unicode isolates (FSI … PDI) so
that its numbers and dates keep their order beside the English around it. The isolates are the
report's own: a bidi control that comes from an input is shown as ⟨U+XXXX⟩ (tests/test_spoofing.py)."""
import re

import pytest

from checker.model import Report
from checker.render import markdown
from test_render_markdown import contradiction, fact, result

FSI, PDI = "\u2068", "\u2069"


def rendered(**finding) -> str:
    return markdown.render(Report((result("a"),), (fact("troops"),), (contradiction(**finding),)))


@pytest.mark.parametrize("line, isolated", [
    ("seed 004 says 'حدود 68 درصد' (61.2–74.8%)", ["حدود 68 درصد"]),
    ("| 004 | ۱۵ بهمن ۱۳۹۷ | 2019-02-04 |", ["۱۵ بهمن ۱۳۹۷"]),
    ("| a | 25 سرباز | agrees |", ["25 سرباز"]),
    ("seed x says 'قتل ١٢ شخصا' (12 شخصا)", ["قتل ١٢ شخصا", "12 شخصا"]),
    ("no right-to-left text, 25 soldiers", []),
])
def test_rtl_runs_inside_a_line_are_isolated(line, isolated):
    out = markdown.isolate_rtl(line)
    assert re.findall(f"{FSI}(.*?){PDI}", out) == isolated
    assert out.replace(FSI, "").replace(PDI, "") == line


def test_rtl_quote_block_is_left_to_its_own_direction():
    """A quote is a block of its own, laid out in its own direction (GitHub: dir="auto"): an isolate
    around the whole block would hide its first strong letter and turn it left to right."""
    quote = "مادورو می 2018 با کسب حدود 68 درصد آرا پیروز شد."
    text = rendered(quote=quote)
    assert f"\n\n> {quote}\n" in text


def test_rtl_message_in_a_report_line_is_isolated():
    text = rendered(message="seed 004 says 'حدود 68 درصد' (61.2–74.8%), wider than 67.84%")
    assert f"- **message:** seed 004 says '{FSI}حدود 68 درصد{PDI}' (61.2–74.8%)" in text


def test_rtl_isolates_are_balanced_and_the_only_bidi_controls():
    text = rendered(message="seed 004 says 'حدود 68 درصد'", found="۶۸ درصد", quote="حدود \u202e68\u202c درصد")
    assert text.count(FSI) == text.count(PDI) > 0
    assert not re.search("[\u202a-\u202e\u2066\u2067]", text)
    assert "⟨U+202E⟩" in text
    depth = 0
    for ch in text:
        depth += (ch == FSI) - (ch == PDI)
        assert 0 <= depth <= 1


def test_rtl_input_isolates_are_shown_not_kept():
    text = rendered(message=f"seed says {FSI}25{PDI} soldiers")
    assert f"says ⟨U+2068⟩25⟨U+2069⟩ soldiers" in text and f"{FSI}25" not in text
