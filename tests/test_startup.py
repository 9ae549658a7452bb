"""Start-up: each command imports only what it uses (a short run's time is mostly imports)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from helpers import DOCX, ROOT

EXTRACTOR = ("pipeline.extract", "pipeline.facts", "docx", "pdfplumber", "pymorphy3")
NEVER = ("pandas",)


def modules_after(argv: list[str]) -> set[str]:
    """The modules a fresh process has imported after running the command line with argv."""
    code = ("import contextlib, io, json, sys\nfrom pipeline.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
            f"    main({argv!r})\n"
            "print(json.dumps(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("argv, unused", [
    (["schema"], EXTRACTOR + ("sqlalchemy",) + NEVER),
    (["load", "{out}"], EXTRACTOR + NEVER),
    (["extract", "{docx}", "-o", "{out}", "--jobs", "1"], ("sqlalchemy", "pdfplumber") + NEVER),
])
def test_a_command_imports_only_what_it_uses(argv, unused, tmp_path):
    argv = [a.format(out=tmp_path / "out", docx=DOCX[0]) for a in argv]
    assert sorted(set(unused) & modules_after(argv)) == []
