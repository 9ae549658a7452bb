"""Mutations of real documents for fuzzing: byte flips, truncation, zip entry swaps and drops, damage inside
the XML (recompressed honestly, so it gets past the CRC to the parsers), cut and repeated PDF regions.

Deterministic for a seed: `mutants(samples, count, seed)` yields (name, bytes, how) triples.
"""
from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

Mutator = Callable[[bytes, random.Random], tuple[bytes, str]]


def flip_bytes(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    out = bytearray(data)
    count = rng.choice((1, 2, 8, 64))
    for _ in range(count):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out), f"{count} bit flips"


def truncate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    at = rng.randrange(1, len(data))
    return data[:at], f"truncated at {at} of {len(data)}"


def repeat_region(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randrange(1, 4096))
    times = rng.choice((2, 10, 100))
    return data[:a] + data[a:b] * times + data[b:], f"bytes {a}-{b} repeated {times} times"


def cut_region(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randrange(1, 4096))
    return data[:a] + data[b:], f"bytes {a}-{b} cut"


def change_digits(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Digits changed in place (PDF offsets, lengths, object numbers; sizes in XML)."""
    out = bytearray(data)
    positions = [i for i in range(0, len(out), 7) if 48 <= out[i] <= 57]
    for at in rng.sample(positions, min(len(positions), rng.choice((1, 5, 30)))):
        out[at] = rng.choice(b"0123456789")
    return bytes(out), "digits changed"


def _entries(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info, z.read(info)) for info in z.infolist()]


def _package(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in entries:
            z.writestr(name, blob)
    return out.getvalue()


def swap_entries(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    entries = [(i.filename, blob) for i, blob in _entries(data)]
    a, b = rng.sample(range(len(entries)), 2)
    names = [n for n, _ in entries]
    names[a], names[b] = names[b], names[a]
    return _package([(n, blob) for n, (_, blob) in zip(names, entries, strict=True)]), f"entries {names[b]} and {names[a]} swapped"


def drop_entry(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    entries = [(i.filename, blob) for i, blob in _entries(data)]
    gone = rng.randrange(len(entries))
    return _package([e for n, e in enumerate(entries) if n != gone]), f"entry {entries[gone][0]} dropped"


def damage_xml(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Bytes of one XML part flipped, cut or repeated, then the package recompressed honestly."""
    entries = [(i.filename, blob) for i, blob in _entries(data)]
    xml = [n for n, (name, _) in enumerate(entries) if name.endswith(".xml") or name.endswith(".rels")]
    weights = [50 if entries[n][0] == "word/document.xml" else 1 for n in xml]
    pick = rng.choices(xml, weights)[0]
    name, blob = entries[pick]
    how = rng.choice((flip_bytes, cut_region, repeat_region, change_digits))
    blob, what = how(blob, rng)
    entries[pick] = (name, blob)
    return _package(entries), f"{name}: {what}"


DOCX_MUTATORS: list[Mutator] = [flip_bytes, truncate, swap_entries, drop_entry, damage_xml, damage_xml, damage_xml]
PDF_MUTATORS: list[Mutator] = [flip_bytes, truncate, repeat_region, cut_region, change_digits, change_digits]


def mutants(samples: list[Path], count: int, seed: int) -> Iterator[tuple[str, bytes, str]]:
    """`count` mutants of the samples in turn: (file name, bytes, what was done)."""
    rng = random.Random(seed)
    originals = [(p, p.read_bytes()) for p in samples]
    for n in range(count):
        path, data = originals[n % len(originals)]
        mutators = PDF_MUTATORS if path.suffix.lower() == ".pdf" else DOCX_MUTATORS
        mutate = rng.choice(mutators)
        try:
            mutated, how = mutate(data, rng)
        except (zipfile.BadZipFile, ValueError):
            mutated, how = flip_bytes(data, rng)
        yield f"m{n:04d}_{path.stem}{path.suffix}", mutated, f"{path.name}: {mutate.__name__}: {how}"
