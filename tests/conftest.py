"""Fixtures shared by the tests; plain helpers (paths, builders, runners) are in helpers.py."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import HISTORY, SAMPLES


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


@pytest.fixture(scope="session")
def history_run(tmp_path_factory) -> Path:
    """samples/history/archive/ (two agencies over four years) extracted once: the run folder."""
    from pipeline.batch import run_extract

    out = tmp_path_factory.mktemp("history_run")
    run_extract([str(HISTORY / "archive")], out, jobs=2)
    return out


@pytest.fixture(scope="session")
def history_truth() -> dict:
    return json.loads((HISTORY / "truth.json").read_text(encoding="utf-8"))
