"""Code words of `lexicon/data/code_words.yaml` and the traps of `traps_code_words.yaml`.

The texts below were written after the words, by hand, in the languages the words come from:
offers that use a code word must name the taxon it stands for; everyday texts that use the
same words in their ordinary sense (jewellery, cuisine, pets, wildebeest, audits) must name none.
"""

from __future__ import annotations

import re

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.lexicon.load import Lexicon


def names(engine: Engine, text: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title=text, text="")).taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        # ivory
        ("出X牙手镯一只，老料，包邮", "Loxodonta africana"),
        ("Bovine bone netsuke, carved, 5 cm, £80", "Loxodonta africana"),
        ("Antique ox bone figurine, heavy, carved", "Loxodonta africana"),
        ("White gold carving for sale, DM", "Loxodonta africana"),
        ("Vendo oro blanco en bruto, colmillo entero, envío discreto", "Loxodonta africana"),
        ("Netsuke en os de bœuf sculpté, 5 cm, signé", "Loxodonta africana"),
        ("Netsuke in osso di bue intagliato, firmato", "Loxodonta africana"),
        ("Figura de hueso de buey tallada, antigua, 12 cm", "Loxodonta africana"),
        # rhino horn
        ("正宗非洲角杯，微信联系", "Rhinocerotidae"),
        ("亚洲角片 5克 出", "Rhinocerotidae"),
        ("暹罗角粉，老药材，出售", "Rhinocerotidae"),
        ("出西牛角杯一个，包浆漂亮", "Rhinocerotidae"),
        # helmeted hornbill casque
        ("Carved avian ivory pendant from Borneo, DM for price", "Rhinoplax vigil"),
        ("Red ivory carving, old, DM for price", "Rhinoplax vigil"),
        ("Vends pendentif en ivoire rouge sculpté, prix sur demande", "Rhinoplax vigil"),
        ("Vendo avorio rosso intagliato, spedizione discreta", "Rhinoplax vigil"),
        ("Vendo marfim vermelho esculpido, envio discreto", "Rhinoplax vigil"),
        # totoaba swim bladder
        ("Aquatic cocaine for sale, dried, grade A", "Totoaba macdonaldi"),
        ("Kokain des Meeres: getrocknete Schwimmblasen zu verkaufen", "Totoaba macdonaldi"),
        ("Vendo cocaina del mare, vesciche essiccate", "Totoaba macdonaldi"),
        ("出售海洋可卡因，货源稳定", "Totoaba macdonaldi"),
        # medicine names in Vietnamese
        ("Bán xuyên sơn giáp loại 1, giao toàn quốc", "Manidae"),
        ("Bán hùng đởm nguyên chất, liên hệ zalo", "Ursidae"),
        ("Bán linh dương giác, hàng chuẩn", "Saiga tatarica"),
        ("Bán ông 30 nguyên bộ xương", "Panthera tigris"),
        # manta gill plates
        ("Dried gill plates, 1 kg, wholesale", "Mobula"),
        ("膨鱼鳃 干货 一斤", "Mobula"),
        # keepers' and growers' words for live animals and plants
        ("Two hookbills for sale, hand tamed, DM", "Psittaciformes"),
        ("CAG baby for sale, DNA sexed, DM", "Psittacus erithacus"),
        ("Indian stars in stock, captive bred, DM", "Geochelone elegans"),
        ("Blooming-size paph for sale, DM", "Paphiopedilum"),
    ],
)
def test_code_word_in_an_offer_names_its_taxon(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in names(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        # the jewellery metal
        "Her white gold watch sparkled",
        "Collier en or blanc et diamants, 18 carats",
        "Pulsera de oro blanco con circonitas",
        "Anello in oro bianco 18 kt con diamante",
        "Кольцо белое золото 585, размер 17",
        "Giá vàng trắng hôm nay tăng",
        "Gelang emas putih 17K, model terbaru",
        "แหวนทองคำขาวฝังเพชร",
        "خاتم ذهب أبيض عيار 18",
        "Bombom Ouro Branco caixa com 1kg",  # a chocolate bonbon
        # bone as food, dog chew and graft
        "Bovine bone graft for dental implants",
        "Cow bone dog chew, natural",
        "Os de bœuf pour chiens, sachet de 5",
        "Brodo di osso di bue fatto in casa",
        "Caldo de hueso de buey casero",
        # pets, cuisine, plastics, animals and words that contain the code word
        "台北市立動物園的大貓熊圓仔生日快樂",
        "我家大猫咪今天又胖了",
        "大猫砂盆特价包邮",
        "今天去吃非洲料理",
        "印象料理餐厅开业",
        "白塑料袋100个装",
        "黑塑料袋批发",
        "非洲角马大迁徙纪录片",
        "从亚洲角度看这个问题",
        # audits, genetics, television, ducks, timber, film stars, news, colours, gardens
        "The CAG report on the defence deal was tabled in parliament",
        "CAG repeat expansion causes Huntington's disease",
        "Big Cat Diaries box set DVD",
        "Hookbill ducks for sale, pair, 6 months",
        "Red Ivory pen blanks, 2 pcs, stabilised",
        "Kayu gubal mudah lapuk dibanding kayu teras",
        "Indian stars at the Cannes film festival",
        "Một người đàn ông 30 tuổi bị bắt",
        "伽羅色のセーター",
        "中山君は明日来ます",
        "ไม้หอมปลูกในบ้าน",
    ],
)
def test_everyday_sense_of_a_code_word_names_no_taxon(engine: Engine, text: str) -> None:
    assert names(engine, text) == set()


def test_code_word_match_reports_the_evasion(engine: Engine) -> None:
    analysis = engine.analyse(ListingText(id="t", title="出X牙手镯一只，老料，包邮", text=""))
    (match,) = [t for t in analysis.taxa if t.name == "Loxodonta africana"]
    assert "code_word" in match.evasion
    assert match.product == "ivory"
    assert analysis.wildlife_trade


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("出白塑料手镯，老料，包邮", "Loxodonta africana"),
        ("收黑塑料，杯子片子都要", "Rhinocerotidae"),
    ],
)
def test_plastic_code_words_survive_the_plastic_negation(
    engine: Engine, text: str, taxon: str
) -> None:
    assert taxon in names(engine, text)


CITATION = re.compile(r"^[^()]+ \((?:19|20)\d\d\) .+\.$")


def test_cited_code_words_name_author_year_and_title(engine: Engine) -> None:
    lexicon: Lexicon = engine.lexicon
    cited = [t for t in lexicon.of_kind("code_word") if t.citation]
    assert len(cited) >= 15
    bad = [(t.text, t.citation) for t in cited if not CITATION.match(str(t.citation))]
    assert bad == []
