"""Low-level crafting of hostile files: ZIP packages written byte by byte, deflate bombs, hand-written PDFs.

Used by build.py (the labelled hostile set) and mutate.py (the fuzzer); nothing here knows about reports.
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import Optional

ZIP_STORED, ZIP_DEFLATED = 0, 8
FLAG_ENCRYPTED = 0x1
DOS_TIME, DOS_DATE = 0, (2021 - 1980) << 9 | 3 << 5 | 1  # 2021-03-01 00:00


@dataclass
class RawEntry:
    """One ZIP entry as it will stand in the file: compressed bytes and the header fields, which may lie."""

    name: str
    payload: bytes  # the bytes after the local header (compressed, or stored)
    crc: int
    usize: int  # declared uncompressed size
    method: int = ZIP_DEFLATED
    flags: int = 0

    @classmethod
    def of(cls, name: str, data: bytes, method: int = ZIP_DEFLATED) -> RawEntry:
        """An honest entry holding `data`."""
        payload = deflate_raw(data) if method == ZIP_DEFLATED else data
        return cls(name, payload, zlib.crc32(data), len(data), method)


def deflate_raw(data: bytes, level: int = 6) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def deflate_bomb(prefix: bytes, unit: bytes, repeat: int, suffix: bytes) -> tuple[bytes, int, int]:
    """prefix + unit * repeat + suffix as a raw deflate stream built without inflating it in memory.

    After a full flush the compressor forgets its history, so the blocks that encode one `unit` are the
    same bytes every time: compress it once, repeat the bytes. Returns (stream, crc32, uncompressed size).
    """
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(unit) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.compress(suffix) + c.flush()
    crc = zlib.crc32(prefix)
    for _ in range(repeat):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(suffix, crc)
    return head + block * repeat + tail, crc, len(prefix) + len(unit) * repeat + len(suffix)


def zlib_bomb(unit: bytes, repeat: int) -> bytes:
    """unit * repeat as a zlib stream (PDF FlateDecode), built like deflate_bomb."""
    stream, _, _ = deflate_bomb(b"", unit, repeat, b"")
    adler = 1
    for _ in range(repeat):
        adler = zlib.adler32(unit, adler)
    return b"\x78\xda" + stream + struct.pack(">I", adler)


def write_zip(entries: list[RawEntry]) -> bytes:
    """A ZIP file of these entries exactly as given (sizes below 4 GiB: no ZIP64)."""
    out, central = bytearray(), bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, e.flags | 0x800, e.method, DOS_TIME, DOS_DATE,
                           e.crc, len(e.payload), e.usize, len(name), 0) + name + e.payload
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, e.flags | 0x800, e.method, DOS_TIME, DOS_DATE,
                               e.crc, len(e.payload), e.usize, len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    return bytes(out + central + end)


# --- PDF by hand ------------------------------------------------------------------------------------

def pdf_stream(dictionary: str, data: bytes) -> bytes:
    """A stream object's body: its dictionary (without /Length) and its bytes."""
    return f"<< {dictionary} /Length {len(data)} >>\nstream\n".encode("latin-1") + data + b"\nendstream"


def write_pdf(objects: list[bytes], root: int = 1, xref: bool = True, info: Optional[str] = None) -> bytes:
    """A PDF of these objects (numbered from 1) with a correct cross-reference table, or none."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    start = len(out)
    trailer = f"<< /Size {len(objects) + 1} /Root {root} 0 R{f' /Info {info}' if info else ''} >>"
    if xref:
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n{trailer}\nstartxref\n{start}\n%%EOF\n".encode()
    return bytes(out)


def one_page_pdf(content: bytes, resources: str = "", extra: Optional[list[bytes]] = None,
                 media_box: str = "[0 0 595 842]", filter_: str = "") -> bytes:
    """Catalog, pages, one page with this content stream (object 4); `extra` objects follow as 5, 6, ..."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox {media_box} /Resources << {resources} >> /Contents 4 0 R >>".encode(),
        pdf_stream(filter_, content),
    ]
    return write_pdf(objects + (extra or []))
