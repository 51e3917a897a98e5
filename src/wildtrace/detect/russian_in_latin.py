"""Russian written in Latin letters: "Prodam medvezh'yu zhel4" (продам медвежью желчь), "kuplyu
sterlyad'" (стерлядь), "4erepahi sredneaziatskie" (черепахи среднеазиатские).

Sellers without a Cyrillic keyboard, and those who want to slip past a filter, write Russian
in Latin letters, with digits for the letters Latin lacks (4 for ч, 6 for ш). The text's Latin
words are spelled back in Cyrillic by the usual transliteration, longest letter group first,
and read again for Russian names. Only a text that reads as Russian once spelled back counts:
one of the words that open a Russian listing (продам, куплю), or two of the everyday words of
one (цена, доставка, штук), so that English, Polish or Malay words spelled in Cyrillic are
never read as Russian names ("bars" is no барс in an English post).
"""

from __future__ import annotations

import re

# Latin letter groups → Cyrillic, the longest tried first; "y" is decided by what stands
# before it (ы after a consonant, й after a vowel), and "ts" is т + с before к and я
# (sredneaziatskie, prodaetsya)
GROUPS = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("yo", "ё"), ("jo", "ё"), ("yu", "ю"), ("ju", "ю"), ("ya", "я"), ("ja", "я"),
    ("4", "ч"), ("6", "ш"), ("'", "ь"), ("’", "ь"), ("a", "а"), ("b", "б"),
    ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
    ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("x", "х"),
    ("c", "ц"), ("q", "к"),
)  # fmt: skip
LONGEST = max(len(latin) for latin, _ in GROUPS)
TO_CYRILLIC = dict(GROUPS)
VOWELS = frozenset("aeiouy")
WORD = re.compile(r"[a-z4'’]*[a-z][a-z4'’]*")
# words that open a Russian listing: one is enough
OPENERS = frozenset({"продам", "продаю", "куплю", "отдам", "продается", "продаётся", "обменяю"})
# everyday words of a Russian listing: two are needed
EVERYDAY = frozenset(
    {
        "цена", "доставка", "штук", "шт", "рублей", "руб", "для", "без", "есть", "очень",
        "срочно", "дешево", "недорого", "торг", "самка", "самец", "живой", "живую",
        "живые", "документов", "документы", "натуральный", "настоящий", "пишите", "звоните",
        "состояние", "отличное", "новый", "свежий", "сушеная", "сушеный", "дикую", "дикий",
        "возможна", "отправка", "почтой", "наличие", "оптом",
    }
)  # fmt: skip
MIN_EVERYDAY = 2
# how each Cyrillic letter of those words may be written in Latin letters, to find them
# before any word is spelled back
LATIN_FORMS = {
    "я": ("ya", "ja", "ia"), "ю": ("yu", "ju", "iu"), "ц": ("ts", "c", "tz"),
    "ч": ("ch", "4"), "ш": ("sh", "6"), "щ": ("shch", "sch"), "ж": ("zh",), "х": ("kh", "h"),
    "й": ("y", "i", "j"), "ы": ("y", "i"), "ь": ("'", ""), "е": ("e", "ye"),
    "ё": ("e", "yo"), "э": ("e",),
}  # fmt: skip


def latin_forms(word: str) -> set[str]:
    """The ways the Cyrillic word is written in Latin letters (LATIN_FORMS, GROUPS)."""
    plain = {cyrillic: latin for latin, cyrillic in reversed(GROUPS) if len(latin) == 1}
    forms = [""]
    for char in word:
        options = LATIN_FORMS.get(char) or (plain.get(char, char),)
        forms = [f + o for f in forms for o in options]
    return set(forms)


# the context words that unmake a name beside them (as the context scanner's), and how near
NEGATING_ROLES = frozenset({"negation", "pattern", "figure"})
NEGATION_REACH = 25


def _spelled(word: str) -> tuple[str, list[int]]:
    """The word in Cyrillic, and for each Cyrillic letter the offset in the word it came from."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(word):
        if word.startswith(("tsk", "tsya", "tsja"), i):  # т + с in -тский, -тся, not ц
            out.extend("тс")
            origin.extend((i, i + 1))
            i += 2
            continue
        if word.startswith("ye", i) and (i == 0 or word[i - 1] in VOWELS or word[i - 1] in "'’"):
            out.append("е")  # yest', ob'yekt; after a consonant it is ы + е (tigrovye)
            origin.append(i)
            i += 2
            continue
        if word[i] == "y" and not word.startswith(("yo", "yu", "ya"), i):
            out.append("й" if i > 0 and word[i - 1] in VOWELS else "ы")
            origin.append(i)
            i += 1
            continue
        for size in range(LONGEST, 0, -1):
            cyrillic = TO_CYRILLIC.get(word[i : i + size])
            if cyrillic is not None:
                out.append(cyrillic)
                origin.append(i)
                i += size
                break
        else:
            out.append(word[i])
            origin.append(i)
            i += 1
    return "".join(out), origin


def cyrillic_reading(folded: str, words: set[str] | None = None) -> tuple[str, list[int]] | None:
    """The folded text with its Latin words spelled in Cyrillic, and for each character the
    folded offset it came from; None when the text does not read as Russian so spelled.
    `words` are the text's words if the caller has them (letters only)."""
    if not folded.isascii() and re.search("[а-яё]", folded):
        return None  # written in Cyrillic already, or mixed: the Cyrillic reading finds it
    if words is None:
        words = set(WORD.findall(folded))  # a look at the words before any is spelled back
    if words.isdisjoint(OPENER_FORMS) and len(words & EVERYDAY_FORMS) < MIN_EVERYDAY:
        return None
    pieces: list[str] = []
    origin: list[int] = []
    openers = 0
    everyday: set[str] = set()
    at = 0
    for match in WORD.finditer(folded):
        pieces.append(folded[at : match.start()])
        origin.extend(range(at, match.start()))
        cyrillic, offsets = _spelled(match.group())
        pieces.append(cyrillic)
        origin.extend(match.start() + k for k in offsets)
        if cyrillic in OPENERS:
            openers += 1
        elif cyrillic in EVERYDAY:
            everyday.add(cyrillic)
        at = match.end()
    if not openers and len(everyday) < MIN_EVERYDAY:
        return None
    pieces.append(folded[at:])
    origin.extend(range(at, len(folded)))
    return "".join(pieces), origin


OPENER_FORMS = frozenset(f for word in OPENERS for f in latin_forms(word))
EVERYDAY_FORMS = frozenset(f for word in EVERYDAY for f in latin_forms(word))
