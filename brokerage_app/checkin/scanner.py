"""Making sense of what a scanner typed.

USB scanners act as keyboards ("keyboard wedge"): they append CR, LF or a tab, may send
control characters (a GS separator, an ESC prefix), repeat a code, type into the field while a
volunteer is still typing, or deliver a whole page of text when someone scans the wrong thing.
Cameras may hand over raw bytes that are not UTF-8. Nothing here may raise: every input gets a
clean candidate to verify and a short printable form for the check-in log.
"""

from __future__ import annotations

import unicodedata

LOG_LIMIT = 200
# A badge code is about 45 characters; anything much longer cannot be one, and refusing to
# look at it keeps a stray 10 MB paste from stalling a station.
CANDIDATE_LIMIT = 200
_ELLIPSIS = "…"
# Decoding is linear, but there is no reason to decode megabytes of camera garbage.
_BYTES_LIMIT = 1 << 20


def as_text(raw: str | bytes | bytearray | memoryview | None) -> str:
    """Decode bytes leniently: invalid UTF-8 becomes U+FFFD instead of an exception."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    return bytes(raw[:_BYTES_LIMIT]).decode("utf-8", errors="replace")


def _is_control(ch: str) -> bool:
    # Cc: C0/C1 controls (CR, LF, TAB, GS, ESC...); Cf: invisible format characters such as
    # zero-width spaces and BOMs that some scanner apps prepend.
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")


def clean_scan(raw: str | bytes | bytearray | memoryview | None) -> str:
    """The text worth verifying: control characters and surrounding whitespace removed.

    Very long input is cut so that verification stays cheap; it can never be a valid code.
    """
    text = as_text(raw)
    if len(text) > CANDIDATE_LIMIT:
        text = text[: CANDIDATE_LIMIT + 1]
    return "".join(ch for ch in text if not _is_control(ch)).strip()


def printable_for_log(
    raw: str | bytes | bytearray | memoryview | None, limit: int = LOG_LIMIT
) -> str:
    """A short, printable form of the raw input for the log: controls shown as escapes."""
    text = as_text(raw)
    # Every character prints as at least one, so the first `limit` cover all that can fit.
    head = text[:limit]
    escaped = "".join(_escape(ch) for ch in head)
    if len(head) == len(text) and len(escaped) <= limit:
        return escaped
    suffix = f"{_ELLIPSIS}({len(text)} chars)"
    return escaped[: max(0, limit - len(suffix))] + suffix


def _escape(ch: str) -> str:
    # Beyond controls, also odd spaces and line separators, so that a log line stays one line.
    if ch.isprintable():
        return ch
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
