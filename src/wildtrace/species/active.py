"""Which species data is in force: an imported Species+ export under WILDTRACE_HOME, or the
bundled seed. `wildtrace species import` records a new export and its date here."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

from wildtrace.species.kb import (
    SEED_CSV,
    KnowledgeBase,
    SpeciesDataError,
    default_knowledge_base,
    load_knowledge_base,
    parse_species_csv,
)

DATE_IN_NAME = re.compile(r"(20\d\d)[-_]?(\d\d)[-_]?(\d\d)")


def species_dir(home: Path) -> Path:
    return home / "species"


def active_csv(home: Path) -> Path:
    path = species_dir(home) / "active.csv"
    return path if path.is_file() else SEED_CSV


def knowledge_base_for(home: Path) -> KnowledgeBase:
    path = active_csv(home)
    return default_knowledge_base() if path == SEED_CSV else load_knowledge_base(path)


def export_date_of(source: Path, given: str | None) -> str:
    if given:
        try:
            return date.fromisoformat(given).isoformat()
        except ValueError as exc:
            raise SpeciesDataError(f"--date {given!r}: expected YYYY-MM-DD") from exc
    match = DATE_IN_NAME.search(source.name)
    if match:
        return "-".join(match.groups())
    raise SpeciesDataError(
        f"{source}: no date in the file name; give the export date with --date YYYY-MM-DD"
    )


def import_export(source: Path, home: Path, export_date: str | None) -> tuple[int, str]:
    """Validate a Species+ CSV export and make it the data in force; return (taxa, date)."""
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpeciesDataError(f"{source}: cannot read ({exc})") from exc
    taxa = parse_species_csv(text, str(source))
    when = export_date_of(source, export_date)
    target = species_dir(home)
    target.mkdir(parents=True, exist_ok=True)
    tmp_csv, tmp_meta = target / ".active.csv.tmp", target / ".active.meta.json.tmp"
    shutil.copyfile(source, tmp_csv)
    tmp_meta.write_text(
        json.dumps(
            {
                "name": "Species+ export",
                "kind": "export",
                "export_date": when,
                "source_file": source.name,
                "rows": len(taxa),
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    tmp_meta.replace(target / "active.meta.json")
    tmp_csv.replace(target / "active.csv")
    return len(taxa), when
