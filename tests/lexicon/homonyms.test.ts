// Place names shared by several places (no ambiguity entry): resolved by the countries and
// governorates around them, a computed default, or dropped; hand-curated entries win over
// generated ones with the same id or GeoNames id.
import { describe, expect, it } from "vitest";
import { explainMatches, extractEntities } from "../../src/extract/entity/index.js";
import { checkHygiene, compileLexicon } from "../../src/lexicon/compile.js";
import type { LexiconFile, PlaceEntry } from "../../src/lexicon/types.js";
import { prepareDocument } from "../../src/text/document.js";

const p = (id: string, name_ar: string, extra: Partial<PlaceEntry> = {}): PlaceEntry => ({
  id,
  name: id,
  name_ar,
  aliases: [],
  type: "village",
  country: null,
  admin1: null,
  parent: null,
  lat: null,
  lon: null,
  ...extra,
});

const CURATED: LexiconFile = {
  kind: "place",
  source: "curated.json",
  entries: [
    p("syria", "سوريا", { type: "country", country: "SY", aliases: ["سوريه"] }),
    p("iraq", "العراق", { type: "country", country: "IQ" }),
    p("deir-ez-zor-governorate", "دير الزور", { type: "governorate", country: "SY", parent: "syria" }),
    p("diyala-governorate", "ديالى", { type: "governorate", country: "IQ", parent: "iraq" }),
    p("deir-ez-zor", "دير الزور", { type: "city", country: "SY", parent: "deir-ez-zor-governorate" }),
    p("husayniyah-sy", "الحسينية", { country: "SY", parent: "deir-ez-zor-governorate" }),
    p("husayniyah-iq", "الحسينية", { country: "IQ", parent: "diyala-governorate" }),
    p("al-tanf-base", "التنف", { type: "base", country: "SY", parent: "syria" }),
    p("al-tanf", "التنف", { type: "town", country: "SY", parent: "syria", population: 900 }),
    p("kept-curated", "المزيرعة", { country: "SY", parent: "syria", geonames_id: 111 }),
  ],
};

const GENERATED = {
  kind: "place",
  source: "generated.json",
  generated: "npm run lexicons:geonames",
  entries: [
    // superseded: same id as a curated entry, and same GeoNames id as another
    p("deir-ez-zor", "ديرالزور", { type: "city", country: "SY" }),
    p("muzayraa-sy", "المزيرعه", { country: "SY", geonames_id: 111 }),
    // a generated village sharing a curated village's name in another country
    p("tal-hamis-iq", "تل حميس", { country: "IQ", parent: "iraq", population: 600 }),
    p("big-town", "الصالحية", { type: "city", country: "SY", parent: "syria", population: 90000 }),
    p("small-village", "الصالحية", { country: "IQ", parent: "iraq", population: 700 }),
  ],
} as LexiconFile;

const CURATED2: LexiconFile = {
  kind: "place",
  source: "curated2.json",
  entries: [p("tal-hamis-sy", "تل حميس", { country: "SY", parent: "syria" })],
};

const lexicon = compileLexicon([CURATED, GENERATED, CURATED2]);
const ids = (text: string) =>
  extractEntities(prepareDocument(text), lexicon)
    .filter((m) => m.kind === "place")
    .map((m) => m.entity.id);

describe("shared place names", () => {
  it.each<[string, string, (string | null)[]]>([
    [
      "country in the sentence",
      "قصف على الحسينية في ريف دير الزور بسوريا",
      ["husayniyah-sy", "deir-ez-zor", "syria"],
    ],
    [
      "governorate in the sentence",
      "اشتباكات في الحسينية بمحافظة ديالى",
      ["husayniyah-iq", "diyala-governorate"],
    ],
    [
      "country elsewhere in the document",
      "قتل ثلاثة في الحسينية.\nوتقع البلدة شرق العراق.",
      ["husayniyah-iq", "iraq"],
    ],
    ["nothing decides: dropped", "قتل ثلاثة في الحسينية أمس", []],
    ["the city over its governorate", "انفجار في دير الزور", ["deir-ez-zor"]],
    ["curated over generated", "هجوم على تل حميس", ["tal-hamis-sy"]],
    ["ten times as populous", "مظاهرة في الصالحية", ["big-town"]],
    ["the type word picks the base", "هجوم على قاعدة التنف", ["al-tanf-base"]],
  ])("%s", (_label, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("hand-curated entries win over generated ones with their id or GeoNames id", () => {
    const refs = lexicon.entries.map((e) => `${e.ref}@${e.source}`);
    expect(refs).toContain("place:deir-ez-zor@curated.json");
    expect(refs).not.toContain("place:deir-ez-zor@generated.json");
    expect(refs.some((r) => r.startsWith("place:muzayraa-sy"))).toBe(false);
    expect(ids("في ديرالزور")).toEqual([]);
  });

  it("explains why a match was resolved or dropped", () => {
    const why = explainMatches(prepareDocument("الحسينية في سوريا"), lexicon).map(
      (x) => `${x.match.form}:${x.resolution.reason}`,
    );
    expect(why).toContain("الحسينيه:cue in the sentence");
    const dropped = explainMatches(prepareDocument("الحسينية"), lexicon)[0];
    expect(dropped?.resolution.index).toBeNull();
    expect(dropped?.resolution.reason).toMatch(/unresolved/);
  });

  it("hygiene accepts forms shared only by places and still flags a place shared with a group", () => {
    expect(checkHygiene([CURATED, GENERATED, CURATED2])).toEqual([]);
    const withGroup: LexiconFile = {
      kind: "group",
      source: "g.json",
      entries: [
        {
          id: "tanf-group",
          name: "x",
          name_ar: "التنف",
          aliases: [],
          type: "armed_group",
          country: null,
          affiliation: null,
          parent: null,
        },
      ],
    };
    const problems = checkHygiene([CURATED, withGroup]).map((x) => x.message);
    expect(problems.some((m) => m.includes("التنف") && m.includes("group:tanf-group"))).toBe(true);
  });
});

describe("place names with the accusative tanween are adjectives", () => {
  it.each<[string, string[]]>([
    ["نفذ الجيش قصفاً مدفعياً تركياً على القرية", []],
    ["عاد الوفد إلى تركيا أمس", ["turkey"]],
    ["تركيا تقصف مواقع", ["turkey"]],
  ])("%s", async (text, expected) => {
    const { extract } = await import("../../src/index.js");
    const places = extract(text).mentions.flatMap((m) => (m.kind === "place" ? [m.entity.id] : []));
    expect(places).toEqual(expected);
  });
});

describe("context rules do not take a verb or a bare article for a name", () => {
  it.each<[string]>([
    ["أسقطت الدفاعات مسيرتين حاولتا استهداف قاعدة تستخدمها قوات أجنبية"],
    ["يعيش النازحون في منطقة الـ55 كيلومتراً"],
    ["قالت إن منطقة المثلث الحدودي تشهد توتراً"],
  ])("%s", async (text) => {
    const { extract } = await import("../../src/index.js");
    const ctx = extract(text).mentions.filter((m) => "entity" in m && m.entity.source === "context");
    expect(ctx.map((m) => m.text)).toEqual([]);
  });
});
