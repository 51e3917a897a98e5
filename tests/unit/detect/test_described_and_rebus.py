"""Names written in ways found in the development rounds of 2026-12-01: rhino horn described as
"the horn of the nose", an animal emoji written for one word of another animal's name, two
neighbouring letters swapped inside a name of two words, Arabic "turtle" without its long a,
and look-alikes that must stay out (Côte d'Ivoire without its e, the elephant-ear plant).

Every text was written for this file; expected taxa follow docs/lexicon.md.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.textnorm.korean_typos import korean_typos
from wildtrace.textnorm.thai_slips import thai_slips


def _taxa(engine: Engine, text: str) -> set[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return {t.name for t in result.taxa}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the horn of the nose, in several languages
        ("Jual tanduk hidung asli, 1 ons, serius saja", {"Rhinocerotidae"}),
        ("鼻の角の粉末 10g 譲ります", {"Rhinocerotidae"}),
        ("Vendo chifre do nariz em pó, trazido de Moçambique", {"Rhinocerotidae"}),
        ("Verkaufe Nasenhorn-Pulver, 20 g, Versand diskret", {"Rhinocerotidae"}),
        # an emoji for a word of the name, the animal it pictures being another
        ("Procuro mico-🦁-dourado filhote, pago bem", {"Leontopithecus"}),
        ("코뿔🐦 부리 조각 팝니다", {"Buceros"}),
        # two letters swapped, the other word of the name written right
        ("Anak berunag madu comel, jual cepat", {"Helarctos malayanus"}),
        # turtle written without the long a
        ("للبيع سلحفه نجميه هنديه صغيره بدون اوراق", {"Geochelone elegans"}),
        # names added to the lexicon
        ("금전거북 성체 한 쌍 분양합니다", {"Cuora trifasciata"}),
        ("아카산호 원지 120g 판매", {"Corallium japonicum"}),
        ("للبيع مها عربي ذكر عمره سنتين", {"Oryx leucoryx"}),
        ("Verkaufe Gelber Frauenschuh aus dem Garten, blühfähig", {"Cypripedium calceolus"}),
        # the star beside the turtle emoji, in Korean
        ("인도 별🐢 베이비 분양", {"Geochelone elegans"}),
    ],
)
def test_read(engine: Engine, text: str, expected: set[str]) -> None:
    assert _taxa(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Café robusta de Côte d'Ivoir, torréfaction artisanale, paquet 1 kg",
        "Massive elefant ear (Alocasia) in a 30 cm pot, 1.5 m tall",
    ],
)
def test_left_out(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == set()


def test_emoji_sequence_stands_over_a_rebus(engine: Engine) -> None:
    """ "🦁🐒" is the lion tamarin the lexicon reads; "filhote de 🦁" beside it is no lion cub."""
    assert _taxa(engine, "🦁🐒 filhote disponível, pronta entrega") == {"Leontopithecus"}


def test_swapped_letters_need_the_rest_of_the_name(engine: Engine) -> None:
    """A swap alone in one short word reads nothing: "berunag" could be any word."""
    assert "Helarctos malayanus" not in _taxa(engine, "Anak berunag comel, jual cepat")


def test_thai_vowels_typed_short_or_long() -> None:
    assert "ปลาบิก" in thai_slips("ปลาบึก")
    assert "ปลาบืก" in thai_slips("ปลาบึก")
    assert thai_slips("ปลา") == []  # too short to get any


def test_korean_nasal_finals_and_a_silent_h_in_long_names() -> None:
    assert "천삼갑" in korean_typos("천산갑")
    assert "사양노루" in korean_typos("사향노루")
    # not in the first syllable, nor in a name of two syllables
    assert "아랑" not in korean_typos("하랑이")
    assert "칭향" not in korean_typos("침향")


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("러시아산 사양노루 향낭 1g 팝니다", "Moschus moschiferus"),
        ("천삼갑 비늘 삽니다. 양 많으면 더 쳐드려요", "Manidae"),
        ("ขายปลาบิกตัวใหญ่จากแม่น้ำโขง หนัก 120 กิโล", "Pangasianodon gigas"),
    ],
)
def test_slips_are_read(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Grey ghost of the mountains, full pelt with tail, 2 m", "Panthera uncia"),
        ("Olio « legno degli dei » vietnamita, 12 ml, spedizione", "Aquilaria"),
        ("Bangle, clear Schreger lines, old stock, no papers", "Loxodonta africana"),
        ("インホシ CB 3匹 譲ります", "Geochelone elegans"),
    ],
)
def test_nicknames_and_keepers_short_forms(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        # the turtle emoji for a word of a tortoiseshell name
        ("🐢瑁手串 12mm，血珀色，老货", "Eretmochelys imbricata"),
        ("Compro cascos de 🐢-de-pente inteiros, pago à vista", "Eretmochelys imbricata"),
        # the black teatfish of the Indian Ocean
        ("Black teatfish dried, 50 kg, from Zanzibar, buyers from Hong Kong", "Holothuria nobilis"),
        ("Black teatfish dried, 20 kg, from Fiji, bulk only", "Holothuria whitmaei"),
    ],
)
def test_tortoiseshell_emoji_and_teatfish_by_ocean(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


def test_an_indian_ocean_teatfish_is_not_also_the_pacific_one(engine: Engine) -> None:
    taxa = _taxa(engine, "Black teatfish dried, 50 kg, from Zanzibar, buyers welcome")
    assert "Holothuria whitmaei" not in taxa


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("求む：『ホウシャ』ベビー、甲長5cm前後", "Astrochelys radiata"),
        ("アイボリー（本物）の印材・根付を高価買取", "Loxodonta africana"),
        ("ヨーロッパ産シラス 10kg、活け、書類なし", "Anguilla anguilla"),
        ("Haima séchés, 500 g, grande taille, pour médecine chinoise", "Hippocampus"),
        ("「生きたぬいぐるみ」お譲りします。目が大きく、夜行性", "Nycticebus"),
    ],
)
def test_japanese_keepers_and_traders_words(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "アイボリー色のワンピース Mサイズ、一度着用",
        "ヒョウモントカゲモドキ ベビー CB 2匹",  # the leopard gecko, unlisted
        "しらす丼 シラス 釜揚げ 500g 冷凍",
        "Haima S5 2015, 120000 km, bon état",  # the car
    ],
)
def test_their_everyday_senses_stay_out(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "bendo mi pulsar ns200 modelo 2021 🐆🔥 papeles al dia, llantas nuevas",
        "기아 타이거즈 홈 유니폼 100사이즈, 마킹 없음🐯 광주 직거래",
        "Cercasi guida naturalistica per escursioni dell'orso marsicano. Offerta di lavoro",
        "Seminário de jiu-jitsu com mestre Jacaré, inscrição R$ 80",
        "Zwei blickdichte Vorhänge in Elfenbein, 140 x 245 cm, 30 €",
        "金龙鱼1:1:1黄金比例调和油5L，整箱4桶包邮",
    ],
)
def test_everyday_listings_name_no_animal(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == set()


def test_an_animal_named_in_words_keeps_its_emoji(engine: Engine) -> None:
    """Goods words do not unmake an animal the words name: a leopard skin and a scarf."""
    assert "Panthera pardus" in _taxa(engine, "Leopard skin 🐆 with a silk scarf, $900")


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("عقاب زهبي للبيع، فرخ هالسنة", "Aquila chrysaetos"),  # ز written for ذ
        ("ظب حي للبيع، صيد بر", "Uromastyx"),  # ظ written for ض
        ("หนังเสือลายเมค ทั้งผืน ขาย", "Neofelis nebulosa"),  # ค typed for ฆ
        ("べつ甲 かんざし 本物 昭和", "Eretmochelys imbricata"),
    ],
)
def test_letters_written_for_one_another(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("골든만텔라 5마리 일괄 분양", "Mantella aurantiaca"),
        ("버미즈 스타 거북 찾습니다", "Geochelone platynota"),
        ("Cari tedong selar hidup, bayar tunai", "Ophiophagus hannah"),
        ("Cherche peau de léopart pour intronisation", "Panthera pardus"),
    ],
)
def test_keepers_names_in_korean_malay_french(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


def test_mammoth_ivory_in_korean_is_no_elephant(engine: Engine) -> None:
    assert _taxa(engine, "매머드 상아 펜던트 판매, 5만원") == set()


def test_kucing_batu_is_the_leopard_cat(engine: Engine) -> None:
    taxa = _taxa(engine, "Jual anak kucing batu jinak, tangkap hutan Pahang, RM300")
    assert taxa == {"Prionailurus bengalensis"}
