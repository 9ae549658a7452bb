"""Legacy word-processor files (.doc, .rtf, .odt): converted to DOCX by LibreOffice, then read as DOCX.

Every conversion runs `soffice --headless --convert-to docx` in a temporary folder of its own, with a
user profile of its own inside it (two conversions sharing a profile make the second silently write
nothing), under a time limit after which the whole soffice process group is killed; the folder is
always removed. Tracked changes survive the conversion as w:ins/w:del, which the DOCX reader reads as
accepted.

Most of a conversion used to be LibreOffice's first start in a fresh profile: it runs its graphics
render tests (about 60 drawings on 4096-pixel bitmaps, 1.5 s of CPU) whenever the profile has not
recorded the running version, and a headless conversion never records it. So the profile of each
conversion is a copy of a template made once per machine (in the user's cache folder), whose
registrymodifications.xcu records a last-run version no release reaches; where no template can be
made, the seed file alone is written into the fresh profile.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from pipeline.errors import UnreadableDocument
from pipeline.layout import Layout
from pipeline.readers.docx import read_docx

CONVERT_TIMEOUT = 60.0  # seconds one conversion may take (below the batch's per-document limit)
INSTALL_HINT = "install LibreOffice to read it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_FIB_MAGIC = 0xA5EC  # wIdent of a Word 97-2003 File Information Block
FIB_ENCRYPTED = 0x0100  # fEncrypted in the FIB's flags word (offset 0x0A)
LEGACY_NAMES = {"doc": "Word 97-2003 .doc", "rtf": "RTF", "odt": "OpenDocument .odt"}
PROFILE_TEMPLATE_TIMEOUT = 60.0
# ooSetupLastVersion above the running version: LibreOffice skips its first-start graphics render tests
PROFILE_SEED = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse">\
<value>999.0</value></prop></item>
</oor:items>
"""


def read_legacy(path: Path, fmt: str) -> Layout:
    """Read a .doc/.rtf/.odt through a DOCX that LibreOffice makes of it; the layout keeps the file's own format."""
    path = Path(path)
    refuse_encrypted(path, fmt)
    with converted_to_docx(path, fmt) as docx:
        layout = read_docx(docx)
    layout.file, layout.format = str(path), fmt
    return layout


def soffice_binary() -> str:
    """The LibreOffice command, or UnreadableDocument saying what to install."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise UnreadableDocument(f"a legacy document needs LibreOffice (soffice), which is not installed: {INSTALL_HINT}")
    return found


@contextlib.contextmanager
def converted_to_docx(path: Path, fmt: str, timeout: float = CONVERT_TIMEOUT) -> Iterator[Path]:
    """The DOCX LibreOffice writes for `path`, in a temporary folder that is removed afterwards."""
    soffice = soffice_binary()
    with tempfile.TemporaryDirectory(prefix="kz-convert-") as tmp:
        folder = Path(tmp)
        source = folder / f"input.{fmt}"  # a plain name: LibreOffice names its output after the input
        shutil.copyfile(path, source)
        profile = folder / "profile"
        make_profile(profile, soffice)
        command = [soffice, *soffice_options(profile), "--convert-to", "docx:MS Word 2007 XML",
                   "--outdir", str(folder / "out"), str(source)]
        detail = _run_killing_group(command, timeout)
        output = folder / "out" / "input.docx"
        if not output.exists() or output.stat().st_size == 0:
            raise UnreadableDocument(f"LibreOffice could not open this {LEGACY_NAMES[fmt]} file (damaged, or not "
                                     f"a word-processor document){detail}")
        yield output


def soffice_options(profile: Path) -> list[str]:
    """A headless LibreOffice on `profile` that restores nothing, shows nothing and checks no locks."""
    return [f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo", "--nolockcheck"]


def make_profile(profile: Path, soffice: str) -> None:
    """A user profile of this conversion's own: a copy of the template, else a fresh one holding the seed."""
    template = profile_template(soffice)
    if template is not None:
        with contextlib.suppress(OSError):
            shutil.copytree(template, profile)
            return
        shutil.rmtree(profile, ignore_errors=True)
    _write_seed(profile)


def _write_seed(profile: Path) -> None:
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE_SEED, encoding="utf-8")


def profile_template(soffice: str) -> Path | None:
    """The initialised profile conversions copy, made once per LibreOffice installation; None if it cannot be.

    It is built in a folder of its own and renamed into place, so processes starting at once never see
    half of one (the loser of the race removes its copy)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kz-report-pipeline"
    template = cache / f"libreoffice-profile-{_installation_key(soffice)}"
    if (template / "user" / "registrymodifications.xcu").exists():
        return template
    try:
        cache.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{template.name}-", dir=cache))
    except OSError:
        return None
    try:
        _write_seed(building)
        _run_killing_group([soffice, *soffice_options(building), "--terminate_after_init"], PROFILE_TEMPLATE_TIMEOUT)
        os.rename(building, template)
    except (OSError, UnreadableDocument):
        shutil.rmtree(building, ignore_errors=True)
    return template if (template / "user" / "registrymodifications.xcu").exists() else None


def _installation_key(soffice: str) -> str:
    """Changes when LibreOffice is installed anew or upgraded, so a template never outlives its version."""
    real = os.path.realpath(soffice)
    stamp = os.stat(real).st_mtime_ns
    return hashlib.sha1(f"{real}:{stamp}".encode()).hexdigest()[:12]


def _run_killing_group(command: list[str], timeout: float) -> str:
    """Run soffice in a process group of its own; past the timeout kill the group. Returns its last message."""
    env = dict(os.environ, SAL_USE_VCLPLUGIN="svp")  # never look for a display
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                          start_new_session=True, env=env) as process:
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise UnreadableDocument(f"LibreOffice did not convert the file within {timeout:g} s and was stopped") from None
    errors = [line for line in out.decode("utf-8", "replace").splitlines() if line.lower().startswith("error")]
    return f" ({errors[-1].strip()})" if errors else ""


def refuse_encrypted(path: Path, fmt: str) -> None:
    """A password-protected file cannot be converted: say so instead of letting LibreOffice fail silently."""
    if fmt == "doc" and _doc_encrypted(path):
        raise UnreadableDocument("the .doc file is password-protected (encrypted); save it without a password to read it")
    if fmt == "odt" and _odt_encrypted(path):
        raise UnreadableDocument("the .odt file is password-protected (encrypted); save it without a password to read it")


def _doc_encrypted(path: Path) -> bool:
    """Does the WordDocument stream's File Information Block set fEncrypted?"""
    import olefile

    with open(path, "rb") as fh:
        if fh.read(len(OLE_SIGNATURE)) != OLE_SIGNATURE:
            return False  # an RTF or HTML file named .doc: LibreOffice reads those too
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if not ole.exists("WordDocument"):
                return ole.exists("EncryptionInfo")  # an encrypted DOCX is an OLE file holding the package
            fib = ole.openstream("WordDocument").read(12)
    except OSError:
        return False  # a damaged container: LibreOffice's verdict will say so
    if len(fib) < 12 or int.from_bytes(fib[:2], "little") != WORD_FIB_MAGIC:
        return False
    return bool(int.from_bytes(fib[10:12], "little") & FIB_ENCRYPTED)


def _odt_encrypted(path: Path) -> bool:
    """Does the package manifest describe encrypted entries?"""
    try:
        with zipfile.ZipFile(path) as package:
            return b"encryption-data" in package.read("META-INF/manifest.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
