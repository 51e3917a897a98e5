"""Korean, Swahili, Tagalog and Malay names, intent and context; more Chinese, Japanese,
Vietnamese, Russian and Arabic trade phrasing; loanwords and pinyin initials; sums of money."""

from __future__ import annotations

import pytest

from wildtrace.detect.amounts import find_amounts
from wildtrace.detect.context import WHATSAPP
from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis


def analyse(engine: Engine, title: str, text: str = "") -> Analysis:
    return engine.analyse(ListingText(id="t", title=title, text=text))


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("통상아 인감 도장 팝니다. 택포 35만원, 카톡 문의", "Loxodonta africana"),
        ("라이노혼 원물 120g, 텔레그램으로 연락주세요", "Rhinocerotidae"),
        ("인도별거북 6cm 개체 분양합니다. 분양가 45만원", "Geochelone elegans"),
        ("웅담 구합니다. 가격 맞으면 바로 입금", "Ursidae"),
        ("천연 아이보리 인감 도장 재료 팝니다", "Loxodonta africana"),  # loanword + seal
        ("Magamba ya kakakuona yanapatikana, kilo 5. Wasiliana nami", "Manidae"),
        ("Watoto wa kasuku wa kijivu wanauzwa, bei Tsh 350,000", "Psittacus erithacus"),
        ("Ninahitaji pembe ya kifaru, nitumie ujumbe", "Rhinocerotidae"),
        ("May kaliskis ng balintong, 1 kilo. Presyo sa PM", "Manis culionensis"),
        ("Naghahanap ako ng katala, sino may? PM po", "Cacatua haematuropygia"),
        ("Malaking tuko, 400 grams, buhay. Text lang", "Gekko gecko"),
        ("Hempedu beruang kering, harga RM800 sebiji. Berminat PM", "Ursidae"),
        ("Sesiapa ada sumbu badak asli? Nak beli segera", "Rhinocerotidae"),
        ("出一批XY挂件，包浆自然，有意者私聊", "Loxodonta africana"),  # pinyin initials
        ("天然アイボリーの根付、状態良好。DMで", "Loxodonta africana"),  # katakana loanword
    ],
)
def test_offer_resolves_to_taxon_and_reads_as_trade(engine: Engine, text: str, taxon: str) -> None:
    result = analyse(engine, text)
    assert taxon in {t.name for t in result.taxa}
    assert result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "犀角杯 自家老货转让，价格美丽，vx联系",
        "长期收穿山甲片，量大从优，加我详谈",
        "未使用の本象牙の印鑑です。即購入OK、送料込 12,000円",
        "Bên em có ngà voi nguyên khúc 3kg, giá 25tr/kg",
        "Cần gom vảy tê tê số lượng lớn, ai có ib em",
        "Куплю дорого рог носорога, пишите в ЛС",
        "Шкура тигра амурского, в продаже",
        "قطعة عاج أصلي وزن 2 كيلو، السعر بالخاص، للجادين فقط",
        "صقر حر فرخ، السوم وصل 15 ألف",
    ],
)
def test_colloquial_offers_and_requests_read_as_trade(engine: Engine, text: str) -> None:
    result = analyse(engine, text)
    assert result.taxa
    assert result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "일본 코끼리밥솥 10인용 판매합니다. 택배 가능, 5만원",  # a rice cooker brand
        "아이보리 색상 니트 원피스 판매, 택포 2만원",  # the colour
        "아이들이 좋아하는 호랑이 인형 80cm 판매합니다",  # a plush toy
        "사랑앵무 아기 두 마리 분양해요. 분양가 3만원",  # budgerigars are not listed
        "육지거북 전용 사료 1kg 판매합니다. 무료배송",  # pet food
        "중고 자전거 팝니다. 당사자 간 직거래만 가능",  # 사자 inside 당사자
        "Simba SC imeifunga Yanga na mashabiki wa Simba wanasherehekea. Tiketi Tsh 10,000",
        "Twiga Cement mfuko mmoja bei Tsh 17,000, tunasafirisha",
        "Jezi ya Kobe Bryant namba 24, original, bei elfu 80",
        "Tunaandaa safari ya utalii kuona tembo na simba Tarangire. Bei $450",
        "Sawa na ako sa traffic sa EDSA, magbebenta na lang ako ng kotse",
        "Cute na stuffed toy na pawikan, laruan ng bata. ₱250 lang, COD",
        "Loro Piana cashmere sweater, orig. Php 18,000",
        "Skuad Harimau Malaya menang menentang Singapura. Tiket RM50",
        "Orkid plastik untuk hiasan rumah, 3 pasu RM45",
        "象牙白瓷砖 800x800 特价 包邮 每片45元",
        "アイボリーのニット、Mサイズ。送料無料 2,500円",
    ],
)
def test_hard_negatives_stay_negative(engine: Engine, text: str) -> None:
    assert not analyse(engine, text).wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "인천공항 세관이 상아 조각품 30점을 압수했다. 시가 5천만원 상당이다.",
        "Polisi wamewakamata watu watatu wakiwa na pembe za ndovu za shilingi milioni 200.",
        "Nasabat ng PNP ang 12 buhay na pawikan; inaresto ang dalawang suspek.",
        "Dua lelaki ditahan; polis merampas sisik tenggiling bernilai RM2 juta.",
        "海关查获象牙制品12件，价值300万元，犯罪嫌疑人已被刑事拘留。",
        "Таможенники изъяли бивни слона на сумму 3 млн рублей.",
    ],
)
def test_news_with_the_value_of_a_seizure_is_not_an_offer(engine: Engine, text: str) -> None:
    result = analyse(engine, text)
    assert result.taxa
    assert not result.wildlife_trade


def test_a_negation_denied_after_the_word_is_cancelled(engine: Engine) -> None:
    """Korean says "not" after the word: "가짜 아님" (not fake) keeps the offer."""
    assert analyse(engine, "상아 도장 가짜 아님, 가격 쪽지").taxa
    assert not analyse(engine, "상아 도장 가짜, 가격 쪽지").taxa


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("RM350", "RM350"),
        ("only ₱1,500", "₱1,500"),
        ("Tsh 50,000", "Tsh 50,000"),
        ("giá 25tr/kg", "25tr"),
        ("150k freeship", "150k"),
        ("1500 руб", "1500 руб"),
        ("12,000円", "12,000円"),
    ],
)
def test_sums_of_money_are_found(text: str, found: str) -> None:
    assert [text[s:e] for s, e in find_amounts(text)] == [found]


@pytest.mark.parametrize("text", ["500g", "4x4", "in 2019", "size 42", "A4 paper", "mp3"])
def test_numbers_without_a_currency_are_not_sums(text: str) -> None:
    assert not find_amounts(text)


def test_whatsapp_needs_a_number_as_swahili_wa_means_of() -> None:
    assert WHATSAPP.search("WA 0812 3456 789")
    assert WHATSAPP.search("wa.me/255754221908")
    assert not WHATSAPP.search("mashabiki wa Simba")


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("Bán vẹt xám Châu Phi 3 tháng tuổi", True),  # bán: sell, matched with its accent
        ("Vẹt xám Châu Phi của bạn 3 tháng tuổi", False),  # bạn (you) folds to the same "ban"
        ("Công an thu giữ 50kg ngà voi trị giá 3 tỷ đồng, đường dây mua bán bị triệt phá", False),
    ],
)
def test_vietnamese_trade_words_keep_their_accents(engine: Engine, text: str, trade: bool) -> None:
    assert analyse(engine, text).wildlife_trade is trade


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("出犀角杯一只 品相完美", True),  # 出: selling
        ("收 老象牙筷子", True),  # 收: buying
        ("海关没收象牙12根，当事人被罚款。", False),  # 没收: confiscated
    ],
)
def test_a_bare_chinese_verb_before_the_goods_is_intent(
    engine: Engine, text: str, trade: bool
) -> None:
    result = analyse(engine, text)
    assert result.taxa
    assert result.wildlife_trade is trade


@pytest.mark.parametrize(
    "text",
    [
        "手养金刚鹦鹉宝宝，已开食，包活",
        "ケヅメリクガメのベビー、健康保証付き",
        "Vẹt xám Châu Phi đã cai sữa, bao khỏe, bao nuôi",
    ],
)
def test_seller_guarantees_read_as_offers(engine: Engine, text: str) -> None:
    assert analyse(engine, text).wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "شاهين فرخ مع أوراق الجمارك وجواز الصقر",  # customs papers, not a customs seizure
        "Попугай жако 1 год, растаможен, есть копия разрешения СИТЕС",  # a copy of a permit
        "كاسكو انثى عمرها سنة، ياكل كل انواع الطعام، السعر 2500 ريال",  # eats any food
    ],
)
def test_legal_papers_and_care_notes_do_not_cancel_an_offer(engine: Engine, text: str) -> None:
    result = analyse(engine, text)
    assert result.taxa
    assert result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("قرد صغير للبيع، السعر بالخاص", "Primates"),
        ("زعانف قرش المطرقة مجففة للبيع", "Sphyrnidae"),
        ("Filhote de tartaruga-estrela, envio para todo o Brasil", "Geochelone elegans"),
        ("Продаю мартышку, ручная, 1 год", "Primates"),
    ],
)
def test_everyday_names_filled_in(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in {t.name for t in analyse(engine, text).taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("老HDH戒面一对，红皮正，有意私聊", "Rhinoplax vigil"),
        ("XJ杯一只，老料包浆厚，可验货", "Rhinocerotidae"),
    ],
)
def test_pinyin_initials_beside_an_item_are_transliterations(
    engine: Engine, text: str, taxon: str
) -> None:
    (match,) = [t for t in analyse(engine, text).taxa if t.name == taxon]
    assert "transliteration" in match.evasion


def test_pinyin_initials_without_an_item_are_nothing(engine: Engine) -> None:
    assert not analyse(engine, "HDH高清线3米，支持4K，包邮").taxa


@pytest.mark.parametrize(
    "text",
    [
        "FS: suklay na gawa sa karey, luma na. LP 3k, meetup QC",
        "Gelang gading gajah asli readystock, harga termasuk pos. PM tepi",
        "설카타 아성체 팔아요",
    ],
)
def test_marketplace_shorthand_reads_as_trade(engine: Engine, text: str) -> None:
    assert analyse(engine, text).wildlife_trade


def test_whatsapp_written_wa_in_a_phrase_is_contact(engine: Engine) -> None:
    assert analyse(engine, "Kukang jinak, minat langsung WA aja").wildlife_trade
