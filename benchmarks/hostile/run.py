"""Run the batch on the hostile set and check every case: a table case -> pass/fail, then the fault scenarios.

    python benchmarks/hostile/build.py /tmp/hostile            # once (or --fast)
    python benchmarks/hostile/run.py /tmp/hostile [--jobs 2] [--timeout 20] [--max-memory 1024] [--scenarios]

For each case: the finding or extraction its manifest expects; and for all: no traceback on stderr, no
worker above the memory limit (resident memory measured from outside through /proc), no document past
the time limit (plus a grace), one output per distinct input with no name longer than the file system
allows, strict JSON, no live formula in any CSV. `--scenarios` adds kill -9 and SIGTERM of the batch's
parent (no orphaned worker; `--skip-existing` then gives the outputs of a clean run), a timed-out document
retried by `--skip-existing`, a database load failing midway, `validate` on bombs, bad `-o` values.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from monitor import TreeMonitor, alive, descendants  # noqa: E402

MIB = 1 << 20
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHECKOUT = [ROOT]  # the checkout whose `pipeline` package runs (--pipeline)
GRACE = 5.0  # seconds a document may run past the time limit before it counts as a hang (killing, polling)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""
    rss: int = 0
    seconds: float = 0.0


@dataclass
class Run:
    outdir: Path
    returncode: int
    stderr: str
    seconds: float
    monitor: TreeMonitor
    checks: list[Check] = field(default_factory=list)


def pipeline(*args: str, env: dict | None = None) -> list[str]:
    return [sys.executable, "-m", "pipeline", *args]


def supports(option: str, command: str = "extract") -> bool:
    out = subprocess.run(pipeline(command, "--help"), capture_output=True, text=True, cwd=CHECKOUT[0]).stdout
    return option in out


def limit_args(args, command: str = "extract") -> list[str]:
    out = ["--timeout", str(args.timeout)] if supports("--timeout", command) else []
    if supports("--max-memory", command):
        out += ["--max-memory", str(args.max_memory)]
    return out


def run_monitored(cmd: list[str], watched: set[str], timeout: float, env: dict | None = None) -> tuple[int, str, float, TreeMonitor]:
    """Run a command with its process tree watched; (exit status, stderr, seconds, monitor)."""
    start = time.monotonic()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=CHECKOUT[0], stdout=subprocess.DEVNULL, stderr=err, env=env)
        with TreeMonitor(proc.pid, watched) as monitor:
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                for pid in reversed(descendants(proc.pid, include_root=True)):
                    os.kill(pid, signal.SIGKILL)
                proc.wait()
        err.seek(0)
        return proc.returncode, err.read().decode("utf-8", "replace"), time.monotonic() - start, monitor


def strict_json(text: str):
    def refuse(name):
        raise ValueError(f"not JSON: {name}")
    return json.loads(text, parse_constant=refuse)


def live_formulas(outdir: Path) -> list[str]:
    """Cells of the run's CSV files that a spreadsheet would take for a formula (numbers are not)."""
    found = []
    for path in sorted(outdir.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as fh:
            for n, row in enumerate(csv.reader(fh)):
                for cell in row:
                    if cell.startswith(FORMULA_STARTS) and not _is_number(cell):
                        found.append(f"{path.name}:{n + 1}: {cell[:40]!r}")
    return found


def _is_number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def get_field(doc: dict, dotted: str):
    value = doc
    for part in dotted.split("."):
        value = value[int(part)] if isinstance(value, list) else value.get(part)
    return value


def judge(expect: dict, doc: dict | None) -> tuple[bool, str]:
    """Whether a document object meets its case's expectation, and what it shows."""
    if doc is None:
        return False, "no output"
    errors = [f for f in doc["findings"] if f["severity"] == "error"]
    codes = {f["code"] for f in doc["findings"]}
    summary = (f"risks {len(doc['risks'])}, indicators {len(doc['indicators'])}, facts {len(doc['facts'])}; "
               f"codes {sorted(codes)}" + (f"; {errors[0]['message'][:150]}" if errors else ""))
    unclear = [f for f in errors if f["code"] == "extraction_failed" and "memory limit" not in f["message"]]
    if unclear:
        return False, "unclear failure: " + summary
    wanted = expect.get("codes", [])
    code_hit = any(_has(doc, want) for want in wanted)
    ok_hit = expect.get("ok") or expect.get("or_ok")
    if ok_hit and not code_hit:
        failing = {"unreadable_document", "no_text_layer", "missing_section", "extraction_failed", "extraction_timeout",
                   "document_too_large"}
        if codes & failing:
            return False, summary
        for key in ("risks", "indicators"):
            if key in expect and len(doc[key]) != expect[key]:
                return False, f"expected {expect[key]} {key}: " + summary
        for dotted, value in expect.get("fields", {}).items():
            if get_field(doc, dotted) != value:
                return False, f"{dotted} = {get_field(doc, dotted)!r:.60}: " + summary
        if expect.get("ok") and wanted and not code_hit:
            return False, f"expected one of {wanted}: " + summary
        return True, summary
    return code_hit, ("" if code_hit else f"expected one of {wanted}: ") + summary


def _has(doc: dict, want: str) -> bool:
    code, _, words = want.partition(":")
    return any(f["code"] == code and words in f["message"] for f in doc["findings"])


def sha_of(path: Path) -> str:
    if path.stat().st_size > 1 << 30:
        return f"big:{path}"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_cases(corpus: Path, args) -> Run:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    inputs = corpus / "input"
    outdir = Path(tempfile.mkdtemp(prefix="hostile_out_"))
    watched = {str((inputs / name).resolve()) for name in manifest}
    cmd = pipeline("extract", str(inputs), "-o", str(outdir), "--jobs", str(args.jobs), *limit_args(args))
    budget = args.timeout * len(manifest) / args.jobs + 120
    code, stderr, seconds, monitor = run_monitored(cmd, watched, budget)
    run = Run(outdir, code, stderr, seconds, monitor)
    listing = _documents(outdir)
    for name, case in manifest.items():
        row = listing.get(name)
        doc = None
        if row is not None:
            try:
                doc = strict_json((outdir / row["output"]).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                run.checks.append(Check(name, False, f"output {row['output']!r}: {exc}"))
                continue
        ok, detail = judge(case["expect"], doc)
        seen = monitor.files.get(str((inputs / name).resolve()))
        rss, secs = (seen.peak_rss, seen.last - seen.first) if seen else (0, 0.0)
        if rss > args.max_memory * MIB:
            ok, detail = False, f"worker at {rss / MIB:.0f} MiB; " + detail
        if secs > args.timeout + GRACE:
            ok, detail = False, f"ran {secs:.0f} s; " + detail
        run.checks.append(Check(name, ok, detail, rss, secs))
    run.checks += global_checks(run, inputs, listing, manifest, args)
    return run


def _documents(outdir: Path) -> dict[str, dict]:
    try:
        with open(outdir / "documents.csv", newline="", encoding="utf-8") as fh:
            return {_unquote(r["file"]): {k: _unquote(v or "") for k, v in r.items()} for r in csv.DictReader(fh)}
    except OSError:
        return {}


def _unquote(cell: str) -> str:
    """A cell as written before the CSV neutralised it: one leading apostrophe dropped (pipeline.export.restore_cell;
    on a version that does not neutralise, a name beginning with an apostrophe reads wrong: none in the set does)."""
    return cell[1:] if cell.startswith("'") else cell


def global_checks(run: Run, inputs: Path, listing: dict, manifest: dict, args) -> list[Check]:
    out = [
        Check("[run] no traceback on stderr", "Traceback" not in run.stderr,
              run.stderr[run.stderr.find("Traceback"):][:300] if "Traceback" in run.stderr else ""),
        Check("[run] exit status 1 (some documents fail) with the tables written", run.returncode == 1 and bool(listing),
              f"exit {run.returncode}"),
        Check(f"[run] no worker above {args.max_memory} MiB", run.monitor.max_worker_rss <= args.max_memory * MIB,
              f"peak worker {run.monitor.max_worker_rss / MIB:.0f} MiB"),
        Check("[run] no live formula in any CSV", not (found := live_formulas(run.outdir)), "; ".join(found[:5])),
    ]
    missing = sorted(set(manifest) - set(listing))
    out.append(Check("[run] every input listed in documents.csv", not missing, ", ".join(map(repr, missing[:5]))))
    distinct = {sha_of(inputs / name) for name in manifest}
    outputs = {r["output"] for r in listing.values()}
    files = {p.name for p in run.outdir.glob("*.json")} - {"datapackage.json"}
    out.append(Check("[run] one output per distinct input, none overwritten",
                     len(outputs) == len(distinct) and files == outputs,
                     f"{len(distinct)} distinct inputs, {len(outputs)} outputs listed, {len(files)} JSON files"))
    for output in sorted(outputs):
        path = run.outdir / output
        if len(output.encode()) > 255 or path.resolve().parent != run.outdir.resolve():
            out.append(Check("[run] output names inside OUTDIR and short", False, repr(output)))
            break
        try:
            doc = strict_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            out.append(Check("[run] every output strict JSON", False, f"{output}: {exc}"))
            break
        if listing and not any(r["file"] == doc["source"]["file"] for r in listing.values() if r["output"] == output):
            out.append(Check("[run] every output holds a document listed for it", False, output))
            break
    out.append(Check("[run] whole run time", True, f"{run.seconds:.1f} s"))
    return out


# --- fault scenarios -----------------------------------------------------------------------------------

def bulk_folder(count: int) -> Path:
    """`count` distinct small documents (the samples, DOCX and PDF, made distinct by a trailing comment)."""
    folder = Path(tempfile.mkdtemp(prefix="hostile_bulk_"))
    samples = sorted((ROOT / "samples").glob("*.docx")) + sorted((ROOT / "samples").glob("*.pdf"))
    for n in range(count):
        src = samples[n % len(samples)]
        data = src.read_bytes()
        if src.suffix == ".pdf":
            data += f"\n% copy {n}\n".encode()
        else:
            import zipfile

            tmp = folder / f"doc{n:03d}{src.suffix}"
            shutil.copy(src, tmp)
            with zipfile.ZipFile(tmp, "a") as z:
                z.writestr("customXml/copy.xml", f"<c n='{n}'/>")
            continue
        (folder / f"doc{n:03d}{src.suffix}").write_bytes(data)
    return folder


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def tables_agree(outdir: Path) -> tuple[bool, str]:
    """The CSV tables describe exactly the documents of documents.csv, and those JSON files exist."""
    listing = _documents(outdir)
    if not listing:
        return True, "no tables (yet)"
    ids = {r["document_id"] for r in listing.values()}
    for table in ("risks", "indicators", "facts", "findings"):
        with open(outdir / f"{table}.csv", newline="", encoding="utf-8") as fh:
            stray = {r["document_id"] for r in csv.DictReader(fh)} - ids
        if stray:
            return False, f"{table}.csv has rows of {len(stray)} documents missing from documents.csv"
    for row in listing.values():
        path = outdir / row["output"]
        if not path.exists() or json.loads(path.read_text(encoding="utf-8"))["document_id"] != row["document_id"]:
            return False, f"{row['output']} does not hold {row['document_id'][:12]}"
    return True, f"{len(listing)} documents"


def interrupt(folder: Path, sig: int, args) -> Check:
    """Signal the parent once a few documents are written: its workers must go with it; a resume must match a clean run."""
    name = f"[fault] {signal.Signals(sig).name} of the batch's parent, then --skip-existing"
    outdir = Path(tempfile.mkdtemp(prefix="hostile_kill_"))
    proc = subprocess.Popen(pipeline("extract", str(folder), "-o", str(outdir), "--jobs", str(args.jobs), *limit_args(args)),
                            cwd=CHECKOUT[0], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(list(outdir.glob("doc*.json"))) < 3 and time.monotonic() < deadline and proc.poll() is None:
        workers |= set(descendants(proc.pid))
        time.sleep(0.02)
    workers |= set(descendants(proc.pid))
    os.kill(proc.pid, sig)
    proc.wait()
    time.sleep(2)
    orphans = alive(workers)
    for pid in orphans:
        os.kill(pid, signal.SIGKILL)
    agree, agree_detail = tables_agree(outdir)
    subprocess.run(pipeline("extract", str(folder), "-o", str(outdir), "--jobs", str(args.jobs), "--skip-existing",
                            *limit_args(args)), cwd=CHECKOUT[0], capture_output=True)
    clean = Path(tempfile.mkdtemp(prefix="hostile_clean_"))
    subprocess.run(pipeline("extract", str(folder), "-o", str(clean), "--jobs", str(args.jobs), *limit_args(args)),
                   cwd=CHECKOUT[0], capture_output=True)
    same = files_of(outdir) == files_of(clean)
    ok = not orphans and same and agree
    detail = (f"{len(workers)} workers, {len(orphans)} orphaned after 2 s; tables at rest: {agree_detail}; "
              f"resumed outputs {'equal' if same else 'DIFFER from'} a clean run's")
    shutil.rmtree(outdir, ignore_errors=True)
    shutil.rmtree(clean, ignore_errors=True)
    return Check(name, ok, detail)


def retry_timeouts(folder: Path, args) -> Check:
    """A document that timed out is extracted again by --skip-existing."""
    outdir = Path(tempfile.mkdtemp(prefix="hostile_retry_"))
    env = {**os.environ, "PIPELINE_TEST_HANG_ON": "doc000"}
    subprocess.run(pipeline("extract", str(folder), "-o", str(outdir), "--jobs", str(args.jobs), "--timeout", "5"),
                   cwd=CHECKOUT[0], capture_output=True, env=env)
    first = strict_json((outdir / "doc000.json").read_text(encoding="utf-8"))
    subprocess.run(pipeline("extract", str(folder), "-o", str(outdir), "--jobs", str(args.jobs), "--skip-existing"),
                   cwd=CHECKOUT[0], capture_output=True)
    second = strict_json((outdir / "doc000.json").read_text(encoding="utf-8"))
    timed_out = any(f["code"] == "extraction_timeout" for f in first["findings"])
    retried = not any(f["code"] == "extraction_timeout" for f in second["findings"]) and len(second["risks"]) > 0
    shutil.rmtree(outdir, ignore_errors=True)
    return Check("[fault] --skip-existing retries a document that timed out", timed_out and retried,
                 f"first run timed out: {timed_out}; rerun extracted it: {retried}")


def load_midway(folder: Path, args) -> list[Check]:
    """A load that fails on its last document changes nothing; an integer too large for SQLite is a message."""
    import sqlite3

    outdir = Path(tempfile.mkdtemp(prefix="hostile_load_"))
    subprocess.run(pipeline("extract", str(folder), "-o", str(outdir), "--jobs", str(args.jobs)), cwd=CHECKOUT[0], capture_output=True)
    first = subprocess.run(pipeline("load", str(outdir)), cwd=CHECKOUT[0], capture_output=True, text=True)
    db = outdir / "reports.sqlite"

    def counts():
        with sqlite3.connect(db) as conn:
            return [conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("documents", "facts")]

    before = counts()
    last = sorted(outdir.glob("doc*.json"))[-1]
    doc = json.loads(last.read_text(encoding="utf-8"))
    for item in doc["facts"]:
        item["year"] = 10 ** 30  # an INTEGER column: beyond SQLite's 64 bits
    last.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    for other in sorted(outdir.glob("doc*.json"))[:-1]:  # a reload replaces these, so a partial load would show
        d = json.loads(other.read_text(encoding="utf-8"))
        d["facts"] = d["facts"][:1]
        other.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    second = subprocess.run(pipeline("load", str(outdir)), cwd=CHECKOUT[0], capture_output=True, text=True)
    after = counts()
    shutil.rmtree(outdir, ignore_errors=True)
    return [
        Check("[fault] load: first load succeeds", first.returncode == 0, first.stderr.strip()[-200:]),
        Check("[fault] load: an INTEGER overflow on the last document is a message, nothing changed",
              second.returncode == 1 and "Traceback" not in second.stderr and before == after,
              f"exit {second.returncode}; rows before {before}, after {after}; {second.stderr.strip()[-200:]}"),
    ]


def bad_usage() -> list[Check]:
    out = []
    a_file = Path(tempfile.mkstemp(prefix="hostile_file_")[1])
    sample = str(ROOT / "samples" / "agds_2019.docx")
    for what, outdir in (("an existing file", str(a_file)), ("a path under a file", f"{a_file}/sub"),
                         ("an unwritable place", "/proc/hostile_out")):
        r = subprocess.run(pipeline("extract", sample, "-o", outdir), cwd=CHECKOUT[0], capture_output=True, text=True)
        out.append(Check(f"[usage] extract -o {what}: exit 2 with a message",
                         r.returncode == 2 and "Traceback" not in r.stderr and "error" in r.stderr,
                         f"exit {r.returncode}: {r.stderr.strip()[-160:]}"))
    r = subprocess.run(pipeline("load", str(a_file)), cwd=CHECKOUT[0], capture_output=True, text=True)
    out.append(Check("[usage] load of a file: exit 2 with a message", r.returncode == 2 and "Traceback" not in r.stderr,
                     f"exit {r.returncode}: {r.stderr.strip()[-160:]}"))
    a_file.unlink()
    return out


def validate_bombs(corpus: Path, args) -> list[Check]:
    out = []
    for name in ("pdf/stream_bomb.pdf", "pdf/recursive_form.pdf", "docx/bomb_document_small.docx"):
        path = corpus / "input" / name
        if not path.exists():
            continue
        code, stderr, seconds, monitor = run_monitored(
            pipeline("validate", str(path), "--format", "json", *limit_args(args, "validate")), {str(path)}, args.timeout * 4)
        peak = max(monitor.peak_rss.values(), default=0)
        ok = code == 1 and "Traceback" not in stderr and peak <= args.max_memory * MIB and seconds <= args.timeout + 15
        out.append(Check(f"[validate] {name} within limits", ok, f"exit {code}, {seconds:.1f} s, peak {peak / MIB:.0f} MiB",
                         peak, seconds))
    return out


def scenarios(corpus: Path, args) -> list[Check]:
    folder = bulk_folder(24)
    out = [interrupt(folder, signal.SIGKILL, args), interrupt(folder, signal.SIGTERM, args), retry_timeouts(folder, args)]
    out += load_midway(folder, args) + bad_usage() + validate_bombs(corpus, args)
    shutil.rmtree(folder, ignore_errors=True)
    return out


def print_table(checks: list[Check]) -> None:
    width = min(60, max(len(c.name) for c in checks))
    for c in checks:
        figures = f"{c.rss / MIB:6.0f} MiB {c.seconds:5.1f} s" if c.rss or c.seconds else " " * 17
        name = c.name.replace(chr(10), "|")
        name = name if len(name) <= width else name[:width - 3] + "..."
        print(f"{'pass' if c.ok else 'FAIL'}  {name:<{width}}  {figures}  {c.detail[:200]}")
    passed = sum(c.ok for c in checks)
    print(f"\n{passed} of {len(checks)} checks pass")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the folder build.py wrote")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--max-memory", type=int, default=1024, help="MiB")
    parser.add_argument("--scenarios", action="store_true", help="also the fault scenarios")
    parser.add_argument("--keep", action="store_true", help="keep the run's output folder")
    parser.add_argument("--pipeline", type=Path, default=ROOT, help="run the pipeline package of this checkout "
                        "(e.g. an older commit's `git archive`, for a before/after comparison)")
    args = parser.parse_args(argv)
    CHECKOUT[0] = args.pipeline.resolve()
    run = check_cases(args.corpus, args)
    checks = run.checks + (scenarios(args.corpus, args) if args.scenarios else [])
    print_table(checks)
    print(f"outputs in {run.outdir}" if args.keep else "")
    if not args.keep:
        shutil.rmtree(run.outdir, ignore_errors=True)
    return 0 if all(c.ok for c in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
