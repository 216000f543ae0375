"""PyInstaller hook: pycountry's data, with only the translations the program uses.

The program translates country names (gettext domain iso3166-1) for agendas, badges and
imports; the other domains (subdivisions, currencies, scripts, languages) are 20 MB it never
reads. This hook replaces the one in pyinstaller-hooks-contrib (hookspath wins).
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

USED_DOMAINS = {"iso3166-1.mo"}

datas = [
    (source, target)
    for source, target in collect_data_files("pycountry")
    if "locales" not in Path(source).parts or Path(source).name in USED_DOMAINS
]
datas += copy_metadata("pycountry")
