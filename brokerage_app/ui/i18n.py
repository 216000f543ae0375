"""The interface language: choosing it, installing Qt translators, locale-aware formatting.

The program's own texts are translated from ``resources/translations/brokerage_app_<lang>.qm``
(built by ``packaging/update_translations.py``); Qt's ``qtbase_<lang>.qm`` translates the
standard buttons and dialogs (OK/Cancel, file dialogs). ``QLocale.setDefault`` makes every
``QLocale()`` (date edits, number spin boxes and the formatting helpers below) follow the
chosen language, so a Swedish interface shows "tisdag 11 maj 2027" and "14:30".
"""

from __future__ import annotations

import ctypes
import datetime as dt
import enum
import gc
import logging
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from brokerage_app.paths import resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
SUPPORTED_LANGUAGES: dict[str, str] = {"en": "English", "sv": "Svenska"}
CATALOGUE_NAME = "brokerage_app"
# Every message of the catalogue is also compiled under this context (see
# packaging/update_translations.py), so a lookup that misses its own context can still be found.
ANY_CONTEXT = "@any"
# English with a system in another language: British conventions (day before month,
# 24-hour clock) are what European event staff expect, not the US defaults of plain "en".
_ENGLISH_FALLBACK_LOCALE = "en_GB"

_installed: list[QTranslator] = []


# Named as Qt's marker: lupdate finds the texts by this name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context``; gives ``text`` itself, untranslated.

    Qt's own is typed as returning ``object``; this one keeps the text a ``str``.
    """
    return text


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def normalise_language(tag: str | None) -> str:
    """``"sv"`` for ``"sv_SE"``, ``"SV-se"`` or ``"sv"``; ``""`` for an empty tag."""
    return (tag or "").strip().replace("_", "-").split("-")[0].lower()


def choose_language(setting: str) -> str:
    """The interface language: the user's setting if supported, else the system's, else English.

    ``setting`` is ``UserSettings.language``; ``""`` means "follow the system locale". The
    system's preferred UI languages are tried in order, so a Finnish system that lists
    Swedish second gets Swedish.
    """
    chosen = normalise_language(setting)
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    if chosen:
        log.warning("Interface language %r is not available; following the system", setting)
    for tag in QLocale.system().uiLanguages():
        language = normalise_language(tag)
        if language in SUPPORTED_LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's own when it speaks ``language``
    (keeping its region, e.g. en_US or sv_FI), else the language's usual one."""
    system = QLocale.system()
    if normalise_language(system.name()) == language:
        return system
    if language == "en":
        return QLocale(_ENGLISH_FALLBACK_LOCALE)
    return QLocale(language)


class CatalogueTranslator(QTranslator):
    """A translator that also finds a message whose runtime context differs from its source.

    PySide's ``self.tr()`` looks a message up under the class of the *instance*, while
    lupdate files it under the class that *contains the call*; a ``tr()`` in a base class
    (``Page.refresh``) or on another object (``parent.tr``) would then never be found. When
    the exact context misses, the message is looked up again by its source text alone.
    """

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if disambiguation is None and _NULL_TEXT_LOSES_NONE:
            _give_back_none()
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context != ANY_CONTEXT:
            found = super().translate(ANY_CONTEXT, source_text, disambiguation, n)
        # None, not "": an empty string would count as a translation and stop Qt from asking
        # the next translator (qtbase), blanking Qt's own buttons such as "Next >".
        return found or None


class _NoneProbe(QTranslator):
    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return None


def _give_back_none() -> None:
    """Take the reference to None that PySide's call of our override will drop."""
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


def _null_text_loses_none(app: QCoreApplication) -> bool:
    """Whether this PySide drops a reference to None per call of a ``translate`` override.

    Qt passes "no disambiguation" as a null ``const char *``; PySide 6.12 converts it to
    ``None`` without taking a reference but releases one after the call, so every lookup
    would cost None a reference until Python frees None and aborts ("Fatal Python error:
    none_dealloc"). Measured rather than assumed, so a fixed PySide needs no change here.
    """
    probe = _NoneProbe()
    app.installTranslator(probe)
    calls = 200
    # Not literals, so that lupdate does not take the probe for a text to translate.
    context, text = "brokerage-app refcount probe", "probe"
    enabled = gc.isenabled()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(calls):
            QCoreApplication.translate(context, text)
        lost = before - sys.getrefcount(None)
    finally:
        if enabled:
            gc.enable()
        app.removeTranslator(probe)
    return round(lost / calls) >= 1


# Decided when the first catalogue translator is installed.
_NULL_TEXT_LOSES_NONE = False


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Take out the translators this module installed (before switching language)."""
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the interface into ``language`` and make it the default locale.

    Returns the installed translators (empty for English, the source language). Installing
    again replaces the previous language. A missing catalogue is logged and leaves the
    interface in English rather than stopping the program.
    """
    remove_translators(app)
    language = normalise_language(language) or SOURCE_LANGUAGE
    locale = locale_for(language)
    QLocale.setDefault(locale)
    if language == SOURCE_LANGUAGE:
        return []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    global _NULL_TEXT_LOSES_NONE
    _NULL_TEXT_LOSES_NONE = _NULL_TEXT_LOSES_NONE or _null_text_loses_none(app)
    # Installed last is asked first: our catalogue, then Qt's standard texts.
    candidates: list[tuple[QTranslator, str, str]] = [
        (QTranslator(app), f"qtbase_{language}", qt_translations),
        (CatalogueTranslator(app), f"{CATALOGUE_NAME}_{language}", translations_dir()),
    ]
    for translator, name, folder in candidates:
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("No %s.qm in %s; those texts stay in English", name, folder)
    return list(_installed)


# Locale-aware formatting -------------------------------------------------------------------
Format = QLocale.FormatType


def format_date(value: dt.date, fmt: Format = Format.ShortFormat) -> str:
    """``2027-05-11`` / ``tisdag 11 maj 2027`` (sv), ``11/05/2027`` / ``Tuesday, 11 May 2027``."""
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def format_time(value: dt.time | dt.datetime, fmt: Format = Format.ShortFormat) -> str:
    """Hours and minutes in the locale's clock (``14:30``); seconds with the long format."""
    return QLocale().toString(QTime(value.hour, value.minute, value.second), fmt)


def format_datetime(value: dt.datetime, fmt: Format = Format.ShortFormat) -> str:
    """The date in ``fmt`` and the time in hours and minutes: event times are wall-clock
    times at the venue, so Qt's long format (seconds and a time zone name) would mislead."""
    return f"{format_date(value, fmt)} {format_time(value)}"


def format_time_range(start: dt.datetime | dt.time, end: dt.datetime | dt.time) -> str:
    return f"{format_time(start)}–{format_time(end)}"


def format_number(value: int | float, decimals: int = 0) -> str:
    """Grouped the locale's way: ``12 345`` (sv), ``12,345`` (en)."""
    if isinstance(value, int) and decimals == 0:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


# Vocabulary ---------------------------------------------------------------------------------
VOCABULARY_CONTEXT = "Vocabulary"
# Texts the interface shows from constants and enum values (table column titles, statuses,
# roles, priorities, check-in verdicts): lupdate cannot see a ``tr(variable)``, so they are
# listed here once for the catalogue; ``term()`` and any ``tr()`` of the same text find them.
VOCABULARY: tuple[str, ...] = (
    # AttendeeRole
    QT_TRANSLATE_NOOP("Vocabulary", "Buyer"),
    QT_TRANSLATE_NOOP("Vocabulary", "Seller"),
    QT_TRANSLATE_NOOP("Vocabulary", "Both"),
    # BadgeCategory
    QT_TRANSLATE_NOOP("Vocabulary", "Delegate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Exhibitor"),
    QT_TRANSLATE_NOOP("Vocabulary", "Organiser"),
    QT_TRANSLATE_NOOP("Vocabulary", "Press"),
    QT_TRANSLATE_NOOP("Vocabulary", "Staff"),
    # RequestStatus (and MeetingStatus.CANCELLED)
    QT_TRANSLATE_NOOP("Vocabulary", "Pending"),
    QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    # MeetingStatus, MeetingOutcome
    QT_TRANSLATE_NOOP("Vocabulary", "Scheduled"),
    QT_TRANSLATE_NOOP("Vocabulary", "Held"),
    QT_TRANSLATE_NOOP("Vocabulary", "No show"),
    QT_TRANSLATE_NOOP("Vocabulary", "Did not take place"),
    QT_TRANSLATE_NOOP("Vocabulary", "No interest"),
    QT_TRANSLATE_NOOP("Vocabulary", "Informative"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cooperation possible"),
    # CheckinResult and the check-in desk's verdict titles
    QT_TRANSLATE_NOOP("Vocabulary", "Checked in"),
    QT_TRANSLATE_NOOP("Vocabulary", "Already checked in"),
    QT_TRANSLATE_NOOP("Vocabulary", "Invalid"),
    QT_TRANSLATE_NOOP("Vocabulary", "Revoked"),
    QT_TRANSLATE_NOOP("Vocabulary", "Wrong event"),
    QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
    QT_TRANSLATE_NOOP("Vocabulary", "Undone"),
    QT_TRANSLATE_NOOP("Vocabulary", "Welcome!"),
    QT_TRANSLATE_NOOP("Vocabulary", "Badge not valid"),
    QT_TRANSLATE_NOOP("Vocabulary", "Old badge (reprinted)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Badge of another event"),
    QT_TRANSLATE_NOOP("Vocabulary", "Not found"),
    QT_TRANSLATE_NOOP("Vocabulary", "Check-in undone"),
    # Request priorities (domain.priority.PRIORITY_NAMES)
    QT_TRANSLATE_NOOP("Vocabulary", "Meet"),
    QT_TRANSLATE_NOOP("Vocabulary", "Should meet"),
    QT_TRANSLATE_NOOP("Vocabulary", "Must meet"),
    QT_TRANSLATE_NOOP("Vocabulary", "meet"),
    QT_TRANSLATE_NOOP("Vocabulary", "should meet"),
    QT_TRANSLATE_NOOP("Vocabulary", "must meet"),
    # A request's place in the schedule (ui.pages.requests)
    QT_TRANSLATE_NOOP("Vocabulary", "Waiting for solve"),
    # Solver phases (scheduling.solver progress)
    QT_TRANSLATE_NOOP("Vocabulary", "Moved"),
    QT_TRANSLATE_NOOP("Vocabulary", "Breaks"),
    # Print page: documents (ui.pages.printing), sort orders (services.printing), badge
    # layouts (documents.layouts)
    QT_TRANSLATE_NOOP("Vocabulary", "Badges"),
    QT_TRANSLATE_NOOP("Vocabulary", "Personal agendas"),
    QT_TRANSLATE_NOOP("Vocabulary", "Table sheets (door signs with each table's meetings)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Last name, first name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Organisation, then name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Country, organisation, then name"),
    QT_TRANSLATE_NOOP("Vocabulary", "A4 sheet, 2 x 4 business-card labels (90 x 54 mm)"),
    QT_TRANSLATE_NOOP("Vocabulary", "A4 sheet, 4 x A6 badges (105 x 148 mm)"),
    QT_TRANSLATE_NOOP("Vocabulary", "A4 sheet, 8 x A7 badges (105 x 74 mm)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Card printer, CR80 card (85.6 x 54 mm)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Label printer, 4 x 3 in label"),
    QT_TRANSLATE_NOOP("Vocabulary", "A4 sheet, 2 fold-over A6 badges (front badge, back agenda)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Avery L4785 name badge labels, A4, 10 x 80 x 50 mm"),
    QT_TRANSLATE_NOOP(
        "Vocabulary", "Avery 5395 name badge labels, US Letter, 8 x 3-3/8 x 2-1/3 in"
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "US Letter sheet, 6 x 4 x 3 in badge inserts"),
    QT_TRANSLATE_NOOP("Vocabulary", "Custom layout (saved with the event)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Table signs (a folded tent per table, a door sign per room)"),
    # Custom badge layout: sheets (ui.dialogs.badge_layout)
    QT_TRANSLATE_NOOP("Vocabulary", "A4 (210 x 297 mm)"),
    QT_TRANSLATE_NOOP("Vocabulary", "US Letter (8.5 x 11 in)"),
    # Table column titles
    QT_TRANSLATE_NOOP("Vocabulary", "Category"),
    QT_TRANSLATE_NOOP("Vocabulary", "Country"),
    QT_TRANSLATE_NOOP("Vocabulary", "Booth"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sent"),
    QT_TRANSLATE_NOOP("Vocabulary", "Received"),
    QT_TRANSLATE_NOOP("Vocabulary", "Meetings"),
    QT_TRANSLATE_NOOP("Vocabulary", "Why it is not placed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Starts"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ends"),
    QT_TRANSLATE_NOOP("Vocabulary", "Slot minutes"),
    QT_TRANSLATE_NOOP("Vocabulary", "Breaks (10:40-11:00 Coffee; …)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Number"),
    QT_TRANSLATE_NOOP("Vocabulary", "Label"),
    QT_TRANSLATE_NOOP("Vocabulary", "Room"),
    QT_TRANSLATE_NOOP("Vocabulary", "Booth of"),
)


def term(text: str) -> str:
    """``text`` from the vocabulary in the interface language (itself when not listed)."""
    return QCoreApplication.translate(VOCABULARY_CONTEXT, text)


def enum_label(member: enum.Enum | str) -> str:
    """An enum value as the interface shows it: ``RequestStatus.ACCEPTED`` → "Accepted"
    ("Accepterad" in Swedish); ``"no_show"`` → "No show"."""
    value = str(member.value) if isinstance(member, enum.Enum) else member
    return term(value.replace("_", " ").capitalize())
