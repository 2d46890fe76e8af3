// Forms that are names and ordinary words at once: ambiguity entries with a word reading, told
// apart by spellings, the words right beside the form, place words, cues and the cues' scope; and
// the rules that read what normalization drops (tanween, a final shadda, a hamza seat) or would
// split an ordinary word into a particle and a name.
import { describe, expect, it } from "vitest";
import { explainMatches, extractEntities } from "../../src/extract/entity/index.js";
import { checkHygiene, compileLexicon } from "../../src/lexicon/compile.js";
import type { AmbiguityEntry, LexiconFile, PlaceEntry } from "../../src/lexicon/types.js";
import { prepareDocument } from "../../src/text/document.js";

const p = (id: string, name_ar: string, extra: Partial<PlaceEntry> = {}): PlaceEntry => ({
  id,
  name: id,
  name_ar,
  aliases: [],
  type: "city",
  country: null,
  admin1: null,
  parent: null,
  lat: null,
  lon: null,
  ...extra,
});

const PLACES: LexiconFile = {
  kind: "place",
  source: "places.json",
  entries: [
    p("syria", "سوريا", { type: "country" }),
    p("lebanon", "لبنان", { type: "country" }),
    p("egypt", "مصر", { type: "country" }),
    p("jerusalem", "القدس"),
    p("tyre", "صور"),
    p("aleppo-governorate", "حلب", { type: "governorate", parent: "syria" }),
    p("aleppo", "حلب", { parent: "aleppo-governorate" }),
    p("lod", "اللد", { aliases: ["لاد"] }),
    p("atimah", "أطمة", { type: "town" }),
    p("mudiyah", "مودية", { type: "town" }),
    p("maan", "معان"),
    p("ramadi", "الرمادي"),
  ],
};

const amb = (entries: AmbiguityEntry[]): LexiconFile => ({ kind: "ambiguity", source: "amb.json", entries });

const AMBIGUITY = amb([
  {
    alias: "مصر",
    senses: [],
    default: null,
    word: { gloss: "insisting", cues: [], before: ["انه", "انها"], spellings: ["مصرّ"] },
  },
  {
    alias: "صور",
    senses: [{ ref: "place:tyre", cues: ["صيدا"], before: ["في"] }],
    default: null,
    scope: "sentence",
    word: { gloss: "pictures", cues: ["الحفل"] },
  },
  { alias: "حلب", senses: [], default: null, word: { gloss: "milking", cues: ["الابقار"] } },
  { alias: "الروح القدس", senses: [], default: null, word: { gloss: "the Holy Spirit", cues: [] } },
]);

const lexicon = compileLexicon([PLACES, AMBIGUITY]);
const ids = (text: string) => extractEntities(prepareDocument(text), lexicon).map((m) => m.entity.id);

describe("a form that is also an ordinary word", () => {
  it.each<[string, string, (string | null)[]]>([
    ["the name by default", "وقعت مصر اتفاقية", ["egypt"]],
    ["the word by its spelling", "قال إنه مُصِرّ على موقفه", []],
    ["the word by the word before it", "قال إنه مصر على موقفه", []],
    ["the word before it with a proclitic", "وقال لأنه مصر على موقفه", []],
    ["the word by a cue in the sentence", "يعتمد الريف على حلب الأبقار", []],
    ["the name with no cue of the word", "وصل الوفد إلى حلب", ["aleppo"]],
    ["the name's own readings still decide", "قصف في ريف حلب", ["aleppo"]],
    ["a place word in front beats the word's cue", "قرب حلب رعى الأبقار", ["aleppo"]],
    ["a name that needs a cue: none", "نشرت الصحيفة صور الضحايا", []],
    ["a name that needs a cue: the word before it", "قصف في صور", ["tyre"]],
    ["a name that needs a cue: in the sentence", "بين صيدا وصور", ["tyre"]],
    ["a place word beside it is a cue", "غارة جنوب صور", ["tyre"]],
    ["a sentence-scoped cue does not reach across sentences", "وصلنا إلى صيدا.\nنشرنا صور الرحلة", []],
    ["the word's cue and the name's cue both in the sentence: undecided", "صور الحفل في صيدا", []],
    ["an ordinary phrase hides the name inside it", "يؤمنون بالروح القدس", []],
    ["the name alone is still the name", "زار القدس", ["jerusalem"]],
  ])("%s", (_label, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("explains the word reading", () => {
    const [x] = explainMatches(prepareDocument("إنه مُصِرّ"), lexicon);
    expect(x?.resolution).toEqual({
      index: null,
      reason: 'the ordinary word "insisting": its spelling',
      word: "insisting",
    });
  });

  it("a word-only entry leaves the names that share the form to decide among themselves", () => {
    // حلب: the city (inside the governorate) is the computed default, as without the entry
    const [x] = explainMatches(prepareDocument("وصل إلى حلب"), lexicon);
    expect(x?.resolution.reason).toBe("computed default");
  });
});

describe("hygiene of word readings", () => {
  it("the test lexicon is clean", () => {
    expect(checkHygiene([PLACES, AMBIGUITY])).toEqual([]);
    expect(lexicon.warnings).toEqual([]);
  });

  it("a word reading with nothing to tell it by, on a form a name has, is flagged", () => {
    const bad = amb([{ alias: "مصر", senses: [], default: null, word: { gloss: "insisting", cues: [] } }]);
    expect(checkHygiene([PLACES, bad]).map((x) => x.message)).toEqual([
      'ambiguity "مصر": its word reading has no cue, before, after or spelling, so a name always wins',
    ]);
  });

  it("a word-only entry does not count as resolving a form shared by a place and a group", () => {
    const group: LexiconFile = {
      kind: "group",
      source: "g.json",
      entries: [
        {
          id: "tyre-brigade",
          name: "x",
          name_ar: "صور",
          aliases: [],
          type: "armed_group",
          country: null,
          affiliation: null,
          parent: null,
        },
      ],
    };
    const onlyWord = amb([
      { alias: "صور", senses: [], default: null, word: { gloss: "pictures", cues: ["الحفل"] } },
    ]);
    expect(
      checkHygiene([PLACES, group, onlyWord]).some((x) => x.message.includes("group:tyre-brigade")),
    ).toBe(true);
  });
});

describe("what the written text says against a place name", () => {
  it.each<[string, string, (string | null)[]]>([
    ["kasra tanween: an indefinite noun", "لهذا الرقم معانٍ كثيرة", []],
    ["damma tanween", "هذه معانٌ", []],
    ["without tanween the name", "وصل إلى معان", ["maan"]],
    ["a shadda on the last letter: an adjective", "القميص الرماديّ", []],
    ["a shadda inside is nothing", "الرمّادي", ["ramadi"]],
    ["a hamza seat the name lacks", "أدلة مؤدية إلى الجاني", []],
    ["the name without it", "في مودية", ["mudiyah"]],
  ])("%s", (_label, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe("an ordinary word is not split into a particle and a name", () => {
  it.each<[string, (string | null)[]]>([
    ["فازت فاطمة بالسباق", []],
    ["هاجر إلى بلاد بعيدة", []],
    ["وأطمة قرية", ["atimah"]],
    ["وصل إلى اللد ولاد", ["lod", "lod"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});
