"""Small values needed both by heavy modules and when the command line is parsed.

Help texts and ``choices`` are built before any command runs, so the values they show live
here, in a module that imports nothing: importing the module that uses them would load
SQLAlchemy, reportlab or openpyxl just to print ``--help`` or ``--version``.
"""

from __future__ import annotations

# Demo events (brokerage_app.demo.generator).
MIN_ATTENDEES = 20
MAX_ATTENDEES = 10_000

# Largest spreadsheet the importer reads (brokerage_app.interchange.reading): its size on
# disk, its data rows below the heading, and its cells (rows x columns as read).
MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_IMPORT_ROWS = 100_000
MAX_IMPORT_CELLS = 2_000_000

# Badge layouts: key -> label, in the order the command line offers them;
# brokerage_app.documents.layouts.BADGE_LAYOUTS adds their geometry (a test checks that
# both name the same layouts in the same order).
BADGE_LAYOUT_LABELS: dict[str, str] = {
    "a4-2x4": "A4 sheet, 2 x 4 business-card labels (90 x 54 mm)",
    "a4-4xa6": "A4 sheet, 4 x A6 badges (105 x 148 mm)",
    "a4-8xa7": "A4 sheet, 8 x A7 badges (105 x 74 mm)",
    "cr80": "Card printer, CR80 card (85.6 x 54 mm)",
    "label-4x3in": "Label printer, 4 x 3 in label",
    "a6-foldover": "A4 sheet, 2 fold-over A6 badges (front badge, back agenda)",
    "avery-l4785": "Avery L4785 name badge labels, A4, 10 x 80 x 50 mm",
    "avery-5395": "Avery 5395 name badge labels, US Letter, 8 x 3-3/8 x 2-1/3 in",
    "letter-6x4x3in": "US Letter sheet, 6 x 4 x 3 in badge inserts",
}
DEFAULT_BADGE_LAYOUT = "a4-2x4"
# The organiser's own label sheet, saved with the event (documents.layouts.CustomLayout).
CUSTOM_BADGE_LAYOUT = "custom"
# Sheet sizes a custom layout can use (their geometry: documents.layouts.PAGE_SIZES).
PAGE_SIZE_NAMES = ("a4", "letter")

# Orders of printed badges and agendas (brokerage_app.services.printing).
SORT_ORDERS: dict[str, str] = {
    "name": "Last name, first name",
    "organisation": "Organisation, then name",
    "country": "Country, organisation, then name",
}
