// Names no lexicon lists, found by their context (src/extract/entity/context.ts), and the words
// around places (src/extract/entity/place-context.ts), over the real built-in lexicons.
// Positive rows: an Arabic sentence → the one context mention it must yield. Negative rows: a
// sentence that must yield no context mention at all (titles and type words followed by no name).
// The names in the positive rows are ones the lexicons do not list; if a lexicon comes to list one,
// its row moves to the title rows (or is replaced by another name).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/extract/entity/index.js";
import { placeContext, typeWordBefore } from "../../src/extract/entity/place-context.js";
import { builtinLexicon } from "../../src/index.js";
import { docRef, mentionRecord } from "../../src/output.js";
import { mentionRecordSchema } from "../../src/records.js";
import { prepareDocument } from "../../src/text/document.js";
import type { EntityMention, OfficialEntity, PlaceContext, PlaceEntity } from "../../src/types.js";

const lexicon = builtinLexicon();
const found = (text: string) => findEntities(prepareDocument(text), lexicon);
const contextMentions = (text: string): EntityMention[] =>
  found(text)
    .map((f) => f.m)
    .filter((m) => m.entity.source === "context");

type OfficialRow = readonly [text: string, name_ar: string, role: string, org?: string | null];

const OFFICIALS: OfficialRow[] = [
  [
    "أكد وزير الخارجية العماني بدر الكعكي أن الحوار ضروري.",
    "بدر الكعكي",
    "Omani Minister of Foreign Affairs",
  ],
  [
    "قال المتحدث باسم قوات سوريا الديمقراطية فرهاد زيلان إن الهجوم فشل.",
    "فرهاد زيلان",
    "Spokesperson",
    "syrian-democratic-forces",
  ],
  ["وقال قائد شرطة البصرة اللواء عباس ناجي إن التحقيق مستمر.", "عباس ناجي", "Commander", null],
  ["قال قائد عمليات الأنبار اللواء ناصر الدريعي إن القوات أمنت الحدود.", "ناصر الدريعي", "Commander"],
  ["قال العقيد سامر قطيفان في اتصال مع الوكالة إن الوضع هادئ.", "سامر قطيفان", "Colonel", null],
  [
    "قال السفير الإيراني لدى بغداد مرتضى حسين آل كاشف إن العلاقات متينة.",
    "مرتضى حسين آل كاشف",
    "Iranian Ambassador",
  ],
  [
    "قال وزير الخارجية السعودي الأمير نايف بن زامل إن المملكة ترحب.",
    "نايف بن زامل",
    "Saudi Minister of Foreign Affairs",
  ],
  ["قال الأمير نايف بن زامل إن المملكة ترحب.", "نايف بن زامل", "Prince"],
  [
    "قال وزير الخارجية السعودي نايف بن زامل إن المملكة ترحب.",
    "نايف بن زامل",
    "Saudi Minister of Foreign Affairs",
  ],
  [
    "وقال رئيس أركان الجيش الإسرائيلي عوفر دانيئيلي إن الجيش مستعد.",
    "عوفر دانيئيلي",
    "Chief of Staff",
    "israel-defense-forces",
  ],
  [
    "قال مدير مكتب الإعلام الحكومي في غزة إسماعيل الصوراني إن عدد الشهداء ارتفع.",
    "إسماعيل الصوراني",
    "Director",
  ],
  ["وقال المستشار الألماني أولاف برينكمان إن ألمانيا تدعم الحل.", "أولاف برينكمان", "Chancellor", null],
  ["قال رئيس بلدية الخليل تيسير أبو زعرور إن الاحتلال يصعد.", "تيسير أبو زعرور", "Mayor"],
  [
    "قال وزير الصحة اللبناني فراس الحلواني إن المستشفيات ممتلئة.",
    "فراس الحلواني",
    "Lebanese Minister of Health",
    null,
  ],
  [
    "التقى وزير الخارجية الأمريكي رئيس الوزراء القطري الشيخ خالد بن عبد العزيز آل مرزوق في الدوحة.",
    "خالد بن عبد العزيز آل مرزوق",
    "Qatari Prime Minister",
  ],
  ["وأعلن محافظ ميسان حبيب الشويلي عن تعطيل الدوام.", "حبيب الشويلي", "Governor"],
  [
    "قال الناطق باسم الجيش العراقي اللواء تحسين الزبيدي إن القوات تلاحق الخلايا.",
    "تحسين الزبيدي",
    "Spokesperson",
    "iraqi-armed-forces",
  ],
  [
    "قال قائد الجيش اللبناني العماد رودولف حداد إن الجيش سينتشر.",
    "رودولف حداد",
    "Commander",
    "lebanese-armed-forces",
  ],
  [
    "قالت المتحدثة باسم البيت الأبيض كارين مولر إن الرئيس يتابع.",
    "كارين مولر",
    "Spokesperson",
    "white-house",
  ],
  [
    "قال وزير الخارجية البريطاني ديفيد كارتر إن لندن قلقة.",
    "ديفيد كارتر",
    "British Minister of Foreign Affairs",
    null,
  ],
  [
    "قال سفير فلسطين لدى الأمم المتحدة رياض العكاوي إن الوضع كارثي.",
    "رياض العكاوي",
    "Ambassador",
    "united-nations",
  ],
  ["قال المبعوث الأممي إلى اليمن هانس فيلدمان إن الحل سياسي.", "هانس فيلدمان", "UN Envoy", null],
  [
    "قال قائد القوات البحرية في الحرس الثوري علي رضا دهقاني إن الخليج آمن.",
    "علي رضا دهقاني",
    "Commander",
    "islamic-revolutionary-guard-corps",
  ],
  [
    "قال رئيس الوزراء اليمني أحمد سالم بن عفيف إن الحكومة ستدفع الرواتب.",
    "أحمد سالم بن عفيف",
    "Yemeni Prime Minister",
  ],
  [
    "قال وزير الداخلية العراقي عبد الأمير الكعبي إن الحدود مؤمنة.",
    "عبد الأمير الكعبي",
    "Iraqi Minister of the Interior",
  ],
  ["قال النقيب هشام الزعبي إن الدورية تعرضت لكمين.", "هشام الزعبي", "Captain", null],
  ["وقال العميد علي رضا دهقاني، قائد البحرية، إن الخليج آمن.", "علي رضا دهقاني", "Brigadier General", null],
  [
    "وقالت وزيرة الدفاع الألمانية كريستينا فوغل إن برلين سترسل الأسلحة.",
    "كريستينا فوغل",
    "German Minister of Defence",
  ],
  ["قال الرئيس الفرنسي السابق فرانسوا موريل إن أوروبا مقصرة.", "فرانسوا موريل", "French President"],
  [
    "أعلن نائب وزير الخارجية الروسي ميخائيل سوروكين أن موسكو مستعدة للوساطة.",
    "ميخائيل سوروكين",
    "Russian Deputy Minister of Foreign Affairs",
  ],
];

type PlaceRow = readonly [text: string, name_ar: string, type: string];

const PLACES: PlaceRow[] = [
  ["قصفت الطائرات قرية تل شعير شرق منبج.", "تل شعير", "village"],
  ["سقطت قذيفة على قرية كفرحلب في ريف حلب الغربي.", "كفرحلب", "village"],
  ["نزح السكان من مخيم أبو عرقوب.", "أبو عرقوب", "camp"],
  ["استهدفت غارة حي المنشية في المدينة.", "المنشية", "neighbourhood"],
  ["قصفت المسيرات قاعدة الشهيد موفق.", "الشهيد موفق", "base"],
  ["اندلعت اشتباكات في منطقة باب التبانة في طرابلس.", "باب التبانة", "zone"],
  ["تعرضت قرية الزلقيات لقصف مدفعي.", "الزلقيات", "village"],
  ["أفرج عن المعتقلين من سجن الحمرونة.", "الحمرونة", "prison"],
  ["استهدفت مسيرة مخيم تل زعرورة أمس.", "تل زعرورة", "camp"],
  ["داهمت القوات قرية أم الزيتونة.", "أم الزيتونة", "village"],
  ["قصفت المدفعية بلدة كفرزيتون الشرقية.", "كفرزيتون", "town"],
  ["وصلت التعزيزات إلى مطار الزنبقية العسكري.", "الزنبقية", "airport"],
  ["تعرض حقل الورد لهجوم بطائرة مسيرة.", "الورد", "oil_field"],
  ["رست ناقلة في ميناء الشعيرية.", "الشعيرية", "port"],
  ["انهار جزء من سد الوحدة.", "الوحدة", "dam"],
  ["قصف معبر أبو الزندين.", "أبو الزندين", "crossing"],
  ["سيطرت الفصائل على ناحية عين الفيروز.", "عين الفيروز", "subdistrict"],
  ["انتشرت القوات في قضاء الحماضيات.", "الحماضيات", "district"],
  ["وقعت اشتباكات في مدينة الرحيبات بريف إدلب.", "الرحيبات", "city"],
  ["دخلت دورية إلى بلدة عيتا الخضراء الحدودية.", "عيتا الخضراء", "town"],
  ["قصف حي الزنابق في حلب.", "الزنابق", "neighbourhood"],
  ["نقل الأسرى إلى سجن المرجانة.", "المرجانة", "prison"],
  ["قصفت المدفعية بلدة كفرسمعان الشرقية.", "كفرسمعان", "town"],
];

const NEGATIVE: string[] = [
  // a title, then no name
  "قال وزير الدفاع إن القوات جاهزة.",
  "أعلن رئيس الوزراء خلال لقائه الوفد عن خطة جديدة.",
  "قال المتحدث باسم الجيش في بيان إن العملية انتهت.",
  "وصل وزير الخارجية الإيراني إلى بيروت اليوم.",
  "أكد الرئيس الأمريكي يوم الأحد دعمه لإسرائيل.",
  "قال قائد القوات البرية للصحفيين إن الهجوم صد.",
  "التقى وزير الداخلية العراقي نظيره التركي في أنقرة.",
  "رحب الأمين العام بالاتفاق الذي تم التوصل إليه.",
  "أعلن المتحدث العسكري باسم الحوثيين استهداف سفينة.",
  "وقال السفير الأمريكي لدى العراق إن بلاده تدعم الحكومة.",
  "أكد رئيس الحكومة ضرورة وقف إطلاق النار.",
  "أجرى وزير الخارجية اتصالا هاتفيا مع نظيره المصري.",
  "قال العميد الركن في تصريح صحفي إن الوضع مستقر.",
  "زار رئيس الجمهورية مدينة الموصل.",
  "قال مدير المستشفى إن عدد الجرحى ارتفع.",
  "أكد قائد الجيش اللبناني استعداد الجيش لحماية الحدود.",
  "قال محافظ نينوى لوكالة الأنباء إن الأوضاع هادئة.",
  "أعلن وزير الدفاع الإسرائيلي في مؤتمر صحفي توسيع العمليات.",
  "وقال النائب في البرلمان العراقي إن القانون سيمر.",
  "قال قائد الحرس الثوري إن الرد سيكون قاسيا.",
  "وأضاف الناطق باسم الحكومة أن المفاوضات مستمرة.",
  "قال الشيخ في خطبة الجمعة إن الوحدة ضرورية.",
  "قال اللواء المتقاعد للقناة إن الهجوم متوقع.",
  "أعلن الجيش أن اللواء الخامس سيطر على التلة.",
  "أعلن وزير الدفاع الأمريكي عزمه زيارة المنطقة.",
  "قال رئيس الوزراء العراقي لوسائل الإعلام إن الحكومة ستحاسب المقصرين.",
  "بحث وزير الخارجية الإيراني هاتفيا مع نظيره الفرنسي التطورات.",
  "استقبل الرئيس اللبناني وفدا أمريكيا رفيعا.",
  "وجه رئيس الوزراء بفتح تحقيق عاجل.",
  "قال قائد الجيش الإسرائيلي عقب الهجوم إن الرد سيكون قويا.",
  "أصدر وزير الداخلية قرارا بمنع التجول.",
  "دعا الأمين العام للأمم المتحدة جميع الأطراف إلى ضبط النفس.",
  "طالب رئيس البرلمان الحكومة بتوضيح موقفها.",
  "أكد السفير الروسي لدى دمشق دعم بلاده لسوريا.",
  "أعرب وزير الخارجية القطري عن قلقه البالغ.",
  "توجه رئيس الوزراء الأردني غدا إلى القاهرة.",
  "قال الناطق الرسمي باسم الحكومة السورية مساء الأحد إن الوضع تحت السيطرة.",
  "صرح مستشار المرشد الإيراني لصحيفة محلية بأن الاتفاق ممكن.",
  "أشار وزير المالية إلى ارتفاع العجز.",
  "شدد الرئيس المصري على رفض التهجير.",
  "قال اللواء إن الهجوم بدأ فجرا.",
  "قال العميد مساء أمس إن القوات تقدمت.",
  "أكد النائب ضرورة محاسبة المسؤولين.",
  "ترأس الرئيس اجتماعا أمنيا موسعا.",
  "أعلن الملك الأردني تأجيل الزيارة.",
  "تحدث القائد الميداني عبر الهاتف مع المقاتلين.",
  "قال وزير الدفاع\nلويد أوستن في سطر آخر",
  // a type word, then no proper name
  "سقطت قذيفة على قاعدة عسكرية أمريكية في سوريا.",
  "نقل الجرحى إلى مدينة كبيرة قريبة.",
  "أقيمت قاعدة بيانات للضحايا.",
  "اعتمدت قاعدة شعبية واسعة للحركة.",
  "انفجر حقل ألغام قرب القرية.",
  "استهدف حقل نفطي في المنطقة.",
  "وصلوا إلى قرية صغيرة على الحدود.",
  "قصف حي سكني في المدينة.",
  "تقع منطقة عسكرية مغلقة شرق البلدة.",
  "أقيم مخيم للنازحين قرب الحدود.",
  "هبطت الطائرة في مطار عسكري.",
  "نقل المعتقلون إلى سجن مركزي.",
  "قصفت قرية حدودية في الجنوب.",
  "وصل الوفد إلى مدينة القدس.",
  "اندلعت اشتباكات في منطقة الحدود.",
  "أعلنت منطقة حظر طيران فوق البلاد.",
  "تم تحديد منطقة عازلة بعمق عشرة كيلومترات.",
  "وقعت الاشتباكات في منطقة العمليات.",
  "وصلت التعزيزات إلى قاعدة أمريكية في العراق.",
  "انسحبت القوات من مدينة إلى أخرى.",
  "نقل الجنود إلى قاعدة جوية قريبة.",
  "استهدفت المسيرات قاعدة بحرية في البحر الأحمر.",
  "أنشأت الوزارة قاعدة معلومات جديدة.",
  "انفجر لغم في حقل مزروع بالقمح.",
  "عاد الأهالي إلى قرية مدمرة بالكامل.",
  "يعيش اللاجئون في مخيم مكتظ.",
  "نقلوا إلى مخيم آخر في الشمال.",
  "انهار مبنى في حي شعبي مكتظ.",
  "دخلت القافلة مدينة محاصرة.",
  "تحولت المدينة إلى مدينة أشباح.",
  "تقع المنشأة في منطقة نائية.",
  "أصبحت البلدة بلدة منكوبة.",
  "هبطت المروحية في مطار مدني.",
  "أغلق معبر حدودي مع تركيا.",
  "عبرت الشاحنات من معبر رئيسي.",
  "توقف العمل في ميناء تجاري.",
  "انهار سد ترابي بعد الأمطار.",
  "نقل المعتقل إلى سجن سري.",
  "يقع السجن في ناحية جبلية.",
  "تتبع القرية قضاء كبيرا.",
  "قتل ثلاثة في قرية واحدة.",
  "تعرضت مدينة تلو الأخرى للقصف.",
  "قصفت قاعدة انطلاق الصواريخ.",
  "دمرت الغارة قاعدة إطلاق مسيرات.",
  "رصد تحرك في منطقة اشتباك.",
  "دخلت القوات منطقة خفض التصعيد.",
  "أعلنت المنطقة منطقة منكوبة.",
  "دمر القصف حيا بأكمله.",
  "وصل إلى مدينة ما في الشمال.",
  "أطلقت الطائرات من منطقة تقع جنوب غرب الإقليم.",
  "قصفت القاعدة العسكرية والمدينة القديمة.",
  "قصفت قرية\nالجلمة في سطر آخر",
];

describe("context officials: a title, then a name no lexicon lists", () => {
  it.each(OFFICIALS.map((row) => ({ row, text: row[0] })))("$text", ({ row }) => {
    const [text, name_ar, role, org] = row;
    const ms = contextMentions(text);
    expect(ms.map((m) => m.text)).toEqual([name_ar]);
    const m = ms[0] as EntityMention;
    expect(m.kind).toBe("official");
    const e = m.entity as OfficialEntity;
    expect(e.id).toBeNull();
    expect(e.name_ar).toBe(name_ar);
    expect(e.role).toBe(role);
    expect(e.name).toMatch(/^[A-Z][A-Za-z' -]+$/);
    if (org !== undefined) expect(e.org).toBe(org);
    expect(m.match).toEqual({
      form: prepareDocument(name_ar).text,
      prefix: "",
      lexicon: "context:official",
    });
  });

  it("has at least 25 rows", () => expect(OFFICIALS.length).toBeGreaterThanOrEqual(25));
});

describe("context places: a type word, then a name no lexicon lists", () => {
  it.each(PLACES.map((row) => ({ row, text: row[0] })))("$text", ({ row }) => {
    const [text, name_ar, type] = row;
    const ms = contextMentions(text);
    expect(ms.map((m) => m.text)).toEqual([name_ar]);
    const m = ms[0] as EntityMention;
    expect(m.kind).toBe("place");
    expect(m.entity).toMatchObject({
      id: null,
      name_ar,
      type,
      country: null,
      admin1: null,
      lat: null,
      lon: null,
      parent: null,
      source: "context",
    });
    expect((m.entity as PlaceEntity).name).toMatch(/^[A-Z][A-Za-z' -]+$/);
    expect(m.match.lexicon).toBe("context:place");
    expect(m.match.prefix).toBe("");
  });

  it("has at least 40 positive rows in all", () =>
    expect(OFFICIALS.length + PLACES.length).toBeGreaterThanOrEqual(40));
});

describe("no context mention where there is no name", () => {
  it.each(NEGATIVE)("%s", (text) => {
    expect(contextMentions(text).map((m) => m.text)).toEqual([]);
  });

  it("has at least 60 rows", () => expect(NEGATIVE.length).toBeGreaterThanOrEqual(60));
});

type TitleRow = readonly [text: string, id: string, title: string];

const TITLES: TitleRow[] = [
  ["قال وزير الدفاع الأميركي لويد أوستن إن بلاده لن تتراجع.", "lloyd-austin", "وزير الدفاع الأميركي"],
  ["قال الرئيس السوري بشار الأسد إن الحرب انتهت.", "bashar-al-assad", "الرئيس السوري"],
  [
    "التقى رئيس الوزراء العراقي محمد شياع السوداني وفدا أمريكيا.",
    "mohammed-shia-al-sudani",
    "رئيس الوزراء العراقي",
  ],
  [
    "قال نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي إن المنطقة على حافة الهاوية.",
    "ayman-safadi",
    "نائب رئيس الوزراء وزير الخارجية الأردني",
  ],
  ["وأكد قائد فيلق القدس إسماعيل قاآني أن المقاومة قوية.", "esmail-qaani", "قائد فيلق القدس"],
  ["أكد الأمين العام لحزب الله نعيم قاسم أن الحزب لن يتراجع.", "naim-qassem", "الأمين العام لحزب الله"],
  [
    "قال المبعوث الأمريكي إلى لبنان آموس هوكشتاين إن التقدم ممكن.",
    "amos-hochstein",
    "المبعوث الأمريكي إلى لبنان",
  ],
  ["قال الجنرال الأمريكي مايكل كوريلا إن القوات في حالة تأهب.", "michael-kurilla", "الجنرال الأمريكي"],
  ["قُتل القيادي في حركة حماس صالح العاروري في غارة.", "saleh-al-arouri", "القيادي في حركة حماس"],
  [
    "وصرح الناطق العسكري باسم الحوثيين العميد يحيى سريع بأن العملية نجحت.",
    "yahya-saree",
    "الناطق العسكري باسم الحوثيين",
  ],
  ["ولفت وزيرُ الخارجيّة الإيرانيّ عباس عراقجي إلى أهمية الحوار.", "abbas-araghchi", "وزيرُ الخارجيّة الإيرانيّ"],
];

describe("a title right before a lexicon official is attached to it", () => {
  it.each(TITLES)("%s", (text, id, title) => {
    const ms = found(text).map((f) => f.m);
    const official = ms.find((m) => m.kind === "official" && m.entity.id === id);
    expect(official?.title).toBe(title);
    expect(official?.entity.source).toBe("lexicon");
    expect(ms.filter((m) => m.entity.source === "context")).toEqual([]);
  });

  it("an official with no title in front has none", () => {
    const m = found("وصل لويد أوستن إلى بغداد.").find((f) => f.m.kind === "official")?.m;
    expect(m?.entity.id).toBe("lloyd-austin");
    expect(m && "title" in m).toBe(false);
  });
});

type PlaceContextRow = readonly [text: string, mention: string, context: PlaceContext];

const PLACE_CONTEXT: PlaceContextRow[] = [
  ["دارت اشتباكات بريف دير الزور الشرقي.", "دير الزور", { type_word: "ريف", rural: true, direction: "east" }],
  ["توغلت القوات التركية شرقي سوريا.", "سوريا", { direction: "east" }],
  ["وقعت انفجارات في شمال شرق سوريا.", "سوريا", { direction: "north-east" }],
  ["تقدمت القوات شمال شرقي سوريا.", "سوريا", { direction: "north-east" }],
  ["قصفت المدفعية جنوب لبنان.", "جنوب لبنان", { direction: "south" }],
  ["تحطمت طائرة جنوب غرب بغداد.", "بغداد", { direction: "south-west" }],
  ["سقطت قذائف جنوبي غربي حلب.", "حلب", { direction: "south-west" }],
  ["وقع انفجار بالقرب من مدينة حمص.", "مدينة حمص", { type_word: "مدينة", near: true }],
  ["اشتباكات قرب حمص.", "حمص", { near: true }],
  ["انتشرت القوات في محيط دمشق.", "دمشق", { near: true }],
  ["تمركزت الفصائل على أطراف حماة.", "حماة", { near: true }],
  ["قصفت الطائرات ضواحي بيروت.", "بيروت", { near: true }],
  ["سيطرت القوات على بلدة في ريف حلب الشمالي.", "حلب", { type_word: "ريف", rural: true, direction: "north" }],
  [
    "قتل مدنيان في ريف إدلب الجنوبي الشرقي.",
    "إدلب",
    { type_word: "ريف", rural: true, direction: "south-east" },
  ],
  ["انفجرت عبوة وسط بغداد.", "بغداد", { direction: "centre" }],
  ["قصفت الطائرات مدينة الباب شمالي حلب.", "حلب", { direction: "north" }],
  ["وصلت التعزيزات إلى قرية تل شعير شرق منبج.", "تل شعير", { type_word: "قرية" }],
  ["وصلت التعزيزات إلى قرية تل شعير شرق منبج.", "منبج", { direction: "east" }],
  ["قصفت مدفعية الاحتلال أطراف بلدة كفرزيتون.", "كفرزيتون", { type_word: "بلدة", near: true }],
  ["اشتباكات في أرياف حماة.", "حماة", { type_word: "أرياف", rural: true }],
  ["توجه الوفد إلى محافظة حلب.", "محافظة حلب", { type_word: "محافظة" }],
  ["انتشرت القوات غرب الموصل.", "الموصل", { direction: "west" }],
  ["وقع الهجوم على مقربة من الحسكة.", "الحسكة", { near: true }],
];

describe("the words around a place", () => {
  it.each(PLACE_CONTEXT)("%s: %s", (text, mention, context) => {
    const m = found(text).find((f) => f.m.kind === "place" && f.m.text.endsWith(mention))?.m;
    expect(m?.context).toEqual(context);
  });

  it("a place with nothing around it has no context", () => {
    const m = found("وصل الوفد إلى حمص.").find((f) => f.m.kind === "place")?.m;
    expect(m?.text).toBe("حمص");
    expect(m && "context" in m).toBe(false);
  });

  it("names with a direction inside are not a direction (الغوطة الشرقية, الضفة الغربية)", () => {
    for (const text of ["قصف في الغوطة الشرقية أمس.", "اقتحامات في الضفة الغربية أمس."]) {
      const m = found(text).find((f) => f.m.kind === "place")?.m;
      expect(m?.context?.direction).toBeUndefined();
    }
  });

  it("typeWordBefore: the type word in front, as written, and the types it implies", () => {
    const doc = prepareDocument("هجوم على قاعدة التنف وبريفِ حلب");
    const at = (w: string) => doc.text.indexOf(prepareDocument(w).text);
    const base = typeWordBefore(doc, at("التنف"));
    expect(base?.word).toBe("قاعدة");
    expect([...(base?.types ?? [])]).toContain("base");
    const rural = typeWordBefore(doc, at("حلب"));
    expect(rural?.word).toBe("ريفِ");
    expect(rural?.rural).toBe(true);
    expect(typeWordBefore(doc, at("قاعده"))).toBeNull();
    expect(typeWordBefore(doc, 0)).toBeNull();
  });

  it("placeContext reads a span directly", () => {
    const doc = prepareDocument("شمال شرق سوريا");
    expect(placeContext(doc, doc.text.indexOf("سوريا"), doc.text.length)).toEqual({
      direction: "north-east",
    });
    expect(placeContext(doc, 0, doc.text.length)).toEqual({ direction: "north-east" });
  });
});

describe("records with a title or a context validate against the schema", () => {
  it("an official with a title and a place with a context", () => {
    const doc = docRef("a.txt", "0".repeat(64), {
      title: null,
      published: null,
      publishedBasis: null,
      outlet: null,
    });
    for (const f of found("قال وزير الدفاع الأميركي لويد أوستن إن القوات قرب حمص وفي قرية تل شعير.")) {
      const rec = {
        ...mentionRecord(doc, f.m),
        ...(f.m.title ? { title: f.m.title } : {}),
        ...(f.m.context ? { context: f.m.context } : {}),
      };
      expect(() => mentionRecordSchema.parse(rec)).not.toThrow();
    }
  });
});

// Sentences built from titles, type words, names (lexicon ones and others), stop words and marks.
const PIECES = [
  "وزير الدفاع",
  "وزير الخارجية الأمريكي",
  "رئيس الوزراء العراقي",
  "المتحدث باسم",
  "قوات سوريا الديمقراطية",
  "الجيش الإسرائيلي",
  "اللواء",
  "العميد",
  "الشيخ",
  "لويد أوستن",
  "بشار الأسد",
  "محمد",
  "علي",
  "بن",
  "أبو",
  "سامر",
  "قطيفان",
  "الزعبي",
  "قرية",
  "مدينة",
  "منطقة",
  "قاعدة",
  "بلدة",
  "مخيم",
  "عسكرية",
  "حلب",
  "ريف",
  "بريف",
  "شمال",
  "شرق",
  "الشرقي",
  "قرب",
  "تل",
  "شعير",
  "الحلوة",
  "كفرزيتون",
  "إن",
  "قال",
  "في",
  "أمس",
  "،",
  ".",
  "\n",
  "ـ",
  "ً",
  "«",
  "»",
  "22",
];
const sentence = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((a) => a.join(" "));

describe("properties", () => {
  it("context mentions never overlap lexicon mentions, lie inside the text and map back to it", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ maxLength: 80 })), (text) => {
        const all = found(text);
        const chars = [...text];
        const doc = prepareDocument(text);
        const others = all.filter((f) => f.m.entity.source !== "context");
        for (const f of all.filter((x) => x.m.entity.source === "context")) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(doc.text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(chars.slice(f.m.start, f.m.end).join("")).toBe(f.m.text);
          expect(f.m.entity.name_ar).toBe(f.m.text);
          expect(f.m.match.form).toBe(doc.text.slice(f.start, f.end));
          for (const o of others) expect(f.end <= o.start || o.end <= f.start).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(JSON.stringify(found(text))).toBe(JSON.stringify(found(text)));
      }),
      { numRuns: 100 },
    );
  });
});
