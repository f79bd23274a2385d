"""matplotlib Figures as SVG that QtSvg draws as vectors, its text left as text for Qt to shape."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import matplotlib
from matplotlib.backends.backend_mixed import MixedModeRenderer
from matplotlib.backends.backend_svg import FigureCanvasSVG, RendererSVG
from matplotlib.figure import Figure

from kmdesk.report.qtapp import CHART_FAMILY

# matplotlib writes "font-family: 'Loma', 'DejaVu Sans'"; QtSvg does not read such a list,
# so the chart font is named alone and Qt's own fallback supplies the symbols.
_FAMILY = re.compile(rb"font-family:[^;\"]*")


IMAGE_DPI = 300


@dataclass(frozen=True)
class Svg:
    """A chart ready for the document: SVG bytes and its size in inches."""

    data: bytes
    width_in: float
    height_in: float


def figure_svg(fig: Figure) -> Svg:
    """The figure as SVG with real text (``svg.fonttype='none'``).

    With glyph paths (matplotlib's default) QtSvg warns about the empty space glyph and
    draws every letter as a path; with text, Qt shapes the Thai with HarfBuzz, as in
    the document's own text, and the chart's words stay searchable in the PDF.
    """
    buf = io.BytesIO()
    # the few bitmaps in a chart (a colour bar) at print resolution; the rest is vector
    fig.set_dpi(IMAGE_DPI)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kmdesk"}):
        _print_svg(fig, buf)
    width, height = fig.get_size_inches()
    data = _FAMILY.sub(b"font-family: " + CHART_FAMILY.encode(), buf.getvalue())
    data = _NO_STROKE.sub(rb'style="\1; stroke: none"', _tint_hatches(data))
    return Svg(_INVISIBLE.sub(b"", data), float(width), float(height))


def _print_svg(fig: Figure, buf: io.BytesIO) -> None:
    """What ``FigureCanvasSVG.print_svg`` does, with a renderer that remembers text sizes."""
    FigureCanvasSVG(fig)  # the figure's canvas, as print_svg has it
    text = io.TextIOWrapper(buf, encoding="utf-8", newline="")
    dpi = fig.dpi
    fig.dpi = 72
    width, height = fig.get_size_inches()
    svg = _MeasuringRenderer(width * 72, height * 72, text, image_dpi=dpi, metadata={"Date": None})
    renderer = MixedModeRenderer(fig, width, height, dpi, svg)
    fig.draw(renderer)
    renderer.finalize()
    text.flush()
    text.detach()


class _MeasuringRenderer(RendererSVG):
    """matplotlib measures every label and tick again for each new renderer, and does it
    several times while laying a figure out; the sizes only depend on the text and its font,
    so they are kept for every chart of the process."""

    def get_text_width_height_descent(self, s, prop, ismath):
        key = (s, prop.copy(), ismath)
        found = _TEXT_SIZES.get(key)
        if found is None:
            if len(_TEXT_SIZES) > 20_000:
                _TEXT_SIZES.clear()
            found = _TEXT_SIZES[key] = super().get_text_width_height_descent(s, prop, ismath)
        return found


_TEXT_SIZES: dict[tuple, tuple[float, float, float]] = {}


# SVG draws no outline unless told; QtSvg, painting on a PDF, drew one round a subfigure's
# "fill: none" patch (the chart key's area), so the default is said out loud, and a shape
# that is neither filled nor stroked is dropped.
_NO_STROKE = re.compile(rb'style="((?:(?!stroke)[^"])*)"')
_INVISIBLE = re.compile(rb'<path d="[^"]*"\s+style="fill: none; stroke: none"/>')
_PATTERN = re.compile(rb'<pattern id="([^"]+)".*?</pattern>', re.S)
_STROKE = re.compile(rb"stroke: (#[0-9a-fA-F]{6})")


def _tint(colour: bytes, share: float = 0.3) -> bytes:
    """``colour`` mixed with white: ``share`` of the colour."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - c) * share) for c in rgb]
    return b"#%02x%02x%02x" % tuple(mixed)


def _tint_hatches(data: bytes) -> bytes:
    """Hatched fills as a light tint of the hatch's colour.

    QtSvg paints an SVG pattern as a bitmap, and Qt's PDF writer stores one for every
    hatched bar (70 KB each); a tint prints cleanly and keeps the page vector.
    """
    for match in _PATTERN.finditer(data):
        stroke = _STROKE.search(match.group(0))
        if stroke is None:
            continue
        data = data.replace(b"url(#" + match.group(1) + b")", _tint(stroke.group(1)))
    return _PATTERN.sub(b"", data)
