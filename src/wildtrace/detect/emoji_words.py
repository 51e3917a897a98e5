"""Emoji written for a word of a name, read as that word: "🐴 de mer" (cheval de mer), "海🐴"
(海马), "See🐴chen" (Seepferdchen), "천⛰️갑" (천산갑), "bois de 🌹" (bois de rose), "印尼🐉🐟"
(龙鱼), "사향🦌" (사향노루).

Sellers swap one word of a name for a picture of what the word says, and the picture need not
be the animal: a horse for the seahorse, a mountain for the pangolin (穿山甲), a rose for
rosewood. Each emoji here has the words it pictures in the languages wildtrace reads, written
from general knowledge of those languages. The emoji is replaced by each of its words in the
script of the letters beside it, and the text is read again around it; a name counts only when
it takes in the word and letters of the text beside it, so an emoji alone ("🐉" for "dragon")
names nothing. Readings inside a trap once the word is in place are dropped.
"""

from __future__ import annotations

import re
from itertools import product

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.detect.emoji_pairs import PICTURES
from wildtrace.lexicon.load import Term
from wildtrace.textnorm.normalise import normalise

REACH = 30  # characters each side of the emoji read again
MAX_VARIANTS = 200  # word choices tried for emoji written side by side
# scripts by their first letter: Latin words go with Latin letters, and so on
SCRIPTS = {
    "latin": re.compile(r"[a-zà-ɏḀ-ỿ]"),
    "cyrillic": re.compile(r"[а-яё]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "han": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# What each emoji pictures, word by word. Han words also serve Japanese text (海馬, 山).
WORDS: dict[str, tuple[str, ...]] = {
    "🐴": _words(
        "horse cheval chevaux caballo caballito caballitos cavalo cavalinho cavalinhos "
        "pferd pferdchen cavallo cavalluccio ngua kuda kabayo farasi лошадь конь конек "
        "حصان 马 馬 말 ม้า うま ウマ"
    ),
    "🌊": _words(
        "sea mer mar meer see mare bien laut dagat bahari bahar море морской البحر بحر "
        "海 바다 해 ทะเล"
    ),
    "🌹": _words(
        "rose rosa rosen hong mawar rosas роза розовое ورد الورد 玫瑰 ローズ 로즈 장미 กุหลาบ"
    ),
    "⛰": _words(
        "mountain montagne montana montanha berg montagna nui gunung bundok mlima гора "
        "جبل 山 산 ภูเขา"
    ),
    "🐉": _words("dragon dragao drache drago rong naga joka дракон تنين 龙 龍 竜 용 มังกร"),
    "🐟": _words(
        "fish poisson pez peixe fisch pesce ca ikan isda samaki рыба سمك 鱼 魚 어 물고기 ปลา"
    ),
    "🦌": _words(
        "deer cerf ciervo venado cervo hirsch nai rusa usa kulungu олень غزال 鹿 사슴 노루 กวาง"
    ),
    # animals the lexicon reads as a taxon of their own, written for a word of another
    # name: "mico-🦁-dourado" (lion tamarin), "🐦 of paradise", "코뿔🐦" (hornbill)
    "🦁": _words(
        "lion leon leao lowe loewe leone singa simba лев أسد 狮 獅 獅子 사자 สิงโต ライオン"
    ),
    "🐯": _words("tiger tigre tigri harimau macan тигр 虎 호랑이 เสือ トラ"),
    "🐍": _words(
        "snake serpent serpiente cobra schlange serpente ran ular ahas nyoka змея ثعبان "
        "蛇 뱀 งู ヘビ"
    ),
    "🐦": _words(
        "bird oiseau pajaro passaro vogel uccello chim burung ibon ndege птица طائر "
        "鸟 鳥 새 นก トリ"
    ),
    # the turtle for a word of a tortoiseshell name: "🐢瑁" (玳瑁), "本🐢甲" (本鼈甲), "đồi 🐢"
    # (đồi mồi), "🐢-de-pente" (tartaruga-de-pente)
    "🐢": _words(
        "turtle tortoise tortue tortuga tartaruga schildkrote testuggine rua moi kura-kura penyu "
        "pagong kobe черепаха سلحفاة 龟 龜 玳 鼈 カメ ガメ べっ ベッ 거북 거북이 เต่า"
    ),
    "🦅": _words(
        "eagle aigle aguila aguia adler aquila elang agila орел نسر 鹰 鷹 독수리 อินทรี ワシ"
    ),
}
WORDS["🐎"] = WORDS["🐴"]
WORDS["🏔"] = WORDS["⛰"]
WORDS["🐅"] = WORDS["🐯"]
# what tells a name's kind, as emoji_pairs.py pictures it: "❄️ leopard", "🩸 python", "☀️ bear"
for _emoji in ("👑", "☀", "🌙", "❄", "🌫", "🩸", "🌈", "🍓", "🥞", "🕷", "🍯"):
    WORDS[_emoji] = tuple(w for words in PICTURES[_emoji].values() for w in words)
EMOJI = re.compile("|".join(re.escape(e) for e in sorted(WORDS, key=len, reverse=True)))
FOLDED = {e: tuple(dict.fromkeys(normalise(w).text for w in ws)) for e, ws in WORDS.items()}


def _script(char: str) -> str | None:
    for name, pattern in SCRIPTS.items():
        if pattern.match(char):
            return name
    return None


def _words_for(emoji: str, script: str) -> tuple[str, ...]:
    scripts = {script, "han"} if script == "kana" else {script}
    return tuple(w for w in FOLDED[emoji] if _script(w[0]) in scripts)


def _neighbour_script(folded: str, start: int, end: int) -> str | None:
    """The script of the nearest letter beside the emoji run (the run's own side first)."""
    for at in (start - 1, start - 2, end, end + 1):
        if 0 <= at < len(folded) and folded[at].isalpha():
            return _script(folded[at])
    return None


def _runs(folded: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, emoji) of each run of table emoji; emoji side by side ("🐉🐟") go together."""
    runs: list[tuple[int, int, list[str]]] = []
    for mark in EMOJI.finditer(folded):
        if runs and runs[-1][1] == mark.start():
            runs[-1] = (runs[-1][0], mark.end(), [*runs[-1][2], mark.group()])
        else:
            runs.append((mark.start(), mark.end(), [mark.group()]))
    return runs


def _names_taking_in(
    variant: str, at: int, to: int, names: PhraseAutomaton[Term], traps: PhraseAutomaton[bool]
) -> list[tuple[int, int, Term]]:
    """Names in `variant` that hold its words [at, to) and a letter of the text beside them,
    outside any trap."""
    found: list[tuple[int, int, Term]] = []
    trapped: list[tuple[int, int]] | None = None
    for hit in names.find(variant):
        if not (hit.start <= at and to <= hit.end) or (hit.start, hit.end) == (at, to):
            continue
        terms = [
            t
            for t in hit.payloads
            if t.kind in {"name", "product"} and t.taxon and t.role != "misspelled"
        ]
        if not terms:
            continue
        if trapped is None:  # read once per variant, and only once a name is found
            trapped = [(t.start, t.end) for t in traps.find(variant)]
        if not any(s <= hit.start and hit.end <= e for s, e in trapped):
            found.append((hit.start, hit.end, terms[0]))
    return found


def emoji_word_names(
    folded: str, names: PhraseAutomaton[Term], traps: PhraseAutomaton[bool]
) -> list[tuple[int, int, Term]]:
    """(start, end, term) in folded offsets of each name an emoji run completes as words."""
    found: list[tuple[int, int, Term]] = []
    for start, end, run in _runs(folded):
        script = _neighbour_script(folded, start, end)
        choices = [_words_for(emoji, script) for emoji in run] if script else []
        if not choices or not all(choices):
            continue
        lo, hi = max(0, start - REACH), min(len(folded), end + REACH)
        for n, words in enumerate(product(*choices)):
            if n >= MAX_VARIANTS:
                break
            middle = "".join(words)
            variant = folded[lo:start] + middle + folded[end:hi]
            at, to = start - lo, start - lo + len(middle)
            shift = len(middle) - (end - start)
            for begin, finish, term in _names_taking_in(variant, at, to, names, traps):
                found.append(
                    (
                        lo + begin if begin < at else start,
                        lo + finish - shift if finish > to else end,
                        term,
                    )
                )
    return found
