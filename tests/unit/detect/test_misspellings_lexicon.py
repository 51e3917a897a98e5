"""Misspellings listed in names/misspellings.yaml: short and medium names written by ear,
in teen code, in another script or with homophone characters are found and report the
misspelled_common evasion; everyday texts that hold the same letters stay negative."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def taxa(engine: Engine, text: str) -> dict[str, tuple[str, ...]]:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    return {t.name: t.evasion for t in result.taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Antique ivorie netsuke, signed, 4 cm, DM for price", "Loxodonta africana"),
        ("Carved ivary bangle from my grandmother, 120 USD shipped", "Loxodonta africana"),
        (
            "Vendo brazalete de malfil antiguo, 300 gramos, envío a todo el país",
            "Loxodonta africana",
        ),
        ("Bán vòng tay ngà zoi thật 100%, bao test, ship toàn quốc", "Loxodonta africana"),
        ("Có sẵn nhẫn ngà voy Phi, giá 2tr, inbox", "Loxodonta africana"),
        ("出老象呀手镯一只,包老,私聊", "Loxodonta africana"),
        ("象芽雕件 福禄寿 摆件 便宜出 加微信", "Loxodonta africana"),
        ("ぞうげの根付 江戸時代 即決価格 3万円", "Loxodonta africana"),
        ("Nauza pembe za ndofu kilo tano, bei nafuu, piga simu", "Loxodonta africana"),
        ("Genuine rhyno horn powder, 50 g, discreet shipping", "Rhinocerotidae"),
        ("Продам рог насарога, натуральный, 300 г, торг", "Rhinocerotidae"),
        ("prodam nasorog rog, 1 kg, dostavka", "Rhinocerotidae"),
        ("Sừng tê jác Nam Phi, nguyên chiếc 1,2 kg, liên hệ zalo", "Rhinocerotidae"),
        ("收希牛角杯 老货 价格好谈", "Rhinocerotidae"),
        ("코뿔쏘 뿔 가루 팝니다 택배 가능", "Rhinocerotidae"),
        ("ขายไรโนฮอน แท้ ราคาคุยได้ ส่งทั่วประเทศ", "Rhinocerotidae"),
        ("Tuna pembe ya kifaro inauzwa, bei kwa simu", "Rhinocerotidae"),
        ("穿山夹片 500克 药用 包邮", "Manidae"),
        ("ขายเกล็ดแพนโกลิน ราคาส่ง สนใจทักแชท", "Manidae"),
        ("Tygr skin rug with head, real, serious buyers only", "Panthera tigris"),
        ("Verkaufe Tieger Fell, echt, Abholung in Hamburg", "Panthera tigris"),
        ("Jual kulit harimo asli, kondisi mulus, nego tipis", "Panthera tigris"),
        ("正宗琥骨酒 30年陈酿 两瓶出", "Panthera tigris"),
        ("호랭이 가죽 판매합니다 상태 좋음 연락주세요", "Panthera tigris"),
        ("Lepperd skin coat, vintage 60s, size M, 900 dollars", "Panthera pardus"),
        ("Jagwar pelt from Bolivia, full length, message me", "Panthera onca"),
        ("雄胆粉 正品 每克80元 量大优惠", "Ursidae"),
        ("Baby parret hand fed, very tame, 450 each", "Psittaciformes"),
        ("Blue macow chicks available, DNA sexed, shipping possible", "Psittaciformes"),
        ("Kokatoo for sale, talks a lot, comes with cage", "Psittaciformes"),
        ("Vends bébé peroke gris apprivoisé, 800 euros", "Psittaciformes"),
        ("Je vends mon perroket, il parle bien, prix à débattre", "Psittaciformes"),
        ("Verkaufe zwei Papagai, handzahm, mit Käfig", "Psittaciformes"),
        (
            "Vendo wacamaya roja bebé, come sola, entrega en Bogotá",
            "Ara macao",
        ),  # guacamaya roja by ear
        ("ببغا للبيع يتكلم كلمات كثيرة السعر ٣٠٠ دينار", "Psittaciformes"),
        ("金刚鹦武 幼鸟 手养 可视频", "Psittaciformes"),
        ("ขายนกมาคาว ลูกป้อน เชื่องมาก", "Psittaciformes"),
        ("Kongo grey parrot talking, 1200, papers available", "Psittacus erithacus"),
        ("Vendo loro yako hablador, muy manso", "Psittacus erithacus"),
        ("Vendo filhote de arara asul com nota, entrego em SP", "Anodorhynchus hyacinthinus"),
        ("Small tortoys for sale, eats greens, 80 each", "Testudinidae"),
        ("Vendo tortujas de tierra bebés, 40 soles cada una", "Testudinidae"),
        ("りくがめ ベビー 販売中 健康保証", "Testudinidae"),
        ("سلحفة برية للبيع عمرها سنتين", "Testudinidae"),
        ("Starr tortoise babies, captive bred, 3 left", "Geochelone elegans"),
        ("Redfoot tortise hatchlings, 60 each or 3 for 150", "Chelonoidis carbonarius"),
        ("슐카타 새끼 분양합니다 건강해요", "Centrochelys sulcata"),
        ("Vendo caparazón de tortuja marina, buen estado", "Cheloniidae"),
        ("Peineta de carei antigua, hecha a mano", "Eretmochelys imbricata"),
        ("老玳帽手镯 出售 包真", "Eretmochelys imbricata"),
        ("Slow lores baby, very cute, cheap price, inbox", "Nycticebus"),
        ("ขายสโลว์ลอริส ตัวเล็ก น่ารัก", "Nycticebus"),
        ("Продам детёныша горрилы, привит, документы есть", "Gorilla gorilla"),
        ("Tockay geckos for sale, wild caught, 20 each", "Gekko gecko"),
        ("Baby caimen for sale, 50 cm, with tank", "Caiman crocodilus"),
        ("تمصاح صغير للبيع طوله متر", "Crocodylia"),
        ("Jual ular sanka batik 3 meter jinak", "Malayopython reticulatus"),  # sanca batik
        ("Gir falcon for sale, white, hand raised", "Falco rusticolus"),
        ("ขายปลาอาโรวาน่า แดง ไซส์ 8 นิ้ว", "Scleropages formosus"),
        ("Vendo cabayitos de mar secos, por kilo", "Hippocampus"),
        ("Aletas de tiburón martiyo secas, 2 kilos, mayoreo", "Sphyrnidae"),
        ("Vendo orkidea silvestre del bosque, varias especies", "Orchidaceae"),
        ("沉相手串 越南芽庄 18mm 出", "Aquilaria"),
        ("小叶紫坛手串 满金星 低价转让", "Pterocarpus santalinus"),
        ("海南黄花黎 老料 大板 出售", "Dalbergia odorifera"),
        ("Wild jinseng root, 40 years old, 300 dollars", "Panax ginseng"),
        ("Продаю жэньшэнь дикий, корень 60 лет", "Panax ginseng"),
        ("Rare cactas seeds and grafted plants for sale", "Cactaceae"),
    ],
)
def test_misspelling_names_the_taxon_and_reports_the_evasion(
    engine: Engine, text: str, taxon: str
) -> None:
    found = taxa(engine, text)
    assert taxon in found
    assert "misspelled_common" in found[taxon]


def test_a_katakana_name_in_hiragana_reads_as_a_transliteration(engine: Engine) -> None:
    found = taxa(engine, "せんざんこうの鱗 少量あり 価格応相談")
    assert {"misspelled_common", "transliteration"} & set(found["Manidae"])


@pytest.mark.parametrize(
    "text",
    [
        "Ayo makan siang bareng di warung dekat kantor",
        "Vendo tortuga de peluche para niños, casi nueva",
        "Ich habe eine neue Tür für meine Garage gekauft",
        "Mi abuela me regaló una peineta antigua de plata",
        "Tôi muốn đi chơi với bạn cuối tuần này",
        "这个现象呀,大家都明白,对象呀也要好好珍惜",
        "下沉相关的数据已经更新,请查看",
        "Book your hotel near the station, free cancellation",
        "Kura-kura ninja figure, mainan anak, bekas",
        "Le parking est fermé, merci de votre compréhension",
        "Продам велосипед, почти новый, торг уместен",
        "ขายเสื้อผ้ามือสอง ราคาถูก ส่งฟรี",
        "오늘 날씨가 좋네요 산책 갑시다",
        "明日は雨が降るそうです",
        "مرحبا كيف حالك اليوم",
        "Nauza simu ya mkononi, bei nzuri",
        "Orang utang harus bayar tepat waktu",
        "Cheap flights to Lyon and Ivry this summer",
        "Learn Python programming, beginner course",
        "Vendo carro usado, motor en buen estado",
        "Je vends mon vélo, prix à débattre",
        "Verkaufe Sofa, guter Zustand, Abholung",
        "Benta ko ang cellphone ko, maganda pa",
        "Jual baju anak murah meriah",
        "英雄掌握自己的命运",
        "镜头替代帽子,黑色,包邮",
        "注射香港疫苗的人很多",
        "それじゃこうしよう、明日また来ます",
        "Radiatta pine decking boards, treated, per metre",
        "Star turtle night light for kids, projects stars",
        "Anh chăm Hương lắm, ngày nào cũng nấu cơm",
        "Kaka tu baik banget, nanti aku kabari",
    ],
)
def test_everyday_text_stays_negative(engine: Engine, text: str) -> None:
    assert taxa(engine, text) == {}
