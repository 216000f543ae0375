"""Chinese, Japanese and Korean text in a bold face prints bold, though its font has one weight.

Droid Sans Fallback has no bold: in a bold face its glyphs are filled and stroked in the text's
colour (text render mode 2). Measured on the rendered page: the ink of the same text.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.colors import Color

from brokerage_app.documents.fonts import ScriptCanvas, register_fonts

CJK = "秀英 王 太郎 山田 민준 김"
RED = Color(1, 0, 0)
BLUE = Color(0, 0, 1)


def _ink(path: Path) -> list[tuple[int, int]]:
    """Per 100-point band from the top of the page: (dark pixels, red pixels)."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[0].render(scale=2).to_pil().convert("RGB")
    finally:
        document.close()
    bands = []
    for top in range(0, image.height, 200):
        dark = red = 0
        pixels = image.crop((0, top, image.width, top + 200)).tobytes()
        for r, g, b in zip(pixels[0::3], pixels[1::3], pixels[2::3], strict=True):
            dark += r + g + b < 200
            red += r > 200 and g < 80 and b < 80
        bands.append((dark, red))
    return bands


def test_cjk_in_a_bold_face_prints_heavier_and_the_stroke_colour_is_restored(
    tmp_path: Path,
) -> None:
    fonts = register_fonts()
    path = tmp_path / "bold.pdf"
    canvas = ScriptCanvas(str(path), pagesize=(400, 400))
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(4)
    canvas.setFont(fonts.regular, 24)
    canvas.drawString(10, 330, CJK)  # band 0 (0-100 pt from the top)
    canvas.setFont(fonts.bold, 24)
    canvas.drawString(10, 230, CJK)  # band 1
    canvas.setFillColor(BLUE)
    canvas.drawString(10, 130, "Åsa " + CJK)  # band 2: blue, not stroked red
    canvas.line(10, 50, 390, 50)  # band 3: still red, and 4 pt wide
    canvas.save()
    (regular, _), (bold, _), (_, blue_red), (_, line_red) = _ink(path)
    # DejaVu Sans Bold has 1.8 times the ink of Regular; emboldened CJK about 1.6 times.
    assert bold > 1.4 * regular
    # The outline is stroked in the text's colour, not in the canvas's stroke colour.
    assert blue_red == 0
    # After the text, lines are red and 4 pt wide again (8 px at this scale, 380 pt long).
    assert line_red > 0.9 * 8 * 760
