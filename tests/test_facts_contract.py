"""Facts are built without pydantic's validation only where each field is already exactly of its declared type;
anything else is validated (converted or rejected), so a built Fact always equals a validated one."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.facts import TextBlock, extract_facts
from pipeline.facts.contract import fact
from pipeline.models import Fact, Location


def _fields(**changed) -> dict:
    fields = dict(value=66000.0, unit="count", object="нарушений", qualifier="более", text="более 66 тыс. нарушений",
                  sentence="Выявлено более 66 тыс. нарушений.", year=2019, per=None, per_object=None, change=None,
                  part="analytical_note", direction="1", goal="1.1", location=Location(paragraph=3))
    fields.update(changed)
    return fields


def _same(a: Fact, b: Fact) -> bool:
    return ([(type(v), v) for v in dict(a).values()] == [(type(v), v) for v in dict(b).values()]
            and a.model_fields_set == b.model_fields_set and a.model_dump_json() == b.model_dump_json())


@pytest.mark.parametrize("changed", [
    {},
    {"object": None, "qualifier": None, "year": None, "direction": None, "goal": None, "location": None},
    {"per": 100000.0, "per_object": "населения", "change": "decrease", "part": "risks"},
])
def test_fields_of_their_declared_types_give_the_validated_fact(changed):
    fields = _fields(**changed)
    assert _same(fact(dict(fields)), Fact.model_validate(fields))


@pytest.mark.parametrize("changed", [
    {"value": 66000},  # an int where a float is declared: validation makes it 66000.0
    {"year": "2019"},  # a string year: validation reads it as 2019
    {"per": 100},
])
def test_a_field_of_another_type_is_validated(changed):
    built = fact(_fields(**changed))
    assert _same(built, Fact.model_validate(_fields(**changed)))
    assert type(built.value) is float and type(built.year) is int


@pytest.mark.parametrize("changed", [
    {"change": "growth"},  # not one of increase, decrease, change
    {"part": "note"},
    {"unit": None},
    {"location": {"paragraph": "three"}},
])
def test_a_field_validation_rejects_is_rejected(changed):
    with pytest.raises(ValidationError):
        fact(_fields(**changed))


def test_every_field_of_the_model_is_checked():
    """A field added to Fact needs its type check in pipeline.facts.contract (until then every fact is validated)."""
    from pipeline.facts import contract

    assert contract.CHECKED == tuple(Fact.model_fields)


def test_the_extractor_builds_what_validation_would_give():
    text = ("В 2019 году выявлено более 66 тыс. нарушений, что на 3,1% меньше, чем в 2018 году; смертность – 38,4 "
            "случая на 100 тыс. населения.")
    facts = extract_facts([TextBlock(text, Location(paragraph=0), "1", "1.1")], "analytical_note")
    assert len(facts) == 3
    for built in facts:
        assert _same(built, Fact.model_validate(dict(built)))
