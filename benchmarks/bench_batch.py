"""Batch speed: documents per second at --jobs 1 and --jobs 2, the speed-up, peak memory per worker, SQLite load time.

    python samples/build_archive.py /tmp/archive      # once: 240 varied reports + bad files (not committed)
    python benchmarks/bench_batch.py [ARCHIVE] [--jobs 1 2] [--repeat 3]

Each run is made in a fresh process, as the command line would be. Target: a speed-up of at least 1.8x on
2 cores. With --repeat, each setting keeps its best run (the least disturbed by other work on the machine).
Peak memory is each worker's peak resident set size, counting the pages it still shares with its parent.
"""
from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import run_extract  # noqa: E402
from pipeline.db import load  # noqa: E402


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def extract_once(archive: Path, outdir: Path, jobs: int) -> tuple[int, int, float, int]:
    """Extract the archive into a fresh outdir: (documents, failed, seconds, peak worker memory in bytes)."""
    shutil.rmtree(outdir, ignore_errors=True)
    start = time.perf_counter()
    result = run_extract([str(archive)], outdir, jobs=jobs)
    return len(result.outcomes), len(result.failed), time.perf_counter() - start, result.peak_worker_rss


def bench_extract(archive: Path, outdir: Path, jobs: int) -> float:
    """One run in a fresh process (as the command line would be); print and return documents per second."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        documents, failed, seconds, peak = pool.submit(extract_once, archive, outdir, jobs).result()
    rate = documents / seconds
    print(f"--jobs {jobs}: {documents} documents ({failed} failed) in {seconds:.1f} s = {rate:.2f} documents/s; "
          f"peak memory per worker {peak / 2**20:.0f} MiB")
    return rate


def bench_load(outdir: Path) -> None:
    """Time loading a run into a fresh SQLite file."""
    start = time.perf_counter()
    count, url = load(outdir, f"sqlite:///{outdir / 'bench.sqlite'}")
    print(f"load into SQLite: {count} documents in {time.perf_counter() - start:.2f} s")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, default=Path("/tmp/archive"))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each setting; the best counts")
    args = parser.parse_args(argv)
    if not args.archive.is_dir():
        sys.exit(f"{args.archive}: no archive; build one with: python samples/build_archive.py {args.archive}")
    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        outdirs = {jobs: Path(tmp) / f"jobs{jobs}" for jobs in args.jobs}
        rates = {jobs: 0.0 for jobs in args.jobs}
        for _ in range(args.repeat):
            for jobs in args.jobs:
                rates[jobs] = max(rates[jobs], bench_extract(args.archive, outdirs[jobs], jobs))
        first, last = args.jobs[0], args.jobs[-1]
        print(f"speed-up --jobs {last} over --jobs {first}: {rates[last] / rates[first]:.2f}x")
        print(f"outputs identical across --jobs: {len({tuple(files_of(o).items()) for o in outdirs.values()}) == 1}")
        bench_load(outdirs[last])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
