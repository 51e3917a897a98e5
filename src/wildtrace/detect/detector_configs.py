"""The detectors' settings, as pydantic models (the plugin contract's `Config`).

They live apart from the detectors because the detectors are compiled into the compiled core
(see compiled_core.py) and pydantic models cannot be: a model subclass is built by pydantic's
metaclass at import, which compiled classes do not go through.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class LexiconTermsDetectorConfig(BaseModel):
    code_words: bool = Field(default=True, description="Match code words and euphemisms.")
    emoji: bool = Field(default=True, description="Match emoji that stand for wildlife.")
    fuzzy: bool = Field(default=True, description="Also match names misspelled by 1–2 letters.")
    implied: bool = Field(
        default=True, description="Infer a taxon from a product word and a confirming word."
    )


class SpeciesNameDetectorConfig(BaseModel):
    fuzzy: bool = Field(default=True, description="Also match misspelled binomials (≤ 2 edits).")
