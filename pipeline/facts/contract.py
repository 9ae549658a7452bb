"""The contract's Fact, built without pydantic's validation only where validation could change nothing.

pydantic's validation of a Fact costs about as much as reading its figure, and `Fact.model_construct` (which also
fills defaults and aliases) costs more still. `fact(fields)` checks each field against its declared type itself (a
float value, a string or None for the words, an int or None for the year, one of the allowed strings for `change`
and `part`, a Location or None): where every field is exactly of its type, validation would return the same values,
so the model is set up as pydantic sets it up (its fields, every field given, no extra and no private attributes);
anything else goes through `Fact.model_validate`, which converts or rejects it. A test builds the facts of every
labelled case and of a real report both ways and expects the same values, types, fields set and JSON.
"""
from __future__ import annotations

from typing import Any, get_args

from pipeline.models import Fact, Location

FIELDS = tuple(Fact.model_fields)
# The fields `_of_declared_types` checks, in the model's order; a field added to the model and not here sends every
# fact through validation (and fails a test) until its check is written.
CHECKED = ("value", "unit", "object", "qualifier", "text", "sentence", "year", "per", "per_object", "change", "part",
           "direction", "goal", "location")
ALL_CHECKED = FIELDS == CHECKED
STRING_OR_NONE = (str, type(None))
INT_OR_NONE = (int, type(None))
FLOAT_OR_NONE = (float, type(None))
LOCATION_OR_NONE = (Location, type(None))
CHANGES = frozenset(get_args(get_args(Fact.model_fields["change"].annotation)[0])) | {None}
PARTS = frozenset(get_args(Fact.model_fields["part"].annotation))
_set = object.__setattr__


def fact(fields: dict[str, Any]) -> Fact:
    """The Fact of `fields` (every field of the model given), validated unless each is exactly of its declared type."""
    if not _of_declared_types(fields):
        return Fact.model_validate(fields)
    built = Fact.__new__(Fact)
    _set(built, "__dict__", fields)
    _set(built, "__pydantic_fields_set__", set(fields))
    _set(built, "__pydantic_extra__", None)
    _set(built, "__pydantic_private__", None)
    return built


def _of_declared_types(fields: dict[str, Any]) -> bool:
    """Whether the fields are the model's, in its order, each exactly of its declared type (no subclass, no bool
    for an int, no int for a float), so that validation would keep every value as it is."""
    f = fields
    return (ALL_CHECKED and tuple(f) == FIELDS and type(f["value"]) is float
            and type(f["unit"]) is str and type(f["text"]) is str and type(f["sentence"]) is str
            and type(f["object"]) in STRING_OR_NONE and type(f["qualifier"]) in STRING_OR_NONE
            and type(f["per_object"]) in STRING_OR_NONE and type(f["direction"]) in STRING_OR_NONE
            and type(f["goal"]) in STRING_OR_NONE and type(f["year"]) in INT_OR_NONE and type(f["per"]) in FLOAT_OR_NONE
            and type(f["change"]) in STRING_OR_NONE and f["change"] in CHANGES
            and type(f["part"]) is str and f["part"] in PARTS and type(f["location"]) in LOCATION_OR_NONE)
