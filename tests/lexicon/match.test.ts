import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/extract/entity/index.js";
import { compileLexicon } from "../../src/lexicon/compile.js";
import type { LexiconFile } from "../../src/lexicon/types.js";
import { prepareDocument } from "../../src/text/document.js";

const runPipeline = (text: string, o: { lexicon: ReturnType<typeof compileLexicon> }) => ({
  mentions: extractEntities(prepareDocument(text), o.lexicon),
});

const place = (
  id: string,
  name_ar: string,
  aliases: string[] = [],
  extra: Partial<{ type: string; country: string }> = {},
) => ({
  id,
  name: id,
  name_ar,
  aliases,
  type: (extra.type ?? "city") as "city",
  country: extra.country ?? null,
  admin1: null,
  parent: null,
  lat: null,
  lon: null,
});
const group = (id: string, name_ar: string, aliases: string[] = []) => ({
  id,
  name: id,
  name_ar,
  aliases,
  type: "armed_group" as const,
  country: null,
  affiliation: null,
  parent: null,
});

const official = (id: string, name_ar: string, short_aliases: string[]) => ({
  id,
  name: id,
  name_ar,
  aliases: [],
  short_aliases,
  role: null,
  org: null,
  country: null,
});

const FILES: LexiconFile[] = [
  {
    kind: "place",
    source: "test-places.json",
    entries: [
      place("iraq", "العراق"),
      place("syria", "سوريا", ["سوريه"]),
      place("lebanon", "لبنان"),
      place("rif-dimashq", "ريف دمشق"),
      place("damascus", "دمشق"),
      place("amman", "عمّان"),
      place("oman", "عُمان"),
      place("ain-al-asad", "عين الأسد", ["قاعده عين الاسد"], { type: "base" }),
      place("tower-22", "البرج 22", [], { type: "base" }),
      place("balad", "بلد"),
    ],
  },
  {
    kind: "group",
    source: "test-groups.json",
    entries: [
      group("hezbollah", "حزب الله"),
      group("kataib-hezbollah", "كتائب حزب الله"),
      group("islamic-resistance-in-iraq", "المقاومة الإسلامية في العراق", ["المقاومه الاسلاميه"]),
      group("irgc", "الحرس الثوري", ["الحرس الثوري الايراني"]),
    ],
  },
  {
    kind: "official",
    source: "test-officials.json",
    entries: [
      official("pat-ryder", "بات رايدر", ["رايدر"]),
      official("masoud-barzani", "مسعود بارزاني", ["بارزاني"]),
      official("nechirvan-barzani", "نيجيرفان بارزاني", ["بارزاني"]),
      official("nabih-berri", "نبيه بري", []),
    ],
  },
  {
    kind: "ambiguity",
    source: "test-ambiguity.json",
    entries: [
      {
        alias: "عمان",
        senses: [
          { ref: "place:amman", cues: ["الاردن", "الاردنيه"] },
          { ref: "place:oman", cues: ["سلطنه", "مسقط"] },
        ],
        default: null,
      },
      { alias: "بلد", senses: [{ ref: "place:balad", cues: ["قضاء", "مدينه"] }], default: null },
    ],
  },
];

const lexicon = compileLexicon(FILES);
const found = (text: string) =>
  runPipeline(text, { lexicon }).mentions.map((m) => `${m.entity.id}=${m.text}`);

describe("lexicon matcher: clitics and boundaries", () => {
  it.each<[string, string, string[]]>([
    ["plain", "في العراق اليوم", ["iraq=العراق"]],
    ["conjunction", "بين سوريا والعراق", ["syria=سوريا", "iraq=والعراق"]],
    ["preposition with article", "وصل بالعراق", ["iraq=بالعراق"]],
    ["stacked proclitics", "فبسوريا وبالعراق", ["syria=فبسوريا", "iraq=وبالعراق"]],
    ["ريف after ب", "قصف بريف دمشق", ["rif-dimashq=بريف دمشق"]],
    [
      "لل stands for ل + ال",
      "بيان للمقاومة الإسلامية في العراق",
      ["islamic-resistance-in-iraq=للمقاومة الإسلامية في العراق"],
    ],
    ["لـ with tatweel and quotes", "تابع لـ«الحرس الثوري»", ["irgc=الحرس الثوري"]],
    [
      "a name broken by a quote",
      '"المقاومة الإسلامية " في العراق',
      ['islamic-resistance-in-iraq=المقاومة الإسلامية " في العراق'],
    ],
    [
      "tatweel and diacritics inside",
      "المقـاومةُ الإسلاميّة",
      ["islamic-resistance-in-iraq=المقـاومةُ الإسلاميّة"],
    ],
    ["ل + a name starting with ل", "زار للبنان", ["lebanon=للبنان"]],
    ["numbers inside a name", "هجوم على البرج 22 في الأردن", ["tower-22=البرج 22"]],
    ["ta marbuta variant alias", "في سوريه", ["syria=سوريه"]],
  ])("%s", (_n, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["a nationality adjective is not the country", "القوات العراقية والسورية"],
    ["no match inside a longer word", "العراقيون والسوريون"],
    ["the article is not stripped from a name that lacks it", "السوريا"],
    ["a name that needs its article", "عراق"],
    ["a line break ends a name", "المقاومه\nالاسلاميه"],
    ["a comma ends a name", "البرج، 22"],
  ])("no match: %s", (_n, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("lexicon matcher: longest, then leftmost", () => {
  it("the longer name wins over the one inside it", () => {
    expect(found("أعلنت كتائب حزب الله")).toEqual(["kataib-hezbollah=كتائب حزب الله"]);
    expect(found("أعلن حزب الله")).toEqual(["hezbollah=حزب الله"]);
  });
  it("a long alias beats a short one starting at the same word", () => {
    expect(found("الحرس الثوري الإيراني")).toEqual(["irgc=الحرس الثوري الإيراني"]);
  });
  it("a name with a place inside is one mention", () => {
    expect(found("قاعدة عين الأسد الجوية")).toEqual(["ain-al-asad=قاعدة عين الأسد"]);
  });
});

describe("lexicon matcher: ambiguity is resolved by context", () => {
  it("a cue in the sentence decides", () => {
    expect(found("وصل الوفد إلى عمّان العاصمة الأردنية")).toEqual(["amman=عمّان"]);
    expect(found("زار الوزير سلطنة عُمان")).toEqual(["oman=عُمان"]);
  });
  it("a cue elsewhere in the document decides when the sentence has none", () => {
    expect(found("التقى الوزير نظيره في مسقط.\nثم غادر عمان مساء")).toEqual(["oman=عمان"]);
  });
  it("without any cue and without a default nothing is emitted", () => {
    expect(found("ثم غادر عمان مساء")).toEqual([]);
  });
  it("a common word becomes a place only with its cue", () => {
    expect(found("عاد إلى البلد")).toEqual([]);
    expect(found("في هذا بلد كبير")).toEqual([]);
    expect(found("قصف قضاء بلد شمال بغداد")).toEqual(["balad=بلد"]);
  });
  it("a form claimed by two groups without an ambiguity entry is dropped, with a warning", () => {
    const lex = compileLexicon([
      { kind: "group", source: "a.json", entries: [group("x-one", "سمر"), group("x-two", "سمر")] },
    ]);
    expect(lex.warnings.join("\n")).toContain("سمر");
    expect(runPipeline("في سمر", { lexicon: lex }).mentions).toEqual([]);
  });
  it("a form shared only by places and decided by nothing is dropped without a warning", () => {
    const lex = compileLexicon([
      { kind: "place", source: "a.json", entries: [place("x-one", "سمر"), place("x-two", "سمر")] },
    ]);
    expect(lex.warnings).toEqual([]);
    expect(runPipeline("في سمر", { lexicon: lex }).mentions).toEqual([]);
  });
});

describe("officials: a short form after the full name", () => {
  it("links the surname to the person named before", () => {
    const ms = runPipeline("قال بات رايدر إن الهجوم فشل. وأضاف رايدر أن القوات بخير.", { lexicon }).mentions;
    expect(ms.map((m) => [m.entity.id, m.text, m.entity.source])).toEqual([
      ["pat-ryder", "بات رايدر", "lexicon"],
      ["pat-ryder", "رايدر", "coreference"],
    ]);
  });
  it("does not link a surname that comes before the full name", () => {
    expect(found("قال رايدر ثم بات رايدر")).toEqual(["pat-ryder=بات رايدر"]);
  });
  it("a shared short form goes to the person named most recently", () => {
    expect(found("التقى مسعود بارزاني ثم نيجيرفان بارزاني. وقال بارزاني إن")).toEqual([
      "masoud-barzani=مسعود بارزاني",
      "nechirvan-barzani=نيجيرفان بارزاني",
      "nechirvan-barzani=بارزاني",
    ]);
  });
  it("a last word that is not a declared short form is never linked (بري: also 'by land')", () => {
    expect(found("قال نبيه بري إن التوغل البري فشل وإن هجوما بري وقع")).toEqual(["nabih-berri=نبيه بري"]);
  });
});

describe("overrides", () => {
  it("a later file's entry with the same id replaces the earlier one", () => {
    const lex = compileLexicon([
      ...FILES,
      { kind: "place", source: "user.json", entries: [place("iraq", "بلاد الرافدين")] },
    ]);
    expect(runPipeline("في بلاد الرافدين", { lexicon: lex }).mentions.map((m) => m.entity.id)).toEqual([
      "iraq",
    ]);
    expect(runPipeline("في العراق", { lexicon: lex }).mentions).toEqual([]);
  });
});
