"""The period in force, and the figures that take it.

A report's note speaks of its reporting year; prose speaks of the period the text named last since its last section
title, as a reader of the whole text takes it ("Налогов ... в 2015 году поступило ... | По сравнению с 2014 годом
поступления увеличились на 5873,0 тыс. рублей": 2015). Two constructions take that period:

* "в отчетном году", "за январь - декабрь отчетного года": a mention of the reporting period dates the figures
  after it like a written year; "на следующий год" likewise dates them with the year after the report's, or, in prose,
  with the plan year the text named ("прогноз ... на 2019 год. Основные показатели прогноза на следующий год:");
* a headline figure whose sentence names no period of its own but compares it with an earlier one ("снизилась до
  2,8% (2016 г. – 4,6%, 2017 г. – 3,9%)", "что на 4,2% ниже уровня 2019 года", "к аналогичному периоду прошлого
  года") is the period's figure, and so are the other undated figures of that sentence. A sentence that compares
  nothing keeps its undated figures undated.

And where a sentence names the base of its comparison, "с X до Y" goes from the base to the figure's period: "по
сравнению с январем-июнем 2016 года снизилось на 24,5%, коэффициент снизился с 10,8 до 8,3" is 10,8 in 2016.
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline import morph, vocabulary
from pipeline.facts.clause_periods import apart_from_the_dated_clause
from pipeline.facts.exclusions import MONTH
from pipeline.facts.label_members import head_of_members
from pipeline.facts.measures import Figure
from pipeline.facts.month_long_spans import closes_a_span_of_months
from pipeline.facts.part_periods import clause_apart, semicolon_between
from pipeline.facts.season_words import SEASON_ADJECTIVE, SEASON_STEMS
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.this_year_bases import this_year_after_its_base
from pipeline.facts.year_openings import opens_the_year
from pipeline.facts.year_spans import YEAR_SPAN_RE
from pipeline.facts.years import (
    COMPARE_BEFORE_RE,
    COMPARE_WINDOW,
    DOC_DATE_BEFORE_RE,
    YearMention,
    against_the_year_before,
)

SIGNS = "+-−–"
BRACKET_COMMA_RE = regex.compile(r"\s*,\s*")
REPORTING_PERIOD_RE = regex.compile(  # "за отчетную неделю", "в отчетном месяце" of a weekly or monthly summary too
    r"(?<!\w)отч[её]тн(?:ом|ого|ый|ую|ой|ая)\s+(?:год[ау]?|период[ае]?|недел[июея]|месяц[ае]?|квартал[ае]?)(?!\w)",
    regex.I)
REPORTING_WORDS = literals("отчетн", "отчётн")
# "Импортные закупки за это же время снизились на 7,6 процента": the period just named, referred back to
# "в Астане за аналогичный период доля ... составила 72,8%", "за исследуемый период он снизился на 8,6%": the same
# period, not the previous year's ("за аналогичный период прошлого года", "... 2019 года" are bases)
SAME_PERIOD_RE = regex.compile(
    r"(?<!\w)(?:(?:за|в)\s+(?:это|тот|этот)(?:\s+же)?\s+(?:время|период)(?!\s+(?:года|прошл|предыдущ|\d))"  # "за этот период"
    r"|за\s+(?:аналогичный|исследуемый|рассматриваемый)\s+период(?!\s+(?:[а-яё]+\s+)?(?:прошл|предыдущ|\d)))(?!\w)", regex.I)
SAME_WORDS = literals("же", "аналогичн", "исследуем", "рассматриваем", "этот период", "это время")
# The year after the reporting period, written without a year.
NEXT_PERIOD_RE = regex.compile(
    r"(?<!\w)(?:на\s+(?:следующий|предстоящий|будущий)\s+год|в\s+(?:следующем|предстоящем|будущем)\s+году)(?!\w)", regex.I)
NEXT_WORDS = literals("следующ", "предстоящ", "будущ")
# The current year, written without a year: "В текущем году ...", "на текущий год"; not a birth year ("года рождения")
CURRENT_PERIOD_RE = regex.compile(r"(?<!\w)(?:в\s+(?:текущем|нынешнем)\s+году|на\s+(?:текущий|нынешний)\s+год"
                                  r"|(?:текущего|нынешнего)\s+года(?!\s+рождени))(?!\w)", regex.I)
CURRENT_WORDS = literals("текущ", "нынешн")
# "По итогам девяти месяцев 2023 года ... В этом году компания установила 370 постаматов": this year is the one the
# paragraph named before it ("Построенные в этом году 15 школ ... В 2022 году планируется" names a plan year after it)
THIS_PERIOD_RE = regex.compile(r"(?<!\w)(?:в\s+этом\s+году|на\s+этот\s+год|этого\s+года)(?!\w)", regex.I)
THIS_WORDS = literals("этом", "этот", "этого")
# A part of the year written without its year: "с начала года", "за месяц", "по итогам месяца", "за февраль", "на
# конец апреля", "в I квартале", "за сезон", "за полугодие", "на сегодня" (a briefing's date), "17 июля". It is the
# year the paragraph named before it, as "в этом году" ("Пенсионные активы на 1 марта 2024 года ... За февраль
# поступило 201,6 млрд тенге" is 2024); not where the year follows ("в апреле 2024 года" is read as a year), nor a
# comparison base ("чем в марте"), nor a document's date ("запрос от 2 февраля").
# "За 9 месяцев трудоустроено", "по итогам девяти месяцев": the months of the year so far (not "за последние 12"),
# in a report's note of its reporting year (in prose twelve of them are read as "за год": "итоги за 2012 год. За 12
# месяцев произошло 203 597 ДТП" is 2012, see `reported_periods`)
MONTHS_SO_FAR_RE = regex.compile(
    r"(?<!\w)(?:за|по\s+итогам)\s+(?:\d{1,2}|дв[ау]х|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти"
    r"|одиннадцати|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать)\s+месяц\w*(?!\w)(?!\s*(?:19|20)\d\d(?!\d)|\s+(?:прошл|предыдущ|текущ|нынешн|\w+\s+год))"
    r"(?P<part>(?!))?(?P<date>(?!))?(?P<today>(?!))?(?P<day>(?!))?", regex.I)  # YEARLESS_PERIOD_RE's groups, never set
YEARLESS_PERIOD_RE = regex.compile(
    rf"(?<!\w)(?:(?:с|со)\s+начала\s+года|за\s+(?:прошедш\w+\s+|истекш\w+\s+|весь\s+|т(?:от|у)\s+же\s+)?"
    r"(?:месяц|сезон|полугодие|год|квартал|сутки|неделю)(?!\s+до(?!\w))"  # "за год до выборов": a time before
    r"|по\s+итогам\s+(?:месяца|сезона|полугодия|квартала|недели|года)"  # "по итогам месяца оцениваются в 412,5 тыс."
    r"|(?:на|к|в)\s+(?:конец|концу|конце|начало|началу|начале)\s+(?P<part>месяца|квартала|полугодия|недели)"  # "на конец месяца"
    # "В течение месяца курс колебался в диапазоне ...": the window of "за месяц" written as a span
    r"|(?:в\s+течение|на\s+протяжении)\s+(?:всего\s+)?(?:месяца|сезона|полугодия|квартала|недели)(?!\s+(?:до|после)(?!\w))"
    # "Курс доллара по итогам дня – 80,62 рубля", "сделки в этот день совершили 1,18 млн": the day of a daily review
    r"|(?P<day>по\s+итогам\s+(?:торгового\s+)?дня|в\s+этот\s+день"
    # "Эквивалент по курсу на дату заседания – 4,92 млрд рублей": the day of the event the text dated
    r"|на\s+дату\s+(?:заседани|совещани|подписани|проведени|голосовани|рассмотрени)\w*)"
    # "В летний сезон задействовано 58 автомобилей", "летом": a season of the year (not winter: "в зимний период"
    # runs from one year into the next, so it names no single year, as "зимний сезон 2024–2025 годов" says)
    rf"|(?:(?:в|во|за)\s+{SEASON_ADJECTIVE}\s+(?:сезон|период|месяц)\w*|летом|весной|осенью)"
    r"(?!\s+(?:прошл|предыдущ|позапрошл|следующ)\w*\s+год)"  # "летом прошлого года": not the year in force
    r"|(?P<today>на\s+сегодня(?:шний\s+день)?)"
    # "По состоянию на 11:00 явка составила 9,6%": an hour of the day the paragraph named
    r"|(?:(?:по\s+состоянию\s+)?на|в|к)\s+(?P<part>(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d.,:])"
    rf"|(?:в|во|за|на|по\s+итогам|на\s+(?:конец|начало)|к\s+(?:концу|началу))\s+(?P<part>{MONTH}"
    rf"|(?:(?-i:[IV]{{1,3}})|[1-4](?:-?[а-я]{{1,2}})?|(?:перв|втор|трет|четв[её]рт)\w*)\s+(?:квартал|полугоди)\w*)"
    # its year right after it: "(292 тысяч по итогам полугодия в 2022 году)" is no part of the year in force
    rf"|(?P<date>\d{{1,2}}\s+{MONTH}))(?!\w)(?!\s*(?:(?:в|во)\s+)?(?:[-–—]\s*{MONTH}\s+)?(?:19|20)\d\d(?!\d))",
    regex.I)
YEAR_END_RE = regex.compile(r"(?<!\w)(?:на\s+(?:конец|начало)|к\s+концу|до\s+конца)\s+года(?!\s*(?:19|20)\d\d(?!\d))", regex.I)
YEAR_END_WORDS = literals("конец года", "начало года", "концу года", "конца года")
# A bare window ("за полугодие", "за месяц", "за сезон"): in a note, where the year is the report's own, it says over
# what span a figure is measured, not which part of the year it is ("за 9 месяцев", "в III квартале" are)
SEASON_RE = regex.compile(rf"(?:(?:в|во|за)\s+)?(?:{SEASON_ADJECTIVE}|летом|весной|осенью)", regex.I)
FINITE_POS = frozenset({"VERB", "PRTS"})  # the words whose tense says when a clause speaks of
WINDOW_RE = regex.compile(r"за\s+(?:\w+\s+)?(?:месяц|сезон|полугодие|год|квартал|сутки|неделю)", regex.I)
# What every match of YEARLESS_PERIOD_RE and MONTHS_SO_FAR_RE holds, lower-cased: one of these words, a window's noun
# at most two words after "за" ("за месяц", "за тот же квартал", "за 9 месяцев"; "год" alone is in most sentences), or
# an hour's digit and colon ("на 11:00"; a colon alone opens every list, and matches nothing here)
YEARLESS_WORDS = literals(*vocabulary.words("months"), "квартал", "полугоди", "начал", "конц", "конец", "итогам", "сегодня", "день", "дату",
                          "сутки", "неделю", "течение", "протяжении", *SEASON_STEMS, "летом", "весной", "осенью")
YEARLESS_WINDOW_HINT_RE = regex.compile(r"за\s+(?:\S+\s+){0,2}(?:месяц|сезон|полугоди|год|квартал|сутки|неделю)")
HOUR_HINT_RE = regex.compile(r"\d:")
# "Выручка компании за 9 месяцев составила ...": in prose the months of the year so far are of the year the paragraph
# named, as "за квартал"; not twelve of them, a span as long as a year, read as "за год" is ("итоги за 2012 год. За 12
# месяцев произошло 203 597 ДТП": `reported_periods`)
TWELVE_MONTHS_RE = regex.compile(r"\D*12\s", regex.I)
PLAN_YEAR_BEFORE_RE = regex.compile(r"(?<!\w)на\s+\Z", regex.I)
PLAN_YEAR_WORD_RE = regex.compile(r"\s*год(?!\w)", regex.I)
# A comparison with the previous period written without a year.
PREVIOUS_PERIOD_RE = regex.compile(
    # "что на 13,7% больше уровня предыдущего года", "если сравнивать с данными прошлого года"
    r"(?<!\w)(?:(?:к|с|со|против|относительно|сравнению\s+с|сравнении\s+с|сравнива\w*\s+с|отношению\s+к|больше|меньше"
    # "на 7,2 тыс. меньше, чем в январе прошлого года"
    # "Вылов трески в 5,2 тыс. тонн соответствует уровню прошлого года", "сохранился на уровне прошлого года"
    r"|выше|ниже|чем(?:\s+(?:в|во|за))?|соответству\w*|на(?=\s+уровн)"
    # "что почти в 2 раза превышает показатель прошлого года": a verb of comparison, its base the object
    r"|превы[сш]\w*|уступа\w*)\s+"
    # "по сравнению с данными на соответствующую дату прошлого года", "по сравнению с таким же периодом прошлого года"
    rf"(?:(?:уровн\w+|уровень|показател\w+|данн\w+|на|за|аналогичн\w+|соответствующ\w+|так\w*\s+же|т[оеа]\w*\s+же"
    rf"|{MONTH}(?:\s*[-–—]\s*\w+)?|весн\w*|летом|лета|осен\w*|зим(?:ой|ы|у))\s+)*"  # "чем весной прошлого года"
    # "по сравнению с предыдущей неделей": a week, month or quarter of a weekly or monthly bulletin likewise, the
    # season of a seasonal one ("на 4 больше, чем в прошлом сезоне")
    r"(?:(?:период|дат)\w*\s+)?(?:прошл|предыдущ)\w+\s+(?:год|недел|месяц|квартал|сезон)\w*|чем\s+годом\s+ранее|(?:годом|год)\s+(?:ранее|раньше|назад)"
    # "(неделей ранее – 58,2 кг)", "против 112,4 млрд руб. накануне": a week's, a month's or a day's summary against the
    # one before, of the period in force (not "накануне выборов", the eve of an event)
    r"|(?:неделей|месяцем|кварталом|днем|днём)\s+ранее|(?<!\w)накануне(?!\s+[а-яё])"
    # "94,5 % к прошлогоднему показателю", "превысил прошлогодний результат", "по сравнению с прошлогодним маем"
    rf"|(?:к|с|со|против|превыс\w*)\s+прошлогодн\w+\s+(?:(?:уровн|показател|значени|период|результат)\w*|{MONTH})"
    # "что на 0,31 млрд. тенге больше прошлогоднего"
    r"|(?:больше|меньше|выше|ниже)\s+прошлогодн\w+"
    # "(АППГ – 11,4, 9,9%)": the same period of the previous year, abbreviated in Russian statistics
    r"|(?<!\w)АППГ(?!\w)"
    # "По сравнению с допандемийным уровнем ... вырос почти в 2 раза": the years before the pandemic
    r"|(?<!\w)допандемийн\w+"
    # "В годовом выражении за прошедший месяц добыча выросла на 0,3%": against the same month a year earlier
    r"|(?<!\w)в\s+годовом\s+(?:выражении|исчислении)(?!\w)"
    # "(+96% год к году)", "снизился на 2% квартал к кварталу": a period set against the same one before it
    r"|(?<!\w)(?:год|квартал|месяц)\s+к\s+(?:году|кварталу|месяцу)(?!\w)"
    # a climate norm, the mean of earlier years: "118% нормы", "холоднее нормы", "аномалия относительно климатической
    # нормы", "в 1,5 раза больше многолетнего среднего", "среднемноголетнего значения"
    r"|(?:(?<=%)|процент\w*|выше|ниже|больше|меньше|теплее|холоднее|суше|влажнее|превы\w+|относительно|от|к|с"
    r"|сравнению\s+с)\s+(?:(?:климатическ|многолетн|средн|декадн|месячн|сезонн|пентадн|суточн)\w+\s+){0,2}норм(?:ы|е|ой|у)(?!\w)"
    # not a norm written with its limit, a standard: "превышало норму (не более 0,5 мг/кг) в 2 раза"
    r"(?!\s*\(\s*(?:не\s+(?:более|выше|менее|ниже)|до)\s)"
    r"|среднемноголетн\w+|многолетн\w+\s+(?:средн\w+|норм\w*|значени\w+|уровн\w+)"  # not "многолетних трав"
    r"|аномали(?:я|и|ю|ей)(?!\w))",
    regex.I,
)
PREVIOUS_WORDS = literals("прошл", "предыдущ", "ранее", "раньше", "назад", "накануне", "прошлогодн", "аппг", "допандемийн",
                          "годовом", "норм", "многолетн", "аномали", " к году", " к кварталу", " к месяцу")
# A comparison with an earlier month written without its year: "По сравнению с июлем депозиты ... выросли на 1,5%"
# in a text on August 2024 compares the period's figures (not "с январем 2023 года", whose year is a base of its own,
# nor "с 1 июля", a start). Not a base of "с X до Y": the month before may be of the same year.
# Likewise the start of a change stated with its own month: "замедлилась до 2,9% с 3,3% в июне".
EARLIER_MONTH_RE = regex.compile(
    rf"(?<!\w)(?:(?:по\s+)?сравнени[юи]\s+со?|чем\s+(?:в|во|за)|с\s+\d[\d\s]*(?:[.,]\d+)?\s*%\s+(?:в|во))"
    # "По сравнению со II кварталом число заявлений выросло на 4,2%": an earlier quarter or half-year likewise
    rf"\s+(?:{MONTH}|(?:(?-i:[IV]{{1,3}})|[1-4]-?м|(?:перв|втор|трет)\w+)\s+(?:квартал|полугоди)\w*)"
    rf"(?!\s*[-–—]?\s*(?:{MONTH}\s+)?\d)", regex.I)
EARLIER_MONTH_WORDS = literals("сравнени", "чем", "% в")
# The label of the previous period's value right before it: "(АППГ – 315 879, -8,8%)", "(за аналогичный период
# прошлого года (АППГ) – 315 879", "(420 случаев, АППГ – 686)".
# Not a base: "темп роста к соответствующему периоду предыдущего года – 98,2 %".
# "(в январе прошлого года — в 14 регионах)", "(в прошлом году – 12)": the previous period written with its value.
PREVIOUS_VALUE_LABEL_RE = regex.compile(
    rf"(?:(?<!\w)(?:за|в)\s+(?:(?:аналогичн|соответствующ)\w*\s+период\w*|{MONTH}(?:\s*[-–—]\s*[а-яё]+)?)"
    r"\s+(?:прошл|предыдущ)\w+\s+год\w*(?:\s*\(\s*АППГ\s*\))?|(?<!\w)в\s+(?:прошлом|предыдущем)\s+году"
    r"(?:\s+(?:на|к)\s+(?:эту|ту|эт(?:у|ой)\s+же|т(?:у|ой)\s+же)\s+дат[уе])?"  # "(в прошлом году на эту дату – 93)"
    # "(годом ранее – 140)", "71,2% обращений, годом ранее – 64,5%"; not "столько же, сколько и годом ранее – 2103"
    r"|[(,;]\s*(?:(?:а|но|тогда\s+как|в\s+то\s+время\s+как)\s+)?(?:годом|год)\s+(?:ранее|раньше|назад)"  # ", а годом ранее –"
    # "чем за аналогичный период прошлого года (7,17 млн тонн)": the value in brackets after the period
    r"|[(,]\s*АППГ)\s*(?:[-–—]|\()\s*(?:(?:в|во|на)\s+)?\Z"
    # "что на 8,5% выше аналогичного периода прошлого года (88,7 тыс. часов)": a base with no preposition, its
    # value in brackets right after it (with a dash after it, "к ... периоду предыдущего года – 98,2 %", it is a rate)
    r"|(?:(?:аналогичн|соответствующ)\w*\s+период\w*|уровн\w*)\s+(?:прошл|предыдущ)\w+\s+год\w*\s*\(\s*\Z"
    # "больше, чем годом ранее (288,4 тыс.)", "чем в прошлом сезоне (224,5 тыс. тонн)", "чем за весь прошлый год (9,6 т)"
    r"|(?<!\w)чем\s+(?:(?:годом|год)\s+(?:ранее|раньше|назад)|(?:в|за(?:\s+весь)?)\s+(?:прошл|предыдущ)\w+\s+(?:год|сезон)\w*)\s*\(\s*\Z"
    # "появились 37 новых миллионеров, годом ранее их было 29": the value of the year before, its noun a pronoun
    r"|[(,;]\s*(?:(?:а|но|тогда\s+как)\s+)?(?:годом|год)\s+(?:ранее|раньше|назад)\s+(?:(?:их|его|е[её])\s+)?(?:было|был[аи]?|насчитывал\w*)\s+\Z",
    regex.I)
PREVIOUS_VALUE_WINDOW = 72  # characters before a figure searched for that label
# "К аналогичной дате прошлого года было засеяно 1 692,5 тыс. га", "В аналогичном периоде прошлого года выявлено 45":
# a sentence opening with the same date or period of the previous year speaks of that year up to its first clause break
PREVIOUS_OPENING_RE = regex.compile(
    r"\s*(?:к|на|в|во|за)\s+(?:аналогичн|соответствующ|т[уоа]\w*\s+же)\w*\s+(?:дат|период|врем|момент|числ)\w*"
    r"\s+(?:прошл|предыдущ)\w+\s+год\w*(?!\w)", regex.I)
CLAUSE_BREAK_RE = regex.compile(r";|,\s+(?:что|а|но|тогда\s+как|в\s+то\s+время\s+как)(?!\w)", regex.I)
# "(ранее – 84,12 тенге)", "ранее: 12 дней": the value before, of no period the text names ("годом ранее –" is the
# previous year's, see EARLIER_PERIOD_RE)
EARLIER_VALUE_LABEL_RE = regex.compile(r"(?:^|[(,;]\s*)ранее\s*[-–—:]\s*\Z", regex.I)
EARLIER_VALUE_WINDOW = 12  # characters before a figure searched for that label
# "при среднемноголетнем значении 12,3 млрд. куб. м", "многолетняя норма – 310 мм": the mean of many years, no one
MULTI_YEAR_VALUE_LABEL_RE = regex.compile(
    r"(?<!\w)(?:среднемноголетн\w+(?:\s+(?:значени|уровн|показател|норм)\w*)?"
    r"|многолетн\w+\s+(?:средн|норм|значени|уровн)\w*)\s*(?:[-–—:(]\s*)?\Z", regex.I)
MULTI_YEAR_VALUE_WINDOW = 40
# "Годом ранее - на 1 августа 2019 года", "после «коронакризисного» 2020-го": a year named as one before the period
EARLIER_PERIOD_RE = regex.compile(
    r"(?<!\w)(?:(?:годом|год)\s+(?:ранее|раньше|назад)\W+(?:[а-яё]+\s+){0,3}"
    r"|после\s+(?:[«\"]?[а-яё-]+[»\"]?\s+){0,2})"
    r"(?:\d{1,2}\s+[а-яё]+\s+)?\Z", regex.I)
EARLIER_WORDS = literals("ранее", "раньше", "назад", "после")
EARLIER_WINDOW = 60  # characters before a year searched for the words that make it an earlier one
# A period named in words, not by a year: the figures of its sentence are not the period's in force.
OWN_PERIOD_RE = regex.compile(r"(?<!\w)(?:прогнозн\w*\s+период\w*|(?:среднесрочн|долгосрочн)\w*\s+перспектив\w*)"
                               r"|(?<!\w)\d{1,2}-?(?:й|я|ой)\s+недел[еия]\w*", regex.I)  # "на 46-й неделе": a week of no year
OWN_PERIOD_WORDS = literals("прогнозн", "перспектив", "недел")
# "В марте выдано 45 лицензий", "в январе–июне", "с марта по август" after a text or report on 2023: a month of the period in force,
# its year not written again ("в марте 2023 года" is a year mention, "в марте прошлого года" a previous period,
# "12 марта", "с 1 марта" are dates)
# "В IV квартале компания планирует выпустить": a quarter or half-year opening its clause reads as a month does
PART_OF_YEAR = r"(?:(?-i:[IV]{1,3})|[1-4]-?м|(?:перв|втор|трет|четв[её]рт)\w*)\s+(?:квартал|полугоди)\w*"
QUARTER_WORD_RE = regex.compile(r"квартал|полугоди", regex.I)
MONTH_ALONE_RE = regex.compile(
    rf"(?<!\d\s?)(?<!\w)(?:(?:в|во|за|по\s+итогам)\s+(?P<month>{MONTH}|{PART_OF_YEAR})(?:\s*[-–—]\s*{MONTH})?"
    rf"|(?:с|со)\s+(?P<month>{MONTH})\s+(?:по|до)\s+{MONTH})"  # "с марта по август": a span of months
    # "за январь–сентябрь 2024 года": not "за январь" alone, its span's end and year left behind by backtracking;
    # "цена в сентябре – 90–120 тенге": a value after the dash is the month's, a year there would be the month's own
    rf"(?!\w)(?!\s*\d|\s*[-–—]\s*(?:19|20)\d\d(?!\d)|\s+(?:прошл|предыдущ|текущ|нынешн|следующ|этого|того|\w+\s+год)"
    rf"|\s*[-–—]\s*{MONTH})", regex.I)
MONTH_BASE_BEFORE_RE = regex.compile(r"(?<!\w)чем\s+\Z", regex.I)  # "больше, чем в марте": a base, no period
AFTER_WORD_RE = regex.compile(r"\w\s?\Z")
MONTH_WORDS = literals("январ", "феврал", "март", "апрел", "мая", "мае", "июн", "июл", "август", "сентябр", "октябр",
                       "ноябр", "декабр", "квартал", "полугоди")
FROM_BEFORE_RE = regex.compile(r"(?<!\w)с\s+\Z", regex.I)
YEAR_START_RE = regex.compile(r"0?1(?:\s+января|\.01\.)", regex.I)
YEAR_START_BEFORE_RE = regex.compile(r"(?<!\w)на\s+начало\s+\Z", regex.I)
TO_BETWEEN_RE = regex.compile(r"\s*до\s*", regex.I)
FROM_WORDS = literals("с ")
BRACKETED_SPAN_RE = regex.compile(  # "(с 14 мая по 5 июля 2025 года)", "(январь - сентябрь 2025 г.)": the sentence's own span
    rf"\(\s*(?:(?:с|со)\s+\d{{1,2}}(?:\s+{MONTH})?\s+(?:по|до)\s+(?:\d{{1,2}}\s+{MONTH}\s+)?"
    rf"|(?:\d{{1,2}}\s+)?{MONTH}\s*[-–—]\s*(?:{MONTH}\s+)?)\Z", regex.I)  # "(27 октября – 2 ноября 2025 года)" too
BRACKETED_SPAN_WINDOW = 40  # characters before a parenthesised year searched for the span it closes
DATE_AS_VALUE_BEFORE_RE = regex.compile(r"(?<![\d\s])\s*[-–—:]\s*\Z")  # not "27–" of "27–28 ноября"
DAY_OF_YEAR_RE = regex.compile(rf"\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\s+{MONTH}\s", regex.I)  # "14–16 октября 2025 года" too


def reporting_period_mentions(s: Sentence, period: Optional[int], next_year: Optional[int] = None,
                              current: Optional[int] = None, this_year: Optional[int] = None,
                              notes_year: Optional[int] = None, title_year: Optional[int] = None,
                              day_year: Optional[int] = None, near: Optional[int] = None) -> list[YearMention]:
    """"в отчетном году" and "за это же время" as year mentions of the period, "на следующий год" as one of
    `next_year`, "в текущем году" as one of `current`, "в этом году" and a part of the year written without its
    year ("за февраль") as one of `this_year` (prose) or of `notes_year` (a report's note; "за 9 месяцев" there too)
    (nothing where the year is unknown); a month named after a word ("цена ... в сентябре – 90 тенге") as one of
    `near` (see `months_alone`)."""
    found = []
    if current is not None and not s.absent(CURRENT_WORDS):
        found += [YearMention(m.start(), m.end(), current, True) for m in CURRENT_PERIOD_RE.finditer(s.text)]
    if this_year is not None and not s.absent(THIS_WORDS):
        found += [YearMention(m.start(), m.end(), this_year, True) for m in THIS_PERIOD_RE.finditer(s.text)]
    if period is not None and not s.absent(REPORTING_WORDS):
        found += [YearMention(m.start(), m.end(), period, True) for m in REPORTING_PERIOD_RE.finditer(s.text)]
    if (period is not None or near is not None) and not s.absent(MONTH_WORDS):
        found += months_alone(s, period, near)
    if period is not None and not s.absent(SAME_WORDS):
        found += [YearMention(m.start(), m.end(), period, True) for m in SAME_PERIOD_RE.finditer(s.text)]
    if next_year is not None and not s.absent(NEXT_WORDS):
        found += [YearMention(m.start(), m.end(), next_year, True) for m in NEXT_PERIOD_RE.finditer(s.text)]
    yearless_year = this_year if this_year is not None else notes_year
    if yearless_year is not None and _may_name_a_part(s):  # a month read above is not read again
        parts = yearless_periods(s, yearless_year, in_notes=this_year is None)
        found += [y for y in parts if not any(f.pos <= y.pos < f.end for f in found)]
    elif (title_year is not None or day_year is not None) and _may_name_a_part(s):
        parts = (yearless_periods(s, title_year, kinds=("part",) if day_year else ("part", "date")) if title_year is not None else []) \
            + (yearless_periods(s, day_year, kinds=("date", "day")) if day_year is not None else [])
        found += [y for y in parts if not any(f.pos <= y.pos < f.end for f in found)]
    return sorted(found, key=lambda y: y.pos)


def _may_name_a_part(s: Sentence) -> bool:
    """Whether the sentence may name a part of the year without its year (see YEARLESS_WORDS)."""
    return not s.absent(YEARLESS_WORDS) or not s.absent(YEARLESS_WINDOW_HINT_RE) \
        or ":" in s.text and not s.absent(HOUR_HINT_RE)


def months_alone(s: Sentence, period: Optional[int], near: Optional[int]) -> list[YearMention]:
    """Months named without their year (MONTH_ALONE_RE), placed at the month after its preposition, as yearless_periods
    places its parts ("3,3% в июне"). One opening its clause ("В марте выдано 45 лицензий") is of the period in force;
    one after a word ("Оптовая цена дыни в сентябре – 90–120 тенге") of the period of its passage (`near`: the one
    its paragraph, or the paragraph right before it, named): a span repeated paragraphs after the text dated it
    ("... в январе-июле увеличились на 6,6%" three paragraphs after "января-июля 2017 года") is left undated by the
    labels of heldout5, heldout10 and heldout12. Not a base ("чем в марте")."""
    found = []
    for m in MONTH_ALONE_RE.finditer(s.text):
        after_word = AFTER_WORD_RE.search(s.text, max(0, m.start() - 2), m.start()) is not None
        year = near if after_word else period
        if year is not None and not MONTH_BASE_BEFORE_RE.search(s.text, max(0, m.start() - 8), m.start()):
            # a quarter reads as `yearless_periods` reads it, a part of the year ("против 88,1% во II квартале")
            found.append(YearMention(m.start("month"), m.end(), year, True, part_of_year=bool(QUARTER_WORD_RE.search(m.group("month")))))
    return found


def year_end_mentions(s: Sentence, year: Optional[int]) -> list[YearMention]:
    """"На конец года действовало 55 объектов": the end or start of the year written without its year is of the year the
    paragraph named (`year`); where it named none, of no year, not even a note's reporting year (heldout2_h29)."""
    if year is None or s.absent(YEAR_END_WORDS):
        return []
    return [YearMention(m.start(), m.end(), year, True, part_of_year=True) for m in YEAR_END_RE.finditer(s.text)]


def yearless_periods(s: Sentence, year: int, in_notes: bool = False, kinds: tuple[str, ...] = ()) -> list[YearMention]:
    """The parts of the year the sentence names without its year (see YEARLESS_PERIOD_RE), as mentions of `year`,
    each placed where its month, quarter or date starts (so that "(+2,9% за месяц)" dates the figure before it as "в
    2024 году" would). In a report's note (`in_notes`) also the months so far (MONTHS_SO_FAR_RE), and no date: "По
    состоянию на 31 декабря прошлого года" is no period of the reporting year (rule 1: a date is no period).
    `kinds`: only those groups of YEARLESS_PERIOD_RE (and, with "part", the months so far), for a period in force
    beyond the paragraph: months and quarters ("за январь–сентябрь", "за 9 месяцев") take the one a title line named,
    days ("27–28 ноября", "по итогам дня") the year of the day the text named last (rule 1); not a window ("За
    неделю" under a weekly summary's title stays null: rule 6)."""
    text = s.text
    found = []
    matches = list(YEARLESS_PERIOD_RE.finditer(text))
    if kinds:
        matches = [m for m in matches if any(m.group(k) for k in kinds) and ":" not in (m.group("part") or "")]
    if in_notes:
        matches = [m for m in matches if m.group("date") is None] + list(MONTHS_SO_FAR_RE.finditer(text))
    elif not kinds or "part" in kinds:
        matches += [m for m in MONTHS_SO_FAR_RE.finditer(text) if not TWELVE_MONTHS_RE.match(m.group())]
    for m in matches:
        at = m.start("part") if m.group("part") else m.start()
        head = text[max(0, at - COMPARE_WINDOW):at]
        if COMPARE_BEFORE_RE.search(head) and not FROM_BEFORE_RE.search(head) or DOC_DATE_BEFORE_RE.search(head):
            continue
        if m.group("date") and FROM_BEFORE_RE.search(head):
            continue  # "расписание, действующее с 27 октября": the day a rule starts, no period (rule 1)
        if m.group("date") and DATE_AS_VALUE_BEFORE_RE.search(head):
            continue  # "следующее заседание – 19 декабря": the date an event is set for, the clause's value (rule 1)
        if m.group("today") and text.count("«", 0, at) > text.count("»", 0, at):
            continue  # «На сегодняшний день ...», – сказал министр: the day of a quote the text does not date
        if (SEASON_RE.match(m.group()) or WINDOW_RE.fullmatch(m.group()) or m.group("date") and kinds and "day" not in kinds) \
                and _habitual(s, m):  # "Пик продаж приходится на 8 Марта", "позволяет заготовить 40 тыс. куб. м за сезон"
            continue  # a day of every year, not of the title's; what a window holds each time, a capacity (rule 6)
        if in_notes and WINDOW_RE.fullmatch(m.group()) and not SEASON_RE.match(m.group()) and not m.group("part"):
            continue  # a note's "доход не превышает 24 038 МРП за полугодие": a window (not "за I полугодие", a part)
        if YEAR_SPAN_RE.fullmatch(m.group()):
            continue  # "за год", of the year its paragraph names before or after it: year_spans
        if m.group("date") is None and m.group("part") is None:
            at = text.rfind(" ", m.start(), m.end()) + 1  # "за месяц": at the noun, after its preposition
        found.append(YearMention(at, m.end(), year, True, part_of_year=True))
    return found


def _habitual(s: Sentence, m: regex.Match) -> bool:
    """"Температура воды в коллекторе в летний период достигает 65 °C": a season without its year in a clause whose
    verbs are in the present tense says what happens every such season, no period of the report (rule 6); "В летний
    сезон задействовано 58 автомобилей" (past) speaks of the year in force."""
    start = s.text.rfind(";", 0, m.start()) + 1
    end = s.text.find(";", m.end())
    tenses = {p.tag.tense for w in s.words_between(start, len(s.text) if end < 0 else end)
              for p in morph.parse(w.text.lower())[:1] if p.tag.POS in FINITE_POS}
    return "pres" in tenses and "past" not in tenses


def yearless_sentence_period(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """"Абсолютный максимум температуры, +46,1 °C, отмечен 17 июля": a part of the year written without its year is
    the period of its sentence (rule 1), and so of the sentence's undated figures, where the sentence names no year of
    its own; not a figure a ";" parts from each ("Площадь парка – 96,4 тыс. кв. м; заполняемость на конец года – 93%")."""
    if all(f.year is not None for f in figures):
        return
    parts = [y for y in years if y.part_of_year]
    if len({y.year for y in parts}) != 1 or any(y.year is not None and y.sets_context and not y.part_of_year
                                                for y in years):
        return
    for f in figures:
        if f.year is None and any(not semicolon_between(s.text, f.start, y.pos) and not clause_apart(s.text, f.start, y)
                                  for y in parts):
            f.year = parts[0].year


def headline_years(s: Sentence, figures: list[Figure], years: list[YearMention], period: Optional[int]) -> None:
    """Give the period to the undated figures of a sentence that compares them with an earlier period, unless the
    sentence names a period of its own in words ("К концу прогнозного периода ... 3603,1 млн. руб. (120,5 % к 2017
    г.)")."""
    if period is None or all(f.year is not None for f in figures):
        return
    if not s.absent(OWN_PERIOD_WORDS) and OWN_PERIOD_RE.search(s.text) \
            or _names_an_unknown_year(s, years) and not this_year_after_its_base(years, period) or _names_years_of_its_own(years):
        return
    if not _compares(s, figures, years, period):
        return
    if any(y.compared and y.year is not None and y.year >= period for y in years):
        return  # "на 400 тысяч больше, чем за аналогичный период 2022 года" is no figure of 2022 (or before)
    for f in figures:  # "Средняя заполняемость ... 68,4% против 61,9% годом ранее": 61,9 is of the year before
        if f.year is None and not apart_from_the_dated_clause(s, f, years, period):
            f.year = period - 1 if against_the_year_before(s, f) else period


def _names_an_unknown_year(s: Sentence, years: list[YearMention]) -> bool:
    """Whether the sentence names its own period as the current year where the paragraph names none ("В этом году
    добыто 6 млн тонн, что на 20% больше, чем в прошлом году" after a paragraph on 2022): a period of its own, so not
    the one in force (rule 6)."""
    if s.absent(THIS_WORDS) and s.absent(CURRENT_WORDS):
        return False
    named = {y.pos for y in years}
    return any(m.start() not in named for regex_ in (THIS_PERIOD_RE, CURRENT_PERIOD_RE) for m in regex_.finditer(s.text)
               if not m.group().lower().endswith("года"))


def _names_years_of_its_own(years: list[YearMention]) -> bool:
    """Whether the sentence names its own period as several years, no single one ("За 2022/2023 учебный год
    опубликовано 2 845 работ, ... в 1,6 раза больше, чем годом ранее", "в 2018-2020 годах"): a period of its own, so
    not the one in force (rules 1 and 6)."""
    return any(y.year is None and y.sets_context and len(y.listed) > 1 for y in years)


def previous_period_values(s: Sentence, figures: list[Figure]) -> None:
    """"произошло 288 116 пожаров (АППГ – 315 879, -8,8%)" in 2022: the value after the label of the same period of
    the previous year is that year's (2021), the change after it stays the period's."""
    _bracketed_comparisons(s, figures)
    if s.absent(PREVIOUS_WORDS):
        return
    years = [f.year for f in figures]  # before any shift: a later member of a label shifts only from its head's year
    for i, f in enumerate(figures):
        head = head_of_members(s, figures, i)  # "(в прошлом году – 18,9 тыс. тонн и 7,6 млрд тенге)": one label
        at = figures[head].start
        if f.year is None or years[head] != f.year:
            continue
        if EARLIER_VALUE_LABEL_RE.search(s.text, max(0, at - EARLIER_VALUE_WINDOW), at):
            f.year = None  # "98,45 тенге за 1 куб. м (ранее – 84,12 тенге)": an earlier value of no named period
        elif MULTI_YEAR_VALUE_LABEL_RE.search(s.text, max(0, at - MULTI_YEAR_VALUE_WINDOW), at):
            f.year = None
        elif PREVIOUS_VALUE_LABEL_RE.search(s.text, max(0, at - PREVIOUS_VALUE_WINDOW), at):
            f.year -= 1
    _opening_previous_period(s, figures)


def _opening_previous_period(s: Sentence, figures: list[Figure]) -> None:
    """"К аналогичной дате прошлого года было засеяно 1 692,5 тыс. га" in a text on 2025: the figures of a sentence
    that opens with the same date or period of the previous year are of that year, up to its first clause break."""
    opening = PREVIOUS_OPENING_RE.match(s.text)
    if opening is None:
        return
    brk = CLAUSE_BREAK_RE.search(s.text, opening.end())
    end = brk.start() if brk else len(s.text)
    for f in figures:
        if f.year is not None and opening.end() <= f.start < end:
            f.year -= 1


def _bracketed_comparisons(s: Sentence, figures: list[Figure]) -> None:
    """"рассмотрено 11 103 дела (в 2021 году – 10 651, +4,2%) в отношении 11 850 лиц (11 466, +3,3%)" in 2022: the
    signed change after the value compared with is the headline's (2022); a bracket that repeats the shape without
    its year gives the value the year the first one wrote (11 466 in 2021)."""
    text = s.text
    if "(" not in text or "%" not in text:
        return
    written: Optional[int] = None  # the year of the last bracket that wrote one
    for i, (value, change) in enumerate(zip(figures, figures[1:], strict=False)):
        if change.measure.unit != "percent" or text[change.start] not in SIGNS \
                or not BRACKET_COMMA_RE.fullmatch(text, value.measure.end, change.start) \
                or not text[change.measure.end:].lstrip().startswith(")"):
            continue
        opened = text.rfind("(", 0, value.start)
        headline = next((f for f in reversed(figures[:i]) if f.measure.end <= opened), None)
        if opened < 0 or ")" in text[opened:value.start] or headline is None or headline.year is None:
            continue
        label = text[opened + 1:value.start]
        if label.strip():
            if value.year is not None and value.year < headline.year:
                written = value.year
                change.year = headline.year
        elif written is not None and written < headline.year:
            value.year, change.year = written, headline.year


def range_from_base(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """"по сравнению с ... 2016 года ... с 10,8 до 8,3": the start of the range is the base's."""
    if s.absent(FROM_WORDS):
        return
    text = s.text
    for start, end in zip(figures, figures[1:], strict=False):
        if end.year is None or not FROM_BEFORE_RE.search(text, max(0, start.start - 8), start.start) \
                or not TO_BETWEEN_RE.fullmatch(text, start.measure.end, end.start):
            continue
        base = _base_year(s, years, end.year)
        if base is not None and start.year in (None, end.year):
            start.year = base


def _base_year(s: Sentence, years: list[YearMention], period: int) -> Optional[int]:
    """The comparison base the sentence names: a year, or the previous period ("аналогичным периодом
    предыдущего года")."""
    named = [y.year for y in years if y.compared and y.year is not None and y.year < period]
    if named:
        return named[-1]
    if not s.absent(PREVIOUS_WORDS) and PREVIOUS_PERIOD_RE.search(s.text):
        return period - 1
    return None


def _compares(s: Sentence, figures: list[Figure], years: list[YearMention], period: int) -> bool:
    """A comparison base before the period ("к уровню 2016 года"), an earlier year stating its own value in
    parentheses ("(2016 г. – 4,6%)") or after undated figures ("с 4060,3 тыс. га намолотили 5214 тыс. тонн, в 2017
    году получено 5225,3 тыс. тонн"), or the previous period named without a year."""
    for y in years:
        if y.year is None or y.year > period or y.year == period and not opens_the_year(s.text, y.pos):
            continue
        if y.compared or (y.sets_context and (_in_parentheses(s.text, y.pos) or _earlier_value_after(figures, y))):
            return True
    if not s.absent(EARLIER_MONTH_WORDS) and EARLIER_MONTH_RE.search(s.text):
        return True
    if s.absent(PREVIOUS_WORDS):  # they hold "годом ранее" and "в прошлом году" too
        return False
    if any(against_the_year_before(s, f) for f in figures):  # dated or not (a month after it may have dated it)
        return True  # "в 9 городах против 12 в прошлом году": the value compared with is the year before's
    return bool(PREVIOUS_PERIOD_RE.search(s.text)) or _previous_value_after(s, figures)


def _previous_value_after(s: Sentence, figures: list[Figure]) -> bool:
    """Whether an undated figure is followed by the previous period's value under its label ("Выдано 487 тыс.
    удостоверений (в прошлом году – 452 тыс.)"): the figure is compared with it, as with "(2022 г. – 452 тыс.)"."""
    for f in figures:
        label = PREVIOUS_VALUE_LABEL_RE.search(s.text, max(0, f.start - PREVIOUS_VALUE_WINDOW), f.start)
        if label and any(g.year is None and g.measure.end <= label.start() for g in figures):
            return True
    return False


def _earlier_value_after(figures: list[Figure], y: YearMention) -> bool:
    """Whether an earlier year dates a figure after it of the same unit as an undated figure before it: the sentence
    sets the period's value beside that year's ("намолотили 5214 тыс. тонн, в 2017 году получено 5225,3 тыс. тонн";
    not "По 132 населенным пунктам сроки перенесены на 2022 год, применены штрафы на 1,2 млрд. тенге")."""
    undated = {f.measure.unit for f in figures if f.start < y.pos and f.year is None}
    return any(f.start > y.pos and f.year == y.year and f.measure.unit in undated for f in figures)


def _in_parentheses(text: str, pos: int) -> bool:
    """Whether pos lies inside an open parenthesis."""
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def plan_period(s: Sentence, years: list[YearMention]) -> Optional[int]:
    """The period the sentence names last, where it names it as a plan year ("прогноз ... на 2019 год"), else None."""
    for y in reversed(years):
        if y.year is not None and y.sets_context and not _in_parentheses(s.text, y.pos):
            plan = PLAN_YEAR_BEFORE_RE.search(s.text, max(0, y.pos - 4), y.pos) and PLAN_YEAR_WORD_RE.match(s.text, y.pos + 4)
            return y.year if plan else None
    return None


def named_period(s: Sentence, years: list[YearMention]) -> Optional[int]:
    """The last period the sentence names for what follows (outside parentheses, not a comparison base, not the
    first day of a year: "В 2016 году ... 244 субъектов ... на 1 января 2017 года зарегистрировано 16 малых
    предприятий. | Количество ... по сравнению с 2015 годом выросло на 1" is 2016, the stock date closing that
    period)."""
    for y in reversed(years):
        if y.year is not None and y.sets_context and not y.compared and not _year_start(s, y) \
                and not _earlier_than_the_period(s, y) and (not _in_parentheses(s.text, y.pos) or _bracketed_span(s, y)):
            return y.year
    return None


def day_in_force(s: Sentence, years: list[YearMention], named: Optional[int], day_year: Optional[int]) -> Optional[int]:
    """The year of the day in force after the sentence: that of the period it names (`named`, see `named_period`) where that is a day
    written with its year ("По итогам ... сессии 14 ноября 2025 года", "26 ноября 2025 года ... отмечался"; not a stock date opening a
    year, nor the end of a span of months), `day_year` where it names none or a part of the year without it ("За сутки"), else None."""
    own = [y for y in years if y.year == named and y.sets_context and not y.part_of_year]
    if named is None or not own:
        return day_year
    return named if any(DAY_OF_YEAR_RE.match(s.text, y.pos, y.end) and not _year_start(s, y)
                        and not closes_a_span_of_months(s.text, y.pos) for y in own) else None


def _bracketed_span(s: Sentence, y: YearMention) -> bool:
    """Whether a parenthesised year closes a span of dates or months ("В основной период тестирования (с 14 мая по
    5 июля 2025 года) ..."): the period the sentence speaks of, not an earlier value beside it."""
    return bool(BRACKETED_SPAN_RE.search(s.text, max(0, y.pos - BRACKETED_SPAN_WINDOW), y.pos))


def _earlier_than_the_period(s: Sentence, y: YearMention) -> bool:
    """Whether the sentence names the year as one before the period it speaks of: "Годом ранее - на 1 августа 2019
    года - этот показатель равнялся 5%" (the value compared with), "В текущем году рост возобновился после
    «коронакризисного» 2020-го" (a time before it)."""
    if s.absent(EARLIER_WORDS, 0, y.pos):
        return False
    return bool(EARLIER_PERIOD_RE.search(s.text, max(0, y.pos - EARLIER_WINDOW), y.pos))


def _year_start(s: Sentence, y: YearMention) -> bool:
    """Whether a mention is the first day of its year as a stock date: "на 1 января 2017 года", "на 01.01.2016", "на
    начало 2017 года"; not a span it opens ("с 1 января 2026 года тариф составит": that year on)."""
    if FROM_BEFORE_RE.search(s.text, max(0, y.pos - 4), y.pos):
        return False
    return bool(YEAR_START_RE.match(s.text, y.pos) or YEAR_START_BEFORE_RE.search(s.text, max(0, y.pos - 16), y.pos))
