"""Figures of the analytical note and the risk table: value, unit, counted word, year, qualifier.

A figure is a number written with digits that measures something ("20 979 человек", "46,2%",
"13,5 млн. тенге", "в 2 раза"). Years, dates, article/order/goal numbers, list numbering and
numbers inside quoted names are not figures; a year tied to a figure goes into its `year`.

The modules, lowest first (each imports only those above it in this list):

    contract     the contract's Fact of a figure, validated unless each field is already exactly of its type
    words        what morphology says of a word (lemmas, cases, whether it names people)
    sentence     the sentence read once: text, lower-cased text, number tokens, words with their morphology
    measures     what a number measures: magnitude, unit or counted noun, qualifier, value
    exclusions   what a number is when it is not a figure: quotes, dates, list numbers, references, codes
    years        which numbers are years, and which year each figure speaks of
    figures      the scan of one sentence: every number token excluded, a year, or a figure
    context      what a bare figure takes from its neighbours and from earlier sentences

`_sentence_figures` below is the list of stages a sentence goes through; a new construction is a function in
the module of its concern, added there as one more stage.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Optional

import regex

from pipeline.facts.adjective_units import units_of_two_words
from pipeline.facts.age_bounds import bracketed_age_bounds
from pipeline.facts.agreed_people import people_by_agreement, things_by_their_measure
from pipeline.facts.aimed_targets import aimed_values_of_later_years
from pipeline.facts.bare_rate_levels import ratios_per_a_base_before
from pipeline.facts.bound_labels import bounds_of_parallel_labels
from pipeline.facts.bracketed_counts import counted_in_brackets
from pipeline.facts.bracketed_months import months_in_brackets
from pipeline.facts.change_members import changes_of_members
from pipeline.facts.changes import difference_of_a_compound, mark_changes
from pipeline.facts.clock_times import times_in_abbreviated_units
from pipeline.facts.code_nouns import counts_of_code_nouns
from pipeline.facts.concentration_bases import concentration_bases
from pipeline.facts.context import (
    LIST_ITEM_RE,
    Carry,
    borrow_from_partner,
    inherit_units,
    refers_back,
)
from pipeline.facts.contract import fact
from pipeline.facts.count_amounts import amounts_of_counted_pairs
from pipeline.facts.count_level_bases import bases_of_counts_before_them
from pipeline.facts.cross_year_seasons import undated_in_cross_year_seasons
from pipeline.facts.cumulative_spans import totals_since_a_start
from pipeline.facts.currency_bases import priced_unit_subjects
from pipeline.facts.currency_words import currencies_said_in_full
from pipeline.facts.dative_bases import bases_of_one_in_the_dative
from pipeline.facts.described_starts import starts_of_described_things
from pipeline.facts.dimensions import units_of_dimensions
from pipeline.facts.each_bases import changes_per_each
from pipeline.facts.event_periods import values_before_an_event
from pipeline.facts.exchange_rates import exchange_rate_bases
from pipeline.facts.fee_items import fee_item_bases
from pipeline.facts.figures import scan
from pipeline.facts.fraction_bases import bases_of_a_fraction
from pipeline.facts.fraction_labels import counted_by_the_share
from pipeline.facts.grade_entries import grades_entered
from pipeline.facts.grade_ranges import ranges_of_grades
from pipeline.facts.heading_titles import sentences_after_heading
from pipeline.facts.label_kinds import labels_of_another_kind, parts_of_another_kind
from pipeline.facts.labelled_amounts import amounts_after_counted_labels
from pipeline.facts.lasting_durations import durations_of_no_period
from pipeline.facts.lead_in_changes import changes_of_parts_after_a_difference
from pipeline.facts.lead_in_measures import ratings_of_list_items
from pipeline.facts.level_bases import bases_before_levels
from pipeline.facts.livestock_heads import herds_counted
from pipeline.facts.measure_words import counted_by_measure_word
from pipeline.facts.measures import Figure, value_of
from pipeline.facts.member_positions import units_by_member_position
from pipeline.facts.money import COUNTRY_STARTS, WITH_COUNTRY_RE, countries_named, first_countries
from pipeline.facts.money_bases import bases_of_one_money_unit
from pipeline.facts.month_days import days_of_the_month
from pipeline.facts.month_spans import month_spans_across_years
from pipeline.facts.name_years import years_of_unquoted_names
from pipeline.facts.named_starts import named_starts
from pipeline.facts.norm_bases import bases_of_one_per_many
from pipeline.facts.norm_values import values_of_the_norm
from pipeline.facts.noun_lead_ins import nouns_of_scale_lead_ins
from pipeline.facts.noun_years import years_of_the_noun
from pipeline.facts.numeral_agreement import elided_in_agreement
from pipeline.facts.organisation_agents import licensed_organisations
from pipeline.facts.paragraph_periods import paragraph_period
from pipeline.facts.parallel_members import units_of_parallel_members
from pipeline.facts.part_scales import parts_at_their_own_scale
from pipeline.facts.participle_people import people_by_participle, people_by_passive_participle
from pipeline.facts.periods import (
    day_in_force,
    headline_years,
    named_period,
    plan_period,
    previous_period_values,
    range_from_base,
    reporting_period_mentions,
    year_end_mentions,
    yearless_sentence_period,
)
from pipeline.facts.planned_targets import plans_of_later_years
from pipeline.facts.present_asides import undate_present_asides
from pipeline.facts.pronouns import counted_by_pronoun
from pipeline.facts.range_sums import sums_for_year_ranges
from pipeline.facts.rank_members import places_of_a_ranking
from pipeline.facts.rate_labels import elided_base_labels, members_past_semicolon
from pipeline.facts.repeated_bases import bases_said_again
from pipeline.facts.repeated_brackets import bare_brackets_of_labelled
from pipeline.facts.reported_periods import (
    ReportedPeriod,
    TextPeriod,
    reported_period_mentions,
    span_year_of_text,
    undate_before_text_periods,
)
from pipeline.facts.respective_members import earlier_members_respectively
from pipeline.facts.respective_pairs import pairs_restating_earlier
from pipeline.facts.respective_runs import runs_restating_earlier
from pipeline.facts.restatements import restated_prices
from pipeline.facts.results_before_plans import period_of_results
from pipeline.facts.same_dates import dated_by_reference, last_date_year
from pipeline.facts.scaled_brackets import brackets_at_their_scale
from pipeline.facts.season_mentions import season_mentions
from pipeline.facts.sentence import Sentence, literals, lowered
from pipeline.facts.sentence_year_ends import year_ends_of_the_sentence
from pipeline.facts.series import (
    attach_rate_bases,
    like_the_item_before,
    rates_of_last_sentence,
    units_written_once,
)
from pipeline.facts.since_years import since_years
from pipeline.facts.span_bases import headlines_against_earlier_spans
from pipeline.facts.substantive_people import substantives_of_people
from pipeline.facts.such_counts import counted_by_such
from pipeline.facts.summed_breakdowns import breakdowns_of_totals
from pipeline.facts.target_years import targets_of_later_years
from pipeline.facts.teu_words import containers_in_teu
from pipeline.facts.title_brackets import title_bracket_year
from pipeline.facts.title_spans import title_seasons
from pipeline.facts.title_weeks import title_period_year, title_week_mentions
from pipeline.facts.title_years import years_ending_titles
from pipeline.facts.tonne_kinds import tonnes_of_a_kind
from pipeline.facts.unscaled_units import scaled_members_of_amounts
from pipeline.facts.when_clauses import years_of_when_clauses
from pipeline.facts.wholes_after_parts import wholes_after_parts
from pipeline.facts.year_followups import follow_up_years
from pipeline.facts.year_spans import year_span_mentions
from pipeline.facts.years import YearMention, assign_years
from pipeline.models import Fact, Location
from pipeline.sentences import split_sentences

__all__ = ["TextBlock", "extract_facts", "facts_of_text", "split_sentences"]

HEADING_RE = regex.compile(
    r"^\s*(?:стратегическое\s+направление|направление|цель|задача|подцель)\s+\d+(?:\.\d+)*[.:]?(?:\s|\Z)",
    regex.IGNORECASE,
)
DIGIT_RE = regex.compile(r"\d")
COUNTRY_WORDS = literals(*COUNTRY_STARTS)  # what every match of money.COUNTRY_RE holds, lower-cased
COUNTRY_AFTER_UNIT = 12  # characters after a figure's span searched for its currency's country ("рублей российских")
MAX_TITLE_LENGTH = 100  # a line of prose this short, without figures or a sentence end, titles a section
MAX_DATED_TITLE_LENGTH = 250  # a title line naming its period ("... сводка за неделю с 10 по 16 ноября 2025 года")


@dataclass
class TextBlock:
    """One paragraph or table cell of the note/risk table, with its place and headings."""

    text: str
    location: Location | None = None  # pipeline.models.Location
    direction: str | None = None  # e.g. "1"
    goal: str | None = None  # e.g. "1.1"


def extract_facts(blocks: Sequence[TextBlock], part: str, reporting_year: Optional[int] = None,
                  period_from_text: bool = False) -> list[Fact]:
    """Facts of a run of paragraphs (or table cells) in reading order; context (elided nouns, a list's lead-in)
    may carry from one block to the next. `reporting_year`: the report's, which "в отчетном году" and a headline
    figure compared with earlier years take (see `periods`); `period_from_text`: for prose that is no report, the
    period the text names stands for it (see `Carry.period`)."""
    carry = Carry(reporting_year=reporting_year, period_from_text=period_from_text)
    facts: list[Fact] = []
    # a shared money word's code -> the currency of the country the text named last (before its first naming: first)
    # Lower-cased once per block: a slice of it is the sentence lower-cased (only a Greek final sigma depends on its
    # neighbours, and no prefilter looks for one). Sentences without digits use it too: their scans for "в отчетном
    # году" and "на следующий год" are skipped when the words are absent.
    lows = [lowered(block.text) for block in blocks]
    currencies = first_countries(zip((block.text for block in blocks), lows, strict=True))
    money_nouns: dict[str, str] = {}  # a money noun written with its country ("швейцарских франков") -> its code
    text_period = TextPeriod()  # the period the text's title or lead names (see `reported_periods`)
    for i, (block, low) in enumerate(zip(blocks, lows, strict=True)):
        heading = HEADING_RE.match(block.text)
        if heading:
            carry, text_period = Carry(reporting_year=reporting_year, period_from_text=period_from_text), TextPeriod()
        section_title = period_from_text and _is_section_title(block.text)
        carry.new_paragraph(section_title=section_title, item=bool(LIST_ITEM_RE.match(block.text)))
        before = len(facts)
        if period_from_text and reporting_year is None:
            carry.paragraph_year = paragraph_period(block.text, low)
            carry.paragraph_text = block.text
        reported = text_period.period if period_from_text and reporting_year is None else None
        for j, (a, b) in enumerate(_sentences_after_heading(block.text, heading)):
            s = Sentence(block.text[a:b], None if low is None else low[a:b])
            figures = _sentence_figures(s, carry, reported)
            if j == 0 and not section_title:
                text_period.first_sentence(s.text, carry.named)
            _currency_of_the_country(s, figures, currencies)
            currencies_said_in_full(s, figures, money_nouns)
            if figures:
                joined = " ".join(s.text.split())
                facts += [_fact(fig, s.text, joined, block, part) for fig in figures]
        breakdowns_of_totals(facts, before)
        if period_from_text and _is_dated_title(block.text, facts, before):
            _date_by_the_bracket(block.text, carry)
            carry.title_text = block.text
            carry.title_year = carry.named
            carry.title_period = title_period_year(block.text, carry.named)
        if section_title or period_from_text and (i == 0 or len(facts) == before) and _is_headline(block.text):
            text_period.title(block.text, carry.named)
    return facts


def _date_by_the_bracket(title: str, carry: Carry) -> None:
    """A title whose only period is in the bracket closing it names that period for the text (see `title_brackets`)."""
    bracket = title_bracket_year(title) if carry.named is None else None
    if bracket is not None:
        carry.named = carry.named_in_text = bracket[0]
        carry.day_year = bracket[0] if bracket[1] else carry.day_year


def _is_dated_title(text: str, facts: list[Fact], before: int) -> bool:
    """A title line: one line without a sentence end whose numbers were all periods or dates (no fact came of it)."""
    return len(facts) == before and _is_headline(text)


def _is_headline(text: str) -> bool:
    """One line without a sentence end, as a title or a headline is ("В 2012 году в России в ДТП погибли 28 тысяч
    человек": the text's first line may state figures)."""
    line = text.strip()
    return 0 < len(line) <= MAX_DATED_TITLE_LENGTH and line[-1] not in ".!?:;," and len(split_sentences(line)) == 1


def _sentences_after_heading(text: str, heading: regex.Match | None) -> list[tuple[int, int]]:
    """Sentence spans of a block; a block opening with a goal's or direction's heading ("Цель 2.3. Обеспечение
    безопасности. В 2019 году ...") loses the heading and its title, keeping its prose (`heading_titles`)."""
    spans = split_sentences(text)
    return spans if heading is None else sentences_after_heading(text, heading.end(), spans)


def facts_of_text(text: str, reporting_year: Optional[int] = None) -> list[Fact]:
    """Facts of plain prose that is not a report: each non-empty line a paragraph (its `location.paragraph` the
    0-based line number), the period the text names standing for a reporting year unless one is given.

    facts_of_text("В 2017 году отмечен рост.\nПроизведено 1355 тонн, что на 8,3 % выше уровня 2016 года.")
    -> 1355 tonne and 8.3 percent, both of 2017."""
    blocks = [TextBlock(line, Location(paragraph=i)) for i, line in enumerate(text.splitlines()) if line.strip()]
    return extract_facts(blocks, "analytical_note", reporting_year=reporting_year, period_from_text=True)


def _currency_of_the_country(s: Sentence, figures: list[Figure], currencies: dict[str, str]) -> None:
    """Money in a word that countries share takes the currency of the country the text names, from the sentence
    naming it on (and before it, the first country the text names): "121,8 млрд. рублей" in a text on Belarus is
    BYN, "14,2 млн манатов" in one on Turkmenistan TMT (money.countries_named, money.first_countries; `currencies`
    carries the countries named so far). A figure written with its country
    ("3,1 млрд российских рублей") keeps its unit."""
    if not s.absent(COUNTRY_WORDS):
        currencies.update(countries_named(s.text))
    if not currencies:
        return
    for f in figures:
        code = currencies.get(f.measure.unit or "")
        if code is not None and code != f.measure.unit \
                and not WITH_COUNTRY_RE.search(s.text, f.start, f.measure.end + COUNTRY_AFTER_UNIT):
            f.measure = replace(f.measure, unit=code)


def _is_section_title(text: str) -> bool:
    """A short line without figures or a sentence end: the title of a new section of prose ("Рынок труда")."""
    line = text.strip()
    return 0 < len(line) <= MAX_TITLE_LENGTH and not DIGIT_RE.search(line) and line[-1] not in ".!?:;,"


def _sentence_figures(s: Sentence, carry: Carry, reported: Optional[ReportedPeriod] = None) -> list[Figure]:
    """Figures of one sentence with units and years, using and updating what earlier sentences carry (`reported`:
    the period the text's title or lead names, in prose that is no report)."""
    is_item = carry.is_item(s)
    if s.prefilters and not DIGIT_RE.search(s.text):  # no number, no figure
        # the periods it names matter only to a lead-in ending with ':' (the only sentence whose years Carry.update reads)
        lead_in = s.text.rstrip().endswith(":")
        carry.update(s, [], _period_mentions(s, carry) if lead_in else [], is_item)
        return []
    figures, years = scan(s)
    years = sorted(month_spans_across_years(s, years) + years_ending_titles(s, figures), key=lambda y: y.pos)
    starts_of_described_things(s, years)
    years_of_unquoted_names(s, figures)
    grades_entered(s, figures)
    ranges_of_grades(s, figures)
    days_of_the_month(s, figures)
    containers_in_teu(s, figures)
    units_of_two_words(s, figures)
    times_in_abbreviated_units(s, figures)
    units_of_dimensions(s, figures)
    counts_of_code_nouns(s, figures)
    tonnes_of_a_kind(s, figures)
    people_by_agreement(figures)
    people_by_participle(s, figures)
    things_by_their_measure(s, figures)
    concentration_bases(s, figures)
    bases_of_one_per_many(s, figures)
    bases_before_levels(s, figures)
    bases_of_counts_before_them(s, figures)
    bases_of_one_money_unit(s, figures)
    bases_of_a_fraction(s, figures)
    ratios_per_a_base_before(s, figures)
    reporting = year_ends_of_the_sentence(s, _period_mentions(s, carry), years)
    # "за год": the year its paragraph names (in prose before or after it; in a report's note before it, where the
    # reporting year is known, as the note's other parts of the year written without it)
    span_year = carry.current_year() if carry.period_from_text else carry.notes_year() and carry.named
    # "За год" under a title or lead naming a whole year: that year, in any paragraph naming none (rule 5, arbiter6)
    own_span, span_year = span_year, span_year_of_text(span_year, reported)
    spans = year_span_mentions(s, span_year, years + reporting)
    spans += reported_period_mentions(s, span_year, reported, years + reporting + spans)
    reporting += spans
    if reporting:
        years = sorted(years + reporting, key=lambda y: y.pos)
    own = [f for f in figures if not f.measure.skip]
    template = tuple(f.measure for f in own) if all(f.measure.unit for f in own) else None
    if is_item:
        like_the_item_before(own, carry.item_template)
    pairs_restating_earlier(s, figures)
    runs_restating_earlier(s, figures)
    borrow_from_partner(s, figures)
    bases = [f for f in figures if f.rate_base]
    figures = [f for f in figures if not f.measure.skip]
    if figures:  # the stages below change only the sentence's figures: none, nothing to do
        _units_and_bases(s, figures, bases, carry, is_item)
    carry.last_rate, carry.last_rate_nearby = next((f for f in reversed(figures) if f.per is not None), None), True
    if figures:
        _changes_and_years(s, figures, years, carry, is_item)
        undate_before_text_periods(s, figures, years, [y for y in spans if y.year != own_span])
        undate_present_asides(s, figures)
    carry.update(s, figures, years, is_item)
    carry.keep_template(template if is_item else None)
    named = period_of_results(s, years, named_period(s, years), bool(figures))
    carry.name(named, plan_period(s, years), bool(figures) and all(f.elided for f in figures))
    carry.day_year = day_in_force(s, years, named, carry.day_year)
    carry.date_year = last_date_year(s, years) or carry.date_year
    return figures


def _units_and_bases(s: Sentence, figures: list[Figure], bases: list[Figure], carry: Carry, is_item: bool) -> None:
    """The units, counted nouns and rate bases a sentence's figures take from each other and from what went before."""
    units_written_once(s, figures)
    nouns_of_scale_lead_ins(s, figures)
    amounts_of_counted_pairs(s, figures)
    units_of_parallel_members(s, figures)
    bounds_of_parallel_labels(s, figures)
    if is_item:
        ratings_of_list_items(s, figures, carry.lead_in)
    inherit_units(s, figures, carry, is_item)
    labels_of_another_kind(s, figures)
    parts_of_another_kind(s, figures)
    units_by_member_position(s, figures)
    people_by_passive_participle(s, figures)
    scaled_members_of_amounts(figures)
    wholes_after_parts(s, figures)
    parts_at_their_own_scale(s, figures)
    amounts_after_counted_labels(s, figures)
    counted_by_measure_word(s, figures)
    brackets_at_their_scale(s, figures)  # after the measure words have named what they count
    counted_by_pronoun(s, figures)
    counted_by_such(s, figures)
    counted_in_brackets(s, figures)
    counted_by_the_share(s, figures)
    attach_rate_bases(s, figures, bases)
    priced_unit_subjects(s, figures)
    exchange_rate_bases(s, figures)
    fee_item_bases(s, figures)
    bases_of_one_in_the_dative(s, figures)
    restated_prices(s.text, figures)
    elided_in_agreement(figures)
    elided_base_labels(s, figures)
    members_past_semicolon(s, figures)
    substantives_of_people(s, figures)
    herds_counted(s, figures)
    places_of_a_ranking(s, figures)
    bases_said_again(s, figures, carry.last_rate)
    if carry.last_rate is not None:  # the anaphora scan only where a rate went before
        rates_of_last_sentence(s, figures, carry.last_rate, refers_back(s), carry.last_rate_nearby)
    licensed_organisations(s, figures)


def _changes_and_years(s: Sentence, figures: list[Figure], years: list[YearMention], carry: Carry, is_item: bool) -> None:
    """The changes the figures state and the years they are of."""
    mark_changes(s, figures, carry.list_change if is_item else None)
    changes_of_members(s, figures)
    changes_of_parts_after_a_difference(s, figures)
    difference_of_a_compound(figures)
    changes_per_each(s, figures)
    assign_years(s, figures, years, carry.year(is_item))
    years_of_the_noun(s, figures, years)
    follow_up_years(s, figures, years)
    yearless_sentence_period(s, figures, years)
    undated_in_cross_year_seasons(s, figures)
    headline_years(s, figures, years, carry.period())
    headlines_against_earlier_spans(s, figures, years, carry.period())
    since_years(figures, years, carry.period())
    targets_of_later_years(s, figures, years, carry.period())
    plans_of_later_years(s, figures, years, carry.period())
    aimed_values_of_later_years(s, figures, years)
    years_of_when_clauses(s, figures)
    previous_period_values(s, figures)
    bare_brackets_of_labelled(s, figures)
    values_of_the_norm(s, figures)
    earlier_members_respectively(s, figures)
    values_before_an_event(s, figures)
    range_from_base(s, figures, years)
    durations_of_no_period(s, figures, years)
    totals_since_a_start(s, figures, years, carry.period())
    bracketed_age_bounds(s, figures)
    sums_for_year_ranges(s, figures, years)


def _period_mentions(s: Sentence, carry: Carry) -> list[YearMention]:
    """The periods the sentence names in words ("в отчетном году", "в текущем году", "в этом году"), as year mentions."""
    title_year = carry.title_year_in_force()
    current = carry.current_year()
    if current is None:  # "в текущем году" where the paragraph names no year of its own: a dated title line's, if any
        current = title_year
    found = reporting_period_mentions(s, carry.period(), carry.next_year(), current, carry.this_year(),
                                      carry.notes_year(), title_year, carry.day_year_in_force(),
                                      _passage_period(carry))
    found += months_in_brackets(s, carry.period())
    found += [y for y in dated_by_reference(s, carry.date_year, carry.named) if not any(f.pos <= y.pos < f.end for f in found)]
    if carry.title_period is not None and title_year is not None:
        found += [y for y in title_week_mentions(s, carry.title_period) if not any(f.pos <= y.pos < f.end for f in found)]
    found += [y for y in season_mentions(s, carry.period()) if not any(f.pos <= y.pos < f.end for f in found)]
    if carry.this_year() is None:  # "Весной" in a paragraph that named no year yet: the title line's, if any
        found += [y for y in title_seasons(s, title_year) if not any(f.pos <= y.pos < f.end for f in found)]
    if carry.period_from_text:
        found += [y for y in named_starts(s, carry.title_text, carry.paragraph_text)
                  if not any(f.pos <= y.pos < f.end for f in found)]
    ends = [y for y in year_end_mentions(s, carry.named or carry.paragraph_year) if not any(f.pos <= y.pos < f.end for f in found)]
    return sorted(found + ends, key=lambda y: y.pos)


def _passage_period(carry: Carry) -> Optional[int]:
    """The period of the passage a sentence stands in: in prose that is no report, the one its paragraph named so far,
    else the one the paragraph right before it named; in a report's note, the reporting year."""
    if carry.reporting_year is not None or not carry.period_from_text:
        return carry.reporting_year
    return carry.named if carry.named is not None else carry.named_before


def _fact(fig: Figure, sentence: str, joined: str, block: TextBlock, part: str) -> Fact:
    """The contract's fact for one figure (joined: the sentence with its whitespace runs made single spaces)."""
    return fact({
        "value": value_of(fig.number, fig.measure) * fig.sign,
        "unit": fig.measure.unit or "count",
        "object": fig.measure.object,
        "qualifier": fig.qualifier,
        "text": " ".join(sentence[fig.start:fig.measure.end].split()),
        "sentence": joined,
        "year": fig.year,
        "per": float(fig.per) if fig.per is not None else None,
        "per_object": fig.per_object,
        "change": fig.change,
        "part": part,
        "direction": block.direction,
        "goal": block.goal,
        "location": block.location,
    })
