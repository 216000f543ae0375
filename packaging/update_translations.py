"""Refresh the translation catalogues from the interface code and compile them.

    uv run python packaging/update_translations.py            # lupdate + lrelease
    uv run python packaging/update_translations.py --check    # only fail on untranslated texts
    uv run python packaging/update_translations.py --apply sv.json   # fill in translations

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` text of ``brokerage_app/ui``
   into ``resources/translations/brokerage_app_<lang>.ts``,
   keeping the translations already there (a text that left the code is dropped).
2. ``--apply`` writes translations from a JSON object ``{"source text": "translation"}``
   (a list of forms for a ``%n`` plural) into every context holding that source text, or
   ``{"Context::source text": ...}`` into one context only, and marks them finished; Qt
   Linguist can be used on the same ``.ts`` instead.
3. ``pyside6-lrelease`` compiles the finished translations into ``brokerage_app_<lang>.qm``.
   Every message is compiled a second time under the context ``@any`` so that
   ``brokerage_app.ui.i18n.CatalogueTranslator`` finds a text whose runtime context (the
   instance's class in PySide) differs from the one lupdate saw (the enclosing class).

Both the ``.ts`` and the small ``.qm`` are committed, so a fresh checkout runs translated
without a build step; run this script after changing interface texts.

``--check`` (run by ``.ci/run``) scans the code into a temporary copy of each catalogue and
exits 1 if any text there lacks a finished translation: a new ``tr()`` text, or one whose
English changed. It writes nothing in the repository.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "brokerage_app"
LANGUAGES = ("sv",)
ANY_CONTEXT = "@any"  # keep in step with brokerage_app.ui.i18n.ANY_CONTEXT


def source_files() -> list[Path]:
    return sorted((ROOT / "brokerage_app" / "ui").rglob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.qm"


def qt_tool(name: str) -> str:
    """The PySide6 wrapper next to this interpreter (``uv run``), else one on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; run this script with `uv run`")
    return found


def run_lupdate(language: str, target: Path | None = None, *, quiet: bool = False) -> None:
    """Scan the code into the catalogue of ``language`` (or into ``target``, a copy of it)."""
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    command = [qt_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "absolute"]
    command += [*files, "-target-language", language, "-ts", str(target or ts_path(language))]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=quiet)


def messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_live(message: ET.Element) -> bool:
    translation = message.find("translation")
    kind = translation.get("type", "") if translation is not None else ""
    return kind not in ("vanished", "obsolete")


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    if translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def apply_translations(language: str, table: dict[str, str | list[str]]) -> int:
    """Write ``table`` into the ``.ts``; returns how many messages were filled in."""
    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        # A translation for one context ("Context::source") wins over the general one.
        key = next((k for k in (f"{context}::{source}", source) if k in table), None)
        if key is None:
            continue
        translation = message.find("translation")
        assert translation is not None
        for form in list(translation):
            translation.remove(form)
        value = table[key]
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            translation.text = None
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
        else:
            if isinstance(value, list):
                raise SystemExit(f"{source!r} is not a plural in the code; give one translation")
            translation.text = value
        translation.attrib.pop("type", None)
        filled += 1
    write_ts(tree, path)
    return filled


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def with_any_context(path: Path, target: Path) -> None:
    """A copy of the catalogue whose finished messages also sit under ``@any``."""
    tree = ET.parse(path)
    extra = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(extra, "name").text = ANY_CONTEXT
    seen: set[tuple[str, str]] = set()
    for context, message in list(messages(tree)):
        if context == ANY_CONTEXT or not is_live(message) or not is_finished(message):
            continue
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        if key in seen:
            continue
        seen.add(key)
        copy = ET.fromstring(ET.tostring(message))
        for location in copy.findall("location"):
            copy.remove(location)
        extra.append(copy)
    write_ts(tree, target)


def run_lrelease(language: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        merged = Path(folder) / ts_path(language).name
        with_any_context(ts_path(language), merged)
        command = [
            qt_tool("pyside6-lrelease"),
            "-silent",
            str(merged),
            "-qm",
            str(qm_path(language)),
        ]
        subprocess.run(command, check=True)


def unfinished(language: str, catalogue: Path | None = None) -> list[str]:
    tree = ET.parse(catalogue or ts_path(language))
    return [
        f"{context}: {message.findtext('source')!r}"
        for context, message in messages(tree)
        if is_live(message) and not is_finished(message)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    parser.add_argument("--apply", type=Path, metavar="JSON", help="translations to fill in")
    parser.add_argument(
        "--check", action="store_true", help="only check: exit 1 if a text is untranslated"
    )
    parser.add_argument("--no-scan", action="store_true", help="skip lupdate")
    args = parser.parse_args(argv)
    if args.check:
        return check(args.language or LANGUAGES, scan=not args.no_scan)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in args.language or LANGUAGES:
        if not args.no_scan:
            run_lupdate(language)
        if args.apply:
            table = json.loads(args.apply.read_text(encoding="utf-8"))
            print(f"{language}: filled in {apply_translations(language, table)} translation(s)")
            if not args.no_scan:
                run_lupdate(language)  # back to lupdate's own layout: quiet diffs
        run_lrelease(language)
        missing = unfinished(language)
        print(f"{language}: {len(missing)} untranslated text(s) in {ts_path(language).name}")
        for line in missing:
            print(f"  {line}")
    return 0


def check(languages: Sequence[str], *, scan: bool = True) -> int:
    """1 if the code has a text without a finished translation; the repository is untouched."""
    status = 0
    for language in languages:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / ts_path(language).name
            shutil.copyfile(ts_path(language), copy)
            if scan:
                run_lupdate(language, copy, quiet=True)
            missing = unfinished(language, copy)
        print(f"{language}: {len(missing)} untranslated text(s) in the interface code")
        for line in missing:
            print(f"  {line}")
        if missing:
            status = 1
            print(
                "  Translate them: uv run python packaging/update_translations.py --apply FILE"
                " (see docs/guide/translations.md)"
            )
    return status


if __name__ == "__main__":
    sys.exit(main())
