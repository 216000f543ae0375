"""A made-up floor plan as a PNG, to print as a venue map in tests and renders."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from brokerage_app.paths import resources_dir


def floor_plan_png(tables: int = 60, *, width: int = 1600, height: int = 1000) -> bytes:
    """Hall A with ``tables`` numbered tables, the entrance, the desk and the coffee bar."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    fonts = resources_dir() / "fonts"
    big = ImageFont.truetype(str(fonts / "DejaVuSans-Bold.ttf"), height // 22)
    small = ImageFont.truetype(str(fonts / "DejaVuSans.ttf"), height // 45)
    margin = width // 40
    draw.rectangle((margin, margin, width - margin, height - margin), outline="black", width=6)
    draw.text((margin * 2, margin * 1.6), "Hall A", font=big, fill="#0B4F71")
    columns = 10
    rows = -(-tables // columns)
    cell_w = (width - 6 * margin) / columns
    cell_h = (height * 0.62) / rows
    top = height * 0.16
    for number in range(1, tables + 1):
        row, column = divmod(number - 1, columns)
        x = 3 * margin + column * cell_w
        y = top + row * cell_h
        box = (x + cell_w * 0.15, y + cell_h * 0.15, x + cell_w * 0.85, y + cell_h * 0.85)
        draw.rounded_rectangle(box, radius=8, fill="#EEF1F5", outline="#0B4F71", width=3)
        draw.text(
            ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2),
            str(number),
            font=small,
            fill="black",
            anchor="mm",
        )
    desk_y = height * 0.82
    for left, label, colour in (
        (0.08, "Brokerage desk", "#FFF4DC"),
        (0.40, "Coffee", "#E4F2E7"),
        (0.70, "Entrance", "#F8E1E1"),
    ):
        x0, x1 = width * left, width * (left + 0.22)
        draw.rectangle((x0, desk_y, x1, desk_y + height * 0.1), fill=colour, outline="black")
        draw.text(
            ((x0 + x1) / 2, desk_y + height * 0.05), label, font=small, fill="black", anchor="mm"
        )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
