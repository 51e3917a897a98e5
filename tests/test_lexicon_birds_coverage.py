"""Names of the bird taxa of the species data, and traps for their everyday senses.

The names come from `lexicon/data/names/birds_coverage.yaml` and the traps from
`lexicon/data/traps_birds.yaml`. The offers and everyday texts below were written for this
file (never copied from a corpus): offers name the new taxon; everyday texts with the same
words name nothing and do not read as wildlife trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        # parrots
        ("Green-winged macaws for sale, a bonded pair, DM for price", "Ara chloropterus"),
        ("Blue and gold macaws for sale, hand raised, DM for price", "Ara ararauna"),
        ("Sulphur-crested cockatoos for sale, pair, DM for price", "Cacatua galerita"),
        ("Lesser sulphur-crested cockatoos for sale, DM for price", "Cacatua sulphurea"),
        ("Blue-fronted amazons for sale, talking, DM for price", "Amazona aestiva"),
        ("Double yellow head for sale, talks a lot, DM for price", "Amazona oratrix"),
        ("Yellow-naped amazons for sale, DM for price", "Amazona auropalliata"),
        ("Alexandrine for sale, hand tame, DM for price", "Psittacula eupatria"),
        ("Kakariki for sale, young birds, DM for price", "Cyanoramphus novaezelandiae"),
        ("Verkaufe Ziegensittich, Nachzucht 2025, Preis VB", "Cyanoramphus novaezelandiae"),
        ("Продам какарики, молодые, цена договорная", "Cyanoramphus novaezelandiae"),
        ("Kea parrot for sale, captive bred, DM for price", "Nestor notabilis"),
        ("ミヤマオウムを販売します、価格は応相談", "Nestor notabilis"),
        ("出售啄羊鹦鹉一只，价格私聊", "Nestor notabilis"),
        ("Vendo papagaio-coruja, preço a combinar", "Strigops habroptila"),
        ("Vendo filhote de maracanã, criado na mão, preço a combinar", "Primolius maracana"),
        ("Vendo maracaná, criado a mano, precio a convenir", "Primolius maracana"),
        ("Verkaufe Rotrückenara, Handaufzucht, Preis VB", "Primolius maracana"),
        ("出售蓝翅金刚鹦鹉，价格私聊", "Primolius maracana"),
        ("Verkaufe Felsensittich, Preis VB", "Cyanoliseus patagonus"),
        ("イワウロコインコを販売します、価格は応相談", "Cyanoliseus patagonus"),
        ("Vendo guacamaya enana, precio a convenir", "Rhynchopsitta pachyrhyncha"),
        ("Vendo guarubas, casal, preço a combinar", "Guarouba guarouba"),
        ("스칼렛마카우 분양합니다, 가격 문의", "Ara macao"),
        ("엄브렐라코카투 분양합니다, 가격 문의", "Cacatua alba"),
        ("알렉산드린 앵무새 분양합니다, 가격 문의", "Psittacula eupatria"),
        ("세네갈 앵무 분양합니다, 가격 문의", "Poicephalus senegalus"),
        ("للبيع درة ملكي بسعر مناسب للتواصل واتساب", "Psittacula eupatria"),
        ("Verkaufe Papageienpaar, Preis VB", "Psittaciformes"),
        # falcons and other raptors
        ("Pure gyr for sale, female, DM for price", "Falco rusticolus"),
        ("Laggar falcons for sale, DM for price", "Falco jugger"),
        ("Verkaufe Laggarfalke, Preis VB", "Falco jugger"),
        ("Verkaufe Beizfalke, Preis VB", "Falconiformes"),
        ("للبيع الشواهين الجبلية بسعر مناسب للتواصل واتساب", "Falco pelegrinoides"),
        ("Verkaufe Kaiseradler, Preis VB", "Aquila heliaca"),
        ("出售白肩雕一只，价格私聊", "Aquila heliaca"),
        ("Vendo águia-imperial, preço a combinar", "Aquila adalberti"),
        ("Secretary bird for sale, captive bred, DM for price", "Sagittarius serpentarius"),
        ("出售蛇鹫一只，价格私聊", "Sagittarius serpentarius"),
        ("Продам скопу, цена договорная", "Pandion haliaetus"),
        ("Verkaufe Fischadler, Preis VB", "Pandion haliaetus"),
        ("California condors for sale? DM for price", "Gymnogyps californianus"),
        ("出售秃鹫一只，价格私聊", "Accipitriformes"),
        ("Vendo buitre leonado joven, precio a convenir", "Accipitriformes"),
        # owls
        ("Eagle owls for sale, pair, DM for price", "Bubo bubo"),
        ("Scops owl for sale, hand reared, DM for price", "Strigiformes"),
        ("Verkaufe Uhu-Küken, Preis VB", "Bubo bubo"),
        ("가면올빼미 분양합니다, 가격 문의", "Tyto alba"),
        ("Forest owlets for sale, DM for price", "Heteroglaux blewitti"),
        # other birds
        ("Vendo mainate, parle beaucoup, prix à débattre", "Gracula religiosa"),
        ("Vendo gracula, parla bene, prezzo trattabile", "Gracula religiosa"),
        ("Bali mynas for sale, captive bred, DM for price", "Leucopsar rothschildi"),
        ("Jual cucak rowo gacor, harga nego, hubungi WA", "Pycnonotus zeylanicus"),
        ("Jual kasturi kepala hitam jinak, harga nego", "Psittaciformes"),
        ("Red-crowned cranes for sale, DM for price", "Grus japonensis"),
        ("Crested cranes for sale, pair, DM for price", "Balearica regulorum"),
        ("Great bustards for sale, DM for price", "Otididae"),
        ("Продам дрофу, цена договорная", "Otididae"),
        ("Monal pheasant for sale, male, DM for price", "Lophophorus impejanus"),
        ("Verkaufe Glanzfasan, Hahn, Preis VB", "Lophophorus impejanus"),
        ("Rhea chicks for sale, DM for price", "Rhea americana"),
        ("Humboldt penguins for sale, DM for price", "Spheniscus humboldti"),
        ("出售南非企鹅，价格私聊", "Spheniscus demersus"),
        ("フンボルトペンギンを販売します、価格は応相談", "Spheniscus humboldti"),
        ("Flamingo chicks for sale, DM for price", "Phoenicopteridae"),
        ("出售火烈鸟一对，价格私聊", "Phoenicopteridae"),
        ("フラミンゴを販売します、価格は応相談", "Phoenicopteridae"),
        ("Keel-billed toucans for sale, DM for price", "Ramphastos sulfuratus"),
        ("Rhinoceros hornbills for sale, DM for price", "Buceros rhinoceros"),
        ("North African ostrich chicks for sale, DM for price", "Struthio camelus"),
    ],
)
def test_new_name_is_found_as_its_taxon(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert taxon in {t.name for t in result.taxa}
    assert result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "Inflatable flamingo pool float for sale, used once, $15",
        "Pink flamingo lawn ornaments, pair for $20",
        "Flamingo flower (anthurium) plant for sale",
        "Bouée flamant rose gonflable à vendre, 10 euros",
        "Fenicottero rosa gonfiabile per piscina, 15 euro",
        "Надувной фламинго для бассейна, продам за 500 рублей",
        "火烈鸟游泳圈出售，九成新，30元",
        "フラミンゴの浮き輪、未使用、1500円",
        "The poem is written in alexandrine verse, twelve syllables a line.",
        "Le vers alexandrin compte douze syllabes.",
        "Nous avons visité le stade Maracanã à Rio, une belle visite.",
        "El Maracaná estaba lleno para la final",
        "Les fonds vautours attaquent l'Argentine devant les tribunaux.",
        "Los fondos buitre reclaman la deuda argentina.",
        "秃鹫资本入场，股价暴跌",
        "The Monal restaurant in Islamabad has a great view.",
        "Учебники издательства Дрофа, 5 класс, продам",
        "여우와 두루미 동화책 팝니다",
        "Uganda Crested Cranes beat Kenya 2-0",
        "Le grand-duc de Luxembourg a inauguré le musée.",
        "Pink Flamingos by John Waters on Blu-ray, $12",
    ],
)
def test_trap_keeps_everyday_text_free_of_taxa(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert not result.taxa
    assert not result.wildlife_trade
