"""Exporter plugins: alerts as JSON lines or CSV, for spreadsheets and other tools.

Legal/ethical note: exports carry seller handles; share them only under the data-sharing rules
that apply to the case.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from pydantic import BaseModel, Field

CSV_COLUMNS = (
    "id",
    "score",
    "appendix",
    "taxon",
    "status",
    "created_at",
    "source",
    "external_id",
    "title",
    "url",
    "seller",
    "price",
    "currency",
    "reasons",
)


class AlertsExportConfig(BaseModel):
    include_reasons: bool = Field(default=True, description="Add the risk reasons.")


class AlertsJsonlExporter:
    id = "exporter.alerts_jsonl.v1"
    kind = "exporter"
    summary = "Alerts as JSON lines, one alert per line"
    Config = AlertsExportConfig

    def __init__(self, config: AlertsExportConfig | None = None) -> None:
        self.config = config or AlertsExportConfig()

    def write(self, rows: list[dict[str, Any]], output: TextIO) -> int:
        for row in rows:
            data = (
                row
                if self.config.include_reasons
                else {k: v for k, v in row.items() if k != "reasons"}
            )
            output.write(json.dumps(data, ensure_ascii=False) + "\n")
        return len(rows)


class AlertsCsvExporter:
    id = "exporter.alerts_csv.v1"
    kind = "exporter"
    summary = "Alerts as CSV (UTF-8, one row per alert)"
    Config = AlertsExportConfig

    def __init__(self, config: AlertsExportConfig | None = None) -> None:
        self.config = config or AlertsExportConfig()

    def write(self, rows: list[dict[str, Any]], output: TextIO) -> int:
        columns = [c for c in CSV_COLUMNS if self.config.include_reasons or c != "reasons"]
        writer = csv.DictWriter(output, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "reasons": "; ".join(row.get("reasons", []))})
        return len(rows)
