"""Names and traps of names/arabic_forms.yaml and traps_arabic.yaml: Arabic offers written with
duals, plurals, construct forms, spelling variants, dialect words and Arabizi resolve to the
right taxon and read as trade, and everyday Arabic texts that use those words for something
else (teams, people, places, brands, idioms, food and clothes) name no taxon and are no trade."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText

PRICE = "السعر 5000 ريال، واتساب 0501234567"


@pytest.mark.parametrize(
    ("title", "taxon"),
    [
        # duals of short stems
        ("للبيع صقرين وكري", "Falconiformes"),
        ("للبيع ببغاوين أليفين", "Psittaciformes"),
        ("للبيع ببغائين متكلمين", "Psittaciformes"),
        ("للبيع قردين صغار مع القفص", "Primates"),
        ("للبيع ضبين حية", "Uromastyx"),
        # plurals, with and without the article
        ("للبيع السلاحف البرية الصغيرة", "Testudinidae"),
        ("متوفر السلاحف النجمية الهندية", "Geochelone elegans"),
        ("للبيع سلاحف نجمة صغار", "Geochelone elegans"),
        ("للبيع السلاحف المشعة من مدغشقر", "Astrochelys radiata"),
        ("للبيع سلاحف يونانية بحجم الكف", "Testudo graeca"),
        ("للبيع السلاحف الإغريقية", "Testudo graeca"),
        ("للبيع سلاحف هرمان عمر سنة", "Testudo hermanni"),
        ("للبيع سلاحف هورسفيلد", "Testudo horsfieldii"),
        ("للبيع سلاحف لبرد", "Stigmochelys pardalis"),
        ("للبيع سلاحف ريد فوت", "Chelonoidis carbonarius"),
        ("للبيع سلاحف بانكيك", "Malacochersus tornieri"),
        ("للبيع السلاحف العنكبوتية", "Pyxis arachnoides"),
        ("للبيع السلاحف العملاقة", "Aldabrachelys gigantea"),
        ("للبيع الببغاوات الرمادية", "Psittacus erithacus"),
        ("للبيع التماسيح النيلية", "Crocodylus niloticus"),
        ("للبيع الحرابي اليمنية", "Chamaeleo calyptratus"),
        ("للبيع لبوات صغيرة", "Panthera leo"),
        ("للبيع النمور المنقطة", "Panthera pardus"),
        ("للبيع النمور الثلجية", "Panthera uncia"),
        ("متوفر خيول البحر المجففة", "Hippocampus"),
        ("للبيع قروش المطرقة المجمدة", "Sphyrnidae"),
        ("للبيع خراتيت صغيرة", "Rhinocerotidae"),
        ("للبيع عاجيات قديمة", "Loxodonta africana"),
        ("للبيع صبارات مستوردة", "Cactaceae"),
        ("للبيع بواشق للصيد", "Accipitriformes"),
        # construct state and adjectives
        ("للبيع فروة نمر كاملة", "Panthera tigris"),
        ("للبيع نمر محنط", "Panthera tigris"),
        ("للبيع جلد فهد طبيعي", "Acinonyx jubatus"),
        ("للبيع فروة فهد", "Acinonyx jubatus"),
        ("للبيع أسد محنط", "Panthera leo"),
        ("للبيع مخلب أسد طبيعي", "Panthera leo"),
        ("للبيع أنياب أسد", "Panthera leo"),
        ("للبيع دب محنط", "Ursidae"),
        ("للبيع مخلب دب", "Ursidae"),
        ("للبيع أسنان فيل", "Loxodonta africana"),
        ("للبيع نمر منقط صغير", "Panthera pardus"),
        ("للبيع فهد ثلجي", "Panthera uncia"),
        ("للبيع نمر جاكوار", "Panthera onca"),
        ("للبيع العقاب الملكي", "Aquila chrysaetos"),
        ("للبيع عقبان ذهبية", "Aquila chrysaetos"),
        ("للبيع فرخ عقاب", "Accipitriformes"),
        ("للبيع طير الباز", "Accipitriformes"),
        ("للبيع صقر محنط", "Falconiformes"),
        ("للبيع البايثون الملكي", "Python regius"),
        ("للبيع ثعبان بيثون", "Pythonidae"),
        ("للبيع السحلية شوكية الذيل", "Uromastyx"),
        ("للبيع ترسة بحرية", "Cheloniidae"),
        ("للبيع لحم الترسة", "Cheloniidae"),
        ("للبيع سلاحف البحر", "Cheloniidae"),
        ("للبيع مشط ذبل طبيعي", "Eretmochelys imbricata"),
        ("للبيع أساور ذبل", "Eretmochelys imbricata"),
        ("للبيع مسبحة اليسر", "Antipatharia"),
        ("للبيع اليسر الأسود", "Antipatharia"),
        ("للبيع مرجان للأحواض", "Scleractinia"),
        ("للبيع فراقات مرجان SPS", "Scleractinia"),
        ("للبيع قرد المارموزيت", "Callithrix jacchus"),
        ("للبيع ببغاء الكونغو", "Psittacus erithacus"),
        # macaws, cockatoos and eclectus by seller wording
        ("للبيع مكاو بلو اند جولد", "Ara ararauna"),
        ("للبيع مكاو ازرق و اصفر", "Ara ararauna"),
        ("للبيع مكاو سكارلت", "Ara macao"),
        ("للبيع مكاو جرين وينق", "Ara chloropterus"),
        ("للبيع المكاو الأزرق", "Anodorhynchus hyacinthinus"),
        ("للبيع امبريلا كوكاتو", "Cacatua alba"),
        ("للبيع كوكاتو سلموني", "Cacatua moluccensis"),
        ("للبيع إكليكتوس ذكر", "Eclectus roratus"),
        ("للبيع كنيور أليف", "Psittaciformes"),
        ("للبيع كنق كوبرا", "Ophiophagus hannah"),
        ("للبيع سلحفاية برية", "Testudinidae"),
        ("للبيع سولكاتة صغيرة", "Centrochelys sulcata"),
        # spelling variants and Persian letters
        ("للبيع نمر بنگالي", "Panthera tigris"),
        ("للبيع گوريلا صغيرة", "Gorilla gorilla"),
        ("للبيع كاڤيار", "Acipenseriformes"),
        ("للبيع ليوبرد صغير", "Panthera pardus"),
        ("للبيع شيمبانزي صغير", "Pan troglodytes"),
        ("للبيع أوركيديا نادرة", "Orchidaceae"),
        ("للبيع بانجولين", "Manidae"),
        # agarwood by origin
        ("للبيع عود تايلاندي", "Aquilaria"),
        ("للبيع عود ترات", "Aquilaria"),
        ("للبيع عود سومطري", "Aquilaria"),
        ("للبيع عود قماري", "Aquilaria"),
        ("للبيع أغاروود", "Aquilaria"),
        ("للبيع عود بنغلادشي", "Aquilaria malaccensis"),
        ("للبيع عود سريلانكي", "Gyrinops walla"),
        ("للبيع عود باپوا", "Gyrinops"),
        # Arabizi
        ("for sale temsa7 sghir", "Crocodylia"),
        ("lil bay3 qird sghir", "Primates"),
        ("hobara lil bay3", "Chlamydotis macqueenii"),
        ("9agr lil bay3", "Falconiformes"),
        ("nemr bengali lil bay3", "Panthera tigris"),
        ("wa7id el 2arn lil bay3", "Rhinocerotidae"),
        # with attached prepositions and conjunctions
        ("متوفر للبيع وصبارات وأوركيد", "Cactaceae"),
        ("نبيع بالسلاحف البرية", "Testudinidae"),
    ],
)
def test_arabic_form_found(engine: Engine, title: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title=title, text=PRICE))
    assert taxon in {t.name for t in result.taxa}, [(t.name, t.matched) for t in result.taxa]
    assert result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "المنتخب السعودي الأخضر يلقب بالصقور الخضر",
        "صقور الجديان يتعادلون مع موريتانيا",
        "نادي الفهود يتعاقد مع مدرب جديد للموسم القادم",
        "لبؤات الأطلس يفزن على منتخب نيجيريا",
        "بشار الأسد يلقي كلمة",
        "نظام الأسد يقصف إدلب",
        "قوات النمر تتقدم في ريف حماة",
        "الشيخ نمر النمر",
        "حي النمر في الرياض",
        "أرض للبيع في مخطط الصقر مساحة 625 متر",
        "معرض الفهد للسيارات",
        "أسمنت النمر أقوى أسمنت",
        "مقهى الببغاء في جدة",
        "كافيه البومة في الخبر",
        "شركة النسر للمقاولات",
        "شاهين للطيران رحلات إلى دبي",
        "صاروخ شاهين الباكستاني",
        "فندق النسر الذهبي عرض خاص لشهر العسل",
        "لا تكن كالقرد تقلد غيرك",
        "القرد في عين أمه غزال",
        "يردد الكلام كالببغاء دون فهم",
        "كان يتلون كالحرباء",
        "أعق من ضب مثل عربي",
        "قرش أبيض ينفع في اليوم الأسود",
        "ضب الأغراض في الخزانة",
        "للبيع صندل أحمر نسائي مقاس 38",
        "كوب سحلب ساخن في الشتاء",
        "مشروب السحلب بالمكسرات والقرفة",
        "كريم الكافيار لتجديد البشرة",
        "كافيار الباذنجان اللبناني",
        "عطر مسك الغزال من العربية للعود",
        "سمك الببغاء في البحر الأحمر",
        "سمكة النمر في الحوض",
        "ثوم الفيل نوع من الثوم",
        "مطور بايثون مطلوب لشركة ناشئة",
        "ألمانيا ترسل دبابات ليوبارد 2 إلى أوكرانيا",
        "مهرجان خيول البحرين العربية الأصيلة",
        "حصان البحرين العربي الأصيل",
        "حلوى الدببة بالفواكه للأطفال",
        "اترك الكيك ليبرد تماما قبل التزيين",
        "نسبة جير حر عالية في العينة",
        "الأسد الملك أجمل أفلام ديزني",
    ],
)
def test_arabic_everyday_text_names_no_taxon(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert not result.taxa, [(t.name, t.matched) for t in result.taxa]
    assert not result.wildlife_trade
