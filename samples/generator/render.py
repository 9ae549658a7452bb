"""DOCX -> PDF with LibreOffice: several files per soffice call, concurrent calls each with a profile of its own.

Two soffice processes sharing a user profile make the second silently write nothing, so every worker
gets its own `-env:UserInstallation` folder; a missing PDF after a call is an error, not a skip.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BATCH = 12  # files per soffice call: start-up (about 2 s) is paid once per call
TIMEOUT_PER_FILE = 60


def soffice_available() -> bool:
    return shutil.which("soffice") is not None


def convert(docx_files: list[Path], outdir: Path, jobs: int = 2, nice: bool = True) -> list[Path]:
    """Convert the files to PDF into outdir, `jobs` soffice processes at a time; return the PDFs in order."""
    outdir.mkdir(parents=True, exist_ok=True)
    batches = [docx_files[i : i + BATCH] for i in range(0, len(docx_files), BATCH)]
    with tempfile.TemporaryDirectory(prefix="lo_gen_") as profiles, ThreadPoolExecutor(max(1, jobs)) as pool:
        work = [(batch, outdir, Path(profiles) / f"p{n % max(1, jobs)}", nice) for n, batch in enumerate(batches)]
        # Calls sharing a profile folder are never concurrent: batch n and n + jobs run in the same slot.
        slots = [work[s::max(1, jobs)] for s in range(max(1, jobs))]
        list(pool.map(_run_slot, slots))
    pdfs = [outdir / (p.stem + ".pdf") for p in docx_files]
    missing = [p.name for p in pdfs if not p.exists()]
    if missing:
        raise RuntimeError(f"soffice wrote no PDF for {len(missing)} file(s): {', '.join(missing[:5])}")
    return pdfs


def _run_slot(calls: list[tuple]) -> None:
    for batch, outdir, profile, nice in calls:
        _soffice(batch, outdir, profile, nice)


def _soffice(batch: list[Path], outdir: Path, profile: Path, nice: bool) -> None:
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(outdir), *map(str, batch)]
    if nice and shutil.which("nice"):
        cmd = ["nice", "-n", "10", *cmd]
    subprocess.run(cmd, check=True, capture_output=True, timeout=TIMEOUT_PER_FILE * len(batch) + 60)
