"""The fact extractor's modules stay in layers: each imports only the ones below it, and no private names."""
from __future__ import annotations

import ast
from pathlib import Path

import pipeline.facts

PACKAGE = Path(pipeline.facts.__file__).parent
# Lowest first: a module may import only modules listed before it.
LAYERS = [
    "contract", "money", "zero_codes", "words", "age_adjectives", "amount_complements", "grams", "sentence",
    "alternatives", "paucal_attributes", "measures", "currency_words", "letter_codes", "service_counts", "dimensions",
    "price_values", "edition_years", "exclusions", "instrumental_bases", "exceeded_bases", "numeral_agreement",
    "rank_bounds", "asides", "named_years", "attribute_participles", "years", "year_followups", "noun_years",
    "season_mentions", "title_brackets", "named_starts", "season_words", "unscaled_units", "cross_year_seasons",
    "described_starts", "year_spans", "part_periods", "label_members", "age_bounds", "teu_words", "adjective_units",
    "clock_times", "code_nouns", "date_spans", "month_spans", "month_long_spans", "clause_periods", "year_openings",
    "this_year_bases", "periods", "span_bases", "same_dates", "title_weeks", "results_before_plans",
    "title_spans", "title_years",
    "reported_periods", "since_years", "sentence_year_ends", "cumulative_spans", "range_sums", "event_periods",
    "when_clauses", "lasting_durations", "target_years", "planned_targets", "aimed_targets", "scale_readings",
    "rolling_periods", "figures", "grade_entries", "grade_ranges", "month_days", "paragraph_periods", "name_years",
    "norm_bases", "level_bases", "bare_rate_levels", "count_level_bases", "money_bases", "fraction_bases", "norm_values", "rate_labels",
    "member_labels", "part_scales", "labelled_amounts", "class_measures", "count_amounts", "earlier_in_brackets",
    "scaled_brackets", "bracketed_months", "staff_counts", "priced_items", "fee_items", "dative_bases",
    "item_attributes", "subject_bases", "currency_bases", "exchange_rates",
    "average_bases", "amount_bases", "yield_bases", "rate_owners",
    "currency_members", "paid_for_one", "one_thing_measures", "adjective_counts", "series", "noun_lead_ins",
    "restatements", "changes", "change_members", "present_asides", "each_bases", "modifiers", "person_predicates",
    "substantive_people", "livestock_heads",
    "part_prepositions", "named_breakdowns", "shortages", "subject_phrases", "label_nouns", "nominative_groups",
    "with_phrases", "included_parts", "wholes_after_parts", "change_dashes", "bounded_members", "context",
    "parallel_members", "bound_labels",
    "pronouns", "such_counts", "bracketed_counts", "unit_complements", "piece_labels", "measure_word_nouns", "piece_nouns",
    "measure_words", "lead_in_measures", "concentration_bases", "respective_members", "respective_pairs",
    "respective_runs", "summed_breakdowns", "tonne_kinds", "agreed_people", "participle_people", "label_kinds",
    "repeated_bases", "member_positions", "rank_members", "fraction_labels", "organisation_agents",
    "repeated_brackets", "heading_titles", "lead_in_changes",
    "__init__",
]


def _imports(module: str) -> list[tuple[str, list[str]]]:
    """(module of pipeline.facts imported, names imported from it) for each import of a module of the package."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline.facts."):
            found.append((node.module.removeprefix("pipeline.facts."), [a.name for a in node.names]))
        elif isinstance(node, ast.ImportFrom) and node.module == "pipeline.facts":
            found += [(a.name, []) for a in node.names]
    return found


def test_every_module_has_a_layer():
    """A new module of the package is placed in LAYERS."""
    assert sorted(p.stem for p in PACKAGE.glob("*.py")) == sorted(LAYERS)


def test_modules_import_only_lower_layers_and_public_names():
    """No import cycle inside the package, and no module reaches into another's private names."""
    for module in LAYERS:
        for imported, names in _imports(module):
            assert LAYERS.index(imported) < LAYERS.index(module), f"{module} imports {imported}"
            assert not [n for n in names if n.startswith("_")], f"{module} imports private names of {imported}"
