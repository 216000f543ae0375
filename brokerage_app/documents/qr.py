"""QR codes drawn as vector rectangles: crisp at any printer resolution and fast to write."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import black, white
from reportlab.pdfgen.canvas import Canvas

# The quiet zone the QR standard asks for; scanners fail without it next to dark print.
QUIET_ZONE_MODULES = 4
MASK_PATTERN = 2


@lru_cache(maxsize=256)  # bounded: a print uses each code once or twice, back to back
def qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The module count and the dark runs (row, first column, length) of ``data``'s QR code."""
    # A fixed mask pattern: every mask is valid (ISO/IEC 18004), and scoring all eight in pure
    # Python costs 20 ms per code, which is most of the time of a 2,000-badge print.
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASK_PATTERN)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    runs: list[tuple[int, int, int]] = []
    for row, cells in enumerate(matrix):
        column = 0
        while column < len(cells):
            if cells[column]:
                start = column
                while column < len(cells) and cells[column]:
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return len(matrix), tuple(runs)


def quiet_zone(data: str, size: float) -> float:
    """The width of the blank border the code at ``size`` needs around it, in points."""
    modules, _ = qr_runs(data)
    return QUIET_ZONE_MODULES * size / modules


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw the code's modules in the square (x, y, size) and blank its quiet zone around it.

    The quiet zone (see :func:`quiet_zone`) lies outside the square, so callers reserve it
    as margin; it may overlap a badge's white padding.
    """
    modules, runs = qr_runs(data)
    module = size / modules
    border = QUIET_ZONE_MODULES * module
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x - border, y - border, size + 2 * border, size + 2 * border, stroke=0, fill=1)
    canvas.setFillColor(black)
    # The modules go in as one literal path: building thousands of reportlab path objects
    # per page was most of the time of a large badge print.
    top = y + size
    height = module * 1.02  # a hair of overlap hides seams between rows on screen
    operators = [
        f"{x + column * module:.3f} {top - (row + 1) * module:.3f} "
        f"{length * module:.3f} {height:.3f} re"
        for row, column, length in runs
    ]
    operators.append("f")
    canvas.addLiteral("\n".join(operators))
    canvas.restoreState()
