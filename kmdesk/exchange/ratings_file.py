"""Reading and writing the ratings file: CSV (UTF-8, UTF-8 with BOM, Windows-874) or XLSX."""

from __future__ import annotations

import codecs
import csv
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from kmdesk.assess.people import MAX_NAME, name_key
from kmdesk.exchange import limits
from kmdesk.exchange.cell_text import escape_csv, ooxml_escape, ooxml_unescape, unescape_csv
from kmdesk.exchange.problems import FileRejected, Problem, rejected
from kmdesk.outfile import replace_atomically

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


class RawRow(NamedTuple):
    """One data row as read, keyed by column name; ``row`` is the spreadsheet row number.

    A named tuple, not a dataclass: one is made for each of up to 200,000 rows.
    """

    row: int
    cells: dict[str, object]


@dataclass(frozen=True)
class Formula:
    """A workbook cell holding a formula: refused, for the file keeps only its last result."""

    text: str


BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)


CHUNK = 1 << 20  # bytes read at a time: a file is checked and read without holding it whole
_PREFIX = 65536  # characters looked at for binary data


def _validated(path: Path, fh, codec: str) -> tuple[str, int] | None:
    """Decode the whole file a chunk at a time, keeping none of it: its first characters and
    its line count, or None if it is not valid ``codec``."""
    fh.seek(0)
    decoder = codecs.getincrementaldecoder(codec)()
    prefix, lines = "", 0
    try:
        while chunk := fh.read(CHUNK):
            text = decoder.decode(chunk)
            if len(prefix) < _PREFIX:
                prefix += text[: _PREFIX - len(prefix)]
            lines += chunk.count(b"\n")
        prefix += decoder.decode(b"", final=True)[: max(0, _PREFIX - len(prefix))]
    except UnicodeDecodeError:
        return None
    return prefix, lines


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 saved without its byte-order mark, told by the header's ASCII: every other
    byte a NUL (Notepad's "Unicode" and some exports do this)."""
    even, odd = head[0:80:2], head[1:80:2]
    if len(odd) >= 8 and odd.count(0) == len(odd) and 0 not in even:
        return "utf-16-le"
    if len(even) >= 8 and even.count(0) == len(even) and 0 not in odd:
        return "utf-16-be"
    return None


def _encoding(path: Path) -> tuple[str, str, int]:
    """UTF-8 (with or without BOM), UTF-16, or Windows-874: detected, never asked.

    Returns the codec, the file's first characters and its line count.
    """
    with path.open("rb") as fh:
        head = fh.read(8192)
        if head.startswith(b"PK\x03\x04"):
            raise rejected(
                path, "is an Excel workbook, not a CSV file; save it with the .xlsx ending"
            )
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            codec = _utf16_without_bom(head)
            found = _validated(path, fh, codec) if codec else None
            if found is None:
                raise rejected(path, "is not a CSV text file (it holds binary data)")
            return codec, *found
        for bom, codec, label in BOMS:
            if head.startswith(bom):
                found = _validated(path, fh, codec)
                if found is None:
                    raise rejected(path, f"starts as {label} text but is not valid {label}")
                return codec, *found
        for codec in ("utf-8", "cp874"):
            found = _validated(path, fh, codec)
            if found is not None:
                return codec, *found
    raise rejected(
        path, "is not readable text: expected a CSV saved as UTF-8 or Windows-874 (Thai)"
    )


def _looks_binary(text: str) -> bool:
    # A control character or two is a note pasted from Word (\x0b is its line break), and the
    # importer names its row and column; a NUL, or many of them, is a file that is not text.
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text[:_PREFIX] if ord(ch) < 32 and ch not in "\t\r\n")
    return controls > max(8, len(text[:_PREFIX]) // 100)


_CELL_TOO_LONG = (
    f"a cell holds more than {csv.field_size_limit():,} characters; kmdesk keeps notes of up "
    f"to {limits.MAX_NOTE:,} characters and names of up to {MAX_NAME} (the file may be damaged)"
)


def _read_csv(path: Path, expect: Callable[[int], None]) -> Iterator[list[object]]:
    codec, prefix, lines = _encoding(path)
    if _looks_binary(prefix):
        raise rejected(path, "is not a CSV text file (it holds binary data)")
    expect(max(lines - 1, 0))
    first_line = prefix.split("\n", 1)[0]
    # Excel in some locales saves with ; or a tab; the header tells which.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    with path.open(encoding=codec, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter, strict=True)
        rows = 0
        try:
            for row in reader:
                rows += 1
                yield [unescape_csv(cell) if cell[:1] == "'" else cell for cell in row]
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                # csv's own bound keeps memory flat; say which limit a cell that long breaks
                raise FileRejected([Problem(path.name, _CELL_TOO_LONG, rows + 1)]) from None
            message = f"is not a well-formed CSV file (line {reader.line_num}: {exc})"
            raise rejected(path, message) from None
        except UnicodeDecodeError:
            raise rejected(path, "changed while it was being read") from None


def _not_a_workbook(path: Path, exc: Exception) -> FileRejected:
    kind = type(exc)
    # zlib.error and the like say little without their module
    name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
    return rejected(path, f"is not an Excel (.xlsx) workbook, or it is damaged ({name})")


def _value(cell) -> object:
    if cell.data_type == "f":
        return Formula(str(cell.value))
    value = cell.value
    return ooxml_unescape(value) if isinstance(value, str) and "_x" in value else value


def _read_xlsx(path: Path, expect: Callable[[int], None]) -> Iterator[list[object]]:
    from openpyxl import load_workbook

    limits.check_workbook(path)
    try:
        # not data_only: that would give a formula's cached result, or None, as if typed
        book = load_workbook(path, read_only=True, data_only=False)
    except limits.DAMAGED as exc:
        raise _not_a_workbook(path, exc) from None
    try:
        if not book.worksheets:
            raise rejected(path, "has no sheet to read")
        sheet = book.worksheets[0]
        expect(max((sheet.max_row or 1) - 1, 0))  # as the sheet records it: for progress only
        # Read-only mode stops at the size the sheet records, which other programs get wrong.
        sheet.reset_dimensions()
        rows = sheet.iter_rows()
        for number in itertools.count(1):
            try:
                cells = next(rows, None)
            except limits.DAMAGED as exc:
                raise _not_a_workbook(path, exc) from None
            if cells is None:
                return
            if number > limits.EXCEL_ROWS:
                message = (
                    f"is past row {limits.EXCEL_ROWS:,}, the last row of an Excel sheet "
                    "(the file may be damaged)"
                )
                raise FileRejected([Problem(path.name, message, number)])
            yield [_value(cell) for cell in cells]
    finally:
        book.close()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _column_letter(index: int) -> str:
    """A, B, … Z, AA, … for the 0-based column ``index``, as a spreadsheet names columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _ending(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise rejected(path, f"has the ending {suffix or '(none)'!r}; expected .csv or .xlsx")
    return suffix


def _table(
    path: Path, expect: Callable[[int], None] = lambda _rows: None
) -> Iterator[list[object]]:
    """The file's rows, as lists of cell values, read one at a time.

    ``expect`` is told how many data rows the file seems to hold, once that is known.
    """
    suffix = _ending(path)
    if path.is_dir():
        raise rejected(path, "is a folder; expected a .csv or .xlsx file")
    if not path.is_file():
        raise rejected(path, "is not a file" if path.exists() else "does not exist")
    try:
        path.open("rb").close()  # this process may read it (not locked, not chmod 000)
    except OSError as exc:
        raise rejected(path, f"cannot be read ({exc.strerror or exc})") from None
    if path.stat().st_size == 0:
        raise rejected(path, "is empty; expected a header row: " + ",".join(HEADER))
    limits.check_size(path)
    return _read_xlsx(path, expect) if suffix == ".xlsx" else _read_csv(path, expect)


def _columns(path: Path, numbered: Iterator[tuple[int, list[object]]]) -> dict[str, int]:
    """Where each column of HEADER is, from the first row that is not blank."""
    first = next(((n, values) for n, values in numbered if not all(map(_blank, values))), None)
    if first is None:
        raise rejected(path, "is empty; expected a header row: " + ",".join(HEADER))
    row, values = first
    places: dict[str, list[int]] = {}
    for i, value in enumerate(values):
        name = name_key("" if value is None else str(value))
        if name in HEADER:
            places.setdefault(name, []).append(i)
    problems = [
        Problem(
            path.name,
            f"the column is missing from the header (expected {','.join(HEADER)})",
            row,
            col,
        )
        for col in HEADER
        if col not in places and col not in OPTIONAL
    ]
    for col, at in places.items():
        if len(at) > 1:
            times = "twice" if len(at) == 2 else f"{len(at)} times"
            letters = [_column_letter(i) for i in at]
            where = ", ".join(letters[:-1]) + " and " + letters[-1]
            message = f"is in the header {times} (columns {where}); keep the one to read"
            problems.append(Problem(path.name, message, row, col))
    if problems:
        raise FileRejected(problems)
    return {col: at[0] for col, at in places.items()}


class RowStream:
    """A ratings file's rows under its header, read one at a time as they are wanted.

    Iterating refuses a file that is not a ratings table, or holds too many rows, when it
    gets there. ``expected`` is how many rows the file seems to hold (known once iterating
    has begun; for progress, never exact).
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.expected = 0

    def _expect(self, rows: int) -> None:
        self.expected = rows

    def __iter__(self) -> Iterator[RawRow]:
        path = self.path
        count = 0
        with closing(_table(path, self._expect)) as table:
            numbered = enumerate(table, start=1)
            columns = list(_columns(path, numbered).items())
            for number, values in numbered:
                if all(map(_blank, values)):
                    continue
                if count == limits.MAX_ROWS:
                    raise rejected(
                        path,
                        f"has more than {limits.MAX_ROWS:,} rows of ratings; kmdesk reads up "
                        f"to {limits.MAX_ROWS:,} from one file (split it into smaller files)",
                    )
                count += 1
                width = len(values)
                yield RawRow(number, {col: values[i] if i < width else None for col, i in columns})
        if not count:
            raise rejected(path, "has a header but no ratings")


def read_rows(path: str | os.PathLike) -> list[RawRow]:
    """Read the file's rows under its header, refusing files that are not a ratings table."""
    return list(RowStream(path))


def check_overwritable(path: Path) -> None:
    """Only a ratings file of ours may be overwritten; anything else is left alone."""
    if not path.exists():
        return
    try:
        with closing(_table(path)) as table:
            _columns(path, enumerate(table, start=1))
    except FileRejected:
        raise rejected(
            path, "exists and is not a kmdesk ratings file; it was left untouched"
        ) from None


def write_rows(path: str | os.PathLike, rows: Iterable[Sequence[object]]) -> int:
    """Write rows under HEADER: CSV as UTF-8 with BOM (Excel opens Thai right), or XLSX."""
    path = Path(path)
    suffix = _ending(path)
    check_overwritable(path)
    rows = list(rows)

    def write_csv(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            for row in rows:
                writer.writerow([escape_csv(v) if isinstance(v, str) else v for v in row])

    def write_xlsx(tmp: Path) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        def text(value: str) -> WriteOnlyCell:
            # openpyxl saves text starting with = as a formula and #N/A and the like as errors
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"
            return cell

        def out(value: object) -> object:
            if not isinstance(value, str):
                return value
            escaped = ooxml_escape(value)  # Excel's _x000B_ form (cell_text)
            return text(escaped) if escaped != value or value[:1] in "=#" else value

        book = Workbook(write_only=True)
        sheet = book.create_sheet("ratings")
        sheet.append(list(HEADER))
        for row in rows:
            sheet.append([out(v) for v in row])
        book.save(tmp)

    replace_atomically(path, write_xlsx if suffix == ".xlsx" else write_csv)
    return len(rows)
