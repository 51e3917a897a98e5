"""Emoji side by side that picture the words of a name: "🐍👑" (king cobra), "🐻☀️" (sun bear),
"🐻🍯" (beruang madu in Malay, honey bear in English), "🐆🌫️" (clouded leopard, 云豹),
"🐢🥞" (pancake tortoise), "🐋🦈" (whale shark).

Sellers who will not write a name draw it: one emoji for the animal, one for the word that
tells its kind. Each emoji here has the words it pictures in each language wildtrace reads,
written from general knowledge of those languages (the animal's usual head nouns, and for
the others what they show: a crown is a king, an emperor or royal; a snowflake snow or
polar). A run of two or three such emoji is spelled in one language at a time, in its order
and, for two, the other way round (English puts the kind first, French after), with a space
between words or none for the languages that write none, and German compounds also joined
with an s (Königskobra). A spelling counts only when it is a whole name of that language in
the lexicon, so the picture words name nothing alone. Colour emoji are left out: hearts and
squares are mostly decoration ("🐢💚" is rarely a green turtle).
"""

from __future__ import annotations

import re
from itertools import product

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.lexicon.load import Term
from wildtrace.textnorm.normalise import normalise

Words = dict[str, tuple[str, ...]]


def _w(**langs: str) -> Words:
    return {lang: tuple(w.replace("_", " ") for w in ws.split()) for lang, ws in langs.items()}


# what each emoji pictures, by language; "_" joins words of one picture ("burung_hantu")
PICTURES: dict[str, Words] = {
    "🐍": _w(
        en="snake cobra python boa",
        fr="serpent cobra python boa",
        es="serpiente cobra piton boa",
        pt="cobra serpente naja piton jiboia",
        de="schlange kobra python boa",
        it="serpente cobra pitone boa",
        id="ular kobra sanca",
        ms="ular kobra sawa",
        vi="ran tran ran_ho_mang",
        ru="змея питон кобра удав",
        zh="蛇 蟒 蚺 眼镜蛇",
        ja="ヘビ パイソン コブラ ボア",
        ko="뱀 파이톤 코브라 보아",
        th="งู งูเหลือม",
    ),
    "🐢": _w(
        en="turtle tortoise",
        fr="tortue",
        es="tortuga",
        pt="tartaruga jabuti",
        de="schildkrote",
        it="tartaruga testuggine",
        id="kura-kura",
        ms="kura-kura",
        vi="rua",
        ru="черепаха",
        zh="龟",
        ja="ガメ カメ",
        ko="거북 거북이",
        th="เต่า",
    ),
    "🐻": _w(
        en="bear",
        fr="ours",
        es="oso",
        pt="urso",
        de="bar",
        it="orso",
        id="beruang",
        ms="beruang",
        vi="gau",
        ru="медведь",
        zh="熊",
        ja="グマ クマ",
        ko="곰",
        th="หมี",
    ),
    "🦉": _w(
        en="owl",
        fr="chouette hibou harfang",
        es="buho lechuza",
        pt="coruja",
        de="eule",
        it="gufo civetta",
        id="burung_hantu",
        vi="cu",
        ru="сова",
        zh="鸮",
        ja="フクロウ",
        ko="올빼미 부엉이",
    ),
    "🐆": _w(
        en="leopard",
        fr="panthere leopard",
        es="leopardo",
        pt="leopardo",
        de="leopard",
        it="leopardo",
        id="macan",
        ms="harimau",
        vi="bao",
        ru="леопард барс",
        zh="豹",
        ja="ヒョウ ピョウ",
        ko="표범",
        th="เสือ เสือดาว",
    ),
    "🐈": _w(
        en="cat",
        fr="chat",
        es="gato",
        pt="gato",
        de="katze",
        it="gatto",
        id="kucing",
        ms="kucing",
        vi="meo",
        ru="кошка",
        zh="猫",
        ja="ネコ",
        ko="고양이",
        th="แมว",
    ),
    "🦂": _w(
        en="scorpion",
        fr="scorpion",
        es="escorpion",
        pt="escorpiao",
        de="skorpion",
        it="scorpione",
        id="kalajengking",
        zh="蝎",
        ja="サソリ",
        ko="전갈",
    ),
    "🐸": _w(
        en="frog",
        fr="grenouille",
        es="rana",
        pt="ra sapo",
        de="frosch",
        it="rana",
        id="katak kodok",
        vi="ech",
        ru="лягушка",
        zh="蛙",
        ja="ガエル カエル",
        ko="개구리",
        th="กบ",
    ),
    "🐋": _w(
        en="whale",
        fr="baleine",
        es="ballena",
        pt="baleia",
        de="wal",
        it="balena",
        id="paus",
        vi="voi",
        ru="китовая",
        zh="鲸",
        ja="ジンベエ",
        ko="고래",
    ),
    "🦈": _w(
        en="shark",
        fr="requin",
        es="tiburon",
        pt="tubarao",
        de="hai",
        it="squalo",
        id="hiu",
        vi="map",
        ru="акула",
        zh="鲨",
        ja="ザメ",
        ko="상어",
    ),
    "👑": _w(
        en="king royal emperor queen",
        fr="roi royal royale empereur reine",
        es="rey real emperador reina",
        pt="rei real imperador rainha",
        de="konig kaiser",
        it="re reale imperatore regina",
        id="raja king",
        ms="raja",
        vi="chua",
        ru="королевская королевский императорский",
        zh="王 眼镜王 帝王",
        ja="キング",
        ko="킹 황제",
    ),
    "☀": _w(
        en="sun",
        fr="soleil",
        es="sol",
        pt="sol",
        de="sonnen",
        it="sole",
        vi="cho",
        ru="солнечный",
        zh="马来 太阳",
        ja="マレー",
        ko="말레이 태양",
    ),
    "🍯": _w(en="honey", id="madu", ms="madu", vi="mat", zh="蜜"),
    "🌙": _w(
        en="moon", fr="lune", es="luna", de="mond", it="luna", vi="ngua", zh="月", ja="ツキノワ"
    ),
    "❄": _w(
        en="snow snowy polar",
        fr="neiges polaire",
        es="nieves polar",
        pt="neves polar",
        de="schnee eis",
        it="nevi polare",
        id="salju",
        vi="tuyet",
        ru="снежный полярный",
        zh="雪 北极",
        ja="ユキ ホッキョク",
        ko="눈 북극",
    ),
    "🌫": _w(
        en="clouded",
        fr="nebuleuse",
        es="nebuloso",
        pt="nebulosa",
        it="nebuloso",
        id="dahan",
        ms="dahan",
        vi="gam",
        ru="дымчатый",
        zh="云",
        ja="ウン",
        ko="구름",
        th="ลายเมฆ",
    ),
    "🩸": _w(
        en="blood",
        fr="sang",
        es="sangre",
        de="blut",
        it="sangue",
        id="darah",
        ms="darah",
        vi="mau",
        ru="кровавый",
        zh="血",
        ja="ブラッド",
        ko="블러드",
    ),
    "🌈": _w(
        en="rainbow",
        fr="arc-en-ciel",
        es="arcoiris",
        pt="arco-iris",
        de="regenbogen",
        it="arcobaleno",
        id="pelangi",
        ru="радужный",
        zh="彩虹",
        ja="レインボー",
        ko="무지개",
    ),
    "🍓": _w(
        en="strawberry",
        fr="fraise",
        es="fresa",
        pt="morango",
        de="erdbeer",
        it="fragola",
        zh="草莓",
        ja="イチゴ",
        ko="딸기",
    ),
    "🥞": _w(
        en="pancake",
        fr="crepe",
        es="panqueque",
        pt="panqueca",
        de="pfannkuchen",
        it="pancake",
        id="panekuk",
        zh="饼干",
        ja="パンケーキ",
        ko="팬케이크",
    ),
    "🕷": _w(
        en="spider",
        fr="araignee",
        es="arana",
        pt="aranha",
        de="spinnen",
        it="ragno",
        id="laba-laba",
        ru="паучья",
        zh="蛛网",
        ja="クモ",
        ko="거미",
    ),
    "🐚": _w(en="conch shell", fr="conque", es="caracol", pt="concha", zh="凤凰螺", ko="소라"),
}
PICTURES["🐱"] = PICTURES["🐈"]
PICTURES["🐳"] = PICTURES["🐋"]
PICTURES["🌥"] = PICTURES["🌫"]
PICTURES["☁"] = PICTURES["🌫"]
LANGS_OF_EACH: dict[str, frozenset[str]] = {e: frozenset(w) for e, w in PICTURES.items()}
UNSPACED = frozenset({"zh", "ja", "th"})  # names written without spaces
MAX_RUN = 3
PAIR = 2
SAME_LANGUAGE = {"id": ("id", "ms"), "ms": ("ms", "id")}  # names either writes


def _folded(words: Words) -> Words:
    return {lang: tuple(dict.fromkeys(normalise(w).text for w in ws)) for lang, ws in words.items()}


FOLDED: dict[str, Words] = {e: _folded(w) for e, w in PICTURES.items()}
ANY_PICTURE = re.compile("[" + "".join(re.escape(e) for e in FOLDED) + "]")


def _runs(folded: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, emoji) of each run of two or more adjacent emoji of the table."""
    runs: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(folded):
        j = i
        while j < len(folded) and folded[j] in FOLDED:
            j += 1
        if j - i >= 2:
            runs.append((i, j, list(folded[i:j])))
        i = j + 1 if j == i else j
    return runs


def _spellings(run: list[str], lang: str) -> list[str]:
    """The run spelled in `lang`, each emoji's first words first (a crown is a king before it
    is royal): in its order and, for two emoji, the other way round."""
    orders = [run, run[::-1]] if len(run) == PAIR else [run]
    joins = ("",) if lang in UNSPACED else (" ", "-", "") if lang != "de" else ("", "s")
    ranked: list[tuple[int, int, str]] = []
    for n, order in enumerate(orders):
        choices = [list(enumerate(FOLDED[e][lang])) for e in order]
        for picked in product(*choices):
            rank = sum(i for i, _ in picked)
            words = [w for _, w in picked]
            ranked.extend((rank, n, join.join(words)) for join in joins)
    return [spelling for _, _, spelling in sorted(ranked, key=lambda r: (r[0], r[1]))]


# what tells a text's language where two languages read a run as different taxa ("🐍👑" is
# the king cobra in English, Königspython, the ball python, in German): its script, the
# letters of Vietnamese, and everyday words of the languages written in Latin letters
SCRIPTS = (
    ("ru", re.compile("[а-яё]")), ("ko", re.compile("[가-힣]")), ("ja", re.compile("[ぁ-ヿ]")),
    ("zh", re.compile("[一-鿿]")), ("th", re.compile("[ก-๛]")), ("ar", re.compile("[ء-ي]")),
    ("vi", re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")),
)  # fmt: skip
EVERYDAY = {
    "en": "the and for with sale selling wtb wanted from only each baby adult",
    "fr": "le la les de des et pour avec vends cherche bebe adulte",
    "es": "el la los las de y para con vendo busco bebe adulto",
    "pt": "o a os as de e para com vendo procuro filhote adulto",
    "de": "der die das und mit fur verkaufe suche aus paar",
    "it": "il lo la gli di e per con vendo cerco cucciolo adulto",
    "id": "dan yang untuk dengan jual cari anak dari",
    "ms": "dan yang untuk dengan jual cari anak dari",
    "tl": "ang ng mga sa benta hanap",
    "sw": "na ya wa kwa nauza natafuta mtoto",
}
EVERYDAY_WORDS = {lang: frozenset(words.split()) for lang, words in EVERYDAY.items()}
WORD = re.compile(r"[^\W\d_]+")


def text_languages(original: str, folded: str) -> frozenset[str]:
    """The languages the text shows by its script, its letters or its everyday words."""
    langs = {lang for lang, pattern in SCRIPTS if pattern.search(original)}
    if "ja" in langs:
        langs.discard("zh")  # kanji beside kana are Japanese
    words = set(WORD.findall(folded))
    langs.update(lang for lang, everyday in EVERYDAY_WORDS.items() if words & everyday)
    return frozenset(langs)


def emoji_pair_names(
    original: str, folded: str, names: PhraseAutomaton[Term]
) -> list[tuple[int, int, Term]]:
    """(start, end, term) in folded offsets of each name a run of emoji pictures."""
    if ANY_PICTURE.search(folded) is None:
        return []
    found: list[tuple[int, int, Term]] = []
    langs_of_text: frozenset[str] | None = None
    for start, end, run in _runs(folded):
        if len(run) > MAX_RUN:
            continue
        readings: dict[str, tuple[Term, set[str]]] = {}  # taxon → (term, languages)
        for lang in sorted(frozenset.intersection(*(LANGS_OF_EACH[e] for e in run))):
            for spelling in _spellings(run, lang):
                term = next(
                    (
                        t
                        for t in names.lookup(spelling) or ()
                        if t.kind in {"name", "product"}
                        and t.taxon
                        and t.role != "misspelled"
                        and t.lang in SAME_LANGUAGE.get(lang, (lang,))
                    ),
                    None,
                )
                if term is not None:
                    readings.setdefault(str(term.taxon), (term, set()))[1].add(lang)
                    break
        if len(readings) > 1:
            if langs_of_text is None:
                langs_of_text = text_languages(original, folded)
            readings = {k: v for k, v in readings.items() if v[1] & langs_of_text}
        if len(readings) == 1:
            found.append((start, end, next(iter(readings.values()))[0]))
    return found
