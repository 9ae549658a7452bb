"""An exchange rate written with "курс" is per 1 of the currency as written (README_labels, Rates, ruling of arbiter7),
its change and a member that elides "курс" too; an amount of a later clause is no rate. Wordings other than the sets'."""
from __future__ import annotations

from pipeline.facts import facts_of_text


def _bases(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]


def test_a_rate_its_change_and_a_member_eliding_kurs_are_per_one_currency():
    got = _bases("Курс евро на бирже по итогам торгов – 92,4 рубля (-0,8 рубля), фунта стерлингов – 108,1 рубля.")
    assert got == [(92.4, "RUB", 1, "евро"), (-0.8, "RUB", 1, "евро"), (108.1, "RUB", 1, "фунта стерлингов")], got


def test_a_rate_range_is_per_one_currency_and_a_later_clause_is_not():
    got = _bases("В марте курс китайского юаня вырос со 61,2 до 64,0 тенге, что увеличило стоимость импорта на 12 млрд."
                 " тенге.")
    assert got == [(61.2, "KZT", 1, "китайского юаня"), (64.0, "KZT", 1, "китайского юаня"), (12e9, "KZT", None, None)], got
