"""How much one ratings file may hold, and the checks made on a file before it is parsed."""

# The numbers keep memory and time bounded whatever file a user is sent, and leave room for
# the largest real file: kmdesk's own export of 200,000 ratings with Thai names and a note in
# one row of four is about 36 MB as CSV and 7 MB as .xlsx (122 MB unpacked, packed 17 to 1).
# Each limit has its own message naming the file, and the row and column where there is one;
# the README lists them.

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from kmdesk.assess.notes import MAX_NOTE as MAX_NOTE  # the app's own limit, re-exported
from kmdesk.exchange.problems import rejected

MB = 1_000_000

MAX_FILE_BYTES = 50 * MB  # a ratings file, .csv or .xlsx, as it lies on disk
MAX_ROWS = 200_000  # rows of ratings in one file, blank rows not counted
# MAX_NOTE (imported above): characters in one note, the evidence column
MAX_UNPACKED_BYTES = 200 * MB  # all the parts of an .xlsx once unpacked
MAX_PACK_RATIO = 100  # how much smaller a part of an .xlsx may be packed than unpacked ...
RATIO_FROM_BYTES = 1 * MB  # ... counted only for parts larger than this, harmless below it
# An Excel sheet's own size; a workbook claiming more was not made by a spreadsheet program.
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384

EXHAUSTING = "the file may be damaged or made to exhaust memory"

# What reading a damaged workbook raises, each met when fuzzing or in the zip and zlib
# documentation: the zip (an encrypted part is a RuntimeError), the inflater, the XML parser
# (its ParseError is a SyntaxError) and openpyxl's own reading of what it parsed.
DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    SyntaxError,
    NotImplementedError,
    RuntimeError,
)


def _mb(size: int) -> str:
    return f"{size / MB:,.1f} MB"


def check_size(path: Path) -> None:
    """Refuse a file too large to read whole."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise rejected(
            path,
            f"is {_mb(size)}; kmdesk reads ratings files of up to {MAX_FILE_BYTES // MB} MB "
            "(split it into smaller files)",
        )


def check_workbook(path: Path) -> None:
    """Refuse an .xlsx that would unpack too large or hold a row wider than Excel's, unopened."""
    # Python's zipfile stops unpacking a part at the size its header records, so the recorded
    # sizes can be trusted here: a part that holds more fails its checksum instead.
    try:
        archive = zipfile.ZipFile(path)
    except DAMAGED:
        return  # not a zip at all: the reader names what it is
    with archive:
        parts = archive.infolist()
        unpacked = sum(part.file_size for part in parts)
        if unpacked > MAX_UNPACKED_BYTES:
            raise rejected(
                path,
                f"unpacks to {_mb(unpacked)}; kmdesk reads workbooks that unpack to at most "
                f"{MAX_UNPACKED_BYTES // MB} MB ({EXHAUSTING})",
            )
        for part in parts:
            ratio = part.file_size / max(part.compress_size, 1)
            if part.file_size > RATIO_FROM_BYTES and ratio > MAX_PACK_RATIO:
                raise rejected(
                    path,
                    f"its part {part.filename} unpacks to {ratio:,.0f} times its packed size; "
                    f"kmdesk reads parts packed at most {MAX_PACK_RATIO} to 1 ({EXHAUSTING})",
                )
        for part in parts:
            # a row too wide needs at least four bytes (<c/>) a cell
            if part.file_size > 4 * EXCEL_COLUMNS and _has_wide_row(archive, part):
                raise rejected(
                    path,
                    f"a row of {part.filename} holds more than {EXCEL_COLUMNS:,} cells, the "
                    f"most an Excel sheet has ({EXHAUSTING})",
                )


class _WideRow(Exception):
    """Stops the scan at the first cell past Excel's last column."""


def _has_wide_row(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Whether a part holds a row of more cells than Excel allows, counted as it streams past."""
    # openpyxl builds a whole row in memory before handing it over, a few hundred bytes a
    # cell, so one row of millions of empty cells would take gigabytes (a 2 MB file with a
    # row of 500,000 cells took 318 MB). expat is the parser openpyxl's ElementTree uses.
    width = 0

    def start(name: str, _attributes) -> None:
        nonlocal width
        local = name.rpartition("}")[2]
        if local == "row":
            width = 0
        elif local == "c":
            width += 1
            if width > EXCEL_COLUMNS:
                raise _WideRow()

    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = start
    try:
        with archive.open(part) as stream:
            parser.ParseFile(stream)
    except _WideRow:
        return True
    except (expat.ExpatError, *DAMAGED):
        pass  # not XML (a picture) or damaged: a damaged sheet is refused when it is read
    return False
