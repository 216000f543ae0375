"""Which window action does what each CLI command does: the one table the parity test reads.

Every command of ``brokerage_app.cli.build_parser()`` (sub-commands included) has an entry
here, or a reason in the README's "Commands without a window action" list. ``target`` is a
path of attributes from the main window: ``app_actions.data.report`` is a menu action,
``pages.attendees.delete_selected`` a page's button, ``pages.dashboard`` a whole page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WindowPlace:
    where: str  # where the organiser finds it (the README and the guide say the same)
    target: str  # attribute path from the MainWindow


_OUTCOME = WindowPlace("Schedule > Meeting outcome…", "app_actions.data.meeting_outcome")
_EXPORT = "File > Export > "
_EVENT_SETTINGS = WindowPlace("Schedule > Event settings…", "app_actions.event_settings")

WINDOW_ACTIONS: dict[str, WindowPlace] = {
    "new-event": WindowPlace("File > New event…", "app_actions.new_event"),
    "demo-data": WindowPlace("File > Open demo event", "app_actions.open_demo"),
    "info": WindowPlace("Dashboard page; an attendee's Edit dialog", "pages.dashboard"),
    "attendee": WindowPlace("Attendees page", "pages.attendees"),
    "attendee delete": WindowPlace("Attendees > Delete", "pages.attendees.delete_selected"),
    "attendee edit": WindowPlace("Attendees > Edit", "pages.attendees.edit_selected"),
    "organisation": WindowPlace("Attendees page", "pages.attendees"),
    "organisation delete": WindowPlace(
        "Attendees > organisation > Delete", "pages.attendees.delete_organisation"
    ),
    "event": _EVENT_SETTINGS,
    "event badge-layout": WindowPlace(
        "Print page: Badges > Custom layout…", "pages.print.edit_custom_layout"
    ),
    **{
        f"event {name}": _EVENT_SETTINGS
        for name in (
            "show",
            "set",
            "add-day",
            "remove-day",
            "sessions",
            "add-break",
            "remove-break",
            "slot-length",
            "add-room",
            "remove-room",
            "rename-room",
            "add-table",
            "remove-table",
            "rename-table",
            "booth",
        )
    },
    "check-schedule": WindowPlace("Schedule page (conflicts in red)", "pages.schedule"),
    "copy-event": WindowPlace(
        "File > Copy event to PostgreSQL or a file…", "app_actions.data.copy_event"
    ),
    "backup": WindowPlace("File > Backups…", "app_actions.data.backups"),
    "import": WindowPlace("File > Import…", "app_actions.import_data"),
    "import attendees": WindowPlace("File > Import…", "app_actions.import_data"),
    "import requests": WindowPlace("File > Import…", "app_actions.import_data"),
    "export": WindowPlace("File > Export", "app_actions.data.export_attendees"),
    "export attendees": WindowPlace(_EXPORT + "Attendees…", "app_actions.data.export_attendees"),
    "export requests": WindowPlace(_EXPORT + "Requests…", "app_actions.data.export_requests"),
    "export schedule": WindowPlace(_EXPORT + "Schedule…", "app_actions.data.export_schedule"),
    "export ical": WindowPlace(
        _EXPORT + "Calendars (iCalendar)…", "app_actions.data.export_calendars"
    ),
    "report": WindowPlace("File > After-event report…", "app_actions.data.report"),
    "gdpr": WindowPlace("File > Data protection", "app_actions.data.export_person"),
    "gdpr export": WindowPlace(
        "File > Data protection > Export one person's data…", "app_actions.data.export_person"
    ),
    "gdpr anonymise": WindowPlace(
        "File > Data protection > Anonymise event…", "app_actions.anonymise"
    ),
    "schedule": WindowPlace("Schedule > Solve schedule (F5)", "app_actions.solve"),
    "publish": WindowPlace("Schedule > Publish…", "app_actions.publish"),
    "print": WindowPlace("File > Print… (the Print page)", "pages.print.save_pdf"),
    "print badges": WindowPlace("Print page: Badges", "pages.print.save_pdf"),
    "print agendas": WindowPlace("Print page: Personal agendas", "pages.print.save_pdf"),
    "print table-sheets": WindowPlace("Print page: Table sheets", "pages.print.save_pdf"),
    "print table-signs": WindowPlace("Print page: Table signs", "pages.print.save_pdf"),
    "checkin": WindowPlace("Check-in page", "pages.checkin.scan_code"),
    "meeting": _OUTCOME,
    "meeting held": _OUTCOME,
    "meeting no-show": _OUTCOME,
    "meeting scheduled": _OUTCOME,
    "meeting outcome": _OUTCOME,
    "meeting place": WindowPlace(
        "Schedule page > Not placed > Place by hand…", "pages.schedule.place_by_hand"
    ),
    "meeting confirm": WindowPlace(
        "Schedule > Meeting outcome…: Or both badges", "app_actions.data.meeting_outcome"
    ),
    "walk-in": WindowPlace("Schedule > Walk-in meeting…", "app_actions.data.walk_in"),
}
