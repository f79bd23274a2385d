"""The PDF text mending, without Qt: Thai PUA letters, clusters in typing order, odd files."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from kmdesk.paths import resource
from kmdesk.report.pdftext import (
    THAI_PUA,
    MendFailed,
    Unexpected,
    _clusters,
    _Glyph,
    mend_file,
    mend_pdf,
)


@pytest.mark.parametrize("font", ["Laksaman.ttf", "Laksaman-Bold.ttf", "Loma.ttf", "Loma-Bold.ttf"])
def test_pua_table_matches_the_bundled_fonts(font):
    """Each PUA code the font maps is a variant glyph named after the letter it stands for."""
    tt = TTFont(str(resource("fonts", font)), lazy=True)
    checked = 0
    for code, glyph in tt.getBestCmap().items():
        if code in THAI_PUA and glyph.startswith("uni0E"):
            assert int(glyph[3:7], 16) == THAI_PUA[code], (hex(code), glyph)
            checked += 1
    assert checked >= 25


def glyphs(*texts: str) -> list[_Glyph]:
    return [_Glyph(float(i), 0.0, b"%04X" % i, t) for i, t in enumerate(texts)]


def test_clusters_come_out_in_typing_order():
    # the font draws lo ling, mai ek (lowered), sara u: it is typed lo ling, sara u, mai ek
    (spacing, marks, text), *_ = _clusters(glyphs("ล", "\u0e48", "\u0e38", "ม"))
    assert text == "ลุ่" and [g.text for g in spacing] == ["ล"] and len(marks) == 2


def test_sara_am_is_put_back_together():
    # "น้ำ" is drawn as no nu, nikhahit, mai tho, sara aa
    found = list(_clusters(glyphs("น", "\u0e4d", "\u0e49", "\u0e32", "ก")))
    assert found[0][2] == "น้ำ"
    assert [g.text for g in found[0][0]] == ["น", "\u0e32"]
    assert found[1] == ([found[1][0][0]], [], None)  # a lone letter needs no span


def test_unknown_glyphs_are_left_alone():
    (spacing, marks, text), *_ = _clusters(glyphs(None, "\u0e48"))
    assert text is None and len(spacing) == 2 and not marks


def test_a_pdf_in_another_shape_is_left_as_it_is_and_the_failure_is_raised(tmp_path):
    with pytest.raises(Unexpected):
        mend_pdf(b"%PDF-1.7\n% not Qt's\nxref stream only\n%%EOF\n")
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\nnot really\n")
    # Not shipped silently: the report fails loudly (exit 70 and the log) instead.
    with pytest.raises(MendFailed, match=r"other\.pdf"):
        mend_file(other)
    assert other.read_bytes() == b"%PDF-1.4\nnot really\n"
