"""Regional names and trade grades: Arabic نمر as the leopard in Africa and Arabia, wild
ginseng from Quebec, Spanish cedar beside mahogany, Malagasy "bois rouge", coral grades, the
marks of a rhino-horn cup, real musk in gongjindan; and everyday senses (falcons' prey, a
Beirut suburb, a beer, a hallmark, bile-acid pills, folk tales). Texts written for these
tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis


def _analyse(engine: Engine, text: str, title: str = "", price: float | None = None) -> Analysis:
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


def _names(result: Analysis) -> list[str]:
    return [t.name for t in result.taxa]


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("عندنا جلد النمر قطع صغار، السويقة ديال مراكش، دخل للخاص", "Panthera pardus"),
        (
            "J'achète racines de ginseng sauvage, je passe en Outaouais. Texte-moi.",
            "Panax quinquefolius",
        ),
        (
            "Vendemos tablones de cedro y caoba, aserradero en Pucallpa, precio por pie.",
            "Cedrela odorata",
        ),
        (
            "Lot de 40 grumes de bois rouge, région Sava, départ Vohémar, prix à la tonne.",
            "Dalbergia",
        ),
        ("Rami grezzi 'sangue di bue' di Tosa, 420 g, senza certificati.", "Corallium japonicum"),
        ("血赤の原木を買い取ります。土佐沖産、枝でも可。", "Corallium japonicum"),
        ("老角杯一只，通体鬃眼、竹丝纹清晰，火烧有焦发味。", "Rhinocerotidae"),
        ("원방 그대로 만든 공진단 10환, 진짜 들어간 겁니다. 10환 55만.", "Moschus"),
        ("عود هندي قديم كسر، جاي من آسام. الأوقية 90 دولار", "Aquilaria malaccensis"),
        ("kasko africi 3omra sentain, yitkalam wayed. el si3r 350 dinar", "Psittacus erithacus"),
        ("غيلم محنط حجم كبير 90 سم، السعر 700 ألف دينار، البصرة", "Cheloniidae"),
        ("Les agents ont saisi 27 tortues des bois chez un collectionneur.", "Glyptemys insculpta"),
    ],
)
def test_regional_names_and_grades(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _names(_analyse(engine, text))


def test_the_arabic_tiger_stays_a_tiger_outside_africa(engine: Engine) -> None:
    result = _analyse(engine, "جلد نمر بنغالي أصلي للبيع، السعر على الخاص، دبي")
    assert _names(result) == ["Panthera tigris"]


def test_wild_ginseng_elsewhere_stays_asian_ginseng(engine: Engine) -> None:
    result = _analyse(engine, "Wild ginseng roots from Jilin, 15 years, 300 USD each.")
    assert "Panax quinquefolius" not in _names(result)


@pytest.mark.parametrize(
    "text",
    [
        "حر وحشي قرناس، يقنص حبارى وكروان من أول طلعة. السوم وصل 45 ألف",
        "شقة للإيجار بسن الفيل، 3 غرف نوم، 600 دولار بالشهر",
        "Vends 12 bouteilles de Delirium Tremens (l'éléphant rose), 30 € le tout.",
        "Bague or blanc 750/1000, saphir. Poinçon tête d'aigle. Avec facture.",
        "우루사 100mg 30정, 웅담 성분(UDCA) 간 기능 개선제, 미개봉.",
        "Librong pambata na Si Pagong at si Matsing, hardbound. 150 pesos.",
        "Truyện cổ tích: ông ba mươi và chú thỏ, truyện kể cho bé trước giờ ngủ.",
        "Passeio de flutuação no Rio Sucuri, R$ 390 por pessoa.",
        "Vendo la chamarra talla M, te la dejo en dos ajolotes.",
    ],
)
def test_everyday_senses_stay_out(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert "Chlamydotis macqueenii" not in _names(result)
    assert not [n for n in _names(result) if n != "Falco cherrug"]


@pytest.mark.parametrize(
    "text",
    [
        "La mia tartaruga stelata ha il carapace morbido. Devo preoccuparmi?",
        "Моя сухопутная черепаха не просыпается после спячки. Будить или ждать? Посоветуйте.",
        "うちのケヅメの甲羅がボコボコです。飼育相談です、どうすればいいでしょうか。",
        "설가타가 일주일째 밥을 안 먹어요. 어떡하죠?",
    ],
)
def test_a_keepers_care_question_mentions_and_trades_nothing(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert not result.taxa
    assert not result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "Annual Save the Rhino golf day, R650 per fourball.",
        "Authentic Oudh style mutton dum biryani, family pack ₹650.",
        "Шапка-ушанка из кролика под рысь, размер 57. 3 500 р.",
        "サイカブト（タイワンカブト）の幼虫3匹、500円。",
        "Restposten Wandfarbe matt, Farbton 'Elfenbein', 10 L. 25 €.",
        "Donsol butanding interaction 2D1N ₱3,500/pax, book na!",
        "Chalet Penyu Rantau Abang promo RM 150 semalam.",
        "Lirik dan chord lagu Cucak Rowo, kunci dasar G.",
    ],
)
def test_more_everyday_senses_stay_out(engine: Engine, text: str) -> None:
    assert not _analyse(engine, text).taxa


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("ヨーム（オス・7歳）、書類なし、10万円でお譲りします。", "Psittacus erithacus"),
        ("スロウロリス、大人しい子です。15万円。", "Nycticebus"),
        ("犀覚の粉 10g、漢方用です。5万円、詳細はDMで。", "Rhinocerotidae"),
        ("本物アイボリーの根付、骨董品です。8000円。", "Loxodonta africana"),
        ("Ado kulit Inyiak Balang utuh, Rp 75jt. Serius japri.", "Panthera tigris"),
    ],
)
def test_names_as_heard_and_local_names(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _names(_analyse(engine, text))
