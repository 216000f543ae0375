"""Names in every script the fonts ship, the warning for those they don't, embedded fonts only."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from brokerage_app.documents.fonts import layout_line, register_fonts, uncovered
from brokerage_app.documents.layouts import BADGE_LAYOUTS
from brokerage_app.services.checkin import reissue_badge
from brokerage_app.services.printing import (
    print_agendas,
    print_badges,
    print_table_sheets,
    print_table_signs,
)
from brokerage_app.services.report import build_report
from brokerage_app.store.database import EventDatabase
from brokerage_app.store.models import (
    ACTIVE_TABLE,
    Attendee,
    BadgeCategory,
    MeetingTable,
    Organisation,
)
from tests.unit.documents.conftest import page_texts
from tests.unit.documents.scheduled_event import build_scheduled_event

FONTS = register_fonts()
FACES = (FONTS.regular, FONTS.bold, FONTS.italic, FONTS.condensed, FONTS.condensed_bold)

# (first name, last name, organisation, country, language, the font family that sets them)
SHIPPED = (
    ("秀英", "王", "北京医疗器械有限公司", "CN", "zh", "DroidSansFallback"),
    ("太郎", "山田", "ヤマダ・メディカル株式会社", "JP", "ja", "DroidSansFallback"),
    ("민준", "김", "서울 바이오텍", "KR", "ko", "DroidSansFallback"),
    ("محمد", "عبد الرحمن", "شركة الرعاية الطبية", "MA", "ar", "NotoSansArabic"),
    ("נועה", "כהן", "מדטק ישראל", "IL", "he", "NotoSansHebrew"),
    ("Κωνσταντίνος", "Παπαδόπουλος", "Ελληνική Ιατρική ΑΕ", "GR", "en", "DejaVuSans"),
    ("Олена", "Коваленко", "ТОВ «Медтех Україна»", "UA", "en", "DejaVuSans"),
)
# Ethiopic and Cherokee: scripts no shipped font has.
UNSHIPPED = (
    ("ኃይሌ", "ገብረሥላሴ", "Addis Medical", "ET", "en"),
    ("Sequoyah", "ᏍᏏᏉᏯ", "Cherokee Nation Health", "US", "en"),
)


@dataclass(frozen=True)
class WorldEvent:
    database: EventDatabase
    shipped: tuple[int, ...]
    unshipped: tuple[int, ...]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorldEvent]:
    path = tmp_path_factory.mktemp("world") / "event.sqlite"
    database, _hard = build_scheduled_event(path, attendees=20)
    ids: dict[str, list[int]] = {"shipped": [], "unshipped": []}
    with database.session() as session:
        for kind, rows in (("shipped", SHIPPED), ("unshipped", UNSHIPPED)):
            for first, last, organisation, country, language, *_ in rows:
                attendee = Attendee(
                    organisation=Organisation(name=organisation, country=country),
                    first_name=first,
                    last_name=last,
                    language=language,
                    badge_category=BadgeCategory.DELEGATE,
                )
                session.add(attendee)
                session.flush()
                ids[kind].append(attendee.id)
    yield WorldEvent(database, tuple(ids["shipped"]), tuple(ids["unshipped"]))
    database.dispose()


@pytest.mark.parametrize("row", SHIPPED, ids=[row[3] for row in SHIPPED])
def test_every_shipped_script_prints_with_real_glyphs_of_its_own_font(row):
    first, last, organisation, _country, _language, family = row
    for face in FACES:
        for text in (f"{first} {last}", organisation):
            line = layout_line(text, face)
            assert line.missing == "", (face, text)
            letters = [run for run in line.runs if run.text.strip()]
            assert {run.font.split("-")[0].removesuffix("Condensed") for run in letters} == {family}
    assert uncovered(f"{first} {last} {organisation}") == ""


def test_arabic_is_shaped_joined_and_right_to_left():
    line = layout_line("محمد", FONTS.bold)
    (run,) = line.runs
    clusters = [data.cluster for data in run.text.__shapeData__]
    assert clusters == sorted(clusters, reverse=True)  # the last letter is drawn first
    # Joined letters are their initial, medial and final forms, not the isolated ones.
    assert run.text != "محمد"[::-1]
    # The font's discretionary ligature (a vocalised sign for the name) is not used.
    assert len(clusters) == 4


def test_hebrew_reads_right_to_left_and_a_mixed_name_takes_one_font_per_run():
    (hebrew,) = layout_line("כהן", FONTS.regular).runs
    assert str(hebrew.text) == "ןהכ"
    line = layout_line("Åsa 王 (נועה) Öberg", FONTS.regular)
    assert [run.font for run in line.runs] == [
        "DejaVuSans",
        "DroidSansFallback",
        "DejaVuSans",
        "NotoSansHebrew",
        "DejaVuSans",
    ]
    assert line.missing == ""


def test_cjk_names_print_as_text_a_reader_can_find(world, tmp_path):
    output = tmp_path / "badges.pdf"
    print_badges(world.database, output, layout="a4-4xa6", attendee_ids=world.shipped)
    words = " ".join(" ".join(page_texts(output)).split())
    for first, last, *_ in SHIPPED[:3]:
        assert f"{first} {last}" in words


def test_printing_warns_by_name_about_scripts_no_font_covers_and_only_those(world, tmp_path):
    result = print_badges(
        world.database, tmp_path / "b.pdf", attendee_ids=world.shipped + world.unshipped
    )
    assert [(person.name, person.characters) for person in result.uncovered] == [
        ("ኃይሌ ገብረሥላሴ", "ኃይሌገብረሥላሴ"),
        ("Sequoyah ᏍᏏᏉᏯ", "ᏍᏏᏉᏯ"),
    ]
    agendas = print_agendas(world.database, tmp_path / "a.pdf", attendee_ids=world.unshipped)
    assert [person.name for person in agendas.uncovered] == ["ኃይሌ ገብረሥላሴ", "Sequoyah ᏍᏏᏉᏯ"]
    shipped = print_badges(world.database, tmp_path / "s.pdf", attendee_ids=world.shipped)
    assert shipped.uncovered == ()


def test_table_signs_warn_about_a_booth_owner_no_font_covers(world, tmp_path):
    """A tent prints its booth owner's name and organisation: the signs report what no font
    has there, as badges and agendas do, and only for the owners who have such characters."""
    owner_id = world.unshipped[0]
    with world.database.session() as session:
        table = session.scalars(
            select(MeetingTable).where(ACTIVE_TABLE).order_by(MeetingTable.number)
        ).first()
        assert table is not None
        table_id, former_owner = table.id, table.owner_id
        table.owner_id = owner_id
    try:
        result = print_table_signs(world.database, tmp_path / "signs.pdf")
    finally:
        with world.database.session() as session:
            session.get_one(MeetingTable, table_id).owner_id = former_owner
    assert [(person.name, person.characters) for person in result.uncovered] == [
        ("ኃይሌ ገብረሥላሴ", "ኃይሌገብረሥላሴ"),
    ]


def test_the_cli_prints_the_warning(world, tmp_path, capsys):
    from brokerage_app.cli import main

    attendees = [argument for i in world.unshipped for argument in ("--attendee", str(i))]
    database = str(world.database.file_path)
    code = main(["--db", database, "print", "badges", "-o", str(tmp_path / "c.pdf"), *attendees])
    assert code == 0
    assert "Warning: no shipped font has Ꮝ Ꮟ Ꮙ" in capsys.readouterr().err


# Embedded fonts only ---------------------------------------------------------------------


def _fonts_in(path: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) for every font of the PDF, as poppler's pdffonts lists them."""
    if shutil.which("pdffonts") is None:
        if os.environ.get("CI"):
            pytest.fail("pdffonts (poppler-utils) is missing on CI")
        pytest.skip("pdffonts (poppler-utils) is not installed")
    listing = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout
    rows = listing.splitlines()[2:]
    fonts = []
    for row in rows:
        fields = row.split()
        # name type... encoding emb sub uni object generation
        fonts.append((fields[0], fields[-5]))
    return fonts


def _assert_only_embedded(path: Path) -> None:
    fonts = _fonts_in(path)
    assert fonts, f"{path.name} has no fonts"
    assert [name for name, embedded in fonts if embedded != "yes"] == [], path.name


@pytest.mark.parametrize("layout", sorted(BADGE_LAYOUTS))
def test_badges_of_every_layout_embed_every_font(world, tmp_path, layout):
    output = tmp_path / f"{layout}.pdf"
    print_badges(world.database, output, layout=layout, attendee_ids=world.shipped)
    _assert_only_embedded(output)
    assert any("DroidSansFallback" in name for name, _ in _fonts_in(output))


def test_agendas_table_sheets_report_and_reissued_badges_embed_every_font(world, tmp_path):
    outputs = []
    agendas = tmp_path / "agendas.pdf"
    print_agendas(world.database, agendas, attendee_ids=world.shipped)
    outputs.append(agendas)
    folder = tmp_path / "each"
    result = print_agendas(
        world.database, folder, attendee_ids=world.shipped[:2], one_file_per_attendee=True
    )
    outputs.extend(result.paths)
    sheets = tmp_path / "tables.pdf"
    print_table_sheets(world.database, sheets)
    outputs.append(sheets)
    report = tmp_path / "report.pdf"
    build_report(world.database, report)
    outputs.append(report)
    with world.database.session() as session:
        reissue_badge(session, world.shipped[0])
    reissued = tmp_path / "reissued.pdf"
    print_badges(world.database, reissued, attendee_ids=world.shipped[:1])
    outputs.append(reissued)
    for output in outputs:
        _assert_only_embedded(output)
