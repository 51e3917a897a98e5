"""Tagalog, Malay, Swahili, Thai and Indonesian names and traps added for the engine's misses.

The names come from `lexicon/data/names/tl_ms_sw_th_id_more.yaml` and the traps from
`lexicon/data/traps_sea_africa.yaml`. The offers and everyday texts below were written for this
file (never copied from a corpus): each offer names the taxon the new name points to; each
everyday text uses a name in another sense and must name no taxon and read as no trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        # Indonesian
        ("Jual kulit macan salju asli, serius saja", "Panthera uncia"),
        ("Dijual anak macan tutul jinak, bisa COD", "Panthera pardus"),
        ("Jual burung dara mahkota sepasang, sehat", "Goura"),
        ("Jual sirip hiu kepala martil kering 1 kg", "Sphyrnidae"),
        ("Jual bayi komodo, harga nego", "Varanus komodoensis"),
        ("Jual sanca karpet jinak panjang 1 meter", "Morelia spilota"),
        ("Jual kakatua sumba jinak sudah bisa bicara", "Cacatua sulphurea"),
        ("Jual burung makau sepasang, siap kirim", "Psittaciformes"),
        ("Jual telur penyu2 segar per butir", "Cheloniidae"),
        ("Jual trenggiling2 hidup, hub WA", "Manidae"),
        ("Jual kukang2 lucu jinak", "Nycticebus"),
        ("Jual tokek2 ukuran besar 3 ons", "Gekko gecko"),
        ("Jual kura2 ambon murah", "Cuora amboinensis"),
        # Malay
        ("Jual harimau salji, serius sahaja", "Panthera uncia"),
        ("Jual kera hantu jinak, pos seluruh Malaysia", "Tarsius"),
        ("Jual anak buaya jejulong, harga runding", "Tomistoma schlegelii"),
        ("Jual ular sawa cindai jinak", "Python brongersmai"),
        ("Jual anak menturun, ws saya", "Arctictis binturong"),
        # Tagalog / Visayan
        ("Benta ko pagong na lupa, 2 piraso", "Testudinidae"),
        ("Baligya banakon, buhi pa, 5k", "Ophiophagus hannah"),
        # Swahili
        ("Pembe za tembo wa msituni zinauzwa, bei nzuri", "Loxodonta cyclotis"),
        ("Pembe ya faru mweupe inauzwa, tupigie", "Ceratotherium simum"),
        ("Nauza ngozi ya mondo, bei maelewano", "Leptailurus serval"),
        ("Nauza kinyonga wa Jackson, watoto watatu", "Trioceros jacksonii"),
        ("Nauza mbao za mninga, lori zima", "Pterocarpus"),
        ("Nauza kobe wa baharini, tuma pesa kwanza", "Cheloniidae"),
        ("Nauza kasuku grey anaongea, bei nzuri", "Psittacus erithacus"),
        # Thai
        ("ขายดีหมีแท้ จากป่า ราคาถูก", "Ursidae"),
        ("ขายทาร์เซียร์ ตัวเล็ก เลี้ยงง่าย", "Tarsius"),
        ("ขายกระตั้วมอลัคคัน เชื่อง พูดได้", "Cacatua moluccensis"),
        # the straw-headed bulbul; นกปรอดหัวโขน is the unlisted red-whiskered one
        ("ขายนกปรอดหัวฟาง เสียงดี", "Pycnonotus zeylanicus"),
        ("ขายเรเดียต้า ขนาด 10 ซม.", "Astrochelys radiata"),
        ("ขายเต่าเพ็ก ตัวละ 500 บาท", "Indotestudo elongata"),
        ("ขายเต่าตีนเหลือง ตัวใหญ่", "Chelonoidis denticulatus"),
        ("ขายแพนเธอร์คาเมเลียน สีสวย", "Furcifer pardalis"),
        ("ขายนกพิราบมงกุฎ คู่ละ 80000", "Goura"),
        ("ขายปาล์มค็อกคาทู เชื่องมาก", "Probosciger aterrimus"),
        ("ขายนกแก้วอีเล็คตัส ตัวผู้", "Eclectus roratus"),
    ],
)
def test_new_name_found_as_its_taxon(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title=text, text=""))
    assert {t.name for t in result.taxa} == {taxon}
    assert result.wildlife_trade is True


@pytest.mark.parametrize(
    "text",
    [
        # Indonesian
        "Jual ikan arwana silver ukuran 20 cm, sehat",  # the unlisted silver arowana
        "Pesan roti buaya untuk seserahan pernikahan Betawi",  # wedding bread
        "Dijual rumah 2 lantai di Gading Serpong, dekat mall",  # a town
        "Rumah di Jalan Cendrawasih No. 12 dijual, SHM",  # a street
        "Universitas Cenderawasih membuka pendaftaran mahasiswa baru",  # a university
        "Nonton film Lutung Kasarung bareng keluarga",  # a folk tale
        "Jual jam tangan Alexandre Christie original, garansi resmi",  # a watch brand
        "Paket tur snorkeling Gili Trawangan, harga per orang",  # a tourist activity
        "Jual meja rias warna ivory minimalis",  # a colour
        # Malay
        "Sarawak Bumi Kenyalang menyambut Gawai",  # Sarawak, land of the hornbill
        "Jual ikan kelisa silver saiz 8 inci",  # the unlisted silver arowana
        # Tagalog
        "Ang garing ng joke mo pare, walang natawa",  # corny
        "Mukhang unggoy ka talaga sa picture na yan",  # an insult
        # Swahili
        "Tutaonana saa tatu kasa robo asubuhi",  # a quarter to nine
        "Kima cha chini cha mshahara kimeongezwa mwaka huu",  # the minimum wage
        "Wanafunzi walichapwa viboko kumi na mwalimu",  # strokes of the cane
        "Jamaa huyu ni kiboko yao, hashindwi",  # the best of them
        "Siasa za kinyonga zimezidi bungeni",  # turncoat politics
        "Lipa kwa Tembo Card ya CRDB popote",  # a bank card
        "Bunge la Duma la Urusi limepitisha sheria mpya",  # the Russian parliament
        # Thai
        "ชะนีคนนี้สวยมาก",  # slang for a woman
        "ทัวร์เกาะช้าง 3 วัน 2 คืน ราคาถูก",  # Koh Chang island
        "ขายกระเป๋าลายหนังจระเข้ หนัง PU",  # crocodile pattern
        "ขายผ้าพันคอลูกเสือ ราคาส่ง",  # boy scouts
        "ผักเกษตรอินทรีย์ส่งตรงจากฟาร์ม",  # organic
        "ขายยาดมโป๊ยเซียน ยกโหล",  # an inhaler brand
        "ขายเทปตีนตุ๊กแก ติดผ้า",  # velcro
        "ขายรองเท้าแตะช้างดาว ราคาถูก",  # a flip-flop brand
        "ขายพวงกุญแจช้าง ของฝาก",  # an elephant key ring
        "ขายปลาอะโรวาน่าเงิน ตัวละ 300",  # the unlisted silver arowana
        "ขายว่านงาช้าง กระถางละ 50 บาท",  # a sansevieria
        "ขายมะม่วงงาช้างแดง กิโลละ 60",  # a mango variety
        "ขายแมงป่องช้าง ตัวใหญ่",  # the unlisted Heterometrus scorpions
    ],
)
def test_everyday_sense_names_no_taxon(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title=text, text=""))
    assert not result.taxa
    assert result.wildlife_trade is False
