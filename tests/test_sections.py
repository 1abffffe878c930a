"""Body or boilerplate by line (checker/extract/sections.py): teaser lines and related-links headings.

Every text here is our own. A "Read more: <headline>" line between two paragraphs carries another
story's numbers; a related-links heading ("في نفس السياق", "On the same topic") starts a tail of them.
"""
from __future__ import annotations

import pytest

from checker.extract.normalize import fold
from checker.extract.sections import boilerplate_lines


def _boiler(text: str) -> set[int]:
    return boilerplate_lines(fold(text).text)


@pytest.mark.parametrize("teaser", [
    "Read more: Storm in the north - toll passes 4,000",
    "Leia também: Enchentes no sul deixam 12 mortos",
    "Lee también: El temporal deja 30 heridos en la costa",
    "Lire aussi : La tempête fait 7 morts",
    "اقرأ أيضا: ارتفاع حصيلة الفيضانات إلى 40 قتيلا",
    "بیشتر بخوانید: ۳۰ کشته در سیل شمال",
    # a related-links line with its headlines (trial 10, spent: "Related: ... | Three candidates barred")
    "Related: Opposition calls for a boycott | Three candidates barred",
    "Relacionado: La oposición pide el boicot | Tres candidatos excluidos",
    "Relacionadas: Oposição pede boicote | Três candidatos barrados",
    "ذات صلة: المعارضة تدعو إلى المقاطعة | استبعاد ثلاثة مرشحين",
    "مرتبط: مخالفان خواستار تحریم شدند | سه نامزد رد صلاحیت شدند",
])
def test_a_teaser_line_is_boilerplate_and_the_body_after_it_is_not(teaser):
    text = f"The river rose by 3 metres on Monday.\n\n{teaser}\n\nRescuers found 12 people on Tuesday.\n"
    assert _boiler(text) == {3}


@pytest.mark.parametrize("heading,language_line", [
    ("في نفس السياق", "إصابة 5 أشخاص في حادث قطار"),
    ("في السياق نفسه", "مقتل 3 أشخاص في انهيار مبنى"),
    ("On the same topic", "Train derails, 5 hurt"),
    ("Sobre o mesmo assunto", "Acidente deixa 5 feridos"),
    ("در همین زمینه", "۵ زخمی در حادثه قطار"),
])
def test_a_related_links_heading_starts_a_tail(heading, language_line):
    text = f"The toll rose to 40.\n\n{heading}\n{language_line}"
    assert _boiler(text) == {3, 4}


@pytest.mark.parametrize("line", [
    "Read more about the dams in our explainer, published 3 May.",  # no colon: a sentence of the body
    "Sobre el mismo tema, el ministro anunció 30 millones de ayuda.",  # the phrase opens a longer line
])
def test_a_marker_inside_a_sentence_of_the_body_is_no_boilerplate(line):
    assert _boiler(f"The toll rose to 40.\n\n{line}\n") == set()


# Teasers with another separator than a colon; the lines after them are the body again.
TEASERS = [
    ("en-also-read", "The storm killed 12 people.\nAlso read: Floods in the south - 158 dead or missing\nRescuers found 3 more bodies."),
    ("es-lea-tambien", "La tormenta dejó 12 muertos.\nLEA TAMBIÉN: Las inundaciones del sur dejan 40 muertos\nLos equipos hallaron 3 cuerpos más."),
    ("pt-leia-tambem-dash", "A tempestade deixou 12 mortos.\nLeia também - Cheias no sul deixam 40 mortos\nAs equipas encontraram 3 corpos."),
    ("ar-iqra-aydan-dots", "خلفت العاصفة 12 قتيلا.\nاقرأ أيضاً.. الفيضانات في الجنوب: 40 قتيلا\nعثر المسعفون على 3 جثث أخرى."),
]


@pytest.mark.parametrize("text", [t for _, t in TEASERS], ids=[i for i, _ in TEASERS])
def test_sections_teaser_with_any_separator_is_boilerplate_alone(text):
    assert _boiler(text) == {2}


@pytest.mark.parametrize("text, expected", [
    ("The storm killed 12 people.\nRead more\nFloods: 40 dead", {2, 3}),
    ("The storm killed 12 people.\nRead more slowly, the minister said, 40 died.", set()),
    ("Comentarios del ministro: 40 muertos en la provincia.", set()),
], ids=["marker-alone-starts-tail", "en-words-then-text", "es-starts-with-marker-word"])
def test_sections_not_teasers(text, expected):
    assert _boiler(text) == expected


# A start marker that stands alone with its own separator is the heading of a list of links: it starts the tail
# as the bare marker does (issue 8, realdev11c: "Read more:" over three headlines, one of them another toll).
@pytest.mark.parametrize("heading,headline", [
    ("Read more:", "- Storm in the west: toll hits 129"),
    ("Related coverage", "- Train derails in the north, 38 killed (Dec 25)"),
    ("Lee también:", "- El temporal deja 30 muertos en la costa"),
    ("Leia também:", "- Acidente deixa 62 mortos no interior"),
    ("اقرأ أيضا:", "- مقتل 30 شخصا في انهيار أرضي"),
    ("بیشتر بخوانید:", "- ۳۰ کشته در رانش زمین"),
])
def test_sections_a_marker_with_its_separator_alone_starts_a_tail(heading, headline):
    text = f"The toll rose to 40 on Monday.\n\n{heading}\n{headline}\n- Bridges closed for 11 days"
    assert _boiler(text) == {3, 4, 5}
