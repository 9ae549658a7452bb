"""Build the legacy-format samples and the bad legacy files the tests need.

    python samples/build_legacy.py            # samples/agds_2019.{doc,rtf,odt} (when missing) + tests/data/legacy/
    python samples/build_legacy.py --force    # convert again even when the files exist

agds_2019.docx (tracked changes included) is saved by LibreOffice as Word 97-2003 .doc, RTF and
OpenDocument .odt: an archive's older years, whose records must equal the DOCX's field for field.
tests/data/legacy/ gets a .doc LibreOffice cannot open (a Word header over damaged content) and a
password-protected .doc, saved with a password through LibreOffice's UNO API (needs python3-uno,
Debian: apt-get install python3-uno). LibreOffice stamps its files with the time of saving, so files
that exist are only converted again with --force.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
LEGACY_DIR = SAMPLES_DIR.parent / "tests" / "data" / "legacy"
SOURCE = SAMPLES_DIR / "agds_2019.docx"
FILTERS = {"doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format", "odt": "odt:writer8"}
PASSWORD = "secret"
TIMEOUT = 240
UNO_PYTHON = "/usr/bin/python3"  # Debian's python3-uno lives with the system interpreter
UNO_SAVE_WITH_PASSWORD = r"""
import sys, time, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name, p.Value = name, value; return p

source, target, password, pipe = sys.argv[1:5]
resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
    "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
for _ in range(100):
    try:
        ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"); break
    except Exception:
        time.sleep(0.2)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 97"), prop("Password", password)))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
"""


def convert(source: Path, fmt: str, outdir: Path) -> Path:
    """LibreOffice: source -> outdir/<stem>.<fmt>, with a profile of its own."""
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                        "--convert-to", FILTERS[fmt], "--outdir", str(outdir), str(source)],
                       check=True, capture_output=True, timeout=TIMEOUT)
    target = outdir / f"{source.stem}.{fmt}"
    if not target.exists():
        raise RuntimeError(f"soffice wrote no {fmt} for {source.name}")
    return target


def save_with_password(source: Path, target: Path) -> None:
    """Save `source` as a .doc that opens only with PASSWORD (LibreOffice driven through UNO)."""
    with tempfile.TemporaryDirectory(prefix="lo_profile_") as profile:
        pipe = f"kz_build_legacy_{Path(profile).name}"
        office = subprocess.Popen(["soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                                   "--norestore", f"--accept=pipe,name={pipe};urp;"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            subprocess.run([UNO_PYTHON, "-c", UNO_SAVE_WITH_PASSWORD, str(source), str(target), PASSWORD, pipe],
                           check=True, timeout=TIMEOUT)
        finally:
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                office.kill()
                office.wait()
    if not target.exists():
        raise RuntimeError(f"no password-protected copy written at {target}")


def unopenable_doc(good_doc: Path, target: Path) -> None:
    """A file that starts like a Word 97 .doc but whose content is overwritten: LibreOffice cannot open it."""
    data = bytearray(good_doc.read_bytes())
    data[512:] = bytes((i * 151 + 7) % 256 for i in range(len(data) - 512))  # keep only the OLE header sector
    target.write_bytes(bytes(data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="convert again even when the files exist")
    args = parser.parse_args(argv)
    if shutil.which("soffice") is None:
        print("soffice not found: install LibreOffice (apt-get install libreoffice-writer-nogui)")
        return 1
    for fmt in FILTERS:
        target = SAMPLES_DIR / f"{SOURCE.stem}.{fmt}"
        if args.force or not target.exists():
            convert(SOURCE, fmt, SAMPLES_DIR)
            print(f"{target.name} written")
    LEGACY_DIR.mkdir(parents=True, exist_ok=True)
    unopenable_doc(SAMPLES_DIR / f"{SOURCE.stem}.doc", LEGACY_DIR / "unopenable.doc")
    password_doc = LEGACY_DIR / "password.doc"
    if args.force or not password_doc.exists():
        save_with_password(SOURCE, password_doc)
        print(f"{password_doc.name} written (password {PASSWORD!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
