"""Reading and writing the ratings file: CSV (UTF-8, UTF-8 with BOM, Windows-874) or XLSX."""

from __future__ import annotations

import csv
import io
import os
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kmdesk.exchange.problems import FileRejected, Problem

HEADER = (
    "facilitator",
    "team",
    "agency",
    "round",
    "round_date",
    "role",
    "indicator",
    "level",
    "evidence",
)
# agency and evidence may be left out of a hand-made file; the rest carry the rating itself
OPTIONAL = frozenset({"agency", "evidence"})
EXTENSIONS = (".csv", ".xlsx")
MAX_PROBLEMS = 50


@dataclass(frozen=True)
class RawRow:
    """One data row as read, keyed by column name; ``row`` is the spreadsheet row number."""

    row: int
    cells: dict[str, object]


def _reject(path: Path, message: str) -> FileRejected:
    return FileRejected([Problem(path.name, message)])


BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-874: detected, never asked."""
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise _reject(path, f"starts as {label} text but is not valid {label}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp874")
    except UnicodeDecodeError:
        raise _reject(
            path, "is not readable text: expected a CSV saved as UTF-8 or Windows-874 (Thai)"
        ) from None


def _looks_binary(text: str) -> bool:
    return any(ord(ch) < 32 and ch not in "\t\r\n" for ch in text[:65536])


def _read_csv(path: Path) -> list[list[object]]:
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        raise _reject(path, "is an Excel workbook, not a CSV file; save it with the .xlsx ending")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _reject(path, "is not a CSV text file (it holds binary data)")
    text = _decode(path, data)
    if _looks_binary(text):
        raise _reject(path, "is not a CSV text file (it holds binary data)")
    first_line = text.split("\n", 1)[0]
    # Excel in some locales saves with ; or a tab; the header tells which.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise _reject(path, f"is not a well-formed CSV file ({exc})") from None


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _reject(path, f"is not an Excel (.xlsx) workbook ({type(exc).__name__})") from None
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_rows(path: str | os.PathLike) -> list[RawRow]:
    """Read the file's rows under its header, refusing files that are not a ratings table."""
    path = Path(path)
    rows = _read_table(path)
    if not rows:
        raise _reject(path, "has a header but no ratings")
    return rows


def _read_table(path: Path) -> list[RawRow]:
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise _reject(path, f"has the ending {suffix or '(none)'!r}; expected .csv or .xlsx")
    if not path.is_file():
        raise _reject(path, "does not exist")
    if path.stat().st_size == 0:
        raise _reject(path, "is empty; expected a header row: " + ",".join(HEADER))
    table = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    while table and all(_blank(c) for c in table[0]):
        table.pop(0)
    if not table:
        raise _reject(path, "is empty; expected a header row: " + ",".join(HEADER))
    header = [str(c or "").strip().lstrip("\ufeff").lower() for c in table[0]]
    missing = [col for col in HEADER if col not in header and col not in OPTIONAL]
    if missing:
        raise FileRejected(
            [
                Problem(
                    path.name,
                    f"the column is missing from the header (expected {','.join(HEADER)})",
                    1,
                    col,
                )
                for col in missing
            ]
        )
    rows = []
    for number, values in enumerate(table[1:], start=2):
        if all(_blank(v) for v in values):
            continue
        cells = {
            name: values[i] if i < len(values) else None for i, name in enumerate(header) if name
        }
        rows.append(RawRow(number, cells))
    return rows


def _replace_atomically(path: Path, write) -> None:
    """Write beside the target and rename, so a failed export never leaves half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_overwritable(path: Path) -> None:
    """Only a ratings file of ours may be overwritten; anything else is left alone."""
    if not path.exists():
        return
    try:
        _read_table(path)
    except FileRejected:
        raise _reject(
            path, "exists and is not a kmdesk ratings file; it was left untouched"
        ) from None


def write_rows(path: str | os.PathLike, rows: Iterable[Sequence[object]]) -> int:
    """Write rows under HEADER: CSV as UTF-8 with BOM (Excel opens Thai right), or XLSX."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise _reject(path, f"has the ending {suffix or '(none)'!r}; expected .csv or .xlsx")
    check_overwritable(path)
    rows = list(rows)

    def write_csv(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            writer.writerows(rows)

    def write_xlsx(tmp: Path) -> None:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("ratings")
        sheet.append(list(HEADER))
        for row in rows:
            sheet.append(list(row))
        book.save(tmp)

    _replace_atomically(path, write_xlsx if suffix == ".xlsx" else write_csv)
    return len(rows)
