"""Load a Species+-style CSV export into an in-memory taxonomy with a names index.

The bundled file is a hand-compiled seed (see data/cites_seed.meta.json); a newer official
export of the same column layout replaces it. Every output names the export in force.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypedDict

from wildtrace.species.annotations import ANNOTATIONS, Annotation, annotation_in

DATA_DIR = Path(__file__).parent / "data"
SEED_CSV = DATA_DIR / "cites_seed.csv"
REQUIRED_COLUMNS = ("Id", "Scientific Name", "Rank", "Listing")
LIST_SEPARATORS = ("|", ";")
RANKS = (
    "KINGDOM",
    "PHYLUM",
    "CLASS",
    "ORDER",
    "FAMILY",
    "GENUS",
    "SPECIES",
    "SUBSPECIES",
    "VARIETY",
)


class SpeciesDataError(Exception):
    """The species file cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class Taxon:
    taxon_id: str
    name: str
    rank: str
    appendix: str
    listed_under: str
    note: str
    kingdom: str
    family: str
    genus: str
    synonyms: tuple[str, ...]
    common_names: dict[str, tuple[str, ...]]
    phylum: str = ""
    klass: str = ""
    order: str = ""
    distribution: tuple[str, ...] = ()

    @property
    def lineage(self) -> tuple[str, ...]:
        """Names of the higher taxa above this one, kingdom first."""
        path = (self.kingdom, self.phylum, self.klass, self.order, self.family, self.genus)
        return tuple(n for n in path if n and n != self.name)


class Identity(TypedDict):
    """What a detection says of its taxon."""

    name: str
    taxon_id: str
    rank: str
    appendix: str


@dataclass(frozen=True)
class NameForm:
    """One way of writing a taxon: scientific, synonym or a common name in a language."""

    text: str
    taxon_id: str
    kind: str
    lang: str | None


@dataclass(frozen=True)
class ExportInfo:
    name: str
    kind: str
    export_date: str | None
    compiled_on: str | None
    path: str

    def label(self) -> str:
        if self.export_date:
            return f"{self.name} of {self.export_date}"
        return (
            f"{self.name} (compiled {self.compiled_on or 'unknown date'}, not an official export)"
        )


class KnowledgeBase:
    """Taxa by id and by name, and the flat list of name forms the detectors index."""

    def __init__(self, taxa: Iterable[Taxon], export: ExportInfo) -> None:
        self.export = export
        self.taxa: dict[str, Taxon] = {t.taxon_id: t for t in taxa}
        self.by_name: dict[str, Taxon] = {t.name.lower(): t for t in self.taxa.values()}
        self.name_forms: tuple[NameForm, ...] = tuple(self._name_forms())
        self._annotations: dict[str, Annotation | None] = {}  # by taxon id, filled on use

    def _name_forms(self) -> Iterable[NameForm]:
        for taxon in self.taxa.values():
            yield NameForm(taxon.name, taxon.taxon_id, "scientific", None)
            for synonym in taxon.synonyms:
                yield NameForm(synonym, taxon.taxon_id, "synonym", None)
            for lang, names in taxon.common_names.items():
                for name in names:
                    yield NameForm(name, taxon.taxon_id, "common", lang)

    def lookup(self, name: str) -> Taxon | None:
        """Any name form (accepted, synonym, common) → the accepted taxon."""
        key = name.strip().lower()
        if key in self.by_name:
            return self.by_name[key]
        for form in self.name_forms:
            if form.text.lower() == key:
                return self.taxa[form.taxon_id]
        return None

    def effective_annotation(self, taxon: Taxon) -> Annotation | None:
        """The annotation limiting a plant's listing to some parts and derivatives: its own, or
        that of the higher taxon it is listed under (every orchid has the family's #4)."""
        if taxon.taxon_id not in self._annotations:
            self._annotations[taxon.taxon_id] = self._annotation_of(taxon)
        return self._annotations[taxon.taxon_id]

    def _annotation_of(self, taxon: Taxon) -> Annotation | None:
        if taxon.kingdom != "Plantae" or self.effective_appendix(taxon) == "I":
            return None  # annotations limit Appendix II and III listings only
        for name in (taxon.name, taxon.listed_under, *reversed(taxon.lineage)):
            holder = self.by_name.get(name.lower()) if name else None
            number = annotation_in(holder.note) if holder else None
            if number:
                return ANNOTATIONS[number]
        return None

    def identity(self, taxon: Taxon) -> Identity:
        """The fields a detection takes from its taxon (name, id, rank, listing in force), for
        a match read again as another taxon: `replace(match, **kb.identity(taxon))`."""
        return Identity(
            name=taxon.name,
            taxon_id=taxon.taxon_id,
            rank=taxon.rank,
            appendix=self.effective_appendix(taxon),
        )

    def effective_appendix(self, taxon: Taxon) -> str:
        """A taxon's own listing, or the listing of the higher taxon it is listed under."""
        if taxon.appendix:
            return taxon.appendix
        parent = self.by_name.get(taxon.listed_under.lower()) if taxon.listed_under else None
        return parent.appendix if parent else ""


def _split(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    text = value
    for sep in LIST_SEPARATORS[1:]:
        text = text.replace(sep, LIST_SEPARATORS[0])
    return tuple(part.strip() for part in text.split(LIST_SEPARATORS[0]) if part.strip())


def _row_to_taxon(row: dict[str, str], line: int, source: str) -> Taxon:
    name = (row.get("Scientific Name") or "").strip()
    rank = (row.get("Rank") or "").strip().upper()
    if not name:
        raise SpeciesDataError(f"{source}: line {line}: empty Scientific Name")
    if rank not in RANKS:
        raise SpeciesDataError(f"{source}: line {line}: unknown Rank {rank!r} for {name}")
    common = {
        lang: _split(row.get(column))
        for lang, column in (
            ("en", "English Names"),
            ("fr", "French Names"),
            ("es", "Spanish Names"),
        )
        if row.get(column)
    }
    return Taxon(
        taxon_id=(row.get("Id") or "").strip(),
        name=name,
        rank=rank,
        appendix=(row.get("Listing") or "").strip(),
        listed_under=(row.get("Listed under") or "").strip(),
        # Species+ exports give the annotation ("#4 All parts and derivatives, except …") in
        # a column of its own; the seed writes it into the note
        note=" ".join(
            part
            for part in (
                (row.get("Full note") or "").strip(),
                (row.get("# Full note") or "").strip(),
            )
            if part
        ),
        kingdom=(row.get("Kingdom") or "").strip(),
        family=(row.get("Family") or "").strip(),
        genus=(row.get("Genus") or "").strip(),
        synonyms=_split(row.get("Synonyms")),
        common_names=common,
        phylum=(row.get("Phylum") or "").strip(),
        klass=(row.get("Class") or "").strip(),
        order=(row.get("Order") or "").strip(),
        distribution=_split(row.get("All_DistributionISOCodes")),
    )


def parse_species_csv(text: str, source: str) -> list[Taxon]:
    """Parse a Species+-layout CSV; raise SpeciesDataError on a wrong layout."""
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise SpeciesDataError(f"{source}: missing column(s) {', '.join(missing)}")
    taxa = [_row_to_taxon(row, n, source) for n, row in enumerate(reader, start=2)]
    if not taxa:
        raise SpeciesDataError(f"{source}: no taxa")
    return taxa


def _read_export_info(csv_path: Path) -> ExportInfo:
    meta_path = csv_path.with_suffix(".meta.json")
    meta: dict[str, str | None] = {}
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return ExportInfo(
        name=str(meta.get("name") or csv_path.stem),
        kind=str(meta.get("kind") or "export"),
        export_date=meta.get("export_date"),
        compiled_on=meta.get("compiled_on"),
        path=str(csv_path),
    )


def load_knowledge_base(csv_path: Path = SEED_CSV) -> KnowledgeBase:
    try:
        text = csv_path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpeciesDataError(f"{csv_path}: cannot read ({exc})") from exc
    return KnowledgeBase(parse_species_csv(text, str(csv_path)), _read_export_info(csv_path))


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    return load_knowledge_base()
