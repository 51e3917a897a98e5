"""Fish and invertebrate names and traps added where the engine missed or misread them.

The names come from `lexicon/data/names/aquatic_coverage.yaml` and the traps from
`lexicon/data/traps_aquatic.yaml`. The offers and everyday texts below were written for this
file (never copied from a corpus): each offer names the taxon the new name points to; each
everyday text uses a name in another sense and must name no taxon and read as no trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        # sturgeons and caviar
        ("Selling almas caviar 50g tin, price 900 USD", "Huso huso"),
        ("Продам белужину свежую, цена 5000 руб", "Huso huso"),
        ("Продам севрюжью икру, 250 г, цена 9000 руб", "Acipenser stellatus"),
        ("セヴルーガキャビア 30g 販売します、価格12000円", "Acipenser stellatus"),
        ("オシェトラキャビア 50g を販売、価格15000円", "Acipenser gueldenstaedtii"),
        ("오세트라 캐비어 30g 판매합니다 가격 20만원", "Acipenser gueldenstaedtii"),
        ("Продам калужью икру, цена 12000 руб", "Huso dauricus"),
        ("Verkaufe Kalugakaviar 100 g, Preis 200 Euro", "Huso dauricus"),
        ("Selling white sturgeons for ponds, price 50 USD each", "Acipenser transmontanus"),
        ("出售高首鲟鱼苗，价格5元一条", "Acipenser transmontanus"),
        ("Продам персидского осетра, цена 3000 руб/кг", "Acipenser persicus"),
        ("出售波斯鲟，价格200元", "Acipenser persicus"),
        ("Продам ленского осетра живого, цена 1500 руб", "Acipenser baerii"),
        ("Verkaufe Sterletkaviar 50 g, Preis 80 Euro", "Acipenser ruthenus"),
        ("Продам атлантический осётр, цена 2000 руб", "Acipenser sturio"),
        ("出售短吻鲟，价格300元", "Acipenser brevirostrum"),
        # other fishes
        ("Продам тотоабы пузырь, цена договорная", "Totoaba macdonaldi"),
        ("나폴레옹피시 판매합니다 가격 50만원", "Cheilinus undulatus"),
        ("Bán cá mó napoleon sống giá 3tr", "Cheilinus undulatus"),
        ("실러캔스 표본 판매합니다 가격 100만원", "Latimeria"),
        ("Selling gombessa specimen, price 2000 USD", "Latimeria"),
        ("유럽 실뱀장어 판매합니다 kg당 가격 문의", "Anguilla anguilla"),
        ("Продам стеклянных угрей, цена за кг", "Anguilla anguilla"),
        ("オオウミウマ 乾燥 販売します、価格3000円", "Hippocampus kuda"),
        ("出售直立海马，价格50元一只", "Hippocampus erectus"),
        ("Vendo cavalluccio camuso essiccato, prezzo 20 euro", "Hippocampus hippocampus"),
        ("Selling longsnout seahorse pair, price 80 USD", "Hippocampus guttulatus"),
        # sharks
        ("Selling tiger shark fins 5kg, price 900 USD", "Carcharhinidae"),
        ("Vendo aletas de tiburón tigre, precio 300 dólares", "Carcharhinidae"),
        ("Продам тигровую акулу, челюсти, цена 20000 руб", "Carcharhinidae"),
        ("ขายฉลามเสือ ครีบแห้ง ราคา 5000 บาท", "Carcharhinidae"),
        ("Jual sirip hiu macan kering, harga 2 juta", "Carcharhinidae"),
        ("Jual sirip yu harimau, harga RM500", "Carcharhinidae"),
        ("Selling blacktip shark fins 5kg, price 900 USD", "Carcharhinidae"),
        ("出售乌翅真鲨鱼翅，价格800元", "Carcharhinidae"),
        ("뱀상어 이빨 판매합니다 가격 5만원", "Carcharhinidae"),
        ("Selling bull sharks jaws, price 300 USD", "Carcharhinus leucas"),
        ("Verkaufe Bullenhai Gebiss, Preis 300 Euro", "Carcharhinus leucas"),
        ("出售公牛鲨鱼翅，价格600元", "Carcharhinus leucas"),
        ("Bán vây cá mập bò giá 5tr", "Carcharhinus leucas"),
        ("Selling blue shark fins 20kg, price 1500 USD", "Prionace glauca"),
        ("出售大青鲨鱼翅，价格300元", "Prionace glauca"),
        ("ヨシキリザメのヒレを販売します、価格5000円", "Prionace glauca"),
        ("Продам синюю акулу, плавники, цена 5000", "Prionace glauca"),
        ("Jual sirip hiu biru kering, harga 1 juta", "Prionace glauca"),
        ("청상아리 이빨 판매합니다 가격 3만원", "Isurus oxyrinchus"),
        ("Selling longfin mako shark jaws, price 400 USD", "Isurus paucus"),
        ("Jual sirip yu monyet, harga RM300", "Alopias"),
        ("出售大眼长尾鲨鱼翅，价格500元", "Alopias superciliosus"),
        ("Продам китовую акулу, плавник, цена договорная", "Rhincodon typus"),
        ("Selling bonnethead shark for aquarium, price 600 USD", "Sphyrnidae"),
        ("홍살귀상어 지느러미 판매합니다 가격 문의", "Sphyrna lewini"),
        ("Selling smooth hammerheads fins, price 800 USD", "Sphyrna zygaena"),
        # rays
        ("Selling reef manta gill plates, price 400 USD", "Mobula alfredi"),
        ("出售阿氏蝠鲼鳃，价格500元", "Mobula alfredi"),
        ("Selling guitarfish fins 10kg, price 700 USD", "Rhinobatidae"),
        ("Selling giant guitarfish fins, price 900 USD", "Glaucostegus"),
        ("Selling white-spotted guitarfish fins, price 900 USD", "Rhynchobatus australiae"),
        ("出售绿锯鳐吻，价格3000元", "Pristis zijsron"),
        ("톱가오리 톱 판매합니다 가격 100만원", "Pristidae"),
        # molluscs, corals, sea cucumbers
        ("Selling bear's paw clam shell, price 40 USD", "Hippopus hippopus"),
        ("Vendo almeja pata de oso, concha grande, precio 30", "Hippopus hippopus"),
        ("シャゴウガイの貝殻を販売します、価格3000円", "Hippopus hippopus"),
        ("콘크펄 반지 판매합니다 가격 80만원", "Aliger gigas"),
        ("Selling organ pipe coral piece, price 30 USD", "Tubiporidae"),
        ("Selling fire coral skeleton, price 25 USD", "Milleporidae"),
        ("Selling elegance coral frag, price 60 USD", "Scleractinia"),
        ("Vendo corales sps para acuario, precio 20 euros", "Scleractinia"),
        ("出售LPS珊瑚，价格100元", "Scleractinia"),
        ("Продам изделия из чёрного коралла, цена 3000", "Antipatharia"),
        ("出售猪婆参干货，价格每斤800元", "Holothuria fuscogilva"),
        ("出售凤梨海参，价格每斤600元", "Thelenota ananas"),
        # insects, spiders, scorpions, leeches
        ("Selling golden kaiser-i-hind pair A1, price 300 USD", "Teinopalpus"),
        ("Selling jamaican swallowtail specimen, price 900 USD", "Papilio homerus"),
        ("ルソンカラスアゲハ 標本 販売します、価格8000円", "Papilio chikae"),
        ("メガネトリバネアゲハ 標本 販売、価格5000円", "Ornithoptera priamus"),
        ("Selling curly hair tarantula slings, price 10 USD", "Brachypelma"),
        ("グーティーサファイア 販売します、価格8000円", "Poecilotheria"),
        ("Продам императорских скорпионов, цена 1500 руб", "Pandinus imperator"),
        ("Pijawki lekarskie for sale, price 10 EUR, shipping EU", "Hirudo medicinalis"),
        ("Продам медицинскую пиявку, цена 100 руб", "Hirudo medicinalis"),
    ],
)
def test_new_name_found_as_its_taxon(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title=text, text=""))
    assert {t.name for t in result.taxa} == {taxon}
    assert result.wildlife_trade is True


@pytest.mark.parametrize(
    "text",
    [
        # aquarium fishes, shells and insects named after mammals and birds
        "Selling leopard pleco 10cm, price 20",
        "Selling tiger oscar 10cm, price 15",
        "Selling eagle ray, aquarium size, price 300",
        "Selling panda cory catfish, 5 for 20 USD",
        "Selling jaguar cichlid pair, price 30",
        "Selling giraffe catfish, price 20",
        "Selling panther grouper juvenile, price 30",
        "Selling elephant ear betta male, price 15 USD",
        "Selling elephant nose fish, price 20",
        "Selling elephant beetle larvae, price 20",
        "Selling elephant tusk shells, dentalium, price 2",
        "Selling lion's paw scallop shell, price 20",
        "Selling tiger cowrie shell, price 5",
        "Selling tiger grouper fillets, price 12",
        "Selling lion fish for aquarium, price 20",
        "Vendo pez león para acuario, precio 20 dólares",
        "Vends poisson-lion pour aquarium, prix 30 euros",
        "Vendo pesce leone per acquario, prezzo 30 euro",
        "Vendo peixe-leão para aquário, preço 50 reais",
        "Bán cá sư tử cảnh giá 200k",
        "ขายปลาสิงโต ราคา 300 บาท",
        "Продам рыбу-льва для аквариума, цена 1000",
        "Продам рыбу-попугая, цена 500 руб",
        "老虎斑 鲜活 出售 价格每斤120元",
        "熊猫鼠鱼 出售 10元一条",
        "Jual ikan hiu macan tutul, harga 2 juta",
        "Cá mập beo cảnh bán giá 2tr",
        "Vendo mero tigre fresco, precio 10 euros",
        # snails, coral and shark words in other senses
        "Vendo caracoles de jardín para criar, precio 5 euros",
        "Selling red coral lettuce 1kg fresh, price 3",
        "Coral rock pavers for patio, price per pallet 300",
        "Selling Blue Coral car wax, price 10 USD",
        "Tour lặn ngắm san hô Nha Trang giá 500k",
        "Paket wisata snorkeling lihat terumbu karang Rp 150.000",
        "Bán bộ cờ cá ngựa cho bé giá 50k",
        "Lésion de l'hippocampe et mémoire, rendez-vous neurologue",
        "Vintage Kaiser-i-Hind medal, silver, price 300 USD",
        "Fidget spinner shark design, price 3 USD",
        "Vendo tiburón toro arenero para acuario público",
    ],
)
def test_trap_keeps_everyday_text_clean(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title=text, text=""))
    assert not result.taxa
    assert result.wildlife_trade is False
