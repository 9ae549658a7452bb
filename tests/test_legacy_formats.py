"""Legacy .doc, .rtf and .odt files (LibreOffice's own saves of agds_2019.docx) give the DOCX's records."""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import zipfile

import pytest

from helpers import ROOT, SAMPLES
from pipeline.batch import collect_paths, run_extract
from pipeline.extract import extract_document
from pipeline.readers.convert import converted_to_docx, make_profile, profile_template, soffice_binary

LEGACY = ROOT / "tests" / "data" / "legacy"
FORMATS = ("doc", "rtf", "odt")
PARTS = ("report", "risks", "indicators", "facts", "findings")
W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# CI installs LibreOffice (.ci/run), so there a missing soffice fails the tests instead of skipping them.
pytestmark = pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("CI"),
                                reason="LibreOffice (soffice) is not installed")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("part", PARTS)
def test_legacy_file_gives_the_records_of_its_docx(fmt, part, extracted):
    """Field for field, locations included: the conversion keeps every paragraph and table in place."""
    assert extracted("agds_2019", fmt)[part] == extracted("agds_2019", "docx")[part]


@pytest.mark.parametrize("fmt", FORMATS)
def test_source_format_is_the_files_own(fmt, extracted):
    source = extracted("agds_2019", fmt)["source"]
    assert source["format"] == fmt and source["file"] == f"agds_2019.{fmt}" and source["pages"] is None


def test_tracked_changes_survive_the_doc_conversion_and_read_as_accepted(extracted):
    """The .doc still holds the sample's tracked insertions and deletions; the records have them accepted."""
    with converted_to_docx(SAMPLES / "agds_2019.doc", "doc") as docx:
        xml = zipfile.ZipFile(docx).read("word/document.xml")
    assert W_NS in xml and b"<w:ins " in xml and b"<w:delText" in xml
    deleted = [t.decode() for t in _del_texts(xml)]
    assert deleted
    records = str(extracted("agds_2019", "doc")["risks"]) + str(extracted("agds_2019", "doc")["indicators"])
    assert not [t for t in deleted if len(t) > 8 and t in records]


def _del_texts(xml: bytes) -> list[bytes]:
    from lxml import etree

    root = etree.fromstring(xml)
    return [el.text.encode() for el in root.iter(f"{{{W_NS.decode()}}}delText") if el.text and el.text.strip()]


def test_unopenable_doc_is_a_clear_unreadable_document():
    report = extract_document(LEGACY / "unopenable.doc")
    assert [(f.severity, f.code) for f in report.findings] == [("error", "unreadable_document")]
    assert report.findings[0].message.startswith("unopenable.doc: LibreOffice could not open")
    assert report.source.format == "doc"


def test_password_protected_doc_says_so():
    report = extract_document(LEGACY / "password.doc")
    assert [f.code for f in report.findings] == ["unreadable_document"]
    assert "password-protected" in report.findings[0].message


def test_without_libreoffice_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    report = extract_document(SAMPLES / "agds_2019.rtf")
    assert [f.code for f in report.findings] == ["unreadable_document"]
    assert "apt-get install libreoffice-writer-nogui" in report.findings[0].message


@pytest.mark.parametrize("cache", ["template made before", "both race to make the template"])
def test_two_conversions_at_once_both_succeed(cache, monkeypatch, tmp_path):
    """Each conversion has a profile of its own: run side by side, neither silently writes nothing."""
    if cache != "template made before":
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    results = {}

    def convert(fmt):
        with converted_to_docx(SAMPLES / f"agds_2019.{fmt}", fmt) as docx:
            results[fmt] = docx.stat().st_size

    threads = [threading.Thread(target=convert, args=(fmt,)) for fmt in ("doc", "odt")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(results) == {"doc", "odt"} and all(results.values())
    templates = list((tmp_path / "kz-report-pipeline").iterdir()) if cache != "template made before" else []
    assert len(templates) <= 1  # the race leaves one template and no half-built folder


def test_conversion_profile_skips_the_first_start_render_tests(monkeypatch, tmp_path):
    """A fresh profile makes LibreOffice draw its graphics render tests (1.5 s of CPU) at every conversion;
    the profile each conversion gets records a version, so LibreOffice writes no GraphicsRenderTests.log."""
    import subprocess

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    soffice = soffice_binary()
    assert profile_template(soffice) is not None
    profile = tmp_path / "profile"
    make_profile(profile, soffice)
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "docx",
                    "--outdir", str(tmp_path / "out"), str(SAMPLES / "agds_2019.rtf")], capture_output=True,
                   timeout=120, check=True)
    assert (tmp_path / "out" / "agds_2019.docx").stat().st_size > 0
    assert not (profile / "user" / "GraphicsRenderTests.log").exists()


def test_time_limit_kills_the_conversion_and_removes_its_folder(monkeypatch, tmp_path):
    from pipeline.errors import UnreadableDocument

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(UnreadableDocument, match="did not convert the file within"):
        with converted_to_docx(SAMPLES / "agds_2019.doc", "doc", timeout=0.05):
            pass
    assert list(tmp_path.iterdir()) == []


def test_batch_collects_legacy_files_and_a_bad_one_harms_no_other(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in ("agds_2019.rtf", "agds_2019.odt"):
        shutil.copy(SAMPLES / name, folder / name)
    for name in ("password.doc", "unopenable.doc"):
        shutil.copy(LEGACY / name, folder / name)
    assert [p.name for p in collect_paths([str(folder)])] == [
        "agds_2019.odt", "agds_2019.rtf", "password.doc", "unopenable.doc"]
    result = run_extract([str(folder)], tmp_path / "out", jobs=2)
    failed = sorted(o.input.display[0] for o in result.failed)
    assert failed == ["password.doc", "unopenable.doc"]
    good = extract_document(SAMPLES / "agds_2019.docx")
    import json

    for stem in ("agds_2019_rtf", "agds_2019_odt"):
        doc = json.loads((tmp_path / "out" / f"{stem}.json").read_text(encoding="utf-8"))
        assert len(doc["risks"]) == len(good.risks) and len(doc["indicators"]) == len(good.indicators)


def test_without_a_writable_cache_each_profile_is_seeded_fresh(monkeypatch, tmp_path):
    """No template can be made (the cache folder is a file): the conversion still works, its fresh profile
    holding the seed that skips the render tests."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    soffice = soffice_binary()
    assert profile_template(soffice) is None
    make_profile(tmp_path / "profile", soffice)
    assert "ooSetupLastVersion" in (tmp_path / "profile" / "user" / "registrymodifications.xcu").read_text()
    with converted_to_docx(SAMPLES / "agds_2019.rtf", "rtf") as docx_path:
        assert docx_path.stat().st_size > 0
