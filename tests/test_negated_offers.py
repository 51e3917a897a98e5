"""An owner who says an animal is not for sale is not trading it; a seller who restricts a sale
("not to minors", "not separately", "no retail", "no fakes") still is."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.negated_offers import denied_offer


def analyse(engine: Engine, text: str, price: float | None = None) -> tuple[bool, set[str]]:
    """The trade decision and the animals named: detected, or only mentioned when the post
    talks about them ("just sharing photos")."""
    result = engine.analyse(ListingText(id="t", title="", text=text, price=price))
    named = {t.name for t in result.taxa} | set(result.signals.get("mentioned", []))
    return result.wildlife_trade, named


@pytest.mark.parametrize(
    "text",
    [
        "No vendo loros, solo adopción responsable de mi loro gris.",
        "Not for sale! Just sharing photos of my African grey parrot enjoying the sun.",
        "Meu papagaio-verdadeiro não está à venda, parem de perguntar.",
        "Mon perroquet gris du Gabon n'est pas à vendre, merci de ne plus demander.",
        "Mein Graupapagei ist nicht zu verkaufen, bitte keine Anfragen mehr.",
        "Il mio pappagallo cenerino non è in vendita.",
        "ببغاء رمادي ليس للبيع",
        "Burung kakatua saya tidak dijual.",
        "Ang aking loro ay hindi binebenta.",
        "我的非洲灰鹦鹉不卖，别问了。",
        "Con vẹt xám của tôi không bán.",
        "非卖品：象牙雕件展示",
        "People keep asking about our hyacinth macaws: none of them are for sale.",
    ],
)
def test_a_denied_offer_is_no_trade_but_the_taxon_stays(engine: Engine, text: str) -> None:
    trade, taxa = analyse(engine, text)
    assert not trade
    assert taxa, "the animal is still named: a supervisor may want to see who keeps it"


@pytest.mark.parametrize(
    "text",
    [
        "Vendo tortuga morrocoy, no vendo por separado, solo la pareja.",
        "Selling ball python, not for sale to under 18s.",
        "Không bán lẻ, chỉ bán sỉ vảy tê tê, liên hệ zalo",
        "不卖假货，只卖真象牙手镯",
        "Tidak dijual ke luar negeri, kakatua jambul kuning 5jt",
        "Продаю шкуру медведя, не продаю отдельно когти",
        "ขายงาช้าง ไม่ขายแยกชิ้น",
        "Gusto ko bumili ng loro, may alam ba kayo?",
    ],
)
def test_a_restricted_sale_still_sells(engine: Engine, text: str) -> None:
    trade, taxa = analyse(engine, text)
    assert trade
    assert taxa


def test_english_no_before_an_offer_word_denies_nothing() -> None:
    text = "no offers, no swaps"
    assert not denied_offer(text, text.index("swaps"), len(text))


def test_spanish_no_denies_its_own_verbs_only() -> None:
    text = "no vendo"
    assert denied_offer(text, 3, len(text))
    tagalog = "gusto ko bumili"  # "ko" is Tagalog "I", not Vietnamese "not"
    assert not denied_offer(tagalog, tagalog.index("bumili"), len(tagalog))


def test_korean_and_japanese_deny_after_the_verb() -> None:
    ja = "この象牙は販売していません"
    assert denied_offer(ja, ja.index("販売"), ja.index("販売") + 2)
    ko = "상아는 판매하지 않습니다"
    assert denied_offer(ko, ko.index("판매"), ko.index("판매") + 2)


@pytest.mark.parametrize(
    "text",
    [
        "Ramai PM tanya harga memerang dalam video tu. Dia bukan untuk dijual ya, harga takde.",
        "Nhiều bạn inbox hỏi giá bé vẹt xám trong clip. Không bán đâu ạ, khoe thôi.",
        "มีคนทักมาถามราคานกเงือกในรูปเยอะมาก ไม่ได้ขายนะคะ แค่ถ่ายรูป",
        "We keep getting messages asking how much for our Moluccan cockatoo. She is NOT for sale.",
    ],
)
def test_a_denial_outweighs_the_price_others_asked(engine: Engine, text: str) -> None:
    trade, taxa = analyse(engine, text)
    assert not trade
    assert taxa


def test_a_listing_price_or_an_undenied_offer_outweighs_a_denial(engine: Engine) -> None:
    assert analyse(engine, "Not for sale separately. Selling the pair of African greys")[0]
    assert analyse(engine, "Loro gris, no vendo a menores", price=900.0)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Bracelet jonc en corne de zébu, pas d'ivoire, pas de corne de rhinocéros. 12 €",
        "Pulsera sin marfil, 20 euros",
        "Armreif ohne Elfenbein, 20 Euro",
        "Gelang bukan gading, harga 50rb",
        "不是象牙，是牛骨手镯，50元",
        "Bracelet en corne de zébu. Ce n'est ni de l'ivoire ni de la corne de rhinocéros. 12 €",
    ],
)
def test_goods_said_absent_name_no_taxon(engine: Engine, text: str) -> None:
    assert analyse(engine, text) == (False, set())


def test_not_only_is_no_absence(engine: Engine) -> None:
    trade, taxa = analyse(engine, "Not only ivory but also rhino horn, DM")
    assert trade
    assert taxa == {"Loxodonta africana", "Rhinocerotidae"}
