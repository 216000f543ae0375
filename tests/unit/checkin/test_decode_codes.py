"""Camera decoding: badge QR codes in PIL images and numpy frames, rotated or several."""

from __future__ import annotations

import numpy as np
import qrcode
from PIL import Image

from brokerage_app.checkin.codes import issue_code
from brokerage_app.checkin.decode import decode_codes

UID = "0d4f6a35-0f35-4b7f-9a1c-7e3a5c2b9d10"


def qr_image(text: str) -> Image.Image:
    return qrcode.make(text, border=4, box_size=6).get_image().convert("L")


def test_decodes_badge_codes_from_pil_and_numpy() -> None:
    codes = [issue_code(UID, "secret", attendee, 1) for attendee in (1, 250, 9999)]
    for code in codes:
        image = qr_image(code)
        assert decode_codes(image) == [code]
        assert decode_codes(np.asarray(image)) == [code]
        bgr = np.repeat(np.asarray(image)[:, :, None], 3, axis=2)
        assert decode_codes(bgr, fast=True) == [code]
        assert decode_codes(image.rotate(90, expand=True)) == [code]


def test_several_codes_in_one_frame_in_order_and_without_duplicates() -> None:
    first, second = (issue_code(UID, "secret", n, 1) for n in (7, 8))
    tiles = [qr_image(first), qr_image(second), qr_image(first)]
    frame = Image.new("L", (sum(t.width for t in tiles) + 40, max(t.height for t in tiles)), 255)
    x = 0
    for tile in tiles:
        frame.paste(tile, (x, 0))
        x += tile.width + 20
    assert sorted(decode_codes(frame)) == sorted([first, second])


def test_frames_without_codes_give_nothing() -> None:
    rng = np.random.default_rng(3)
    assert decode_codes(rng.integers(0, 255, (480, 640), dtype=np.uint8)) == []
    assert decode_codes(np.zeros((0, 0), dtype=np.uint8)) == []
    assert decode_codes(Image.new("RGB", (320, 240), "white")) == []
