"""A registration export and a meeting-request export as a second platform writes them, for
the organiser walk (``walk.py``): data the program's own code did not make.

    uv run python -m tests.benchmarks.gui.walk_data OUT_DIR [PEOPLE]

The flavour differs from the b2match-like XLSX of tests/gui/test_platform_import.py: a
semicolon CSV in UTF-8 with a byte-order mark (what Excel writes for "CSV UTF-8" in a
continental locale), its own headings ("Salutation", "Given name", "Family name",
"Company", "Country/Region", "Ticket type", "Attending"), "Yes"/"No" words, honorifics
(Dr., Prof. Dr., Mme, Ing.), hard names (Chinese, Arabic, Greek, Polish with diacritics, a
very long German organisation) and a request export with the platform's priority words
("Must meet", "Would like to meet", "If time allows"). A few request rows are bad on
purpose (an unknown person, a duplicate pair, a blank priority, a self-request); the walk
checks the messages that name them.
"""

from __future__ import annotations

import csv
import random
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

PEOPLE_HEADINGS = (
    "Attendee no.",
    "Salutation",
    "Given name",
    "Family name",
    "Job position",
    "Company",
    "Country/Region",
    "E-mail",
    "Phone",
    "Ticket type",
    "Attending",
    "Language",
    "Share my contact details",
)
REQUEST_HEADINGS = ("Sender e-mail", "Recipient e-mail", "Importance", "Message")
PRIORITIES = ("Must meet", "Would like to meet", "If time allows")
ATTENDING = ("Both days", "Both days", "Both days", "Day 1 only", "Day 2 only")
TICKETS = ("Full pass", "Full pass", "Full pass", "Exhibitor", "Speaker")
SALUTATIONS = ("", "", "", "Dr.", "Prof. Dr.", "Ing.")  # gender-neutral: names are random
GIVEN = (
    "Anna",
    "Jan",
    "Marie",
    "Pierre",
    "Sofia",
    "Lars",
    "Elena",
    "Tomás",
    "Ines",
    "Karl",
    "Åsa",
    "Mikael",
    "Chiara",
    "Dimitris",
    "Katarzyna",
    "Jens",
)
FAMILY = (
    "Schmidt", "Nowak", "Lindqvist", "Dubois", "Rossi", "García", "de Vries", "Novák",
    "Öberg", "Kowalczyk", "Moreau", "Bianchi",
)  # fmt: skip
# Organisations and where they are: the same company always comes from the same country.
ORGANISATIONS = (
    ("MedTech Nord GmbH", "Germany"),
    ("BioValley Kraków Sp. z o.o.", "Poland"),
    ("Clinique Saint-Luc", "France"),
    ("Hellenic Health Innovations", "Greece"),
    ("Praha Diagnostics s.r.o.", "Czechia"),
    ("Lund Life Science AB", "Sweden"),
    ("Instituto de Salud Digital", "Spain"),
    ("Ospedale San Raffaele", "Italy"),
    ("Rotterdam Care Robotics B.V.", "Netherlands"),
    ("Anadolu Sağlık Teknolojileri A.Ş.", "Türkiye"),
)
LONG_ORGANISATION = (
    "Forschungsgemeinschaft für angewandte Medizintechnik und Gesundheitswirtschaft "
    "Baden-Württemberg e.V."
)


@dataclass(frozen=True)
class Person:
    number: str
    salutation: str
    given: str
    family: str
    position: str
    company: str
    country: str
    email: str
    phone: str
    ticket: str
    attending: str
    language: str
    share: str


# The people whose names and organisations are hard to print; the walk looks at their pages.
HARD_PEOPLE = (
    Person(
        "A-0001", "Prof. Dr.", "Hans-Jürgen", "Müller-Lüdenscheidt", "Lehrstuhlinhaber",
        LONG_ORGANISATION, "Germany", "mueller@fg-medtech.example", "+49 711 000 0001",
        "Speaker", "Both days", "Deutsch", "Yes",
    ),
    Person(
        "A-0002", "Dr.", "秀英", "王", "Director of Research", "上海医疗器械研究院",
        "China", "wang.xiuying@shmed.example", "+86 21 0000 0002", "Full pass",
        "Day 2 only", "English", "Yes",
    ),
    Person(
        "A-0003", "Dr.", "فاطمة", "الزهراء", "Head of Innovation", "مستشفى القاهرة الجامعي",
        "Egypt", "f.alzahraa@cairo-hospital.example", "+20 2 0000 0003", "Full pass",
        "Both days", "English", "No",
    ),
    Person(
        "A-0004", "", "Γεώργιος", "Παπαδόπουλος", "Επιστημονικός Διευθυντής",
        "Ελληνικό Ινστιτούτο Υγείας", "Greece", "g.papadopoulos@hih.example",
        "+30 21 0000 0004", "Exhibitor", "Day 1 only", "Ελληνικά", "Yes",
    ),
    Person(
        "A-0005", "Ing.", "Łukasz", "Żółć-Grzęślewicz", "Kierownik działu B+R",
        "Politechnika Świętokrzyska", "Poland", "lukasz.zolc@tu.example", "+48 41 000 0005",
        "Full pass", "Both days", "Polski", "Yes",
    ),
    Person(
        "A-0006", "Mme", "Bérénice", "Lefèvre-Öztürk", "Responsable partenariats",
        "Université Côte d'Azur", "France", "berenice.lefevre@uca.example",
        "+33 4 00 00 00 06", "Full pass", "Day 2 only", "Français", "No",
    ),
)  # fmt: skip


def people(count: int, seed: int = 7) -> list[Person]:
    """``count`` registrations: the hard ones first, then ordinary ones."""
    random_ = random.Random(seed)
    rows = list(HARD_PEOPLE)
    names = random_.sample([(g, f) for g in GIVEN for f in FAMILY], count - len(rows))
    while len(rows) < count:
        number = len(rows) + 1
        given, family = names[number - len(HARD_PEOPLE) - 1]
        company, country = random_.choice(ORGANISATIONS)
        handle = f"{given}.{family}".casefold().replace(" ", "")
        handle = unicodedata.normalize("NFKD", handle).encode("ascii", "ignore").decode()
        rows.append(
            Person(
                f"A-{number:04d}",
                random_.choice(SALUTATIONS),
                given,
                family,
                random_.choice(("CEO", "CTO", "Business developer", "Researcher", "Buyer")),
                company,
                country,
                f"{handle}.{number}@walk.example",
                f"+46 70 {number:03d} 00 00",
                random_.choice(TICKETS),
                random_.choice(ATTENDING),
                random_.choice(("English", "English", "Svenska", "Deutsch")),
                random_.choice(("Yes", "No")),
            )
        )
    return rows


def requests(persons: list[Person], per_person: int = 3, seed: int = 11) -> list[tuple[str, ...]]:
    """About ``per_person`` requests a person, then the bad rows the walk expects messages
    for (they are the last four rows of the file)."""
    random_ = random.Random(seed)
    pairs: set[tuple[str, str]] = set()
    rows: list[tuple[str, ...]] = []
    emails = [p.email for p in persons]
    for person in persons:
        for other in random_.sample(emails, per_person + 1):
            pair = tuple(sorted((person.email, other)))
            if other == person.email or pair in pairs:
                continue
            pairs.add(pair)  # type: ignore[arg-type]  # a sorted pair of two e-mails
            rows.append((person.email, other, random_.choice(PRIORITIES), ""))
    first, second = rows[0][0], rows[0][1]
    rows.append(("nobody@unknown.example", emails[1], "Must meet", "unknown sender"))
    rows.append((first, second, "Must meet", "the same pair again"))
    rows.append((emails[2], emails[3], "", "no priority given"))
    rows.append((emails[4], emails[4], "If time allows", "asks to meet themselves"))
    return rows


def write(out: Path, count: int = 90) -> tuple[Path, Path]:
    """Both files in ``out``; returns (registrations, requests)."""
    out.mkdir(parents=True, exist_ok=True)
    persons = people(count)
    registrations = out / "walk-registrations.csv"
    with registrations.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(PEOPLE_HEADINGS)
        for person in persons:
            writer.writerow(
                (
                    person.number,
                    person.salutation,
                    person.given,
                    person.family,
                    person.position,
                    person.company,
                    person.country,
                    person.email,
                    person.phone,
                    person.ticket,
                    person.attending,
                    person.language,
                    person.share,
                )
            )
    wishes = out / "walk-requests.csv"
    with wishes.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(REQUEST_HEADINGS)
        writer.writerows(requests(persons))
    return registrations, wishes


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("walk-data")
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 90
    for path in write(folder, size):
        print(path)
