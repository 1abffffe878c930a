"""Evidence quotes: a quote is the mention's sentence, and a sentence never runs over a headline or a
paragraph break (a headline has no full stop, so a sentencizer alone glues it to the first sentence)."""
import pytest

from checker.extract import extract


@pytest.mark.parametrize("language, text, said, quote", [
    ("en", "Floods kill 12 in Portvale\n\nTwelve people died on Sunday, officials said.\n",
     "Twelve", "Twelve people died on Sunday, officials said."),
    ("en", "Floods kill 12 in Portvale\n\nTwelve people died on Sunday, officials said.\n",
     "12", "Floods kill 12 in Portvale"),
    ("en", "Floods kill 12 in Portvale\nTwelve people died on Sunday, officials said.\n",
     "Twelve", "Twelve people died on Sunday, officials said."),
    ("en", "PORTVALE, March 4\n\n30 homes were lost in the flood.\n", "30", "30 homes were lost in the flood."),
    ("es", "Mueren 12 en Portvale\n\nDoce personas murieron el domingo, según las autoridades.\n",
     "Doce", "Doce personas murieron el domingo, según las autoridades."),
    ("fa", "سیل در پورتویل ۱۲ کشته داد\n\nدوازده نفر روز یکشنبه جان باختند.\n",
     "دوازده", "دوازده نفر روز یکشنبه جان باختند."),
])
def test_quote_stops_at_headline_and_paragraph_break(language, text, said, quote):
    found = [m for m in extract(text, language) if m.text == said]
    assert found and found[0].sentence == quote


def test_quote_keeps_a_hard_wrapped_sentence_whole():
    """Text wrapped at a fixed width: a line break inside a sentence is not a sentence break."""
    text = ("The regional government said on Monday that the flood had killed twelve people\n"
            "and that 30 homes along the harbour front were lost, most of them on the east\n"
            "side of the old town where the water rose fastest during the night of Sunday.\n")
    found = [m for m in extract(text, "en") if m.text == "30"]
    assert found and found[0].sentence.startswith("The regional government said") \
        and found[0].sentence.endswith("night of Sunday.")
