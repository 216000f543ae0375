from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from brokerage_app.documents.fonts import register_fonts
from brokerage_app.documents.text import (
    ELLIPSIS,
    clean,
    fit_name_and_organisation,
    fit_text,
    text_width,
    wrap,
)
from tests.unit.documents.scheduled_event import HARD_NAMES, LONG_NAME

FONTS = register_fonts()


def test_clean_normalises_to_nfc_and_one_line():
    decomposed = unicodedata.normalize("NFD", "Åsa\tÖberg\n")
    assert decomposed != "Åsa Öberg"
    assert clean(decomposed) == "Åsa Öberg"
    assert clean("a\x00b  \u200b c") == "a b c"


def test_every_character_of_the_hard_names_has_a_glyph_in_every_face():
    from reportlab.pdfbase import pdfmetrics

    characters = {c for row in HARD_NAMES for text in row[:3] for c in text if not c.isspace()}
    for name in (FONTS.regular, FONTS.bold, FONTS.condensed, FONTS.condensed_bold, FONTS.italic):
        face = pdfmetrics.getFont(name).face
        missing = sorted(c for c in characters if ord(c) not in face.charToGlyph)
        assert missing == [], f"{name} lacks {missing}"


def test_a_long_name_shrinks_then_wraps_and_stays_inside_its_box():
    width = 150.0
    fitted = fit_text(LONG_NAME, FONTS.bold, width=width, max_size=19, min_size=7, max_lines=3)
    assert len(fitted.lines) > 1
    assert fitted.size < 19
    assert not fitted.truncated
    assert _letters("".join(fitted.lines)) == _letters(LONG_NAME)
    for line in fitted.lines:
        assert text_width(line, FONTS.bold, fitted.size) <= width


def test_text_that_cannot_fit_is_cut_with_an_ellipsis_inside_the_box():
    fitted = fit_text("W" * 300, FONTS.bold, width=60, max_size=12, min_size=8, max_lines=2)
    assert fitted.truncated
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, FONTS.bold, fitted.size) <= 60 for line in fitted.lines)


def test_a_cut_last_line_keeps_a_hyphenated_name_together():
    """The master grid's narrowest cell: the last line went on after the hyphen that ended
    the line before with a space ("Konstantinopoulou- Pa…")."""
    fitted = fit_text(
        "Marie-Christine Konstantinopoulou-Papadimitriou-Vandenberghe",
        FONTS.condensed,
        width=66.6,
        max_size=7.5,
        min_size=6,
        max_lines=2,
    )
    assert fitted.truncated and fitted.lines[0] == "Marie-Christine"
    assert fitted.lines[1].startswith("Konstantinopoulou-P"), fitted.lines


def test_short_text_keeps_its_largest_size_on_one_line():
    fitted = fit_text("Åsa", FONTS.bold, width=200, max_size=20, min_size=8, max_lines=2)
    assert fitted.lines == ("Åsa",)
    assert fitted.size == 20


def _letters(text: str) -> str:
    """The text without spaces and hyphens: what wrapping and hyphenating must keep."""
    return text.replace(" ", "").replace("-", "")


def test_wrap_hyphenates_a_word_wider_than_the_box_with_visible_hyphens():
    lines = wrap("Supercalifragilisticexpialidocious", FONTS.regular, 10, 60)
    assert len(lines) > 1
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(line.removesuffix("-") for line in lines) == "Supercalifragilisticexpialidocious"
    assert all(text_width(line, FONTS.regular, 10) <= 60 for line in lines)


def test_wrap_splits_between_characters_what_cannot_be_hyphenated():
    lines = wrap("W" * 30, FONTS.regular, 10, 40)
    assert "".join(lines) == "W" * 30
    assert all(text_width(line, FONTS.regular, 10) <= 40 for line in lines)


def test_a_name_wraps_at_its_space_before_it_shrinks():
    name = "Κωνσταντίνος Παπαδόπουλος"
    width = text_width(name, FONTS.bold, 20) * 0.8  # one line only at 16 pt
    fitted = fit_text(name, FONTS.bold, width=width, max_size=20, min_size=7, max_lines=3)
    assert fitted.lines == ("Κωνσταντίνος", "Παπαδόπουλος")
    assert fitted.size == 20


def test_a_double_barrelled_name_breaks_after_its_hyphen():
    name = "Konstantinopoulou-Papadimitriou"
    width = text_width("Konstantinopoulou-", FONTS.bold, 19) + 1
    fitted = fit_text(name, FONTS.bold, width=width, max_size=19, min_size=7, max_lines=3)
    assert fitted.lines == ("Konstantinopoulou-", "Papadimitriou")
    assert fitted.size == 19


def test_a_long_compound_shrinks_a_little_then_hyphenates_rather_than_shrinking_further():
    word = "Donaudampfschifffahrtsgesellschaft"
    width = text_width(word, FONTS.bold, 20) / 2
    fitted = fit_text(
        word, FONTS.bold, width=width, max_size=20, min_size=6, max_lines=3, language="de"
    )
    assert len(fitted.lines) > 1
    assert fitted.lines[0].endswith("-")
    assert "".join(line.removesuffix("-") for line in fitted.lines) == word
    assert fitted.size >= 10  # one unbroken line would need 10 pt
    assert all(text_width(line, FONTS.bold, fitted.size) <= width for line in fitted.lines)


def test_a_word_slightly_too_wide_shrinks_rather_than_being_hyphenated():
    word = "Papadimitriou"
    width = text_width(word, FONTS.bold, 20) * 0.9
    fitted = fit_text(word, FONTS.bold, width=width, max_size=20, min_size=6, max_lines=3)
    assert fitted.lines == (word,)
    assert 17 <= fitted.size < 20


def test_cjk_names_break_between_characters_without_hyphens():
    name = "王秀英山田太郎김민준"
    width = text_width(name, FONTS.bold, 12) / 2.5
    fitted = fit_text(name, FONTS.bold, width=width, max_size=12, min_size=6, max_lines=3)
    assert fitted.size == 12
    assert "".join(fitted.lines) == name
    assert all(text_width(line, FONTS.bold, 12) <= width for line in fitted.lines)


def test_the_organisation_is_never_larger_than_the_name_and_is_cut_only_beyond_two_lines():
    organisation = "Internationale Gesellschaft für Medizinische Gerätetechnik und Forschung mbH"
    assert len(organisation) > 70
    name, fitted = fit_name_and_organisation(
        "Maximilian-Alexander von Hohenzollern-Sigmaringen",
        organisation,
        name_font=FONTS.bold,
        organisation_font=FONTS.regular,
        width=180,
        height=70,
        name_sizes=(19, 7),
        organisation_sizes=(10.5, 6.5),
    )
    assert fitted.size <= name.size
    assert not fitted.truncated
    assert len(fitted.lines) <= 2
    assert " ".join(fitted.lines) == organisation
    assert name.height() + fitted.height() <= 70 + 1e-6
    # Only an organisation that cannot fit in two lines at the smallest size is shortened.
    _, cut = fit_name_and_organisation(
        "Åsa Öberg",
        organisation * 3,
        name_font=FONTS.bold,
        organisation_font=FONTS.regular,
        width=180,
        height=70,
        name_sizes=(19, 7),
        organisation_sizes=(10.5, 6.5),
    )
    assert cut.truncated
    assert len(cut.lines) == 2
    assert cut.size == 6.5


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(
            whitelist_categories=("Lu", "Ll", "Nd", "Zs", "Po"), max_codepoint=0x04FF
        ),
        max_size=120,
    ),
    width=st.floats(min_value=20, max_value=300),
    lines=st.integers(min_value=1, max_value=3),
)
def test_fitted_text_never_overflows(text, width, lines):
    fitted = fit_text(text, FONTS.bold, width=width, max_size=20, min_size=6, max_lines=lines)
    assert len(fitted.lines) <= lines
    for line in fitted.lines:
        assert text_width(line, FONTS.bold, fitted.size) <= width + 1e-6


@settings(max_examples=80, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(
            whitelist_categories=("Lu", "Ll", "Lo", "Mn", "Nd", "Zs", "Po", "Ps", "Pe", "Sm", "Cf"),
            max_codepoint=0xFFFF,
        ),
        max_size=60,
    ),
    width=st.floats(min_value=20, max_value=300),
)
@example(text="\u0f81", width=20.0)
def test_text_in_any_script_fits_and_draws(tmp_path_factory, text, width):
    """Any mix of scripts, directions, marks and format characters: fitted inside the box,
    drawn without error, and the uncovered characters are exactly those no font has."""
    from brokerage_app.documents.fonts import layout_line, uncovered
    from brokerage_app.documents.output import new_canvas

    fitted = fit_text(text, FONTS.bold, width=width, max_size=20, min_size=6, max_lines=3)
    for line in fitted.lines:
        assert text_width(line, FONTS.bold, fitted.size) <= width + 1e-6
    canvas = new_canvas(
        tmp_path_factory.mktemp("any") / "a.pdf", (300, 300), title="t", subject="s"
    )
    canvas.setFont(FONTS.bold, fitted.size)
    for line in fitted.lines:
        canvas.drawCentredString(150, 150, line)
    canvas.save()
    # Of the text as printed: NFC may decompose a character (U+0F81 into U+0F71 U+0F80).
    missing = set(layout_line(clean(text), FONTS.regular).missing)
    assert missing <= set(uncovered(clean(text)))
