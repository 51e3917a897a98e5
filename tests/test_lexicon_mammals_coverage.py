"""Names of the CITES-listed mammals the engine missed, and the traps for their other senses.

The names come from `lexicon/data/names/mammals_coverage.yaml` and the traps from
`lexicon/data/traps_mammals.yaml`. The offers and everyday texts below were written for this
file (never copied from a corpus): offers name the new taxon; everyday texts with the same
words name nothing and do not read as wildlife trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Selling a ruffed lemur, captive bred, DM for price", "Varecia variegata"),
        ("出售领狐猴一只，价格私聊", "Varecia variegata"),
        ("エリマキキツネザルの子を譲ります、価格は応相談", "Varecia variegata"),
        ("목도리여우원숭이 분양합니다, 가격 문의", "Varecia variegata"),
        ("Verkaufe Schwarzweißer Vari, Nachzucht, Preis VB", "Varecia variegata"),
        ("Продам: руконожка, цена договорная", "Daubentonia madagascariensis"),
        ("고릴라 새끼 분양합니다, 가격 문의", "Gorilla gorilla"),
        ("마운틴고릴라 박제 판매, 가격 문의", "Gorilla beringei"),
        ("수마트라오랑우탄 분양, 가격 문의", "Pongo abelii"),
        ("Slender loris for sale, tame, DM for price", "Loris tardigradus"),
        ("Продам тонкого лори, тонкий лори ручной, цена договорная", "Loris tardigradus"),
        ("出售细懒猴一只，包活，价格私聊", "Loris tardigradus"),
        ("붉은털원숭이 분양합니다, 가격 문의", "Macaca mulatta"),
        ("Verkaufe Grüne Meerkatze, zahm, Preis VB", "Chlorocebus"),
        ("Продам зелёную мартышку, зелёная мартышка ручная, цена 90000", "Chlorocebus"),
        ("피그미마모셋 분양합니다, 가격 문의", "Cebuella pygmaea"),
        ("Cottontop tamarin for sale, DM for price", "Saguinus oedipus"),
        ("出售棉顶狨一对，价格私聊", "Saguinus oedipus"),
        ("Vends douc à pattes rouges, prix à débattre", "Pygathrix nemaeus"),
        # 白臀叶猴 is any douc: the genus, since all three doucs are in the species data
        ("出售白臀叶猴，价格私聊", "Pygathrix"),
        ("Продам долгопята, цена договорная", "Tarsius"),
        ("メガネザルを譲ります、価格は応相談", "Tarsius"),
        ("Verkaufe Tigerjunges, Preis VB", "Panthera tigris"),
        ("虎の皮の敷物を譲ります、価格は応相談", "Panthera tigris"),
        ("Продам онциллу, котёнок, цена договорная", "Leopardus tigrinus"),
        ("ジャガーネコを譲ります、価格は応相談", "Leopardus tigrinus"),
        ("出售长尾虎猫，价格私聊", "Leopardus wiedii"),
        ("스라소니 가죽 판매합니다, 가격 문의", "Lynx lynx"),
        ("살쾡이 새끼 분양합니다, 가격 문의", "Prionailurus bengalensis"),
        ("Verkaufe Asiatische Goldkatze, Preis VB", "Catopuma temminckii"),
        ("Verkaufe Wildkatze, Nachzucht, Preis VB", "Felis silvestris"),
        ("リビアヤマネコを譲ります、価格は応相談", "Felis silvestris"),
        ("Black footed cat kitten for sale, DM for price", "Felis nigripes"),
        ("出售渔猫幼崽，价格私聊", "Prionailurus viverrinus"),
        ("고기잡이살쾡이 분양합니다, 가격 문의", "Prionailurus viverrinus"),
        ("불곰 웅담 판매, 가격 문의", "Ursus arctos"),
        ("Продам шкуру губача, цена договорная", "Melursus ursinus"),
        ("出售美洲黑熊胆，价格私聊", "Ursus americanus"),
        ("Продам шкуру барибала, барибал, цена 50000", "Ursus americanus"),
        ("북극곰 가죽 판매합니다, 가격 문의", "Ursus maritimus"),
        ("Verkaufe Eisbärfell, Preis VB", "Ursus maritimus"),
        ("Продам тапира, цена договорная", "Tapiridae"),
        ("出售马来貘，价格私聊", "Tapirus indicus"),
        ("Продам кулана, цена договорная", "Equus hemionus"),
        ("Verkaufe Przewalski-Pferd, Preis VB", "Equus przewalskii"),
        ("出售普氏野马，价格私聊", "Equus przewalskii"),
        ("Verkaufe Säbelantilope, Preis VB", "Oryx dammah"),
        ("出售阿拉伯剑羚，价格私聊", "Oryx leucoryx"),
        ("Verkaufe Damagazelle, Preis VB", "Nanger dama"),
        ("出售野牦牛角，价格私聊", "Bos mutus"),
        ("ビクーニャのコートを譲ります、価格は応相談", "Vicugna vicugna"),
        ("Продам шкуру полосатой гиены, полосатая гиена, цена договорная", "Hyaena hyaena"),
        ("鯨肉を販売します、価格は応相談", "Cetacea"),
        ("고래고기 판매합니다, 가격 문의", "Cetacea"),
        ("향유고래 이빨 판매, 가격 문의", "Physeter macrocephalus"),
        ("바다코끼리 상아 판매합니다, 가격 문의", "Odobenus rosmarus"),
        ("Продам белуху, цена договорная", "Delphinapterus leucas"),
        ("Beluga whale for sale to aquarium, price on request", "Delphinapterus leucas"),
        ("Продам афалину, цена договорная", "Tursiops truncatus"),
        ("出售宽吻海豚，价格私聊", "Tursiops truncatus"),
        ("Продам косатку в океанариум, цена договорная", "Orcinus orca"),
        ("出售虎鲸，价格私聊", "Orcinus orca"),
        ("出售中华白海豚标本，价格私聊", "Sousa chinensis"),
        ("Verkaufe Buckelwal Knochen, Preis VB", "Megaptera novaeangliae"),
        ("Vendo dente de jubarte, preço a combinar", "Megaptera novaeangliae"),
        ("Manatee bones for sale, DM for price", "Trichechus manatus"),
        ("Wolf pelt for sale, tanned, DM for price", "Canis lupus"),
        ("Продам волчью шкуру, цена договорная", "Canis lupus"),
        ("Verkaufe Wolfsfell, Preis VB", "Canis lupus"),
        ("出售狼皮，价格私聊", "Canis lupus"),
        ("Verkaufe Mähnenwolf, Preis VB", "Chrysocyon brachyurus"),
        ("出售大食蚁兽，价格私聊", "Myrmecophaga tridactyla"),
        ("Vends paresseux à trois doigts, prix à débattre", "Bradypus variegatus"),
        ("出售三趾树懒，价格私聊", "Bradypus variegatus"),
        ("Wild chinchilla for sale, DM for price", "Chinchilla"),
        ("ビントロングを譲ります、価格は応相談", "Arctictis binturong"),
        ("Nauza ngozi ya simba marara, bei nafuu, piga simu", "Panthera tigris"),
        ("Jual taring macan tutul asli, harga nego", "Panthera pardus"),
        ("للبيع جلد ذئب أصلي السعر بالخاص", "Canis lupus"),
        ("Bán chó sói đỏ, giá tốt, liên hệ zalo", "Cuon alpinus"),
        ("ขายเขากระทิงป่า ราคาดี สนใจทักแชท", "Bos gaurus"),
    ],
)
def test_new_name_is_found_as_its_taxon(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert taxon in {t.name for t in result.taxa}
    assert result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("바다코끼리 상아 판매합니다, 가격 문의", "Loxodonta africana"),
        ("ジャガーネコを譲ります、価格は応相談", "Panthera onca"),
        ("出售美洲黑熊胆，价格私聊", "Ursus thibetanus"),
        ("出售三趾树懒，价格私聊", "Choloepus didactylus"),
        ("피그미마모셋 분양합니다, 가격 문의", "Callithrix jacchus"),
        ("出售长尾虎猫，价格私聊", "Leopardus pardalis"),
        ("Nauza ngozi ya simba marara, bei nafuu, piga simu", "Panthera leo"),
        ("Jual taring macan tutul asli, harga nego", "Panthera tigris"),
    ],
)
def test_name_holding_another_name_is_not_read_as_that_taxon(
    engine: Engine, text: str, absent: str
) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert absent not in {t.name for t in result.taxa}


@pytest.mark.parametrize(
    "text",
    [
        "Продам палатку, поход на гору Белуха, цена 5000",
        "Тур на Белуху, 7 дней, цена 45000 руб",
        "Продам аквариумную рыбку косатка-скрипун, цена 200 руб",
        "Продам котёнка, бенгальская кошка с родословной, цена 30000 руб",
        "House for sale in Manatee County, FL, price reduced",
        "Rhesus negative blood type, donors wanted, call now",
        "Donald Tusk visited Warsaw today",
        "Walrus Audio pedal for sale, $150",
        "Cheetah Mobile stock price drops",
        "Crypto whale sells bitcoin, price drops",
        "Hippo Insurance quote, price per month",
        "Vicuna 13B model weights, download for free",
        "Chinchilla kit for sale, cage and food, $50",
        "Chinchilla cage for sale, two levels, $40",
        "Verkaufe Chinchilla Käfig, Preis VB",
        "Verkaufe Bengalkatze Kitten, mit Stammbaum, Preis 900 Euro",
        "出售《白鲸记》精装版，九成新，价格私聊",
        "熊掌豆腐 做法，超市价格",
        "불곰국 여행 후기, 가격 정보",
        "갤럭시 고릴라 글래스 액정 판매, 가격 문의",
        "고릴라 테이프 팝니다, 가격 문의",
        "Bán dầu cù là con hổ, giá tốt",
    ],
)
def test_everyday_sense_names_no_taxon(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert not result.taxa
    assert not result.wildlife_trade
