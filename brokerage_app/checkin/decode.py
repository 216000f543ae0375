"""Reading badge QR codes from camera frames or rendered pages with zxing-cpp.

Plain Python, no Qt: the GUI converts a camera frame to a PIL image or a numpy array and runs
this off the GUI thread. zxing-cpp finds several codes per image, rotated or inverted, which
matters when a laptop camera sees a badge at an angle.
"""

from __future__ import annotations

from typing import Any

import zxingcpp

from brokerage_app.checkin.scanner import clean_scan

# Badges carry QR codes; restricting the formats makes decoding faster and avoids reading a
# product barcode on someone's coffee cup as a "scan".
BADGE_FORMATS = zxingcpp.BarcodeFormats(
    (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
)


def decode_codes(image: Any, *, fast: bool = False) -> list[str]:
    """Texts of all QR codes in a PIL image or a numpy array (grey or BGR), in reading order.

    ``fast`` skips the rotated and downscaled passes: use it on live camera frames, where the
    next frame comes in a few milliseconds anyway. Duplicates are dropped; an image with no
    code gives an empty list, never an exception.
    """
    try:
        found = zxingcpp.read_barcodes(
            image, formats=BADGE_FORMATS, try_rotate=not fast, try_downscale=not fast
        )
    except (ValueError, TypeError):
        # An empty frame or an array of a shape zxing cannot read (a camera hiccup).
        return []
    texts: list[str] = []
    for barcode in found:
        text = clean_scan(barcode.text)
        if text and text not in texts:
            texts.append(text)
    return texts
