"""The batch on a Dask cluster: tests/distributed_cases.py, run by pytest in a process of its own.

A Dask client with a LocalCluster leaves its process with some 800 MB of address space (its threads' stacks and
malloc arenas, kept after the cluster closes); a local pool's worker forked from that process later would start
near the --max-memory cap (an RLIMIT_AS of 1024 MiB) and fail on its first import. In a process of their own, the
cluster's tests cannot do that to the tests that run after them.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import ROOT

pytest.importorskip("distributed", reason="the [distributed] extra is not installed")


def test_the_batch_on_a_dask_cluster():
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA",
                           str(ROOT / "tests" / "distributed_cases.py")],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    print(done.stdout[-3000:])
    assert done.returncode == 0, done.stdout[-20000:] + done.stderr[-5000:]
