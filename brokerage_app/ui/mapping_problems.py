"""Why a column mapping cannot be used, in the window's language (the CLI words the same
facts in English in ``cli/mapping_problems.py``): the import dialog's mapping files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from brokerage_app.interchange.mapping_problems import MappingFault, MappingProblem


def _kind(kind: str) -> str:
    """An import kind as the import dialog names it (an unknown one as written)."""
    return {
        "attendees": QCoreApplication.translate("MappingProblems", "attendees"),
        "requests": QCoreApplication.translate("MappingProblems", "meeting requests"),
    }.get(kind, kind)


def problem_text(problem: MappingProblem) -> str:
    """The refusal, naming the file, field or column."""
    F = MappingFault
    p = problem
    fault = p.fault
    listed = ", ".join(p.choices)
    if fault is F.NO_SUCH_FILE:
        return QCoreApplication.translate(
            "MappingProblems", "Mapping file {file}: no such file."
        ).format(file=p.file)
    if fault is F.NOT_JSON:
        if p.line:
            return QCoreApplication.translate(
                "MappingProblems",
                "Mapping file {file}: not valid JSON (line {line}, column {column}).",
            ).format(file=p.file, line=p.line, column=p.column)
        return QCoreApplication.translate(
            "MappingProblems", "Mapping file {file}: not valid JSON (it is not UTF-8 text)."
        ).format(file=p.file)
    if fault is F.BAD_SHAPE:
        return QCoreApplication.translate(
            "MappingProblems",
            'Mapping file {file}: expected {{"kind": "attendees", "columns": '
            '{{"field": "Column heading", ...}}}}.',
        ).format(file=p.file)
    if fault is F.BAD_VALUES:
        return QCoreApplication.translate(
            "MappingProblems",
            'Mapping file {file}: "values" must look like {{"priority": {{"Medium": "2"}}}}.',
        ).format(file=p.file)
    if fault is F.NO_VALUE_MAPPING:
        return QCoreApplication.translate(
            "MappingProblems",
            "Mapping file {file}: '{name}' has no value mapping; value fields of {kind} are "
            "{fields}.",
        ).format(file=p.file, name=p.name, kind=_kind(p.kind), fields=listed)
    if fault is F.UNKNOWN_KIND:
        return QCoreApplication.translate(
            "MappingProblems", "Import kind: '{kind}' is not one of {kinds}."
        ).format(kind=p.kind, kinds=listed)
    if fault is F.OTHER_KIND:
        return QCoreApplication.translate(
            "MappingProblems",
            "The mapping is for {kind}, but {imported} are being imported from {source}.",
        ).format(kind=_kind(p.kind), imported=_kind(p.imported), source=p.source)
    if fault is F.NOT_A_FIELD:
        return QCoreApplication.translate(
            "MappingProblems", "Mapping: '{name}' is not a field of {kind}; fields are {fields}."
        ).format(name=p.name, kind=_kind(p.kind), fields=listed)
    return QCoreApplication.translate(
        "MappingProblems",
        "Mapping: the column '{heading}' (for {field}) is not in {source}; its columns are "
        "{columns}.",
    ).format(heading=p.heading, field=p.name, source=p.source, columns=listed)
