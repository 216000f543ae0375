"""PyInstaller hook: pycountry's ISO data, without its translations.

The program takes ISO's country and language codes and English names from pycountry and
their names in other languages from Babel's CLDR data (``domain/locale_names.py``), so
pycountry's gettext translations are 20 MB it never reads. This hook replaces the one in
pyinstaller-hooks-contrib (hookspath wins).
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = [
    (source, target)
    for source, target in collect_data_files("pycountry")
    if "locales" not in Path(source).parts
]
datas += copy_metadata("pycountry")
