"""Percentages of the note against the counts beside them and against the indicator table: pipeline.note_checks."""
from __future__ import annotations

import pytest

from pipeline.note_checks import indicator_claim, mismatched_shares, qualifier_stems, share_statements, stems

NBSP = "\u00a0"


@pytest.mark.parametrize("sentence, shares", [
    # "Y ..., из которых X (Z%)"
    ("Внесено 309 представлений, из которых 300 исполнено (97,09%).", [(300, 309, 97.09)]),
    ("Поступило 11 545 обращений, из них – 7 343 (63,6%) рассмотрены положительно.", [(7343, 11545, 63.6)]),
    ("Рассмотрено 225 обращений, из них восстановлены права 199 граждан или 88,4%.", [(199, 225, 88.4)]),
    (f"Из 1{NBSP}250 заявок, из которых 1{NBSP}000 одобрено (80%).", [(1000, 1250, 80.0)]),
    # "Y ..., Z% (X)"
    ("В опросе участвовало 45 375 человек, положительную оценку дали 46,2% (20 979 человек).",
     [(20979, 45375, 46.2)]),
    # "X из Y (Z%)"
    ("Переведено 65 из 743 услуг (8,7%).", [(65, 743, 8.7)]),
    ("Проверено 2 695 из 2 704 объектов (99,6%).", [(2695, 2704, 99.6)]),
    (f"Проверено 12{NBSP}695 из 12{NBSP}704 объектов (99,9%).", [(12695, 12704, 99.9)]),
    # no statement: no whole, no share, or a year in the place of a count
    ("Доля нарушений снизилась на 12% (45 случаев).", []),
    ("Внесено 309 представлений, из которых 300 исполнено.", []),
    ("В 2019 году из них 15 (50%) исполнено.", []),
    ("Из 0 заявок, из которых 0 (0%) одобрено.", []),  # nothing to divide by
])
def test_share_statements(sentence, shares):
    assert [(s.part, s.whole, s.percent) for s in share_statements(sentence)] == shares


@pytest.mark.parametrize("sentence, mismatched", [
    ("Внесено 309 представлений, из которых 300 исполнено (97,09%).", False),
    ("Внесено 309 представлений, из которых 300 исполнено (97,1%).", False),  # rounded
    ("Проверено 2 695 из 2 704 объектов (99,6%).", False),  # 99.67: truncated, within the last digit
    ("Переведено 65 из 743 услуг (8,7%).", False),
    ("Переведено 65 из 743 услуг (9,7%).", True),
    ("Из 250 обращений, из которых 200 удовлетворено (70%).", True),  # 80%
    ("Внесено 309 представлений, из которых 300 исполнено (97,2%).", True),  # one digit more: 97.09 is not 97.2
    ("Рассмотрено 225 обращений, из них восстановлены права 199 граждан или 98,4%.", True),
    ("Проверено 10 объектов, из них 15 (150%) повторно.", False),  # a part above its whole is no share
])
def test_mismatched_shares(sentence, mismatched):
    assert bool(mismatched_shares(sentence)) is mismatched


SATISFACTION = "Доля граждан, удовлетворенных качеством государственных услуг"


@pytest.mark.parametrize("sentence, fact, reporting_year, stated", [
    (f"{SATISFACTION} составила 80%.", 85.0, 2019, "80"),
    (f"{SATISFACTION} составила 80,5 %.", 85.0, 2019, "80,5"),
    (f"{SATISFACTION} составила порядка 80%.", 85.0, 2019, "80"),
    ("Удовлетворенность граждан качеством государственных услуг находится на уровне 80%.", 85.0, 2019, "80"),
    (f"В 2019 году {SATISFACTION.lower()} достигла 80%.", 85.0, 2019, "80"),
    # the same value, within the digits written
    (f"{SATISFACTION} составила 85%.", 85.0, 2019, None),
    (f"{SATISFACTION} составила 85,03%.", 85.0, 2019, None),
    (f"{SATISFACTION} составила 84,96%.", 85.0, 2019, None),
    # another year, another indicator, or a change rather than a level
    (f"В 2018 году {SATISFACTION.lower()} составила 80%.", 85.0, 2019, None),
    ("Доля электронных услуг составила 80%.", 85.0, 2019, None),
    (f"{SATISFACTION} выросла на 5%.", 85.0, 2019, None),
    (f"{SATISFACTION} составила 80 человек.", 85.0, 2019, None),
])
def test_indicator_claim(sentence, fact, reporting_year, stated):
    claim = indicator_claim(sentence, stems(SATISFACTION), fact, reporting_year)
    assert (claim.stated_text if claim else None) == stated


POSTAL = "Доля сельских населенных пунктов, охваченных услугами почтовой связи"


@pytest.mark.parametrize("sentence, stated", [
    # a sentence about the same subject qualified otherwise is about another indicator (generated seed 9078)
    ("Доля сельских населенных пунктов, обеспеченных широкополосным доступом, составила 83,9%.", None),
    # the same qualifier in other forms is the indicator
    ("Доля сельских населенных пунктов, охваченных почтовой связью, составила 83,9%.", "83,9"),
    ("Охват сельских населенных пунктов услугами почтовой связи составил 83,9%.", "83,9"),
])
def test_a_claim_shares_the_names_qualifier(sentence, stated):
    claim = indicator_claim(sentence, stems(POSTAL), 78.0, 2021, qualifier_stems(POSTAL))
    assert (claim.stated_text if claim else None) == stated


@pytest.mark.parametrize("text, expected", [
    ("Доля граждан", {"доля", "гражд"}),
    ("удовлетворенных качеством", {"удовл", "качес"}),
    ("и 5 из них", set()),  # short words and numbers carry no stems
])
def test_stems(text, expected):
    assert stems(text) == expected
