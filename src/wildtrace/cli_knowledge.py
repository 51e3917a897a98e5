"""`wildtrace species …` and `wildtrace lexicon …`: the knowledge the detectors use."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wildtrace.cli_render import print_json, render_rows
from wildtrace.cli_shared import JsonFlag, err, fail, out, settings
from wildtrace.species.kb import KnowledgeBase, SpeciesDataError, Taxon

species_app = typer.Typer(help="The CITES species data in force: import, show, search.")
lexicon_app = typer.Typer(help="The multilingual trade lexicon.")


def _kb() -> KnowledgeBase:
    from wildtrace.species.active import knowledge_base_for

    try:
        return knowledge_base_for(settings().settings.home)
    except SpeciesDataError as exc:
        raise fail(str(exc)) from None


def _taxon_json(kb: KnowledgeBase, taxon: Taxon) -> dict[str, object]:
    annotation = kb.effective_annotation(taxon)
    return {
        "taxon_id": taxon.taxon_id,
        "name": taxon.name,
        "rank": taxon.rank,
        "appendix": kb.effective_appendix(taxon),
        "own_listing": taxon.appendix,
        "listed_under": taxon.listed_under or None,
        "note": taxon.note or None,
        "annotation": (
            {"number": annotation.number, "covers": annotation.covers} if annotation else None
        ),
        "lineage": list(taxon.lineage),
        "synonyms": list(taxon.synonyms),
        "common_names": {k: list(v) for k, v in taxon.common_names.items()},
        "distribution": list(taxon.distribution),
        "species_export": kb.export.label(),
    }


@species_app.command("import")
def species_import(
    file: Annotated[Path, typer.Argument(help="Species+ CSV export (same column layout).")],
    date: Annotated[
        str | None, typer.Option(help="Export date, YYYY-MM-DD (else from the file name).")
    ] = None,
) -> None:
    """Make a newer Species+ export the species data in force."""
    from wildtrace.species.active import import_export

    try:
        rows, when = import_export(file, settings().settings.home, date)
    except SpeciesDataError as exc:
        raise fail(str(exc)) from None
    out.print(
        f"imported {rows} taxa from {file.name}: Species+ export of {when} is now in force",
        highlight=False,
    )


@species_app.command("show")
def species_show(
    name: Annotated[str, typer.Argument(help="Any name: accepted, synonym, common name.")],
    as_json: JsonFlag = False,
) -> None:
    """A taxon's listing, names and lineage."""
    kb = _kb()
    taxon = kb.lookup(name)
    if taxon is None:
        raise fail(f"no taxon named {name!r} in {kb.export.label()}", code=1)
    data = _taxon_json(kb, taxon)
    if as_json:
        print_json(out, data)
        return
    render_rows(
        out,
        f"{taxon.name} ({taxon.rank.lower()})",
        ["field", "value"],
        [[k, v] for k, v in data.items() if v],
    )


@species_app.command("search")
def species_search(
    text: Annotated[str, typer.Argument(help="Part of any name.")],
    as_json: JsonFlag = False,
    limit: Annotated[int, typer.Option(min=1)] = 20,
) -> None:
    """Taxa whose names contain TEXT (case and accents ignored)."""
    from wildtrace.textnorm.normalise import normalise

    kb = _kb()
    needle = normalise(text).text
    hits: dict[str, str] = {}
    for form in kb.name_forms:
        if needle in normalise(form.text).text and form.taxon_id not in hits:
            hits[form.taxon_id] = form.text
        if len(hits) >= limit:
            break
    rows = [(kb.taxa[i], matched) for i, matched in hits.items()]
    if as_json:
        print_json(out, [{**_taxon_json(kb, t), "matched": m} for t, m in rows])
        return
    render_rows(
        out,
        f"Taxa matching {text!r} ({kb.export.label()})",
        ["name", "rank", "appendix", "matched"],
        [[t.name, t.rank.lower(), kb.effective_appendix(t), m] for t, m in rows],
    )


@lexicon_app.command("check")
def lexicon_check() -> None:
    """Validate the lexicon files against their schema and the species data."""
    from wildtrace.lexicon.load import check_lexicon, lexicon_files

    problems, count = check_lexicon(_kb())
    for problem in problems:
        err.print(f"wildtrace: {problem}", highlight=False, markup=False)
    if problems:
        raise typer.Exit(1)
    out.print(f"ok: {count} terms in {len(lexicon_files())} files", highlight=False)
