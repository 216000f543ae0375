"""Signed per-attendee badge codes, verifiable offline.

A code reads ``BRK1-EEEEEE-<attendee>-<version>-<MAC>``: the event tag (first characters of a
hash of the event's uid) tells a badge from another event apart, the version is bumped when a
badge is reissued (which revokes older codes), and the MAC is HMAC-SHA256 over all of it with
the event's secret, cut to 80 bits. Only upper-case letters, digits and '-' are used, so the QR
code stays in alphanumeric mode: small and robust.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from enum import StrEnum

PREFIX = "BRK1"
MAC_CHARS = 16  # 16 base32 characters = 80 bits
_CODE = re.compile(r"^BRK1-([A-Z2-7]{6})-([1-9][0-9]{0,9})-([1-9][0-9]{0,5})-([A-Z2-7]{16})$")


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def event_tag(event_uid: str) -> str:
    return _b32(hashlib.sha256(event_uid.encode("utf-8")).digest())[:6]


def _mac(secret: str, tag: str, attendee_id: int, version: int) -> str:
    message = f"{PREFIX}-{tag}-{attendee_id}-{version}".encode("ascii")
    digest = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()
    return _b32(digest)[:MAC_CHARS]


def issue_code(event_uid: str, secret: str, attendee_id: int, badge_version: int) -> str:
    """The code printed in an attendee's badge QR."""
    tag = event_tag(event_uid)
    mac = _mac(secret, tag, attendee_id, badge_version)
    return f"{PREFIX}-{tag}-{attendee_id}-{badge_version}-{mac}"


class CodeProblem(StrEnum):
    INVALID = "invalid"
    WRONG_EVENT = "wrong_event"


@dataclass(frozen=True)
class CodeCheck:
    """The outcome of checking a code's form and signature (not yet the attendee's state)."""

    attendee_id: int | None
    version: int | None
    problem: CodeProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_code(scanned: str, event_uid: str, secret: str) -> CodeCheck:
    """Parse and verify a scanned code without touching the database."""
    match = _CODE.match(scanned.strip().upper()) if len(scanned) <= 200 else None
    if match is None:
        return CodeCheck(None, None, CodeProblem.INVALID)
    tag, attendee, version, mac = match.groups()
    if tag != event_tag(event_uid):
        return CodeCheck(None, None, CodeProblem.WRONG_EVENT)
    expected = _mac(secret, tag, int(attendee), int(version))
    if not hmac.compare_digest(expected, mac):
        return CodeCheck(None, None, CodeProblem.INVALID)
    return CodeCheck(int(attendee), int(version), None)
