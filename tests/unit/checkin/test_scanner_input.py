"""What a keyboard-wedge scanner or a camera may deliver never crashes verification."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from brokerage_app.checkin.codes import check_code, issue_code
from brokerage_app.checkin.scanner import LOG_LIMIT, clean_scan, printable_for_log

UID = "5b0f7d3c-2f7e-4d1e-9a49-0d7a4d2f1c11"
SECRET = "s3cret"
CODE = issue_code(UID, SECRET, 42, 3)


def test_scanner_suffixes_and_prefixes_are_removed() -> None:
    for raw in (CODE + "\r\n", CODE + "\t", "\x02" + CODE + "\x03", "\ufeff" + CODE, f"  {CODE}\n"):
        assert clean_scan(raw) == CODE
        assert check_code(clean_scan(raw), UID, SECRET).attendee_id == 42
    assert clean_scan(CODE.encode() + b"\r\n") == CODE
    # Caps lock on the volunteer's keyboard turns the code lower-case; it is still the badge.
    assert check_code(clean_scan(CODE.lower()), UID, SECRET).attendee_id == 42


def test_invalid_utf8_and_huge_input_are_made_printable_and_short() -> None:
    assert printable_for_log(b"BRK1-\xff\xfe\r\n") == "BRK1-\ufffd\ufffd\\x0d\\x0a"
    huge = "x" * 10_240
    logged = printable_for_log(huge)
    assert len(logged) <= LOG_LIMIT and logged.endswith("(10240 chars)")
    assert len(clean_scan(huge)) <= 201
    assert check_code(clean_scan(huge), UID, SECRET).problem == "invalid"
    assert printable_for_log(None) == clean_scan(None) == ""
    assert printable_for_log("\x00" * 300).startswith("\\x00\\x00")
    assert len(printable_for_log("\x00" * 300)) <= LOG_LIMIT


@given(st.one_of(st.text(max_size=600), st.binary(max_size=600)))
def test_any_input_gives_a_printable_log_text_and_a_verdict(raw: str | bytes) -> None:
    logged = printable_for_log(raw)
    assert len(logged) <= LOG_LIMIT
    assert logged.isprintable()
    cleaned = clean_scan(raw)
    assert all(unicodedata.category(ch) not in ("Cc", "Cf", "Cs") for ch in cleaned)
    check = check_code(cleaned, UID, SECRET)
    assert check.problem is not None or cleaned.upper() == CODE
