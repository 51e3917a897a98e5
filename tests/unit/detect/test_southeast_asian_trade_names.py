"""Southeast Asian trade names: Thai, Vietnamese, Indonesian, Malay and Tagalog offers.

The names come from `lexicon/data/names/southeast_asian_trade_names.yaml`; the listings below
were written after the names (never copied from a corpus), to check that the names fire on
the taxon they point to, that a longer name covers a shorter name of another taxon inside it
(นกเงือกกรามช้าง is no elephant, anggrek macan no tiger) and that the everyday words left out
stay negative.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def taxa(engine: Engine, title: str, body: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title=title, text=body)).taxa}


@pytest.mark.parametrize(
    ("title", "body", "taxon"),
    [
        ("ขายลูกลิงเสน ตัวผู้ เชื่อง", "ลิงเสนหน้าแดง ราคา 4,500 บาท ทักไลน์", "Primates"),  # th
        ("ขายลูกค่างแว่น กินใบไม้", "6000 บาท สนใจทักแชท", "Trachypithecus obscurus"),  # th
        ("ขายลูกนกแก๊ก ป้อนมือ", "นกแก๊กเชื่อง ราคา 8,000 บาท", "Buceros"),  # th
        ("ขายนกเงือกกรามช้าง ตัวเมีย", "ราคาคุยได้ ทักไลน์", "Buceros"),  # th
        ("ขายเต่าหก ตัวใหญ่ 20 ซม", "เต่าหกดำ ราคา 5000 บาท", "Manouria emys"),  # th
        ("ขายเต่าหวาย ตัวใหญ่", "30 ซม ราคา 1,200 บาท ทักมา", "Heosemys grandis"),  # th
        ("ขายเต่ากระอาน ตัวเล็ก", "หายากมาก ราคา 9,000 บาท", "Batagur baska"),  # th
        ("ขายตะพาบม่านลาย 3 กิโล", "ราคาคุยได้ ทักไลน์", "Chitra chitra"),  # th
        ("ขายตะพาบน้ำ ตัวละ 2 กิโล", "จับจากคลอง ราคาส่ง", "Amyda cartilaginea"),  # th
        ("ขายเหี้ยดำ ตัวเล็ก เชื่อง", "1,500 บาท", "Varanus salvator"),  # th
        ("ขายช้างกระ ไม้ป่า ต้นใหญ่", "ต้นละ 300 บาท", "Orchidaceae"),  # th
        ("ขายกล้วยไม้สิงโต ไม้ป่า", "สิงโตกลอกตา ต้นละ 150 บาท", "Orchidaceae"),  # th
        ("ขายปรงเขา ต้นใหญ่ ขุดล้อม", "ราคา 2,500 บาท", "Cycadales"),  # th
        ("ขายเขากระทิงแท้ คู่ใหญ่", "ของเก่า ราคา 35,000 บาท", "Bos gaurus"),  # th
        ("ขายนกบินหลา ตัวผู้ เสียงดี", "ราคา 2,500 บาท", "Kittacincla malabarica"),  # th
        ("ขายผีเสื้อไกเซอร์ สตัฟฟ์ใส่กรอบ", "ราคา 3,000 บาท", "Teinopalpus"),  # th
        ("Bán sừng bò tót rừng", "đôi sừng dài 60cm, giá 25tr", "Bos gaurus"),  # vi
        ("Xuyên sơn giáp sao vàng 1kg", "hàng rừng, giá 12tr, ship toàn quốc", "Manidae"),  # vi
        ("Nhẫn lông voi thật", "lông đuôi voi châu Phi, 200k/chiếc", "Loxodonta africana"),  # vi
        ("Bán rùa răng 3kg", "rùa răng rừng, giá 1tr2/kg", "Heosemys annandalii"),  # vi
        ("Bán rùa câm con", "giá 500k/con", "Mauremys mutica"),  # vi
        ("Bán cua đinh 5kg", "cua đinh sông, 450k/kg", "Amyda cartilaginea"),  # vi
        ("Bán chim niệc non", "niệc nâu, giá 15tr", "Buceros"),  # vi
        ("Lan kim tuyến rừng khô", "2tr/kg, ship toàn quốc", "Orchidaceae"),  # vi
        ("Bán phi điệp đột biến 5 cánh trắng", "giá 30tr/cây", "Dendrobium"),  # vi
        ("Tóc trầm hương đốt xông nhà", "100g giá 300k", "Aquilaria"),  # vi
        ("Jual anak bekantan", "jinak, harga nego, WA 0812", "Nasalis larvatus"),  # id
        ("Jual burung julang sulawesi", "anakan, harga 3jt", "Buceros"),  # id
        ("Jual enggang cula awetan", "utuh, nego", "Buceros rhinoceros"),  # id
        ("Jual tuntung anakan", "5 ekor, 300rb/ekor", "Batagur baska"),  # id
        ("Jual bajuku besar", "10kg, COD", "Orlitia borneensis"),  # id
        ("Jual sanca darah jinak", "1,5 meter, 900rb", "Python brongersmai"),  # id
        ("Jual karang api", "untuk aquarium, 75rb", "Milleporidae"),  # id
        ("Jual anggrek macan", "rumpun besar, 500rb", "Orchidaceae"),  # id
        ("Jual baning sulawesi", "2 ekor, nego", "Testudinidae"),  # id
        ("Jual orkid harimau rumpun besar", "RM250, pos laju", "Orchidaceae"),  # ms
        ("Jual kera belanda jinak", "RM1200, roger saya", "Nasalis larvatus"),  # ms
        ("Jual burung pungguk jinak", "RM150", "Strigiformes"),  # ms
        ("Jual jelatik sepasang", "RM80, boleh pos", "Lonchura oryzivora"),  # ms
        ("Binebenta ko ang kukam", "galing Tawi-Tawi, 2,500 php, PM lang", "Nycticebus"),  # tl
        ("Benta mamag, maamo", "3k php, meet up Tagbilaran", "Tarsius"),  # tl
        ("For sale pusang gubat, kuting pa", "1,500 php, PM", "Prionailurus bengalensis"),  # tl
        ("Benta baby kalaw", "maamo, 5k php", "Buceros"),  # tl
        ("Mameng na isda, buhay", "3 kilos, 2,000 php per kilo", "Cheilinus undulatus"),  # tl
        ("Sanggumay for sale", "malalaking kumpol, 300 php", "Dendrobium"),  # tl
        ("Pitogo for sale", "malaki na, 2k php", "Cycadales"),  # tl
    ],
)
def test_offer_names_the_taxon(engine: Engine, title: str, body: str, taxon: str) -> None:
    assert taxa(engine, title, body) == {taxon}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("หมาในบ้าน ไม่ต้องตัดขน", "ร้านตัดขนสุนัข"),  # th: a dog in the house, not the dhole (หมาใน)
        ("Răng hô nên niềng không?", "nha khoa"),  # vi: buck teeth, not răng hổ
        ("Mong họ hiểu cho mình", "tâm sự"),  # vi: 'hope they', not tiger claws (móng hổ left out)
        ("Bài trắc nghiệm toán lớp 5", "miễn phí"),  # vi: a quiz, not Siamese rosewood
        ("Bán bao lúa giá rẻ", "Bao lúa 50 kg, giao tận nơi"),  # vi: a rice sack (báo lửa left out)
        ("Khách hài lòng với bộ tốt nhất", "Quán đông khách, cha và mẹ đều khen"),  # vi: folds
        ("Bé quấy khi mọc răng", "Mẹo cho cha mẹ"),  # vi: teething, not khỉ mốc
        ("Bagai pungguk rindukan bulan", "puisi"),  # id/ms: the proverb; bare pungguk left out
        ("Yaki udon enak di Jakarta", "promo"),  # id: a dish, not the Sulawesi macaque
        ("Pajangan kucing emas hoki", "50rb"),  # id: the lucky-cat figurine
        ("Kalaw Avenue, Ermita", "condo for rent"),  # tl: a Manila street, not the hornbill
        ("Si Mameng at si Carmen", "kwento"),  # tl: a nickname, not the wrasse
    ],
)
def test_everyday_senses_stay_negative(engine: Engine, title: str, body: str) -> None:
    assert taxa(engine, title, body) == set()


@pytest.mark.parametrize(
    ("title", "body", "found"),
    [
        # a bare hornbill word beside the helmeted hornbill named is that bird
        (
            "Balung enggang gading asli Kalbar",
            "utuh belum diukir, 180 gr, serius saja",
            {"Rhinoplax vigil"},
        ),
        (
            "Carved hornbill casque, helmeted hornbill",
            "7 cm, no paperwork, PM me",
            {"Rhinoplax vigil"},
        ),
        # alone, or with its own species named, it stays the genus or that species
        ("Jual kepala burung enggang utuh", "Rp 4jt, kirim", {"Buceros"}),
        ("Rangkong badak, paruh utuh", "Rp 4jt, Pontianak", {"Buceros rhinoceros"}),
    ],
)
def test_a_bare_hornbill_word_yields_to_the_hornbill_named(
    engine: Engine, title: str, body: str, found: set[str]
) -> None:
    assert taxa(engine, title, body) == found


def test_a_bare_leopard_word_beside_the_leopard_tortoise_is_the_tortoise(engine: Engine) -> None:
    title, body = "سلحفاة النمر (ليوبارد) حجم 25 سم", "تاكل حشيش وخضار. 1200 ريال، بدون شهادة."
    assert taxa(engine, title, body) == {"Stigmochelys pardalis"}


@pytest.mark.parametrize(
    ("title", "body", "found"),
    [
        # a bare ivory word beside a narwhal or a sperm whale named is that animal's ivory
        (
            "Défense de narval 2,10 m",
            "Superbe défense de narval entière, ivoire bien spiralé. Sans CITES.",
            {"Monodon monoceros"},
        ),
        (
            "长期收抹香鲸牙",
            "长期收抹香鲸牙，大小都要，原牙雕件均可，价格好谈。",
            {"Physeter macrocephalus"},
        ),
        # on other lines of a list, each item stands; the elephant's own word keeps it
        (
            "Clear out",
            "1) narwhal tusk 1.5 m\n2) ivory bangles x5, old\nDM only",
            {"Monodon monoceros", "Loxodonta africana"},
        ),
        (
            "Narwhal tusk and elephant ivory bangle",
            "both old, no papers",
            {"Monodon monoceros", "Loxodonta africana"},
        ),
    ],
)
def test_a_bare_ivory_word_beside_another_ivory_animal(
    engine: Engine, title: str, body: str, found: set[str]
) -> None:
    assert taxa(engine, title, body) == found
