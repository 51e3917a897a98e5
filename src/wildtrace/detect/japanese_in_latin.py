"""Japanese written in Latin letters (romaji): "Kotsumekawauso no kodomo" (コツメカワウソ, the
small-clawed otter), "Washimimizuku hakusei" (ワシミミズク, the eagle-owl).

Sellers type romaji when they lack a Japanese keyboard or want to slip past a filter of
Japanese words. Animal names are written in katakana in Japanese, so each Latin word that
spells whole romaji syllables (Hepburn or Kunrei: shi or si, tsu or tu, a doubled consonant
for ッ, n for ン) is spelled back in katakana and read again for Japanese names. Only a text
that reads as Japanese counts: one of the words that close a Japanese listing or say what it
lacks (desu, kaimasu, nashi, shorui), or a name of six kana or more, as shorter ones are also
words of other languages ("tora", "saru").
"""

from __future__ import annotations

import re

from wildtrace.textnorm.normalise import normalise

VOWELS = "aiueo"
KANA_VOWELS = {"a": "ア", "i": "イ", "u": "ウ", "e": "エ", "o": "オ"}
# consonant → the katakana row (a, i, u, e, o)
ROWS = {
    "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
    "t": "タチツテト", "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ",
    "b": "バビブベボ", "p": "パピプペポ", "m": "マミムメモ", "r": "ラリルレロ",
    "y": "ヤ?ユ?ヨ", "w": "ワ???ヲ",
}  # fmt: skip
# syllables spelled with more letters, Hepburn and Kunrei alike
SPECIAL = {
    "shi": "シ", "chi": "チ", "tsu": "ツ", "fu": "フ", "ji": "ジ", "si": "シ", "ti": "チ",
    "tu": "ツ", "hu": "フ", "zi": "ジ", "di": "ヂ", "du": "ヅ",
    "sha": "シャ", "shu": "シュ", "sho": "ショ", "she": "シェ",
    "cha": "チャ", "chu": "チュ", "cho": "チョ", "che": "チェ",
    "ja": "ジャ", "ju": "ジュ", "jo": "ジョ", "je": "ジェ",
    "sya": "シャ", "syu": "シュ", "syo": "ショ", "tya": "チャ", "tyu": "チュ", "tyo": "チョ",
    "zya": "ジャ", "zyu": "ジュ", "zyo": "ジョ", "fa": "ファ", "fi": "フィ", "fe": "フェ",
    "fo": "フォ",
}  # fmt: skip
Y_SMALL = {"a": "ャ", "u": "ュ", "o": "ョ"}
WORD = re.compile(r"[a-z]+")
# words of a Japanese listing: desu/masu forms, "none", "papers", "buy", "sell"
JAPANESE_WORDS = frozenset(
    {
        "desu", "masu", "kaimasu", "urimasu", "arimasu", "gozaimasu", "nashi", "nai", "shorui",
        "kudasai", "onegai", "onegaishimasu", "yoroshiku", "motomu", "yuzurimasu", "jouto",
        "joto", "hanbai", "kounyuu", "konyu", "kakaku", "souryou", "soryo", "hakusei",
        "kodomo", "kotai", "seitai", "yasui", "takai", "honmono",
    }
)  # fmt: skip
MIN_NAME_ALONE = 6  # kana of a name read without other Japanese words
MIN_LETTERS_ALONE = 9  # letters of a word tried without other Japanese words


def katakana(word: str) -> str | None:
    """The word in katakana, if it is whole romaji syllables; None otherwise."""
    out: list[str] = []
    i = 0
    while i < len(word):
        char = word[i]
        if char in VOWELS:
            out.append(KANA_VOWELS[char])
            i += 1
            continue
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if char == "n" and (not nxt or (nxt not in VOWELS and nxt != "y")):
            out.append("ン")
            i += 1
            continue
        if char == nxt and char != "n":  # a doubled consonant: ッ
            out.append("ッ")
            i += 1
            continue
        for size in (3, 2):
            kana = SPECIAL.get(word[i : i + size])
            if kana is not None:
                out.append(kana)
                i += size
                break
        else:
            row = ROWS.get(char)
            if row is None or not nxt:
                return None
            if nxt in VOWELS:
                kana = row[VOWELS.index(nxt)]
                if kana == "?":
                    return None
                out.append(kana)
                i += 2
            elif nxt == "y" and i + 2 < len(word) and word[i + 2] in Y_SMALL and char != "y":
                out.append(row[1] + Y_SMALL[word[i + 2]])
                i += 3
            else:
                return None
    return "".join(out)


def katakana_reading(
    folded: str, words: set[str] | None = None
) -> tuple[str, list[int], bool] | None:
    """The folded text with its romaji words spelled in katakana, for each character the
    folded offset it came from, and whether other words say the text is Japanese; None when
    no word is romaji. Without such words only long words are tried (a name of six kana takes
    nine letters or more), which keeps the cost off the many texts in other languages.
    `words` are the text's words if the caller has them."""
    if words is None:
        words = set(WORD.findall(folded))
    japanese = not words.isdisjoint(JAPANESE_WORDS)
    spelled: dict[str, str] = {}
    for word in words:
        if (japanese or len(word) >= MIN_LETTERS_ALONE) and word.isascii():
            kana = katakana(word)
            if kana is not None:
                spelled[word] = normalise(kana).text  # folded as the lexicon is (ズ → ス)
    if not spelled:
        return None
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for match in WORD.finditer(folded):
        kana = spelled.get(match.group())
        if kana is None:
            continue
        pieces.append(folded[at : match.start()])
        origin.extend(range(at, match.start()))
        pieces.append(kana)
        # each kana points at the word's start; the end maps to the next character's origin
        origin.extend([match.start()] * len(kana))
        at = match.end()
    pieces.append(folded[at:])
    origin.extend(range(at, len(folded)))
    return "".join(pieces), origin, japanese
