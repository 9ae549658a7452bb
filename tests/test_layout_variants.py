"""Layouts the samples do not have, built as real Word files: columns found by wording, not position."""
from __future__ import annotations

from pathlib import Path

from docx import Document

from helpers import merge_from, word_table
from pipeline.extract import extract_document


def build_variant(path: Path) -> Path:
    """No section titles; № п/п columns; unit before source; statuses at the end; two labels in one cell;
    last year's fact beside this year's plan and fact; a subheading row."""
    d = Document()
    d.add_paragraph("Отчет о ходе реализации Стратегического плана Министерства здравоохранения Республики Казахстан на 2020-2024 годы")
    d.add_paragraph("Отчетный период: 2021 год")
    risks = word_table(d, [
        ["№ п/п", "Наименование риска", "Мероприятия по управлению рисками", "Фактическое исполнение", "Отметка об исполнении"],
        ["", "", "", "", ""],
        ["1", "Рост заболеваемости", "Вакцинация населения", "Привито 1 200 000 человек", "Выполнено"],
        ["2", "Дефицит кадров", "Подготовка врачей", "Подготовлено 300 врачей", "Не выполнено"],
    ])
    merge_from(risks, 1, 0, "1. Стратегическое направление 1. Укрепление здоровья\nЦель 1.1 Снижение смертности")
    indicators = word_table(d, [
        ["№", "Наименование показателя", "Ед. изм.", "Источник информации", "Факт 2020 года", "План 2021 года", "Факт 2021 года", "Статус"],
        ["", "", "", "", "", "", "", ""],
        ["", "Показатели результатов", "", "", "", "", "", ""],
        ["1", "Материнская смертность", "на 100 тыс. родившихся живыми", "данные КС", "13,7", "не более 12,0", "11,2", "Достигнут"],
        ["2", "Охват населения скринингами", "%", "ведомственные данные", "80", "85", "79,5*", "Не достигнут\nиз-за карантина"],
        ["3", "Количество больниц", "ед.", "ведомственные данные", "100", "н/д", "120", "Перевыполнен"],
    ])
    merge_from(indicators, 1, 0, "Стратегическое направление 1. Укрепление здоровья")
    d.add_paragraph("Аналитическая записка")
    d.add_paragraph("В 2021 году привито 1 200 000 человек.")
    d.save(path)
    return path


def test_variant_layout_maps_columns_by_wording(tmp_path):
    doc = extract_document(build_variant(tmp_path / "variant.docx"))
    assert doc.report.agency == "Министерство здравоохранения Республики Казахстан"
    assert doc.report.plan_period.start == 2020 and doc.report.reporting_year == 2021
    assert [(r.risk, r.planned_measures, r.actual_measures, r.status) for r in doc.risks] == [
        ("Рост заболеваемости", "Вакцинация населения", "Привито 1 200 000 человек", "executed"),
        ("Дефицит кадров", "Подготовка врачей", "Подготовлено 300 врачей", "not_executed"),
    ]
    assert {(r.direction.number, r.goal.number, r.goal.title) for r in doc.risks} == {("1", "1.1", "Снижение смертности")}
    got = [(i.name, i.unit, i.source, i.plan, i.fact, i.plan_text, i.status, i.comment) for i in doc.indicators]
    assert got == [
        ("Материнская смертность", "на 100 тыс. родившихся живыми", "данные КС", 12.0, 11.2, "не более 12,0", "achieved", None),
        ("Охват населения скринингами", "%", "ведомственные данные", 85.0, 79.5, "85", "not_achieved", "из-за карантина"),
        ("Количество больниц", "ед.", "ведомственные данные", None, 120.0, "н/д", "achieved", None),
    ]
    assert all(i.goal is None and i.direction.number == "1" for i in doc.indicators)


def test_variant_findings(tmp_path):
    doc = extract_document(build_variant(tmp_path / "variant.docx"))
    codes = sorted((f.code, f.location.row if f.location else None) for f in doc.findings if f.severity != "info")
    assert codes == [("missing_value", 5)]  # "н/д" plan; the lower-is-better mortality is consistent


def build_columns_variant(path: Path) -> Path:
    """The goal in a column of its own, a year over plan/fact, a separate column of reasons."""
    d = Document()
    d.add_paragraph("Отчет о реализации стратегического плана Национального банка Республики Казахстан на 2021 – 2025 годы")
    d.add_paragraph("Период отчета: 2022 год")
    d.add_paragraph("1. Анализ управления рисками")
    word_table(d, [
        ["Цель", "Возможный риск", "Запланированные мероприятия", "Фактическое исполнение мероприятий", "Статус исполнения",
         "Причины неисполнения"],
        ["Цель 1.1. Ценовая стабильность", "Инфляционный шок", "Ужесточение политики", "Ставка повышена", "Исполнено частично",
         "Внешние факторы"],
        ["Цель 1.2. Финансовая стабильность", "Рост просрочки", "Стресс-тесты", "Проведены", "Исполнено", ""],
    ])
    d.add_paragraph("2. Достижение целей и целевых индикаторов")
    t = word_table(d, [
        ["Наименование целевого индикатора", "Ед. изм.", "2022 год", "", "Степень достижения, %", "Статус", "Причины недостижения"],
        ["", "", "План", "Факт", "", "", ""],
        ["Годовая инфляция", "%", "4-6", "20,3", "", "Не достигнут", "Рост мировых цен"],
        ["Доля безналичных платежей", "%", "70", "75,1", "107", "Достигнут", ""],
    ])
    t.cell(0, 2).merge(t.cell(0, 3)).text = "2022 год"
    d.add_paragraph("3. Аналитическая записка")
    d.add_paragraph("Инфляция составила 20,3%.")
    d.save(path)
    return path


def test_goal_column_year_header_and_reasons_column(tmp_path):
    doc = extract_document(build_columns_variant(tmp_path / "columns.docx"))
    assert doc.report.agency == "Национальный банк Республики Казахстан"
    assert [(r.goal.number, r.goal.title, r.risk, r.status, r.comment) for r in doc.risks] == [
        ("1.1", "Ценовая стабильность", "Инфляционный шок", "partially_executed", "Внешние факторы"),
        ("1.2", "Финансовая стабильность", "Рост просрочки", "executed", None),
    ]
    assert [(i.name, i.plan_text, i.plan, i.fact, i.status, i.comment) for i in doc.indicators] == [
        ("Годовая инфляция", "4-6", None, 20.3, "not_achieved", "Рост мировых цен"),
        ("Доля безналичных платежей", "70", 70.0, 75.1, "achieved", None),
    ]
    assert [f.code for f in doc.findings if f.severity != "info"] == []  # 20,3 outside "4-6": not achieved, as stated
    assert [f.location.row for f in doc.findings if f.code == "value_range"] == [2]
    assert [f.message for f in doc.findings if f.code == "unmapped_column"] == [
        "indicator table: column header 'Степень достижения, %' was not understood and is not extracted"]


def small_report_up_to_the_note() -> Document:
    """A minimal complete report without status columns, ending with the note's title (paragraph 4)."""
    d = Document()
    d.add_paragraph("Отчет о реализации стратегического плана Министерства юстиции Республики Казахстан на 2020 – 2024 годы")
    d.add_paragraph("Период отчета: 2020 год")
    d.add_paragraph("Анализ управления рисками")
    word_table(d, [["Наименование риска", "Мероприятия", "Фактическое исполнение"], ["Риск", "Меры", "Сделано"]])
    d.add_paragraph("Достижение целей и целевых индикаторов")
    word_table(d, [["Наименование индикатора", "Ед. изм.", "План", "Факт"], ["Доля решений", "%", "90", "92"]])
    d.add_paragraph("Аналитическая записка")
    return d


def test_no_status_column_and_unrelated_percentages_raise_nothing(tmp_path):
    """A report whose tables have no status column is complete; a share of another quantity is no arithmetic error."""
    d = small_report_up_to_the_note()
    d.add_paragraph("В 2020 году проверено 500 объектов, при этом доля нарушений снизилась на 12% (45 случаев). "
                    "Из 250 обращений, из которых 200 удовлетворено (70%), ...")
    d.save(tmp_path / "nostatus.docx")
    doc = extract_document(tmp_path / "nostatus.docx")
    assert [(r.risk, r.status) for r in doc.risks] == [("Риск", None)]
    assert [(i.name, i.status) for i in doc.indicators] == [("Доля решений", None)]
    assert [(f.code, f.location.paragraph) for f in doc.findings] == [("arithmetic_mismatch", 5)]  # 200 of 250 is 80%


def test_note_heading_run_into_its_paragraph_still_sets_the_goal(tmp_path):
    """A PDF can glue 'Цель 2.1. ...' to the paragraph under it: the figures still count, under goal 2.1."""
    d = small_report_up_to_the_note()
    d.add_paragraph("Стратегическое направление 2. Правосудие")
    p = d.add_paragraph("Цель 2.1. Доступ к правосудию")
    p.add_run().add_break()
    p.add_run("В 2020 году рассмотрено 1 250 обращений граждан. Удовлетворено 980 обращений.")
    d.save(tmp_path / "runon.docx")
    doc = extract_document(tmp_path / "runon.docx")
    assert [(f.value, f.unit, f.year, f.direction, f.goal) for f in doc.facts if f.part == "analytical_note"] == [
        (1250.0, "count", 2020, "2", "2.1"), (980.0, "count", None, "2", "2.1")]


def _minimal_parts(d, risk_status: str = "Исполнено") -> None:
    """A one-row risk table, a one-row indicator table and a note, under their section titles."""
    d.add_paragraph("1. Анализ управления рисками")
    word_table(d, [["Наименование возможного риска", "Запланированные мероприятия", "Фактическое исполнение", "Примечание"],
               ["Риск", "Меры", "Исполнены", risk_status]])
    d.add_paragraph("2. Достижение целей и целевых индикаторов")
    word_table(d, [["Наименование целевого индикатора", "Ед. изм.", "План", "Факт", "Примечание"],
               ["Доля услуг", "%", "90", "95", "Достигнут"]])
    d.add_paragraph("3. Аналитическая записка")
    d.add_paragraph("Доля услуг составила 95%.")


def test_title_in_capitals_with_reporting_year_on_its_own_line(tmp_path):
    """A title in capitals over three paragraphs, "за 2020 год" under it: the agency is written in sentence case."""
    d = Document()
    for text in ("ОТЧЕТ О РЕАЛИЗАЦИИ СТРАТЕГИЧЕСКОГО ПЛАНА", "КОМИТЕТА ГОСУДАРСТВЕННЫХ ДОХОДОВ МИНИСТЕРСТВА ФИНАНСОВ РК",
                 "НА 2017-2021 ГОДЫ", "за 2020 год"):
        d.add_paragraph(text)
    _minimal_parts(d)
    d.save(tmp_path / "caps.docx")
    report = extract_document(tmp_path / "caps.docx").report
    assert report.title == ("ОТЧЕТ О РЕАЛИЗАЦИИ СТРАТЕГИЧЕСКОГО ПЛАНА КОМИТЕТА ГОСУДАРСТВЕННЫХ ДОХОДОВ МИНИСТЕРСТВА "
                            "ФИНАНСОВ РК НА 2017-2021 ГОДЫ")
    assert report.agency == "Комитет государственных доходов Министерства финансов РК"
    assert (report.plan_period.start, report.plan_period.end, report.reporting_year) == (2017, 2021, 2020)


def test_title_broken_after_its_first_word(tmp_path):
    """"Отчет" alone on the first line of a four-line title."""
    d = Document()
    for text in ("Отчет", "о реализации стратегического плана", "Агентства Республики Казахстан по финансовому мониторингу",
                 "на 2021-2025 годы", "Отчетный год – 2021"):
        d.add_paragraph(text)
    _minimal_parts(d)
    d.save(tmp_path / "split.docx")
    report = extract_document(tmp_path / "split.docx").report
    assert report.title == "Отчет о реализации стратегического плана Агентства Республики Казахстан по финансовому " \
                           "мониторингу на 2021-2025 годы"
    assert report.agency == "Агентство Республики Казахстан по финансовому мониторингу"
    assert report.reporting_year == 2021


def test_group_rows_with_numbers_quotes_and_dashes(tmp_path):
    """Group rows with their number in the "№" cell, titles in quotes, after a colon or a dash; task rows skipped."""
    d = Document()
    d.add_paragraph("Отчет о реализации стратегического плана Министерства юстиции Республики Казахстан на 2020-2024 годы")
    d.add_paragraph("Отчетный период: 2021 год")
    d.add_paragraph("1. Анализ управления рисками")
    risks = word_table(d, [
        ["№", "Наименование возможного риска", "Запланированные мероприятия", "Фактическое исполнение", "Примечание"],
        ["1.", "", "", "", ""],
        ["1.1.", "", "", "", ""],
        ["", "", "", "", ""],
        ["1.1.1.", "Сбои систем", "Резервирование", "Выполнено", "Исполнено"],
        ["1.2.", "", "", "", ""],
        ["1.2.1.", "Отток кадров", "Обучение", "Проведено", "Исполнено"],
    ])
    merge_from(risks, 1, 1, "Стратегическое направление 1 «Правовое государство»")
    merge_from(risks, 2, 1, "Цель 1.1: Доступность правосудия")
    merge_from(risks, 3, 1, "Задача 1.1.1 Цифровизация")
    merge_from(risks, 5, 1, "Цель 1.2 – «Кадровый потенциал».")
    d.add_paragraph("2. Достижение целей и целевых индикаторов")
    word_table(d, [["Наименование целевого индикатора", "Ед. изм.", "План", "Факт", "Примечание"],
               ["Доля услуг", "%", "90", "95", "Достигнут"]])
    d.add_paragraph("3. Аналитическая записка")
    d.add_paragraph("Доля услуг составила 95%.")
    d.save(tmp_path / "groups.docx")
    doc = extract_document(tmp_path / "groups.docx")
    assert [(r.direction.number, r.direction.title, r.goal.number, r.goal.title, r.risk) for r in doc.risks] == [
        ("1", "Правовое государство", "1.1", "Доступность правосудия", "Сбои систем"),
        ("1", "Правовое государство", "1.2", "Кадровый потенциал", "Отток кадров"),
    ]


def test_status_remarks_in_progress_and_signed_or_multiplied_values(tmp_path):
    """"Достигнуто (перевыполнено)" is one status; "Исполняется" is in progress; "+2,5" and "в 1,5 раза" are numbers."""
    d = Document()
    d.add_paragraph("Отчет о реализации стратегического плана Министерства информации Республики Казахстан на 2020-2024 годы")
    d.add_paragraph("Отчетный период: 2021 год")
    _minimal_parts(d, risk_status="Исполняется")
    table = d.tables[1]
    for values in (["Рост аудитории", "раз", "в 1,5 раза", "в 1,7 раза", "Достигнуто (перевыполнено)"],
                   ["Прирост доли контента", "п.п.", "+2,5", "+3,1", "Достигнут.\nЗа счет новых проектов"]):
        row = table.add_row()
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.save(tmp_path / "statuses.docx")
    doc = extract_document(tmp_path / "statuses.docx")
    assert [(r.status, r.status_text) for r in doc.risks] == [("partially_executed", "Исполняется")]
    assert [(i.plan, i.fact, i.status, i.status_text, i.comment) for i in doc.indicators[1:]] == [
        (1.5, 1.7, "achieved", "Достигнуто (перевыполнено)", None),
        (2.5, 3.1, "achieved", "Достигнут", "За счет новых проектов"),
    ]
    assert [f.code for f in doc.findings if f.severity != "info"] == []


def test_plan_bounds_and_wordings_set_which_way_is_better(tmp_path):
    """"не более 14" and "до 3" are met from below; life expectancy and clearance rates are met from above:
    statuses that agree with that raise no status_mismatch."""
    d = Document()
    d.add_paragraph("Отчет о реализации стратегического плана Министерства здравоохранения Республики Казахстан на 2020-2024 годы")
    d.add_paragraph("Отчетный период: 2021 год")
    _minimal_parts(d)
    table = d.tables[1]
    for values in (["Материнская смертность", "случаев", "не более 14", "44,7", "Не достигнут"],
                   ["Срок рассмотрения жалоб", "дней", "до 3", "2", "Достигнут"],
                   ["Ожидаемая продолжительность жизни", "лет", "73,1", "70,2", "Не достигнут"],
                   ["Раскрываемость тяжких преступлений", "%", "80", "82,5", "Достигнут"],
                   ["Количество погибших в ДТП", "человек", "2 100", "2 046", "Достигнут"],
                   ["Доля теневой экономики к ВВП", "%", "24,5", "23,8", "Достигнут"]):
        row = table.add_row()
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.save(tmp_path / "bounds.docx")
    doc = extract_document(tmp_path / "bounds.docx")
    assert len(doc.indicators) == 7
    assert [f.message for f in doc.findings if f.code == "status_mismatch"] == []


def test_first_data_row_worded_like_a_header_is_data(tmp_path):
    """A first row reading "Риск ... | Мероприятия по ... | Фактически исполнено ... | Исполнено" is a record:
    a status as a cell states it is never header wording."""
    d = Document()
    d.add_paragraph("Отчет о реализации стратегического плана Министерства энергетики Республики Казахстан на 2020-2024 годы")
    d.add_paragraph("Отчетный период: 2021 год")
    d.add_paragraph("1. Анализ управления рисками")
    word_table(d, [["Наименование возможного риска", "Запланированные мероприятия", "Фактическое исполнение", "Примечание"],
               ["Риск аварий на ТЭЦ", "Мероприятия по ремонту", "Фактически исполнено в срок", "Исполнено"],
               ["Риск дефицита газа", "Меры по импорту", "Газ закуплен", "Не исполнено"]])
    _minimal_parts(d)
    d.save(tmp_path / "first_row.docx")
    doc = extract_document(tmp_path / "first_row.docx")
    assert [(r.risk, r.status) for r in doc.risks][:2] == [("Риск аварий на ТЭЦ", "executed"),
                                                          ("Риск дефицита газа", "not_executed")]


def test_note_before_indicators_under_a_short_section_title(tmp_path):
    """The note comes second with "1.1 ..." sub-headings; the indicators follow under
    "Раздел 3. Информация о достижении целевых индикаторов" and are still read, not taken for the note's."""
    d = Document()
    d.add_paragraph("Отчет о реализации стратегического плана акимата Карагандинской области на 2018-2022 годы")
    d.add_paragraph("Период отчета: 2019 год")
    d.add_paragraph("Раздел 1. Анализ управления рисками")
    word_table(d, [["Наименование возможного риска", "Запланированные мероприятия", "Фактическое исполнение", "Примечание"],
               ["Недостаточное финансирование", "Привлечение инвестиций", "Привлечено 512 млрд. тенге", "Исполнено"]])
    d.add_paragraph("Раздел 2. Аналитическая записка")
    d.add_paragraph("1.1 Развитие экономики региона")
    d.add_paragraph("Валовой региональный продукт вырос на 4,1%.")
    d.add_paragraph("Раздел 3. Информация о достижении целевых индикаторов")
    word_table(d, [["Наименование целевого индикатора", "Ед. изм.", "План", "Факт", "Примечание"],
               ["Индекс физического объема ВРП", "%", "103,5", "104,1", "Достигнут"]])
    d.save(tmp_path / "note_first.docx")
    doc = extract_document(tmp_path / "note_first.docx")
    assert doc.report.agency == "акимат Карагандинской области"
    assert [(i.name, i.fact) for i in doc.indicators] == [("Индекс физического объема ВРП", 104.1)]
    assert [f.code for f in doc.findings if f.severity == "error"] == []
