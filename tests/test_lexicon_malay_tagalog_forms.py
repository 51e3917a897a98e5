"""Malay and Tagalog forms, intent words, news cues and traps of names/malay_tagalog_forms.yaml,
intent_malay_tagalog.yaml, context_malay_tagalog.yaml and traps_malay_tagalog.yaml: Malaysian
and Filipino offers (Mudah, Carousell, Facebook Marketplace, Telegram, Taglish, Cebuano) name the
right taxon and read as trade, news reports name the taxon and are no offer, and everyday texts
that use the same words for something else (places, cars, brands, dishes, folk tales, pet supplies)
name no taxon."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        (
            "Anak tiong baru turun sarang, RM350 seekor. Ambil sendiri di Kuala Krai",
            "Gracula religiosa",
        ),
        ("Kura-kura bintang, boleh deal", "Geochelone elegans"),
        ("Sisik tenggiling, bayar separuh dulu baru hantar", "Manidae"),
        ("Dried kabayo-kabayo for sale, 100 pcs ₱5,000. Pang gamot", "Hippocampus"),
        ("Binebenta buwaya baby, 2 feet. ₱10k. LBC hindi pwede, meet up lang", "Crocodylia"),
        ("For sale po mga kabayo-kabayo na tuyo, pang tsaa. 1k per 20pcs", "Hippocampus"),
        ("Ibinibenta ko ang tuko ko, malaki at buhay", "Gekko gecko"),
        ("Bayawak, sold na po ang isa, isa na lang natitira", "Varanus"),
        ("Hanap ng buyer ng balintong, buhay pa", "Manis culionensis"),
        ("Naa koy baligya nga tuko, kinsa interesado", "Gekko gecko"),
        ("Dijual tiong mas jantan, suara kuat. RM750 COD Kota Tinggi", "Gracula religiosa"),
        ("Jual sumbu badak serbuk 10g, RM3000", "Rhinocerotidae"),
        ("Loro for rehoming, may rehoming fee", "Psittaciformes"),
        ("For sale balat ng buwaya na belt, genuine. ₱3,500", "Crocodylia"),
        ("Binebenta kalaw hornbill, 25k. Cebu meet up", "Buceros"),
        ("Jual penyu karah hidup, saiz pinggan. RM800", "Eretmochelys imbricata"),
        ("Ada kukang 2 ekor, jantan betina. Nak jual cepat RM600 sepasang", "Nycticebus"),
        ("WTS biawak pasir, jinak. RM250", "Varanus"),
        ("Nak lepas kongkang sepasang, RM700 siap sangkar", "Nycticebus"),
        ("Dijual beruang madu jinak, umur 1 tahun. RM5000. Lokasi Sandakan", "Helarctos malayanus"),
        ("Jual musang pulut (binturong) anak, RM1500", "Arctictis binturong"),
        (
            "Jual kulit harimau belang penuh dengan kepala, RM25k. Serius buyer PM",
            "Panthera tigris",
        ),
        ("May benta ba kayo ng balintong? Bibili ako, pm po", "Manis culionensis"),
        ("Sape ada gaharu gred A nak jual? Saya beli", "Aquilaria"),
        ("Jual biawak air baby, RM80 sekor. Boleh pos", "Varanus salvator"),
        ("For sale baby sawa (retic), ₱2,000. Shipping nationwide via J&T", "Pythonidae"),
        ("Gibaligya nako ang pawikan nga gamay, pm ko", "Cheloniidae"),
        ("Telur penyu untuk dijual, RM5 sebiji. Stok baru sampai dari Terengganu", "Cheloniidae"),
        ("LF baby bayawak, pwede i-ship sa Cebu", "Varanus"),
        ("For sale po beo, 6 months old. Shopee link sa comments", "Gracula religiosa"),
        ("Jual arowana golden crossback, cert chip ada. RM6000", "Scleropages formosus"),
        ("Ada stok sisik tenggiling kering 1kg RM3500, pm tepi utk gambar", "Manidae"),
        ("Binebenta red arowana 10 inches ₱15k, may certificate", "Scleropages formosus"),
        ("For sale bayawak baby, ₱1,500. Shipping available", "Varanus"),
        ("Binebenta ngipin ng tigre, pang anting-anting. ₱5,000", "Panthera tigris"),
        ("WTB kura-kura bintang saiz kecil. COD KL", "Geochelone elegans"),
        ("Nak beli hempedu beruang asli, sesiapa ada wasap saya", "Ursidae"),
        ("Hempedu beruang asli dari hutan Sabah, RM450 sebiji. Boleh pos", "Ursidae"),
        ("WTB tenggiling hidup, harga tinggi. Area Johor", "Manidae"),
        ("Pabili po ng hornbill casque. Sino meron?", "Rhinoplax vigil"),
        ("Binebenta pulang korales na kwintas, tunay. ₱6,000", "Corallium japonicum"),
        ("For sale monitor lizard (bayawak) skin, tanned. ₱800", "Varanus"),
        ("Jual orkid hutan Sabah, pelbagai jenis, RM25 sepokok", "Orchidaceae"),
        ("For sale apdo ng oso, tunay. ₱3,000", "Ursidae"),
        ("Tenggiling hidup ada, berminat boleh roger", "Manidae"),
        ("Binebenta dried pating fins, hammerhead, ₱12k/kg", "Sphyrnidae"),
    ],
)
def test_offer_names_the_taxon_and_reads_as_trade(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText("o", "", text))
    assert taxon in {t.name for t in result.taxa}
    assert result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        (
            "BOC: nasabat ang pangolin scales na nagkakahalaga ng ₱20 milyon sa Manila port",
            "Manidae",
        ),
        ("Suspek ditahan bersama 10 ekor ular sawa dan biawak di sempadan Perlis", "Pythonidae"),
        ("Sinalakay ng pulisya ang bodega na may 300 tuko sa Bulacan", "Gekko gecko"),
        ("Polis tumpaskan sindiket jual kulit harimau di Terengganu", "Panthera tigris"),
        ("Kinumpiska ng Bureau of Customs ang 200 kilo ng tuko sa NAIA", "Gekko gecko"),
        ("Sindiket seludup tenggiling tumpas, 3 ditahan - Harian Metro", "Manidae"),
        ("Kastam tahan lelaki bawa 20 ekor kura-kura radiata di KLIA2", "Astrochelys radiata"),
        ("DENR: 15 bayawak at 10 sawa ang nakumpiska sa checkpoint sa Quezon", "Varanus"),
        ("Dinakip ng pulisya ang lalaking nagbebenta ng tarsier online sa Bohol", "Tarsius"),
        ("Hinuli ng NBI ang isang lalaki na nagbebenta ng kaliskis ng pangolin online", "Manidae"),
        ("Dua beradik didenda RM50,000 kerana memiliki kongkang tanpa lesen", "Nycticebus"),
        ("Nasabat ng mga awtoridad ang 50 buhay na pangolin sa Palawan", "Manidae"),
        (
            "Kinumpiska ng DENR ang tatlong kalaw at limang loro sa isang bahay sa Quezon",
            "Psittaciformes",
        ),
        ("Lelaki ditahan kerana menjual burung enggang secara dalam talian", "Buceros"),
        ("Nasakote ng mga awtoridad ang isang pawikan smuggler sa Palawan", "Cheloniidae"),
        (
            "Pemilik kedai haiwan ditahan kerana menjual burung kakaktua jambul kuning",
            "Cacatua sulphurea",
        ),
        ("Hinuli ng mga pulis ang nagtitinda ng buhay na pawikan sa palengke", "Cheloniidae"),
        ("Tiga lelaki didakwa di mahkamah kerana memiliki hempedu beruang tanpa permit", "Ursidae"),
        (
            "Inaresto ng NBI ang suspek na nagbebenta ng garing at sungay ng rhino",
            "Loxodonta africana",
        ),
        (
            "Nasabat ng BOC ang arowana at mga pagong sa NAIA, ayon sa ulat ng GMA",
            "Scleropages formosus",
        ),
        (
            "Nahuli ang isang lalaki na may dalang bayawak at sawa sa pantalan ng Batangas",
            "Varanus",
        ),
        ("Kuda laut kering dan kima dirampas Jabatan Perikanan di Semporna", "Hippocampus"),
    ],
)
def test_news_names_the_taxon_and_is_no_offer(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText("n", "", text))
    assert taxon in {t.name for t in result.taxa}
    assert not result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "Bayawak Street sa Barangay San Isidro, baha pa rin",
        "Jual tepung cap Bunga Ros RM3 sebungkus",
        "Jual ikan patin sangkar RM15/kg",
        "Magandang umaga po, pabili ng isang kilong bigas",
        "Binebenta Honda Click 125i, 2020, ₱55k",
        "Jual makanan kura-kura Tetra, RM18 sebotol",
        "Jual Air Gamat Emas cap Langkawi, RM35 sebotol. Pos laju",
        "For sale t-shirt na may drawing ng pawikan, ₱250",
        "Jual itik serati RM35 seekor",
        "Agila ng Quezon City team, panalo sa liga",
        "Rumah Tiong di Sibu, Jalan Tiong Hua, untuk disewa",
        "Jual ayam kampung hidup RM25 seekor, COD Kota Bharu",
        "Balat ng itlog, gamitin bilang pataba sa halaman",
        "Tiket perlawanan Harimau Malaya vs Vietnam dijual di laman web FAM, RM50",
        "Kelab Badminton Anggerik buka keahlian baru, yuran RM30 sebulan",
        "Kuih kura-kura merah untuk majlis hari jadi, 50 biji RM40",
        "Jual kereta Proton Saga di Jalan Harimau, Tampoi, RM18k nego",
        "Resepi sup tulang lembu, sedap dan mudah",
        "Jual kuih kura-kura, RM10 sekotak, tempahan raya",
        "Set tilam corak beruang untuk bayi, RM80",
        "Jual anggerik Dendrobium kacukan, berbunga, RM25 sepasu",
        "Kalaw Street sa Ermita, doon tayo magkita",
        "Sabun gamat Langkawi, RM8 sebuku",
        "Jual minyak wangi oud Arab (sintetik), RM45 sebotol",
        "Leon Guinto Street sa Malate, may bakanteng apartment",
        "Sold na po lahat ng tinda kong ulam, salamat po",
        "Mga Agila ng Makati basketball team, try-out sa Sabado",
        "Beef pares sa Retiro, sikat na kainan",
        "Jual kain batik corak ular sawa, RM35 sehelai",
        "Jual anak patung harimau (plush) untuk kanak-kanak RM25",
        "For sale condo unit sa T.M. Kalaw, Ermita, ₱3.5M",
        "Jual makanan burung nuri, biji bunga matahari 5kg RM45",
        "Balut at penoy, ₱20 each, sa kanto",
        "Si Leon Kilat ay bayani ng Cebu",
        "Jual tudung bawal corak belang zebra RM20",
        "Lelaki berkopiah belang, dikenali sebagai Pak Harimau, popular di TikTok",
        "Sewa bilik di Bukit Tiong, RM500 sebulan",
        "Periuk kera: resepi nasi periuk kera, pulut dalam periuk kera",
        "Harimau Malaya vs Thailand: skor akhir 1-1",
        "Jual anak kura-kura brazil (red eared slider) RM15 seekor",
        "Inihaw na pusit, ₱180 sa Dampa",
        "Jual burung tekukur, RM60",
        "Kucing saya hilang di Taman Enggang, sesiapa jumpa hubungi saya",
        "Baligya ko akong motor, Honda XRM, 35k",
        "Jual baju Harimau Malaya edisi terhad, RM89. Pos laju",
        "Ang Matsing at ang Pagong, aklat pambata ₱120",
        "Jual durian musang king RM60/kg, free pos KL",
        "Lechon kawali recipe, crispy at masarap",
        "Abang Kura Kopitiam buka cawangan baru di Bangsar",
        "Sawali para sa bahay kubo, ₱250 per sheet",
    ],
)
def test_everyday_text_names_no_taxon(engine: Engine, text: str) -> None:
    assert not engine.analyse(ListingText("e", "", text)).taxa
