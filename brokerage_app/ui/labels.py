"""Words for stored values (roles, categories, statuses, priorities) in the interface language.

Each text is a literal ``translate`` call so that the translation tools find it; the
stored values themselves stay English identifiers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role(value: str) -> str:
    return {
        "buyer": QCoreApplication.translate("Values", "Buyer"),
        "seller": QCoreApplication.translate("Values", "Seller"),
        "both": QCoreApplication.translate("Values", "Both"),
    }.get(str(value), str(value))


def category(value: str) -> str:
    return {
        "delegate": QCoreApplication.translate("Values", "Delegate"),
        "exhibitor": QCoreApplication.translate("Values", "Exhibitor"),
        "organiser": QCoreApplication.translate("Values", "Organiser"),
        "press": QCoreApplication.translate("Values", "Press"),
        "staff": QCoreApplication.translate("Values", "Staff"),
    }.get(str(value), str(value))


def request_status(value: str) -> str:
    return {
        "pending": QCoreApplication.translate("Values", "Pending"),
        "accepted": QCoreApplication.translate("Values", "Accepted"),
        "declined": QCoreApplication.translate("Values", "Declined"),
        "cancelled": QCoreApplication.translate("Values", "Cancelled"),
    }.get(str(value), str(value))


def priority(value: int) -> str:
    """The names of ``domain.priority.PRIORITY_NAMES``, translated."""
    return {
        1: QCoreApplication.translate("Values", "meet"),
        2: QCoreApplication.translate("Values", "should meet"),
        3: QCoreApplication.translate("Values", "must meet"),
    }.get(value, str(value))


def placement(scheduled: bool, has_reason: bool) -> str:
    if scheduled:
        return QCoreApplication.translate("Values", "Scheduled")
    if has_reason:
        return QCoreApplication.translate("Values", "Not placed")
    return QCoreApplication.translate("Values", "Waiting for solve")


def checkin_result(value: str) -> str:
    return {
        "checked_in": QCoreApplication.translate("Values", "checked in"),
        "already_checked_in": QCoreApplication.translate("Values", "already checked in"),
        "invalid": QCoreApplication.translate("Values", "invalid"),
        "revoked": QCoreApplication.translate("Values", "revoked"),
        "wrong_event": QCoreApplication.translate("Values", "wrong event"),
        "unknown": QCoreApplication.translate("Values", "unknown"),
        "undone": QCoreApplication.translate("Values", "undone"),
    }.get(str(value), str(value))


def import_field(name: str) -> str:
    """An import field (``interchange.mapping.FIELD_SYNONYMS``) as the import dialog names it."""
    return {
        "external_id": QCoreApplication.translate("Fields", "external ID"),
        "honorific": QCoreApplication.translate("Fields", "honorific (Dr, Prof.)"),
        "first_name": QCoreApplication.translate("Fields", "first name"),
        "last_name": QCoreApplication.translate("Fields", "last name"),
        "full_name": QCoreApplication.translate("Fields", "full name"),
        "badge_name": QCoreApplication.translate("Fields", "name on badge"),
        "job_title": QCoreApplication.translate("Fields", "job title"),
        "profile": QCoreApplication.translate("Fields", "profile"),
        "role": QCoreApplication.translate("Fields", "role"),
        "email": QCoreApplication.translate("Fields", "e-mail"),
        "phone": QCoreApplication.translate("Fields", "phone"),
        "language": QCoreApplication.translate("Fields", "language"),
        "badge_category": QCoreApplication.translate("Fields", "badge category"),
        "max_meetings": QCoreApplication.translate("Fields", "max meetings"),
        "arrival": QCoreApplication.translate("Fields", "arrival"),
        "attendance": QCoreApplication.translate("Fields", "attending days"),
        "departure": QCoreApplication.translate("Fields", "departure"),
        "consent_share_contact": QCoreApplication.translate("Fields", "consent: share contact"),
        "consent_list_publicly": QCoreApplication.translate("Fields", "consent: public list"),
        "consent_photos": QCoreApplication.translate("Fields", "consent: photos"),
        "organisation": QCoreApplication.translate("Fields", "organisation"),
        "organisation_external_id": QCoreApplication.translate(
            "Fields", "organisation external ID"
        ),
        "country": QCoreApplication.translate("Fields", "country"),
        "org_type": QCoreApplication.translate("Fields", "organisation type"),
        "sector": QCoreApplication.translate("Fields", "sector"),
        "website": QCoreApplication.translate("Fields", "website"),
        "requester": QCoreApplication.translate("Fields", "requester"),
        "requested": QCoreApplication.translate("Fields", "requested"),
        "status": QCoreApplication.translate("Fields", "status"),
        "priority": QCoreApplication.translate("Fields", "priority"),
        "note": QCoreApplication.translate("Fields", "note"),
        "blocked_slots": QCoreApplication.translate("Fields", "blocked slots"),
    }.get(name, name.replace("_", " "))
