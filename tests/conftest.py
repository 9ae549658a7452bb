"""Fixtures shared by the tests; plain helpers (paths, builders, runners) are in helpers.py."""
from __future__ import annotations

import pytest

from helpers import SAMPLES


@pytest.fixture(scope="session")
def extracted():
    """Extract each sample file once per test session: (name, format) -> document dict."""
    from pipeline.extract import extract_document

    cache: dict[tuple[str, str], dict] = {}

    def get(name: str, fmt: str) -> dict:
        key = (name, fmt)
        if key not in cache:
            path = SAMPLES / f"{name}.{fmt}"
            if not path.exists():
                pytest.skip(f"{path.name} not built")
            cache[key] = extract_document(path).model_dump(mode="json")
        return cache[key]

    return get
