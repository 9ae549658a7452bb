"""Random but valid strategic-plan reports with their truth, for the property test of the readers.

    import sys; sys.path.insert(0, "samples")
    from generator import generate, docx_bytes
    report = generate(42)          # the model: blocks with markup, typography, table geometry
    report.truth()                 # what a perfect extractor returns (records, identity, note text)
    docx_bytes(report)             # the DOCX; generator.render turns DOCX files into PDF with LibreOffice

The samples' modules (sample_model, build_samples, sample_*) are imported from samples/, which this
package puts on sys.path.
"""
from __future__ import annotations

import sys
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parents[1]
if str(SAMPLES_DIR) not in sys.path:
    sys.path.insert(0, str(SAMPLES_DIR))

from generator.docx_writer import docx_bytes  # noqa: E402
from generator.draw_report import generate  # noqa: E402

__all__ = ["generate", "docx_bytes", "SAMPLES_DIR"]
