"""Swahili and Sheng forms of names/swahili_forms.yaml, intent_context_swahili.yaml,
context_swahili_more.yaml and traps_swahili.yaml.

Offers and wanted posts (classifieds, WhatsApp posts, voice-note transcripts, code-switching
with English) name the right taxon and read as trade; news reports in the style of Swahili
papers name the taxon and read as news, not trade; everyday texts that use the same words for
something else (Simba SC, people, proverbs, brands, unlisted animals) name no taxon. All texts
were written for this file, never copied from a corpus.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText

OFFERS = [
    (
        "",
        (
            "Nauza pembe za ndovu vipande 6, kilo 18 jumla. Bei poa kwa mteja "
            "serious. Piga 0754 112 233"
        ),
        "Loxodonta africana",
    ),
    (
        "",
        ("Tunauza meno ya tembo original kabisa, mzigo uko Arusha. WhatsApp +255 713 445 900"),
        "Loxodonta africana",
    ),
    (
        "",
        ("Pembe za ndovu zinauzwa, ni mbili kubwa kilo 25. Bei tutaelewana, nicheki inbox"),
        "Loxodonta africana",
    ),
    (
        "",
        "Natafta pembe za ndovu, niko na client wa nje. Mwenye mzigo anicheki",
        "Loxodonta africana",
    ),
    (
        "",
        "Pembe ya kifaru inauzwa, gramu 800. Bei ya kuelewana. WhatsApp 0789 001 002",
        "Rhinocerotidae",
    ),
    (
        "",
        ("Tunazo pembe za faru mbili, mzigo safi. Mnunuzi wa kweli tu, tupigie 0718 909 090"),
        "Rhinocerotidae",
    ),
    (
        "",
        "Unga wa pembe ya kifaru unapatikana, dawa ya asili. Tsh 200,000 kwa gramu 10",
        "Rhinocerotidae",
    ),
    (
        "",
        ("Sasa kaka, ile pembe ya faru bado niko nayo, jamaa anataka milioni tatu, we utaweza?"),
        "Rhinocerotidae",
    ),
    ("", "Kakakuona hai anauzwa, ni mkubwa. Bei poa, tupo Dodoma. 0621 333 444", "Manidae"),
    (
        "",
        ("Magamba ya kakakuona yanauzwa kwa kilo. Tsh 150,000 kwa kilo. Tunasafirisha mikoani"),
        "Manidae",
    ),
    ("", "Nahitaji magamba ya kakakuona kilo 50, malipo cash. Piga simu 0752 888 777", "Manidae"),
    (
        "",
        "Ngozi ya chui inauzwa, kamili na kichwa. Bei Ksh 120,000. Piga 0722 456 789",
        "Panthera pardus",
    ),
    ("", "Ngozi za chui mbili zinapatikana, original. Nicheki inbox", "Panthera pardus"),
    (
        "",
        "Watoto wa chui wawili wanauzwa, wana wiki 6. Bei ya maelewano, 0755 010 020",
        "Panthera pardus",
    ),
    (
        "",
        "Mtoto wa simba anauzwa, miezi 3, mpole sana. Bei Tsh 5m. WhatsApp 0715 000 222",
        "Panthera leo",
    ),
    (
        "",
        "Watoto wa simba wawili wanapatikana, dume na jike. Tuma ujumbe 0766 303 404",
        "Panthera leo",
    ),
    ("", "Mafuta ya simba yanauzwa, original kutoka porini. Bei 10k chupa", "Panthera leo"),
    ("", "Mtoto wa duma anauzwa, mpole kama paka. Bei $3000. Inbox", "Acinonyx jubatus"),
    (
        "",
        "Watoto wa duma watatu wanapatikana kwa wateja wa Ghuba. Tunasafirisha",
        "Acinonyx jubatus",
    ),
    ("", "Ngozi ya duma inauzwa, safi. 0733 101 202", "Acinonyx jubatus"),
    (
        "",
        "Paka mondo mdogo anauzwa, amezoea watu. Bei poa, piga 0722 808 909",
        "Leptailurus serval",
    ),
    ("", "Ngozi za mondo zinauzwa, tano kwa pamoja. Bei ya jumla", "Leptailurus serval"),
    (
        "",
        ("Ngozi ya simba marara inauzwa, original kutoka India. Bei ya maelewano, 0717 010 101"),
        "Panthera tigris",
    ),
    (
        "",
        "Meno ya kiboko yanauzwa kilo 30, bei ya jumla. Mnunuzi apige 0755 999 000",
        "Hippopotamus amphibius",
    ),
    ("", "Jino la kiboko linauzwa, kubwa. Tsh 300,000", "Hippopotamus amphibius"),
    ("", "Nauza meno ya viboko kilo 15, mzigo uko Kasese. 0772 456 456", "Hippopotamus amphibius"),
    (
        "",
        "Mkia wa twiga unauzwa, kwa fimbo za wazee. Bei poa, 0723 121 212",
        "Giraffa camelopardalis",
    ),
    ("", "Nyama ya twiga inapatikana, kwa oda tu. Tupigie", "Giraffa camelopardalis"),
    # tumbili is the vervet monkey (Chlorocebus); nyani any monkey or baboon
    (
        "",
        "Tumbili mdogo anauzwa, mpole, anakula ndizi. Bei 15k. Nipigie 0711 888 000",
        "Chlorocebus",
    ),
    ("", "Mtoto wa nyani anauzwa, ana miezi 4. Bei Ksh 8,000", "Primates"),
    (
        "",
        "Nahitaji tumbili mdogo wa kufuga nyumbani. Nani anauza? Nicheki 0720 333 111",
        "Chlorocebus",
    ),
    # bushbaby names the galago family (Galagidae), in the species data since 60 taxa were added
    ("", "Komba mdogo (bushbaby) anauzwa, mpole sana. Bei 6k, nicheki 0712 303 030", "Galagidae"),
    ("", "Mtoto wa sokwe anapatikana, mpole sana, kwa mteja serious tu. Inbox", "Pan troglodytes"),
    (
        "",
        "Masokwe wawili wadogo wanauzwa kwa bustani ya wanyama binafsi. Tuma ujumbe",
        "Pan troglodytes",
    ),
    (
        "",
        ("Kasuku wa kijivu anauzwa, anaongea maneno mengi. Bei Tsh 600,000. Piga 0765 123 456"),
        "Psittacus erithacus",
    ),
    (
        "",
        ("African grey inauzwa, anaongea, pamoja na kizimba. Bei 50k, nipigie 0722 767 676"),
        "Psittacus erithacus",
    ),
    (
        "",
        "Kasuku wa Kongo anauzwa, rangi kijivu mkia mwekundu. 0784 545 454",
        "Psittacus erithacus",
    ),
    ("", "Kasuku mdogo anauzwa, ana miezi mitatu, anakula mwenyewe. Ksh 25k", "Psittaciformes"),
    (
        "",
        "Vifaranga vya kasuku vinauzwa, vimelishwa kwa mkono. Tuma ujumbe 0744 989 898",
        "Psittaciformes",
    ),
    ("", "Natafuta kasuku anayeongea, nipo Nairobi. Bei isizidi 40k, nicheki", "Psittaciformes"),
    (
        "",
        "Fischer's lovebird jozi zinauzwa, Tsh 60,000 kila jozi. 0754 787 878",
        "Agapornis fischeri",
    ),
    (
        "",
        "Korongo taji wawili wanauzwa kwa ajili ya bustani ya hoteli. Bei ya maelewano",
        "Balearica regulorum",
    ),
    ("", "Kobe wanauzwa, wadogo na wakubwa. Bei kuanzia 20k. Piga 0756 121 343", "Testudinidae"),
    ("", "Mtoto wa kobe anauzwa, mzuri kwa kufuga. Bei poa", "Testudinidae"),
    (
        "",
        "Natafuta kobe wa kufuga kwa watoto wangu, mwenye naye anipigie 0713 232 454",
        "Testudinidae",
    ),
    (
        "",
        "Kobe chapati wanapatikana, Tsh 150,000 kila mmoja. WhatsApp 0657 111 222",
        "Malacochersus tornieri",
    ),
    ("", "Nauza kobe chui dume, ana kilo 5. Bei 90k. 0752 343 434", "Stigmochelys pardalis"),
    (
        "",
        "Kobe wa Aldabra anauzwa, mkubwa sana, miaka 40. Bei ya maelewano",
        "Aldabrachelys gigantea",
    ),
    ("", "Vinyonga wanauzwa, wa rangi tofauti. Bei 3k kila mmoja. 0711 676 767", "Chamaeleonidae"),
    ("", "Kinyonga wa pembe tatu anauzwa, dume. Tsh 40,000", "Trioceros jacksonii"),
    (
        "",
        ("Natafuta vinyonga kwa wingi, kwa ajili ya kusafirisha nje. Nipigie 0788 989 898"),
        "Chamaeleonidae",
    ),
    ("", "Chameleon za Jackson zinauzwa, jozi 5k. Nicheki 0721 454 545", "Trioceros jacksonii"),
    ("", "Chatu anauzwa, mita 3, mpole. Bei Ksh 30,000. 0721 232 323", "Pythonidae"),
    ("", "Mafuta ya chatu yanapatikana, kwa matibabu ya ngozi. Bei 5k chupa", "Pythonidae"),
    ("", "Ngozi ya chatu inauzwa, urefu mita 4. Bei ya maelewano", "Pythonidae"),
    ("", "Ball python inauzwa, mpole sana, anakula panya. Ksh 15k", "Python regius"),
    (
        "",
        ("Ngozi za mamba zinauzwa, zimeshakaushwa. Bei kwa futi. Tuma ujumbe 0789 121 212"),
        "Crocodylia",
    ),
    ("", "Mayai ya mamba yanapatikana kwa wafugaji. Piga 0752 000 454", "Crocodylia"),
    ("", "Mkanda wa ngozi ya mamba original unauzwa, 8k", "Crocodylia"),
    ("", "Nyama ya kasa inauzwa, ipo fresh, Kilwa. Bei kwa kilo 12k", "Cheloniidae"),
    ("", "Mayai ya kasa yanauzwa, kwa dawa. Nicheki 0777 121 121", "Cheloniidae"),
    ("", "Mafuta ya kasa yanapatikana, dawa ya pumu. Bei 20k", "Cheloniidae"),
    (
        "",
        "Magamba ya ng'amba yanauzwa, kwa mapambo na bangili. Bei kwa kilo",
        "Eretmochelys imbricata",
    ),
    (
        "",
        ("Mapezi ya papa nyundo yanauzwa kilo 20 kavu. Bei ya jumla. WhatsApp 0713 787 878"),
        "Sphyrnidae",
    ),
    (
        "",
        "Jongoo bahari mweusi anauzwa kwa kilo, size kubwa. Bei 80,000 kwa kilo",
        "Holothuria nobilis",
    ),
    ("", "Matumbawe hai ya aquarium yanauzwa, frags. Bei 5k kipande", "Scleractinia"),
    (
        "",
        "Msandali unauzwa, tani 5, magogo safi. Mnunuzi wa nje apige 0767 333 222",
        "Osyris lanceolata",
    ),
    ("", "Mafuta ya msandali yanapatikana lita 10. Bei ya jumla", "Osyris lanceolata"),
    ("", "Natafuta msandali kwa wingi, tunanunua kwa tani. Piga 0768 454 565", "Osyris lanceolata"),
    (
        "",
        "Mbao za mpingo zinauzwa, kwa wachongaji. Bei kwa futi. 0713 676 767",
        "Dalbergia melanoxylon",
    ),
    ("", "Magogo ya mpingo yanauzwa, tani 3. Nipigie 0784 909 090", "Dalbergia melanoxylon"),
    (
        "",
        "Magome ya mueri yanauzwa, kilo 500, kwa dawa ya tezi dume. 0722 676 767",
        "Prunus africana",
    ),
    ("", "Tunanunua magome ya mkomahoya kwa bei nzuri. Tupigie 0755 202 020", "Prunus africana"),
    ("", "Okidi zinauzwa, aina mbalimbali, kwa bei nafuu. 0712 787 878", "Orchidaceae"),
    ("", "Orchids za porini zinauzwa, zimetolewa Kitulo. Bei poa", "Orchidaceae"),
    ("", "Mshubiri unauzwa, miche 50. Bei 500 kila mche. 0755 787 878", "Aloe"),
    ("", "Nyama ya nguva inauzwa Mafia, kwa wanaoijua. Nicheki 0777 454 545", "Dugong dugon"),
    ("", "Sokwe mdogo anauzwa, anapenda watoto. Tuma ujumbe kwa bei", "Pan troglodytes"),
    ("", "Niko na kobe wawili wakubwa, nataka kuwauza. Bei tutaongea", "Testudinidae"),
    ("", "Kobe chui wanauzwa, jozi moja. Tsh 200,000", "Stigmochelys pardalis"),
    ("", "Chatu mkubwa anauzwa, urefu mita 5. Anafaa kwa maonyesho. 0713 959 595", "Python sebae"),
    ("", "Chatu wa Afrika anauzwa, mkubwa na mpole. Bei ya kuongea", "Python sebae"),
    (
        "",
        "Mpingo unauzwa, magogo 40, mzigo uko Lindi. Bei ya jumla kwa tani",
        "Dalbergia melanoxylon",
    ),
    ("", "Mueri unauzwa, magome kilo 800 yamekaushwa. Nipigie 0721 171 717", "Prunus africana"),
    ("", "Matumbawe ya aquarium yanapatikana, hai na mazuri. Bei kuanzia 10k", "Scleractinia"),
    ("", "Okidi za porini zinauzwa kwa wingi, bei 5,000 kila mche. 0713 181 818", "Orchidaceae"),
    (
        "",
        "Ngozi ya twiga inauzwa, kamili. Bei ya maelewano. 0722 191 919",
        "Giraffa camelopardalis",
    ),
]
NEWS = [
    (
        (
            "Watu watatu wamekamatwa mkoani Tabora wakiwa na pembe za ndovu 12 "
            "zenye thamani ya shilingi milioni 450."
        ),
        "Loxodonta africana",
    ),
    (
        (
            "Mahakama ya Hakimu Mkazi Kisutu imemhukumu mfanyabiashara kifungo cha "
            "miaka 20 jela kwa kukutwa na meno ya tembo."
        ),
        "Loxodonta africana",
    ),
    (
        (
            "Wanandoa wawili wameshtakiwa kwa kosa la uhujumu uchumi baada ya "
            "kukutwa na nyara za serikali, vipande 8 vya meno ya tembo."
        ),
        "Loxodonta africana",
    ),
    (
        (
            "Mshtakiwa alidaiwa kuwa Julai 12 alikutwa na nyara za serikali ambazo "
            "ni meno ya tembo yenye thamani ya Sh 95 milioni bila kibali cha "
            "Mkurugenzi wa Wanyamapori."
        ),
        "Loxodonta africana",
    ),
    (
        (
            "Raia wa Vietnam ahukumiwa miaka 30 jela kwa kusafirisha meno ya tembo "
            "kupitia uwanja wa ndege wa JNIA"
        ),
        "Loxodonta africana",
    ),
    (
        ("Raia wa kigeni amekamatwa JKIA akiwa na pembe za vifaru sita kwenye mizigo yake."),
        "Rhinocerotidae",
    ),
    (
        ("Pembe za faru zenye thamani ya Sh50 milioni zilinaswa katika bandari ya Mombasa."),
        "Rhinocerotidae",
    ),
    (
        (
            "Majangili wawili wameuawa katika mapambano na askari wa wanyamapori "
            "baada ya kumuua kifaru mweusi ndani ya hifadhi ya Ngorongoro."
        ),
        "Diceros bicornis",
    ),
    ("Kenya yahamisha vifaru weusi 21 kwenda hifadhi mpya ya Loisaba", "Diceros bicornis"),
    (
        (
            "Kifaru mweupe wa mwisho wa kiume duniani alikufa Ol Pejeta mwaka 2018,"
            " wataalamu wamesema."
        ),
        "Ceratotherium simum",
    ),
    (
        (
            "Watuhumiwa wanne wamefikishwa mahakamani kwa kosa la kukutwa na "
            "kakakuona hai bila kibali."
        ),
        "Manidae",
    ),
    (
        (
            "Uganda yakamata tani 2 za magamba ya kakakuona yaliyokuwa "
            "yakisafirishwa kwenda Vietnam kupitia Kampala"
        ),
        "Manidae",
    ),
    ("Shehena ya magamba ya kakakuona yanaswa bandarini Dar es Salaam", "Manidae"),
    (
        (
            "Mamlaka ya Mapato Uganda (URA) imekamata tani 3 za magamba ya "
            "kakakuona katika uwanja wa ndege wa Entebbe."
        ),
        "Manidae",
    ),
    (
        "Mwanamume mmoja amekamatwa Narok akiwa na ngozi ya chui na mifupa ya simba.",
        "Panthera pardus",
    ),
    ("Ngozi 30 za chui zilikamatwa na polisi katika nyumba moja mjini Arusha.", "Panthera pardus"),
    (
        (
            "Mkuu wa Wilaya amesema watu wanaojihusisha na biashara haramu ya nyara"
            " za serikali, zikiwemo ngozi za chui, watachukuliwa hatua kali."
        ),
        "Panthera pardus",
    ),
    (
        (
            "Mfanyabiashara amehukumiwa kulipa faini ya shilingi milioni 10 kwa "
            "kupatikana na mifupa ya simba."
        ),
        "Panthera leo",
    ),
    (
        (
            "Simba sita wameuawa kwa sumu katika hifadhi ya Queen Elizabeth nchini "
            "Uganda, na vichwa na makucha yao kuondolewa."
        ),
        "Panthera leo",
    ),
    (
        (
            "Watoto wa duma 8 waliokuwa wakisafirishwa kwenda Saudi Arabia "
            "wameokolewa mpakani mwa Somalia."
        ),
        "Acinonyx jubatus",
    ),
    (
        (
            "Wataalamu wanasema biashara ya watoto wa duma kupitia Somaliland "
            "inatishia duma wa Afrika Mashariki."
        ),
        "Acinonyx jubatus",
    ),
    ("Polisi wamekamata meno ya kiboko kilo 120 wilayani Kasese.", "Hippopotamus amphibius"),
    (
        "Watu wawili walikamatwa wakiwa na nyama ya twiga katika kijiji cha Loliondo.",
        "Giraffa camelopardalis",
    ),
    (
        (
            "Watoto wa sokwe wawili waliokolewa na mamlaka za Uganda baada ya "
            "kukamatwa uwanja wa ndege wa Entebbe."
        ),
        "Pan troglodytes",
    ),
    ("Mlinzi wa hifadhi ya Bwindi amekamatwa kwa tuhuma za kuua sokwe mlima.", "Gorilla beringei"),
    (
        ("Utafiti mpya unaonyesha idadi ya kasuku wa kijivu porini imepungua kwa asilimia 90."),
        "Psittacus erithacus",
    ),
    (
        (
            "Uganda imeonya wanaofuga korongo taji nyumbani kwani ndege huyo ni "
            "nembo ya taifa na yuko hatarini."
        ),
        "Balearica regulorum",
    ),
    (
        ("Kobe 300 aina ya kobe chapati walikamatwa wakisafirishwa kwenda Kenya bila kibali."),
        "Malacochersus tornieri",
    ),
    (
        ("Vinyonga 500 na vyura walikamatwa uwanja wa ndege wa JKIA wakisafirishwa kwenda Ulaya."),
        "Chamaeleonidae",
    ),
    (
        ("Mkazi wa Kilifi amekamatwa akiwa na chatu hai wawili aliokuwa akiwafuga bila kibali."),
        "Pythonidae",
    ),
    ("Wavuvi wawili wamekamatwa Rufiji wakiwa na ngozi za mamba saba bila kibali.", "Crocodylia"),
    ("Wavuvi watatu wa Pemba wamekamatwa wakiwa na kasa wawili waliochinjwa.", "Cheloniidae"),
    (
        (
            "Kasa wa kijani hutaga mayai katika fukwe za Mafia, wataalamu wanasema "
            "idadi yao inapungua."
        ),
        "Chelonia mydas",
    ),
    ("KWS imewaonya wakazi wa Lamu dhidi ya ulaji wa nyama na mayai ya kasa.", "Cheloniidae"),
    (
        (
            "Mapezi ya papa nyundo kilo 400 yalikamatwa bandarini Dar es Salaam "
            "yakisafirishwa kwenda Hong Kong."
        ),
        "Sphyrnidae",
    ),
    (
        (
            "Wavuvi walimkamata papa potwe kwenye nyavu karibu na Mafia, maafisa wa"
            " uvuvi wakamwachia."
        ),
        "Rhincodon typus",
    ),
    (
        "Tani mbili za jongoo bahari mweusi zilikamatwa Zanzibar zikiwa hazina kibali.",
        "Holothuria nobilis",
    ),
    (
        (
            "Wananchi wa Tanga wameonywa kuvuna matumbawe hai baharini, maafisa wa "
            "uvuvi wanasema ni kosa."
        ),
        "Scleractinia",
    ),
    (
        (
            "Polisi mkoani Manyara wamekamata lori lililokuwa limebeba tani 4 za "
            "msandali bila kibali."
        ),
        "Osyris lanceolata",
    ),
    (
        "Wafanyabiashara watatu wa msandali wamefikishwa mahakamani Kilimanjaro.",
        "Osyris lanceolata",
    ),
    (
        (
            "Maafisa wa misitu wamekamata magogo ya mpingo yaliyovunwa kinyume cha "
            "sheria wilayani Kilwa."
        ),
        "Dalbergia melanoxylon",
    ),
    (
        "Wakazi wa Kilimanjaro wamekamatwa wakiwa na magunia 40 ya magome ya mueri.",
        "Prunus africana",
    ),
    (
        (
            "Kuna hofu kwamba okidi za Kitulo zinachimbwa na kusafirishwa Zambia "
            "kama chakula cha chikanda."
        ),
        "Orchidaceae",
    ),
    (
        ("Nguva aliyekufa alikutwa ufukweni mwa Kilwa baada ya kunaswa kwenye nyavu za wavuvi."),
        "Dugong dugon",
    ),
    (
        "Tumbusi 30 walikufa kwa sumu karibu na hifadhi ya Maasai Mara, KWS imesema.",
        "Accipitriformes",
    ),
    ("Watu wanne wakamatwa wakiwa na meno ya tembo Kilombero", "Loxodonta africana"),
    (
        ("Kichwa cha simba na ngozi yake vimekamatwa nyumbani kwa mshukiwa mmoja wa Narok"),
        "Panthera leo",
    ),
    (
        ("Polisi wamewakamata wanaume wawili waliokuwa wakiuza watoto wa tumbili mtandaoni"),
        "Chlorocebus",
    ),
    (
        ("Kobe 120 waliokuwa wakisafirishwa kwenda Asia wamekamatwa uwanja wa ndege wa JKIA"),
        "Testudinidae",
    ),
    (
        "Mamba wa Nile wanaongezeka katika Ziwa Victoria, maafisa wa UWA wamesema",
        "Crocodylus niloticus",
    ),
    (
        "Wavuvi wawili walikamatwa wakiwa na meno ya kiboko katika Ziwa Edward",
        "Hippopotamus amphibius",
    ),
]
EVERYDAY = [
    "Kocha wa Simba amesema timu iko tayari kwa mechi ya Ligi ya Mabingwa Afrika",
    "Simba yaifunga Azam 3-0 na kurejea kileleni mwa ligi",
    "Kipa wa Simba ameumia bega na atakosa mechi mbili",
    "Jezi mpya ya Simba msimu huu inauzwa 45,000, tunatuma mikoani",
    "Rais Duma Boko wa Botswana amewasili Dar es Salaam kwa ziara ya kiserikali",
    "Mbunge Sophia Simba ametoa msaada wa madawati kwa shule ya msingi",
    "Nyani haoni kundule, kila mtu aangalie makosa yake kwanza",
    "Simba mwenda kimya ndiye mla nyama, usijisifu kabla ya kazi",
    "Tembo hashindwi na mkonga wake, mzazi hashindwi kulea watoto wake",
    "Wapiganapo tembo nyasi ndizo huumia, viongozi wagombanapo wananchi huumia",
    "Usimwamini, analia machozi ya mamba tu",
    "Twiga Foods imepanua huduma zake kwa wachuuzi wa mboga Nairobi",
    "Filamu mpya ya Simba na Nala inaonyeshwa Century Cinemax wikendi hii",
    "Mchezaji wa Simba Clatous Chama amefunga bao la ushindi",
    "Mjomba wangu anaitwa Simba, ni fundi magari pale Buguruni",
    "Mtoto wake wa kiume aitwa Simba kwa heshima ya babu yake",
    "Mamba Village Mombasa ni mahali pazuri pa chakula cha jioni",
    "Mji wa Kobe nchini Japan una bandari kubwa",
    "Polisi walitumia kifaru cha polisi kutawanya waandamanaji Kariakoo",
    "Mwanasiasa huyo ni kinyonga wa kisiasa, kila msimu anahamia chama kingine",
    "Ni mrefu kama twiga, anafaa kuwa mchezaji wa mpira wa kikapu",
    "Simba imetoka sare ya 1-1 na Coastal Union",
    "Simba yatinga robo fainali ya Kombe la Shirikisho",
    "Uongozi wa Simba umetangaza kocha mpya kutoka Afrika Kusini",
    "Yanga yaifunga Simba 5-1 katika mechi ya watani wa jadi",
    "Mji wa Kobe una chuo kikuu kikubwa na bandari",
    "Kiboko cha mwalimu kimepigwa marufuku shuleni",
    "Wapiganapo tembo nyasi huumia",
    "Nyani haoni kundule, ila huona la mwenzake",
    "Simba mwenda kimya ndiye mla nyama",
    "Kijana wa kiume anaitwa Tembo alikamatwa na polisi kwa wizi",
    "Anavaa gauni la rangi ya chui kila Ijumaa",
    "Mkeka wenye picha ya tembo unauzwa 15,000",
    "Vikombe vya chai vyenye picha ya twiga vinauzwa, seti 20,000",
    "Tembo wa mbao anauzwa, urefu futi mbili, kazi ya mkono",
    "Simba wa mbao wanauzwa Mwenge, wakubwa na wadogo",
    "Twiga wa mbao wa mapambo wanauzwa, urefu mita moja",
    "Tuna mtoto wa mbwa jike aitwaye Simba, anauzwa 20k",
    "Simba SC imeichapa Yanga mabao 2-1 katika mechi ya watani wa jadi",
    "Simba Queens watwaa ubingwa wa ligi ya wanawake kwa mara ya tatu",
    "Tusker FC yaishinda Gor Mahia 1-0 katika uwanja wa Kasarani",
    "Wanawake wa Twiga Stars wamefuzu fainali za Kombe la Afrika",
    "Kobe Bryant alikuwa mchezaji bora wa mpira wa kikapu duniani",
    "Wanafunzi wanarudia kama kasuku bila kuelewa wanachosoma",
    "Huyu mchezaji ni kiboko, amefunga mabao matatu leo",
    "Samaki sato fresh kutoka Mwanza, bei kwa kilo 8,000. Tunatuma mikoani",
    "Sungura wanauzwa, jozi 20k, wazima na wakubwa",
    "Watoto wa mbwa aina ya German Shepherd wanauzwa, wana wiki 8. Bei 25k",
    "Pweza wa kukaanga na ugali, bei 5,000 kwa sahani",
    "Pembe za ng'ombe zinauzwa kwa watengenezaji wa vifungo, bei kwa kilo",
    "Nyama ya mbuzi choma inapatikana kila siku Mwenge",
    "Bia ya Ndovu inauzwa kreti nzima kwa 45,000",
    "Kitabu cha hadithi cha Sungura na Kobe kinauzwa 3,000",
    "Kinyago cha tembo cha mbao kinauzwa, kazi ya mkono, bei 8,000",
    "Twiga Lodge: chumba kwa usiku ni 60,000 pamoja na kifungua kinywa",
    "Kifaru cha jeshi kilipita barabarani wakati wa gwaride la Uhuru",
    "Mkopo wa TemboCard unapatikana kwa wateja wa CRDB",
    "Sambusa za kima zinapatikana kwa oda, 500 kila moja",
    "Chakula cha kasuku na ndege wengine kinauzwa, kilo 5,000",
    "Kampuni ya Simba Corporation imezindua magari mapya ya Mahindra Nairobi",
    "Faru Mweusi Lodge inatoa punguzo la asilimia 20 mwezi huu",
    "Kiboko yao amerudi kikosini baada ya kupona majeraha",
    "Simba na Azam zitakutana Jumamosi katika uwanja wa Chamazi",
    "Daktari wa meno anapatikana kliniki ya Upanga kila Jumanne",
    "Nyumba inauzwa Mbezi Beach, vyumba vitatu, bei milioni 180",
    "Viatu vya Puma vinauzwa, size 40 hadi 44, bei 45,000",
    "Mapezi ya samaki yanatumika kutengeneza supu ya samaki",
    "Mafuta ya alizeti ya Singida, lita 5 kwa 32,000",
    "Unga wa mahindi umepanda bei kutoka 1,400 hadi 1,800 kwa kilo",
    "Bangili za shaba na shanga zinapatikana sokoni Maasai Market kila Jumanne",
    "Sikukuu ya Nane Nane inafanyika Dodoma mwaka huu",
    "Fisi wamekuwa wakivamia mifugo usiku katika kijiji cha Olasiti",
    "Kuku wa kisasa aina ya broiler wanauzwa wiki 5, kilo 2",
    "Pembe tatu za kiwanja hicho zina mawe ya mipaka",
    "Mkurugenzi wa Duma Works amesema kazi mpya 200 zimetangazwa",
    "Hakuna kama mama, ni kiboko yangu",
    "Jumba la makumbusho la Taifa lina maonyesho ya historia ya Zanzibar",
    "Pembe ya Afrika inakabiliwa na ukame mkubwa mwaka huu",
    "Mafuta ya taa yamepanda bei kwa shilingi 200",
    "Nauza mbuzi wa maziwa aina ya Toggenburg, bei 300,000. Piga 0754 232 121",
    "Tunauza samaki aina ya sangara kwa jumla, tupo Musoma",
    "Natafuta nyumba ya kupanga Sinza, vyumba viwili, bajeti 300k",
    "Pembe ya kudu kwa ajili ya kupuliza inauzwa kwa vikundi vya ngoma",
    "Mafuta ya mnyonyo yanauzwa kwa ajili ya nywele, chupa 5,000",
    "Unga wa muhogo unapatikana kwa jumla, gunia 60,000",
    "Mbwa wa ulinzi wanauzwa, aina ya Rottweiler, miezi 3",
    "Jezi za Simba na Yanga zinapatikana dukani kwetu, bei 30k",
    "Dawa ya meno ya mkaa inauzwa, 4,000 kwa tube",
    "Tusker Project Fame inarudi kwenye televisheni mwaka huu",
    "Black mamba huyo aliuawa na wanakijiji baada ya kuingia darasani",
    "Mama ntilie anauza chipsi mayai na mishkaki ya ng'ombe",
    "Sikukuu ya Pasaka tutasafiri kwenda Moshi kwa basi",
    "Mtoto wa mbwa anauzwa, ana miezi 2, chanjo zote amepata",
    "Bata wa kienyeji wanauzwa jozi 35,000",
    "Samaki wa mapambo aina ya koi wanauzwa, bei kuanzia 5,000",
    "Mwenda pole hajikwai, fanya kazi kwa utulivu",
    "Niko na tiketi mbili za Simba na Yanga, nauza 20k kila moja",
    "Naitaji msichana wa kazi, mshahara 120k",
    "Samaki aina ya changu wanauzwa sokoni Feri",
]


def _found(engine: Engine, title: str, text: str) -> tuple[set[str], bool, list]:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    return (
        {t.name for t in result.taxa},
        result.wildlife_trade,
        [(t.name, t.matched) for t in result.taxa],
    )


@pytest.mark.parametrize(("title", "text", "taxon"), OFFERS)
def test_swahili_offer_found(engine: Engine, title: str, text: str, taxon: str) -> None:
    names, trade, seen = _found(engine, title, text)
    assert taxon in names, seen
    assert trade


@pytest.mark.parametrize(("text", "taxon"), NEWS)
def test_swahili_news_names_taxon_not_trade(engine: Engine, text: str, taxon: str) -> None:
    names, trade, seen = _found(engine, "", text)
    assert taxon in names, seen
    assert not trade


@pytest.mark.parametrize("text", EVERYDAY)
def test_swahili_everyday_text_names_no_taxon(engine: Engine, text: str) -> None:
    names, trade, seen = _found(engine, "", text)
    assert not names, seen
    assert not trade
