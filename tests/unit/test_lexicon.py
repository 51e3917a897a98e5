"""The lexicon files: valid, linked to the species data, with provenance on every term."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from wildtrace.lexicon.load import LexiconError, check_lexicon, load_lexicon
from wildtrace.species.kb import default_knowledge_base

KB = default_knowledge_base()


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(KB)


def test_bundled_lexicon_is_valid(lexicon) -> None:
    problems, count = check_lexicon(KB)
    assert problems == []
    assert count == len(lexicon.terms) > 3000
    assert all(t.lang or t.kind == "emoji" for t in lexicon.terms)
    assert all(t.source for t in lexicon.terms)


def test_coverage_of_most_trafficked_taxa(lexicon) -> None:
    langs_by_taxon: dict[str, set[str]] = {}
    for term in lexicon.of_kind("name"):
        langs_by_taxon.setdefault(str(term.taxon), set()).add(str(term.lang))
    well_covered = [t for t, langs in langs_by_taxon.items() if len(langs) >= 12]
    assert len(langs_by_taxon) >= 150
    assert len(well_covered) >= 100
    kinds = Counter(t.kind for t in lexicon.terms)
    assert kinds["code_word"] >= 50 and kinds["trap"] >= 100 and kinds["emoji"] >= 15
    assert any(t.citation for t in lexicon.of_kind("code_word"))


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "x.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("schema: nope\nentries: []\n", "'schema' must be one of"),
        ("schema: [unclosed\n", "not valid UTF-8 YAML"),
        (
            "schema: wildtrace.lexicon.names/1\nentries:\n  - taxon: Loxodonta africana\n"
            "    names: {xx: [a name]}\n",
            "entries.0.names.xx",
        ),
        (
            "schema: wildtrace.lexicon.names/1\nentries:\n  - taxon: Unicornis magica\n"
            "    names: {en: [unicorn]}\n",
            "taxon 'Unicornis magica' is not in the species data",
        ),
        (
            "schema: wildtrace.lexicon.traps/1\nentries:\n  - lang: en\n    phrase: [x]\n",
            "entries.0.phrases: Field required",
        ),
        (
            "schema: wildtrace.lexicon.implied/1\nentries:\n  - rule: horn\n"
            "    taxon: Unicornis magica\n    product: horn\n    why: only unicorns\n"
            "    triggers: {en: [spiral horn]}\n",
            "taxon 'Unicornis magica' is not in the species data",
        ),
        (
            "schema: wildtrace.lexicon.context/1\nentries:\n  - lang: en\n    kind: negation\n"
            "    depicts: next\n    terms: [toy]\n",
            "depicts applies to pattern and figure words only",
        ),
        (
            "schema: wildtrace.lexicon.names/1\nentries:\n  - taxon: Manidae\n    names:\n"
            "      vi: [tê tê]\n      vi: [xuyên sơn giáp]\n",
            "key 'vi' written twice",
        ),
        (
            "schema: wildtrace.lexicon.false_friends/1\nwords: {sw: [kwa, ya]}\nentries:\n"
            "  - form: tuko\n    name_lang: tl\n    other_langs: [sw]\n    meaning: we are\n",
            "tuko: no frequent words for 'tl'",
        ),
        (
            "schema: wildtrace.lexicon.false_friends/1\nwords: {es: [el], en: [the]}\n"
            "entries:\n  - form: mono\n    name_lang: es\n    other_langs: [es, en]\n"
            "    meaning: mono sound\n",
            "mono: 'es' is both name and other",
        ),
    ],
)
def test_bad_files_are_named_with_the_reason(tmp_path: Path, text: str, message: str) -> None:
    folder = _write(tmp_path / "lex", text)
    with pytest.raises(LexiconError) as info:
        load_lexicon(KB, folder)
    assert str(info.value).startswith(str(folder / "x.yaml"))
    assert message in str(info.value)
    problems, _ = check_lexicon(KB, folder)
    assert len(problems) == 1 and message in problems[0]


def test_implied_rules_keep_provenance_and_roles(lexicon) -> None:
    implied = lexicon.of_kind("implied")
    rules = {str(t.role).partition(":")[2] for t in implied}
    assert {"hornbill_casque", "totoaba_maw", "bear_bile", "pangolin_scales"} <= rules
    assert all(t.taxon and t.lang and t.source and not t.reviewed for t in implied)
    assert {str(t.role).partition(":")[0] for t in implied} == {
        "trigger",
        "code_trigger",
        "context",
    }
