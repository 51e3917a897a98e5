"""Domain objects shared by every stage: plain frozen dataclasses, no I/O."""

from wildtrace.domain.analysis import Analysis, RiskAssessment, RiskReason, TaxonMatch
from wildtrace.domain.listing import FetchedPage, ListingRecord, ParsedSearchPage

__all__ = [
    "Analysis",
    "FetchedPage",
    "ListingRecord",
    "ParsedSearchPage",
    "RiskAssessment",
    "RiskReason",
    "TaxonMatch",
]
