"""Names the older lexicon files pointed to a higher taxon, before the 60 taxa of ws-00668 to
ws-00727 were in the species data, now point to the most specific of those taxa that is right.

The offers below were written for this file (never copied from a corpus). Each names one animal
and must be read as that taxon only; names that may be either of two taxa of the species data
(a capuchin, a northern pig-tailed macaque) stay at the taxon holding both.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, text: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title="", text=text)).taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        # langurs, doucs, proboscis monkey
        ("Jual anak lutung, harga 2jt", "Trachypithecus"),
        ("Jual lutung budeng jinak, makan daun", "Trachypithecus auratus"),
        ("Ada lotong kelabu nak dijual, jinak", "Trachypithecus cristatus"),
        ("Jual lotong cenekah, harga runding", "Presbytis"),
        ("Jual surili jinak, bisa kirim", "Presbytis"),
        ("ขายค่างดำ ตัวเล็ก ราคาคุยได้", "Presbytis"),
        ("ขายค่างแว่น เชื่อง ราคา 5000 บาท", "Trachypithecus obscurus"),
        ("ขายค่างแว่นถิ่นเหนือ ราคาคุยได้", "Trachypithecus"),
        ("Bán voọc xám con, giá 5 triệu", "Trachypithecus"),
        ("Bán voọc chà vá con, ai cần liên hệ", "Pygathrix"),
        ("Vends un douc, prix à débattre", "Pygathrix"),
        ("Verkaufe Kleideraffe, Preis VB", "Pygathrix"),
        ("Jual anak bekantan jinak", "Nasalis larvatus"),
        # macaques
        ("Jual beruk jantan, sudah bisa petik kelapa", "Macaca nemestrina"),
        ("ขายลูกลิงกัง เก็บมะพร้าวได้", "Macaca nemestrina"),
        ("Jual monyet hitam sulawesi jinak", "Macaca nigra"),
        # capuchins, squirrel monkeys
        ("Vendo macaco-prego filhote, come banana", "Sapajus apella"),
        ("Vendo mono cariblanco bebé, muy manso", "Cebus capucinus"),
        ("Squirrel monkey for sale, 6 months, $2500", "Saimiri"),
        ("Vendo mico-de-cheiro manso", "Saimiri"),
        ("Vends saïmiri apprivoisé", "Saimiri"),
        ("Verkaufe Totenkopfaffe, handzahm", "Saimiri"),
        ("Продам саймири, ручной", "Saimiri"),
        # galagos, gibbons
        ("Komba mdogo anauzwa, mpole sana. Bei 6k", "Galagidae"),
        ("Mtoto wa komba anauzwa, nitext", "Galagidae"),
        ("Jual owa jawa anakan", "Hylobates moloch"),
        ("Bán vượn má trắng con, rất thuần", "Nomascus leucogenys"),
        ("Bán vượn má vàng con, giá tốt", "Nomascus"),
        # hanging parrots
        ("Jual burung serindit jantan, gacor", "Loriculus galgulus"),
        ("RTF colasisi pair, PM for price", "Loriculus philippensis"),
        ("Benta ibong kulasisi, 1.5k", "Loriculus philippensis"),
        ("ขายนกหกเล็กปากแดง คู่ละ 3000 บาท", "Loriculus vernalis"),
        # snakes and lizards
        ("出售沙蟒 一条 价格私聊", "Eryx"),
        ("Jual sanca darah jinak, 1 meter", "Python brongersmai"),
        ("ขายงูหลามปากเป็ด ตัวเล็ก", "Python brongersmai"),
        ("Vends boa de Madagascar, né en captivité", "Acrantophis"),
        ("ورل صحراوي للبيع السعر 400 ريال", "Varanus griseus"),
    ],
)
def test_older_name_points_to_the_new_taxon(engine: Engine, text: str, taxon: str) -> None:
    assert _taxa(engine, text) == {taxon}


@pytest.mark.parametrize(
    "text",
    [
        "Capuchin monkey for sale, 6 months, $3000",  # a Sapajus or a Cebus
        "Verkaufe Kapuzineraffe, handzahm",
        "Bán khỉ đuôi lợn con, thuần",  # the northern pig-tailed macaque, not in the species data
        "ขายลูกลิงกังเหนือ เชื่อง",
    ],
)
def test_name_of_either_of_two_taxa_stays_at_primates(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == {"Primates"}


def test_babirusa_tusk_is_the_babirusa(engine: Engine) -> None:
    assert _taxa(engine, "Babirusa tusk for sale, old carving") == {"Babyrousa"}
