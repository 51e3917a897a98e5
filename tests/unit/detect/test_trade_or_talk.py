"""Whether a text that names real animals trades them: adoptions and gifts that ask a fee are
sales; lost pets, a pet that stopped eating and awareness posts are not; a look-alike the buyer
refuses negates nothing. Also: a Russian word with Latin look-alikes, a car model after a
Chinese name. Written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _analyse(engine: Engine, text: str, title: str = "") -> tuple[list[str], bool]:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    return [t.name for t in result.taxa], result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "Lepas anak kucing batu 2 bulan, yuran adopt RM300, takde permit. COD Kuantan.",
        "Estou doando meu sagui, peço uma taxa de adoção de R$ 400, retirar em Recife.",
        "コツメカワウソの里親募集、譲渡費として30万円いただきます。",
    ],
    ids=["ms", "pt", "ja"],
)
def test_an_adoption_or_gift_that_asks_a_fee_is_a_sale(engine: Engine, text: str) -> None:
    taxa, trade = _analyse(engine, text)
    assert taxa
    assert trade


@pytest.mark.parametrize(
    "text",
    [
        "SE PERDIÓ loro frente azul 'Pepe', se nos escapó el domingo. Recompensa a quien lo "
        "devuelva, 351-555-0147.",
        "Papagei entflogen! Graupapagei Coco vermisst seit Montag, Finderlohn 200 €.",
        "Usinunue bidhaa za pembe za ndovu. Tuwaripoti wanaouza kwa KWS.",
        "Nói không với vòng ngà voi. Hãy báo cho đường dây nóng nếu thấy ai rao bán.",
    ],
    ids=["lost-es", "lost-de", "awareness-sw", "awareness-vi"],
)
def test_lost_pets_and_awareness_posts_are_no_trade(engine: Engine, text: str) -> None:
    assert _analyse(engine, text)[1] is False


def test_a_refused_look_alike_said_later_in_the_clause(engine: Engine) -> None:
    taxa, trade = _analyse(
        engine, "한약재로 쓸 진짜 사향 구합니다. 가격은 쪽지로. 합성 사향은 사절입니다."
    )
    assert "Moschus" in taxa
    assert trade


def test_a_russian_word_with_latin_look_alikes_stays_russian(engine: Engine) -> None:
    taxa, _ = _analyse(engine, "Птенец жaкo 4 мес, выкормыш, 80 000 руб")
    assert "Psittacus erithacus" in taxa


def test_a_model_code_after_a_chinese_name_is_a_car(engine: Engine) -> None:
    assert _analyse(engine, "海马S5 2016款 自动挡，行驶8万公里，个人一手车")[0] == []
    assert "Hippocampus" in _analyse(engine, "干海马 公母一对 泡酒 200元")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Missing since Tuesday: our Hermann's tortoise Shelly, microchipped. Reward offered.",
        "Is it legal to own a fennec fox in Ohio? Before we start looking, what do we need?",
        "Stayed 4 nights at a small resort on Hawksbill Bay. Room was US$180 a night.",
        "Original Super Eagles home jersey, size L. N15,000, delivery Lagos mainland.",
    ],
    ids=["lost", "legal-question", "place", "team"],
)
def test_english_posts_about_animals_that_trade_none(engine: Engine, text: str) -> None:
    assert _analyse(engine, text)[1] is False


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        (
            "6 ft sea unicorn tusk from a family estate, tight spiral. CAD 9,000",
            "Monodon monoceros",
        ),
        (
            "Asli bagh nakh in silver locket, old piece. ₹18,000, courier all India",
            "Panthera tigris",
        ),
        (
            "Held 11 containers of rosewood (Pterocarpus erinaceus) at Tema port",
            "Pterocarpus erinaceus",
        ),
    ],
)
def test_english_trade_names_around_the_world(engine: Engine, text: str, taxon: str) -> None:
    assert _analyse(engine, text)[0] == [taxon]


def test_a_look_alike_the_seller_says_it_is_not_negates_nothing(engine: Engine) -> None:
    """Maghrebi "ماشي" (not) before "plastic": the bracelets are real tortoiseshell."""
    taxa, trade = _analyse(
        engine, "نبيع جوج دبالج ديال الذبل القديم، ذبل حقيقي ماشي بلاستيك. 2500 درهم، فاس."
    )
    assert taxa == ["Eretmochelys imbricata"]
    assert trade
