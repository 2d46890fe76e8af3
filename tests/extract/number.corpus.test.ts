// The number extractor's corpus (Duckling's corpus rule): each positive row is one Arabic text that
// must yield exactly one number mention covering the whole text, with the value, unit and
// qualifier given; each negative row must yield no number at all. Then a few sentences with
// several numbers, the options, and properties over arbitrary input.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractNumbers, parseNumber } from "../../src/extract/number/index.js";
import { prepareDocument } from "../../src/text/document.js";
import type { NumberQualifier } from "../../src/types.js";

type Row = readonly [text: string, value: number, unit: string | null, qualifier?: NumberQualifier];

const DIGITS: Row[] = [
  ["5 هجمات", 5, "attack"],
  ["23 هجوما", 23, "attack"],
  ["23 هجوماً", 23, "attack"],
  ["لـ23 هجوماً", 23, "attack"],
  ["ل23 هجوما", 23, "attack"],
  ["بـ900 جندي", 900, "soldier"],
  ["و500 مقاتل", 500, "fighter"],
  ["١٥ صاروخاً", 15, "rocket"],
  ["۱۲ طائرة مسيرة", 12, "drone"],
  ["٢٥٠٠ جندي", 2500, "soldier"],
  ["٤ مرات", 4, "time"],
  ["۳ قواعد", 3, "base"],
  ["12,000 جندي", 12000, "soldier"],
  ["١٢٬٠٠٠ جندي", 12000, "soldier"],
  ["1,500,000 نازح", 1500000, "displaced person"],
  ["1.200.000 شخص", 1200000, "person"],
  ["2.500 جندي", 2500, "soldier"],
  ["40 قتيلا", 40, "killed"],
  ["40 قتيلاً", 40, "killed"],
  ["٤٠ قتيلًا", 40, "killed"],
  ["12 شهيداً", 12, "killed"],
  ["300 شهيد", 300, "killed"],
  ["7326 قتيل", 7326, "killed"],
  ["50 جريحاً", 50, "injured"],
  ["7 جرحى", 7, "injured"],
  ["30 مصابا", 30, "injured"],
  ["12 إصابة", 12, "injured"],
  ["1650 مفقوداً", 1650, "missing"],
  ["3 قواعد", 3, "base"],
  ["14 مرة", 14, "time"],
  ["9 مرات", 9, "time"],
  ["10 أيام", 10, "day"],
  ["48 ساعة", 48, "hour"],
  ["3 أسابيع", 3, "week"],
  ["6 أشهر", 6, "month"],
  ["5 سنوات", 5, "year"],
  ["20 عاماً", 20, "year"],
  ["15 دقيقة", 15, "minute"],
  ["30 كيلومتراً", 30, "kilometre"],
  ["5 كم", 5, "kilometre"],
  ["200 متر", 200, "metre"],
  ["4 دبابات", 4, "tank"],
  ["6 شاحنات", 6, "truck"],
  ["12 آلية", 12, "vehicle"],
  ["8 سفن", 8, "ship"],
  ["3 طائرات مسيرة", 3, "drone"],
  ["3 طائرات مسيّرة", 3, "drone"],
  ["5 طائرات بدون طيار", 5, "drone"],
  ["7 مسيرات", 7, "drone"],
  ["4 صواريخ باليستية", 4, "missile"],
  ["6 صواريخ كروز", 6, "missile"],
  ["10 قذائف هاون", 10, "mortar"],
  ["20 قذيفة", 20, "shell"],
  ["11 قذيفة صاروخية", 11, "rocket"],
  ["3 عبوات ناسفة", 3, "explosive device"],
  ["2913 طفلاً", 2913, "child"],
  ["1709 سيدات", 1709, "woman"],
  ["500 امرأة", 500, "woman"],
  ["21 عنصراً", 21, "member"],
  ["45 مسلحاً", 45, "gunman"],
  ["60 مدنياً", 60, "civilian"],
  ["1400 شخص", 1400, "person"],
  ["7000 فلسطيني", 7000, "person"],
  ["15 غارة", 15, "strike"],
  ["30 غارة جوية", 30, "strike"],
  ["11 ضربة", 11, "strike"],
  ["3 منشآت", 3, "facility"],
  ["4 مواقع", 4, "site"],
  ["7 قرى", 7, "village"],
  ["3 بلدات", 3, "town"],
  ["5 مدن", 5, "city"],
  ["12 دولة", 12, "country"],
  ["4 مستشفيات", 4, "hospital"],
  ["100 منزل", 100, "house"],
  ["5 معتقلين", 5, "detainee"],
  ["200 أسير", 200, "prisoner"],
  ["30 رهينة", 30, "hostage"],
  ["8 مقاتلات", 8, "fighter jet"],
  ["3 مروحيات", 3, "helicopter"],
  ["6 زوارق", 6, "boat"],
  ["4 ضباط", 4, "officer"],
  ["150 عسكرياً", 150, "soldier"],
  ["3 من الشاحنات", 3, "truck"],
  ["900 من القوات", 900, "soldier"],
  ["5 من عناصر", 5, "member"],
  ["12 من الجنود", 12, "soldier"],
  ["3 من الطائرات المسيرة", 3, "drone"],
  ["الـ23 هجوما", 23, "attack"],
  ["23هجوما", 23, "attack"],
  ["100", 100, null],
  ["42", 42, null],
  ["5.5", 5.5, null],
  ["1,200", 1200, null],
  ["2.5 مليون", 2500000, null],
  ["٢٫٥ مليون شخص", 2500000, "person"],
  ["1,5 مليون", 1500000, null],
  ["7 آلاف جندي", 7000, "soldier"],
  ["10 آلاف", 10000, null],
  ["18 ألفا و500 مصاب", 18500, "injured"],
  ["١٨ ألفاً و٥٠٠ مصاب", 18500, "injured"],
  ["100 ألف لاجئ", 100000, "refugee"],
  ["3 ملايين شخص", 3000000, "person"],
  ["2 مليون", 2000000, null],
  ["2 مليار", 2000000000, null],
  ["3 ملايين و500 ألف", 3500000, null],
  ["5 هجمات صاروخية", 5, "attack"],
  ["2000 من مشاة البحرية", 2000, "soldier"],
  ["20 طلعة جوية", 20, "sortie"],
  ["3 صواريخ أرض أرض", 3, "missile"],
  ["4 عناصر", 4, "member"],
  ["5 صحفيين", 5, "journalist"],
];

const WORDS: Row[] = [
  ["ثلاث مرات", 3, "time"],
  ["ثلاثة صواريخ", 3, "rocket"],
  ["أربعة صواريخ", 4, "rocket"],
  ["اربعه صواريخ", 4, "rocket"],
  ["خمس هجمات", 5, "attack"],
  ["خمسة جنود", 5, "soldier"],
  ["خمسُ هجماتٍ", 5, "attack"],
  ["ثلاثـة صواريـخ", 3, "rocket"],
  ["ست غارات", 6, "strike"],
  ["ستة أشخاص", 6, "person"],
  ["سبع طائرات مسيرة", 7, "drone"],
  ["سبعة قتلى", 7, "killed"],
  ["ثماني شاحنات", 8, "truck"],
  ["ثمانية جرحى", 8, "injured"],
  ["ثمان سنوات", 8, "year"],
  ["تسع قذائف", 9, "shell"],
  ["تسعة أيام", 9, "day"],
  ["عشر شاحنات", 10, "truck"],
  ["عشرة أطفال", 10, "child"],
  ["أحد عشر جندياً", 11, "soldier"],
  ["إحدى عشرة غارة", 11, "strike"],
  ["احدى عشره مره", 11, "time"],
  ["اثنا عشر صاروخاً", 12, "rocket"],
  ["اثني عشر هجوما", 12, "attack"],
  ["اثنتا عشرة طائرة", 12, "aircraft"],
  ["اثنتي عشرة سفينة", 12, "ship"],
  ["ثلاثة عشر قتيلا", 13, "killed"],
  ["ثلاث عشرة مرة", 13, "time"],
  ["أربعة عشر يوماً", 14, "day"],
  ["خمس عشرة دقيقة", 15, "minute"],
  ["ستة عشر شخصاً", 16, "person"],
  ["سبعة عشر عاماً", 17, "year"],
  ["ثمانية عشر جندياً", 18, "soldier"],
  ["ثماني عشرة ساعة", 18, "hour"],
  ["تسعة عشر مدنياً", 19, "civilian"],
  ["عشرون صاروخا", 20, "rocket"],
  ["عشرين صاروخا", 20, "rocket"],
  ["ثلاثون جنديا", 30, "soldier"],
  ["ثلاثين جنديا", 30, "soldier"],
  ["أربعون قتيلا", 40, "killed"],
  ["أربعين قتيلا", 40, "killed"],
  ["خمسون", 50, null],
  ["ستون عاما", 60, "year"],
  ["سبعين كيلومترا", 70, "kilometre"],
  ["ثمانين طفلا", 80, "child"],
  ["تسعين يوما", 90, "day"],
  ["واحد وعشرون جنديا", 21, "soldier"],
  ["ثلاثة وعشرون هجوما", 23, "attack"],
  ["خمسة و عشرون قتيلا", 25, "killed"],
  ["سبع وثلاثون غارة", 37, "strike"],
  ["تسعة وتسعون", 99, null],
  ["مئة جندي", 100, "soldier"],
  ["مائة قتيل", 100, "killed"],
  ["مئتا جندي", 200, "soldier"],
  ["مئتي صاروخ", 200, "rocket"],
  ["مائتين", 200, null],
  ["مئتان", 200, null],
  ["ثلاثمائة عنصر", 300, "member"],
  ["ثلاثمئة", 300, null],
  ["ثلاث مئة مقاتل", 300, "fighter"],
  ["أربعمائة", 400, null],
  ["خمسمئة جندي", 500, "soldier"],
  ["ستمائة", 600, null],
  ["سبعمائة", 700, null],
  ["ثمانمائة", 800, null],
  ["تسعمائة", 900, null],
  ["مئة وعشرون صاروخا", 120, "rocket"],
  ["مائة وخمسون قتيلا", 150, "killed"],
  ["ثلاثمائة وخمسين", 350, null],
  ["خمسمائة وخمسة وعشرون", 525, null],
  ["مئتان وثلاثة عشر", 213, null],
  ["ألف جندي", 1000, "soldier"],
  ["ألفين", 2000, null],
  ["ألفان", 2000, null],
  ["ألفي جندي", 2000, "soldier"],
  ["ثلاثة آلاف", 3000, null],
  ["ثلاثة آلاف جندي", 3000, "soldier"],
  ["عشرة آلاف شخص", 10000, "person"],
  ["خمسة عشر ألفا", 15000, null],
  ["عشرون ألف نازح", 20000, "displaced person"],
  ["مئة ألف", 100000, null],
  ["مائة ألف لاجئ", 100000, "refugee"],
  ["خمسمائة ألف", 500000, null],
  ["ألف وخمسمائة", 1500, null],
  ["ألف وخمسمائة جندي", 1500, "soldier"],
  ["ألفان وثلاثمائة", 2300, null],
  ["مليون", 1000000, null],
  ["مليون شخص", 1000000, "person"],
  ["مليونان", 2000000, null],
  ["مليونين", 2000000, null],
  ["ثلاثة ملايين", 3000000, null],
  ["مليار", 1000000000, null],
  ["ملياران", 2000000000, null],
  ["نصف مليون", 500000, null],
  ["ربع مليون", 250000, null],
  ["مليون ونصف", 1500000, null],
  ["مليون و200 ألف", 1200000, null],
  ["واحد فاصلة خمسة", 1.5, null],
  ["جندي واحد", 1, "soldier"],
  ["هجوم واحد", 1, "attack"],
  ["طائرة مسيرة واحدة", 1, "drone"],
  ["مرة واحدة", 1, "time"],
  ["صاروخ واحد", 1, "rocket"],
  ["ثلاثة من الجنود", 3, "soldier"],
  ["خمسة من المسلحين", 5, "gunman"],
  ["بثلاثة صواريخ", 3, "rocket"],
  ["وخمسة جرحى", 5, "injured"],
  ["لثلاث سنوات", 3, "year"],
  ["بخمس طائرات مسيرة", 5, "drone"],
  ["وسبعة قتلى", 7, "killed"],
];

const DUALS: Row[] = [
  ["طائرتين مسيرتين", 2, "drone"],
  ["بطائرتين مسيرتين", 2, "drone"],
  ["طائرتان مسيرتان", 2, "drone"],
  ["مسيرتين", 2, "drone"],
  ["مسيرتان", 2, "drone"],
  ["مقاتلتان", 2, "fighter jet"],
  ["مقاتلتين", 2, "fighter jet"],
  ["صاروخين", 2, "rocket"],
  ["بصاروخين", 2, "rocket"],
  ["صاروخان", 2, "rocket"],
  ["صاروخين باليستيين", 2, "missile"],
  ["قاعدتين", 2, "base"],
  ["قاعدتين عسكريتين", 2, "base"],
  ["منشأتين", 2, "facility"],
  ["لمنشأتين", 2, "facility"],
  ["هجومين", 2, "attack"],
  ["الهجومين", 2, "attack"],
  ["كلا الهجومين", 2, "attack"],
  ["جنديين", 2, "soldier"],
  ["جنديان", 2, "soldier"],
  ["الجنديين", 2, "soldier"],
  ["جنديين اثنين", 2, "soldier"],
  ["شخصين", 2, "person"],
  ["طفلين", 2, "child"],
  ["امرأتين", 2, "woman"],
  ["يومين", 2, "day"],
  ["أسبوعين", 2, "week"],
  ["شهرين", 2, "month"],
  ["عامين", 2, "year"],
  ["سنتين", 2, "year"],
  ["ساعتين", 2, "hour"],
  ["مرتين", 2, "time"],
  ["غارتين", 2, "strike"],
  ["ضربتين", 2, "strike"],
  ["شاحنتين", 2, "truck"],
  ["الشاحنتين", 2, "truck"],
  ["بلدتي", 2, "town"],
  ["قاعدتيها", 2, "base"],
  ["البلدين", 2, "country"],
  ["دولتين", 2, "country"],
  ["الجانبين", 2, "side"],
  ["الطرفين", 2, "side"],
  ["الجماعتين", 2, "group"],
  ["موقعين", 2, "site"],
  ["مواقعين", 2, "site"],
  ["سفينتين", 2, "ship"],
  ["دبابتين", 2, "tank"],
  ["آليتين", 2, "vehicle"],
  ["مروحيتين", 2, "helicopter"],
  ["قذيفتين", 2, "shell"],
  ["قذيفتي هاون", 2, "mortar"],
  ["عبوتين ناسفتين", 2, "explosive device"],
  ["كيلومترين", 2, "kilometre"],
  ["قتيلين", 2, "killed"],
  ["جريحين", 2, "injured"],
  ["مدينتين", 2, "city"],
  ["قريتين", 2, "village"],
  ["منزلين", 2, "house"],
  ["طائرتين", 2, "aircraft"],
  ["للقاعدتين", 2, "base"],
  ["مقتل جنديين", 2, "killed"],
  ["مقاتلتان أميركيتان", 2, "fighter jet"],
  ["جنديين إسرائيليين", 2, "soldier"],
  ["أُصيب جنديان إسرائيليان", 2, "injured"],
  ["حاملتي طائرات", 2, "aircraft carrier"],
  ["وصاروخي كروز", 2, "missile"],
];

const VAGUE: Row[] = [
  ["عشرات القتلى", 10, "killed", "about"],
  ["العشرات من الجرحى", 10, "injured", "about"],
  ["عشرات الصواريخ", 10, "rocket", "about"],
  ["لعشرات الهجمات", 10, "attack", "about"],
  ["عشرات الغارات", 10, "strike", "about"],
  ["مئات الجنود", 100, "soldier", "about"],
  ["مئات من المسلحين", 100, "gunman", "about"],
  ["آلاف القتلى", 1000, "killed", "about"],
  ["الآلاف", 1000, null, "about"],
  ["آلاف الأشخاص", 1000, "person", "about"],
  ["عشرات الآلاف", 10000, null, "about"],
  ["مئات الآلاف من النازحين", 100000, "displaced person", "about"],
  ["ملايين", 1000000, null, "about"],
  ["بضعة كيلومترات", 3, "kilometre", "about"],
  ["بضع مئات", 300, null, "about"],
  ["بضعة آلاف", 3000, null, "about"],
  ["بضعة أيام", 3, "day", "about"],
  ["بضع ساعات", 3, "hour", "about"],
  ["أكثر من عشرات الآلاف", 10000, null, "more_than"],
];

const QUALIFIED: Row[] = [
  ["نحو 900 جندي", 900, "soldier", "about"],
  ["ونحو 900 جندي", 900, "soldier", "about"],
  ["قرابة 200 قتيل", 200, "killed", "about"],
  ["حوالي 50 صاروخا", 50, "rocket", "about"],
  ["حوالى 50", 50, null, "about"],
  ["ما يقرب من 2500 جندي", 2500, "soldier", "about"],
  ["ما يقارب 300 شخص", 300, "person", "about"],
  ["زهاء 40 مسلحا", 40, "gunman", "about"],
  ["ما يناهز 100 قتيل", 100, "killed", "about"],
  ["تقريبا 20 هجوما", 20, "attack", "about"],
  ["20 هجوما تقريبا", 20, "attack", "about"],
  ["بحدود 30 قتيلا", 30, "killed", "about"],
  ["على الأقل 5 قتلى", 5, "killed", "at_least"],
  ["5 قتلى على الأقل", 5, "killed", "at_least"],
  ["ما لا يقل عن 92 هجوما", 92, "attack", "at_least"],
  ["لا يقل عن 10 صواريخ", 10, "rocket", "at_least"],
  ["14 مرة على الأقل", 14, "time", "at_least"],
  ["10 مرات منفصلة على الأقل", 10, "time", "at_least"],
  ["خمس هجمات على الأقل", 5, "attack", "at_least"],
  ["عشرة جنود أو أكثر", 10, "soldier", "at_least"],
  ["أكثر من 1400 شخص", 1400, "person", "more_than"],
  ["بأكثر من 20 صاروخا", 20, "rocket", "more_than"],
  ["لأكثر من 3 أشهر", 3, "month", "more_than"],
  ["ما يزيد عن 100 غارة", 100, "strike", "more_than"],
  ["ما يزيد على 50 قتيلا", 50, "killed", "more_than"],
  ["يزيد على 30", 30, null, "more_than"],
  ["أزيد من 200 جندي", 200, "soldier", "more_than"],
  ["ما يربو على 70 شخصا", 70, "person", "more_than"],
  ["أقل من 10 أيام", 10, "day", "less_than"],
  ["أقل من ألف جندي", 1000, "soldier", "less_than"],
  ["حتى 5 صواريخ", 5, "rocket", "up_to"],
  ["ما يصل إلى 300 جندي", 300, "soldier", "up_to"],
  ["يصل إلى 20 طائرة مسيرة", 20, "drone", "up_to"],
  ["نحو 18 ألفا و500 مصاب", 18500, "injured", "about"],
  ["قرابة مليون نازح", 1000000, "displaced person", "about"],
  ["حوالي ثلاثة آلاف", 3000, null, "about"],
  ["أكثر من مليوني شخص", 2000000, "person", "more_than"],
  ["نحو مئتي جندي", 200, "soldier", "about"],
  ["ما لا يقل عن خمسة", 5, null, "at_least"],
  ["عشرون ونيف", 20, null, "more_than"],
  ["50 كحد أقصى", 50, null, "up_to"],
  ["نحو ثلاث مرات", 3, "time", "about"],
];

const CASUALTIES: Row[] = [
  ["مقتل 5 أفراد", 5, "killed"],
  ["مقتل 3", 3, "killed"],
  ["مقتل أكثر من 1400 شخص", 1400, "killed", "more_than"],
  ["بمقتل أكثر من 7000 فلسطيني", 7000, "killed", "more_than"],
  ["ومقتل 12 جنديا", 12, "killed"],
  ["مقتل ثلاثة جنود", 3, "killed"],
  ["مقتل نحو 50 شخصا", 50, "killed", "about"],
  ["قتل 4 مسلحين", 4, "killed"],
  ["استشهاد 20 فلسطينيا", 20, "killed"],
  ["مصرع 6 أشخاص", 6, "killed"],
  ["إصابة 5 جنود", 5, "injured"],
  ["وإصابة 30", 30, "injured"],
  ["إصابة 12 شخصا", 12, "injured"],
  ["أصيب 3 جنود", 3, "injured"],
  ["جرح 4 مدنيين", 4, "injured"],
  ["فقدان 3 جنود", 3, "missing"],
  ["مقتل 5 أطفال", 5, "killed"],
  ["إصابة ما لا يقل عن 8 عسكريين", 8, "injured", "at_least"],
];

const NEGATIVE: string[] = [
  "عام 2023",
  "في 2023",
  "منذ 2014",
  "2023م",
  "1445 هـ",
  "17 أكتوبر",
  "7 تشرين الأول",
  "7 من أكتوبر",
  "أكتوبر 2023",
  "تشرين الأول 2023",
  "28 تشرين الأول 2023",
  "12 ديسمبر 2023",
  "بين 17 و30 تشرين الأول",
  "الجمعة, 27 أكتوبر, 2023",
  "19 أكتوبر/ تشرين الأول الجاري",
  "بين 17 تشرين الأول و24 منه",
  "في 5 من الشهر الجاري",
  "15 رمضان 1444",
  "3 آذار",
  "الساعة 3",
  "الساعة 10 صباحا",
  "عند الساعة 8 مساء",
  "12:21",
  "12:21 مساءً",
  "الساعة 3 و15 دقيقة",
  "السابع من تشرين الأول",
  "لليوم الـ22 على التوالي",
  "للمرة الأولى",
  "الحادي عشر",
  "الثاني عشر من الشهر",
  "الذكرى العشرين",
  "القرن العشرين",
  "50%",
  "٪50",
  "50 بالمئة",
  "20 في المئة",
  "30 درجة مئوية",
  "2.5 مليون دولار",
  "100 دولار",
  "500 يورو",
  "$50",
  "القرار 2334",
  "رقم 5",
  "المادة 51",
  "الطريق 4",
  "البرج 22",
  "إف-16",
  "طائرات F-16",
  "منظومة اس 400",
  "MQ-9",
  "كوفيد-19",
  "+964 770 123 4567",
  "07701234567",
  "26.10.2024",
  "12/12/2023",
  "2023-10-26",
  "المسلحين",
  "فلسطين",
  "الاثنين",
  "يوم الاثنين",
  "الثلاثاء",
  "الأربعاء",
  "الخميس",
  "الأحد",
  "البحرين",
  "حل الدولتين",
  "عدة صواريخ",
  "عدة غارات",
  "هجوما مميتا",
  "طائرة مسيرة",
  "الطائرات المسيرة",
  "المقاتلين",
  "مدنيين",
  "عسكريين",
  "أصابتا أهدافهما",
  "ست",
  "القاعدة تسع الجنود",
  "لست متأكدا",
  "واحد من الجنود",
  "أحد الجنود",
  "إحدى القواعد",
  "الساعة الثالثة",
  "الأسبوع الماضي",
  "مجموعة العشرين",
  "في الخامس من الشهر",
  "1. مقدمة",
  "ثلث السكان",
  "الصفحة 5",
  "هجوم صاروخي",
  "عند الساعة السابعة و20 دقيقة",
  "عند الكيلومتر 15",
  "طائرة بوينغ 737",
  "السنوات العشر الأخيرة",
  "العملية رقم 15",
  "صفر",
  "حركة طالبان",
  "الموقعين على الاتفاق",
];

interface Expected {
  value: number;
  unit: string | null;
  qualifier?: NumberQualifier;
}

function numbersOf(text: string, options?: Parameters<typeof extractNumbers>[1]) {
  return extractNumbers(prepareDocument(text), options);
}

function checkRow([text, value, unit, qualifier = "exact"]: Row): void {
  const found = numbersOf(text);
  expect(found.map((m) => ({ text: m.text, value: m.value, unit: m.unit, qualifier: m.qualifier }))).toEqual([
    { text, value, unit, qualifier },
  ]);
}

describe("number corpus", () => {
  const groups: [string, Row[]][] = [
    ["digits", DIGITS],
    ["words", WORDS],
    ["duals", DUALS],
    ["vague", VAGUE],
    ["qualifiers", QUALIFIED],
    ["casualties", CASUALTIES],
  ];
  for (const [name, rows] of groups) {
    describe(name, () => {
      it.each(rows.map((r) => [r[0], r] as const))("%s", (_text, row) => checkRow(row));
    });
  }

  it("has at least 300 positive rows, all distinct", () => {
    const all = groups.flatMap(([, rows]) => rows.map((r) => r[0]));
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("negative corpus", () => {
  it.each(NEGATIVE)("%s", (text) => {
    expect(numbersOf(text)).toEqual([]);
  });
});

describe("sentences with several numbers", () => {
  const cases: [string, Expected[]][] = [
    [
      "قتل 5 جنود وأصيب 12 آخرون في هجومين على قاعدتين",
      [
        { value: 5, unit: "killed" },
        { value: 12, unit: "injured" },
        { value: 2, unit: "attack" },
        { value: 2, unit: "base" },
      ],
    ],
    [
      "أطلقت الفصائل 3 صواريخ و4 طائرات مسيرة في 17 أكتوبر 2023",
      [
        { value: 3, unit: "rocket" },
        { value: 4, unit: "drone" },
      ],
    ],
    [
      "ارتفع عدد القتلى إلى 7326 بينهم 2913 طفلا",
      [
        { value: 7326, unit: "killed" },
        { value: 2913, unit: "child" },
      ],
    ],
    ["قال البيان إن 21 عنصرا من القوات الأجنبية أصيبوا بجروح طفيفة", [{ value: 21, unit: "injured" }]],
    [
      "بين 17 و30 أيلول، استهدفت القوات 11 مرة على الأقل بالعراق و6 مرات في سوريا",
      [
        { value: 11, unit: "time", qualifier: "at_least" },
        { value: 6, unit: "time" },
      ],
    ],
    [
      "في الساعة 3 فجرا سقط 4 قتلى و7 جرحى",
      [
        { value: 4, unit: "killed" },
        { value: 7, unit: "injured" },
      ],
    ],
    [
      "شهدت المنطقة 31 هجوماً خلال أسبوعين فقط",
      [
        { value: 31, unit: "attack" },
        { value: 2, unit: "week" },
      ],
    ],
    [
      "تنشر واشنطن نحو 900 جندي في سوريا و2500 في العراق",
      [
        { value: 900, unit: "soldier", qualifier: "about" },
        { value: 2500, unit: null },
      ],
    ],
    ["ارتفعت الأسعار 50% وقتل 3 أشخاص عام 2022", [{ value: 3, unit: "killed" }]],
    [
      "سقط بين 5 و10 قتلى في 3 أو 4 غارات",
      [
        { value: 5, unit: "killed" },
        { value: 10, unit: "killed" },
        { value: 3, unit: "strike" },
        { value: 4, unit: "strike" },
      ],
    ],
  ];
  it.each(cases)("%s", (text, expected) => {
    const found = numbersOf(text).map((m) => ({ value: m.value, unit: m.unit, qualifier: m.qualifier }));
    expect(found).toEqual(expected.map((e) => ({ qualifier: "exact", ...e })));
  });

  it("gives spans in the original text, clitics included, with rule and sentence", () => {
    const text = "أولاً. تعرضت القوات لـ23 هجوماً خلال أسبوعين.";
    const [a, b] = numbersOf(text);
    expect(a).toMatchObject({ kind: "number", text: "لـ23 هجوماً", rule: "digits", sentence: 1 });
    expect(b).toMatchObject({ kind: "number", text: "أسبوعين", rule: "dual", sentence: 1 });
    for (const m of [a, b]) expect([...text].slice(m?.start, m?.end).join("")).toBe(m?.text);
  });
});

describe("options", () => {
  it("drops numbers inside excluded spans (normalized offsets)", () => {
    const text = "قصفت الطائرات 5 مواقع و3 شاحنات";
    const doc = prepareDocument(text);
    const at = doc.text.indexOf("5");
    const kept = extractNumbers(doc, { exclude: [{ start: at, end: at + 1 }] });
    expect(kept.map((m) => m.value)).toEqual([3]);
  });

  it("drops vague quantities when asked", () => {
    expect(numbersOf("عشرات القتلى و5 جرحى", { vague: false }).map((m) => m.value)).toEqual([5]);
    expect(numbersOf("عشرات القتلى و5 جرحى").map((m) => m.rule)).toEqual(["vague", "digits"]);
  });
});

describe("parseNumber", () => {
  it.each([
    ["-1.2", -1.2],
    [".77", 0.77],
    ["٧٧/١٠٠", 0.77],
    ["01.10", 1.1],
    ["واحد", 1],
    ["2023", 2023],
    ["١٬٢٠٠٬٠٠٠٫٠٠", 1200000],
  ] as const)("%s → %d", (text, value) => {
    const found = parseNumber(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.value).toBeCloseTo(value, 9);
    expect(found[0]?.start).toBe(0);
  });
});

describe("properties", () => {
  const pieces = [
    "3",
    "٢٥",
    "12,000",
    "2.5",
    "ل",
    "و",
    "الـ",
    "-",
    "/",
    ":",
    "%",
    ".",
    "،",
    "\n",
    " ",
    "ـ",
    "ثلاث",
    "عشر",
    "عشرون",
    "الف",
    "آلاف",
    "مليون",
    "مئة",
    "و",
    "نحو",
    "أكثر من",
    "على الأقل",
    "هجوما",
    "مرات",
    "طائرتين",
    "مسيرتين",
    "قتلى",
    "مقتل",
    "أكتوبر",
    "عام",
    "الساعة",
    "عشرات",
    "بضعة",
    "واحد",
    "جندي",
    "من",
    "الجنود",
    "اف",
    "F",
    "$",
    "دولار",
    "\u064b",
    "\u200f",
    "😀",
  ];
  const arabicish = fc
    .array(fc.constantFrom(...pieces), { maxLength: 40 })
    .chain((parts) =>
      fc
        .array(fc.constantFrom("", " "), { minLength: parts.length, maxLength: parts.length })
        .map((gaps) => parts.map((p, k) => p + (gaps[k] ?? "")).join("")),
    );
  const anything = fc.oneof(arabicish, fc.string({ unit: "binary", maxLength: 200 }));

  it("never throws, and every mention's text is its span of the original", () => {
    fc.assert(
      fc.property(anything, (text) => {
        const found = numbersOf(text);
        const chars = [...text];
        let previous = -1;
        for (const m of found) {
          expect(chars.slice(m.start, m.end).join("")).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.start).toBeGreaterThanOrEqual(previous);
          expect(Number.isFinite(m.value)).toBe(true);
          previous = m.start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("parseNumber never throws and its spans lie inside the normalized text", () => {
    fc.assert(
      fc.property(anything, (text) => {
        for (const r of parseNumber(text)) {
          expect(r.start).toBeLessThan(r.end);
          expect(Number.isFinite(r.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
