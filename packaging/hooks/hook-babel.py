"""PyInstaller hook: Babel's CLDR data, with only the locales the program reads.

The program names countries and languages in English and Swedish (``domain/locale_names.py``):
Babel reads ``global.dat`` and, for a locale, its file and its parents' (``sv.dat``,
``root.dat``; ``en_GB.dat``, ``en_001.dat``, ``en.dat``). The other 1,100 locales are 32 MB
it never reads. This hook replaces PyInstaller's own for Babel (hookspath wins).
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

KEPT_LOCALES = ("root", "en", "sv")


def _kept(source: str) -> bool:
    path = Path(source)
    if path.parent.name != "locale-data":
        return True
    return path.stem.split("_")[0] in KEPT_LOCALES


datas = [(source, target) for source, target in collect_data_files("babel") if _kept(source)]
datas += copy_metadata("babel")
