"""How the letter check of a page's text layer (pipeline/readers/pdf/letters.py) judges a batch of PDFs, and its cost.

    python benchmarks/text_letters.py /work/archive240 samples tests/data/real

Prints the pages whose text layer is judged garbage (by the dictionary share, by the letters), the pages
checked, and the cost of odd_letters per page (mean and worst CPU time, in microseconds).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from pipeline.readers.pdf.letters import odd_letters
from pipeline.readers.pdf.page import read_pages

REPEAT = 5  # odd_letters is timed over this many runs of each page


def page_lines(page) -> list[str]:
    """The page's lines as the self-check sees them: prose, then the lines of table cells."""
    return [ln.text for ln in page.lines] + [ln.text for part in page.parts for c in part.cells for ln in c.lines]


def main(folders: list[str]) -> None:
    checked = 0
    costs: list[float] = []
    flagged: list[str] = []
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.pdf")):
            try:
                pages = read_pages(str(path))
            except Exception as exc:  # noqa: BLE001 - a benchmark goes on past a bad file, naming it
                print(f"{path}: not read ({exc})")
                continue
            for page in pages:
                if page.check is None:
                    continue
                checked += 1
                lines = page_lines(page)
                start = time.process_time()
                for _ in range(REPEAT):
                    odd_letters(lines)
                costs.append((time.process_time() - start) / REPEAT)
                if page.check.garbled:
                    how = "letters" if page.check.odd_letters else "dictionary"
                    flagged.append(f"{path} page {page.number}: {how} ({page.check.garbage_figure})")
    print("\n".join(flagged))
    print(f"{checked} pages checked, {len(flagged)} judged garbage; odd_letters "
          f"{1e6 * sum(costs) / max(1, len(costs)):.0f} us a page on average, worst {1e6 * max(costs, default=0):.0f} us")


if __name__ == "__main__":
    main(sys.argv[1:])
