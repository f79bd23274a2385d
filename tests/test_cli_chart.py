"""`kmdesk chart` through a real subprocess on a copy of the demo database."""

from __future__ import annotations

import struct

TEAM_RIVER = ("chart", "river", "--team", "ท่าไร่", "--round", "รอบที่ 3", "--role", "recorder")


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return struct.unpack(">II", data[16:24])  # the IHDR chunk comes first


def refused(done, *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr


def test_river_as_svg_for_the_team_lead(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "river.svg"
    done = run_kmdesk(*TEAM_RIVER, "-o", str(out), db=demo_file)
    assert done.returncode == 0, done.stderr
    assert f"Chart written to {out}" in done.stdout
    svg = out.read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg[:1000]
    assert svg.count("<path") > 100  # the lines and the Thai text as glyph outlines


def test_png_is_drawn_at_200_dpi_and_may_replace_an_earlier_png(run_kmdesk, demo_file, tmp_path):
    out = tmp_path / "radar.png"
    args = ("chart", "radar", "--person", "มาลัย", "--role", "coordinator", "--lang", "en")
    done = run_kmdesk(*args, "--anonymous", "-o", str(out), db=demo_file)
    assert done.returncode == 0, done.stderr
    first = out.read_bytes()
    assert png_size(first) == (1600, 1200)  # 8 × 6 inches at 200 dpi
    done = run_kmdesk(*args, "-o", str(out), db=demo_file)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() != first


def test_wrong_ending_and_other_files_are_refused_untouched(run_kmdesk, demo_file, tmp_path):
    pdf = tmp_path / "river.pdf"
    refused(run_kmdesk(*TEAM_RIVER, "-o", str(pdf), db=demo_file), ".png or .svg")
    assert not pdf.exists()
    notes = tmp_path / "notes.png"
    notes.write_text("ประชุมวันจันทร์", encoding="utf-8")
    refused(run_kmdesk(*TEAM_RIVER, "-o", str(notes), db=demo_file), "left untouched")
    assert notes.read_text(encoding="utf-8") == "ประชุมวันจันทร์"


def test_unknown_names_are_explained(run_kmdesk, demo_file, tmp_path):
    out = str(tmp_path / "s.png")
    stairs = ("chart", "stairs", "--role", "coordinator", "-o", out)
    done = run_kmdesk(*stairs, "--person", "มาลัย ศรีสุก", db=demo_file)
    refused(done, "no facilitator named 'มาลัย ศรีสุก'", "did you mean: มาลัย ศรีสุข (ท่าไร่)?")
    done = run_kmdesk(*stairs, "--team", "ท่าไร่", db=demo_file)
    refused(done, "give --person")
