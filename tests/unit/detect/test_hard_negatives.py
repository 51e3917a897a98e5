"""Hard negatives: listings that share the trade's words without offering wildlife (colours,
prints, brands, clubs, films, foods, pet supplies, tickets and tours, inns, shapes, idioms),
written for these tests in seventeen languages and not taken from any corpus; and genuine
offers that look like them ("real crocodile belt, not embossed", "ivory netsuke, not resin",
an African grey sold with its parrot cage), which must keep their taxon.

FIRST_SET was written before its traps and negations; SECOND_SET was written after them, as a
check on goods the first fixes had not seen, and then fixed in turn."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText

FIRST_SET = [
    pytest.param(
        "Ivory white wedding dress size 10",
        (
            "Worn once, ivory white satin with lace sleeves. £180 ono, collection from "
            "Leeds. Message me."
        ),
        id="en-0",
    ),
    pytest.param(
        "Tortoiseshell glasses frames",
        ("Acetate tortoiseshell frames, Ray-Ban style, lenses can be swapped. $35 shipped, PM me."),
        id="en-1",
    ),
    pytest.param(
        "Coral lipstick bundle x3",
        "Three coral lipsticks (MAC, NYX, Revlon), swatched once. $20 for all, DM.",
        id="en-2",
    ),
    pytest.param(
        "Leopard print midi skirt",
        "Satin leopard print skirt, size M, tags still on. $25 plus shipping.",
        id="en-3",
    ),
    pytest.param(
        "Crocodile-embossed handbag",
        "Black cowhide tote, crocodile-embossed finish, gold hardware. 60 USD, pickup downtown.",
        id="en-4",
    ),
    pytest.param(
        "Python-effect ankle boots size 39",
        "Python-effect faux leather boots, worn twice, no scuffs. $40, can post.",
        id="en-5",
    ),
    pytest.param(
        "Snake print blouse",
        "Chiffon snake print blouse, size S, perfect for work. 15 dollars, text 555-0142.",
        id="en-6",
    ),
    pytest.param(
        "Tiger Balm red 30g x 6",
        "Tiger Balm Red extra strength, 6 jars, sealed, exp 2028. $18, ships from Singapore.",
        id="en-7",
    ),
    pytest.param(
        "Puma running shoes UK 9",
        "Puma Velocity Nitro, used for 50 km. £35, cash on collection.",
        id="en-8",
    ),
    pytest.param(
        "Jaguar XF 2.0d Portfolio 2017",
        "Full service history, 68k miles, new tyres. £11,995, call Mark 07700 900123.",
        id="en-9",
    ),
    pytest.param(
        "Lacoste crocodile polo shirt",
        "Genuine Lacoste polo with the green crocodile logo, navy, size L. £25.",
        id="en-10",
    ),
    pytest.param(
        "Red Bull 24 pack",
        "Red Bull energy drink 250ml x24, sugar free. $28, local pickup only.",
        id="en-11",
    ),
    pytest.param(
        "Rhino 3D license for sale",
        "Rhino 7 full commercial license, transferable, Windows/Mac. $650, PayPal.",
        id="en-12",
    ),
    pytest.param(
        "Rhino Linings spray-in bedliner",
        "Professional Rhino Linings application for your truck bed, $550 installed. Book now.",
        id="en-13",
    ),
    pytest.param(
        "Tiger beer crate",
        "24 x 330ml Tiger beer bottles, party leftovers. $30, collection Clementi.",
        id="en-14",
    ),
    pytest.param(
        "Python programming course (Udemy)",
        "Complete Python bootcamp, 40 hours, certificate included. Gift code $12, WhatsApp me.",
        id="en-15",
    ),
    pytest.param(
        "Leopard 2 tank model kit 1:35",
        "Tamiya Leopard 2A6 kit, unbuilt, all sprues sealed. $45 + postage.",
        id="en-16",
    ),
    pytest.param(
        "Panda Express gift card $50",
        "Unused Panda Express gift card, $50 value, selling for $40. DM.",
        id="en-17",
    ),
    pytest.param(
        "Fresh tiger prawns 1kg",
        "Wild-caught black tiger prawns, size 16/20, frozen. $22/kg, delivery Saturday.",
        id="en-18",
    ),
    pytest.param(
        "Tiger bread loaves - fresh daily",
        "Crusty tiger bread from our bakery, £1.80 a loaf, order before 10am.",
        id="en-19",
    ),
    pytest.param(
        "Elephant ears pastry box",
        "Homemade elephant ears (palmiers), box of 12, $10. Farmers market stall 14.",
        id="en-20",
    ),
    pytest.param(
        "Bird's nest soup, ready to drink",
        "Swiftlet bird's nest drink with rock sugar, 6 bottles $25. Halal certified.",
        id="en-21",
    ),
    pytest.param(
        "Shark fin pasta 500g",
        "Italian pasta shaped like little shark fins, kids love it. $4.50 a bag.",
        id="en-22",
    ),
    pytest.param(
        "Simba SC jersey 2024",
        "Simba SC home jersey, size XL, original. 35,000 TSh, call 0712 345 678.",
        id="en-23",
    ),
    pytest.param(
        "Tigres UANL scarf",
        "Official Tigres UANL scarf, worn to one match. $15 shipped.",
        id="en-24",
    ),
    pytest.param(
        "Cincinnati Bengals tickets x2",
        "Two tickets section 134, Sunday game. $180 each, Venmo.",
        id="en-25",
    ),
    pytest.param(
        "Carolina Panthers hoodie", "Panthers official hoodie, size M, black. $30 obo.", id="en-26"
    ),
    pytest.param(
        "Madagascar DVD box set",
        "Madagascar 1-3 DVD collection, kids' favourite. $12 pickup.",
        id="en-27",
    ),
    pytest.param(
        "Kung Fu Panda Blu-ray", "Kung Fu Panda trilogy on Blu-ray, like new. $15.", id="en-28"
    ),
    pytest.param(
        "The Lion King musical tickets",
        "2 tickets for The Lion King, Lyceum Theatre, Saturday matinee. £140 for both.",
        id="en-29",
    ),
    pytest.param(
        "Eye of the Tiger vinyl",
        "Survivor - Eye of the Tiger LP, 1982 pressing, VG+. $25.",
        id="en-30",
    ),
    pytest.param(
        "Baby Shark sound book",
        "Baby Shark sound book, battery works, great for toddlers. $6.",
        id="en-31",
    ),
    pytest.param(
        "Prickly pear fruit, 2kg box",
        "Fresh prickly pears (tuna) from our farm, peeled on request. $8 a box, call 555 0199.",
        id="en-32",
    ),
    pytest.param(
        "Aloe vera gel 300ml",
        "Pure aloe vera gel for sunburn, organic, 2 bottles for $12.",
        id="en-33",
    ),
    pytest.param(
        "Madagascar vanilla pods, grade A",
        "Bourbon vanilla beans, 10 pods 14-16cm, moist and oily. $18, ships worldwide.",
        id="en-34",
    ),
    pytest.param(
        "Christmas cactus cuttings",
        "Pink Christmas cactus (Schlumbergera) rooted cuttings, $3 each, pick up only.",
        id="en-35",
    ),
    pytest.param(
        "Mammoth ivory pendant",
        (
            "Siberian woolly mammoth ivory pendant, legal fossil material, certificate "
            "of origin. $120."
        ),
        id="en-36",
    ),
    pytest.param(
        "Bull horn drinking cup",
        "Viking style bull horn cup with leather strap, 500ml. $25.",
        id="en-37",
    ),
    pytest.param(
        "Buffalo horn comb",
        "Handmade water buffalo horn comb, anti-static, gift boxed. $9.",
        id="en-38",
    ),
    pytest.param(
        "Camel bone inlay box",
        "Indian camel bone inlay jewellery box, 8 inch. $35 shipped.",
        id="en-39",
    ),
    pytest.param(
        "Koi fish for sale",
        "Japanese koi 20-30cm, kohaku and showa, healthy. $40 each, pond clearance.",
        id="en-40",
    ),
    pytest.param(
        "Budgies for sale, hand tame",
        "Young budgies, blue and green, hand tame, $30 each or two for $50.",
        id="en-41",
    ),
    pytest.param(
        "Parrot cage large",
        (
            "Large parrot cage with stand, 160cm tall, wheels, perches included. $90, "
            "collection only."
        ),
        id="en-42",
    ),
    pytest.param(
        "Tortoise food 500g",
        "Komodo tortoise food pellets, dandelion and clover, 500g bag $9.",
        id="en-43",
    ),
    pytest.param(
        "Reptile heat lamp + terrarium",
        "Exo Terra 60x45x45 terrarium with UVB lamp and thermostat. $120 obo.",
        id="en-44",
    ),
    pytest.param(
        "White elephant gift exchange ideas",
        (
            "Hosting a white elephant party? Our bundle of 10 gag gifts is $25, free "
            "delivery in town."
        ),
        id="en-45",
    ),
    pytest.param(
        "Elephant in the room - book",
        "Paperback 'The Elephant in the Room', business leadership, good condition. $5.",
        id="en-46",
    ),
    pytest.param(
        "Tiger Lily Cafe - weekend brunch",
        "Tiger Lily Cafe now serving brunch Sat & Sun from 9am. Book a table: 555 0177.",
        id="en-47",
    ),
    pytest.param(
        "Golden Lion Hotel - rooms available",
        "Golden Lion Hotel, double room from $65 a night incl. breakfast. Call reception.",
        id="en-48",
    ),
    pytest.param(
        "Safari tour Kenya 5 days",
        (
            "See elephants, lions and rhinos in Masai Mara, 5 days all inclusive, $1,250 "
            "per person. WhatsApp +254 700 000 111."
        ),
        id="en-49",
    ),
    pytest.param(
        "Zoo tickets 2 adults",
        "Two adult day passes for the city zoo, see the tigers and pandas. $40 for both.",
        id="en-50",
    ),
    pytest.param(
        "Wildlife photography print - elephant",
        (
            "Framed fine art photograph of an elephant at sunset, 60x40cm. $150, signed "
            "by the photographer."
        ),
        id="en-51",
    ),
    pytest.param(
        "Donate to save the rhino",
        (
            "Our NGO protects rhinos from poachers. Donate $25 to feed a ranger for a "
            "week. Link in bio."
        ),
        id="en-52",
    ),
    pytest.param(
        "Adopt a lion - gift pack",
        "Symbolic lion adoption with certificate and plush toy, $45. Supports conservation.",
        id="en-53",
    ),
    pytest.param(
        "Lion king costume kids", "Kids' lion costume with mane hood, age 4-6. $12.", id="en-54"
    ),
    pytest.param(
        "Ceramic elephant figurine",
        "Blue and white ceramic elephant figurine, 15cm, perfect for home decor. $18.",
        id="en-55",
    ),
    pytest.param(
        "LEGO tiger set 31129",
        "LEGO Creator Majestic Tiger 31129, complete with box. $40.",
        id="en-56",
    ),
    pytest.param(
        "Panda plush 60cm",
        "Giant panda plush, super soft, brand new. $20, pickup or post.",
        id="en-57",
    ),
    pytest.param(
        "Resin rhino sculpture", "Polyresin rhino statue, bronze finish, 30cm. $55.", id="en-58"
    ),
    pytest.param(
        "Tortoiseshell hair claw clip",
        "Large tortoiseshell claw clip, acetate, never used. $6.",
        id="en-59",
    ),
    pytest.param(
        "Crocodile clips pack of 20",
        "Alligator/crocodile clips with insulated boots, for electronics testing. $5.",
        id="en-60",
    ),
    pytest.param(
        "Parrot toys bundle",
        "Bundle of 8 parrot toys, wood and rope, suit cockatiel to macaw size. $15.",
        id="en-61",
    ),
    pytest.param(
        "Pangolin tee - save pangolins",
        "Organic cotton T-shirt with pangolin illustration, profits to wildlife charity. $22.",
        id="en-62",
    ),
    pytest.param(
        "Vet clinic - parrot wing clipping",
        "Bird vet: wing and nail trims for budgies and cockatiels, $15. Book online.",
        id="en-63",
    ),
    pytest.param(
        "Budgie rehoming",
        "Rehoming our two budgies with cage, free to a good home. Message me.",
        id="en-64",
    ),
    pytest.param(
        "Goldfish and pond plants",
        "Pond goldfish 10cm, $3 each, plus water lilies $8. Collection only.",
        id="en-65",
    ),
    pytest.param(
        "Crocodile tears - Ivory Coast film",
        "Indie drama DVD set in the Ivory Coast, 'Crocodile Tears'. $8.",
        id="en-66",
    ),
    pytest.param(
        "Paper tiger strategy book",
        "'Paper Tiger' paperback on geopolitics, barely read. $7.",
        id="en-67",
    ),
    pytest.param(
        "Jaguar Land Rover parts",
        "Used Jaguar X-Type headlight assembly, left side. $80.",
        id="en-68",
    ),
    pytest.param(
        "Tiger shark tooth necklace (fossil)",
        "Fossil shark tooth pendant on cord, Miocene, Morocco. $15.",
        id="en-69",
    ),
    pytest.param(
        "Lovebirds pair peach-faced",
        "Peach-faced lovebirds, bonded pair, with cage. $120.",
        id="en-70",
    ),
    pytest.param(
        "Yak wool scarf", "Handwoven yak wool scarf from Nepal, very warm. $35.", id="en-71"
    ),
    pytest.param(
        "Cattle bone knife handle",
        "Custom knife with stabilized cattle bone handle, 4 inch blade. $70.",
        id="en-72",
    ),
    pytest.param(
        "Corona beer bucket deal",
        "Corona Extra bucket of 5 for $20 this Friday at our bar.",
        id="en-73",
    ),
    pytest.param(
        "Bengal cat kitten",
        "Bengal kitten, TICA registered, vaccinated, 12 weeks. $1,200.",
        id="en-74",
    ),
    pytest.param(
        "Robe de mariée ivoire taille 38",
        (
            "Robe en satin couleur ivoire, portée une fois, dentelle au dos. 250 €, "
            "remise en main propre à Lyon."
        ),
        id="fr-0",
    ),
    pytest.param(
        "Lunettes écaille de tortue",
        "Monture effet écaille, acétate, verres neutres. 30 €, envoi possible.",
        id="fr-1",
    ),
    pytest.param(
        "Rouge à lèvres corail",
        "Rouge à lèvres teinte corail Sephora, testé une fois. 8 €.",
        id="fr-2",
    ),
    pytest.param(
        "Jupe imprimé léopard",
        "Jupe plissée imprimé léopard, taille 36, neuve avec étiquette. 15 € + port.",
        id="fr-3",
    ),
    pytest.param(
        "Sac façon croco noir",
        "Sac à main en cuir de vache, motif croco embossé, très bon état. 45 €, Paris 11e.",
        id="fr-4",
    ),
    pytest.param(
        "Baume du Tigre blanc",
        "Lot de 4 pots de Baume du Tigre blanc 19 g, neufs. 12 €.",
        id="fr-5",
    ),
    pytest.param(
        "Baskets Puma Suede pointure 42",
        "Puma Suede bleu marine, portées quelques fois. 35 €, envoi Mondial Relay.",
        id="fr-6",
    ),
    pytest.param(
        "Jaguar XE 2018 diesel",
        "Jaguar XE 180 ch, 95 000 km, carnet d'entretien complet. 18 500 €, tél 06 12 34 56 78.",
        id="fr-7",
    ),
    pytest.param(
        "Polo Lacoste crocodile vert",
        "Polo Lacoste authentique, taille 4, crocodile brodé. 25 €.",
        id="fr-8",
    ),
    pytest.param(
        "Crevettes tigrées surgelées 1 kg",
        "Crevettes tigrées géantes, calibre 16/20, surgelées. 19 € le kg, livraison le samedi.",
        id="fr-9",
    ),
    pytest.param(
        "Oreilles d'éléphant (beignets)",
        "Beignets oreilles d'éléphant maison pour votre fête, 1,50 € pièce, commande par SMS.",
        id="fr-10",
    ),
    pytest.param(
        "Figuiers de Barbarie - fruits",
        "Figues de Barbarie fraîches du jardin, 3 € le kilo, à récupérer à Perpignan.",
        id="fr-11",
    ),
    pytest.param(
        "Gel d'aloe vera bio 200 ml",
        "Gel d'aloe vera pur à 99 %, apaisant après-soleil. 9 € les deux.",
        id="fr-12",
    ),
    pytest.param(
        "Gousses de vanille de Madagascar",
        "Vanille Bourbon, 20 gousses de 15 cm, grade A. 22 € port compris.",
        id="fr-13",
    ),
    pytest.param(
        "Cage pour perroquet grand modèle",
        (
            "Grande cage perroquet sur roulettes, avec perchoirs et mangeoires. 80 €, à "
            "venir chercher."
        ),
        id="fr-14",
    ),
    pytest.param(
        "Nourriture pour tortue terrestre",
        "Granulés pour tortues terrestres, sac de 1 kg, date longue. 11 €.",
        id="fr-15",
    ),
    pytest.param(
        "Terrarium 80x45x45 avec lampe UV",
        "Terrarium en verre, lampe UVB, tapis chauffant, thermostat. 110 €.",
        id="fr-16",
    ),
    pytest.param(
        "Peluche panda géante", "Peluche panda 80 cm, toute douce, jamais servi. 20 €.", id="fr-17"
    ),
    pytest.param(
        "Statuette éléphant en résine",
        "Éléphant décoratif en résine dorée, 25 cm, style indien. 18 €.",
        id="fr-18",
    ),
    pytest.param(
        "Billets zoo de Beauval x2",
        (
            "Deux billets adulte pour le ZooParc de Beauval, valables jusqu'en décembre. "
            "Voir les pandas ! 60 € les deux."
        ),
        id="fr-19",
    ),
    pytest.param(
        "Safari photo Tanzanie",
        (
            "Circuit photo de 7 jours au Serengeti, lions et éléphants garantis. À "
            "partir de 2 400 € par personne."
        ),
        id="fr-20",
    ),
    pytest.param(
        "DVD Le Roi Lion", "Le Roi Lion édition collector, très bon état. 6 €.", id="fr-21"
    ),
    pytest.param(
        "Perruches ondulées à vendre",
        "Jeunes perruches ondulées bleues et vertes, 25 € pièce, éleveur amateur.",
        id="fr-22",
    ),
    pytest.param(
        "Carpes koï pour bassin",
        "Carpes koï de 25 cm, belles couleurs, 35 € pièce. Vente cause déménagement.",
        id="fr-23",
    ),
    pytest.param(
        "Déguisement tigre enfant",
        "Costume de tigre pour enfant 5-6 ans, avec capuche à oreilles. 10 €.",
        id="fr-24",
    ),
    pytest.param(
        "Restaurant Le Lion d'Or - menu du jour",
        "Le Lion d'Or vous propose son menu du jour à 16 €, réservation au 04 90 00 00 00.",
        id="fr-25",
    ),
    pytest.param(
        "Don pour la protection des éléphants",
        (
            "Notre association lutte contre le braconnage des éléphants. Faites un don "
            "de 20 € via le lien."
        ),
        id="fr-26",
    ),
    pytest.param(
        "Vestido de novia color marfil",
        "Vestido de novia color marfil talla 38, usado una vez. 300 euros, Madrid.",
        id="es-0",
    ),
    pytest.param(
        "Gafas de pasta carey",
        "Montura efecto carey de acetato, sin graduar. 25 €, envío por correos.",
        id="es-1",
    ),
    pytest.param(
        "Bolso estampado cocodrilo",
        "Bolso de piel de vaca con grabado cocodrilo, color negro. 40 euros, Valencia.",
        id="es-2",
    ),
    pytest.param(
        "Leggings animal print leopardo",
        "Leggings estampado de leopardo talla M, nuevos con etiqueta. 12 €.",
        id="es-3",
    ),
    pytest.param(
        "Bálsamo de Tigre rojo",
        "Bálsamo de Tigre rojo 19 g, pack de 3, precintado. 15 €.",
        id="es-4",
    ),
    pytest.param(
        "Zapatillas Puma talla 43", "Zapatillas Puma RS-X, poco uso, con caja. 45 euros.", id="es-5"
    ),
    pytest.param(
        "Jaguar F-Pace 2019",
        "Jaguar F-Pace diésel, 80.000 km, libro de revisiones. 29.900 €, tel 600 123 456.",
        id="es-6",
    ),
    pytest.param(
        "Camiseta Tigres UANL original",
        (
            "Camiseta oficial de Tigres UANL temporada 2023, talla L. 600 pesos, entrega "
            "en Monterrey."
        ),
        id="es-7",
    ),
    pytest.param(
        "Boletos Leones Negros",
        "Dos boletos para el partido de los Leones Negros este sábado. 350 pesos cada uno.",
        id="es-8",
    ),
    pytest.param(
        "Langostinos tigre congelados",
        "Langostino tigre 1 kg, calibre grande, congelado en origen. 18 € el kilo.",
        id="es-9",
    ),
    pytest.param(
        "Orejas de elefante (dulce)",
        (
            "Orejas de elefante recién hechas con azúcar y canela, 1 € la pieza. "
            "Panadería La Espiga."
        ),
        id="es-10",
    ),
    pytest.param(
        "Tunas (fruto del nopal)",
        "Tunas rojas y verdes, caja de 5 kg a 120 pesos. Entrega a domicilio en Zacatecas.",
        id="es-11",
    ),
    pytest.param(
        "Nopales limpios por kilo",
        "Nopales frescos ya sin espinas, 35 pesos el kilo. WhatsApp 55 1234 5678.",
        id="es-12",
    ),
    pytest.param(
        "Gel de aloe vera 100% puro",
        "Gel de sábila (aloe vera) natural, frasco de 250 ml a 8 euros.",
        id="es-13",
    ),
    pytest.param(
        "Vainas de vainilla de Papantla",
        "Vainilla de Papantla, paquete de 10 vainas, 250 pesos. Envíos a todo México.",
        id="es-14",
    ),
    pytest.param(
        "Jaula para loro grande",
        "Jaula grande para loro con ruedas y comedero, 90 euros, recogida en Sevilla.",
        id="es-15",
    ),
    pytest.param(
        "Comida para tortugas de tierra",
        "Pienso para tortugas terrestres, bolsa de 800 g, 9 €.",
        id="es-16",
    ),
    pytest.param("Peluche de oso panda", "Peluche de panda de 50 cm, nuevo. 15 euros.", id="es-17"),
    pytest.param(
        "Figura de elefante de cerámica",
        "Elefante decorativo de cerámica pintado a mano, 20 cm. 22 €.",
        id="es-18",
    ),
    pytest.param(
        "Entradas zoológico Chapultepec",
        (
            "Vendo 2 entradas para el safari del zoológico, para ver leones y jirafas. "
            "400 pesos las dos."
        ),
        id="es-19",
    ),
    pytest.param(
        "Tour de avistamiento de tortugas",
        (
            "Excursión nocturna para ver el desove de tortugas marinas en Tortuguero. 45 "
            "USD por persona."
        ),
        id="es-20",
    ),
    pytest.param(
        "Periquitos australianos",
        "Periquitos australianos jóvenes, varios colores, 15 € cada uno.",
        id="es-21",
    ),
    pytest.param(
        "Disfraz de tiburón para niño",
        "Disfraz de tiburón Baby Shark, talla 3-4 años. 12 euros.",
        id="es-22",
    ),
    pytest.param(
        "Restaurante El Jaguar - menú ejecutivo",
        "Restaurante El Jaguar: menú ejecutivo a 120 pesos, reservaciones al 998 123 4567.",
        id="es-23",
    ),
    pytest.param(
        "Lágrimas de cocodrilo - novela",
        "Novela 'Lágrimas de cocodrilo', tapa blanda, buen estado. 5 €.",
        id="es-24",
    ),
    pytest.param(
        "Vestido marfim tamanho M",
        "Vestido midi cor marfim, usado uma vez em casamento. R$ 120, retirada em Pinheiros.",
        id="pt-0",
    ),
    pytest.param(
        "Óculos armação tartaruga",
        "Armação de acetato estampa tartaruga, sem grau. R$ 80, envio pelos Correios.",
        id="pt-1",
    ),
    pytest.param(
        "Bolsa croco preta",
        "Bolsa de couro legítimo bovino com estampa croco. R$ 150, chama no zap 11 91234-5678.",
        id="pt-2",
    ),
    pytest.param(
        "Saia oncinha", "Saia estampa de oncinha tamanho 38, nova com etiqueta. R$ 45.", id="pt-3"
    ),
    pytest.param(
        "Tênis Puma tamanho 40",
        "Tênis Puma Smash branco, pouco uso. R$ 130, entrego no metrô.",
        id="pt-4",
    ),
    pytest.param(
        "Camisa do Leão da Ilha",
        "Camisa oficial do Sport Recife, o Leão da Ilha, tamanho G. R$ 90.",
        id="pt-5",
    ),
    pytest.param(
        "Camarão tigre congelado 1 kg",
        "Camarão tigre grande, pacote de 1 kg congelado. R$ 89, entrega em Fortaleza.",
        id="pt-6",
    ),
    pytest.param(
        "Figo-da-índia fresco",
        "Figo-da-índia colhido hoje, caixa com 20 frutas R$ 25. Petrolina.",
        id="pt-7",
    ),
    pytest.param(
        "Gel de babosa (aloe vera)",
        "Gel de babosa natural, pote de 300 g, R$ 20. Entrego no centro.",
        id="pt-8",
    ),
    pytest.param(
        "Favas de baunilha Bourbon",
        "Baunilha em fava, 5 unidades, qualidade gourmet. R$ 60 com frete.",
        id="pt-9",
    ),
    pytest.param(
        "Gaiola para papagaio",
        (
            "Gaiola grande para papagaio com bandeja removível e poleiros. R$ 250, "
            "retirar em Campinas."
        ),
        id="pt-10",
    ),
    pytest.param(
        "Ração para jabuti 500 g",
        "Ração para jabuti e cágado, pacote de 500 g, validade 2027. R$ 32.",
        id="pt-11",
    ),
    pytest.param(
        "Pelúcia de panda grande", "Urso panda de pelúcia 70 cm, novo. R$ 80.", id="pt-12"
    ),
    pytest.param(
        "Estátua de elefante de resina",
        "Elefante decorativo em resina dourada, 30 cm, para sala. R$ 95.",
        id="pt-13",
    ),
    pytest.param(
        "Ingressos Zoológico de São Paulo",
        "Dois ingressos para o zoológico, veja leões e girafas. R$ 70 os dois.",
        id="pt-14",
    ),
    pytest.param(
        "Passeio para ver botos",
        "Passeio de barco no Rio Negro para ver botos e jacarés, R$ 180 por pessoa.",
        id="pt-15",
    ),
    pytest.param(
        "Periquitos australianos filhotes",
        "Filhotes de periquito australiano, R$ 40 cada, várias cores.",
        id="pt-16",
    ),
    pytest.param("Calopsita mansa", "Calopsita mansa de 4 meses com gaiola, R$ 200.", id="pt-17"),
    pytest.param(
        "Fantasia de leão infantil",
        "Fantasia de leão para criança de 4 anos, com juba. R$ 50.",
        id="pt-18",
    ),
    pytest.param(
        "Pet shop Arara Azul - banho e tosa",
        "Pet Shop Arara Azul: banho e tosa a partir de R$ 45. Agende pelo WhatsApp.",
        id="pt-19",
    ),
    pytest.param(
        "Lágrimas de crocodilo - livro",
        "Livro usado 'Lágrimas de crocodilo', bom estado. R$ 15.",
        id="pt-20",
    ),
    pytest.param(
        "Cacto de Natal (flor-de-maio)",
        "Flor-de-maio (Schlumbergera) em vaso, florida, R$ 25.",
        id="pt-21",
    ),
    pytest.param(
        "Abito da sposa color avorio",
        "Abito da sposa avorio, taglia 42, indossato una volta. 400 €, ritiro a Milano.",
        id="it-0",
    ),
    pytest.param(
        "Occhiali montatura tartaruga",
        "Montatura in acetato effetto tartaruga, lenti neutre. 30 euro, spedizione inclusa.",
        id="it-1",
    ),
    pytest.param(
        "Borsa stampa coccodrillo",
        "Borsa in pelle bovina stampa coccodrillo, nera, come nuova. 55 €.",
        id="it-2",
    ),
    pytest.param(
        "Gonna leopardata taglia S",
        "Gonna midi leopardata in raso, mai indossata. 20 €.",
        id="it-3",
    ),
    pytest.param(
        "Balsamo di Tigre rosso",
        "Balsamo di Tigre rosso 19 g, confezione da 3. 14 € spedito.",
        id="it-4",
    ),
    pytest.param(
        "Scarpe Puma numero 41", "Puma Cali bianche, usate poco, con scatola. 35 €.", id="it-5"
    ),
    pytest.param(
        "Mazzancolle tigre 1 kg",
        "Gamberoni tigre surgelati, pezzatura grande, 1 kg 17 €. Consegna a domicilio a Bari.",
        id="it-6",
    ),
    pytest.param(
        "Fichi d'India freschi",
        "Fichi d'India siciliani già sbucciati, cassetta da 3 kg a 9 €.",
        id="it-7",
    ),
    pytest.param(
        "Gel di aloe vera",
        "Gel puro di aloe vera 250 ml, biologico. 8 € l'uno, due per 14 €.",
        id="it-8",
    ),
    pytest.param(
        "Bacche di vaniglia Bourbon",
        "Baccelli di vaniglia del Madagascar, confezione da 10. 19 €.",
        id="it-9",
    ),
    pytest.param(
        "Gabbia per pappagalli",
        "Gabbia grande per pappagalli con supporto e ruote, 90 €, ritiro a Torino.",
        id="it-10",
    ),
    pytest.param(
        "Mangime per tartarughe di terra",
        "Mangime per tartarughe terrestri 1 kg, scadenza 2027. 10 €.",
        id="it-11",
    ),
    pytest.param(
        "Peluche panda", "Panda di peluche 60 cm, nuovo con cartellino. 18 €.", id="it-12"
    ),
    pytest.param(
        "Biglietti Bioparco di Roma",
        "Due biglietti interi per il Bioparco, leoni e giraffe! 40 € entrambi.",
        id="it-13",
    ),
    pytest.param(
        "Pappagallini ondulati",
        "Cocorite (pappagallini ondulati) giovani, 15 € l'uno, allevamento amatoriale.",
        id="it-14",
    ),
    pytest.param(
        "Costume da leone per bambini",
        "Costume da leone per Carnevale, taglia 5-6 anni. 12 €.",
        id="it-15",
    ),
    pytest.param(
        "Pizzeria Il Leone - asporto",
        "Pizzeria Il Leone: margherita a 6 €, consegna a domicilio, chiamaci al 06 1234567.",
        id="it-16",
    ),
    pytest.param(
        "Statuetta elefante in ceramica",
        "Elefantino portafortuna in ceramica di Capodimonte, 12 cm. 25 €.",
        id="it-17",
    ),
    pytest.param(
        "Lacrime di coccodrillo - romanzo",
        "Romanzo giallo 'Lacrime di coccodrillo', copertina rigida. 6 €.",
        id="it-18",
    ),
    pytest.param(
        "Cornetto in corno di bue",
        "Cornetto portafortuna in corno di bue naturale, 8 cm. 15 €.",
        id="it-19",
    ),
    pytest.param(
        "Brautkleid elfenbeinfarben Gr. 38",
        "Brautkleid in Elfenbein, Spitze, einmal getragen. 350 €, Abholung in Köln.",
        id="de-0",
    ),
    pytest.param(
        "Brille Hornoptik Schildpatt",
        "Brillengestell in Schildpatt-Optik aus Acetat, ohne Gläser. 25 € inkl. Versand.",
        id="de-1",
    ),
    pytest.param(
        "Handtasche Krokoprägung",
        "Rindleder-Handtasche mit Krokoprägung, schwarz, neuwertig. 50 €.",
        id="de-2",
    ),
    pytest.param(
        "Kleid Leopardenmuster",
        "Midikleid mit Leopardenmuster, Größe 36, ungetragen. 20 € VB.",
        id="de-3",
    ),
    pytest.param(
        "Tigerbalsam rot 19 g",
        "Tiger Balm rot, 3 Dosen, originalverpackt. 12 € inkl. Versand.",
        id="de-4",
    ),
    pytest.param(
        "Puma Sneaker Gr. 44",
        "Puma Suede Classic, kaum getragen. 35 €, Versand möglich.",
        id="de-5",
    ),
    pytest.param(
        "Jaguar XJ 3.0 V6",
        "Jaguar XJ, Baujahr 2014, 120.000 km, TÜV neu. 17.900 € VB, Tel. 0171 1234567.",
        id="de-6",
    ),
    pytest.param(
        "Leopard 2 Panzer Modellbausatz",
        "Revell Leopard 2A7 1:35, unbenutzt, OVP. 35 €.",
        id="de-7",
    ),
    pytest.param(
        "Tigergarnelen 1 kg TK",
        "Black Tiger Garnelen, 16/20, tiefgefroren. 21 € pro kg, Abholung Hamburg.",
        id="de-8",
    ),
    pytest.param(
        "Kaktusfeigen frisch", "Frische Kaktusfeigen aus Sizilien, Kiste 2 kg für 8 €.", id="de-9"
    ),
    pytest.param(
        "Aloe-Vera-Gel 200 ml",
        "Reines Aloe-Vera-Gel nach dem Sonnenbad, 2 Flaschen 10 €.",
        id="de-10",
    ),
    pytest.param(
        "Vanilleschoten Bourbon 10 Stück",
        "Bourbon-Vanilleschoten aus Madagaskar, Grade A, 10 Stück 16 €.",
        id="de-11",
    ),
    pytest.param(
        "Papageienkäfig XXL",
        "Großer Papageienkäfig mit Rollen und Sitzstangen, 120 € VB, nur Abholung.",
        id="de-12",
    ),
    pytest.param(
        "Schildkrötenfutter 1 kg",
        "Landschildkrötenfutter mit Kräutern, 1 kg Beutel 9 €.",
        id="de-13",
    ),
    pytest.param(
        "Terrarium 100x50x50 komplett",
        "Terrarium mit UV-Lampe, Wärmematte und Thermostat. 130 €.",
        id="de-14",
    ),
    pytest.param(
        "Wellensittiche abzugeben",
        "Zwei junge Wellensittiche, blau und grün, mit Käfig 60 €.",
        id="de-15",
    ),
    pytest.param("Pandabär Plüschtier", "Plüsch-Panda 50 cm, neu mit Etikett. 15 €.", id="de-16"),
    pytest.param(
        "Zoo Leipzig Tickets",
        "Zwei Tageskarten für den Zoo Leipzig, Elefanten und Tiger live! 45 € zusammen.",
        id="de-17",
    ),
    pytest.param(
        "Gasthof Zum Goldenen Löwen",
        "Gasthof Zum Goldenen Löwen: Mittagstisch ab 9,50 €, Reservierung unter 089 123456.",
        id="de-18",
    ),
    pytest.param(
        "Elefant aus Holz geschnitzt",
        "Holzelefant handgeschnitzt aus Mangoholz, 20 cm, Deko. 18 €.",
        id="de-19",
    ),
    pytest.param(
        "Krokodilklemmen 20 Stück",
        "Krokodilklemmen isoliert, rot und schwarz, für Messungen. 5 €.",
        id="de-20",
    ),
    pytest.param(
        "Büffelhorn Kamm", "Kamm aus Wasserbüffelhorn, handgemacht, antistatisch. 12 €.", id="de-21"
    ),
    pytest.param(
        "Свадебное платье цвета слоновой кости",
        (
            "Платье цвета слоновой кости, размер 44, надевала один раз. 15 000 руб, "
            "самовывоз Москва."
        ),
        id="ru-0",
    ),
    pytest.param(
        "Очки в черепаховой оправе",
        "Оправа под черепаху, ацетат, без линз. 1500 руб, отправлю почтой.",
        id="ru-1",
    ),
    pytest.param(
        "Сумка под крокодила",
        "Сумка из натуральной кожи, тиснение под крокодила, чёрная. 3500 руб.",
        id="ru-2",
    ),
    pytest.param(
        "Юбка с леопардовым принтом",
        "Юбка миди, леопардовый принт, размер S, новая. 1200 руб.",
        id="ru-3",
    ),
    pytest.param(
        "Кроссовки Puma 42 размер",
        "Кроссовки Пума, почти новые, в коробке. 3000 руб, Авито доставка.",
        id="ru-4",
    ),
    pytest.param(
        "Тигровые креветки 1 кг",
        "Тигровые креветки замороженные, крупные. 1200 руб за кг, доставка по Казани.",
        id="ru-5",
    ),
    pytest.param(
        "Бальзам Золотая звезда и Тигровый бальзам",
        "Тигровый бальзам красный, 3 баночки. 600 руб.",
        id="ru-6",
    ),
    pytest.param(
        "Клетка для попугая большая",
        "Большая клетка для попугая на колёсиках, с жёрдочками. 4000 руб, самовывоз.",
        id="ru-7",
    ),
    pytest.param(
        "Корм для черепах", "Корм для сухопутных черепах, 500 г, срок до 2027. 450 руб.", id="ru-8"
    ),
    pytest.param(
        "Террариум с лампой",
        "Террариум 60х40х40, УФ-лампа и термоковрик в комплекте. 6000 руб.",
        id="ru-9",
    ),
    pytest.param(
        "Волнистые попугайчики",
        "Волнистые попугаи, молодые, разные окрасы. 800 руб за штуку.",
        id="ru-10",
    ),
    pytest.param("Мягкая игрушка панда", "Плюшевая панда 60 см, новая. 1200 руб.", id="ru-11"),
    pytest.param(
        "Билеты в Московский зоопарк",
        "Два взрослых билета в зоопарк, там тигры и слоны. 1500 руб за оба.",
        id="ru-12",
    ),
    pytest.param(
        "Мамонтовая кость - брелок",
        "Брелок из бивня мамонта, ископаемый, с сертификатом. 2500 руб.",
        id="ru-13",
    ),
    pytest.param(
        "Кафе Белый Медведь - бизнес-ланч",
        "Кафе «Белый медведь»: бизнес-ланч 350 руб, бронь по телефону.",
        id="ru-14",
    ),
    pytest.param(
        "Танк Леопард 2 модель",
        "Сборная модель танка Леопард 2, Звезда, масштаб 1:35. 2500 руб.",
        id="ru-15",
    ),
    pytest.param(
        "Курс по Python для начинающих",
        "Онлайн курс программирования на питоне, 3 месяца, сертификат. 9900 руб.",
        id="ru-16",
    ),
    pytest.param(
        "Новогодний костюм тигра",
        "Костюм тигрёнка для мальчика 5 лет, с маской. 1000 руб.",
        id="ru-17",
    ),
    pytest.param(
        "Статуэтка слона из смолы",
        "Статуэтка слон из полистоуна, 20 см, позолота. 900 руб.",
        id="ru-18",
    ),
    pytest.param(
        "Книга «Крокодиловы слёзы»",
        "Детектив «Крокодиловы слёзы», в хорошем состоянии. 200 руб.",
        id="ru-19",
    ),
    pytest.param(
        "Рог бычий для вина", "Рог для вина из бычьего рога, с подставкой. 2000 руб.", id="ru-20"
    ),
    pytest.param(
        "فستان زفاف لون عاجي",
        (
            "فستان زفاف لون عاجي مقاس 38 مستعمل مرة واحدة. السعر 1500 ريال، للتواصل "
            "واتساب 0501234567."
        ),
        id="ar-0",
    ),
    pytest.param(
        "نظارة إطار سلحفاتي", "إطار نظارة بلون صدف السلحفاة من الأسيتات، جديد. 120 درهم.", id="ar-1"
    ),
    pytest.param(
        "شنطة جلد مطبوع تمساح", "شنطة يد جلد بقري بنقشة التمساح، لون أسود. 250 ريال.", id="ar-2"
    ),
    pytest.param("بلوزة نقشة نمر", "بلوزة بطبعة جلد النمر مقاس M جديدة. 80 درهم.", id="ar-3"),
    pytest.param("مرهم النمر الأحمر", "مرهم تايجر بالم الأحمر، 3 علب أصلية. 45 ريال.", id="ar-4"),
    pytest.param(
        "جاكوار XF موديل 2016",
        "سيارة جاكوار XF موديل 2016، ممشى 90 ألف، فحص كامل. السعر 65 ألف ريال.",
        id="ar-5",
    ),
    pytest.param(
        "روبيان نمر مجمد",
        "روبيان النمر حجم كبير، كرتون 2 كيلو. 90 ريال، توصيل داخل الرياض.",
        id="ar-6",
    ),
    pytest.param(
        "قفص ببغاء كبير", "قفص كبير للببغاء مع عجلات ومجاثم. 300 ريال، الاستلام من جدة.", id="ar-7"
    ),
    pytest.param("أكل سلاحف برية", "علف للسلاحف البرية كيس 500 غرام. 40 ريال.", id="ar-8"),
    pytest.param(
        "طيور بادجي للبيع",
        "طيور بادجي (الدرة الأسترالية الصغيرة) ألوان مختلفة، 25 ريال للطير.",
        id="ar-9",
    ),
    pytest.param("دمية باندا كبيرة", "دمية باندا محشوة 70 سم، جديدة. 60 درهم.", id="ar-10"),
    pytest.param(
        "تذاكر حديقة الحيوان",
        "تذكرتين لحديقة الحيوان، شاهد الأسود والفيلة. 50 دينار للتذكرتين.",
        id="ar-11",
    ),
    pytest.param(
        "تمثال فيل من الريزن", "تمثال فيل ديكور من الريزن الذهبي، 25 سم. 150 جنيه.", id="ar-12"
    ),
    pytest.param(
        "جل الصبار الطبيعي", "جل الألوفيرا الطبيعي 100%، عبوة 300 مل. 35 ريال.", id="ar-13"
    ),
    pytest.param("تين شوكي طازج", "تين شوكي (صبار) طازج من المزرعة، الصندوق 30 جنيه.", id="ar-14"),
    pytest.param(
        "مطعم الأسد الذهبي",
        "مطعم الأسد الذهبي: وجبة مشويات عائلية بـ 120 ريال، للحجز اتصل بنا.",
        id="ar-15",
    ),
    pytest.param("قميص نادي الهلال", "قميص نادي الهلال الأصلي مقاس L. 200 ريال.", id="ar-16"),
    pytest.param(
        "مشط من قرن الجاموس", "مشط يدوي من قرن الجاموس، مضاد للكهرباء الساكنة. 30 ريال.", id="ar-17"
    ),
    pytest.param(
        "زي تنكري أسد للأطفال", "زي أسد للأطفال عمر 4 سنوات مع قناع. 70 درهم.", id="ar-18"
    ),
    pytest.param(
        "كتاب دموع التماسيح", "رواية دموع التماسيح مستعملة بحالة جيدة. 20 ريال.", id="ar-19"
    ),
    pytest.param(
        "象牙白婚纱 M码",
        "象牙白色婚纱，只穿过一次，蕾丝拖尾。售价1200元，北京自提，微信联系。",
        id="zh-0",
    ),
    pytest.param("玳瑁色眼镜框", "板材玳瑁色镜框，可配近视镜片，全新。80元包邮。", id="zh-1"),
    pytest.param("鳄鱼纹女包", "牛皮压鳄鱼纹手提包，黑色，九成新。350元，同城可面交。", id="zh-2"),
    pytest.param("豹纹连衣裙", "豹纹印花连衣裙，S码，吊牌还在。99元包邮。", id="zh-3"),
    pytest.param("虎标万金油 6瓶", "新加坡虎标万金油，红色，6瓶一起出，120元。", id="zh-4"),
    pytest.param("彪马运动鞋 42码", "Puma彪马跑鞋，穿过两次，带盒。260元。", id="zh-5"),
    pytest.param(
        "捷豹XFL 2019款",
        "捷豹XFL 2.0T，行驶6万公里，无事故。售价22万，电话138 0000 0000。",
        id="zh-6",
    ),
    pytest.param("老虎虾 1公斤", "冷冻黑虎虾，大只，1公斤128元，顺丰冷链。", id="zh-7"),
    pytest.param("燕窝 即食 6瓶装", "金丝燕燕窝即食饮品，冰糖口味，6瓶198元。", id="zh-8"),
    pytest.param("鹦鹉笼子 大号", "大号鹦鹉笼子，带轮子和站杆，300元，上海自提。", id="zh-9"),
    pytest.param("乌龟饲料 500克", "陆龟专用饲料，蒲公英配方，500克45元。", id="zh-10"),
    pytest.param("熊猫毛绒公仔", "大熊猫毛绒玩具，60厘米，全新。88元。", id="zh-11"),
    pytest.param(
        "成都大熊猫基地门票", "大熊猫繁育研究基地门票两张，周六可用。110元两张。", id="zh-12"
    ),
    pytest.param("树脂大象摆件", "树脂工艺品大象摆件，金色，30厘米，招财。150元。", id="zh-13"),
    pytest.param("芦荟胶 300克", "纯芦荟胶，晒后修复，两瓶59元。", id="zh-14"),
    pytest.param("仙人掌果 火龙果", "新鲜火龙果（仙人掌科水果），5斤装39元包邮。", id="zh-15"),
    pytest.param("虎皮鹦鹉 一对", "虎皮鹦鹉一对，健康活泼，送笼子，80元。", id="zh-16"),
    pytest.param("锦鲤 20厘米", "日本锦鲤红白，20厘米左右，60元一条。", id="zh-17"),
    pytest.param("功夫熊猫 蓝光碟", "功夫熊猫三部曲蓝光碟，九成新，50元。", id="zh-18"),
    pytest.param(
        "狮子王 音乐剧门票", "《狮子王》音乐剧门票两张，周日下午场。售价960元。", id="zh-19"
    ),
    pytest.param("猛犸象牙 吊坠", "西伯利亚猛犸象牙化石吊坠，带证书。380元。", id="zh-20"),
    pytest.param("牛角梳 手工", "天然水牛角梳子，手工打磨，防静电。35元。", id="zh-21"),
    pytest.param("老虎服装 儿童", "儿童老虎造型连体衣，110码，全新。45元。", id="zh-22"),
    pytest.param("白象方便面 整箱", "白象牌方便面一箱24包，日期新鲜。55元。", id="zh-23"),
    pytest.param(
        "アイボリーのウェディングドレス",
        "アイボリー色のドレス、9号、一度着用のみ。35,000円、手渡し可（横浜）。",
        id="ja-0",
    ),
    pytest.param(
        "べっ甲柄メガネフレーム",
        "べっ甲柄のアセテートフレーム、度なしレンズ付き。3,000円送料込み。",
        id="ja-1",
    ),
    pytest.param(
        "クロコ型押しバッグ", "牛革クロコ型押しのハンドバッグ、黒。美品。8,000円。", id="ja-2"
    ),
    pytest.param(
        "レオパード柄スカート",
        "ヒョウ柄プリーツスカート、Mサイズ、タグ付き新品。2,500円。",
        id="ja-3",
    ),
    pytest.param(
        "タイガーバーム 3個セット", "タイガーバーム赤 19g×3個、未開封。1,500円。", id="ja-4"
    ),
    pytest.param("プーマ スニーカー 27cm", "PUMA スウェード 27cm、数回使用。4,000円。", id="ja-5"),
    pytest.param(
        "タイガー 炊飯器 5.5合",
        "タイガー魔法瓶の圧力IH炊飯器、2021年製。7,000円、引き取り希望。",
        id="ja-6",
    ),
    pytest.param(
        "ブラックタイガー えび 1kg",
        "冷凍ブラックタイガー 1kg、大きめサイズ。2,800円、クール便発送。",
        id="ja-7",
    ),
    pytest.param(
        "インコ用ケージ 大型",
        "大型インコ・オウム用ケージ、キャスター付き。6,000円、引き取りのみ。",
        id="ja-8",
    ),
    pytest.param(
        "リクガメフード 500g", "リクガメ用フード、タンポポ配合、500g 1,200円。", id="ja-9"
    ),
    pytest.param(
        "パンダのぬいぐるみ 特大",
        "ジャイアントパンダのぬいぐるみ 70cm、新品。3,500円。",
        id="ja-10",
    ),
    pytest.param(
        "上野動物園 チケット", "上野動物園の入園券2枚、パンダ見られます。1,200円。", id="ja-11"
    ),
    pytest.param("象の置物 樹脂製", "樹脂製の象の置物、ゴールド、25cm。2,000円。", id="ja-12"),
    pytest.param(
        "アロエベラジェル", "アロエベラジェル 300ml、日焼け後に。2本で1,500円。", id="ja-13"
    ),
    pytest.param("セキセイインコ 雛", "セキセイインコの雛、手乗り、1羽3,000円。", id="ja-14"),
    pytest.param("錦鯉 販売", "錦鯉 紅白 25cm前後、1匹5,000円。池の整理のため。", id="ja-15"),
    pytest.param(
        "阪神タイガース ユニフォーム",
        "阪神タイガース 応援ユニフォーム Lサイズ。3,000円。",
        id="ja-16",
    ),
    pytest.param(
        "ライオンキング 劇団四季 チケット",
        "劇団四季『ライオンキング』S席2枚、土曜昼公演。19,000円。",
        id="ja-17",
    ),
    pytest.param(
        "マンモスの牙 ペンダント",
        "マンモスアイボリーのペンダント、化石、証明書付き。8,000円。",
        id="ja-18",
    ),
    pytest.param(
        "虎の着ぐるみ パジャマ", "トラの着ぐるみパジャマ、大人用フリーサイズ。2,000円。", id="ja-19"
    ),
    pytest.param(
        "サボテン型 加湿器", "サボテンの形をしたUSB加湿器、LEDライト付き。1,800円。", id="ja-20"
    ),
    pytest.param(
        "아이보리 웨딩드레스 55",
        "아이보리 색상 드레스, 한 번 착용. 30만원, 서울 직거래.",
        id="ko-0",
    ),
    pytest.param("호피무늬 스커트", "호피무늬 롱스커트 M사이즈, 새상품. 2만원 택포.", id="ko-1"),
    pytest.param("악어 무늬 가방", "소가죽 악어 무늬 엠보 가방, 블랙. 6만원.", id="ko-2"),
    pytest.param(
        "호랑이 연고 3개", "타이거밤 호랑이 연고 빨간색 3개, 미개봉. 1만5천원.", id="ko-3"
    ),
    pytest.param("푸마 운동화 270", "푸마 스웨이드 270mm, 몇 번 신음. 4만원.", id="ko-4"),
    pytest.param(
        "재규어 XF 2017년식",
        "재규어 XF 2.0 디젤, 8만km, 무사고. 2,300만원, 010-1234-5678.",
        id="ko-5",
    ),
    pytest.param(
        "앵무새 새장 대형", "대형 앵무새 새장, 바퀴 달림, 횃대 포함. 8만원, 직거래만.", id="ko-6"
    ),
    pytest.param(
        "거북이 사료 500g", "육지거북 전용 사료 500g, 유통기한 넉넉. 1만2천원.", id="ko-7"
    ),
    pytest.param("판다 인형 대형", "자이언트 판다 인형 70cm, 새것. 3만원.", id="ko-8"),
    pytest.param(
        "에버랜드 판다월드 티켓", "에버랜드 자유이용권 2장, 푸바오 보러 가세요. 8만원.", id="ko-9"
    ),
    pytest.param(
        "코끼리 도자기 장식품", "도자기 코끼리 장식품 20cm, 인테리어용. 2만원.", id="ko-10"
    ),
    pytest.param("알로에 젤 300ml", "알로에베라 수딩젤 300ml 2개, 3만원.", id="ko-11"),
    pytest.param("사랑앵무 분양", "사랑앵무 어린 새 분양합니다, 한 마리 2만원.", id="ko-12"),
    pytest.param("비단잉어 분양", "비단잉어 20cm, 한 마리 3만원. 연못 정리.", id="ko-13"),
    pytest.param(
        "라이온킹 뮤지컬 티켓", "라이온킹 뮤지컬 R석 2장, 토요일 공연. 24만원.", id="ko-14"
    ),
    pytest.param("호랑이 잠옷", "호랑이 캐릭터 수면잠옷, 성인 프리. 2만원.", id="ko-15"),
    pytest.param("물소뿔 빗", "천연 물소뿔 빗, 수제. 1만8천원.", id="ko-16"),
    pytest.param(
        "사자 레스토랑 런치세트", "레스토랑 라이온 런치세트 1만5천원, 예약 02-123-4567.", id="ko-17"
    ),
    pytest.param("선인장 모양 무드등", "선인장 모양 LED 무드등, USB 충전식. 1만2천원.", id="ko-18"),
    pytest.param(
        "코끼리 바지 프리사이즈", "태국 코끼리 바지, 면 100%, 여러 색상. 1만원.", id="ko-19"
    ),
    pytest.param(
        "Váy cưới màu ngà size M",
        "Váy cưới màu trắng ngà, mặc một lần, ren đuôi dài. Giá 2tr5, liên hệ Zalo 0901234567.",
        id="vi-0",
    ),
    pytest.param(
        "Gọng kính đồi mồi",
        "Gọng kính nhựa acetate vân đồi mồi, mới 100%. 250k, ship toàn quốc.",
        id="vi-1",
    ),
    pytest.param(
        "Túi da vân cá sấu", "Túi da bò dập vân cá sấu, màu đen, như mới. 450k.", id="vi-2"
    ),
    pytest.param(
        "Đầm họa tiết da báo", "Đầm ôm họa tiết da báo size S, mới có tag. 180k.", id="vi-3"
    ),
    pytest.param(
        "Dầu cù là con hổ", "Cao con hổ Tiger Balm đỏ, 3 hộp, hàng Singapore. 150k.", id="vi-4"
    ),
    pytest.param(
        "Giày Puma size 42", "Giày Puma chính hãng, đi vài lần, còn hộp. 900k.", id="vi-5"
    ),
    pytest.param(
        "Tôm sú tươi 1kg", "Tôm sú biển loại to, 1kg giá 380k, giao tận nhà Sài Gòn.", id="vi-6"
    ),
    pytest.param("Nước yến sào đóng lon", "Nước yến sào Khánh Hòa, thùng 30 lon, 350k.", id="vi-7"),
    pytest.param(
        "Lồng vẹt cỡ lớn", "Lồng vẹt inox cỡ lớn có bánh xe, 1tr2, nhận tại Hà Nội.", id="vi-8"
    ),
    pytest.param("Thức ăn cho rùa cạn", "Thức ăn cho rùa cạn, gói 500g, 120k.", id="vi-9"),
    pytest.param("Gấu bông gấu trúc to", "Gấu bông gấu trúc 80cm, mềm mịn, mới. 250k.", id="vi-10"),
    pytest.param(
        "Vé vườn thú Thảo Cầm Viên",
        "Hai vé vào Thảo Cầm Viên, xem hổ và voi. 100k cả hai.",
        id="vi-11",
    ),
    pytest.param(
        "Tượng voi bằng nhựa composite",
        "Tượng voi phong thủy bằng composite mạ vàng, cao 30cm. 600k.",
        id="vi-12",
    ),
    pytest.param(
        "Gel nha đam", "Gel nha đam nguyên chất 300ml, dưỡng da sau nắng. 2 chai 150k.", id="vi-13"
    ),
    pytest.param(
        "Chim yến phụng (vẹt yến phụng)",
        "Bán chim yến phụng non, nhiều màu, 60k một con.",
        id="vi-14",
    ),
    pytest.param("Cá Koi Nhật", "Cá Koi Nhật size 25cm, khỏe mạnh, 500k một con.", id="vi-15"),
    pytest.param(
        "Đồ ngủ hình con hổ", "Bộ đồ ngủ liền thân hình con hổ cho bé 3 tuổi. 150k.", id="vi-16"
    ),
    pytest.param(
        "Quán Cá Sấu Hoa Cà - lẩu",
        "Nhà hàng Cá Sấu Hoa Cà: lẩu lươn 250k/nồi, đặt bàn 0283 123 456.",
        id="vi-17",
    ),
    pytest.param(
        "Lược sừng trâu", "Lược sừng trâu thật, làm thủ công, chống tĩnh điện. 90k.", id="vi-18"
    ),
    pytest.param(
        "Gối ôm hình xương rồng", "Gối ôm hình cây xương rồng, 50cm, bông mềm. 120k.", id="vi-19"
    ),
    pytest.param(
        "Thanh long ruột đỏ", "Thanh long ruột đỏ Bình Thuận, thùng 10kg 250k.", id="vi-20"
    ),
    pytest.param(
        "ชุดเจ้าสาวสีงาช้าง", "ชุดแต่งงานสีงาช้าง ไซซ์ M ใส่ครั้งเดียว ราคา 3,500 บาท นัดรับ BTS อโศก", id="th-0"
    ),
    pytest.param("กรอบแว่นลายกระ", "กรอบแว่นอะซิเตทลายกระ ไม่มีค่าสายตา 450 บาท ส่งฟรี", id="th-1"),
    pytest.param("กระเป๋าหนังลายจระเข้", "กระเป๋าหนังวัวปั๊มลายจระเข้ สีดำ สภาพดี 900 บาท", id="th-2"),
    pytest.param("เดรสลายเสือดาว", "เดรสพิมพ์ลายเสือดาว ไซซ์ S ป้ายห้อย 290 บาท", id="th-3"),
    pytest.param("ยาหม่องตราเสือ", "ยาหม่องตราเสือ Tiger Balm แดง 3 ขวด 180 บาท", id="th-4"),
    pytest.param("รองเท้า Puma ไซซ์ 42", "รองเท้าผ้าใบ Puma ของแท้ ใส่ไม่กี่ครั้ง 1,500 บาท", id="th-5"),
    pytest.param("เบียร์ช้าง ยกลัง", "เบียร์ช้าง 24 กระป๋อง ยกลัง 720 บาท ส่งในเขตเมือง", id="th-6"),
    pytest.param("กุ้งกุลาดำ 1 กิโล", "กุ้งกุลาดำตัวใหญ่ สดจากบ่อ กิโลละ 450 บาท", id="th-7"),
    pytest.param("กรงนกแก้วขนาดใหญ่", "กรงนกแก้วสแตนเลสขนาดใหญ่ มีล้อ 2,500 บาท รับเองที่นนทบุรี", id="th-8"),
    pytest.param("อาหารเต่าบก", "อาหารเต่าบก สูตรผัก 500 กรัม 250 บาท", id="th-9"),
    pytest.param("ตุ๊กตาแพนด้า", "ตุ๊กตาแพนด้าตัวใหญ่ 70 ซม. ของใหม่ 390 บาท", id="th-10"),
    pytest.param("บัตรสวนสัตว์เชียงใหม่", "บัตรเข้าสวนสัตว์เชียงใหม่ 2 ใบ ดูแพนด้าและยีราฟ 300 บาท", id="th-11"),
    pytest.param("รูปปั้นช้างเรซิ่น", "รูปปั้นช้างเรซิ่นสีทอง สูง 30 ซม. 650 บาท", id="th-12"),
    pytest.param("เจลว่านหางจระเข้", "เจลว่านหางจระเข้ 300 มล. บำรุงผิว 2 ขวด 199 บาท", id="th-13"),
    pytest.param("นกหงส์หยก", "ขายนกหงส์หยกเด็ก หลายสี ตัวละ 150 บาท", id="th-14"),
    pytest.param("ปลาคาร์ฟญี่ปุ่น", "ปลาคาร์ฟ 25 ซม. แข็งแรง ตัวละ 800 บาท", id="th-15"),
    pytest.param("กางเกงช้าง", "กางเกงลายช้าง ผ้าเรยอน ฟรีไซซ์ ตัวละ 120 บาท", id="th-16"),
    pytest.param("ชุดนอนเสือ", "ชุดนอนมาสคอตเสือ ผู้ใหญ่ 450 บาท", id="th-17"),
    pytest.param("ทัวร์ปางช้าง", "ทัวร์ปางช้างแม่แตง ครึ่งวัน อาบน้ำช้าง 1,200 บาทต่อท่าน", id="th-18"),
    pytest.param("หวีเขาควาย", "หวีเขาควายแท้ ทำมือ 150 บาท", id="th-19"),
    pytest.param(
        "Gaun pengantin warna gading",
        ("Gaun pengantin warna putih gading, ukuran M, dipakai sekali. Rp 1.500.000, COD Jakarta."),
        id="id-0",
    ),
    pytest.param(
        "Frame kacamata motif tortoise",
        "Frame kacamata motif kulit penyu (acetate), tanpa lensa. 150rb, kirim via JNE.",
        id="id-1",
    ),
    pytest.param(
        "Tas motif kulit buaya", "Tas kulit sapi embos motif buaya, hitam, mulus. 350rb.", id="id-2"
    ),
    pytest.param(
        "Dress motif macan tutul", "Dress motif macan tutul ukuran S, baru. 120rb.", id="id-3"
    ),
    pytest.param("Balsem Cap Macan", "Balsem cap macan merah 20 g, isi 3. 45rb.", id="id-4"),
    pytest.param(
        "Sepatu Puma size 42",
        "Sepatu Puma original, jarang dipakai, fullset box. 600rb.",
        id="id-5",
    ),
    pytest.param(
        "Udang windu 1 kg",
        "Udang windu segar size 30, 1 kg Rp 140.000, antar wilayah Surabaya.",
        id="id-6",
    ),
    pytest.param(
        "Sarang burung walet minuman",
        "Minuman sarang burung walet siap saji, isi 6 botol 90rb.",
        id="id-7",
    ),
    pytest.param(
        "Kandang burung beo besar",
        "Kandang besi untuk burung beo/kakatua ukuran besar, Rp 750.000, ambil di Bekasi.",
        id="id-8",
    ),
    pytest.param("Pakan kura-kura darat", "Pakan kura-kura darat 500 gr, 75rb.", id="id-9"),
    pytest.param(
        "Boneka panda jumbo", "Boneka panda jumbo 80 cm, bulu lembut, baru. 180rb.", id="id-10"
    ),
    pytest.param(
        "Tiket Taman Safari Bogor",
        "Jual 2 tiket Taman Safari, lihat harimau dan gajah. 400rb berdua.",
        id="id-11",
    ),
    pytest.param(
        "Patung gajah resin", "Patung gajah resin warna emas tinggi 30 cm. 250rb.", id="id-12"
    ),
    pytest.param(
        "Gel lidah buaya", "Gel lidah buaya 300 ml, aloe vera murni. 2 botol 60rb.", id="id-13"
    ),
    pytest.param(
        "Burung parkit warna-warni",
        "Jual burung parkit muda, sehat, Rp 50.000 per ekor.",
        id="id-14",
    ),
    pytest.param(
        "Ikan koi kualitas kontes", "Ikan koi kohaku 25 cm, Rp 300.000 per ekor.", id="id-15"
    ),
    pytest.param(
        "Kostum harimau anak", "Kostum harimau untuk anak usia 4 tahun, baru. 95rb.", id="id-16"
    ),
    pytest.param(
        "Rumah Makan Elang Jaya",
        "Rumah Makan Elang Jaya: paket nasi ayam bakar 25rb, pesan antar WA 0812-3456-7890.",
        id="id-17",
    ),
    pytest.param(
        "Sisir tanduk kerbau", "Sisir dari tanduk kerbau asli, buatan tangan. 35rb.", id="id-18"
    ),
    pytest.param(
        "Buah naga merah 5 kg",
        "Buah naga merah segar dari kebun Banyuwangi, 5 kg 100rb.",
        id="id-19",
    ),
    pytest.param(
        "Kaos Persebaya Bajul Ijo",
        "Kaos Persebaya Surabaya 'Bajul Ijo' original, ukuran L. 150rb.",
        id="id-20",
    ),
    pytest.param(
        "Baju kurung warna gading",
        "Baju kurung moden warna gading, saiz M, pakai sekali. RM120, COD Shah Alam.",
        id="ms-0",
    ),
    pytest.param(
        "Beg motif kulit buaya", "Beg tangan kulit lembu motif buaya, hitam. RM180.", id="ms-1"
    ),
    pytest.param("Minyak cap harimau", "Tiger Balm merah, 3 botol, baru. RM25.", id="ms-2"),
    pytest.param("Kasut Puma saiz 9", "Kasut Puma original, pakai 3 kali. RM150.", id="ms-3"),
    pytest.param(
        "Udang harimau segar",
        "Udang harimau saiz besar, RM60 sekilo, hantar sekitar Klang.",
        id="ms-4",
    ),
    pytest.param(
        "Sangkar burung kakak tua",
        "Sangkar besar untuk burung kakak tua, beroda. RM280, ambil di Ipoh.",
        id="ms-5",
    ),
    pytest.param("Makanan kura-kura", "Makanan kura-kura darat, 500g RM30.", id="ms-6"),
    pytest.param("Anak patung panda", "Anak patung panda 60cm, baru. RM45.", id="ms-7"),
    pytest.param(
        "Tiket Zoo Negara",
        "Dua tiket Zoo Negara, tengok harimau dan gajah. RM70 dua-dua.",
        id="ms-8",
    ),
    pytest.param("Harimau Malaya jersi", "Jersi Harimau Malaya rasmi saiz L. RM99.", id="ms-9"),
    pytest.param("Gel lidah buaya", "Gel aloe vera (lidah buaya) tulen 300ml, RM25.", id="ms-10"),
    pytest.param(
        "Burung bajri", "Jual burung bajri muda, pelbagai warna, RM20 seekor.", id="ms-11"
    ),
    pytest.param("Ikan koi", "Ikan koi 20cm, sihat, RM50 seekor.", id="ms-12"),
    pytest.param(
        "Restoran Gajah Mada - set makan tengah hari",
        "Restoran Gajah Mada: set nasi campur RM12, tempahan 03-1234 5678.",
        id="ms-13",
    ),
    pytest.param(
        "Patung gajah seramik", "Patung gajah seramik untuk hiasan, 20cm. RM60.", id="ms-14"
    ),
    pytest.param(
        "Kostum harimau kanak-kanak",
        "Kostum harimau untuk kanak-kanak umur 5, baru. RM40.",
        id="ms-15",
    ),
    pytest.param(
        "Sikat tanduk kerbau", "Sikat dari tanduk kerbau, buatan tangan. RM18.", id="ms-16"
    ),
    pytest.param("Buah naga merah", "Buah naga merah dari kebun sendiri, RM8 sekilo.", id="ms-17"),
    pytest.param(
        "Sarang burung walet minuman",
        "Minuman sarang burung walet, kotak 6 botol, RM45.",
        id="ms-18",
    ),
    pytest.param(
        "Lawatan ke Taman Negara",
        "Pakej 3 hari 2 malam ke Taman Negara, cari jejak gajah, RM450 seorang.",
        id="ms-19",
    ),
    pytest.param(
        "Wedding gown kulay ivory",
        "Wedding gown na kulay ivory, size M, isang beses lang nagamit. ₱8,000, meet up sa QC.",
        id="tl-0",
    ),
    pytest.param(
        "Bag na crocodile print",
        "Bag na gawa sa leather na may crocodile print, kulay itim. ₱1,200.",
        id="tl-1",
    ),
    pytest.param("Tiger Balm pula", "Tiger Balm red, 3 bote, bago pa. ₱350.", id="tl-2"),
    pytest.param(
        "Puma sapatos size 9", "Puma sneakers orig, ilang beses lang nagamit. ₱2,500.", id="tl-3"
    ),
    pytest.param(
        "Hipon tigre 1 kilo", "Sariwang tiger prawns, 1 kilo ₱650, deliver sa Manila.", id="tl-4"
    ),
    pytest.param(
        "Kulungan ng loro malaki",
        "Malaking kulungan para sa loro, may gulong. ₱3,500, pick up sa Cavite.",
        id="tl-5",
    ),
    pytest.param(
        "Pagkain ng pagong", "Pagkain ng pagong (tortoise pellets), 500g ₱280.", id="tl-6"
    ),
    pytest.param(
        "Stuffed toy na panda", "Malaking stuffed toy na panda, 70cm, bago. ₱900.", id="tl-7"
    ),
    pytest.param(
        "Ticket sa Manila Zoo",
        "Dalawang ticket sa Manila Zoo, makikita ang elepante at leon. ₱300 pareho.",
        id="tl-8",
    ),
    pytest.param(
        "Aloe vera gel", "Purong aloe vera gel 300ml, pampalamig ng balat. ₱250.", id="tl-9"
    ),
    pytest.param(
        "Lovebirds for sale", "Lovebirds na pares, peach-faced, may kulungan. ₱1,800.", id="tl-10"
    ),
    pytest.param("Koi for sale", "Koi 8 inches, malusog, ₱600 bawat isa.", id="tl-11"),
    pytest.param(
        "Costume na tigre pambata", "Costume na tigre para sa bata 5 taon, bago. ₱450.", id="tl-12"
    ),
    pytest.param(
        "Leon's Restaurant - lunch set",
        "Leon's Restaurant: lunch set ₱199, reservation 0917 123 4567.",
        id="tl-13",
    ),
    pytest.param(
        "Figurine na elepante",
        "Ceramic na elepante figurine, 15cm, pang-dekorasyon. ₱350.",
        id="tl-14",
    ),
    pytest.param(
        "Suklay na sungay ng kalabaw",
        "Suklay na gawa sa sungay ng kalabaw, handmade. ₱150.",
        id="tl-15",
    ),
    pytest.param(
        "Dragon fruit 1 kilo", "Sariwang dragon fruit mula Ilocos, ₱120 bawat kilo.", id="tl-16"
    ),
    pytest.param(
        "Budgie for sale", "Budgie na bata pa, iba-ibang kulay, ₱250 bawat isa.", id="tl-17"
    ),
    pytest.param(
        "Tour sa Palawan - makita ang buwaya",
        "Day tour sa Crocodile Farm at Iwahig, ₱1,500 bawat tao.",
        id="tl-18",
    ),
    pytest.param("The Lion King DVD", "The Lion King DVD, original, ₱200.", id="tl-19"),
    pytest.param(
        "Gauni la harusi rangi ya pembe",
        (
            "Gauni la harusi rangi ya pembe ya ndovu, saizi M, limevaliwa mara moja. Tsh "
            "250,000, piga 0712 345 678."
        ),
        id="sw-0",
    ),
    pytest.param(
        "Jezi ya Simba SC", "Jezi ya Simba SC msimu huu, saizi L, original. Tsh 35,000.", id="sw-1"
    ),
    pytest.param(
        "Tiketi Simba na Yanga",
        "Tiketi mbili za mechi ya Simba na Yanga, VIP B. Tsh 60,000 kila moja.",
        id="sw-2",
    ),
    pytest.param(
        "Bia ya Tembo kreti",
        "Kreti ya bia ya Tembo chupa 25, Tsh 50,000. Tunaleta hadi nyumbani.",
        id="sw-3",
    ),
    pytest.param(
        "Viatu vya Puma",
        "Viatu vya Puma original, saizi 42, vimevaliwa kidogo. Tsh 70,000.",
        id="sw-4",
    ),
    pytest.param(
        "Safari ya Serengeti siku 3",
        (
            "Safari ya kuona simba, tembo na twiga Serengeti, siku 3, USD 650 kwa mtu. "
            "WhatsApp +255 754 000 111."
        ),
        id="sw-5",
    ),
    pytest.param(
        "Tiketi za Twiga Stars", "Tiketi za mechi ya Twiga Stars Jumamosi, Tsh 5,000.", id="sw-6"
    ),
    pytest.param(
        "Mdoli wa simba", "Mdoli wa simba wa kuchezea watoto, sentimita 40. Tsh 25,000.", id="sw-7"
    ),
    pytest.param(
        "Kinyago cha tembo cha mbao",
        "Kinyago cha tembo kilichochongwa kwa mbao ya mninga, sentimita 30. Tsh 40,000.",
        id="sw-8",
    ),
    pytest.param(
        "Saruji ya Simba mifuko 50",
        "Saruji ya Simba mifuko 50, bei ya jumla Tsh 17,500 kwa mfuko.",
        id="sw-9",
    ),
    pytest.param(
        "Chakula cha kasuku", "Chakula cha kasuku na ndege wengine, kilo 2 Tsh 15,000.", id="sw-10"
    ),
    pytest.param(
        "Tangazo: hoteli ya Simba Lodge",
        (
            "Simba Lodge Arusha: chumba cha watu wawili Tsh 80,000 usiku mmoja, pamoja "
            "na kifungua kinywa."
        ),
        id="sw-11",
    ),
    pytest.param(
        "Mchango wa kulinda tembo",
        "Changia shirika letu kulinda tembo dhidi ya ujangili. Tuma Tsh 10,000 kupitia M-Pesa.",
        id="sw-12",
    ),
    pytest.param(
        "Picha za wanyamapori",
        "Picha kubwa ya chui iliyopigwa Ruaha, fremu ya mbao, Tsh 120,000.",
        id="sw-13",
    ),
    pytest.param(
        "Kitabu cha Mfalme Simba",
        "Kitabu cha hadithi 'Mfalme Simba' kwa watoto, Tsh 8,000.",
        id="sw-14",
    ),
    pytest.param("Aloe vera jeli", "Jeli ya aloe vera asilia, chupa 250ml Tsh 12,000.", id="sw-15"),
    pytest.param(
        "Kamba wa tiger",
        "Kamba wakubwa (tiger prawns) kilo 1 Tsh 35,000, tunafikisha Dar.",
        id="sw-16",
    ),
    pytest.param(
        "Kofia ya Kaizer Chiefs na Simba",
        "Kofia za mashabiki wa Simba, Tsh 10,000 kila moja.",
        id="sw-17",
    ),
    pytest.param("Chupa ya Ndovu beer", "Ndovu beer chupa 24, Tsh 55,000, jumla.", id="sw-18"),
    pytest.param(
        "Vazi la chui la sherehe",
        "Vazi lenye chapa ya ngozi ya chui, saizi M, Tsh 30,000.",
        id="sw-19",
    ),
]

SECOND_SET = [
    pytest.param(
        "Atlanta Hawks tickets Friday",
        "Two lower bowl seats for the Hawks game, $95 each. Transfer via app.",
        id="en-0",
    ),
    pytest.param(
        "Detroit Lions season tickets share",
        "Looking for someone to split Lions season tickets, 4 games each, $600.",
        id="en-1",
    ),
    pytest.param(
        "Red Bull can fridge",
        "Mini Red Bull branded can fridge, works perfectly, $60, pickup only.",
        id="en-2",
    ),
    pytest.param(
        "Snake print phone case", "iPhone 14 case, snake print, brand new. $8 shipped.", id="en-3"
    ),
    pytest.param(
        "Zebra print duvet set",
        "King size duvet cover with zebra print, 2 pillowcases. $30.",
        id="en-4",
    ),
    pytest.param(
        "Ivory lace table runner",
        "Ivory lace runner 180cm, never used. $12, text 555 0101.",
        id="en-5",
    ),
    pytest.param(
        "Python developer wanted",
        "Remote Python developer, Django/FastAPI, $60-80k. Send CV to jobs@example.com.",
        id="en-6",
    ),
    pytest.param(
        "Jaguar E-Pace for sale",
        "2019 Jaguar E-Pace, 42k miles, one owner, $24,500. Call 555 0110.",
        id="en-7",
    ),
    pytest.param(
        "Rhino Records vinyl lot",
        "20 Rhino Records reissues, mostly 70s rock. $150 for the lot.",
        id="en-8",
    ),
    pytest.param("Gorilla Tape x6", "Gorilla Tape black, 6 rolls, sealed. $30.", id="en-9"),
    pytest.param(
        "Stuffed tiger plush 1m",
        "Giant tiger plush, 1 metre long, kids' favourite. $25.",
        id="en-10",
    ),
    pytest.param(
        "Leopard gecko with setup",
        "Leopard gecko, 2 years, with 20 gal tank and heat mat. $150.",
        id="en-11",
    ),
    pytest.param("Tiger barbs x10", "Ten tiger barbs, healthy, 3cm. $20 for all.", id="en-12"),
    pytest.param("Cockatiel pair", "Bonded pair of cockatiels with cage, $120.", id="en-13"),
    pytest.param(
        "Elephant dung paper notebook",
        "Handmade notebook from elephant dung paper, Sri Lanka. $9.",
        id="en-14",
    ),
    pytest.param(
        "Rhino wildlife photograph canvas",
        "Canvas print of a black rhino, 90x60cm, signed by the photographer. $200.",
        id="en-15",
    ),
    pytest.param(
        "Save the Elephants charity run",
        "Join our 5K charity run for elephants, entry $30 including T-shirt.",
        id="en-16",
    ),
    pytest.param(
        "Panda Dim Sum restaurant",
        "Panda Dim Sum now open! Lunch special $12.99, book a table online.",
        id="en-17",
    ),
    pytest.param(
        "Tiger stripe camo jacket", "Vintage tiger stripe camo jacket, size M. $45.", id="en-18"
    ),
    pytest.param(
        "White Rhino strain seeds", "Feminised White Rhino seeds, pack of 5. $35.", id="en-19"
    ),
    pytest.param(
        "Crocodile Dundee DVD", "Crocodile Dundee 1 & 2 on DVD, good condition. $6.", id="en-20"
    ),
    pytest.param(
        "Elephant bean bag chair",
        "Kids' bean bag shaped like an elephant, grey, washable cover. $40.",
        id="en-21",
    ),
    pytest.param(
        "Tortoiseshell cat looking for home",
        "Sweet tortoiseshell cat, 3 years, spayed, free to good home.",
        id="en-22",
    ),
    pytest.param(
        "Coral reef aquarium rock",
        "Dry live rock (man-made, ceramic), 10kg for reef tank. $60.",
        id="en-23",
    ),
    pytest.param(
        "Turtle cookie cutter set",
        "Sea turtle shaped cookie cutters, set of 3, stainless. $7.",
        id="en-24",
    ),
    pytest.param(
        "Parrot tulips 20 bulbs", "Parrot tulip bulbs, mixed colours, 20 for $10.", id="en-25"
    ),
    pytest.param(
        "Lion's mane mushroom grow kit",
        "Lion's mane mushroom grow kit, harvest in 2 weeks. $22.",
        id="en-26",
    ),
    pytest.param(
        "Cheetah print sneakers",
        "Cheetah print slip-on sneakers, size 8, worn once. $20.",
        id="en-27",
    ),
    pytest.param(
        "Amazon Echo Dot", "Amazon Echo Dot 5th gen, used, with charger. $25.", id="en-28"
    ),
    pytest.param(
        "Macaw Bay Resort - weekend deal",
        "Stay 2 nights at Macaw Bay Resort, breakfast included, $280 per night for two.",
        id="en-29",
    ),
    pytest.param(
        "Maillot Lions de l'Atlas", "Maillot du Maroc, Lions de l'Atlas, taille L. 40 €.", id="fr-0"
    ),
    pytest.param(
        "Croc de Lacoste brodé - pull", "Pull Lacoste avec croco brodé, taille M. 35 €.", id="fr-1"
    ),
    pytest.param(
        "Cours de Python en ligne",
        "Cours de programmation Python pour débutants, 10 séances. 150 €.",
        id="fr-2",
    ),
    pytest.param(
        "Coussin éléphant enfant",
        "Coussin en forme d'éléphant pour chambre d'enfant, 40 cm. 15 €.",
        id="fr-3",
    ),
    pytest.param("Tapis imprimé zèbre", "Tapis imprimé zèbre 160x230, lavable. 60 €.", id="fr-4"),
    pytest.param(
        "Perruches calopsittes à donner",
        "Deux calopsittes avec cage à donner, cause allergie.",
        id="fr-5",
    ),
    pytest.param(
        "Le Livre de la jungle DVD",
        "Le Livre de la jungle, DVD Disney, avec Baloo et Shere Khan. 5 €.",
        id="fr-6",
    ),
    pytest.param(
        "Camiseta de los Leones de Yucatán",
        "Camiseta de los Leones de Yucatán, talla M, original. 350 pesos.",
        id="es-0",
    ),
    pytest.param(
        "Curso de Python desde cero",
        "Curso de programación en Python, 8 semanas, certificado. 1.500 pesos.",
        id="es-1",
    ),
    pytest.param(
        "Cojín con forma de tortuga",
        "Cojín de peluche con forma de tortuga, 50 cm. 12 euros.",
        id="es-2",
    ),
    pytest.param(
        "Jarabe de nopal", "Jarabe natural de nopal y sábila, 500 ml, 90 pesos.", id="es-3"
    ),
    pytest.param(
        "Tatuaje temporal de tigre",
        "Tatuajes temporales de tigre, paquete de 10, 50 pesos.",
        id="es-4",
    ),
    pytest.param(
        "Llavero de tiburón martillo",
        "Llavero de acrílico con forma de tiburón martillo, 3 €.",
        id="es-5",
    ),
    pytest.param(
        "Camisa do Tigre (Criciúma)",
        "Camisa do Criciúma, o Tigre, temporada 2024, tamanho M. R$ 120.",
        id="pt-0",
    ),
    pytest.param(
        "Curso de Python online",
        "Curso completo de Python com certificado, acesso vitalício. R$ 97.",
        id="pt-1",
    ),
    pytest.param(
        "Almofada de onça-pintada", "Almofada estampa de onça-pintada, 45x45 cm. R$ 40.", id="pt-2"
    ),
    pytest.param(
        "Pulseira olho de tigre", "Pulseira de pedra olho de tigre natural, 8 mm. R$ 25.", id="pt-3"
    ),
    pytest.param(
        "Sabonete de babosa", "Sabonete artesanal de babosa, kit com 3. R$ 30.", id="pt-4"
    ),
    pytest.param(
        "Maglia Hellas Verona", "Maglia ufficiale dell'Hellas Verona, taglia L. 40 €.", id="it-0"
    ),
    pytest.param(
        "Corso di Python per principianti",
        "Corso online di programmazione Python, 6 settimane, 120 €.",
        id="it-1",
    ),
    pytest.param(
        "Cuscino a forma di elefante",
        "Cuscino per bambini a forma di elefante, 40 cm. 18 €.",
        id="it-2",
    ),
    pytest.param("Tappeto stampa zebra", "Tappeto stampa zebra 160x230, 70 €.", id="it-3"),
    pytest.param(
        "Pendente occhio di tigre",
        "Pendente in pietra occhio di tigre con catenina in argento, 25 €.",
        id="it-4",
    ),
    pytest.param(
        "Löwenzahn-Honig 500 g", "Löwenzahnhonig aus eigener Imkerei, 500 g Glas 7 €.", id="de-0"
    ),
    pytest.param(
        "Python Programmierkurs", "Python-Kurs für Einsteiger, 8 Abende, 180 €.", id="de-1"
    ),
    pytest.param(
        "Kissen Elefant für Kinder",
        "Kuschelkissen in Elefantenform, 45 cm, waschbar. 15 €.",
        id="de-2",
    ),
    pytest.param("Tigerauge Armband", "Armband aus Tigerauge-Perlen, 8 mm. 12 €.", id="de-3"),
    pytest.param(
        "Papageien-Tulpen Zwiebeln", "Papageientulpen, 20 Zwiebeln gemischt, 8 €.", id="de-4"
    ),
    pytest.param("Кеды Puma новые", "Кеды Puma Suede, размер 41, новые. 4500 руб.", id="ru-0"),
    pytest.param(
        "Браслет тигровый глаз",
        "Браслет из натурального камня тигровый глаз, 8 мм. 700 руб.",
        id="ru-1",
    ),
    pytest.param(
        "Подушка в форме слона", "Детская подушка-игрушка слон, 40 см. 900 руб.", id="ru-2"
    ),
    pytest.param(
        "Бальзам «Звёздочка»", "Вьетнамский бальзам «Золотая звезда», 4 г. 150 руб.", id="ru-3"
    ),
    pytest.param("Ковёр зебра", "Ковёр с принтом зебра 160х230. 5000 руб.", id="ru-4"),
    pytest.param(
        "تيشيرت أسود الأطلس", "تيشيرت المنتخب المغربي أسود الأطلس، مقاس L. 150 درهم.", id="ar-0"
    ),
    pytest.param(
        "دورة بايثون للمبتدئين",
        "دورة برمجة بايثون أونلاين، 6 أسابيع مع شهادة. 500 ريال.",
        id="ar-1",
    ),
    pytest.param("وسادة على شكل فيل", "وسادة أطفال على شكل فيل، 40 سم. 60 ريال.", id="ar-2"),
    pytest.param("سوار عين النمر", "سوار من حجر عين النمر الطبيعي. 80 ريال.", id="ar-3"),
    pytest.param("Python编程课程", "零基础Python编程网课，8周，送证书。399元。", id="zh-0"),
    pytest.param("大象抱枕", "卡通大象抱枕，40厘米，可拆洗。39元。", id="zh-1"),
    pytest.param("虎眼石手链", "天然虎眼石手链，8毫米，附证书。68元。", id="zh-2"),
    pytest.param("斑马纹地毯", "斑马纹地毯160x230，可机洗。199元。", id="zh-3"),
    pytest.param("熊猫T恤", "熊猫图案T恤，纯棉，L码。59元。", id="zh-4"),
    pytest.param("鳄鱼牌衬衫", "鳄鱼牌男士衬衫，白色，XL。120元。", id="zh-5"),
    pytest.param(
        "タイガーアイ ブレスレット", "天然石タイガーアイのブレスレット 8mm。2,000円。", id="ja-0"
    ),
    pytest.param("ゾウのクッション", "ゾウの形のクッション、40cm。1,500円。", id="ja-1"),
    pytest.param(
        "Python入門講座", "Pythonプログラミング入門オンライン講座、全8回。15,000円。", id="ja-2"
    ),
    pytest.param("パンダ柄 Tシャツ", "パンダ柄のTシャツ、Lサイズ、新品。1,500円。", id="ja-3"),
    pytest.param("타이거아이 팔찌", "천연석 타이거아이 팔찌 8mm, 2만원.", id="ko-0"),
    pytest.param("코끼리 쿠션", "코끼리 모양 쿠션 40cm, 새상품. 1만5천원.", id="ko-1"),
    pytest.param("파이썬 강의", "파이썬 기초 온라인 강의, 8주 과정. 15만원.", id="ko-2"),
    pytest.param("판다 티셔츠", "판다 프린트 티셔츠 L, 새상품. 1만원.", id="ko-3"),
    pytest.param("Vòng tay mắt hổ", "Vòng tay đá mắt hổ tự nhiên 8 ly, giá 150k.", id="vi-0"),
    pytest.param("Gối hình con voi", "Gối hình con voi cho bé, 40cm. 120k.", id="vi-1"),
    pytest.param("Khóa học Python", "Khóa học lập trình Python cơ bản, 8 buổi, 1tr5.", id="vi-2"),
    pytest.param("Áo thun hình gấu trúc", "Áo thun in hình gấu trúc, size L. 120k.", id="vi-3"),
    pytest.param("กำไลหินตาเสือ", "กำไลหินตาเสือแท้ 8 มม. 250 บาท", id="th-0"),
    pytest.param("หมอนรูปช้าง", "หมอนตุ๊กตารูปช้าง 40 ซม. 290 บาท", id="th-1"),
    pytest.param(
        "คอร์สเรียน Python", "คอร์สเรียนเขียนโปรแกรม Python ออนไลน์ 8 สัปดาห์ 2,900 บาท", id="th-2"
    ),
    pytest.param(
        "Gelang batu mata harimau", "Gelang batu mata harimau asli 8 mm, 75rb.", id="id-0"
    ),
    pytest.param("Bantal bentuk gajah", "Bantal boneka bentuk gajah 40 cm, 85rb.", id="id-1"),
    pytest.param(
        "Kursus Python online",
        "Kursus pemrograman Python untuk pemula, 8 pertemuan, 500rb.",
        id="id-2",
    ),
    pytest.param(
        "Jersey Arema Singo Edan", "Jersey Arema FC Singo Edan original, size L, 200rb.", id="id-3"
    ),
    pytest.param("Gelang batu mata harimau", "Gelang batu mata harimau 8mm, RM25.", id="ms-0"),
    pytest.param("Bantal bentuk gajah", "Bantal kanak-kanak bentuk gajah, 40cm. RM35.", id="ms-1"),
    pytest.param("Kursus Python", "Kursus pengaturcaraan Python, 6 minggu, RM300.", id="ms-2"),
    pytest.param("Bracelet na tiger eye", "Tiger eye stone bracelet, 8mm, ₱250.", id="tl-0"),
    pytest.param(
        "Unan na hugis elepante", "Unan na hugis elepante para sa bata, 40cm. ₱350.", id="tl-1"
    ),
    pytest.param(
        "Python course online",
        "Online Python course para sa beginners, 6 linggo, ₱3,000.",
        id="tl-2",
    ),
    pytest.param("Jezi ya Taifa Stars", "Jezi ya Taifa Stars, saizi M, Tsh 30,000.", id="sw-0"),
    pytest.param(
        "Mto wa umbo la tembo",
        "Mto wa watoto wenye umbo la tembo, sentimita 40, Tsh 20,000.",
        id="sw-1",
    ),
    pytest.param(
        "Kozi ya Python",
        "Kozi ya programu ya Python kwa wanaoanza, wiki 6, Tsh 150,000.",
        id="sw-2",
    ),
    pytest.param(
        "Tisheti ya Simba", "Tisheti yenye picha ya simba, saizi L, Tsh 15,000.", id="sw-3"
    ),
]

GENUINE = [
    pytest.param(
        "Real crocodile leather belt",
        (
            "Genuine Nile crocodile leather belt with CITES tag, not embossed cowhide. "
            "$280, ships with paperwork."
        ),
        ("Crocodylus niloticus",),
        id="en-0",
    ),
    pytest.param(
        "Genuine ivory netsuke, not resin",
        (
            "Antique Japanese netsuke carved from elephant ivory, not resin or bone. "
            "$1,900, DM for photos."
        ),
        ("Loxodonta africana",),
        id="en-1",
    ),
    pytest.param(
        "Tiger claw amulet real",
        (
            "Real tiger claw amulet set in silver, from Thailand. Not a replica. $450, "
            "WhatsApp +66 81 234 5678."
        ),
        ("Panthera tigris",),
        id="en-2",
    ),
    pytest.param(
        "Tortoiseshell comb, real hawksbill",
        "Victorian comb in real hawksbill tortoiseshell, not celluloid. $320, message me.",
        ("Eretmochelys imbricata",),
        id="en-3",
    ),
    pytest.param(
        "Leopard skin rug genuine",
        (
            "Genuine leopard skin rug with head, old hunting trophy. $3,500 ono, serious "
            "buyers only."
        ),
        ("Panthera pardus",),
        id="en-4",
    ),
    pytest.param(
        "Python skin handbag - real snakeskin",
        "Real python skin handbag, not printed, exotic leather. $600 shipped.",
        ("Pythonidae", "Python"),
        id="en-5",
    ),
    pytest.param(
        "Red coral necklace, natural",
        "Natural precious red coral bead necklace, Mediterranean, 45g. $900, PM.",
        ("Corallium japonicum",),
        id="en-6",
    ),
    pytest.param(
        "Rhino horn cup for sale",
        "Carved rhino horn libation cup, 12cm. Serious offers only, payment by bank transfer.",
        ("Rhinocerotidae",),
        id="en-7",
    ),
    pytest.param(
        "Baby African grey parrot",
        "Hand-fed African grey chick, 12 weeks, talking already. $1,800, delivery available.",
        ("Psittacus erithacus",),
        id="en-8",
    ),
    pytest.param(
        "Radiated tortoise hatchlings",
        "Radiated tortoise hatchlings for sale, $900 each, shipping overnight.",
        ("Astrochelys radiata",),
        id="en-9",
    ),
    pytest.param(
        "Pangolin scales 1kg",
        "Dried pangolin scales 1kg available, wholesale price, WhatsApp for details.",
        ("Manidae",),
        id="en-10",
    ),
    pytest.param(
        "Agarwood oil 3ml",
        "Pure agarwood oud oil from Cambodia, 3ml tola, $120. Ships worldwide.",
        ("Aquilaria", "Aquilaria crassna", "Aquilaria malaccensis"),
        id="en-11",
    ),
    pytest.param(
        "Ball python morphs",
        "Ball python babies, pastel and banana morphs, $150 each. Local pickup.",
        ("Python regius",),
        id="en-12",
    ),
    pytest.param(
        "Slow loris baby for sale",
        "Cute slow loris baby, tame, eats from hand. $700 DM me.",
        ("Nycticebus",),
        id="en-13",
    ),
    pytest.param(
        "Bear bile capsules",
        "Bear bile capsules, 100 per box, $85. Fast shipping.",
        ("Ursidae",),
        id="en-14",
    ),
    pytest.param(
        "Shark fin - hammerhead dried",
        "Dried hammerhead shark fins, 2kg, $450 per kg.",
        ("Sphyrnidae",),
        id="en-15",
    ),
    pytest.param(
        "Elephant tusk pair",
        "Pair of elephant tusks, 60cm, old estate. Offers over $8,000, email me.",
        ("Loxodonta africana",),
        id="en-16",
    ),
    pytest.param(
        "Macaw pair for sale",
        "Blue and gold macaw pair, proven breeders, $3,200 for both.",
        ("Ara ararauna",),
        id="en-17",
    ),
    pytest.param(
        "Tiger tooth pendant",
        "Real tiger tooth pendant with gold cap, $350, Bangkok.",
        ("Panthera tigris",),
        id="en-18",
    ),
    pytest.param(
        "Hornbill casque carving",
        "Helmeted hornbill casque carving, red ivory, 6cm. $2,000.",
        ("Rhinoplax vigil",),
        id="en-19",
    ),
    pytest.param(
        "Rehoming my African grey",
        (
            "Rehoming our 8 year old African grey with cage, $900 rehoming fee. Located "
            "in New Jersey."
        ),
        ("Psittacus erithacus",),
        id="en-20",
    ),
    pytest.param(
        "Antique ivory figurine",
        "Carved elephant ivory figurine of a sage, 1920s, 14cm. $1,100.",
        ("Loxodonta africana",),
        id="en-21",
    ),
    pytest.param(
        "Baby blue and gold macaw",
        "Hand-fed blue and gold macaw baby, weaned, comes with a free parrot cage. $1,800.",
        ("Ara ararauna",),
        id="en-22",
    ),
    pytest.param(
        "Brazilian rosewood guitar",
        (
            "1968 Martin D-28, Brazilian rosewood back and sides, CITES certificate "
            "included. $18,000."
        ),
        ("Dalbergia nigra",),
        id="en-23",
    ),
    pytest.param(
        "Leopard cub 2 months",
        "Leopard 2 months old, bottle fed, $6,000, delivery possible.",
        ("Panthera pardus",),
        id="en-24",
    ),
    pytest.param(
        "Vraie ceinture en crocodile",
        "Ceinture en cuir de crocodile véritable, pas un imprimé, avec certificat CITES. 250 €.",
        ("Crocodylia", "Crocodylus niloticus", "Crocodylus porosus", "Crocodylidae"),
        id="fr-0",
    ),
    pytest.param(
        "Statuette en ivoire ancien",
        "Statuette en ivoire d'éléphant, début XXe, certificat. 1 200 €.",
        ("Loxodonta africana",),
        id="fr-1",
    ),
    pytest.param(
        "Perroquet gris du Gabon à vendre",
        "Jeune perroquet gris du Gabon, élevé à la main, bagué. 1 500 €.",
        ("Psittacus erithacus",),
        id="fr-2",
    ),
    pytest.param(
        "Peau de léopard véritable",
        "Véritable peau de léopard ancienne, 1,5 m. 2 000 €, contact par MP.",
        ("Panthera pardus",),
        id="fr-3",
    ),
    pytest.param(
        "Bébés tortues d'Hermann",
        "Tortues d'Hermann nées 2024, 60 € pièce, à venir chercher.",
        ("Testudo hermanni",),
        id="fr-4",
    ),
    pytest.param(
        "Corne de rhinocéros",
        "Corne de rhinocéros entière, 1,2 kg. Prix sur demande.",
        ("Rhinocerotidae",),
        id="fr-5",
    ),
    pytest.param(
        "Figurine en ivoire ancienne",
        "Figurine en ivoire sculpté, Dieppe, XIXe siècle. 900 €.",
        ("Loxodonta africana",),
        id="fr-6",
    ),
    pytest.param(
        "Cinturón de piel de cocodrilo auténtica",
        "Cinturón de cocodrilo real, no grabado, con etiqueta CITES. 220 euros.",
        ("Crocodylia", "Crocodylus niloticus", "Crocodylus porosus", "Crocodylidae"),
        id="es-0",
    ),
    pytest.param(
        "Figura de marfil auténtico",
        "Figura tallada en marfil de elefante, no es resina. 900 €, envío certificado.",
        ("Loxodonta africana",),
        id="es-1",
    ),
    pytest.param(
        "Vendo guacamaya roja",
        "Guacamaya roja joven, mansa, 25.000 pesos. Entrego en Villahermosa.",
        ("Ara macao",),
        id="es-2",
    ),
    pytest.param(
        "Piel de jaguar",
        "Vendo piel de jaguar completa, 1.6 m, 40.000 pesos, whatsapp.",
        ("Panthera onca",),
        id="es-3",
    ),
    pytest.param(
        "Loro cabeza amarilla bebé",
        "Loro cabeza amarilla de 3 meses, come solo, 8.000 pesos.",
        ("Amazona oratrix",),
        id="es-4",
    ),
    pytest.param(
        "Colmillo de tigre",
        "Colmillo de tigre auténtico montado en plata, 300 dólares.",
        ("Panthera tigris",),
        id="es-5",
    ),
    pytest.param(
        "Buche de totoaba",
        "Buche de totoaba seco, 1 kg, precio a tratar. Solo mayoreo.",
        ("Totoaba macdonaldi",),
        id="es-6",
    ),
    pytest.param(
        "Loro con jaula",
        "Vendo loro cabeza amarilla con jaula para loro incluida, 9.000 pesos.",
        ("Amazona oratrix",),
        id="es-7",
    ),
    pytest.param(
        "Cinto de couro de jacaré legítimo",
        "Cinto de couro legítimo de jacaré, não é estampa, com nota e selo. R$ 900.",
        ("Crocodylia", "Crocodylus niloticus", "Crocodylus porosus", "Crocodylidae"),
        id="pt-0",
    ),
    pytest.param(
        "Filhote de papagaio verdadeiro",
        "Filhote de papagaio-verdadeiro, come sozinho, R$ 2.500, entrego em BH.",
        ("Amazona aestiva",),
        id="pt-1",
    ),
    pytest.param(
        "Arara-azul filhote",
        "Filhote de arara-azul, R$ 15.000, chama no zap.",
        ("Anodorhynchus hyacinthinus",),
        id="pt-2",
    ),
    pytest.param(
        "Marfim antigo - escultura",
        "Escultura em marfim antigo, 15 cm, não é resina. R$ 6.000.",
        ("Loxodonta africana",),
        id="pt-3",
    ),
    pytest.param(
        "Jabuti piranga filhote",
        "Filhotes de jabuti piranga, R$ 350 cada, envio para todo o Brasil.",
        ("Chelonoidis carbonarius",),
        id="pt-4",
    ),
    pytest.param(
        "Papagaio com gaiola",
        "Papagaio-verdadeiro manso com gaiola para papagaio, R$ 3.000.",
        ("Amazona aestiva",),
        id="pt-5",
    ),
    pytest.param(
        "Cintura in vero coccodrillo",
        "Cintura in pelle di coccodrillo vera, non stampa, con certificato CITES. 300 €.",
        ("Crocodylia", "Crocodylus niloticus", "Crocodylus porosus", "Crocodylidae"),
        id="it-0",
    ),
    pytest.param(
        "Avorio antico - statuetta",
        "Statuetta in avorio di elefante, inizio Novecento, certificato. 1.500 €.",
        ("Loxodonta africana",),
        id="it-1",
    ),
    pytest.param(
        "Pappagallo cenerino svezzato",
        "Cenerino svezzato a mano, anellato, 1.200 €.",
        ("Psittacus erithacus",),
        id="it-2",
    ),
    pytest.param(
        "Testuggini di Hermann",
        "Testuggini di Hermann nate 2024, 70 € l'una.",
        ("Testudo hermanni",),
        id="it-3",
    ),
    pytest.param(
        "Corallo rosso naturale collana",
        # not "del Mediterraneo": Corallium rubrum is not listed (test_twelve_languages_round)
        "Collana di corallo rosso giapponese, 40 g, 700 €.",
        ("Corallium japonicum",),
        id="it-4",
    ),
    pytest.param(
        "Cenerino con gabbia",
        "Cenerino di 2 anni con gabbia per pappagalli inclusa, 1.000 €.",
        ("Psittacus erithacus",),
        id="it-5",
    ),
    pytest.param(
        "Echter Elfenbein Anhänger",
        "Anhänger aus echtem Elfenbein, kein Kunstharz, alt. 450 €.",
        ("Loxodonta africana",),
        id="de-0",
    ),
    pytest.param(
        "Graupapagei Handaufzucht",
        "Graupapagei Handaufzucht, 4 Monate, beringt, 1.400 €.",
        ("Psittacus erithacus",),
        id="de-1",
    ),
    pytest.param(
        "Krokodilleder Gürtel echt",
        "Gürtel aus echtem Krokodilleder, keine Prägung, mit CITES. 250 €.",
        ("Crocodylia", "Crocodylus niloticus", "Crocodylus porosus", "Crocodylidae"),
        id="de-2",
    ),
    pytest.param(
        "Griechische Landschildkröten",
        "Griechische Landschildkröten, Nachzucht 2024, 80 € pro Tier.",
        ("Testudo hermanni",),
        id="de-3",
    ),
    pytest.param(
        "Nashorn Horn antik",
        "Altes Nashorn Horn, 800 g, Nachlass. Preis auf Anfrage.",
        ("Rhinocerotidae",),
        id="de-4",
    ),
    pytest.param(
        "Graupapagei mit Käfig",
        "Graupapagei, 5 Jahre, mit großem Papageienkäfig, 1.100 €.",
        ("Psittacus erithacus",),
        id="de-5",
    ),
    pytest.param(
        "Изделие из слоновой кости",
        "Нэцкэ из настоящей слоновой кости, не смола. 80 000 руб.",
        ("Loxodonta africana",),
        id="ru-0",
    ),
    pytest.param(
        "Ремень из кожи крокодила натуральной",
        "Ремень из натуральной кожи крокодила, не тиснение, с документами CITES. 25 000 руб.",
        ("Crocodylia", "Crocodylus niloticus", "Crocodylus porosus", "Crocodylidae"),
        id="ru-1",
    ),
    pytest.param(
        "Жако птенец",
        "Продам птенца жако, выкормыш, 3 месяца. 150 000 руб.",
        ("Psittacus erithacus",),
        id="ru-2",
    ),
    pytest.param(
        "Шкура тигра",
        "Продам шкуру тигра с головой, старая. Цена договорная.",
        ("Panthera tigris",),
        id="ru-3",
    ),
    pytest.param(
        "Медвежья желчь",
        "Медвежья желчь сушёная, 10 г, 5000 руб, доставка по России.",
        ("Ursidae",),
        id="ru-4",
    ),
    pytest.param(
        "Рог носорога",
        "Продаю рог носорога, 1 кг, цена по запросу.",
        ("Rhinocerotidae",),
        id="ru-5",
    ),
    pytest.param(
        "Жако с клеткой",
        "Продам жако, 2 года, в комплекте клетка для попугая. 120 000 руб.",
        ("Psittacus erithacus",),
        id="ru-6",
    ),
    pytest.param(
        "ناب فيل حقيقي",
        "ناب فيل عاجي حقيقي طول 50 سم، ليس ريزن. السعر 20 ألف ريال، واتساب.",
        ("Loxodonta africana",),
        id="ar-0",
    ),
    pytest.param(
        "ببغاء كاسكو للبيع",
        "ببغاء كاسكو عمره 4 شهور، يتكلم، 3500 ريال.",
        ("Psittacus erithacus",),
        id="ar-1",
    ),
    pytest.param(
        "جلد نمر حقيقي",
        "جلد نمر طبيعي قديم للبيع، السعر 15 ألف درهم.",
        ("Panthera tigris", "Panthera pardus"),
        id="ar-2",
    ),
    pytest.param(
        "قرن وحيد القرن",
        "قرن وحيد القرن للبيع، وزن 800 غرام، التواصل خاص.",
        ("Rhinocerotidae",),
        id="ar-3",
    ),
    pytest.param(
        "عود كمبودي طبيعي",
        "دهن عود كمبودي طبيعي، تولة 3 مل، 900 ريال.",
        ("Aquilaria", "Aquilaria crassna", "Aquilaria malaccensis"),
        id="ar-4",
    ),
    pytest.param(
        "ببغاء كاسكو مع قفص",
        "ببغاء كاسكو عمره سنة مع القفص، 3000 ريال.",
        ("Psittacus erithacus",),
        id="ar-5",
    ),
    pytest.param(
        "真象牙手镯 非树脂",
        "老象牙手镯，不是树脂，内径56，价格8000元，微信联系。",
        ("Loxodonta africana",),
        id="zh-0",
    ),
    pytest.param(
        "犀牛角杯 出售", "出犀牛角杯一个，高10厘米，诚心要的私聊。", ("Rhinocerotidae",), id="zh-1"
    ),
    pytest.param(
        "正品玳瑁眼镜框",
        "天然玳瑁眼镜框，不是板材，热针测试，价格3500元。",
        ("Eretmochelys imbricata",),
        id="zh-2",
    ),
    pytest.param(
        "老虎牙吊坠 真品",
        "真老虎牙吊坠，包金，2000元，可视频验货。",
        ("Panthera tigris",),
        id="zh-3",
    ),
    pytest.param("穿山甲片 500克", "穿山甲片500克，价格面议，加微信。", ("Manidae",), id="zh-4"),
    pytest.param(
        "沉香手串 芽庄",
        "芽庄沉香手串，沉水级，价格5800元。",
        ("Aquilaria", "Aquilaria crassna", "Aquilaria malaccensis"),
        id="zh-5",
    ),
    pytest.param(
        "非洲灰鹦鹉 幼鸟",
        "非洲灰鹦鹉幼鸟，手养，会说话，12000元。",
        ("Psittacus erithacus",),
        id="zh-6",
    ),
    pytest.param(
        "非洲灰鹦鹉 送鹦鹉笼",
        "非洲灰鹦鹉一只，送大鹦鹉笼，价格9000元。",
        ("Psittacus erithacus",),
        id="zh-7",
    ),
    pytest.param(
        "本物の象牙 根付",
        "象牙の根付、樹脂ではなく本物です。登録票あり。50,000円。",
        ("Loxodonta africana",),
        id="ja-0",
    ),
    pytest.param(
        "本べっ甲 かんざし",
        "本べっ甲のかんざし、プラスチックではありません。30,000円。",
        ("Eretmochelys imbricata",),
        id="ja-1",
    ),
    pytest.param(
        "ヨウム 雛 販売", "ヨウムの雛、挿し餌中、350,000円。", ("Psittacus erithacus",), id="ja-2"
    ),
    pytest.param(
        "ホシガメ ベビー",
        "インドホシガメのベビー、CB個体、45,000円。",
        ("Geochelone elegans",),
        id="ja-3",
    ),
    pytest.param(
        "ボールパイソン 販売",
        "ボールパイソン パステル、ベビー 15,000円。",
        ("Python regius",),
        id="ja-4",
    ),
    pytest.param(
        "진짜 상아 도장",
        "진짜 상아 도장, 레진 아님. 50만원, 연락주세요.",
        ("Loxodonta africana",),
        id="ko-0",
    ),
    pytest.param(
        "앵무새 분양 - 회색앵무",
        "회색앵무 아기 분양합니다. 300만원.",
        ("Psittacus erithacus",),
        id="ko-1",
    ),
    pytest.param(
        "악어가죽 벨트 정품",
        "진짜 악어가죽 벨트, 사이테스 서류 있음. 80만원.",
        ("Crocodylia", "Crocodylus niloticus", "Crocodylus porosus", "Crocodylidae"),
        id="ko-2",
    ),
    pytest.param(
        "별거북 분양", "인도별거북 베이비 분양, 60만원.", ("Geochelone elegans",), id="ko-3"
    ),
    pytest.param(
        "회색앵무 새장 포함",
        "회색앵무 분양, 앵무새 새장 포함. 250만원.",
        ("Psittacus erithacus",),
        id="ko-4",
    ),
    pytest.param(
        "Vòng tay ngà voi thật",
        "Vòng ngà voi thật, không phải nhựa, giá 5tr, liên hệ Zalo.",
        ("Loxodonta africana",),
        id="vi-0",
    ),
    pytest.param(
        "Sừng tê giác",
        "Bán sừng tê giác nguyên chiếc, 1kg, giá liên hệ.",
        ("Rhinocerotidae",),
        id="vi-1",
    ),
    pytest.param(
        "Vảy tê tê", "Vảy tê tê khô 1kg, giá tốt, ship toàn quốc.", ("Manidae",), id="vi-2"
    ),
    pytest.param(
        "Nanh hổ thật bọc vàng",
        "Nanh hổ thật bọc vàng 18k, giá 15tr.",
        ("Panthera tigris",),
        id="vi-3",
    ),
    pytest.param(
        "Vẹt xám châu Phi",
        "Bán vẹt xám châu Phi non, đút bột, 25tr.",
        ("Psittacus erithacus",),
        id="vi-4",
    ),
    pytest.param(
        "Vòng ngà voi bọc bạc",
        "Vòng tay ngà voi thật bọc bạc, giá 8tr, ship COD.",
        ("Loxodonta africana",),
        id="vi-5",
    ),
    pytest.param(
        "งาช้างแท้ แกะสลัก",
        "งาช้างแท้ แกะสลักรูปพระ ไม่ใช่เรซิ่น ราคา 25,000 บาท",
        ("Loxodonta africana",),
        id="th-0",
    ),
    pytest.param(
        "เขี้ยวเสือแท้", "เขี้ยวเสือแท้ เลี่ยมทอง ราคา 12,000 บาท สนใจทักไลน์", ("Panthera tigris",), id="th-1"
    ),
    pytest.param(
        "นกแก้วมาคอว์",
        "ขายลูกนกแก้วมาคอว์ ป้อนมือ 45,000 บาท",
        ("Psittaciformes", "Ara", "Ara macao", "Ara ararauna"),
        id="th-2",
    ),
    pytest.param(
        "ลูกนกแอฟริกันเกรย์",
        "ขายลูกนกแอฟริกันเกรย์ ป้อนมือ พร้อมกรง 35,000 บาท",
        ("Psittacus erithacus",),
        id="th-3",
    ),
    pytest.param(
        "Gading gajah asli",
        "Gading gajah asli, bukan resin, panjang 40 cm. Harga nego, WA 0812-3456-7890.",
        ("Loxodonta africana",),
        id="id-0",
    ),
    pytest.param(
        "Sisik trenggiling",
        "Jual sisik trenggiling kering 1 kg, harga nego.",
        ("Manidae",),
        id="id-1",
    ),
    pytest.param(
        "Kulit harimau asli",
        "Kulit harimau Sumatera asli, bukan motif, harga serius.",
        ("Panthera tigris",),
        id="id-2",
    ),
    pytest.param(
        "Burung kakatua jambul kuning",
        "Jual kakatua jambul kuning, jinak, 8 juta.",
        ("Cacatua sulphurea",),
        id="id-3",
    ),
    pytest.param(
        "Gaharu super",
        "Gaharu super kualitas ekspor, Rp 20 juta per kg.",
        ("Aquilaria", "Aquilaria crassna", "Aquilaria malaccensis"),
        id="id-4",
    ),
    pytest.param(
        "Kakatua jambul kuning + kandang",
        "Jual kakatua jambul kuning jinak, bonus kandang, 9 juta.",
        ("Cacatua sulphurea",),
        id="id-5",
    ),
    pytest.param(
        "Gading gajah tulen",
        "Gading gajah tulen, bukan plastik, RM5,000. WhatsApp.",
        ("Loxodonta africana",),
        id="ms-0",
    ),
    pytest.param(
        "Burung kakak tua kelabu Afrika",
        "Jual kakak tua kelabu Afrika, jinak, RM6,000.",
        ("Psittacus erithacus",),
        id="ms-1",
    ),
    pytest.param(
        "Sisik tenggiling", "Sisik tenggiling kering 500g, harga runding.", ("Manidae",), id="ms-2"
    ),
    pytest.param(
        "Tunay na garing",
        "Tunay na garing ng elepante, inukit, hindi plastik. ₱80,000.",
        ("Loxodonta africana",),
        id="tl-0",
    ),
    pytest.param(
        "Pawikan shell",
        "Bentahan ng kabibe ng pawikan (hawksbill), ₱5,000.",
        ("Eretmochelys imbricata",),
        id="tl-1",
    ),
    pytest.param(
        "African grey for sale",
        "African grey baby, hand-fed, ₱65,000, meet up sa Manila.",
        ("Psittacus erithacus",),
        id="tl-2",
    ),
    pytest.param(
        "Pembe za ndovu",
        "Nauza pembe za ndovu mbili, kilo 10, bei ya maelewano. Piga 0712 000 000.",
        ("Loxodonta africana",),
        id="sw-0",
    ),
    pytest.param(
        "Ngozi ya chui halisi",
        "Ngozi ya chui halisi inauzwa, bei Tsh 2,000,000.",
        ("Panthera pardus",),
        id="sw-1",
    ),
    pytest.param(
        "Kasuku wa kijivu",
        "Nauza kasuku wa kijivu mdogo, Tsh 800,000.",
        ("Psittacus erithacus",),
        id="sw-2",
    ),
    pytest.param(
        "Magamba ya kakakuona",
        "Magamba ya kakakuona kilo 5, bei nzuri, WhatsApp.",
        ("Manidae",),
        id="sw-3",
    ),
    pytest.param(
        "Pembe za ndovu na kinyago",
        "Nauza kinyago cha pembe za ndovu, sentimita 20, bei Tsh 1,500,000.",
        ("Loxodonta africana",),
        id="sw-4",
    ),
]


@pytest.mark.parametrize(("title", "text"), FIRST_SET + SECOND_SET)
def test_hard_negatives_name_no_taxon(engine: Engine, title: str, text: str) -> None:
    analysis = engine.analyse(ListingText("neg", title, text))
    assert analysis.taxa == (), [(t.name, t.matched) for t in analysis.taxa]
    assert not analysis.wildlife_trade


@pytest.mark.parametrize(("title", "text", "accepted"), GENUINE)
def test_look_alike_genuine_offers_keep_their_taxon(
    engine: Engine, title: str, text: str, accepted: tuple[str, ...]
) -> None:
    analysis = engine.analyse(ListingText("offer", title, text))
    names = {t.name for t in analysis.taxa}
    assert names & set(accepted), names
    assert analysis.wildlife_trade


def test_a_french_denial_with_en_keeps_the_offer(engine: Engine) -> None:
    analysis = engine.analyse(
        ListingText(
            "offer",
            "Écaille de tortue véritable - peigne",
            "Peigne en véritable écaille de tortue, pas en plastique. 180 €.",
        )
    )
    assert {t.name for t in analysis.taxa} == {"Eretmochelys imbricata"}
    assert analysis.wildlife_trade
