"""A number that Word carried whole to the next line, its digit groups joined by no-break spaces and its decimals and
punctuation with them ('12 604,9;'), did not fit at the end of the line before: the break is a wrap, not the end of a
paragraph, though the line before ends with a label's dash (a lead-in's list in a note: '(млрд. тенге): налоги –' |
'12 604,9; ...'). Read from synthetic lines as the shared line-to-paragraph routine sees a PDF's."""
from __future__ import annotations

import pytest

from pipeline.readers.pdf.paragraphs import paragraphs
from test_pdf_reader import line


@pytest.mark.parametrize("first, second", [
    ("Поступления бюджета составили (млрд. тенге): налоги –", "12 604,9; неналоговые поступления – 1 118,2."),
    ("Выдано кредитов на общую сумму", "4 312,75 млн. тенге, из них малому бизнесу – 2 018,4 млн."),
])
def test_a_number_carried_whole_with_its_decimals_goes_on_with_the_paragraph(first, second):
    # 50 points free at the end of the first line: the first digit group with one more would fit, the whole number not
    a = line(first, 70, 250, 100, right=300, left=70)
    b = line(second, 70, 296, 114, first_word_w=13.0 if second[2] == " " else 6.5, right=300, left=70)
    assert [t for _, t in paragraphs([a, b])] == [f"{first} {second}"]


def test_a_short_number_that_would_have_fitted_still_opens_a_paragraph():
    a = line("Итоги года подведены.", 70, 180, 100, right=300, left=70)
    b = line("12 604,9 млн. тенге поступило в бюджет.", 70, 296, 114, first_word_w=13.0, right=300, left=70)
    assert len(paragraphs([a, b])) == 2
