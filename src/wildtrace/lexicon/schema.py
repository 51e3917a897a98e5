"""The lexicon's file formats (pydantic models; their JSON Schemas document the files).

Every term ends up with its language, its source and whether a person reviewed it: a block's
`source`/`reviewed` apply to the terms inside it unless an entry overrides them.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

Lang = Literal[
    "en",
    "fr",
    "es",
    "pt",
    "de",
    "it",
    "zh",
    "vi",
    "th",
    "id",
    "ru",
    "ar",
    "ja",
    "ko",
    "ms",
    "hi",
    "tl",
    "nl",
    "pl",
    "tr",
    "sw",
]
LANGS: tuple[str, ...] = get_args(Lang)  # the same list, for messages and checks
Product = Literal[
    "ivory",
    "horn",
    "scales",
    "bone",
    "skin",
    "fur",
    "claw",
    "tooth",
    "bile",
    "gallbladder",
    "paw",
    "fin",
    "maw",
    "shell",
    "casque",
    "meat",
    "blood",
    "wine",
    "powder",
    "oil",
    "wood",
    "resin",
    "live",
    "egg",
    "feather",
    "wool",
    "musk",
    "penis",
    "carving",
    "whole",
    "coral",
    # plant parts and goods, which a plant listing's annotation may leave out
    "seed",
    "fruit",
    "flower",
    "leaf",
    "root",
    "extract",
    "finished",
    "instrument",
    "other",
]
PRODUCTS: tuple[str, ...] = get_args(Product)  # the same list, for messages and checks
Terms = list[str]


class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str | None = Field(default=None, description="Where the terms come from.")
    reviewed: bool | None = Field(default=None, description="Checked by a person.")


class NameEntry(Provenance):
    taxon: str = Field(description="Accepted name in the knowledge base.")
    misspelled: bool = Field(
        default=False, description="The names are misspellings: a match reports the evasion."
    )
    accents: bool = Field(
        default=False,
        description="Match only as written with the same marks: Vietnamese răng hổ (tiger "
        "teeth) typed without them is răng hô (buck teeth) as often.",
    )
    names: dict[Lang, Terms]


class NamesFile(Provenance):
    schema_: Literal["wildtrace.lexicon.names/1"] = Field(alias="schema")
    entries: list[NameEntry]


class ProductEntry(Provenance):
    product: Product
    taxon: str | None = Field(default=None, description="Taxon the term alone points to.")
    terms: dict[Lang, Terms]


class ProductsFile(Provenance):
    schema_: Literal["wildtrace.lexicon.products/1"] = Field(alias="schema")
    entries: list[ProductEntry]


class CodeWordEntry(Provenance):
    term: str = Field(min_length=2)
    lang: Lang
    taxon: str | None = None
    product: Product | None = None
    meaning: str
    citation: str | None = Field(default=None, description="Public source reporting its use.")


class CodeWordsFile(Provenance):
    schema_: Literal["wildtrace.lexicon.code_words/1"] = Field(alias="schema")
    entries: list[CodeWordEntry]


class IntentEntry(Provenance):
    lang: Lang
    kind: Literal["offer", "wanted", "price", "shipping", "contact", "amount"] = Field(
        description="amount: a sum of money; it makes a text an offer but, unlike a price "
        "request, does not outweigh news cues (reports give values too)."
    )
    accents: bool = Field(
        default=False,
        description="Match with accents kept: Vietnamese bán (sell) folds to ban, as bạn (you).",
    )
    terms: Terms


class IntentFile(Provenance):
    schema_: Literal["wildtrace.lexicon.intent/1"] = Field(alias="schema")
    entries: list[IntentEntry]


class ContextEntry(Provenance):
    lang: Lang
    kind: Literal[
        "permit", "no_papers", "negation", "pattern", "figure", "news", "antique", "talk", "goods"
    ] = Field(
        description="pattern: a word for a pattern or print (motif, estampado, print); it "
        "negates only a name right beside it, on the side `depicts` gives. figure: a word for "
        "a statue or carving (figurine, statuette de, estatua de); like a pattern it unmakes "
        "the animal it shows, but not the material it is made of (ivory, rosewood, coral). "
        "talk: a phrase of a "
        "post about animals that trades none (a care or identification question, a memorial, "
        "a zoo or rescue post, a question about the law, a school project). goods: an "
        "everyday article a listing sells (a motorbike, a phone, a scarf, tickets, a room): an "
        "animal emoji in a listing of such goods with no animal named decorates it."
    )
    depicts: Literal["next", "previous", "either"] = Field(
        default="either",
        description="For a pattern word, where the language puts what the pattern shows: "
        "'motif harimau', 'estampado leopardo' (next); 'leopard print' (previous).",
    )
    terms: Terms

    @model_validator(mode="after")
    def _depicts_only_patterns(self) -> ContextEntry:
        if self.depicts != "either" and self.kind not in ("pattern", "figure"):
            raise ValueError("depicts applies to pattern and figure words only")
        return self


class ContextFile(Provenance):
    schema_: Literal["wildtrace.lexicon.context/1"] = Field(alias="schema")
    entries: list[ContextEntry]


class TrapEntry(Provenance):
    lang: Lang
    accents: bool = Field(
        default=False,
        description="Match with accents kept: Vietnamese vườn (garden) folds to vuon, as vượn "
        "(gibbon).",
    )
    phrases: Terms


class TrapsFile(Provenance):
    schema_: Literal["wildtrace.lexicon.traps/1"] = Field(alias="schema")
    entries: list[TrapEntry]


class EmojiEntry(Provenance):
    emoji: str = Field(min_length=1)
    taxon: str | None = None
    product: Product | None = None
    meaning: str


class EmojiFile(Provenance):
    schema_: Literal["wildtrace.lexicon.emoji/1"] = Field(alias="schema")
    entries: list[EmojiEntry]


class ImpliedEntry(Provenance):
    """A product word that, with a confirming word nearby, only one taxon yields ("casque" +
    "carved" → helmeted hornbill; "maw" + "Mexican" → totoaba)."""

    rule: str = Field(min_length=2, description="Short id of the rule, shown in signals.")
    taxon: str = Field(description="Accepted name the product implies.")
    product: Product
    why: str = Field(description="Why only this taxon yields the product.")
    citation: str | None = Field(default=None, description="Public source, where one is known.")
    code_word: bool = Field(
        default=False, description="The triggers are code words (reported as an evasion)."
    )
    triggers: dict[Lang, Terms]
    context: dict[Lang, Terms] = Field(
        default_factory=dict,
        description="Words of which one must be near a trigger; empty: the trigger suffices.",
    )


class ImpliedFile(Provenance):
    schema_: Literal["wildtrace.lexicon.implied/1"] = Field(alias="schema")
    entries: list[ImpliedEntry]


class FalseFriendEntry(Provenance):
    """A name of a taxon in one language that is an everyday word in others: Tagalog "tuko"
    (tokay gecko) is Swahili "tuko" (we are), Spanish "mono" (monkey) is mono sound."""

    form: str = Field(min_length=2, description="The word as written, without marks.")
    name_lang: Lang = Field(description="The language in which the word names a taxon.")
    other_langs: list[Lang] = Field(
        min_length=1, description="Languages in which it is an everyday word."
    )
    meaning: str = Field(description="What it means in the other languages.")


class FalseFriendsFile(Provenance):
    """False friends and the frequent words that tell which language a text is written in: a
    false friend names nothing in a text with more of the other language's words than of the
    name's."""

    schema_: Literal["wildtrace.lexicon.false_friends/1"] = Field(alias="schema")
    words: dict[Lang, Terms] = Field(
        description="Frequent words of each language (function words, everyday trade words)."
    )
    entries: list[FalseFriendEntry]

    @model_validator(mode="after")
    def _languages_have_words(self) -> FalseFriendsFile:
        for entry in self.entries:
            for lang in (entry.name_lang, *entry.other_langs):
                if not self.words.get(lang):
                    raise ValueError(f"{entry.form}: no frequent words for {lang!r}")
            if entry.name_lang in entry.other_langs:
                raise ValueError(f"{entry.form}: {entry.name_lang!r} is both name and other")
        return self


FILE_MODELS: dict[str, type[BaseModel]] = {
    "wildtrace.lexicon.names/1": NamesFile,
    "wildtrace.lexicon.products/1": ProductsFile,
    "wildtrace.lexicon.code_words/1": CodeWordsFile,
    "wildtrace.lexicon.intent/1": IntentFile,
    "wildtrace.lexicon.context/1": ContextFile,
    "wildtrace.lexicon.traps/1": TrapsFile,
    "wildtrace.lexicon.emoji/1": EmojiFile,
    "wildtrace.lexicon.implied/1": ImpliedFile,
    "wildtrace.lexicon.false_friends/1": FalseFriendsFile,
}
