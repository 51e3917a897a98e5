"""Everyday listings in six languages, in the styles a platform's queue holds, and real offers.

The traps come from `lexicon/data/traps_styles_west.yaml` and the negations from
`lexicon/data/context_styles_west.yaml`. The texts below were written for this file (never
copied from a corpus), in English, Spanish, Portuguese, French, German and Italian: bulk uploads
with SKU codes, category paths and attribute tables, OCR'd price boards, machine-translated
listings, voice-message transcripts and code-switching. Each everyday text uses an animal, plant
or trade word in another sense and must name no taxon and read as no trade; each offer must keep
its taxon and read as wildlife trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText

EVERYDAY = [
    ("Arabisches Parfümöl Oud Moschus 12ml", "Alkoholfrei, Roll-on. 8 €"),
    (
        "Automatische Übersetzung: Fall für Telefon mit Bild von Tiger",
        "Fall Silikon für iPhone 14 mit Bild Tiger 3D. Preis 6 Euro",
    ),
    (
        ("Haushalt > Küche > Elektrogeräte | Tiger Reiskocher 1,8L Art.-Nr. KU-2210"),
        "Marke: Tiger. Fassungsvermögen: 1,8 l. Farbe: weiß. Preis: 109 €",
    ),
    (
        "Haustier > Vögel > Käfige | Art.-Nr. VK-200 Papageienkäfig 180 cm",
        (
            "Geeignet für: Graupapagei, Amazone, Kakadu. Material: Eisen. "
            "Farbe: schwarz. Preis: 199 €"
        ),
    ),
    ("Kinderkostüm Tiger 104", "Mit Kapuze und Schwanz. 12 €"),
    ("Kissenbezüge elfenbein 40x40 4er Set", "Baumwolle. 20 €"),
    ("Lebensmittel | Tiger Brot 500g Bäckerei", "Tigerbrot mit Reiskruste. 3,20 €"),
    ("Leinwandbild Elefanten im Sonnenuntergang 60x90", "Wanddeko. 45 €"),
    (
        "Mode > Damen > Schuhe | Ballerinas Leopardenmuster Gr. 38",
        "Obermaterial: Synthetik. Muster: Leopard. Preis: 24,99 €",
    ),
    ("Phalaenopsis Orchidee Hybride im Topf", "Weiß, zwei Rispen. 12 €"),
    ("Plüschrucksack Panda Kinder", "Neu. 14 €"),
    (
        ("Reisen > Touren | Sri Lanka Safari: Leoparden im Yala, Elefanten in Minneriya"),
        "3 Tage Jeep-Safari mit Guide, 390 € pro Person",
    ),
    ("Sport > Fanshop | Löwen Frankfurt Schal", "Original. 15 €"),
    ("Sport > Fanshop | Trikot Adler Mannheim Gr. M", "Eishockey, original. 70 €"),
    (
        "Stellenangebot | Tierpfleger (m/w/d) Reptilienhaus",
        "Pflege von Schildkröten, Pythons und Waranen. Vollzeit, 2.600 € brutto",
    ),
    (
        "Stellenangebot: Aquarist im Meeresaquarium",
        "Pflege von Haien, Rochen und Seepferdchen. 2.800 € brutto",
    ),
    ("Stellenangebot: Senior Python-Entwickler", "Python, Django, remote. 75.000 € p.a."),
    (
        "Stellenangebot: Tierpfleger (m/w/d) Elefantenhaus",
        ("Der Zoo sucht Tierpfleger für Elefanten und Nashörner. Gehalt nach TVöD"),
    ),
    ("Trikot Eintracht Frankfurt Adler Gr. L", "Original, Saison 2024. 60 €"),
    (
        "Wanderreise Namibia: Elefanten und Löwen beobachten",
        "12 Tage mit Pirschfahrten, 2.900 € pro Person",
    ),
    (
        "Aquarium visit: meet our seahorses and sea turtles",
        "Entry $24 adults, $15 kids. Open daily 9–5",
    ),
    ("Art | Soapstone rhino sculpture", "Kisii soapstone, 15cm. $30"),
    ("Art | Wooden elephant carving from Kenya, jacaranda wood", "Hand carved, 30cm. $45"),
    ("Blue Elephant Thai cooking sauce, green curry 300g", "Ready sauce. $4.29"),
    (
        'Cosmetics > Make-up | Eyeshadow palette "Wild Safari" SKU MU-445',
        "12 shades: Lioness, Cheetah, Jungle, Tiger's Eye. $24",
    ),
    ("Eagle Brand sweetened condensed milk 12 cans", "Best before 2026. $20"),
    ("Eagle Creek travel packing cubes set", "3 pcs, grey. $25"),
    ("Electronics | Tiger Lake Intel i7 laptop 16GB", "11th gen Tiger Lake CPU, 512GB SSD. $480"),
    ("Falcon 2.0 router bit set", "Woodworking bits 12 pcs. $34"),
    (
        "Fashion > Eyewear | SKU EY-20 Ray-Ban Wayfarer tortoise frame",
        "Havana tortoise acetate. $110",
    ),
    (
        "Game: Planet Zoo PC Steam key",
        "Build your own zoo with lions, elephants and tigers. $19.99",
    ),
    (
        "Gibson Les Paul Standard rosewood fretboard",
        "Rosewood fingerboard, 2012, hard case. $2,100",
    ),
    (
        "Grocery > Snacks | SKU SN-2 Animal crackers zoo pack",
        "Elephant, lion and monkey shapes. $3",
    ),
    ("Grocery > Tea | SKU TE-8 Monkey picked oolong tea 100g", "Premium oolong. $16"),
    ("Hawksbill Bay Resort 3 nights", "Beach resort package, breakfast included. $420 per room"),
    (
        "Hiring: Veterinary nurse, exotic pets clinic",
        "Experience with parrots and reptiles a plus. $25-30/h",
    ),
    ("Home > Décor | SKU HD-90 Brass elephant bookends pair", "Solid brass, antique finish. $39"),
    (
        "Home > Pets > Birds > Cages | SKU PT-7781 Parrot cage 180cm with stand",
        (
            "Attribute: Suitable for | African grey, Amazon, Cockatoo. Material "
            "| Iron. Colour | Black. Price | $199"
        ),
    ),
    ("House for sale on Eagle Ridge Drive", "3 bed, 2 bath, double garage. $549,000"),
    (
        "Job: Aquarist at the City Aquarium",
        ("Care for sharks, rays and seahorses in our public exhibits. $20/hr. Send CV"),
    ),
    (
        "Job: Zookeeper (Elephants & Rhinos) — full time",
        (
            "City Zoo is hiring a keeper for the elephant and rhino house. "
            "Salary $42,000–$48,000. Apply by 30 June"
        ),
    ),
    (
        "Jobs | Marine biologist, sea turtle monitoring program",
        "12-month contract, $48,000. Apply online",
    ),
    (
        "Leopard gecko pair + vivarium",
        ("Normal and mack snow leopard geckos, 2 years old, with full setup. £180"),
    ),
    (
        "Machine translated: Case for phone with picture of tiger",
        "Case silicone for iPhone 14 with picture tiger 3D. Price 6 dollars",
    ),
    (
        "Pets > Fish > Food | SKU FF-3 Arowana sticks 500g",
        "Floating sticks for arowana and cichlids. Price $21",
    ),
    (
        ("Pets > Reptile > Lighting | SKU RL-55 UVB 10.0 tube for tortoises and bearded dragons"),
        "Length 120cm. Price $34",
    ),
    ("Phalaenopsis moth orchid hybrid in 12cm pot", "Supermarket orchid, white, 2 spikes. $15"),
    ("Real estate | Cottage near Falcon Lake", "3 bed cabin, lakefront. $320,000"),
    ("Real estate | Lion's Head view apartment, Cape Town", "2 bed, 2 bath, sea views. R4,800,000"),
    ("Rhino pen set, rollerball", "Rhino Pens brand gift set. $19"),
    (
        "Sea turtle hatchery tour, Bali",
        "Watch baby turtles released at sunset. IDR 150,000 per person",
    ),
    ("Senior Software Engineer (Python) — remote", "Python, Django, AWS. $140k–$170k. Hiring now"),
    (
        "Software | Python for data analysis — corporate training",
        "2 days on-site, pandas and Jupyter. $3,000",
    ),
    ("Sports > Fan Shop | SKU SP-17 Philadelphia Eagles scarf", "Official NFL. $20"),
    ("Sports > Fan Shop | SKU SP-18 Hull City Tigers home shirt", "Official, size M. £30"),
    ("Sports > Fan Shop | SKU SP-19 Leicester Tigers rugby jersey", "Adult L. £45"),
    ("Sports > Fan Shop | SKU SP-20 Memphis Grizzlies cap", "Official NBA. $25"),
    (
        "Travel > Tours | Borneo orangutan river cruise 3D2N",
        "Tanjung Puting klotok, meals included. $450 per person",
    ),
    ("White Tiger Protein bar 12 pack", "Protein bars, chocolate. $24"),
    ("Yamaha acoustic FG830 rosewood back and sides", "Laminated rosewood, spruce top. $280"),
    (
        "Arte > Láminas | SKU AL-4 Lámina leopardo de las nieves 40x50",
        "Impresión giclée de acuarela. 45 €",
    ),
    ("Casa rural El Búho — fin de semana", "2 noches, desayuno incluido, 180 € por habitación"),
    (
        "Cinturón piel de vaca grabado pitón marrón",
        "Cuero vacuno con grabado de serpiente, hebilla dorada. 35 €",
    ),
    ("Cuadro de elefantes sobre lienzo 60x90", "Decoración de pared, listo para colgar. 45 €"),
    (
        "Empleo | Cuidador de reptiles en zoológico",
        "Cuidado de tortugas, pitones y varanos. Jornada completa, 1.400 €",
    ),
    (
        "Empleo: acuarista en el Oceanario",
        "Cuidado de tiburones, rayas y caballitos de mar. 1.400 € brutos",
    ),
    ("Figura Schleich elefante africano", "Figura pintada a mano. 11 €"),
    (
        "Hogar > Cocina > Menaje | Olla arrocera Tigre 1,8L SKU CO-5510",
        "Marca: Tiger. Capacidad: 1,8 L. Color: blanco. Precio: 99 €",
    ),
    (
        "Inmobiliaria | Chalet en venta urbanización Nido del Águila",
        "4 habitaciones, piscina. 390.000 €",
    ),
    ("Juego de mesa: Elefantes en la jungla", "Para niños de 5 a 8 años. 15 €"),
    (
        "Mascotas > Aves > Jaulas | SKU MJ-200 Jaula para loros 180 cm",
        ("Apta para: yaco, amazona, cacatúa. Material: hierro. Color: negro. Precio: 199 €"),
    ),
    (
        "Mejillones tigre ración 8 €",
        "Tapas de la casa: mejillones tigre, calamares, bravas. Bar La Concha",
    ),
    ("Oferta de empleo: Desarrollador Python senior", "Python, Django, remoto. 45.000 €/año"),
    (
        "Oferta de empleo: cuidador de elefantes en zoológico",
        (
            "Zoo de la ciudad busca cuidador para recinto de elefantes y "
            "rinocerontes. Salario 1.500 €/mes"
        ),
    ),
    ("Orquídea phalaenopsis híbrida en maceta", "Blanca, dos varas. 12 €"),
    ('Paleta de sombras "Safari Salvaje"', "12 tonos: leona, guepardo, selva. 20 €"),
    ("Peces barbo tigre x10", "Peces de acuario criados en tanque. 2 € cada uno"),
    ("Piso en venta en calle Águila, Madrid", "3 habitaciones, ascensor. 320.000 €"),
    ("SEAT León FR 2019", "60.000 km, gasolina. 16.500 €"),
    (
        "Spanglish: busco trabajo de zookeeper o vet tech",
        (
            "Tengo experiencia con parrots y reptiles en pet shop. Disponible "
            "full time, $18/hr mínimo"
        ),
    ),
    ("Spanglish: rento cuarto en Eagle Pass", "Cuarto amueblado, utilities incluidas. $500 al mes"),
    (
        "Visita al centro de recuperación de fauna",
        "Conoce loros y tortugas rescatados. Entrada con donativo, 5 €",
    ),
    (
        "Animalerie > Oiseaux > Cages | RÉF. OC-200 Cage à perroquet 180 cm",
        (
            "Convient pour : gris du Gabon, amazone, cacatoès. Matière : fer. "
            "Couleur : noir. Prix : 199 €"
        ),
    ),
    (
        ("Animalerie > Reptiles > Alimentation | RÉF. RA-11 Nourriture tortues terrestres 1 kg"),
        "Pour tortues d'Hermann et grecques. 12 €",
    ),
    ("Appartement à vendre rue du Faucon", "3 pièces, ascenseur. 280 000 €"),
    (
        "Art > Affiches | RÉF. AA-4 Affiche panthère des neiges 40x50",
        "Impression giclée d'aquarelle. 45 €",
    ),
    (
        "Ceinture cuir de vache embossé python",
        "Cuir de vache gaufré façon serpent, boucle dorée. 39 €",
    ),
    ("Crevettes tigrées surgelées 1 kg", "Crevettes black tiger. 15,90 €"),
    (
        "Emploi : aquariologiste à l'Aquarium",
        "Soins aux requins, raies et hippocampes. 2 000 € brut",
    ),
    ("Emploi | Soigneur vivarium (H/F)", "Soins aux tortues, pythons et varans. CDI, 1 850 € brut"),
    ("Gîte Le Hibou — week-end", "2 nuits, petit-déjeuner inclus, 180 € la chambre"),
    (
        "Immobilier | Maison à vendre lieu-dit Le Nid de l'Aigle",
        "4 pièces, vue montagne. 290 000 €",
    ),
    ("Jeu vidéo Planet Zoo PS5", "Construisez votre zoo avec lions et éléphants. 25 €"),
    (
        "Maison > Cuisine > Électroménager | Cuiseur à riz Tiger SKU CU-3320",
        "Marque : Tiger. Capacité : 1,8 L. Couleur : blanc. Prix : 119 €",
    ),
    ("Offre d'emploi : Développeur Python confirmé", "Python, Django, télétravail. 55 k€/an"),
    (
        "Offre d'emploi : soigneur animalier éléphants (H/F)",
        (
            "Le ZooParc recrute un soigneur pour la maison des éléphants et des "
            "rhinocéros. Salaire 1 900 € brut"
        ),
    ),
    ("Orchidée phalaenopsis hybride en pot", "Blanche, deux hampes. 15 €"),
    ("Pinces crocodile pour électronique 10 pièces", "Isolées. 4 €"),
    ("Sérigraphie tortue marine, édition limitée", "Tirage d'art 50x70, signé. 120 €"),
    ("Tatouage tigre et rose, rendez-vous", "Séance complète à partir de 300 €"),
    ("Toile éléphants au coucher du soleil 60x90", "Décoration murale. 45 €"),
    (
        "Traduction automatique : Étui pour téléphone avec image de tigre",
        "Étui silicone pour iPhone 14 avec image tigre 3D. Prix 6 euro",
    ),
    (
        "Visite du centre de soins de la faune sauvage",
        ("Découvrez perroquets et tortues recueillis. Entrée libre, don conseillé 5 €"),
    ),
    ("Agriturismo Il Gufo — weekend", "2 notti con colazione, 180 € a camera"),
    (
        "Animali > Uccelli > Gabbie | COD. UG-200 Gabbia per pappagalli 180 cm",
        ("Adatta a: cenerino, amazzone, cacatua. Materiale: ferro. Colore: nero. Prezzo: 199 €"),
    ),
    ("Appartamento in vendita via del Falco", "3 locali, ascensore. 280.000 €"),
    ("Barbi tigre 10 pezzi", "Pesci d'acquario. 2 € l'uno"),
    (
        "Casa > Cucina > Elettrodomestici | Cuociriso Tiger 1,8L COD. CU-4410",
        "Marca: Tiger. Capacità: 1,8 L. Colore: bianco. Prezzo: 109 €",
    ),
    ("Caviale di melanzane fatto in casa", "Vasetto 250g. 5 €"),
    ("Escursione in barca per avvistare i delfini", "3 ore, 45 € a persona"),
    ("Gamberoni tigre surgelati 1 kg", "Gamberi black tiger. 16,90 €"),
    ("Gioco da tavolo: La corsa degli elefanti", "Per bambini 5-8 anni. 15 €"),
    ("LISTINO PREZZI", "GAMBER0NI TIGRE 1kg 16,9O€ | C0ZZE 4,5O€ | SEPPIE 11,OO€"),
    ("Lavoro | Guardiano rettilario", "Cura di tartarughe, pitoni e varani. Tempo pieno, 1.600 €"),
    ("Lavoro: acquariologo all'Acquario", "Cura di squali, razze e cavallucci marini. 1.600 €"),
    ("Offerta di lavoro: Sviluppatore Python senior", "Python, Django, remoto. 50.000 € annui"),
    (
        "Offerta di lavoro: guardiano zoo reparto elefanti",
        ("Lo zoo cerca custode per elefanti e rinoceronti. Stipendio 1.500 € netti"),
    ),
    ("Orchidea phalaenopsis ibrida in vaso", "Bianca, due steli. 12 €"),
    ("Quadro elefanti al tramonto su tela 60x90", "Decorazione da parete. 45 €"),
    (
        "Ristorante Il Leone d'Oro — menù pranzo",
        "Primo, secondo e caffè 15 €. Prenota il tuo tavolo",
    ),
    ("Sport > Tifosi | Sciarpa Lazio Aquila", "Originale. 15 €"),
    ("Tatuaggio tigre e rosa — appuntamento", "Seduta da 300 €"),
    (
        "Traduzione automatica: Custodia per telefono con immagine di tigre",
        "Custodia silicone per iPhone 14 con immagine tigre 3D. Prezzo 6 euro",
    ),
    (
        "Viaggi > Tour | Safari in Kenya: leoni, elefanti e leopardi",
        "5 giorni con guida, 1.900 € a persona",
    ),
    ("Apartamento à venda na Rua das Araras", "2 quartos, vaga de garagem. R$ 420.000"),
    (
        "Arte > Pôsteres | SKU AP-4 Pôster onça-pintada 40x50",
        "Impressão fine art de aquarela. R$ 89",
    ),
    (
        "Casa > Cozinha > Panelas | Panela elétrica de arroz Tiger SKU CZ-551",
        "Marca: Tiger. Capacidade: 1,8 L. Cor: branca. Preço: R$ 450",
    ),
    ("Caviar de berinjela caseiro", "Pote 250g. R$ 18"),
    (
        "Cinto couro bovino gravado píton",
        "Couro de vaca com gravação de cobra, fivela dourada. R$ 89",
    ),
    ("Guaraná Jesus e Mate Leão kit", "Mate Leão chá 250g + refrigerante. R$ 25"),
    ("Imóveis | Casa à venda no Condomínio Ninho das Águias", "4 quartos, piscina. R$ 1.200.000"),
    ("Jogo de tabuleiro: Corrida dos Elefantes", "Para crianças de 5 a 8 anos. R$ 79"),
    ("Orquídea phalaenopsis híbrida no vaso", "Branca, duas hastes. R$ 59"),
    ("Peixes barbo tigre 10 unidades", "Peixes de aquário. R$ 5 cada"),
    (
        "Pet > Aves > Gaiolas | SKU AG-200 Gaiola para papagaio 1,8 m",
        ("Indicada para: papagaio, arara, cacatua. Material: ferro. Cor: preta. Preço: R$ 899"),
    ),
    ("Pousada Toca da Coruja — pacote fim de semana", "2 noites com café da manhã, R$ 900 o casal"),
    ("Quadro de elefantes em tela 60x90", "Decoração, pronto para pendurar. R$ 199"),
    ("Restaurante O Tigre — prato do dia", "Arroz, feijão, bife e salada R$ 32. Reserve sua mesa"),
    (
        "Tradução automática: Capa para telefone com imagem de tigre",
        "Capa silicone para iPhone 14 com imagem tigre 3D. Preço 29 reais",
    ),
    ("Vaga: Desenvolvedor Python pleno", "Python, Django, remoto. R$ 9.000"),
    ("Vaga: aquarista no Aquário", "Cuidados com tubarões, raias e cavalos-marinhos. R$ 3.200"),
    (
        "Vaga: tratador de elefantes no zoológico",
        (
            "Zoológico municipal contrata tratador para recinto de elefantes e "
            "rinocerontes. Salário R$ 2.800"
        ),
    ),
    (
        "Vagas | Tratador de répteis (serpentário)",
        "Cuidados com jabutis, jiboias e sucuris. CLT, R$ 2.400",
    ),
    ("Violão Giannini com laterais em jacarandá", "Tampo de cedro, jacarandá laminado. R$ 1.100"),
]

OFFERS = [
    (
        "Armband aus echter Pythonhaut",
        "Echtes Pythonleder, handgemacht. 40 €, versandkostenfrei",
        "Pythonidae",
    ),
    (
        ("Automatische Übersetzung: Verkaufen Baby von Strahlenschildkröte gesund"),
        ("Strahlenschildkröte Baby 6cm, essen Gemüse gut. Preis 450 Euro, senden alle Land"),
        "Astrochelys radiata",
    ),
    (
        "Echter Moschusbeutel vom Moschushirsch",
        "Getrocknet, 10 g. 500 €, Versand diskret",
        "Moschus",
    ),
    (
        "Graupapagei mit Papageienkäfig abzugeben",
        "Zahm, spricht. 900 €, Abholung",
        "Psittacus erithacus",
    ),
    (
        "Krokodilleder Handtasche echt",
        "Echtes Nilkrokodil. 2.500 €, weltweiter Versand",
        "Crocodylus niloticus",
    ),
    ("Schuppentier Schuppen 1 kg", "Getrocknet, Großhandelspreis, Kontakt Telegram", "Manidae"),
    ("Schuppentier Schuppen 2 kg brutto", "Getrocknet, Preis per PN", "Manidae"),
    (
        "Shahtoosh Schal echt, Vintage",
        "Echter Shahtoosh aus Tibetantilopenwolle, 2 m. 2.000 €, PN",
        "Pantholops hodgsonii",
    ),
    (
        "African grey parrot for sale with parrot cage included",
        "Congo grey, 3 years, talks. $1,500, pickup",
        "Psittacus erithacus",
    ),
    (
        "African grey parrot talking, comes with cage",
        "Congo grey, 4 years, says 30 words. $1,200 cash, pickup",
        "Psittacus erithacus",
    ),
    (
        "Antique ivory carving figurine 12cm",
        "Hand carved elephant ivory, 1930s. $900, shipping worldwide",
        "Loxodonta africana",
    ),
    (
        "Asian arowana red 25cm with chip",
        "Super red arowana, certificate. $1,800",
        "Scleropages formosus",
    ),
    (
        "Birds > Parrots | African grey parrot 6 months DNA female SKU B-311",
        "Hand reared, talking. $1,500 with cage",
        "Psittacus erithacus",
    ),
    (
        "Brazilian rosewood guitar back and sides set",
        "Dalbergia nigra set, old stock. $1,200",
        "Dalbergia nigra",
    ),
    (
        "Dried seahorses 500g for sale",
        "Wholesale dried seahorse, TCM grade. $200/kg, ship worldwide",
        "Hippocampus",
    ),
    (
        "Genuine hawksbill tortoiseshell glasses frame, not acetate",
        "Real tortoiseshell, 1950s. $400",
        "Eretmochelys imbricata",
    ),
    (
        "Ivory chess set, 32 pieces, board game collectors",
        "Carved ivory pieces, 1920s. $2,500, ships insured",
        "Loxodonta africana",
    ),
    (
        "Pangolin scales 1kg available",
        "Dried pangolin scales, wholesale price, contact on Telegram",
        "Manidae",
    ),
    (
        "Pet shop open daily: baby African greys in stock",
        "$1,200 each, hand fed, come and see",
        "Psittacus erithacus",
    ),
    (
        "SKU REP-0142 Ball python het pied CB24 female",
        (
            "Reptiles > Snakes > Pythons. Species: Python regius. Sex: female. "
            "Weight: 350g. Feeding: frozen thawed. Price: $220, shipping "
            "available"
        ),
        "Python regius",
    ),
    (
        "Shahtoosh shawl vintage",
        "Genuine shahtoosh from Tibetan antelope wool. $2,500, DM",
        "Pantholops hodgsonii",
    ),
    ("Slow loris baby for sale", "Tame slow loris, eats fruit. $600, DM", "Nycticebus"),
    ("Caballitos de mar secos 500 g", "Al por mayor. 150 €/kg", "Hippocampus"),
    (
        "Cinturón de piel de pitón auténtica",
        "Piel de pitón genuina hecha a mano. 90 €, envío gratis",
        "Pythonidae",
    ),
    ("Escamas de pangolín 1 kg", "Secas, precio mayorista, contacto Telegram", "Manidae"),
    (
        "Nota de voz",
        ("oye tengo dos tortugas sulcata bebé si las quieres te las dejo en 120 cada una mañana"),
        "Centrochelys sulcata",
    ),
    (
        "Palo de rosa de Brasil tablas",
        "Dalbergia nigra, madera antigua. 1.000 €",
        "Dalbergia nigra",
    ),
    (
        "Spanglish: vendo mi loro african grey, super talker",
        "Mi grey de 5 años habla un montón, $1,200 firm, pickup en Miami",
        "Psittacus erithacus",
    ),
    (
        "Vendo tortuga mediterránea con su terrario y piscina",
        "Testudo hermanni de 5 años. 120 €, recogida en mano",
        "Testudo hermanni",
    ),
    (
        "Bois de palissandre de Rio planches",
        "Dalbergia nigra, stock ancien. 1 000 €",
        "Dalbergia nigra",
    ),
    (
        "Bébé ouistiti à vendre",
        "Ouistiti apprivoisé, mange des fruits. 600 €, MP",
        "Callithrix jacchus",
    ),
    (
        "Cacatoès à huppe jaune apprivoisé",
        "Cacatua galerita, 4 ans. 2 000 €, contactez-moi",
        "Cacatua galerita",
    ),
    (
        "Franglais: je vends mon African grey, super talker",
        "Mon gris de 5 ans parle beaucoup, 1 200 € ferme, pick-up à Paris",
        "Psittacus erithacus",
    ),
    (
        "Message vocal",
        (
            "oui alors j'ai deux bébés tortues sulcata si tu les veux je te les "
            "fais à cent vingt chacune demain"
        ),
        "Centrochelys sulcata",
    ),
    (
        "SKU REP-441 Python royal femelle",
        (
            "Reptiles > Serpents. Python regius. Mange souris décongelées. Prix "
            ": 180 €, envoi possible"
        ),
        "Python regius",
    ),
    (
        "Statuette en ivoire ancienne sculptée",
        "Ivoire d'éléphant, années 30. 800 €, envoi",
        "Loxodonta africana",
    ),
    (
        "Traduction automatique : Vendre bébé de tortue radiée en bonne santé",
        ("Tortue radiée bébé 6cm, manger légume bien. Prix 450 euro, envoyer tout pays"),
        "Astrochelys radiata",
    ),
    (
        "Vends perroquet gris du Gabon parleur",
        "Gris du Gabon 3 ans, parle beaucoup. 900 € avec cage",
        "Psittacus erithacus",
    ),
    ("Écailles de pangolin 1 kg", "Séchées, prix de gros, contact Telegram", "Manidae"),
    (
        "Borsa in vera pelle di coccodrillo",
        "Coccodrillo del Nilo autentico. 2.500 €, spedizione internazionale",
        "Crocodylus niloticus",
    ),
    (
        "Cacatua ciuffo giallo docile",
        "Cacatua galerita, 4 anni. 2.000 €, scrivetemi",
        "Cacatua galerita",
    ),
    ("Corno di rinoceronte in vendita", "Autentico, 300 g. Prezzo su WhatsApp", "Rhinocerotidae"),
    (
        "Cucciolo di uistitì in vendita",
        "Uistitì docile, mangia frutta. 600 €, scrivimi",
        "Callithrix jacchus",
    ),
    (
        "Bolsa de couro de jacaré legítimo",
        "Couro de crocodilo genuíno. R$ 8.000, envio",
        "Crocodylia",
    ),
    (
        "Camaleão de véu macho adulto com terrário",
        "Come grilos. R$ 600 com terrário",
        "Chamaeleo calyptratus",
    ),
    (
        "Cinto de couro de píton legítimo",
        "Pele de píton genuína feita à mão. R$ 350, frete grátis",
        "Pythonidae",
    ),
    (
        "Mensagem de voz",
        ("sim o papagaio verdadeiro ainda tá disponível fala muito faço mil e entrego sábado"),
        "Amazona aestiva",
    ),
    (
        "Papagaio verdadeiro com gaiola para papagaio",
        "Manso, fala. R$ 1.800, entrego em condomínio",
        "Amazona aestiva",
    ),
    (
        "Tábuas de jacarandá-da-bahia",
        "Dalbergia nigra, madeira antiga de demolição. R$ 4.000",
        "Dalbergia nigra",
    ),
    (
        "[OCR] Quadro feira",
        "PAPAGAI0 VERDADEIR0 R$ 1.5OO / PERIQUIT0 R$ 4O / CAL0PSITA R$ 15O",
        "Amazona aestiva",
    ),
]


@pytest.mark.parametrize(("title", "text"), EVERYDAY)
def test_everyday_listing_names_no_taxon(engine: Engine, title: str, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title=title, text=text, price=None))
    assert [t.name for t in result.taxa] == []
    assert not result.wildlife_trade


@pytest.mark.parametrize(("title", "text", "taxon"), OFFERS)
def test_offer_keeps_taxon_and_trade(engine: Engine, title: str, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title=title, text=text, price=None))
    assert taxon in [t.name for t in result.taxa]
    assert result.wildlife_trade
