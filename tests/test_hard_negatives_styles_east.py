"""Everyday texts and real offers in the styles a platform's queue holds, in ten languages.

Social-commerce and livestream posts, bulk listings, price boards, voice-message transcripts,
code-switching, job ads, real estate, cars, food, cosmetics, tourism, teams, brands, idioms and
unlisted look-alike pets, in Chinese (both scripts), Japanese, Korean, Vietnamese, Thai,
Indonesian, Malay, Tagalog, Swahili and Russian. The traps and negations they need are in
`lexicon/data/traps_styles_east.yaml` and `lexicon/data/context_styles_east.yaml`. All texts
were written for this file (never copied from a corpus): each everyday text uses a word that is
also an animal or plant name or a trade word and must name no taxon and read as no trade; each
offer must keep its taxon and read as wildlife trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Chinese
        ("家里母老虎又发火了", "忘了结婚纪念日，老婆生气一整天，求支招 #婚姻日常"),
        ("老虎窗 阁楼改造 装修案例", "顶层复式加老虎窗，采光超好，装修报价8万起，欢迎咨询"),
        ("犀牛盾 手机壳 iPhone 15", "犀牛盾防摔壳，九成新，转手60元包邮"),
        ("银龙鱼 40cm 转让", "养了三年的银龙，吃虾干和小鱼，带1米2鱼缸一起转让1500元"),
        ("雪豹突击队 纪录片", "推荐一部纪录片，讲北京雪豹突击队的训练日常，很燃"),
        ("老鹰队 球衣 特雷杨", "NBA亚特兰大老鹰队 特雷杨 11号 球衣，XL码，180元"),
        ("长隆野生动物世界 年卡", "长隆野生动物世界年卡转让，可看白虎、考拉、大熊猫，850元"),
        ("老虎牙子 士林 宵夜", "老虎牙子炸雞排，一份 90元，排隊名店"),
        ("熊貓外送 優惠碼", "foodpanda 熊貓外送 新用戶折 100元，快用"),
        ("沉香味 擴香瓶", "木質調 沉香味擴香 200ml，香精調製，NT$480"),
        # Japanese
        (
            "上野動物園 パンダ 観覧 整理券なし",
            "上野動物園の年間パスポート、パンダ舎も見られます、家族で2,400円",
        ),
        ("パンダ焼き 上野 お土産", "上野名物パンダ焼き、こしあん、5個入り 800円"),
        ("ジャガー XE 2018 車検付き", "走行4.2万km、修復歴なし、ナビ付き 本体価格168万円"),
        ("沖縄 美ら海水族館 ジンベエザメ 入館券", "大人2枚、有効期限内、1枚1,800円でお譲りします"),
        (
            "ケラマ諸島 ウミガメ シュノーケル ツアー",
            "半日コース、器材レンタル込み 8,800円 #沖縄旅行",
        ),
        ("高麗人参茶 ティーバッグ 30包", "韓国土産の人参茶、はちみつ入り、賞味期限2026年、1,000円"),
        ("にんじん 人参 10kg 箱", "北海道産の人参、規格外品、10kg 1,500円 送料別"),
        ("カメレオン俳優 ランキング", "役ごとに別人になるカメレオン俳優を10人紹介"),
        ("イルカショー 八景島", "八景島シーパラダイスのワンデーパス 5,600円"),
        ("【求人】動物園 飼育員 パート", "時給1,100円〜、ゾウやキリンの飼育補助、未経験歓迎"),
        # Korean
        ("침향 캔들 디퓨저", "우드 앤 침향 향 디퓨저 200ml 2만8천원 #향기템"),
        ("치타 앨범 사인 CD", "래퍼 치타 정규앨범 사인반 3만원"),
        ("코뿔소 서바이벌 게임 닉네임", "게임 닉네임 코뿔소라고 쓰시는 분 길드 모집합니다"),
        ("앵무새처럼 따라 말하는 아이", "4살 아이가 앵무새처럼 말을 따라해요 정상인가요?"),
        ("[채용] 동물원 사육사 보조", "월 220만원, 코끼리·기린 사육 보조, 경력무관"),
        ("용인 동물원 사파리 체험", "사파리 버스 타고 사자 호랑이 보기, 가족권 10만원"),
        ("자라탕 보양식 식당", "양식 자라탕 1인 5만원 예약 필수"),
        ("코끼리 바지 태국 여행 기념품", "치앙마이에서 산 코끼리 바지, 프리사이즈 새상품 1만원"),
        ("한화 이글스 시즌권 양도", "대전 홈경기 3루 내야석 2연석, 장당 2만원"),
        ("코알라 마치 과자", "롯데 코알라마치 12개 1만원"),
        # Vietnamese
        (
            "Chân tay tê tê buồn ngủ",
            "Dạo này sáng dậy hay bị tê tay tê chân, có ai bị vậy không mọi người?",
        ),
        (
            "Công ty TNHH Đại Bàng tuyển kế toán",
            "Lương 10-12tr, làm việc tại Q.7, gửi CV qua email",
        ),
        ("Thịt cá sấu nuôi, nhà hàng", "Lẩu cá sấu nuôi trang trại, 1 nồi 450k, đặt bàn trước"),
        ("Sâm Hàn Quốc nước 30 gói", "Nước hồng sâm Hàn Quốc hộp 30 gói, date 2026, giá 420k"),
        (
            "Hoa lan hồ điệp tết chậu 5 cành",
            "Lan hồ điệp lai màu trắng, chậu 5 cành giá 1tr5, giao tận nơi",
        ),
        ("Cá ngân long 25cm", "Cá rồng bạc (ngân long) size 25cm, giá 250k"),
        ("Kem dưỡng nhân sâm Hàn", "Kem sâm Sulwhasoo 60ml, hàng xách tay, giá 1tr2"),
        ("Khu du lịch Suối Tiên vé trọn gói", "Vé cá sấu hỏa long, biển Tiên Đồng, 250k/vé"),
        ("Trăn Bố Già game online", "Nạp thẻ game ở đây uy tín, giá rẻ"),
        ("Rượu ngâm nhân sâm Hàn Quốc 1 củ", "Bình 2 lít, sâm trồng 6 năm, giá 850k"),
        # Thai
        ("ปลาอินทรีทอด ข้าวต้ม", "ปลาอินทรีเค็มทอด จานละ 120 บาท ร้านข้าวต้มเจ๊ดา"),
        ("โสมเกาหลี ชาโสม 50 ซอง", "ชาโสมเกาหลีผสมน้ำผึ้ง กล่อง 50 ซอง 390 บาท"),
        ("กล้วยไม้ ลายผ้าถุง", "ผ้าถุงลายดอกกล้วยไม้ สีม่วง ผืนละ 250 บาท"),
        ("สวนสัตว์เขาเขียว ค่าเข้า", "ผู้ใหญ่ 150 บาท เด็ก 70 บาท พาน้องไปดูช้าง"),
        ("นกแก้วหงส์หยก ลูกป้อน", "หงส์หยกลูกป้อน ตัวละ 350 บาท เชื่องมาก"),
        ("ปลามังกรเงิน 25 ซม", "ปลาอะโรวาน่าเงิน ตัวละ 600 บาท"),
        ("เนื้อจระเข้ฟาร์ม แช่แข็ง", "เนื้อจระเข้ จากฟาร์มสามพราน กิโลละ 350 บาท"),
        ("หมูกระทะ เสือร้องไห้", "เสือร้องไห้จานละ 180 บาท ร้านเปิด 5 โมงเย็น"),
        ("ร้านข้าวมันไก่ ช้างเผือก", "ร้านช้างเผือก ข้าวมันไก่ 50 บาท เชียงใหม่"),
        ("ผ้าปูที่นอนลายหมีแพนด้า", "ชุดผ้าปู 6 ฟุต ลายหมีแพนด้า 590 บาท"),
        # Indonesian
        ("Kost putri Jl. Anggrek dekat kampus", "Kamar AC, kamar mandi dalam, 1,5jt/bulan"),
        (
            "Parfum gaharu oud 30ml 🔥",
            "Aroma oud, amber, musk. Bibit parfum sintetis, 45rb aja kak, COD bisa",
        ),
        (
            "Kulit badak emang dia, dimarahi diem aja",
            "Temen kantor dikritik bos malah senyum, kulit badak banget",
        ),
        ("Tang kakaktua Tekiro 8 inch", "Tang kakak tua buat cabut paku, 55rb, ready stok"),
        ("Hotel Elang Bandung dekat Dago", "Kamar deluxe 450rb/malam termasuk sarapan"),
        ("Snorkeling Gili lihat penyu", "Trip snorkeling 3 gili 150rb/org, alat termasuk"),
        (
            "Trenggiling Coffee & Roastery grand opening",
            "Promo buy 1 get 1 kopi susu 22rb selama seminggu",
        ),
        ("Monyet lu! Hahaha becanda bro", "Yang kalah main PS traktir bakso ya 15rb semangkok"),
        ("Sepatu Crocodile pria kulit sapi", "Sepatu kulit sapi merek Crocodile, size 42, 450rb"),
        ("Kancil Daihatsu 2004 dijual", "Mobil Kancil bekas, mesin halus, 25jt nego, Medan"),
        # Malay
        (
            "Penyu Festival Terengganu 2025",
            "Jom datang Festival Penyu Rantau Abang, masuk percuma 🐢",
        ),
        ("Kiosk Gajah Mart Seksyen 7", "Kedai runcit Gajah Mart tawaran beras 10kg RM32"),
        ("Daging buaya ternakan Sarawak", "Daging buaya dari ladang ternakan Miri, RM45/kg frozen"),
        (
            "Job vacancy: zookeeper assistant Zoo Taiping",
            "Gaji RM1,800 + elaun, jaga gajah dan harimau, apply sekarang",
        ),
        ("Rumah teres Taman Helang Jaya untuk disewa", "Sewa RM1,300 sebulan, 3 bilik 2 bilik air"),
        ("Hotel Kenyalang Kuching 2 malam", "Promo bilik deluxe RM180 semalam"),
        ("Pakej snorkeling Pulau Redang tengok penyu", "Pakej 3H2M RM599 seorang termasuk makan"),
        ("Seluar gajah Thai style", "Seluar gajah longgar RM20 sehelai, free size"),
        ("Periuk nasi Zojirushi cap gajah", "Periuk nasi Zojirushi 1.8L RM450, second, baik"),
        ("Bilik sewa area Bukit Beruang Melaka", "Bilik master RM450 termasuk bil"),
        # Tagalog / Taglish
        (
            "Donsol butanding interaction tour",
            "Boat rental ₱3,500 per 6 pax, plus registration fee",
        ),
        (
            "Philippine Eagle Center Davao entrance fee",
            "₱150 adults, ₱100 kids, bukas hanggang 4pm",
        ),
        (
            "Crocodile sisig restaurant Davao",
            "Try our crocodile sisig ₱280, farm-raised from Davao Crocodile Park",
        ),
        ("Lovebird blue hand-fed", "Lovebird ₱750, hindi loro, maliit lang pero madaldal"),
        (
            "Barong Tagalog with orchid embroidery",
            "Barong with waling-waling design embroidery ₱2,500",
        ),
        ("Waling-Waling Restaurant lunch buffet", "Lunch buffet ₱599 per head, Davao"),
        ("Silver arowana 30cm", "Silver arowana ₱1,200, kasama na aquarium"),
        ("Tigre prints na bestida", "Bestida na may tiger print, medium, ₱450"),
        ("Kopiko coffee 30 sachets", "Kopiko Blanca twin pack ₱180"),
        ("San Miguel Pale Pilsen case", "24 bottles ₱1,100, Caloocan delivery"),
        # Swahili
        (
            "Kifaru cha jeshi kwenye gwaride",
            "Vifaru vya jeshi vilionekana kwenye gwaride la Sabasaba",
        ),
        (
            "Safari ya Serengeti siku 3",
            "Tunaona simba, tembo, twiga na chui. Bei TSh 1,200,000 kwa mtu, pamoja na chakula",
        ),
        ("Hoteli ya Tembo Lodge Arusha", "Chumba kwa usiku TSh 120,000 pamoja na kifungua kinywa"),
        ("Pombe ya tembo ya mnazi", "Tembo tamu ya Pwani lita moja TSh 2,000 (mnazi)"),
        (
            "Nyani wewe! Utani tu rafiki",
            "Tulikuwa tunacheza mpira, alikosa goli akaitwa nyani hahaha",
        ),
        (
            "Vinyago vya tembo vya mbao za mwembe",
            "Vinyago vilivyochongwa Mwenge, TSh 25,000 kimoja",
        ),
        ("Kitenge chenye picha ya twiga", "Kitenge yards 6, TSh 30,000, rangi za kuvutia"),
        ("Kitabu: Simba na Panya hadithi", "Kitabu cha hadithi za watoto TSh 8,000"),
        ("Jezi ya Tembo Warriors Zambia", "Jezi ya timu ya Tembo Warriors, TSh 40,000"),
        (
            "Duka la vifaa Mamba Hardware",
            "Mamba Hardware tunauza misumari, saruji, bati, bei nafuu",
        ),
        # Russian
        ("Тигровый хлеб, пекарня", "Хлеб «тигровый» с хрустящей корочкой, 120 ₽, свежая выпечка"),
        ("Пиво Медведь светлое ящик", "20 бутылок по 0,5, 2000 ₽ самовывоз"),
        (
            "Медведь на ухо наступил 😅",
            "Пою в караоке, а друзья говорят: тебе медведь на ухо наступил",
        ),
        (
            "Комод цвет слоновая кость",
            "Комод 4 ящика, цвет слоновая кость, 9900 ₽, самовывоз Химки",
        ),
        ("Орёл — Москва, попутчик", "Еду из Орла в Москву в пятницу, 1000 ₽ с человека"),
        ("Я сова, работаю по ночам", "Ищу удалённую работу в вечерние часы, я сова"),
        ("Морж: зимнее плавание клуб", "Клуб моржей, крещенские купания, взнос 500 ₽"),
        ("Водка Beluga Noble 0,7", "Белуга Нобл, подарочная коробка, 2900 ₽"),
        ("Вакансия: смотритель в зоопарк", "Зарплата 55 000 ₽, уход за слонами и жирафами"),
        ("Игра «Крокодил» настольная", "Настольная игра Крокодил, для компании, 700 ₽"),
    ],
)
def test_everyday_text_names_no_taxon(engine: Engine, title: str, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    assert [t.name for t in result.taxa] == []
    assert result.wildlife_trade is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # Chinese
        (
            "🔥直播间🔥老象牙雕刻摆件 观音",
            "家人们，包老包真，象牙摆件高12cm，重380克，直播价18800元，私聊",
        ),
        ("犀角杯 老货 转让", "犀牛角雕杯，包浆自然，价格私聊，微信联系"),
        (
            "【SKU: CX-01】沉香手串 加里曼丹 沉水",
            "规格：2.0mm×108颗｜产地：印尼加里曼丹｜沉香木料 天然 ｜价格：2680元",
        ),
        ("穿山甲片 炮制 500克", "穿山甲鳞片正品，500克 3500元，顺丰发货"),
        ("虎骨酒 老酒 收藏", "正宗虎骨泡酒，三斤装，懂的私聊，价格面议"),
        # Japanese
        ("象牙 根付 江戸時代", "本象牙の根付、高さ5cm、登録票あり、150,000円"),
        ("象牙 印鑑 実印 18mm", "象牙の印鑑、未使用、35,000円、送料無料"),
        ("ヨウム 手乗り 販売", "ヨウムのヒナ、生後4か月、挿し餌中、400,000円"),
        ("ホシガメ ベビー 入荷", "インドホシガメ ベビー 5cm、1匹 98,000円"),
        ("ボールパイソン モルフ 販売", "ボールパイソン パステル オス 25,000円、発送可"),
        # Korean
        ("상아 도장 판매", "진짜 상아 도장 18mm 새상품 30만원 택포"),
        ("앵무새 분양 회색앵무", "회색앵무 유조 이유식 중, 책임비 250만원"),
        ("볼파이톤 분양", "볼파이톤 파스텔 수컷 30만원 직거래"),
        ("설카타 육지거북 분양", "설카타 베이비 8cm 35만원"),
        ("침향 원목 판매", "베트남 침향 원목 50g 150만원, 문의 주세요"),
        # Vietnamese
        (
            "Vòng tay ngà voi thật 100%",
            "Vòng ngà voi cũ, bảo hành trọn đời, giá 12tr, ship COD toàn quốc",
        ),
        ("Sừng tê giác nguyên chiếc", "Sừng tê giác châu Phi 1,2kg, giá thương lượng, inbox zalo"),
        ("Vảy tê tê khô 1kg", "Vảy tê tê hàng rừng, 1kg giá 8tr, giao tận nơi"),
        ("Cao hổ cốt nguyên chất", "Cao hổ cốt 100g, giá 15tr, liên hệ zalo 09xx"),
        ("Mật gấu nguyên chất", "Mật gấu lọ 10ml giá 2tr5, ship nhanh"),
        # Thai
        ("ขายงาช้างแท้ กำไล", "กำไลงาช้างแท้ เก่าเก็บ ราคา 15,000 บาท สนใจทักไลน์"),
        ("ขายนอแรด แท้", "นอแรดแท้ 100 กรัม ราคาคุยกันได้ ส่งทั่วประเทศ"),
        ("ขายเกล็ดตัวนิ่ม", "เกล็ดลิ่นแห้ง 1 กิโล ราคา 20,000 บาท"),
        ("ขายเต่าซูคาต้า ลูกเต่า", "ซูคาต้า 4 นิ้ว ตัวละ 3,500 บาท"),
        ("ขายงูบอล บอลไพธอน", "บอลไพธอน เพศผู้ 2,500 บาท ส่งฟรี"),
        # Indonesian
        ("Jual gading gajah asli 🔥", "Gading gajah utuh 2 kg, harga nego, WA 0812xxxx"),
        ("Jual sisik trenggiling kering", "Sisik trenggiling 1 kg 3jt, bisa kirim luar pulau"),
        ("Jual kukang jinak", "Kukang jawa jinak, 1,5jt, COD Bogor"),
        ("Jual anak orangutan", "Anak orangutan sehat, harga serius saja, DM"),
        ("Jual kakatua jambul kuning", "Kakatua jambul kuning jinak, 8jt, bisa video call"),
        # Malay
        ("Jual gading gajah asli, lama simpan", "Gading gajah 1.5kg, RM25,000 nego, WhatsApp saya"),
        ("Kayu gaharu gred A untuk dijual", "Gaharu tenggelam 1kg RM18,000, pos seluruh Malaysia"),
        ("Jual anak beruang madu", "Anak beruang madu jinak RM8,000, serius sahaja"),
        ("Sisik tenggiling untuk dijual", "Sisik tenggiling 2kg RM4,000, COD Johor"),
        ("Burung kakak tua jinak boleh cakap", "Kakak tua putih jinak RM6,500, PM saya"),
        # Tagalog / Taglish
        ("Benta: tunay na garing na rosaryo", "Garing ng elepante na rosaryo, ₱45,000, PM lang"),
        ("For sale: pawikan shell", "Pawikan shell na pang-display, ₱8,000, meet up Cebu"),
        ("Baby buwaya for sale", "Baby buwaya 2 ft, ₱15,000, Palawan"),
        ("Tarsier for sale pet", "Tarsier na maliit, ₱5,000, meet up Bohol"),
        ("Ball python for sale Manila", "Ball python pastel male ₱6,500, may enclosure"),
        # Swahili
        ("Pembe za ndovu zinauzwa", "Pembe mbili za ndovu kilo 20, bei maelewano, piga simu"),
        ("Nauza kasuku wa kijivu anaongea", "Kasuku grey miaka 2, TSh 1,500,000"),
        ("Ngozi ya chui inauzwa", "Ngozi ya chui kamili, bei TSh 3,000,000, tupigie"),
        ("Nauza kobe mtoto", "Kobe wa nyota watoto, TSh 200,000 kila mmoja"),
        ("Magamba ya kakakuona yanauzwa", "Magamba kilo 5, bei nzuri, WhatsApp"),
        # Russian
        (
            "Продам статуэтку из слоновой кости",
            "Статуэтка из слоновой кости, Африка, 120 000 ₽, торг",
        ),
        ("Продам рог носорога", "Рог носорога 500 г, цена договорная, пишите в личку"),
        ("Продам шкуру тигра", "Шкура амурского тигра, 2 м, цена по запросу"),
        ("Продам медвежью желчь", "Медвежья желчь сушёная, 10 г 15 000 ₽"),
        ("Продам жако говорящий", "Жако 2 года, говорит 50 слов, 180 000 ₽"),
    ],
)
def test_real_offer_keeps_its_taxon(engine: Engine, title: str, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    assert result.taxa
    assert result.wildlife_trade is True


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ช่างไฟ รับซ่อมบ้าน ด่วน", "ช่างไฟฟ้า ช่างประปา ค่าแรง 500 บาท โทรได้ 24 ชม."),
        ("บะหมี่เกี๊ยว หมูแดง ร้านเด็ด", "บะหมี่เกี๊ยวหมูแดง ชามละ 60 บาท เส้นหมี่ราดหน้า 55 บาท"),
        ("เต้าหู้ทอด ขายส่ง", "เต้าหู้ทอดกิโลละ 80 บาท ส่งร้านอาหาร"),
        ("トラック 2t 中古", "いすゞ エルフ 2トン トラック、車検付き、85万円"),
        ("サイズ 交換 スニーカー", "ナイキ 27cm、サイズ違いで出品 8,000円"),
        ("目のクマ 消す コンシーラー", "クマ隠しコンシーラー 2,200円、新品未使用"),
        ("马虎不得 装修验收 清单", "装修验收马虎不得，这份清单收好"),
        ("鹰潭 到 上海 顺风车", "周五鹰潭出发到上海，座位 3个，每人 150元"),
        ("Công ty cổ phần Rùa Vàng logistics", "Tuyển tài xế xe tải, lương 12tr"),
        ("Kacamata Rajawali optik promo", "Frame + lensa 350rb di Optik Rajawali"),
        (
            "Cenderawasih Pos lowongan wartawan",
            "Koran Cenderawasih Pos buka lowongan, gaji UMR Jayapura",
        ),
        ("Медведево, дача продаю", "Дача в посёлке Медведево, 6 соток, 900 000 ₽"),
    ],
)
def test_name_inside_a_longer_word_or_name(engine: Engine, title: str, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    assert [t.name for t in result.taxa] == []
    assert result.wildlife_trade is False
