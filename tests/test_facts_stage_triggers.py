"""The cheap looks that let the fact extractor skip a stage never skip one that would have found something.

Each trigger is a necessary condition of its stage: a word every match of the stage's pattern holds, or a figure
of the only kind the stage changes. `test_facts_prefilters` checks over every labelled case that the outputs do not
change with the looks switched off; these tests check the conditions themselves on the constructions they guard.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.facts import TextBlock, extract_facts, periods, series, subject_bases
from pipeline.facts.sentence import Sentence

DATA = Path(__file__).parent / "data"
# The constructions of YEARLESS_PERIOD_RE and MONTHS_SO_FAR_RE, one each (see their comments)
YEARLESS_EXAMPLES = [
    "С начала года выдано 45 лицензий.", "За тот же квартал выдано 45 лицензий.", "За прошедший месяц выдано 45.",
    "За весь год выдано 45 лицензий.", "За сутки выдано 45 лицензий.", "По итогам полугодия выдано 45 лицензий.",
    "Курс по итогам торгового дня – 80,62 рубля.", "В этот день выдано 45 лицензий.",
    "Эквивалент на дату заседания – 4,92 млрд рублей.", "В летний сезон задействовано 58 автомобилей.",
    "Летом выдано 45 лицензий.", "На сегодняшний день выдано 45 лицензий.", "По состоянию на 11:00 явка 9,6%.",
    "За февраль поступило 201,6 млрд тенге.", "На конец апреля выдано 45.", "В III квартале выдано 45 лицензий.",
    "Во 2-м полугодии выдано 45 лицензий.", "17 июля выдано 45 лицензий.", "За 9 месяцев трудоустроено 45 человек.",
    "По итогам девяти месяцев трудоустроено 45 человек.", "ЗА  ТУ  ЖЕ НЕДЕЛЮ выдано 45 лицензий.",
    "На конец месяца выдано 45.",
]


def _labelled_blocks() -> list[str]:
    """The paragraphs of every labelled set of cases."""
    paths = sorted(DATA.glob("*facts*.json")) + [DATA / "fact_sentences.json"]
    cases = [case for path in paths for case in json.loads(path.read_text(encoding="utf-8")).get("cases", [])]
    return [text for case in cases for text in case.get("blocks", [])]


@pytest.mark.parametrize("text", YEARLESS_EXAMPLES)
def test_every_part_of_the_year_passes_the_look_before_its_scan(text):
    """Each construction of a part of the year written without its year is found, and the look lets it through."""
    sentence = Sentence.of(text)
    assert periods.YEARLESS_PERIOD_RE.search(text) or periods.MONTHS_SO_FAR_RE.search(text)
    assert periods._may_name_a_part(sentence)


def test_no_labelled_part_of_the_year_is_looked_past():
    """In every labelled sentence, a match of the yearless-period patterns comes with the words the look needs; and
    the look passes by most sentences that name a year ("в 2019 году" alone holds none of them)."""
    texts = _labelled_blocks()
    found = [t for t in texts if periods.YEARLESS_PERIOD_RE.search(t) or periods.MONTHS_SO_FAR_RE.search(t)]
    assert len(found) > 20
    assert all(periods._may_name_a_part(Sentence.of(t)) for t in found)
    assert not periods._may_name_a_part(Sentence.of("В 2019 году выдано 45 лицензий, что на 3 больше, чем годом ранее."))


def test_one_look_holds_every_word_of_the_bases_written_without_a_figure():
    """Each word the four kinds of base written in words look for holds one of BASE_WORDS, so where none is, none of
    them can be found."""
    lists = (series.WORD_BASE_WORDS, subject_bases.SUBJECT_BASE_WORDS, series.PERIOD_BASE_WORDS, series.PER_MILLE_WORDS)
    for word in (w for words in lists for w in words.words):
        assert any(base in word for base in series.BASE_WORDS.words), word


@pytest.mark.parametrize("text, per, per_object", [
    ("Расход составил 150 литров в сутки на человека.", 1.0, "человека"),
    ("Выплачено 3 200 тенге на одного члена семьи.", 1.0, "члена семьи"),
    ("Коэффициент рождаемости – 21,4 промилле.", 1000.0, None),
    ("Цена бензина – 295 тенге за литр.", 1.0, "литр"),
])
def test_bases_in_words_still_reach_their_figures(text, per, per_object):
    """The rate bases written without a figure of their own pass the one look and go to their figure."""
    fact = extract_facts([TextBlock(text)], "analytical_note")[0]
    assert (fact.per, fact.per_object) == (per, per_object)


def test_a_sentence_whose_numbers_are_no_figures_still_names_its_period():
    """A lead-in whose only number is its year runs no figure stage, yet its year dates the items of its list."""
    blocks = [TextBlock("В 2019 году проведено следующее:"), TextBlock("- выдано 45 лицензий;")]
    assert [(f.value, f.year) for f in extract_facts(blocks, "analytical_note")] == [(45.0, 2019)]
