from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from brokerage_app.documents.fonts import register_fonts
from brokerage_app.documents.text import ELLIPSIS, clean, fit_text, text_width, wrap
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
    assert " ".join(fitted.lines) == LONG_NAME
    for line in fitted.lines:
        assert text_width(line, FONTS.bold, fitted.size) <= width


def test_text_that_cannot_fit_is_cut_with_an_ellipsis_inside_the_box():
    fitted = fit_text("W" * 300, FONTS.bold, width=60, max_size=12, min_size=8, max_lines=2)
    assert fitted.truncated
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, FONTS.bold, fitted.size) <= 60 for line in fitted.lines)


def test_short_text_keeps_its_largest_size_on_one_line():
    fitted = fit_text("Åsa", FONTS.bold, width=200, max_size=20, min_size=8, max_lines=2)
    assert fitted.lines == ("Åsa",)
    assert fitted.size == 20


def test_wrap_splits_a_word_wider_than_the_box():
    lines = wrap("Supercalifragilisticexpialidocious", FONTS.regular, 10, 40)
    assert "".join(lines) == "Supercalifragilisticexpialidocious"
    assert all(text_width(line, FONTS.regular, 10) <= 40 for line in lines)


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
