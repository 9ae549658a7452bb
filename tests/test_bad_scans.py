"""A page photographed at an angle is warped flat before OCR, so its table's records come out.

The photographs are made here: a page of the born-digital sample rendered, its corners moved with
cv2.getPerspectiveTransform onto a dark table top, lit unevenly, saved as JPEG, so the truth is the
born-digital document's own extraction. (Blank, upside-down and 1200 dpi scans: test_ocr.py; .doc files
LibreOffice cannot open or that have a password: test_legacy_formats.py.)
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from helpers import SAMPLES
from pipeline.extract import extract_document
from pipeline.readers.ocr.engine import missing
from pipeline.readers.ocr.perspective import paper_corners

sys.path.insert(0, str(SAMPLES))
import build_scans  # noqa: E402

pytestmark = pytest.mark.skipif(missing() is not None and not os.environ.get("CI"), reason=str(missing()))
INDICATOR_PAGE = 7  # agds_2019.pdf: the indicator table's last rows, then the note
STRAIGHT = [[0, 0], [1, 0], [1, 1], [0, 1]]
TILTS = {  # where the page's corners land, as shares of the photograph (top-left, top-right, bottom-right, bottom-left)
    "leaning back": [[0.07, 0.05], [0.93, 0.05], [0.99, 0.98], [0.01, 0.98]],
    "turned and tilted": [[0.05, 0.03], [0.92, 0.0], [1.0, 0.97], [0.02, 1.0]],
}


def photograph(page: int, target: Path, corners: list[list[float]], dpi: int = 300) -> Path:
    """One page of agds_2019.pdf photographed (a phone's 12 megapixels give an A4 page about 300 dpi): its
    corners moved to `corners`, a dark table around it, lit from one side."""
    original = pdfium.PdfDocument(str(SAMPLES / "agds_2019.pdf"))
    width, height = original[page].get_size()
    pixels = np.array(build_scans.render(original[page], dpi))
    h, w = pixels.shape
    frame = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    moved = np.float32([[x * w, y * h] for x, y in corners])
    warped = cv2.warpPerspective(pixels, cv2.getPerspectiveTransform(frame, moved), (w, h), borderValue=70)
    light = np.linspace(0.85, 1.0, w, dtype=np.float32)[None, :]  # a lamp to the right
    doc = pdfium.PdfDocument.new()
    build_scans.add_image_page(doc, build_scans.jpeg(Image.fromarray((warped * light).astype(np.uint8)), 75),
                               width, height)
    doc.save(str(target))
    return target


def _values(indicators: list[dict]) -> list[tuple]:
    return [(i["plan_text"], i["fact_text"], i["status_text"]) for i in indicators]


@pytest.fixture(scope="module")
def truth() -> list[tuple]:
    born_digital = extract_document(SAMPLES / "agds_2019.pdf").model_dump(mode="json")
    return _values([i for i in born_digital["indicators"] if i["location"]["page"] == INDICATOR_PAGE + 1])


@pytest.fixture(scope="module")
def straight(tmp_path_factory) -> list[tuple]:
    """The same page photographed square on: what OCR makes of it without any perspective."""
    path = photograph(INDICATOR_PAGE, tmp_path_factory.mktemp("straight") / "photo.pdf", STRAIGHT)
    return _values(extract_document(path).model_dump(mode="json")["indicators"])


def test_the_paper_corners_are_found_where_they_were_put(tmp_path):
    corners = TILTS["turned and tilted"]
    path = photograph(INDICATOR_PAGE, tmp_path / "photo.pdf", corners, dpi=100)
    pixels = np.asarray(pdfium.PdfDocument(str(path))[0].get_objects().__next__().get_bitmap().to_pil().convert("L"))
    h, w = pixels.shape
    found = paper_corners(pixels)
    assert found is not None
    assert np.abs(found - np.float32([[x * w, y * h] for x, y in corners])).max() < 0.01 * w


@pytest.mark.parametrize("tilt", TILTS)
def test_photographed_table_page_gives_the_born_digital_records(tilt, tmp_path, truth, straight):
    """Flattened, the page reads as if photographed square on, and every record of the born-digital page
    comes out exactly (OCR may add the continued table's column-number row, as it does square on)."""
    doc = extract_document(photograph(INDICATOR_PAGE, tmp_path / "photo.pdf", TILTS[tilt])).model_dump(mode="json")
    assert len(truth) == 3
    assert _values(doc["indicators"]) == straight
    assert [values for values in straight if values in truth] == truth
    used = next(f["message"] for f in doc["findings"] if f["code"] == "ocr_used")
    assert "photographed at an angle, flattened" in used


def test_scans_are_not_flattened():
    """A flatbed scan (paper filling the frame) is left as it is, even with its dust and skew."""
    for path in (SAMPLES / "scans" / "ministry_landscape_2020_scan.pdf", SAMPLES / "scans" / "agds_2019_mixed.pdf"):
        for page in pdfium.PdfDocument(str(path)):
            images = list(page.get_objects(max_depth=2))
            if len(images) == 1 and images[0].type == pdfium.raw.FPDF_PAGEOBJ_IMAGE:
                pixels = np.asarray(images[0].get_bitmap().to_pil().convert("L"))
                assert paper_corners(pixels) is None, f"{path.name}: a scan taken for a photograph"


def test_a_photographed_page_harms_no_other_document_of_the_batch(tmp_path, truth):
    from pipeline.batch import run_extract

    folder = tmp_path / "archive"
    folder.mkdir()
    photograph(INDICATOR_PAGE, folder / "photo.pdf", TILTS["leaning back"])
    shutil.copy(SAMPLES / "agds_2019.pdf", folder / "agds_2019.pdf")
    run_extract([str(folder)], tmp_path / "out", jobs=2)
    good = json.loads((tmp_path / "out" / "agds_2019.json").read_text(encoding="utf-8"))
    photo = json.loads((tmp_path / "out" / "photo.json").read_text(encoding="utf-8"))
    assert len(good["risks"]) == 5 and len(good["indicators"]) == 9
    assert [values for values in _values(photo["indicators"]) if values in truth] == truth


def test_the_html_crop_of_a_photographed_value_is_cut_from_the_flattened_page(tmp_path):
    """The review crop of a value on a photographed page shows that value: it is cut where OCR read it."""
    import base64
    import io

    import tesserocr

    from pipeline.page_crops import PageCropper
    from pipeline.readers.ocr.engine import tessdata_dir

    path = photograph(INDICATOR_PAGE, tmp_path / "photo.pdf", TILTS["turned and tilted"])
    doc = extract_document(path).model_dump(mode="json")
    record = next(i for i in doc["indicators"] if i["plan_text"] == "88" or i["fact_text"] == "88,4")
    where = record["location"]
    cropper = PageCropper(path)
    uri = cropper.data_uri(where["page"], where["bbox"])
    cropper.close()
    assert uri is not None
    image = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))
    text = tesserocr.image_to_text(image, lang="rus", path=tessdata_dir())
    assert "Доля восстановленных" in text and "обращениям" in text  # the row's first and last lines, no other row
