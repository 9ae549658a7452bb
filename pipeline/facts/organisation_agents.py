"""Holders of a permission for an economic activity: organisations, though morphology reads their noun as a person's.

An animate noun counts people unless counted_nouns lists it as an agent that is usually an organisation
(`words.NOT_PERSON_ANIMATE`: "поставщиков", "операторов", "недропользователей"; README_labels: users of a resource held
by permit or contract are `count`). A noun the list does not hold, completed by "на" and an activity of an enterprise in
the accusative with what the activity is of, names such a holder: "Количество лицензиатов на производство алкогольной
продукции – 151", "аккредитовано 12 агентов на оказание услуг", "держателей квот на вылов рыбы": only an enterprise is
licensed, accredited or registered for production, trade, import or export, processing, storage or carriage of
something. Not a place a person is sent to ("направлено 20 инженеров на производство": no complement), and not a
person word of counted_nouns ("кандидатов на замещение", "претендентов на получение").
"""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline import morph
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import PERSON_LEMMAS

# "на" + an activity of an enterprise in the accusative (an adjective before it allowed: "на розничную реализацию"),
# then a word of what it is of ("алкогольной продукции", "услуг", "товаров")
ACTIVITY_AFTER_RE = regex.compile(
    r"\s+на\s+(?:[а-яё]+(?:ую|ое|ый|ий|ые|ие)\s+)?"
    r"(?:производство|изготовление|выпуск|реализацию|торговлю|продажу|ввоз|вывоз|импорт|экспорт|переработку|добычу"
    r"|вылов|хранение|перевозку|перевозки|транспортировку|оказание|осуществление|эксплуатацию|утилизацию|обращение)"
    r"\s+(?!(?:и|или|в|во|на|с|со|по|для|к|а)(?!\w))[а-яё]{3,}",
    regex.I,
)
ACTIVITY_WORDS = literals("производство", "изготовление", "выпуск", "реализацию", "торговлю", "продажу", "ввоз", "вывоз",
                          "импорт", "экспорт", "переработку", "добычу", "вылов", "хранение", "перевозк",
                          "транспортировку", "оказание", "осуществление", "эксплуатацию", "утилизацию", "обращение")


def licensed_organisations(s: Sentence, figures: list[Figure]) -> None:
    """Counts of people whose noun a permission for an activity completes become counts of organisations."""
    if s.absent(ACTIVITY_WORDS):
        return
    for f in figures:
        word = f.measure.object
        if f.measure.unit != "person" or not word or not word.isalpha():
            continue
        if morph.lemma(word.lower().replace("ё", "е")) not in PERSON_LEMMAS and _licensed_for_an_activity(s, word):
            f.measure = replace(f.measure, unit="count")


def _licensed_for_an_activity(s: Sentence, word: str) -> bool:
    """Whether the noun, where the sentence writes it, is completed by "на" and an activity of an enterprise."""
    return any(ACTIVITY_AFTER_RE.match(s.text, m.end())
               for m in regex.finditer(rf"(?<!\w){regex.escape(word)}(?!\w)", s.text, regex.I))
