"""More Tagalog/Visayan, Malay and Swahili names and offer words.

The names come from `lexicon/data/names/tl_ms_sw_more.yaml` and the offer, buying, price,
payment and delivery words from `lexicon/data/intent_tl_ms_sw.yaml`. The listings, wanted
posts, news items and everyday texts below were written for this file (never copied from a
corpus): offers and requests name the taxon and read as trade; news items name it and do not;
everyday texts with the same seller words name nothing.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "body", "taxa", "trade"),
    [
        (
            "Gibaligya dulungan, juvenile pa",
            "tagpila? 8k lang, meet up sa Iloilo",
            {"Buceros"},
            True,
        ),
        (
            "RTF colasisi pair",
            "legit seller, pm sakalam. Ship via J&T",
            {"Loriculus philippensis"},
            True,
        ),
        (
            "Baligya ko akong mabitang",
            "3 feet na, barato ra. Text mo ko 0917 555 0101",
            {"Varanus"},
            True,
        ),
        (
            "Waling waling for sale",
            "malalaking ugat, 1,500 each. Pwede ship nationwide",
            {"Orchidaceae"},
            True,
        ),
        ("Kabayong-dagat tuyo", "50 piraso, legit po. GCash or COD", {"Hippocampus"}, True),
        ("Saan makakabili ng malmag?", "pang regalo sana sa pamangkin ko", {"Tarsius"}, True),
        (
            "Ngipin ng buwaya na anting-anting",
            "legit na galing Palawan, ibebenta ko 3k",
            {"Crocodylia"},
            True,
        ),
        (
            "Pa-reserve po",
            "pawikang berde na shell, 2 piraso. message mo ko",
            {"Chelonia mydas"},
            True,
        ),
        ("Mopalit ko butaan", "kinsa naay baligya? dako na unta", {"Varanus"}, True),
        (
            "Kalapating nicobar pair",
            "RTF na, healthy. pick-up sa Bulacan",
            {"Caloenas nicobarica"},
            True,
        ),
        (
            "Sungay ng rino, powder",
            "pang gamot daw. 20k per gramo, Palawan Express",
            {"Rhinocerotidae"},
            True,
        ),
        ("Mga kalaw for sale", "2 piraso, maamo na. Lalamove ok", {"Buceros"}, True),
        (
            "Dalawang lalaki, inaresto dahil sa pagbebenta ng pawikang dagat",
            "ayon sa PNP, nakumpiska ang mga itlog",
            {"Cheloniidae"},
            False,
        ),
        (
            "Mga lumba lumba nakita sa Bohol",
            "masayang pinanood ng mga turista ang mga lumba lumba",
            {"Cetacea"},
            False,
        ),
        (
            "Meet up sa Kalaw St. mamaya",
            "dala mo yung charger ha, legit seller ako ng phone",
            set(),
            False,
        ),
        ("Pila ni ang sapatos?", "legit po ba yan? message mo ko", set(), False),
        (
            "Ikan naga golden crossback 25cm",
            "harga RM2,800, pos Semenanjung je, ws saya",
            {"Scleropages formosus"},
            True,
        ),
        (
            "Lelong kayu karas",
            "gred A, hrg 450 sekilo, bank in dulu",
            {"Aquilaria malaccensis"},
            True,
        ),
        ("Sape ada tenggiling?", "nak beli untuk bela. area Johor", {"Manidae"}, True),
        (
            "Anak beruang madu",
            "siapa cepat dia dapat. self collect Kuantan",
            {"Helarctos malayanus"},
            True,
        ),
        ("Stok baru masuk: kongkang", "2 ekor, free pos seluruh Malaysia", {"Nycticebus"}, True),
        ("Sisik tenggiling 1kg", "transfer dulu baru pos. caj pos RM10", {"Manidae"}, True),
        ("Burung enggang muda", "murah2, boleh hantar area KL", {"Buceros"}, True),
        ("Kelisa merah grade A", "first come first serve, ws/pm", {"Scleropages formosus"}, True),
        ("Tenuk anak", "lelong harga runding, hubungi saya", {"Tapirus indicus"}, True),
        (
            "Dua lelaki ditahan kerana memiliki sisik tenggiling",
            "PERHILITAN merampas 20 kg sisik dalam serbuan di Kedah",
            {"Manidae"},
            False,
        ),
        (
            "Penyu belimbing kembali bertelur di Terengganu",
            "pencinta alam gembira melihat penyu belimbing",
            {"Dermochelys coriacea"},
            False,
        ),
        ("Kasut sekolah murah2", "free pos, ws saya. stok baru masuk", set(), False),
        ("Lelong kereta Myvi", "hrg nego, self collect Shah Alam", set(), False),
        (
            "Vipusa vinauzwa",
            "mzigo mpya umeingia, bei maelewano. Tuma pesa M-Pesa",
            {"Rhinocerotidae"},
            True,
        ),
        (
            "Ngamba gamba zima",
            "linauzwa bei rahisi, nipigie 0712 000 111",
            {"Eretmochelys imbricata"},
            True,
        ),
        (
            "Nani ako na kasuku wa kijivu?",
            "nitanunua hata leo, tupigie",
            {"Psittacus erithacus"},
            True,
        ),
        ("Watoto wa kenge", "tunakuletea mpaka Mombasa, paybill 123456", {"Varanus"}, True),
        (
            "Makobe wadogo 10",
            "bei nzuri, tunapeleka mikoani. till number 556677",
            {"Testudinidae"},
            True,
        ),
        (
            "Kuna mtu ana kipusa?",
            "mteja wangu yuko tayari, maelewano yapo",
            {"Rhinocerotidae"},
            True,
        ),
        ("Mtoto wa komba", "nakuuzia elfu 30 tu, nitext", {"Galagidae"}, True),
        ("Pembe za faru", "mzigo umefika jana, tuma hela kwanza", {"Rhinocerotidae"}, True),
        (
            "Watuhumiwa watatu wakamatwa na vipusa viwili",
            "polisi walisema vipusa hivyo vina thamani ya shilingi milioni 200",
            {"Rhinocerotidae"},
            False,
        ),
        (
            "Papa nyangumi aonekana Mafia",
            "watalii walifurahia kuogelea na papa nyangumi",
            {"Rhincodon typus"},
            False,
        ),
        (
            "Punda milia wa Grevy waongezeka Samburu",
            "idadi ya punda milia wa Grevy imepanda",
            {"Equus grevyi"},
            False,
        ),
        ("Simu mpya inauzwa", "bei rahisi, mzigo mpya umefika, tuma pesa M-Pesa", set(), False),
        ("Papa na mama wanakuja kesho", "tutakuletea chakula jioni", set(), False),
    ],
)
def test_probe(engine: Engine, title: str, body: str, taxa: set[str], trade: bool) -> None:
    analysis = engine.analyse(ListingText(id="t", title=title, text=body))
    assert {t.name for t in analysis.taxa} == taxa
    assert analysis.wildlife_trade is trade


@pytest.mark.parametrize(
    "text",
    [
        "Meet up tayo sa Kalaw mamaya, dala ko yung libro",  # tl: Kalaw Street, not the hornbill
        "Bumili ako ng kabibe sa palengke, pang-ulam",  # tl: any clam
        "Papa yuko nyumbani, anakula chakula",  # sw: father, not the shark
        "Kenge wewe, umesahau funguo tena",  # sw: an insult
        "Pos kawalan polis di sempadan ditutup",  # ms: a checkpoint
    ],
)
def test_everyday_words_left_out(engine: Engine, text: str) -> None:
    assert not engine.analyse(ListingText(id="t", title="", text=text)).taxa
