"""OCR and legacy-format figures: seconds per A4 page at 300 dpi on one core, a worker's peak memory on a
50-page scan, tesserocr against pytesseract, and a .doc conversion.

    python benchmarks/bench_ocr.py [--pages 50] [--dpi 200 300] [--skip-rss] [--skip-doc] [--skip-bindings]

CPU seconds are measured (time.process_time of this process; Tesseract runs one thread with
OMP_THREAD_LIMIT=1), so a busy machine changes them little; wall time is printed beside them.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))

import build_scans  # noqa: E402

A4_SAMPLE = ROOT / "samples" / "committee_long_2021.pdf"  # portrait A4, table pages and prose


def scan_a4(pages: int, folder: Path, dpi: int = 300) -> Path:
    """A scan (300 dpi unless told) of the A4 sample's pages, repeated up to `pages`."""
    import pypdfium2 as pdfium

    n = len(pdfium.PdfDocument(str(A4_SAMPLE)))
    one = build_scans.scan_pdf(A4_SAMPLE, folder / f"a4_{dpi}.pdf", build_scans.ScanStyle(dpi=dpi), seed=1,
                               pages=list(range(min(n, pages))))
    if pages <= n:
        return one
    out = pdfium.PdfDocument.new()
    src = pdfium.PdfDocument(str(one))
    while len(out) < pages:
        out.import_pages(src, list(range(min(n, pages - len(out)))))
    target = folder / f"a4_{dpi}_{pages}.pdf"
    out.save(str(target))
    return target


def per_page(path: Path, dpi: int = 300) -> None:
    """CPU seconds per page of a whole extraction (OCR of every page, then the report logic)."""
    import pypdfium2 as pdfium

    from pipeline.extract import extract_document

    pages = len(pdfium.PdfDocument(str(path)))
    extract_document(ROOT / "tests" / "data" / "scans" / "blank.pdf")  # load the models first
    cpu, wall = time.process_time(), time.perf_counter()
    extract_document(path)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"extract, {pages} A4 pages at {dpi} dpi: {cpu / pages:.2f} s CPU per page ({wall / pages:.2f} s wall)")


def bindings(path: Path, pages: int = 3) -> None:
    """tesserocr (model kept loaded) against pytesseract (a tesseract process per call) on the same page images."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    from pipeline.readers.ocr import engine
    from pipeline.readers.ocr.image import page_image

    doc = pdfium.PdfDocument(str(path))
    images = [page_image(doc[i], *doc[i].get_size()) for i in range(min(pages, len(doc)))]
    engine.read_words(np.full((50, 50), 255, np.uint8), 300)  # load the model
    cpu = time.process_time()
    for image in images:
        engine.read_words(image.pixels, image.dpi)
    tesserocr_cpu = (time.process_time() - cpu) / len(images)
    try:
        import pytesseract
    except ImportError:
        print(f"tesserocr: {tesserocr_cpu:.2f} s CPU per page (pytesseract not installed)")
        return
    wall = time.perf_counter()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    for image in images:
        pytesseract.image_to_data(Image.fromarray(image.pixels), lang=engine.DEFAULT_LANGUAGES,
                                  config=f"--dpi {image.dpi:.0f}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child_cpu = (after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime) / len(images)
    print(f"tesserocr: {tesserocr_cpu:.2f} s CPU per page; pytesseract: {child_cpu:.2f} s CPU per page in its "
          f"tesseract processes ({(time.perf_counter() - wall) / len(images):.2f} s wall)")


def peak_rss(path: Path) -> None:
    """Peak resident memory of a fresh process extracting the scan (what one batch worker needs)."""
    code = ("import resource, sys; from pipeline.extract import extract_document; extract_document(sys.argv[1]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT, check=True)
    print(f"peak RSS of a worker extracting {path.name}: {int(out.stdout.split()[-1]) / 1024:.0f} MB")


def twenty_page_docx(folder: Path) -> Path:
    """committee_long_2021.docx with its body written twice: 21 pages as LibreOffice lays it out."""
    import copy

    import docx

    document = docx.Document(str(ROOT / "samples" / "committee_long_2021.docx"))
    body = document.element.body
    section = body[-1]  # the body's final w:sectPr stays last
    for element in [el for el in body if el is not section]:
        section.addprevious(copy.deepcopy(element))
    out = folder / "committee_twice.docx"
    document.save(str(out))
    return out


def doc_conversion(repeat: int = 3) -> None:
    """Seconds to read a 20-page .doc: the LibreOffice conversion alone (wall, soffice CPU) and the whole extraction."""
    from build_legacy import convert
    from pipeline.extract import extract_document
    from pipeline.readers.convert import converted_to_docx

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    with tempfile.TemporaryDirectory() as tmp:
        doc = convert(twenty_page_docx(Path(tmp)), "doc", Path(tmp))
        for _ in range(repeat):
            cpu, wall = children_cpu(), time.perf_counter()
            with converted_to_docx(doc, "doc"):
                pass
            cpu, wall = children_cpu() - cpu, time.perf_counter() - wall
            whole = time.perf_counter()
            report = extract_document(doc)
            whole = time.perf_counter() - whole
            print(f".doc of 21 pages (committee_long_2021 twice): conversion {wall:.2f} s wall, {cpu:.2f} s soffice "
                  f"CPU; whole extraction {whole:.2f} s wall ({len(report.risks)} risks, load "
                  f"{os.getloadavg()[0]:.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50, help="pages of the scan whose peak memory is measured")
    parser.add_argument("--dpi", type=int, nargs="+", default=[300], help="scan resolutions whose speed is measured")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--skip-bindings", action="store_true")
    parser.add_argument("--skip-doc", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for dpi in args.dpi:
            per_page(scan_a4(14, folder, dpi), dpi)
        if not args.skip_bindings:
            bindings(scan_a4(14, folder))
        if not args.skip_rss:
            peak_rss(scan_a4(args.pages, folder))
    if not args.skip_doc:
        doc_conversion()
    return 0


if __name__ == "__main__":
    sys.exit(main())
