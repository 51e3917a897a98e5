"""Render command results for people (rich tables) and for programs (one JSON object)."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from wildtrace.patrol.summary import PatrolSummary


def print_json(console: Console, data: Any) -> None:
    """Plain JSON (no colour, no wrapping), so programs can read it."""
    console.file.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    console.file.flush()


def render_summary(console: Console, summary: PatrolSummary) -> None:
    table = Table(
        title=f"Patrol {summary.plan} (run {summary.run_id}, {summary.status})", show_header=False
    )
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("pages fetched", str(summary.pages_fetched))
    table.add_row("listings new", str(summary.listings_new))
    table.add_row("listings updated", str(summary.listings_updated))
    table.add_row("listings unchanged", str(summary.listings_unchanged))
    table.add_row("listings removed", str(summary.listings_removed))
    table.add_row("alerts", str(summary.alerts))
    for appendix, count in summary.alerts_by_appendix.items():
        table.add_row(f"  Appendix {appendix}", str(count))
    table.add_row("errors", str(summary.errors))
    console.print(table)
    if summary.alerts_by_taxon:
        taxa = Table(title="Alerts by taxon")
        taxa.add_column("taxon")
        taxa.add_column("alerts", justify="right")
        for name, count in list(summary.alerts_by_taxon.items())[:15]:
            taxa.add_row(name, str(count))
        console.print(taxa)
    for message in summary.error_messages:
        console.print(f"[red]error[/red] {message}", highlight=False)
    console.print(f"Species data: {summary.species_export}", highlight=False)


def render_rows(console: Console, title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)
