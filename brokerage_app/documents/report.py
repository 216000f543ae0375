"""The after-event report as PDF: key figures, charts by country, sector and organisation
type, meeting outcomes, and an anonymised meeting list for the funder.

The figures come from ``brokerage_app.services.report.compute_report_figures``, and
``services.report.build_report`` is the use case (check the output, count, write); this module
only lays them out (reportlab platypus for text and tables, reportlab.graphics for charts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from brokerage_app.documents.fonts import FontSet, ScriptCanvas, register_fonts
from brokerage_app.documents.report_figures import (
    NOT_RECORDED,
    OUTCOME_LABELS,
    UNKNOWN,
    BreakdownRow,
    ReportFigures,
)
from brokerage_app.domain import locale_names

INK = colors.HexColor("#1B2A3A")
MUTED = colors.HexColor("#5B6B7B")
ACCENT = colors.HexColor("#1F4E79")
ACCENT_LIGHT = colors.HexColor("#7FB3D5")
RULE = colors.HexColor("#C9D3DD")
ZEBRA = colors.HexColor("#F2F5F8")
OUTCOME_COLOURS = {
    "cooperation_possible": colors.HexColor("#2E7D32"),
    "informative": colors.HexColor("#7FB3D5"),
    "no_interest": colors.HexColor("#F9A825"),
    "did_not_take_place": colors.HexColor("#C62828"),
    NOT_RECORDED: colors.HexColor("#B0BEC5"),
}
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
CHART_ROWS = 12
CELL_PADDING = 3


def _text(value: str) -> str:
    """User text for a Paragraph, whose markup it must not become: ``<`` ``>`` ``&`` print
    as themselves (a sector ``<font size=40>`` is a sector name, not a font change)."""
    return escape(value)


def country_label(code: str) -> str:
    if code in ("", UNKNOWN):
        return UNKNOWN
    return f"{locale_names.country_name(code)} ({code})"


class _Styles:
    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.title = ParagraphStyle(
            "title", fontName=fonts.bold, fontSize=22, leading=27, textColor=INK
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=fonts.regular, fontSize=11, leading=15, textColor=MUTED
        )
        self.heading = ParagraphStyle(
            "heading",
            fontName=fonts.bold,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        )
        self.body = ParagraphStyle(
            "body", fontName=fonts.regular, fontSize=9.5, leading=13, textColor=INK
        )
        self.note = ParagraphStyle(
            "note", fontName=fonts.italic, fontSize=8.5, leading=11, textColor=MUTED
        )
        self.cell = ParagraphStyle(
            "cell", fontName=fonts.condensed, fontSize=8, leading=9.5, textColor=INK
        )
        self.header_cell = ParagraphStyle(
            "header_cell",
            fontName=fonts.condensed_bold,
            fontSize=8,
            leading=9.5,
            textColor=colors.white,
        )
        self.header_number = ParagraphStyle(
            "header_number", parent=self.header_cell, alignment=TA_RIGHT
        )
        self.figure = ParagraphStyle(
            "figure",
            fontName=fonts.bold,
            fontSize=20,
            leading=24,
            textColor=ACCENT,
            alignment=TA_CENTER,
        )
        self.figure_label = ParagraphStyle(
            "figure_label",
            fontName=fonts.regular,
            fontSize=8.5,
            leading=10,
            textColor=MUTED,
            alignment=TA_CENTER,
        )


def _table_style(fonts: FontSet, rows: int, *, numeric_from: int = 1) -> TableStyle:
    commands = [
        ("FONT", (0, 0), (-1, 0), fonts.condensed_bold, 8),
        ("FONT", (0, 1), (-1, -1), fonts.condensed, 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for row in range(2, rows, 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return TableStyle(commands)


def _key_figures(figures: ReportFigures, styles: _Styles) -> Table:
    items = [
        (figures.attendees, "attendees"),
        (figures.organisations, "organisations"),
        (figures.countries, "countries"),
        (figures.checked_in, "checked in"),
        (figures.requests, "meeting requests"),
        (figures.meetings, "meetings scheduled"),
        (figures.meetings_held, "meetings held"),
        (figures.meetings_no_show, "no-shows"),
        (figures.agreements, "agreements reached"),
        (dict(figures.outcomes).get("cooperation_possible", 0), "cooperation possible"),
        (figures.outcomes_recorded, "meetings with feedback"),
        (figures.walk_ins, "walk-in meetings"),
    ]
    cells = [
        [Paragraph(f"{value:,}", styles.figure), Paragraph(label, styles.figure_label)]
        for value, label in items
    ]
    grid = [cells[i : i + 4] for i in range(0, len(cells), 4)]
    table = Table(grid, colWidths=[CONTENT_WIDTH / 4] * 4, rowHeights=[18 * mm] * len(grid))
    table.setStyle(
        TableStyle(
            [
                # The cells hold paragraphs, but reportlab sets each cell's own font too.
                ("FONT", (0, 0), (-1, -1), styles.figure_label.fontName, 8),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
            ]
        )
    )
    return table


def _thousands(value: float) -> str:
    return f"{value:,.0f}"


def _bar_chart(
    labels: Sequence[str],
    series: Sequence[Sequence[int]],
    names: Sequence[str],
    fonts: FontSet,
    *,
    title: str,
) -> Drawing:
    """Horizontal bars (labels are long: countries and sectors), one colour per series."""
    row_height = 13 if len(series) == 1 else 17
    height = max(60, row_height * len(labels)) + 40
    drawing = Drawing(CONTENT_WIDTH, height, initialFontName=fonts.regular)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 12
    chart.width, chart.height = CONTENT_WIDTH - 150 - 20, height - 40
    # The first label at the top, as people read a ranking.
    # Within a group reportlab draws the first series lowest; reverse so it comes first.
    chart.data = [list(reversed(values)) for values in reversed(series)]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = fonts.condensed
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = fonts.condensed
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max((max(values) for values in series if values), default=0)
    chart.valueAxis.valueMax = max(5, top * 1.08)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = ZEBRA
    chart.barSpacing = 1
    chart.groupSpacing = 4
    chart.barLabelFormat = _thousands
    chart.barLabels.fontName = fonts.condensed
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    palette = (ACCENT, ACCENT_LIGHT, colors.HexColor("#C62828"))
    for index in range(len(series)):
        chart.bars[len(series) - 1 - index].fillColor = palette[index % len(palette)]
        chart.bars[len(series) - 1 - index].strokeColor = None
    drawing.add(chart)
    drawing.add(String(0, height - 12, title, fontName=fonts.bold, fontSize=9, fillColor=INK))
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = CONTENT_WIDTH - 10, height - 6
        legend.alignment = "right"
        legend.boxAnchor = "ne"
        legend.columnMaximum = 1
        legend.deltax = 70
        legend.fontName = fonts.condensed
        legend.fontSize = 7.5
        legend.colorNamePairs = [(palette[i % len(palette)], name) for i, name in enumerate(names)]
        drawing.add(legend)
    return drawing


def _heading_width(heading: str, fonts: FontSet) -> float:
    """Wide enough for the heading's longest word (headings wrap between words only)."""
    longest = max(stringWidth(word, fonts.condensed_bold, 8) for word in heading.split())
    return float(max(longest, stringWidth("00,000", fonts.condensed, 8))) + 2 * CELL_PADDING + 2


def _breakdown_section(
    title: str,
    rows: tuple[BreakdownRow, ...],
    label: Callable[[str], str],
    styles: _Styles,
) -> list[Flowable]:
    fonts = styles.fonts
    flowables: list[Flowable] = [CondPageBreak(60 * mm), Paragraph(title, styles.heading)]
    if not rows:
        flowables.append(Paragraph("No attendees yet.", styles.body))
        return flowables
    shown = rows[:CHART_ROWS]
    chart = _bar_chart(
        [label(r.label) for r in shown],
        [[r.meetings for r in shown], [r.held for r in shown]],
        ["Meeting participations", "Held"],
        fonts,
        title=f"Meetings (top {len(shown)})" if len(rows) > CHART_ROWS else "Meetings",
    )
    headings = (
        "Attendees",
        "Organisations",
        "Requests sent",
        "Requests received",
        "Meetings",
        "Held",
        "No-show",
    )
    data = [[""] + [Paragraph(h, styles.header_number) for h in headings]]
    for r in rows:
        data.append(
            [
                Paragraph(_text(label(r.label)), styles.cell),
                f"{r.attendees:,}",
                f"{r.organisations:,}",
                f"{r.requests_sent:,}",
                f"{r.requests_received:,}",
                f"{r.meetings:,}",
                f"{r.held:,}",
                f"{r.no_show:,}",
            ]
        )
    widths = [_heading_width(h, fonts) for h in headings]
    table = LongTable(data, colWidths=[CONTENT_WIDTH - sum(widths), *widths], repeatRows=1)
    table.setStyle(_table_style(fonts, len(data)))
    # A table never starts with its heading alone at the foot of a page.
    flowables += [chart, Spacer(0, 4 * mm), CondPageBreak(30 * mm), table]
    return flowables


def _outcomes_section(figures: ReportFigures, styles: _Styles) -> list[Flowable]:
    fonts = styles.fonts
    flowables: list[Flowable] = [
        CondPageBreak(80 * mm),
        Paragraph("Meeting outcomes", styles.heading),
    ]
    if figures.meetings == 0:
        flowables.append(Paragraph("No meetings were scheduled.", styles.body))
        return flowables
    if figures.outcomes_recorded == 0:
        flowables.append(
            Paragraph(
                f"No outcomes were recorded for the {figures.meetings:,} meetings. Ask "
                "delegates for feedback (did not take place / insufficient interest / "
                "informative, no cooperation planned / cooperation possible) and agreements "
                "reached to complete this section.",
                styles.body,
            )
        )
        return flowables
    present = [(k, n) for k, n in figures.outcomes if n]
    drawing = Drawing(CONTENT_WIDTH, 62 * mm, initialFontName=fonts.regular)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 10, 50 * mm, 50 * mm
    pie.data = [n for _, n in present]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for index, (key, _) in enumerate(present):
        pie.slices[index].fillColor = OUTCOME_COLOURS[key]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = 70 * mm, 50 * mm
    legend.alignment = "right"  # swatch first, then the text
    legend.fontName = fonts.regular
    legend.fontSize = 9
    legend.dy = 8
    legend.deltay = 14
    legend.columnMaximum = 8
    total = figures.meetings
    legend.colorNamePairs = [
        (OUTCOME_COLOURS[key], f"{OUTCOME_LABELS[key]}: {n:,} ({100 * n / total:.0f}%)")
        for key, n in present
    ]
    drawing.add(legend)
    flowables.append(drawing)
    flowables.append(
        Paragraph(
            f"Outcomes recorded for {figures.outcomes_recorded:,} of {total:,} meetings; "
            f"{figures.agreements:,} led to an agreement.",
            styles.note,
        )
    )
    return flowables


def _outcome_cell(outcome: str, agreement: bool) -> str:
    text = OUTCOME_LABELS.get(outcome, "") if outcome else ""
    if agreement:
        text = f"{text}; agreement" if text else "Agreement"
    return text


def _anonymised_section(figures: ReportFigures, styles: _Styles) -> list[Flowable]:
    fonts = styles.fonts
    flowables: list[Flowable] = [
        PageBreak(),
        Paragraph("Anonymised meeting list", styles.heading),
        Paragraph(
            "One line per meeting, describing each participant by organisation type, country "
            "and sector only: no names, so the list can be handed to the funder.",
            styles.body,
        ),
        Spacer(0, 3 * mm),
    ]
    if not figures.anonymised_meetings:
        flowables.append(Paragraph("No meetings were scheduled.", styles.body))
        return flowables
    header = styles.header_cell
    data = [
        [
            Paragraph("#", styles.header_number),
            Paragraph("Day and time", header),
            Paragraph("Status", header),
            Paragraph("Outcome", header),
            Paragraph("Participant A: type · country · sector", header),
            Paragraph("Participant B: type · country · sector", header),
        ]
    ]
    for number, m in enumerate(figures.anonymised_meetings, start=1):
        data.append(
            [
                str(number),
                f"{m.day} {m.time}",
                m.status.replace("_", "-"),
                Paragraph(_outcome_cell(m.outcome, m.agreement), styles.cell),
                Paragraph(
                    _text(f"{m.first_type} · {m.first_country} · {m.first_sector}"), styles.cell
                ),
                Paragraph(
                    _text(f"{m.second_type} · {m.second_country} · {m.second_sector}"), styles.cell
                ),
            ]
        )
    fixed = [10 * mm, 24 * mm, 15 * mm, 31 * mm]
    party = (CONTENT_WIDTH - sum(fixed)) / 2
    table = LongTable(data, colWidths=[*fixed, party, party], repeatRows=1)
    style = _table_style(fonts, len(data), numeric_from=99)
    style.add("ALIGN", (0, 0), (0, -1), "RIGHT")
    table.setStyle(style)
    flowables.append(table)
    return flowables


def _requests_section(figures: ReportFigures, styles: _Styles) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph("Requests and meetings", styles.heading)]
    if figures.requests == 0:
        flowables.append(Paragraph("No meeting requests were made.", styles.body))
        return flowables
    if figures.meetings == 0:
        text = f"{figures.requests:,} meeting requests; no meetings were scheduled."
    else:
        held_share = f"{100 * figures.meetings_held / figures.meetings:.0f}%"
        text = (
            f"{figures.requests:,} meeting requests led to {figures.meetings:,} scheduled "
            f"meetings ({figures.walk_ins:,} of them walk-ins). {figures.meetings_held:,} were "
            f"held ({held_share}), {figures.meetings_no_show:,} were no-shows and "
            f"{figures.meetings_still_scheduled:,} have no attendance recorded; "
            f"{figures.meetings_cancelled:,} meetings were cancelled."
        )
    chart = _bar_chart(
        [status.capitalize() for status, _ in figures.requests_by_status],
        [[n for _, n in figures.requests_by_status]],
        ["Requests"],
        styles.fonts,
        title="Requests by status",
    )
    flowables += [Paragraph(text, styles.body), Spacer(0, 3 * mm), chart, Spacer(0, 2 * mm)]
    return flowables


def _page_decorations(
    canvas: Canvas, document: BaseDocTemplate, *, fonts: FontSet, event_name: str
) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, 12 * mm, PAGE_WIDTH - MARGIN, 12 * mm)
    canvas.setFont(fonts.regular, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, 8 * mm, f"{event_name}: after-event report")
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 8 * mm, f"Page {document.page}")
    canvas.restoreState()


def render_report(figures: ReportFigures, output: Path, *, generated: dt.date) -> Path:
    """Lay out the figures as a PDF at ``output``.

    The caller makes it atomic: ``services.report.build_report`` passes a temporary path
    that becomes the real file only once the PDF is complete.
    """
    fonts = register_fonts()
    styles = _Styles(fonts)
    dates = (
        figures.first_day
        if figures.first_day == figures.last_day
        else f"{figures.first_day} to {figures.last_day}"
    )
    story: list[Flowable] = [
        Paragraph(_text(figures.event_name), styles.title),
        Paragraph(
            f"After-event report · {_text(figures.venue) + ' · ' if figures.venue else ''}{dates} · "
            f"generated {generated.isoformat()}",
            styles.subtitle,
        ),
        Spacer(0, 6 * mm),
        _key_figures(figures, styles),
        Spacer(0, 2 * mm),
    ]
    if figures.attendees_by_category:
        categories = ", ".join(f"{n:,} {_text(c)}" for c, n in figures.attendees_by_category)
        story.append(Paragraph(f"Attendees by badge category: {categories}.", styles.note))
    story += _requests_section(figures, styles)
    story.append(
        Paragraph(
            "In the breakdowns below, each meeting counts once for each of its two "
            "participants (meeting participations), so a breakdown adds up to twice the "
            "number of meetings.",
            styles.note,
        )
    )
    story += _breakdown_section("By country", figures.by_country, country_label, styles)
    story += _breakdown_section("By sector", figures.by_sector, str, styles)
    story += _breakdown_section("By organisation type", figures.by_org_type, str, styles)
    story += _outcomes_section(figures, styles)
    story += _anonymised_section(figures, styles)
    decorate = partial(_page_decorations, fonts=fonts, event_name=figures.event_name)
    document = SimpleDocTemplate(
        str(output),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=f"{figures.event_name}: after-event report",
        author="brokerage-app",
    )
    document.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=ScriptCanvas)
    return output
