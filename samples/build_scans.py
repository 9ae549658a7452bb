"""Build scanned samples from the born-digital PDFs, so that the truth of every scan is known.

    python samples/build_scans.py                  # the committed scans: samples/scans/ and tests/data/scans/
    python samples/build_scans.py --set OUTDIR     # a fresh set of scans of other reports (for estimates)

A scan is made as a flatbed scanner makes it: each page rendered grey by pypdfium2 at 200-300 dpi,
turned by a small angle (the page never lies quite straight on the glass), sprinkled with dust specks,
JPEG-compressed and put in a PDF page of the original size. The bad inputs the OCR must survive are
built the same way: a blank page, a page upside down, a page photographed at an angle.
Every random choice comes from a seeded generator: the files are the same on every run.
"""
from __future__ import annotations

import argparse
import io
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

SAMPLES_DIR = Path(__file__).resolve().parent
SCANS_DIR = SAMPLES_DIR / "scans"
BAD_DIR = SAMPLES_DIR.parent / "tests" / "data" / "scans"
PT_PER_INCH = 72.0


@dataclass(frozen=True)
class ScanStyle:
    """How a scanner treated the pages."""

    dpi: int = 200
    max_skew: float = 0.5  # degrees, each page turned by a random angle up to this either way
    specks: float = 0.00015  # share of pixels hit by a dust speck
    quality: int = 35  # JPEG quality
    blur: float = 0.0  # Gaussian blur radius in pixels (a scanner slightly out of focus)


def render(page: pdfium.PdfPage, dpi: float) -> Image.Image:
    """The page rendered grey at dpi."""
    return page.render(scale=dpi / PT_PER_INCH, grayscale=True).to_pil().convert("L")


def scanner(image: Image.Image, style: ScanStyle, rng: random.Random) -> Image.Image:
    """Skew, dust and blur as a flatbed scanner adds them."""
    angle = rng.uniform(-style.max_skew, style.max_skew)
    image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    if style.blur:
        image = image.filter(ImageFilter.GaussianBlur(style.blur))
    pixels = np.array(image)
    noise = np.random.default_rng(rng.randrange(1 << 30))
    hit = noise.random(pixels.shape) < style.specks
    pixels[hit] = noise.integers(0, 120, int(hit.sum()), dtype=np.uint8)
    return Image.fromarray(pixels)


def jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def add_image_page(doc: pdfium.PdfDocument, data: bytes, width: float, height: float, index: int | None = None) -> None:
    """A page of the given size (points) holding one JPEG stretched over it."""
    page = doc.new_page(width, height, index=index)
    image = pdfium.PdfImage.new(doc)
    image.load_jpeg(io.BytesIO(data), inline=False)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()
    page.close()


def scan_pdf(source: Path, target: Path, style: ScanStyle, seed: int, pages: list[int] | None = None) -> Path:
    """A scanned copy of source (all pages, or those listed)."""
    rng = random.Random(seed)
    original = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    for i in pages if pages is not None else range(len(original)):
        width, height = original[i].get_size()
        add_image_page(out, jpeg(scanner(render(original[i], style.dpi), style, rng), style.quality), width, height)
    _save(out, target)
    return target


def mixed_pdf(source: Path, target: Path, scanned: list[int], style: ScanStyle, seed: int) -> Path:
    """The born-digital PDF with the pages listed replaced by their scans (a printed, signed, scanned annex)."""
    rng = random.Random(seed)
    original = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    for i in range(len(original)):
        if i in scanned:
            width, height = original[i].get_size()
            add_image_page(out, jpeg(scanner(render(original[i], style.dpi), style, rng), style.quality), width, height)
        else:
            out.import_pages(original, [i])
    _save(out, target)
    return target


def _save(doc: pdfium.PdfDocument, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))


def blank_scan(target: Path, seed: int) -> Path:
    """An A4 page of nothing but paper and dust, as scanned."""
    rng = random.Random(seed)
    image = scanner(Image.new("L", (1654, 2339), 250), ScanStyle(specks=0.0003), rng)
    doc = pdfium.PdfDocument.new()
    add_image_page(doc, jpeg(image, 35), 595.3, 841.9)
    _save(doc, target)
    return target


def upside_down(source: Path, target: Path, page: int, seed: int) -> Path:
    """One page scanned upside down (fed into the scanner the wrong way round)."""
    rng = random.Random(seed)
    original = pdfium.PdfDocument(str(source))
    width, height = original[page].get_size()
    image = scanner(render(original[page], 200), ScanStyle(), rng).rotate(180)
    doc = pdfium.PdfDocument.new()
    add_image_page(doc, jpeg(image, 35), width, height)
    _save(doc, target)
    return target


def photographed(source: Path, target: Path, page: int, seed: int) -> Path:
    """One page photographed at an angle: perspective, uneven light, soft focus."""
    import cv2

    original = pdfium.PdfDocument(str(source))
    width, height = original[page].get_size()
    pixels = np.array(render(original[page], 150))
    h, w = pixels.shape
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    moved = np.float32([[0.06 * w, 0.04 * h], [0.93 * w, 0.0], [w, h], [0.0, 0.97 * h]])
    warped = cv2.warpPerspective(pixels, cv2.getPerspectiveTransform(corners, moved), (w, h), borderValue=90)
    light = np.linspace(0.75, 1.0, w, dtype=np.float32)[None, :]
    image = Image.fromarray((warped * light).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    doc = pdfium.PdfDocument.new()
    add_image_page(doc, jpeg(image, 60), width, height)
    _save(doc, target)
    return target


def fine_scan(source: Path, target: Path, page: int, dpi: int = 1200) -> Path:
    """The top half of a page scanned at a very fine resolution (an archive scanned at 1200 dpi)."""
    original = pdfium.PdfDocument(str(source))
    width, height = original[page].get_size()
    image = render(original[page], dpi)
    image = image.crop((0, 0, image.width, image.height // 2))
    doc = pdfium.PdfDocument.new()
    add_image_page(doc, jpeg(image, 50), width, height / 2)
    _save(doc, target)
    return target


def build_committed() -> None:
    """The scans committed with the project (small: grey JPEG at 200 dpi)."""
    ministry = SAMPLES_DIR / "ministry_landscape_2020.pdf"
    agds = SAMPLES_DIR / "agds_2019.pdf"
    scan_pdf(ministry, SCANS_DIR / "ministry_landscape_2020_scan.pdf", ScanStyle(), seed=2020)
    mixed_pdf(agds, SCANS_DIR / "agds_2019_mixed.pdf", scanned=[7], style=ScanStyle(dpi=250), seed=2019)
    blank_scan(BAD_DIR / "blank.pdf", seed=1)
    upside_down(agds, BAD_DIR / "upside_down.pdf", page=0, seed=2)
    photographed(agds, BAD_DIR / "photographed.pdf", page=8, seed=3)
    for path in sorted(SCANS_DIR.glob("*.pdf")) + sorted(BAD_DIR.glob("*.pdf")):
        print(f"{path.relative_to(SAMPLES_DIR.parent)}: {path.stat().st_size // 1024} KB")


def build_set(outdir: Path, sources: list[Path], seed: int = 7) -> None:
    """Scans of other reports, for an honest estimate: 200 and 300 dpi, skew up to 0.6 degrees, dust, JPEG."""
    rng = random.Random(seed)
    for source in sources:
        for dpi in (200, 300):
            style = ScanStyle(dpi=dpi, max_skew=0.6, specks=rng.uniform(0.0001, 0.0004),
                              quality=rng.choice((30, 40, 55)), blur=rng.choice((0.0, 0.4)))
            scan_pdf(source, outdir / f"{source.stem}__scan{dpi}.pdf", style, seed=rng.randrange(1 << 30))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, metavar="OUTDIR", help="scan the PDFs given into OUTDIR instead")
    parser.add_argument("sources", nargs="*", type=Path, help="born-digital PDFs for --set")
    args = parser.parse_args(argv)
    if args.set:
        build_set(args.set, args.sources)
    else:
        build_committed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
