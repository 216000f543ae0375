"""Spreadsheets and calendars in and out: CSV/XLSX reading and writing, iCalendar files.

Nothing here touches the database; ``brokerage_app.services.imports`` and ``.exports`` do.
"""
