"""Batch speed on a two-worker Dask LocalCluster against the local pool with --jobs 2, and Dask's cost per task.

    python samples/build_archive.py /tmp/archive      # once: 240 varied reports + bad files (not committed)
    python benchmarks/bench_distributed.py [ARCHIVE] [--workers 2] [--repeat 3]

Runs alternate (local, cluster, local, cluster, ...) so that both meet the same load of a shared machine; the
best and the median of each are printed with the load average. Target: the cluster within 10% of the local
pool's throughput. Every run starts cold in the same way: a local run in a fresh process (the package imported,
no worker started), a cluster run on a new LocalCluster (the package imported in its workers, no child
started); the cluster's own start is timed apart, as a user with a running cluster does not pay it.

Dask's cost per task is measured twice: as the wall time of no-op tasks through the same scheduler and
as_completed loop (its floor), and in the real runs as (wall time x workers - time the tasks computed) / tasks:
all that a task costs beyond its extraction, idle workers at the run's end included. As wall times on a
shared machine swing with the other users' load, the CPU seconds of each run (every process of it: client,
scheduler, workers, their children) are printed too: what the cluster costs beyond the local pool, whatever the load.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import distributed  # noqa: E402
import psutil  # noqa: E402  (a dependency of distributed)

from pipeline.batch import run_extract  # noqa: E402
from pipeline.cluster import ClusterRunner, cluster_runner  # noqa: E402


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def cpu_seconds(times) -> float:
    """User + system seconds of a process and of its children it has waited for (psutil's cpu_times)."""
    return times.user + times.system + times.children_user + times.children_system


def local_once(archive: Path, outdir: Path, jobs: int) -> tuple[int, float, float]:
    """(documents, seconds, CPU seconds of this process and its workers) of one local run into a fresh outdir."""
    shutil.rmtree(outdir, ignore_errors=True)
    before = cpu_seconds(psutil.Process().cpu_times())
    start = time.perf_counter()
    result = run_extract([str(archive)], outdir, jobs=jobs)
    return len(result.outcomes), time.perf_counter() - start, cpu_seconds(psutil.Process().cpu_times()) - before


def bench_local(archive: Path, outdir: Path, jobs: int) -> tuple[float, float]:
    """One local run in a fresh process, as the command line makes it: (its seconds, its CPU seconds)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        documents, seconds, cpu = pool.submit(local_once, archive, outdir, jobs).result()
    print(f"  local --jobs {jobs}: {documents} documents in {seconds:.1f} s = {documents / seconds:.2f} documents/s, "
          f"{cpu:.1f} CPU s (load {os.getloadavg()[0]:.1f})", flush=True)
    return seconds, cpu


def cluster_cpu(client) -> float:
    """CPU seconds so far of this process (client, scheduler, nannies), the workers and their children."""
    workers = [psutil.Process(pid) for pid in client.run(os.getpid).values()]
    processes = [psutil.Process(), *workers, *(c for w in workers for c in w.children(recursive=True))]
    return sum(cpu_seconds(p.cpu_times()) for p in processes)


def bench_cluster(workers: int, archive: Path, outdir: Path) -> tuple[float, float, float]:
    """One run on a new LocalCluster, as `extract --scheduler local` starts it (its start not timed):
    (the run's seconds, its CPU seconds, Dask's cost per task in seconds)."""
    shutil.rmtree(outdir, ignore_errors=True)
    start = time.perf_counter()
    with cluster_runner("local", workers) as runner:
        client = runner.client
        print(f"  LocalCluster of {workers} started in {time.perf_counter() - start:.1f} s", flush=True)
        return timed_cluster_run(client, workers, archive, outdir)


def timed_cluster_run(client, workers: int, archive: Path, outdir: Path) -> tuple[float, float, float]:
    """The run of bench_cluster on a started cluster."""
    before = cluster_cpu(client)
    with distributed.get_task_stream(client) as stream:
        start = time.perf_counter()
        result = run_extract([str(archive)], outdir, runner=ClusterRunner(client))
        seconds = time.perf_counter() - start
    cpu = cluster_cpu(client) - before
    computed = sum(s["stop"] - s["start"] for task in stream.data for s in task["startstops"] if s["action"] == "compute")
    per_task = (seconds * workers - computed) / len(stream.data)
    documents = len(result.outcomes)
    print(f"  cluster of {workers}: {documents} documents in {seconds:.1f} s = {documents / seconds:.2f} documents/s, "
          f"{cpu:.1f} CPU s; {len(stream.data)} Dask tasks, {per_task * 1000:.0f} ms a task beyond its work "
          f"(load {os.getloadavg()[0]:.1f})", flush=True)
    return seconds, cpu, per_task


def noop(n: int) -> int:
    return n


def bench_noop(client, count: int = 1000) -> float:
    """Seconds per no-op task through the scheduler, submitted and gathered as the runner does."""
    start = time.perf_counter()
    futures = client.map(noop, range(count), pure=False)
    for future in distributed.as_completed(futures):
        future.result()
    return (time.perf_counter() - start) / count


def summary(name: str, documents: int, runs: list[float]) -> tuple[float, float]:
    """Print best and median throughput: (best, median) documents/s."""
    best, median = documents / min(runs), documents / statistics.median(runs)
    print(f"{name}: best {best:.2f} documents/s, median {median:.2f} documents/s over {len(runs)} runs")
    return best, median


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, default=Path("/tmp/archive"))
    parser.add_argument("--workers", type=int, default=2, help="Dask workers, and --jobs of the local pool")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, alternating")
    args = parser.parse_args(argv)
    if not args.archive.is_dir():
        sys.exit(f"{args.archive}: no archive; build one with: python samples/build_archive.py {args.archive}")
    print(f"load average at start: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench_distributed_") as tmp:
        local_runs, cluster_runs, local_cpu, cluster_cpu_s, per_task = [], [], [], [], []
        for n in range(args.repeat):
            print(f"round {n + 1}:")
            seconds, cpu = bench_local(args.archive, Path(tmp) / "local", args.workers)
            local_runs.append(seconds)
            local_cpu.append(cpu)
            seconds, cpu, cost = bench_cluster(args.workers, args.archive, Path(tmp) / "cluster")
            cluster_runs.append(seconds)
            cluster_cpu_s.append(cpu)
            per_task.append(cost)
        documents = len(list(Path(tmp, "local").glob("*.json"))) - 1  # one JSON a document, and datapackage.json
        local_best, local_median = summary(f"local --jobs {args.workers}", documents, local_runs)
        cluster_best, cluster_median = summary(f"LocalCluster of {args.workers}", documents, cluster_runs)
        print(f"cluster / local throughput: best {cluster_best / local_best:.2f}, median {cluster_median / local_median:.2f}")
        print(f"CPU seconds a run (median): local {statistics.median(local_cpu):.1f}, cluster "
              f"{statistics.median(cluster_cpu_s):.1f} ({statistics.median(cluster_cpu_s) / statistics.median(local_cpu):.2f}x)")
        print(f"Dask's cost per task in the runs (beyond the extraction): median {statistics.median(per_task) * 1000:.0f} ms")
        with cluster_runner("local", args.workers) as runner:
            print(f"no-op task through the scheduler and as_completed: {bench_noop(runner.client) * 1000:.1f} ms")
        same = files_of(Path(tmp) / "local") == files_of(Path(tmp) / "cluster")
        print(f"outputs byte-identical (every JSON, CSV, datapackage.json): {same}")
    print(f"load average at end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
