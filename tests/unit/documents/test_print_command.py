from __future__ import annotations

from brokerage_app.cli import main
from tests.unit.documents.conftest import page_texts


def db_path(scheduled) -> str:
    return str(scheduled.database.file_path)


def test_print_badges_command_writes_the_pdf(scheduled, tmp_path, capsys):
    output = tmp_path / "badges.pdf"
    code = main(
        [
            "--db",
            db_path(scheduled),
            "print",
            "badges",
            "-o",
            str(output),
            "--layout",
            "cr80",
            "--attendee",
            str(scheduled.hard.ids[0]),
            "--attendee",
            str(scheduled.hard.ids[1]),
            "--sort",
            "country",
            "--offset-x",
            "1",
            "--offset-y",
            "-1",
            "--no-cut-marks",
        ]
    )
    assert code == 0
    assert "Wrote 2 badges on 2 pages" in capsys.readouterr().out
    assert "Åsa Öberg" in "\n".join(page_texts(output))


def test_unknown_attendee_exits_2_and_writes_nothing(scheduled, tmp_path, capsys):
    output = tmp_path / "badges.pdf"
    code = main(
        ["--db", db_path(scheduled), "print", "badges", "-o", str(output), "--attendee", "424242"]
    )
    assert code == 2
    assert "no attendee with id 424242" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_print_agendas_to_a_folder_and_table_sheets(scheduled, tmp_path, capsys):
    folder = tmp_path / "agendas"
    ids = [str(i) for i in scheduled.hard.ids[:2]]
    assert (
        main(
            [
                "--db",
                db_path(scheduled),
                "print",
                "agendas",
                "-o",
                str(folder),
                "--attendee",
                ids[0],
                "--attendee",
                ids[1],
            ]
        )
        == 0
    )
    assert len(list(folder.glob("agenda-*.pdf"))) == 2
    sheets = tmp_path / "tables.pdf"
    assert main(["--db", db_path(scheduled), "print", "table-sheets", "-o", str(sheets)]) == 0
    assert sheets.stat().st_size > 0
    out = capsys.readouterr().out
    assert "Wrote 2 agendas" in out and "table sheets" in out


def test_category_colour_option(scheduled, tmp_path, capsys):
    output = tmp_path / "badges.pdf"
    person = str(scheduled.hard.ids[0])
    assert (
        main(
            [
                "--db",
                db_path(scheduled),
                "print",
                "badges",
                "-o",
                str(output),
                "--layout",
                "cr80",
                "--attendee",
                person,
                "--category-colour",
                "delegate=#224466:Guest",
            ]
        )
        == 0
    )
    assert "GUEST" in page_texts(output)[0]
    code = main(
        [
            "--db",
            db_path(scheduled),
            "print",
            "badges",
            "-o",
            str(tmp_path / "x.pdf"),
            "--category-colour",
            "delegate=blue",
        ]
    )
    assert code == 2
    assert "--category-colour 'delegate=blue'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
