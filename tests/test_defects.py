"""`validate` finds each defect that samples/build_defects.py planted, at its place, and nothing false."""
from __future__ import annotations

import functools
import json

import pytest

from helpers import DEFECTIVE, ROOT, cli, cli_in_process

MANIFEST = json.loads((DEFECTIVE / "manifest.json").read_text(encoding="utf-8"))


@functools.cache
def validate_json(*paths) -> tuple[int, list[dict]]:
    """`validate --format json PATH...` in this process (each set of paths validated once): (exit status, findings)."""
    status, out, err = cli_in_process("validate", "--format", "json", *paths)
    assert "Traceback" not in err
    return status, json.loads(out)


def target_location(path, target: dict):
    """Where the planted defect sits, read from the extracted document (not hard-coded)."""
    from pipeline.extract import extract_document

    doc = extract_document(path)
    if "indicator" in target:
        ind = next(i for i in doc.indicators if i.name.startswith(target["indicator"]))
        return ind.location.model_dump(exclude_none=True)
    paragraph = next(f for f in doc.facts if target["paragraph"] in f.sentence)
    return {"paragraph": paragraph.location.paragraph, "page": paragraph.location.page}


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_defect_is_found_where_it_was_planted(name):
    expected = MANIFEST[name]
    status, findings = validate_json(DEFECTIVE / name)
    hits = [f for f in findings if f["code"] == expected["code"]]
    assert hits, f"{name}: no {expected['code']} in {[f['code'] for f in findings]}"
    assert all(f["file"].endswith(name) for f in findings)
    if expected["target"]:
        where = target_location(DEFECTIVE / name, expected["target"])
        assert any({k: f["location"][k] for k in where} == where for f in hits), (where, hits)
    severity = hits[0]["severity"]
    assert status == (1 if severity == "error" else 0)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_defect_brings_no_other_warning_or_error(name):
    """Besides the planted defect, the report is the correct sample: nothing else may be flagged."""
    _, findings = validate_json(DEFECTIVE / name)
    others = {f["code"] for f in findings if f["severity"] != "info"} - {MANIFEST[name]["code"]}
    allowed = {"missing_value"} if MANIFEST[name]["code"] == "unparsed_number" else set()
    assert others <= allowed, others


def test_unreadable_files_name_the_file_and_the_reason():
    _, findings = validate_json(DEFECTIVE / "truncated.docx", DEFECTIVE / "text_named.pdf", DEFECTIVE / "encrypted.pdf")
    messages = {f["file"].rsplit("/", 1)[-1]: f["message"] for f in findings if f["code"] == "unreadable_document"}
    assert set(messages) == {"truncated.docx", "text_named.pdf", "encrypted.pdf"}
    assert "encrypted" in messages["encrypted.pdf"].lower() or "password" in messages["encrypted.pdf"].lower()
    assert all(name in message for name, message in messages.items())


def test_correct_samples_validate_without_errors():
    """The born-digital samples and their legacy-format copies (the scans in samples/scans/ flag unsure numbers)."""
    documents = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in {".docx", ".pdf", ".doc", ".rtf", ".odt"})
    status, findings = validate_json(*documents)
    assert [f for f in findings if f["severity"] == "warning"] == []
    assert {f["code"] for f in findings if f["severity"] == "error"} <= {"missing_value"}  # the samples' "н/д" cells


def test_text_format_groups_by_document_and_counts():
    """The real command line, in a process of its own."""
    out = cli("validate", "--format", "text", DEFECTIVE / "status_contradiction.docx", DEFECTIVE / "truncated.pdf",
              timeout=120)
    lines = out.stdout.splitlines()
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert lines[0].endswith("status_contradiction.docx: 1 findings")
    assert "warning status_mismatch" in " ".join(lines[1].split())
    assert lines[-1] == "2 documents: 1 errors, 1 warnings, 0 info"


def test_html_page_is_self_contained_and_marks_the_defective_row():
    _, page, _ = cli_in_process("validate", "--format", "html", DEFECTIVE / "status_contradiction.docx")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
    assert "<script" not in page and "<link" not in page
    row = page[page.index("<tr class='warning'"):]
    row = row[: row.index("</tr>")]
    assert "Доля исполненных рекомендаций Советов по этике" in row and "status_mismatch" in row


def test_the_command_line_prints_what_the_library_finds():
    """`python -m pipeline validate --format json` in its own process: the same findings and exit status as in process."""
    paths = (DEFECTIVE / "status_contradiction.docx", DEFECTIVE / "truncated.docx")
    out = cli("validate", "--format", "json", *paths, timeout=120)
    assert "Traceback" not in out.stderr
    assert (out.returncode, json.loads(out.stdout)) == validate_json(*paths) == (1, json.loads(out.stdout))


@pytest.mark.parametrize("args", [["validate"], ["validate", "--format", "xml", "samples"]])
def test_validate_bad_usage_exits_2(args):
    status, _, err = cli_in_process(*args)
    assert status == 2 and "usage:" in err
