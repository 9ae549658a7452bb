"""Watch a process tree from outside through /proc: peak resident memory per process, and which input files
each process had open and when (so a worker's memory and time can be put down to the document it read)."""
from __future__ import annotations

import os
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class FileSeen:
    first: float
    last: float
    peak_rss: int = 0  # bytes: the largest RSS of a process while it had this file open


@dataclass
class TreeMonitor:
    """Polls every `interval` seconds until stopped; all figures are measured, none reported by the pipeline."""

    root_pid: int
    watched: set[str]  # absolute paths of the inputs
    interval: float = 0.05
    peak_rss: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    files: dict[str, FileSeen] = field(default_factory=dict)
    pids_seen: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMonitor:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        now = time.monotonic()
        for pid in descendants(self.root_pid, include_root=True):
            self.pids_seen.add(pid)
            rss = rss_of(pid)
            self.peak_rss[pid] = max(self.peak_rss[pid], rss)
            if pid == self.root_pid:  # the parent opens every input to hash it: only workers' reading counts
                continue
            for path in open_files(pid) & self.watched:
                seen = self.files.setdefault(path, FileSeen(now, now))
                seen.last = now
                seen.peak_rss = max(seen.peak_rss, rss)

    @property
    def max_worker_rss(self) -> int:
        workers = [rss for pid, rss in self.peak_rss.items() if pid != self.root_pid]
        return max(workers, default=0)


def children_map() -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        out[ppid].append(int(entry))
    return out


def descendants(pid: int, include_root: bool = False) -> list[int]:
    tree = children_map()
    out, stack = [], [pid]
    while stack:
        current = stack.pop()
        kids = tree.get(current, [])
        out += kids
        stack += kids
    return ([pid] if include_root else []) + out


def rss_of(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def open_files(pid: int) -> set[str]:
    out = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                out.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
            except OSError:
                continue
    except OSError:
        pass
    return out


def alive(pids) -> list[int]:
    """Those of pids still running (zombies count as gone)."""
    out = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if state[state.rindex(")") + 2] != "Z":
            out.append(pid)
    return out
