"""A bundle file on disk: the zip read with its limits and checksums, and written atomically."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path, PurePosixPath

from kmdesk.exchange import bundle_check, bundle_decode, limits
from kmdesk.exchange.bundle_format import ENTRIES, MANIFEST, OPTIONAL_ENTRIES, SUFFIX, Manifest
from kmdesk.exchange.problems import FileRejected, rejected
from kmdesk.outfile import replace_atomically

MAX_ENTRIES = 16  # a bundle has six; room for a few more in later formats
MAX_MANIFEST_BYTES = 1 * limits.MB
MAX_ENTRY_BYTES = 150 * limits.MB  # one JSON entry unpacked
# all entries unpacked: limits.MAX_UNPACKED_BYTES; packed ratio: limits.MAX_PACK_RATIO
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
RESEND = "ask for it to be sent again"


def not_a_bundle(path: Path, why: str) -> FileRejected:
    return rejected(
        path, f"is not a kmdesk bundle ({why}); a bundle is made by kmdesk bundle export"
    )


def damaged(path: Path, why: str) -> FileRejected:
    return rejected(path, f"is damaged or incomplete: {why}; {RESEND}")


def _unsafe_name(name: str) -> bool:
    """Whether an entry's name points outside the archive (or could, once unpacked)."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if ":" in PurePosixPath(name).parts[0]:
        return True  # C:… on Windows
    return any(part == ".." for part in PurePosixPath(name).parts)


def _check_archive(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise rejected(
            path,
            f"holds {len(infos):,} entries; a bundle holds at most {MAX_ENTRIES} "
            f"({limits.EXHAUSTING})",
        )
    named: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if _unsafe_name(info.orig_filename) or _unsafe_name(info.filename):
            raise rejected(
                path,
                f"holds an entry with a path outside the archive ({info.orig_filename!r}); "
                "it was not opened",
            )
        if info.filename in named:
            raise damaged(path, f"the entry {info.filename} is in it twice")
        named[info.filename] = info
    total = sum(info.file_size for info in infos)
    if total > limits.MAX_UNPACKED_BYTES:
        raise rejected(
            path,
            f"unpacks to {total / limits.MB:,.1f} MB; kmdesk reads bundles that unpack to at "
            f"most {limits.MAX_UNPACKED_BYTES // limits.MB} MB ({limits.EXHAUSTING})",
        )
    for info in infos:
        if info.file_size > MAX_ENTRY_BYTES:
            raise rejected(
                path,
                f"its entry {info.filename} unpacks to {info.file_size / limits.MB:,.1f} MB; "
                f"kmdesk reads entries of at most {MAX_ENTRY_BYTES // limits.MB} MB "
                f"({limits.EXHAUSTING})",
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.RATIO_FROM_BYTES and ratio > limits.MAX_PACK_RATIO:
            raise rejected(
                path,
                f"its entry {info.filename} unpacks to {ratio:,.0f} times its packed size; "
                f"kmdesk reads entries packed at most {limits.MAX_PACK_RATIO} to 1 "
                f"({limits.EXHAUSTING})",
            )
        if info.flag_bits & 0x1:
            raise damaged(path, f"the entry {info.filename} is encrypted")
    return named


def _read(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise rejected(path, f"its entry {info.filename} is too large ({limits.EXHAUSTING})")
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except limits.DAMAGED:
        raise damaged(path, f"its entry {info.filename} cannot be unpacked") from None
    if len(data) > limit:
        raise rejected(path, f"its entry {info.filename} is too large ({limits.EXHAUSTING})")
    return data


def read_entries(path: str | os.PathLike) -> tuple[Manifest, dict[str, bytes]]:
    """The manifest and every entry of the bundle at ``path``, each checked against the
    manifest's size and SHA-256; FileRejected, naming the file, for anything wrong."""
    path = Path(path)
    if not path.is_file():
        raise rejected(path, "does not exist")
    size = path.stat().st_size
    if size > limits.MAX_FILE_BYTES:
        raise rejected(
            path,
            f"is {size / limits.MB:,.1f} MB; kmdesk reads bundles of up to "
            f"{limits.MAX_FILE_BYTES // limits.MB} MB (send one team or round at a time)",
        )
    with path.open("rb") as fh:
        head = fh.read(4)
    if head not in ZIP_MAGIC:
        raise not_a_bundle(path, "it is not a zip file" if head else "it is empty")
    try:
        archive = zipfile.ZipFile(path)
    except limits.DAMAGED:
        raise damaged(
            path, "its list of contents is missing, as if the file was cut short"
        ) from None
    with archive:
        named = _check_archive(path, archive)
        if MANIFEST not in named:
            raise not_a_bundle(path, "it has no manifest.json")
        try:
            manifest = bundle_decode.manifest(
                _read(path, archive, named[MANIFEST], MAX_MANIFEST_BYTES)
            )
        except bundle_decode.NotABundle:
            raise not_a_bundle(path, "its manifest.json is not a kmdesk bundle's") from None
        except bundle_decode.NewerFormat as exc:
            raise rejected(path, str(exc)) from None
        except bundle_check.Damaged as exc:
            raise damaged(path, str(exc)) from None
        entries = {}
        # An optional entry is read when the manifest lists it (a bundle made before it
        # existed lists none); listed but absent is damage like any other.
        listed = [name for name in OPTIONAL_ENTRIES if name in manifest.entries]
        for name in (*ENTRIES, *listed):
            if name not in named:
                raise damaged(path, f"the entry {name} is missing")
            size, digest = manifest.entries[name]
            data = _read(path, archive, named[name], MAX_ENTRY_BYTES)
            if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                raise damaged(path, f"{name} does not match the checksum in its manifest")
            entries[name] = data
    return manifest, entries


def is_bundle(path: Path) -> bool:
    """Whether ``path`` is a readable kmdesk bundle (so it may be replaced by a new one)."""
    try:
        read_entries(path)
    except FileRejected:
        return False
    return True


def write_entries(path: str | os.PathLike, entries: dict[str, bytes]) -> int:
    """Write the zip beside ``path`` and rename it into place; returns its size in bytes.

    Only a kmdesk bundle is ever replaced; any other file there is left alone.
    """
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        raise rejected(path, f"a bundle's file name ends in {SUFFIX}, e.g. ratings{SUFFIX}")
    if path.exists() and not is_bundle(path):
        raise rejected(path, "exists and is not a kmdesk bundle; it was left untouched")
    if not path.parent.is_dir():
        raise rejected(path, f"cannot be written: the folder {path.parent} does not exist")

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for name, data in entries.items():
                archive.writestr(name, data)

    replace_atomically(path, write)
    return path.stat().st_size
