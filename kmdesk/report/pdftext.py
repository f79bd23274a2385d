"""Mend the text layer of Qt's PDF so Thai copies and searches as the words that are printed.

Qt's PDF writer draws each glyph at its own position and maps glyphs back to characters
through the font's cmap. With the Thai fonts (TLWG's Laksaman and Loma) that loses text:

- tone marks and vowels shifted by the font (a tone mark lowered where no vowel sits under
  it) are reached through Private Use Area code points (the standard Thai PUA, U+F700–F720),
  so copying "หน่วย" gave "หน\\uf70aวย";
- a mark moved left or up by the font's positioning breaks the word for text extractors
  ("ที่" came out as "ทีข ่ อง…"), and sara am is drawn as nikhahit + sara aa.

So, after Qt has written the file: every ToUnicode map gets the real Thai letters for the
PUA variants (and the letters of the Latin ligatures: "fi" for "ﬁ"), and every cluster
of a letter with its marks is wrapped in a marked-content
span with ``/ActualText`` (PDF 1.5 §14.9.4), which extractors and search use instead of
guessing from positions. The file is written back with a fresh cross-reference table.
Anything in a shape this module does not expect is left as Qt wrote it.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# The standard Thai PUA variants and the letter each one is drawn for.
THAI_PUA: dict[int, int] = {
    0xF700: 0x0E10,  # tho than without its descender
    0xF701: 0x0E34,  # sara i, left
    0xF702: 0x0E35,  # sara ii, left
    0xF703: 0x0E36,  # sara ue, left
    0xF704: 0x0E37,  # sara uee, left
    **{0xF705 + i: 0x0E48 + i for i in range(5)},  # tone marks, low and left
    **{0xF70A + i: 0x0E48 + i for i in range(5)},  # tone marks, low
    0xF70F: 0x0E0D,  # yo ying without its descender
    0xF710: 0x0E31,  # mai han-akat, left
    0xF711: 0x0E4D,  # nikhahit, left
    0xF712: 0x0E47,  # maitaikhu, left
    **{0xF713 + i: 0x0E48 + i for i in range(5)},  # tone marks, left
    0xF718: 0x0E38,  # sara u, low
    0xF719: 0x0E39,  # sara uu, low
    0xF71A: 0x0E3A,  # phinthu, low
    0xF71B: 0x0E0E,  # do chada, alternative
    0xF71C: 0x0E0F,  # to patak, alternative
    0xF71D: 0x0E2C,  # lo chula, alternative
    0xF71E: 0x0E4D,  # nikhahit, high
    0xF71F: 0x0E47,  # maitaikhu, high
    0xF720: 0x0E4E,  # yamakkan, high
}
# Thai combining marks: above and below vowels, tone marks and the other signs.
THAI_MARKS = frozenset([0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])
NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"


def _typing_order(mark: str) -> int:
    """Thai is typed letter, vowel, tone mark, then the other signs; fonts reorder glyphs."""
    code = ord(mark)
    if 0x0E48 <= code <= 0x0E4B:
        return 1
    return 2 if code >= 0x0E4C else 0


_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
_SWAPPED = re.compile(rb"<(F7[0-2][0-9A-Fa-f]|FB0[0-6])>", re.I)
# Latin ligatures (ff, fi, fl, ffi, ffl, long s t, st) copy as their letters.
LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_GLYPH = re.compile(rb"^(-?[\d.]+) (-?[\d.]+) Td <([0-9A-Fa-f]+)> Tj$")
_FONT = re.compile(rb"^/(\S+) [\d.]+ Tf")
_TEXT_OBJECT = re.compile(rb"BT\n(.*?)ET", re.S)
_REF = rb"(\d+) 0 R"


class Unexpected(ValueError):
    """The PDF is not in the shape Qt writes; it is left alone."""


@dataclass
class _Object:
    number: int
    head: bytes  # "N 0 obj" .. the dictionary (up to "stream" for a stream)
    stream: bytes | None
    tail: bytes  # what follows the stream or the dictionary, up to the next object


class MendFailed(Exception):
    """The PDF is not shaped as Qt writes it, so its Thai text could not be repaired.

    That is our bug (a Qt version we do not know), never the user's: it is raised, so the
    report is not shipped with text that searches and copies wrongly.
    """


def mend_file(path: Path) -> bool:
    """Mend the PDF at ``path`` in place; False if it needed nothing (no lowered marks)."""
    path = Path(path)
    data = path.read_bytes()
    try:
        mended = mend_pdf(data)
    except (Unexpected, zlib.error, ValueError, KeyError, IndexError) as exc:
        raise MendFailed(f"{path.name}: the Thai text layer could not be repaired") from exc
    if mended == data:
        return False
    path.write_bytes(mended)
    return True


def mend_pdf(data: bytes) -> bytes:
    """The mended PDF (see the module's docstring); raises Unexpected for other shapes."""
    prefix, objects, trailer = _split(data)
    by_number = {o.number: o for o in objects}
    maps: dict[int, dict[int, str]] = {}
    for obj in objects:
        if obj.stream is not None and b"begincmap" in obj.stream:
            obj.stream = _CMAP.sub(lambda m: _SWAPPED.sub(_swap, m.group(0)), obj.stream)
            _set_length(obj, by_number)
            maps[obj.number] = _read_cmap(obj.stream)
    fonts = _font_maps(objects, maps)
    for page in (o for o in objects if re.search(rb"/Type /Page\s", o.head)):
        contents = re.search(rb"/Contents " + _REF, page.head)
        resources = re.search(rb"/Resources " + _REF, page.head)
        if not contents or not resources:
            raise Unexpected("a page without contents or resources")
        names = _font_names(by_number[int(resources.group(1))].head, fonts)
        stream_obj = by_number[int(contents.group(1))]
        raw = _decoded(stream_obj)
        new = _TEXT_OBJECT.sub(lambda m, n=names: b"BT\n" + _spans(m.group(1), n) + b"ET", raw)
        if new != raw:
            stream_obj.stream = zlib.compress(new) if _flate(stream_obj) else new
            _set_length(stream_obj, by_number)
    return _join(prefix, objects, trailer)


# --- reading and writing the file ------------------------------------------------------------


def _split(data: bytes) -> tuple[bytes, list[_Object], bytes]:
    at = data.rfind(b"startxref")
    if at < 0:
        raise Unexpected("no startxref")
    xref_at = int(data[at + len(b"startxref") :].split()[0])
    if not data.startswith(b"xref", xref_at):
        raise Unexpected("not a classic cross-reference table")
    lines = data[xref_at:].split(b"\n", 2)
    first, count = (int(x) for x in lines[1].split())
    entries = lines[2][: count * 20]
    if first != 0 or len(entries) != count * 20:
        raise Unexpected("an unusual cross-reference table")
    offsets = sorted(
        (int(entries[i * 20 : i * 20 + 10]), i)
        for i in range(count)
        if entries[i * 20 + 17 : i * 20 + 18] == b"n"
    )
    trailer_at = data.index(b"trailer", xref_at)
    objects = []
    bounds = [off for off, _ in offsets] + [xref_at]
    for (start, number), end in zip(offsets, bounds[1:], strict=True):
        objects.append(_parse_object(number, data[start:end]))
    trailer = data[trailer_at:at]
    return data[: offsets[0][0]], objects, trailer


def _parse_object(number: int, chunk: bytes) -> _Object:
    if not chunk.startswith(b"%d 0 obj" % number):
        raise Unexpected(f"object {number} is not where the table says")
    mark = re.search(rb">>\s*stream\r?\n", chunk)
    if mark is None or b"endobj" in chunk[: mark.start()]:
        return _Object(number, chunk, None, b"")
    end = chunk.rindex(b"endstream")
    stream = chunk[mark.end() : end]
    if stream.endswith(b"\n"):
        stream = stream[:-1]
    return _Object(number, chunk[: mark.end()], stream, b"\n" + chunk[end:])


def _join(prefix: bytes, objects: list[_Object], trailer: bytes) -> bytes:
    out = bytearray(prefix)
    offsets: dict[int, int] = {}
    for obj in objects:
        offsets[obj.number] = len(out)
        out += obj.head
        if obj.stream is not None:
            out += obj.stream + obj.tail
    xref_at = len(out)
    size = max(offsets) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += trailer + b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _flate(obj: _Object) -> bool:
    return b"/FlateDecode" in obj.head


def _decoded(obj: _Object) -> bytes:
    if obj.stream is None:
        raise Unexpected(f"object {obj.number} is not a stream")
    return zlib.decompress(obj.stream) if _flate(obj) else obj.stream


def _set_length(obj: _Object, by_number: dict[int, _Object]) -> None:
    length = len(obj.stream or b"")
    ref = re.search(rb"/Length " + _REF, obj.head)
    if ref:
        holder = by_number[int(ref.group(1))]
        holder.head = re.sub(rb"(obj\s*)\d+", rb"\g<1>%d" % length, holder.head, count=1)
    else:
        obj.head = re.sub(rb"/Length \d+", b"/Length %d" % length, obj.head, count=1)


# --- fonts and their ToUnicode maps ----------------------------------------------------------


def _swap(match: re.Match) -> bytes:
    code = int(match.group(1), 16)
    if code in LIGATURES:
        return b"<" + LIGATURES[code].encode("utf-16-be").hex().upper().encode() + b">"
    real = THAI_PUA.get(code)
    return match.group(0) if real is None else b"<%04X>" % real


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", errors="replace")


def _read_cmap(cmap: bytes) -> dict[int, str]:
    """Glyph code -> text, from the bfrange and bfchar sections Qt writes."""
    out: dict[int, str] = {}
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dest in re.findall(rb"<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)", section):
            lo_i, hi_i = int(lo, 16), int(hi, 16)
            if dest.startswith(b"["):
                for i, item in enumerate(re.findall(rb"<(\w+)>", dest)):
                    out[lo_i + i] = _utf16(item)
            else:
                start = _utf16(dest[1:-1])
                for i in range(hi_i - lo_i + 1):
                    out[lo_i + i] = start[:-1] + chr(ord(start[-1]) + i) if start else ""
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, dest in re.findall(rb"<(\w+)>\s*<(\w+)>", section):
            out[int(code, 16)] = _utf16(dest)
    return out


def _font_maps(objects: list[_Object], maps: dict[int, dict[int, str]]) -> dict[int, dict]:
    fonts = {}
    for obj in objects:
        ref = re.search(rb"/ToUnicode " + _REF, obj.head)
        if ref and int(ref.group(1)) in maps:
            fonts[obj.number] = maps[int(ref.group(1))]
    return fonts


def _font_names(resources: bytes, fonts: dict[int, dict]) -> dict[bytes, dict]:
    block = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
    if block is None:
        return {}
    return {
        name: fonts[int(number)]
        for name, number in re.findall(rb"/(\S+)\s+" + _REF, block.group(1))
        if int(number) in fonts
    }


# --- clusters as ActualText ------------------------------------------------------------------


@dataclass
class _Glyph:
    x: float  # position from the text matrix's origin (Qt's Td operands are steps)
    y: float
    code: bytes
    text: str | None


def _glyphs_text(glyphs: list[_Glyph]) -> str | None:
    texts = [g.text for g in glyphs]
    return None if None in texts else "".join(texts)


def _is_mark(text: str | None) -> bool:
    return text is not None and len(text) == 1 and ord(text) in THAI_MARKS


def _clusters(glyphs: list[_Glyph]) -> Iterator[tuple[list[_Glyph], list[_Glyph], str | None]]:
    """(spacing glyphs, marks, text): a letter with its marks and the text they stand for."""
    i = 0
    while i < len(glyphs):
        base, marks = [glyphs[i]], []
        i += 1
        while i < len(glyphs) and _is_mark(glyphs[i].text):
            marks.append(glyphs[i])
            i += 1
        texts = [_glyphs_text(base), *sorted((g.text for g in marks), key=_typing_order)]
        # sara am is drawn as nikhahit (with any tone mark over it) and then sara aa
        if NIKHAHIT in texts and i < len(glyphs) and glyphs[i].text == SARA_AA:
            base.append(glyphs[i])
            i += 1
            texts = [t for t in texts if t != NIKHAHIT] + [SARA_AM]
        if not marks or None in texts:
            yield base + marks, [], None
        else:
            yield base, marks, "".join(texts)


def _number(value: float) -> bytes:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return (text if text not in ("-0", "") else "0").encode()


def _spans(block: bytes, names: dict[bytes, dict]) -> bytes:
    """A text object with each Thai letter and its marks in ``/ActualText`` spans.

    The letter (with sara aa when it completes a sara am) carries the cluster's text, so
    an extractor sees one character as wide as the letter; the marks follow in a span
    whose actual text is empty. Glyphs are re-positioned by the same absolute positions.
    """
    out: list[bytes] = []
    glyphs: list[_Glyph] = []
    codes: dict[int, str] = {}
    here = [0.0, 0.0]  # where the next Td starts from, in the output
    pen = [0.0, 0.0]  # the same in the input

    def emit(glyph: _Glyph) -> None:
        out.append(
            _number(glyph.x - here[0])
            + b" "
            + _number(glyph.y - here[1])
            + b" Td <"
            + glyph.code
            + b"> Tj"
        )
        here[0], here[1] = glyph.x, glyph.y

    def flush() -> None:
        for spacing, marks, text in _clusters(glyphs):
            if text is None:
                for glyph in spacing:
                    emit(glyph)
                continue
            out.append(b"/Span <</ActualText <" + _text_hex(text) + b">>> BDC")
            for glyph in spacing:
                emit(glyph)
            out.append(b"EMC")
            out.append(b"/Span <</ActualText <FEFF>>> BDC")
            for glyph in marks:
                emit(glyph)
            out.append(b"EMC")
        glyphs.clear()

    for line in block.split(b"\n"):
        glyph = _GLYPH.match(line)
        if glyph:
            pen[0] += float(glyph.group(1))
            pen[1] += float(glyph.group(2))
            code = glyph.group(3)
            glyphs.append(_Glyph(pen[0], pen[1], code, codes.get(int(code, 16))))
            continue
        flush()
        if not line:
            continue
        if line.endswith(b" Tm"):
            here[0] = here[1] = pen[0] = pen[1] = 0.0
        elif not line.endswith(b" Tf"):
            raise Unexpected(f"text operator not known here: {line[:40]!r}")
        font = _FONT.match(line)
        if font:
            codes = names.get(font.group(1), {})
        out.append(line)
    flush()
    return b"\n".join(out) + b"\n"


def _text_hex(text: str) -> bytes:
    return ("\ufeff" + text).encode("utf-16-be").hex().upper().encode()
