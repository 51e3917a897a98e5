"""A second view of folded text that undoes leetspeak and letters spaced apart.

"1v0ry" → "ivory", "i.v.o.r.y" / "r h i n o" → "ivory" / "rhino", "น.อ.แ.ร.ด" → "นอแรด". Each
position remembers the tactic that produced it, so a match found only in this view can say how
the seller hid the word. Offsets still point into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from mypy_extensions import mypyc_attr

from wildtrace.textnorm.hangul_jamo import composed_jamo, latin_vowel_syllables
from wildtrace.textnorm.leetspeak import LEET_CYRILLIC, cyrillic_three, leet_table, leet_tokens
from wildtrace.textnorm.normalise import NormalisedText
from wildtrace.textnorm.pickled_state import PickledState
from wildtrace.textnorm.vni_keys import vni_keys

# Single letters joined by punctuation (i.v.o.r.y, s-u-n-g) or by spaces (r h i n o).
# A letter with the Thai vowel signs and marks written above or below it ("พ ะ ยู ง").
LETTER = r"[^\W\d_][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*"
# Any mark or emoji may join them ("i,v,o,r,y", "i~v~o", "i🔸v🔸o"); two blanks apart too
# ("i  v  o  r  y"), where words of single letters are set apart by three or more.
# The marks between are not Thai vowel signs or tone marks, which would split "นิ้ว" (inch).
THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
SPACED_PUNCT = re.compile(
    rf"(?<![^\W_]){LETTER}(?: ?(?:[^\w\s'’{THAI_MARKS}]|_) ?{LETTER}){{1,}}(?![^\W_])"
)
SPACED_BLANK = re.compile(rf"(?<!\w){LETTER}(?: {LETTER}){{2,}}(?!\w)")
SPACED_DOUBLE = re.compile(rf"(?<!\w){LETTER}(?:  {LETTER}){{2,}}(?!\w)")
# Several words spelt out letter by letter, words two or more blanks apart: "c a o  h ổ  c ố t"
# reads "cao hổ cốt" (a word may then be two letters: "h ổ").
SPACED_WORDS = re.compile(rf"(?<!\w){LETTER}(?: {LETTER})+(?: {{2,}}{LETTER}(?: {LETTER})+)+(?!\w)")
# Scripts without spaces need no word boundary: "象-牙", "穿*山*甲", "นอ.แรด".
UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
SPACED_UNSPACED = re.compile(rf"[{UNSPACED}](?: ?[.\-_*·•/] ?[{UNSPACED}])+")
# Chinese and Japanese need no blanks: "象 牙手镯". Korean does, so only syllables
# standing alone are joined ("상 아").
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
BLANK_CJK = re.compile(rf"[{CJK}](?: [{CJK}])+")
LONE_HANGUL = re.compile(
    r"(?<![\uac00-\ud7af])[\uac00-\ud7af](?: [\uac00-\ud7af](?![\uac00-\ud7af]))+"
)


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True)
class DeobfuscatedText(PickledState):
    text: str
    offsets: Sequence[int]
    tactics: Sequence[str | None]
    changed: bool
    # where each position's source ends, when one position stands for several (a Korean
    # syllable spelt out in letters); otherwise one past its offset
    ends: Sequence[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        last = self.ends[end - 1] if self.ends is not None else self.offsets[end - 1] + 1
        return self.offsets[start], last

    def tactics_in(self, start: int, end: int) -> set[str]:
        return {t for t in self.tactics[start:end] if t}


# Thai tone marks: kept when folding (เสื้อ, shirt, is not เสือ, tiger), but left out or added
# in loanwords and misspellings (เต่าราเดียต้า / เต่าราเดียตา, เต่ากร่ะ). This view drops them;
# a hit found only so is marked THAI_TONE, and the scanner accepts only long ones.
THAI_TONE_MARKS = re.compile("[\u0e48-\u0e4b]")
THAI_TONE = "thai_tone"
MIN_TONELESS = 5  # Thai letters a name needs to match without its tone marks (not เสื้อ → เสือ)


# Two letters either side of a comma or full stop and a blank ("azul, R$") are the end of
# one word and the start of the next, not a word spelt out.
SENTENCE_MARK = re.compile(r"[^\W\d_][,.;:!?] [^\W\d_]")


def _spaced_runs(text: str) -> list[re.Match[str]]:
    """Letters set apart by blanks, marks or emoji; only the patterns the text's scripts
    can match are tried (most listings are plain ASCII)."""
    runs = [
        *(r for r in SPACED_PUNCT.finditer(text) if not SENTENCE_MARK.fullmatch(r.group())),
        *SPACED_BLANK.finditer(text),
    ]
    if "  " in text:
        runs += SPACED_DOUBLE.finditer(text)
        runs += SPACED_WORDS.finditer(text)
    if not text.isascii():
        runs += [
            *SPACED_UNSPACED.finditer(text),
            *BLANK_CJK.finditer(text),
            *LONE_HANGUL.finditer(text),
        ]
    return runs


class SpacedRun(NamedTuple):
    """A run of spaced letters cut shorter than its match (see `_without_next_word`)."""

    begin: int
    stop: int
    re: re.Pattern[str]

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop


Run = re.Match[str] | SpacedRun
# Words of one accented letter in Italian and French (è, à, ò, ù, ì): after a word spelt out
# letter by letter they are the next word ("r i n o è disponibile"), not its last letter.
ONE_LETTER_WORDS = frozenset("èàòùì")


def _without_next_word(
    runs: list[re.Match[str]], text: str, offsets: Sequence[int], original: str
) -> list[Run]:
    """Runs of blank-spaced letters without a last piece that was an accented word of one
    letter in the original (folding took its accent)."""
    out: list[Run] = []
    for run in runs:
        end = run.end()
        last = original[offsets[end - 1]] if end - 1 < len(offsets) else ""
        if (
            run.re is not SPACED_PUNCT
            and last in ONE_LETTER_WORDS
            and end - run.start() > 4
            and text[end - 2] == " "
        ):
            out.append(SpacedRun(run.start(), end - 2, run.re))
        else:
            out.append(run)
    return out


HYPHEN_GAP = re.compile(r" ?- ?")


def _hyphens_between(runs: list[Run], text: str) -> list[tuple[int, int]]:
    """The gaps of a hyphen between two words spelt out letter by letter ("a r a r a - a z u
    l"): the words are one hyphenated name, whose hyphen stays and whose blanks go."""
    ends = {run.end() for run in runs if run.re is not SPACED_PUNCT}
    gaps = []
    for run in runs:
        if run.re is SPACED_PUNCT:
            continue
        for end in ends:
            gap = text[end : run.start()]
            if 0 < len(gap) <= 3 and HYPHEN_GAP.fullmatch(gap):
                gaps.append((end, run.start()))
    return gaps


# Malay and Indonesian write a plural with a 2 after the word: "penyu2" is penyu-penyu. A
# writing habit, not an evasion: views drop the REDUPLICATION mark before reporting tactics.
REDUPLICATION = "reduplication"
LETTER_TWO = re.compile(r"[^\W\d_]2")  # a cheap test: most 2s are in numbers and prices
REDUPLICATED = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})2(?!\w)")


def _reduplicated(text: str, offsets: Sequence[int]) -> tuple[str, Sequence[int], set[int]]:
    """The text with "kura2" written out as "kura-kura", and where the copies are; a copy maps
    to the word it repeats and the hyphen to the 2, so a name found in it points at what the
    seller wrote."""
    if "2" not in text or not LETTER_TWO.search(text):
        return text, offsets, set()
    pieces: list[str] = []
    where: list[int] = []
    copies: set[int] = set()
    pos = 0
    for match in REDUPLICATED.finditer(text):
        start, end = match.span(1)
        pieces.append(text[pos:end])
        where.extend(offsets[pos:end])
        at = sum(map(len, pieces))
        copies.update(range(at, at + 1 + end - start))
        pieces.append("-" + match.group(1))
        where.append(offsets[end])
        where.extend(offsets[start:end])
        pos = match.end()
    pieces.append(text[pos:])
    where.extend(offsets[pos:])
    return "".join(pieces), where, copies


def _is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e7f"


def _spaced_marks(spaced: list[Run], text: str, tactics: list[str | None]) -> set[int]:
    """Marks the letters of spaced runs with their tactic; returns the blanks and marks between
    them, to be dropped (a hyphen between two spelt-out words stays: "arara-azul")."""
    drop: set[int] = set()
    hyphens = _hyphens_between(spaced, text)
    kept = {i for start, end in hyphens for i in range(start, end) if text[i] == "-"}
    for match in spaced:
        words = match.re is SPACED_WORDS  # keep one blank where the words were set apart
        for i in range(match.start(), match.end()):
            if words and text[i] == " " and text[i + 1] == " " and text[i - 1] != " ":
                tactics[i] = tactics[i] or "spaced_letters"
                continue
            if i in kept:
                continue
            # the blanks and marks between letters, not a letter's vowel sign nor a leet letter
            # ("k@k@ku0na": the @ is an a)
            if (
                not text[i].isalnum()
                and tactics[i] != "leetspeak"
                and not unicodedata.category(text[i]).startswith("M")
            ):
                drop.add(i)
            tactics[i] = tactics[i] or "spaced_letters"
    for match in spaced:  # Thai has no blanks between words: "ไม้ ก ฤ ษ ณ า" is ไม้กฤษณา
        if match.re is SPACED_BLANK and _is_thai(text[match.start()]):
            for i in (match.start() - 1, match.end()):
                if (
                    0 < i < len(text) - 1
                    and text[i] == " "
                    and _is_thai(text[i - 1 if i < match.start() else i + 1])
                ):
                    drop.add(i)
                    tactics[i] = tactics[i] or "spaced_letters"
    for start, end in hyphens:  # "a r a r a - a z u l" → "arara-azul"
        for i in range(start, end):
            if text[i] == " ":
                drop.add(i)
            tactics[i] = tactics[i] or "spaced_letters"
    return drop


def _keys_and_marks(
    vni: list[tuple[int, int, list[int]]],
    jamo: list[tuple[int, int, str]],
    tones: list[re.Match[str]],
    chars: list[str],
    tactics: list[str | None],
) -> set[int]:
    """The positions to drop for VNI digits, Korean letters composed into their syllable and
    Thai tone marks; `chars` and `tactics` are updated in place."""
    drop: set[int] = set()
    for start, end, keys in vni:
        drop.update(keys)
        for i in range(start, end):
            tactics[i] = "misspelled_common"
    for start, stop, syllable in jamo:
        chars[start] = syllable
        drop.update(range(start + 1, stop))
        for i in range(start, stop):
            tactics[i] = "spaced_letters"
    for tone in tones:
        drop.add(tone.start())
        if tone.start() > 0:
            tactics[tone.start() - 1] = tactics[tone.start() - 1] or THAI_TONE
    return drop


def deobfuscate(folded: NormalisedText) -> DeobfuscatedText:
    text, offsets, copies = _reduplicated(folded.text, folded.offsets)
    vni = vni_keys(text)
    leet = leet_tokens(text)
    tones = [] if text.isascii() else list(THAI_TONE_MARKS.finditer(text))
    spaced = _without_next_word(_spaced_runs(text), text, offsets, folded.original)
    jamo = [] if text.isascii() else composed_jamo(text)
    latin_vowels = [] if text.isascii() else latin_vowel_syllables(text)
    if latin_vowels:
        jamo = sorted([*jamo, *latin_vowels])
    if not any((leet, spaced, tones, copies, jamo, vni)):
        return DeobfuscatedText(text, offsets, (), False)
    chars = list(text)
    tactics: list[str | None] = [None] * len(chars)
    for i in copies:
        tactics[i] = REDUPLICATION
    drop = _keys_and_marks(vni, jamo, tones, chars, tactics)
    for start, stop, _ in latin_vowels:  # a look-alike letter, not letters spaced apart
        for i in range(start, stop):
            tactics[i] = "leetspeak"
    for start, end in leet:
        table = leet_table(text[start:end])
        for i in range(start, end):
            if chars[i] in table:
                chars[i] = cyrillic_three(text, i) if table is LEET_CYRILLIC else table[chars[i]]
                tactics[i] = "leetspeak"
    drop.update(_spaced_marks(spaced, text, tactics))
    keep = [i for i in range(len(chars)) if i not in drop] if drop else range(len(chars))
    new_text = "".join([chars[i] for i in keep])
    if "  " in new_text:  # "c o r a i l  r o u g e": words spaced apart leave double blanks
        keep = [
            i
            for n, i in enumerate(keep)
            if n == 0 or not (chars[i].isspace() and chars[keep[n - 1]].isspace())
        ]
        new_text = "".join([chars[i] for i in keep])
    ends = None
    if jamo:  # a composed syllable's source runs to its last letter
        last = {start: offsets[stop - 1] + 1 for start, stop, _ in jamo}
        ends = tuple([last.get(i, offsets[i] + 1) for i in keep])
    return DeobfuscatedText(
        new_text,
        tuple([offsets[i] for i in keep]),
        tuple([tactics[i] for i in keep]),
        new_text != folded.text,
        ends,
    )
