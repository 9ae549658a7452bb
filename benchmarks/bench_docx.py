"""Time `extract` of DOCX reports, as whole processes, against python-docx opening them and reading every cell.

    python benchmarks/bench_docx.py                          # samples/ (3 DOCX), then the 171 DOCX of /work/archive240
    python benchmarks/bench_docx.py FOLDER_OR_FILE ... [--repeat 5] [--in-process]
    python benchmarks/bench_docx.py --tree /tmp/main_copy    # time another checkout's `pipeline` (before/after)

Each argument is one set of files: a folder stands for every .docx under it (recursively), a file for itself.
For each set, three kinds of fresh process are timed, interleaved so that the load of a shared machine falls
on all of them alike:

- baseline: `python -c` importing python-docx, opening every file and reading the text of every paragraph
  and every table cell (the least any python-docx based reader pays, start-up included; a file python-docx
  cannot open counts as read);
- `python -m pipeline extract FILES -o TMP` with the default --jobs (the number of cores), and with --jobs 1.

Python bytecode is cached for all of them (see child_environment). Each is run --repeat times; printed are
the best (least disturbed) and the median wall time, and the best CPU time of the process tree (user +
system, workers included), each with its ratio to the baseline's. On a shared machine the wall times swing
with the load (a best can fall in a quiet moment for one side only): the CPU ratio is the steadiest.
Target: extract at most 1.5x the baseline. --in-process adds the old per-file table (imports warmed up,
extract_document against python-docx on each file, best of --repeat).
"""
from __future__ import annotations

import argparse
import inspect
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = Path("/work/archive240")  # samples/build_archive.py's output: 171 DOCX (3 of them bad files), 73 PDF
DEFAULT_REPEAT = 5


def read_every_text(names: list[str]) -> None:
    """The baseline's work: open each file with python-docx, read every paragraph's and every cell's text."""
    import docx

    for name in names:
        try:
            document = docx.Document(name)
        except Exception:  # a bad file (empty, truncated) counts as read, as extract reports it as failed
            continue
        for paragraph in document.paragraphs:
            _ = paragraph.text
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    _ = cell.text


BASELINE = f"import sys\n{inspect.getsource(read_every_text)}\nread_every_text(sys.argv[1:])\n"


def docx_files(argument: str) -> list[Path]:
    """The .docx files of one set: a folder's, recursively, sorted; a file itself."""
    path = Path(argument)
    return sorted(path.rglob("*.docx")) if path.is_dir() else [path]


def timed_process(command: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its children) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=child_environment(cwd),
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: extract ran, and some documents (the bad files) failed
        raise SystemExit(f"{command[1:3]} exited with {done.returncode}: {done.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def child_environment(tree: Path) -> dict[str, str]:
    """The timed processes' environment: `tree` first on the path, and bytecode cached as an installed package's
    is (python-docx's is compiled at install; PYTHONDONTWRITEBYTECODE would make the pipeline recompile its
    modules in every process, about 0.1 s)."""
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def commands(files: list[Path], outdir: Path) -> dict[str, list[str]]:
    """The processes compared: the python-docx baseline and extract with the default and one job."""
    names = [str(f.resolve()) for f in files]
    extract = [sys.executable, "-m", "pipeline", "extract", *names, "-o", str(outdir)]
    return {"python-docx": [sys.executable, "-c", BASELINE, *names],
            "extract": extract,
            "extract --jobs 1": extract + ["--jobs", "1"]}


def bench_set(files: list[Path], tree: Path, repeat: int) -> dict[str, list[tuple[float, float]]]:
    """Every command's (wall, CPU) over `repeat` interleaved rounds."""
    runs: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="bench_docx_") as tmp:
        outdir = Path(tmp) / "out"
        for _ in range(repeat):
            for name, command in commands(files, outdir).items():
                shutil.rmtree(outdir, ignore_errors=True)
                runs.setdefault(name, []).append(timed_process(command, tree))
    return runs


def print_set(label: str, runs: dict[str, list[tuple[float, float]]]) -> None:
    """Best and median wall time, best CPU time, each as a ratio to the baseline's (medians to its median)."""
    def figures(name: str) -> tuple[float, float, float]:
        walls, cpus = [w for w, _ in runs[name]], [c for _, c in runs[name]]
        return min(walls), statistics.median(walls), min(cpus)

    base = figures("python-docx")
    print(f"\n{label}")
    print(f"{'process':<18} {'best':>8} {'ratio':>6} {'median':>8} {'ratio':>6}   {'CPU best':>8} {'ratio':>6}")
    for name in runs:
        best, median, cpu = figures(name)
        print(f"{name:<18} {best:>7.2f}s {best / base[0]:>6.2f} {median:>7.2f}s {median / base[1]:>6.2f}"
              f"   {cpu:>7.2f}s {cpu / base[2]:>6.2f}")


def in_process_table(files: list[Path], repeat: int) -> None:
    """Per file, imports warmed up: extract_document against python-docx, best of `repeat`."""
    sys.path.insert(0, str(ROOT))
    from pipeline.extract import extract_document

    def baseline(path: Path) -> None:
        read_every_text([str(path)])

    def best(fn, path: Path) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn(path)
            times.append(time.perf_counter() - start)
        return min(times)

    extract_document(files[0])  # warm-up: imports, morphology dictionaries
    total_base = total_extract = 0.0
    print(f"\nin process\n{'file':<40} {'python-docx':>12} {'extract':>10} {'ratio':>6}")
    for path in files:
        base, full = best(baseline, path), best(extract_document, path)
        total_base, total_extract = total_base + base, total_extract + full
        print(f"{path.name:<40} {base * 1000:>10.1f}ms {full * 1000:>8.1f}ms {full / base:>6.2f}")
    print(f"{'all':<40} {total_base * 1000:>10.1f}ms {total_extract * 1000:>8.1f}ms {total_extract / total_base:>6.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="folders or .docx files, one set each "
                                                f"(default: samples/ and {ARCHIVE} if present)")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="runs of each process (best and median kept)")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose `pipeline` is run (default: this one)")
    parser.add_argument("--in-process", action="store_true", help="also the per-file table, imports warmed up")
    args = parser.parse_args(argv)
    sets = args.sets or [str(ROOT / "samples")] + ([str(ARCHIVE)] if ARCHIVE.is_dir() else [])
    for folder in sets:
        files = docx_files(folder)
        print_set(f"{folder}: {len(files)} DOCX, code of {args.tree}", bench_set(files, args.tree.resolve(), args.repeat))
        if args.in_process:
            in_process_table(files, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
